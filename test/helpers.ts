import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Report } from '../src/index.js';

export const root = join(import.meta.dirname, '..');

export function seeds(): Array<{ id: string; text: string }> {
  const dir = join(root, 'seeds');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: basename(f, '.txt'), text: readFileSync(join(dir, f), 'utf8') }));
}

export function seed(prefix: string): { id: string; text: string } {
  const s = seeds().find((x) => x.id.startsWith(prefix));
  if (!s) throw new Error(`no seed ${prefix}`);
  return s;
}

/** The text of one version of a fixture story set ("ivory", "en"). */
export function fixtureText(set: string, lang: string): string {
  return readFileSync(join(root, 'fixtures', 'articles', `${set}-${lang}.txt`), 'utf8');
}

/** One version of a fixture story set as a source, its language as id and lang. */
export function fixtureSource(set: string, lang: string): { id: string; lang: string; text: string } {
  return { id: lang, lang, text: fixtureText(set, lang) };
}

/**
 * Lookups in a report: the claim of a source that holds some words, and whether two claims (by id) share a group.
 */
export function lookups(report: Report): { claim: (source: string, words: string) => Report['claims'][number]; together: (a: string, b: string) => boolean } {
  return {
    claim: (source, words) => {
      const c = report.claims.find((x) => x.source === source && x.text.includes(words));
      if (!c) throw new Error(`no claim of ${source} with "${words}"`);
      return c;
    },
    together: (a, b) => report.groups.some((g) => g.claims.includes(a) && g.claims.includes(b)),
  };
}
