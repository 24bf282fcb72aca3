// usage: tsx scripts/_cl.mts SET [grep]
import { readFileSync } from 'node:fs';
import { compare } from '../src/index.js';
const [set, pat] = process.argv.slice(2);
const g = JSON.parse(readFileSync(`fixtures/gold/${set}.json`, 'utf8'));
const sources = Object.entries(g.docs).map(([l, f]) => ({ id: l, lang: l as any, text: readFileSync(`fixtures/articles/${f}`, 'utf8') }));
const r = await compare(sources);
const grp = new Map<string, string>();
r.groups.forEach((gr) => gr.claims.forEach((c) => grp.set(c, gr.id)));
for (const c of r.claims) {
  if (pat && !new RegExp(pat, 'i').test(c.text)) continue;
  console.log(`${c.id} [${grp.get(c.id) ?? '-'}] ${c.text}`);
  console.log('    ' + c.facets.map((f) => `${f.kind}:${f.id}(${f.text})`).join(' '));
}
for (const p of r.pairs) for (const cf of p.conflicts) console.log(`CONFLICT ${p.a}-${p.b} ${cf.kind}: ${cf.a.text} / ${cf.b.text}`);
