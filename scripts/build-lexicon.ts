/**
 * Builds src/resources/<lang>/concepts.json from the hand-written sources in
 * scripts/lexicon/*.txt (see scripts/lexicon/README.md). Run: npm run build:lexicon
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { newStemmer } from 'snowball-stemmers';
import { fold, stemKey, tokenize } from '../src/text.js';
import { germanVerbForms } from './lexicon-forms.js';

const LANGS = ['en', 'fr', 'de'] as const;
// With --check, nothing is written and nothing warned: the run fails when a built file is not what the sources give
// (a lexicon edited and committed without its build), as `npm test` runs it.
const check = process.argv.includes('--check');
const dir = join(import.meta.dirname, 'lexicon');
const out: Record<(typeof LANGS)[number], Record<string, string[]>> = { en: {}, fr: {}, de: {} };
const domains: Record<string, string[]> = {};
/** Terms written "=term": an idiom whose words keep no concepts of their own ("=chiffre d'affaires" is revenue, not figures and affairs). */
const idioms: Record<(typeof LANGS)[number], string[]> = { en: [], fr: [], de: [] };
/** Words written "!word": matched only as written, not through their stem ("!concertation" is no concert). Per concept, lower case. */
const exact: Record<(typeof LANGS)[number], Record<string, string[]>> = { en: {}, fr: {}, de: {} };

for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
  const domain = file.replace(/\.txt$/, '');
  domains[domain] = [];
  for (const [n, raw] of readFileSync(join(dir, file), 'utf8').split('\n').entries()) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length !== 4) throw new Error(`${file}:${n + 1}: expected 4 cells, got ${cells.length}`);
    const [id, ...terms] = cells as [string, string, string, string];
    if (out.en[id]) throw new Error(`${file}:${n + 1}: concept "${id}" defined twice`);
    domains[domain].push(id);
    LANGS.forEach((lang, i) => {
      const raw = terms[i]!.split(',').map((t) => t.trim()).filter(Boolean);
      if (!raw.length) throw new Error(`${file}:${n + 1}: concept "${id}" has no ${lang} term`);
      const list = raw.map((t) => t.replace(/^[=!]/, ''));
      raw.forEach((t, k) => {
        if (t.startsWith('=')) idioms[lang].push(list[k]!);
        if (t.startsWith('!')) {
          if (/\s/.test(list[k]!)) throw new Error(`${file}:${n + 1}: "${t}": only a single word can be matched as written`);
          (exact[lang][id] ??= []).push(list[k]!.toLowerCase());
        }
      });
      out[lang][id] = list;
    });
  }
}

for (const [id, terms] of Object.entries(out.de)) {
  const ex = exact.de[id];
  const extra: string[] = [];
  for (const t of terms) {
    for (const f of germanVerbForms(t)) {
      if (terms.includes(f) || extra.includes(f)) continue;
      extra.push(f);
      // The forms of a verb matched only as written are matched only as written too ("!verlegen": "verlegt", no "Verleger").
      if (ex?.includes(t.toLowerCase()) && !ex.includes(f.toLowerCase())) ex.push(f.toLowerCase());
    }
  }
  out.de[id] = [...terms, ...extra];
}

// The same term in two concepts makes every mention count twice and blurs
// both concepts: list them so that the author can decide.
// Terms are matched on stems, so two different terms with one stem collide too.
const STEMMERS = { en: 'english', fr: 'french', de: 'german' } as const;
let shared = 0;
for (const lang of LANGS) {
  const stemmer = newStemmer(STEMMERS[lang]);
  const owner = new Map<string, [string, string]>();
  for (const [id, terms] of Object.entries(out[lang])) {
    for (const t of terms) {
      // A word matched only as written meets only itself.
      const k = exact[lang][id]?.includes(t.toLowerCase()) ? `!${t.toLowerCase()}` : tokenize(t).map((w) => stemKey(lang, w.lower, stemmer.stem(w.lower))).join(' ');
      const prev = owner.get(k);
      if (prev && prev[0] !== id) {
        if (!check) console.warn(`lexicon: ${lang} "${t}" (${id}) and "${prev[1]}" (${prev[0]}) match the same words`);
        shared++;
      }
      owner.set(k, [id, t]);
    }
  }
}
if (shared && !check) console.warn(`lexicon: ${shared} shared terms`);

const stale: string[] = [];
for (const lang of LANGS) {
  // Each term's stem key, in the order of the terms: the library loads these instead of stemming every term.
  const stemmer = newStemmer(STEMMERS[lang]);
  const stems = Object.fromEntries(Object.entries(out[lang]).map(([id, terms]) => [id, terms.map((t) => tokenize(t).map((w) => stemKey(lang, w.lower, stemmer.stem(w.lower))).join(' '))]));
  const idiomStems = idioms[lang].map((t) => tokenize(t).map((w) => stemKey(lang, w.lower, stemmer.stem(w.lower))).join(' '));
  const body = { _generated: 'by scripts/build-lexicon.ts from scripts/lexicon/*.txt; do not edit', domains, concepts: out[lang], stems, idioms: idiomStems, exact: exact[lang] };
  const file = join(import.meta.dirname, '..', 'src', 'resources', lang, 'concepts.json');
  const built = JSON.stringify(body) + '\n';
  if (!check) writeFileSync(file, built);
  else if (readFileSync(file, 'utf8') !== built) stale.push(file);
}
if (stale.length) {
  console.error(`lexicon: ${stale.join(', ')} out of date with scripts/lexicon/*.txt; run npm run build:lexicon`);
  process.exit(1);
}
console.log(`lexicon: ${Object.keys(out.en).length} concepts in ${Object.keys(domains).length} domains`);
