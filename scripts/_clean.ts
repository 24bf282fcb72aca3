// Temporary: drop terms of new concepts that match the same words as a term of an earlier concept.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { newStemmer } from 'snowball-stemmers';
import { fold, tokenize } from '../src/text.js';
const dir = join(import.meta.dirname, 'lexicon');
const old = new Set(readFileSync('/tmp/lex/oldids.txt', 'utf8').split('\n').filter(Boolean));
const stemmers = [newStemmer('english'), newStemmer('french'), newStemmer('german')];
const key = (k: number, t: string) => tokenize(t).map((w) => fold(stemmers[k]!.stem(w.lower))).join(' ');
const owner = [new Map<string, string>(), new Map<string, string>(), new Map<string, string>()];
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8').split('\n')] as const);
// Old concepts own their keys first.
for (const pass of ['old', 'new']) {
  for (const [f, lines] of files) {
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i]!;
      if (!l.includes('|') || l.startsWith('#')) continue;
      const cells = l.split('|').map((c) => c.trim());
      const id = cells[0]!;
      if (old.has(id) !== (pass === 'old')) continue;
      const kept: string[][] = [];
      for (let k = 0; k < 3; k++) {
        const terms = cells[k + 1]!.split(',').map((t) => t.trim()).filter(Boolean);
        const keep = terms.filter((t) => {
          const kk = key(k, t);
          const o = owner[k]!.get(kk);
          if (o && o !== id && pass === 'new') { console.log(`${f} ${id}: drop ${['en', 'fr', 'de'][k]} "${t}" (in ${o})`); return false; }
          if (!o) owner[k]!.set(kk, id);
          return true;
        });
        kept.push(keep);
      }
      if (kept.some((x) => !x.length)) { console.log(`${f} ${id}: DELETED (a language has no term left)`); lines[i] = ''; continue; }
      lines[i] = [id, ...kept.map((x) => x.join(', '))].join(' | ');
    }
  }
}
for (const [f, lines] of files) writeFileSync(join(dir, f), lines.filter((l, i) => l !== '' || i === lines.length - 1).join('\n'));
