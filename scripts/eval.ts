/**
 * Quality figures per gold file (DESIGN.md section 5): link and omission
 * precision, recall and F1, omission balanced accuracy, boilerplate leaks,
 * and claim granularity (evidence inside one claim, facts per claim).
 * Run: npm run eval [-- --json]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compare, type Report } from '../src/index.js';
import { evaluateFacets } from './eval-facets.js';

interface Fact {
  id: string;
  weight?: number;
  ev: Record<string, string[]>;
}
interface PlantedConflict {
  fact: string;
  kind: string;
  /** Where each doc states its value: one string, or several when it states it more than once (a headline and the body). */
  ev: Record<string, string | string[]>;
  value: Record<string, string>;
}
interface Gold {
  event: string;
  conflicts?: PlantedConflict[];
  docs: Record<string, string>;
  boilerplate?: Record<string, string[]>;
  facts: Fact[];
}
interface R {
  start: number;
  end: number;
}

const root = join(import.meta.dirname, '..');
/** EVAL_DEBUG=1 lists every wrong omission call on stderr. */
const DEBUG = process.env.EVAL_DEBUG === '1';
const goldDir = join(root, 'fixtures', 'gold');

function resolveDoc(file: string): string {
  for (const dir of ['seeds', join('fixtures', 'articles')]) {
    const p = join(root, dir, file);
    if (existsSync(p)) return p;
  }
  throw new Error(`gold document ${file} not found in seeds/ or fixtures/articles/`);
}

function occurrences(text: string, needle: string): R[] {
  const out: R[] = [];
  if (!needle) return out;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) out.push({ start: i, end: i + needle.length });
  if (!out.length) throw new Error(`evidence not found: "${needle}"`);
  return out;
}

const overlaps = (a: R, b: R) => a.start < b.end && b.start < a.end;
const prf = (tp: number, fp: number, fn: number) => {
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};

