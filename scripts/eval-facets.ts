/**
 * Facet precision and recall on the hand-annotated table fixtures/facets/*.tsv
 * (no seed text): a predicted facet counts when its kind and exact text match
 * an annotated one. Concepts are measured by test/fixtures/concept-matches.tsv.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFacets, newFacetState } from '../src/facets/index.js';
import { getResources } from '../src/resources/index.js';

const KIND: Record<string, string> = { quantity: 'number', number: 'number', ordinal: 'ordinal', date: 'date', weekday: 'weekday', duration: 'duration', person: 'person', org: 'org', place: 'place' };

export function evaluateFacets(dir = join(import.meta.dirname, '..', 'fixtures', 'facets')) {
  const perLang = new Map<string, { tp: number; fp: number; fn: number }>();
  const misses: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.tsv'))) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (!line.trim() || line.startsWith('#')) continue;
      const [lang, text, spec] = line.split('\t') as [string, string, string];
      const expected = spec.split(' | ').map((s) => s.trim()).filter(Boolean);
      const predicted = [
        ...new Set(
          extractFacets(text, { start: 0, end: text.length }, getResources(lang), newFacetState())
            .filter((f) => KIND[f.kind])
            .map((f) => `${KIND[f.kind]}=${f.text}`),
        ),
      ];
      const c = perLang.get(lang) ?? { tp: 0, fp: 0, fn: 0 };
      for (const p of predicted) {
        if (expected.includes(p)) c.tp++;
        else {
          c.fp++;
          misses.push(`${lang} extra   ${p}   in: ${text}`);
        }
      }
      for (const e of expected) {
        if (!predicted.includes(e)) {
          c.fn++;
          misses.push(`${lang} missed  ${e}   in: ${text}`);
        }
      }
      perLang.set(lang, c);
    }
  }
  const total = { tp: 0, fp: 0, fn: 0 };
  for (const c of perLang.values()) (['tp', 'fp', 'fn'] as const).forEach((k) => (total[k] += c[k]));
  const pr = (c: { tp: number; fp: number; fn: number }) => ({ p: c.tp / (c.tp + c.fp || 1), r: c.tp / (c.tp + c.fn || 1), spans: c.tp + c.fn });
  return { total: pr(total), perLang: Object.fromEntries([...perLang].map(([l, c]) => [l, pr(c)])), misses };
}

if (process.argv[1]?.endsWith('eval-facets.ts')) {
  const r = evaluateFacets();
  console.log(JSON.stringify({ total: r.total, perLang: r.perLang }, null, 1));
  if (process.argv.includes('--misses')) console.log(r.misses.join('\n'));
}