export async function evaluate(gold: Gold) {
  const keys = Object.keys(gold.docs);
  const texts: Record<string, string> = {};
  for (const k of keys) texts[k] = readFileSync(resolveDoc(gold.docs[k]!), 'utf8');
  const idOf = (k: string) => gold.docs[k]!.replace(/\.[^.]+$/, '');
  const keyOf = new Map(keys.map((k) => [idOf(k), k]));
  const report: Report = await compare(keys.map((k) => ({ id: idOf(k), text: texts[k]! })));
  const ev = new Map<string, Map<string, R[]>>(); // fact → doc → ranges
  for (const f of gold.facts) {
    const m = new Map<string, R[]>();
    for (const [doc, list] of Object.entries(f.ev)) m.set(doc, list.flatMap((s) => occurrences(texts[doc]!, s)));
    ev.set(f.id, m);
  }
  const scored = gold.facts.filter((f) => f.weight !== 0);
  const zero = gold.facts.filter((f) => f.weight === 0);
  const claims = new Map(report.claims.map((c) => [c.id, c]));
  const docOf = (cid: string) => keyOf.get(claims.get(cid)!.source)!;
  const factsOfClaim = (cid: string, facts: Fact[]) => {
    const c = claims.get(cid)!;
    const d = docOf(cid);
    return facts.filter((f) => (ev.get(f.id)!.get(d) ?? []).some((r) => overlaps(r, c)));
  };

  // Links.
  let tp = 0;
  let fp = 0;
  const links: Array<[string, string]> = [];
  for (const g of report.groups) {
    for (let i = 0; i < g.claims.length; i++) {
      for (let j = i + 1; j < g.claims.length; j++) {
        const a = g.claims[i]!;
        const b = g.claims[j]!;
        if (docOf(a) === docOf(b)) continue;
        links.push([a, b]);
        const fa = factsOfClaim(a, gold.facts);
        const fb = new Set(factsOfClaim(b, gold.facts).map((f) => f.id));
        const common = fa.filter((f) => fb.has(f.id));
        if (common.some((f) => f.weight !== 0)) tp++;
        else if (common.length === 0) {
          fp++;
          if (DEBUG) console.error(`  link FP ${docOf(a)}:${JSON.stringify(claims.get(a)!.text.slice(0, 90))} ~ ${docOf(b)}:${JSON.stringify(claims.get(b)!.text.slice(0, 90))}`);
        }
      }
    }
  }
  let goldLinks = 0;
  let found = 0;
  for (const f of scored) {
    const docs = [...ev.get(f.id)!.keys()];
    for (let i = 0; i < docs.length; i++) {
      for (let j = i + 1; j < docs.length; j++) {
        goldLinks++;
        const ra = ev.get(f.id)!.get(docs[i]!)!;
        const rb = ev.get(f.id)!.get(docs[j]!)!;
        const hit = links.some(([x, y]) => {
          for (const [p, q] of [[x, y], [y, x]] as const) {
            if (docOf(p) === docs[i] && docOf(q) === docs[j] && ra.some((r) => overlaps(r, claims.get(p)!)) && rb.some((r) => overlaps(r, claims.get(q)!))) return true;
          }
          return false;
        });
        if (hit) found++;
        else if (DEBUG) console.error(`  link FN ${f.id} ${docs[i]}~${docs[j]}`);
      }
    }
  }
  const link = { ...prf(tp, fp, 0), r: goldLinks ? found / goldLinks : 1 };
  link.f1 = link.p + link.r ? (2 * link.p * link.r) / (link.p + link.r) : 0;

  // Omissions.
  let otp = 0;
  let ofp = 0;
  let ofn = 0;
  let otn = 0;
  const flagsFor = (a: string, b: string) => {
    const out: R[] = [];
    for (const p of report.pairs) {
      if (p.a === idOf(a) && p.b === idOf(b)) out.push(...p.onlyInA);
      if (p.b === idOf(a) && p.a === idOf(b)) out.push(...p.onlyInB);
    }
    return out;
  };
  const sameStory = (a: string, b: string) => report.stories.some((s) => s.sources.includes(idOf(a)) && s.sources.includes(idOf(b)));
  for (const f of scored) {
    for (const a of keys) {
      const ra = ev.get(f.id)!.get(a);
      if (!ra) continue;
      for (const b of keys) {
        if (a === b || !sameStory(a, b)) continue;
        const spans = flagsFor(a, b);
        const total = ra.reduce((s, r) => s + r.end - r.start, 0);
        let covered = 0;
        for (const r of ra) {
          for (let i = r.start; i < r.end; i++) if (spans.some((s) => s.start <= i && i < s.end)) covered++;
        }
        const flagged = covered * 2 >= total;
        const missing = !ev.get(f.id)!.has(b);
        if (flagged && missing) otp++;
        else if (flagged) ofp++;
        else if (missing) ofn++;
        else otn++;
        if (DEBUG && flagged !== missing) console.error(`  omission ${flagged ? 'FP' : 'FN'} ${f.id} ${a}→${b}: ${ra.map((r) => JSON.stringify(texts[a]!.slice(r.start, r.end))).join(' ')}`);
      }
    }
  }
  const omission = prf(otp, ofp, ofn);
  const specificity = otn + ofp ? otn / (otn + ofp) : 1;
  const balanced = (omission.r + specificity) / 2;

  // Boilerplate leaks.
  let leaks = 0;
  for (const [doc, list] of Object.entries(gold.boilerplate ?? {})) {
    const ranges = list.flatMap((s) => occurrences(texts[doc]!, s));
    leaks += report.claims.filter((c) => keyOf.get(c.source) === doc && ranges.some((r) => overlaps(r, c))).length;
  }
  // Granularity: evidence strings inside one claim; gold facts per claim.
  let evTotal = 0;
  let evInside = 0;
  for (const f of gold.facts) {
    for (const [doc, ranges] of ev.get(f.id)!) {
      for (const r of ranges) {
        evTotal++;
        if (report.claims.some((c) => keyOf.get(c.source) === doc && c.start <= r.start && r.end <= c.end)) evInside++;
      }
    }
  }
  const perClaim = report.claims
    .map((c) => factsOfClaim(c.id, gold.facts).length)
    .filter((n) => n > 0)
    .sort((x, y) => x - y);
  const median = perClaim.length ? perClaim[Math.floor((perClaim.length - 1) / 2)]! : 0;
  const conflicts = report.pairs.reduce((s, p) => s + p.conflicts.length, 0);
  // Planted contradictions: every pair of docs with different values must be reported.
  let planted = 0;
  let plantedFound = 0;
  for (const pc of gold.conflicts ?? []) {
    const docs = Object.keys(pc.value);
    for (let i = 0; i < docs.length; i++) {
      for (let j = i + 1; j < docs.length; j++) {
        const [x, y] = [docs[i]!, docs[j]!];
        if (pc.value[x] === pc.value[y]) continue;
        planted++;
        const spansOf = (doc: string) => [pc.ev[doc]!].flat().flatMap((e) => occurrences(texts[doc]!, e));
        const rx = spansOf(x);
        const ry = spansOf(y);
        const hit = report.pairs.some((p) =>
          p.conflicts.some((k) => {
            const sides: Array<[string, R]> = [[p.a, k.a], [p.b, k.b]];
            const sx = sides.find(([id]) => id === idOf(x))?.[1];
            const sy = sides.find(([id]) => id === idOf(y))?.[1];
            return !!sx && !!sy && rx.some((r) => overlaps(r, sx)) && ry.some((r) => overlaps(r, sy));
          }),
        );
        if (hit) plantedFound++;
        else if (DEBUG) console.error(`  conflict FN ${pc.fact} ${x}~${y}: ${JSON.stringify(pc.ev[x])} / ${JSON.stringify(pc.ev[y])}`);
      }
    }
  }
  return {
    event: gold.event,
    docs: keys.length,
    facts: gold.facts.length,
    ignored: zero.length,
    link,
    omission: { ...omission, balanced, specificity },
    conflicts,
    planted,
    plantedFound,
    leaks,
    evidenceInOneClaim: evTotal ? evInside / evTotal : 1,
    medianFactsPerClaim: median,
    stories: report.stories.length,
  };
}

const f2 = (x: number) => x.toFixed(2);
if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('eval.ts')) {
  const files = readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort();
  const rows = [];
  for (const f of files) {
    if (DEBUG) console.error(`== ${f}`);
    rows.push({ file: f, ...(await evaluate(JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as Gold)) });
  }
  const facets = evaluateFacets();
  if (process.argv.includes('--json')) console.log(JSON.stringify({ gold: rows, facets: { total: facets.total, perLang: facets.perLang } }, null, 2));
  else {
    console.log('gold file                      docs  link P/R/F1        omission P/R/F1     omis.BA  conflicts(planted found) leaks  ev-in-1-claim  median facts/claim');
    for (const r of rows) {
      console.log(
        `${r.file.padEnd(30)} ${String(r.docs).padStart(4)}  ${f2(r.link.p)}/${f2(r.link.r)}/${f2(r.link.f1)}     ${f2(r.omission.p)}/${f2(r.omission.r)}/${f2(r.omission.f1)}      ${f2(r.omission.balanced)}   ${String(r.conflicts).padStart(5)} (${r.plantedFound}/${r.planted})        ${String(r.leaks).padStart(5)}   ${f2(r.evidenceInOneClaim).padStart(8)}        ${r.medianFactsPerClaim}`,
      );
    }
    const t = facets.total;
    console.log(`\nfacets (fixtures/facets, ${t.spans} annotated spans): precision ${f2(t.p)} recall ${f2(t.r)}  ` +
      Object.entries(facets.perLang).map(([l, x]) => `${l} ${f2(x.p)}/${f2(x.r)}`).join('  '));
  }
}
