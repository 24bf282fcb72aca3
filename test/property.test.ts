import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { ClaimdiffError, compare, type Report, ReportSchema } from '../src/index.js';
import { bigramHistogram, surfaceBound, surfaceScore } from '../src/align/score.js';
import { seeds } from './helpers.js';

/** Every letter and digit is inside a claim or a removed range: nothing is silently lost. */
function lost(report: Report, texts: Map<string, string>): string[] {
  const out: string[] = [];
  for (const [id, text] of texts) {
    const covered = new Uint8Array(text.length);
    for (const c of report.claims) if (c.source === id) covered.fill(1, c.start, c.end);
    for (const r of report.removed) if (r.source === id) covered.fill(1, r.start, r.end);
    for (let i = 0; i < text.length; i++) {
      if (!covered[i] && /[\p{L}\p{N}]/u.test(text[i]!)) out.push(`${id}@${i}: ${JSON.stringify(text.slice(Math.max(0, i - 10), i + 10))}`);
    }
  }
  return out;
}

function checkSpans(report: Report, texts: Map<string, string>) {
  const sourceOf = new Map(report.claims.map((c) => [c.id, c.source]));
  for (const c of report.claims) {
    expect(texts.get(c.source)!.slice(c.start, c.end)).toBe(c.text);
    for (const f of c.facets) expect(texts.get(c.source)!.slice(f.start, f.end)).toBe(f.text);
  }
  for (const p of report.pairs) {
    for (const s of [...p.onlyInA, ...p.onlyInB, ...p.conflicts.flatMap((k) => [k.a, k.b])]) {
      expect(texts.get(sourceOf.get(s.claim)!)!.slice(s.start, s.end)).toBe(s.text);
    }
  }
}

describe('nothing lost', () => {
  test('on the seeds, every letter and digit is in a claim or listed as removed', async () => {
    const s = seeds();
    const report = await compare(s);
    expect(lost(report, new Map(s.map((x) => [x.id, x.text])))).toEqual([]);
  });
});

// Text made of news-like pieces and hostile characters.
const piece = fc.oneof(
  fc.constantFrom(
    'Le président', 'a déclaré', 'more than 100 countries', 'über 100 Ländern', '29. Mai 2025', 'M. Dupont', 'Dr. Smith',
    '« citation »', '„Zitat“', '"quote"', ', ', '. ', '; ', ': ', ' – ', '\n', '\r\n', '\u00A0', '\u00AD', '(', ')', '<b>', '</p>',
    'including the EU, the UN and NATO', 'du 27 au 29 mai', 'from May 27 to 29', '- ', '…', '1,5', '2.000', 'vingt-deuxième',
    'You may also like', 'Hinterlasse einen Kommentar', 'Москва', '😀', '\t',
  ),
  fc.string({ maxLength: 12 }),
);
const article = fc.array(piece, { minLength: 0, maxLength: 60 }).map((p) => p.join(''));

describe('compare on arbitrary text', () => {
  test.prop([article, article], { numRuns: 60 })('returns a valid report with exact spans, or a ClaimdiffError', async (a, b) => {
    const texts = new Map([['a', a], ['b', b]]);
    let report: Report;
    try {
      report = await compare([{ id: 'a', text: a }, { id: 'b', text: b }]);
    } catch (err) {
      expect(err).toBeInstanceOf(ClaimdiffError);
      return;
    }
    ReportSchema.parse(report);
    checkSpans(report, texts);
    expect(lost(report, texts)).toEqual([]);
    // Deterministic: the same input gives the same bytes.
    const again = await compare([{ id: 'a', text: a }, { id: 'b', text: b }]);
    expect(JSON.stringify(again)).toBe(JSON.stringify(report));
  });

  test.prop([fc.array(article, { minLength: 3, maxLength: 4 })], { numRuns: 25 })('reordering the sources does not change the groups', async (texts) => {
    const sources = texts.map((text, i) => ({ id: `s${i}`, text: `${text} Le ministre a annoncé 12 mesures.` }));
    const key = (r: Report) => {
      const at = new Map(r.claims.map((c) => [c.id, `${c.source}:${c.start}-${c.end}`]));
      return r.groups.map((g) => g.claims.map((id) => at.get(id)).sort().join('|')).sort();
    };
    const forward = await compare(sources);
    const backward = await compare([...sources].reverse());
    expect(key(backward)).toEqual(key(forward));
  });
});

describe('surface similarity bound', () => {
  // Few letters, so that texts share many bigrams and buckets collide.
  const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é', ' ', '\u00a0', 'ß'), maxLength: 80 });
  test.prop([text, text], { numRuns: 300 })('never falls under the Dice score that string-similarity computes', (a, b) => {
    expect(surfaceBound(bigramHistogram(a), bigramHistogram(b))).toBeGreaterThanOrEqual(surfaceScore(a, b) - 1e-12);
  });
  test('is close to the score on ordinary sentences, and low for unrelated ones', () => {
    const a = 'the council met on monday';
    const b = 'the council will meet on tuesday';
    expect(surfaceBound(bigramHistogram(a), bigramHistogram(b))).toBeCloseTo(surfaceScore(a, b), 1);
    expect(surfaceBound(bigramHistogram(a), bigramHistogram('xyz qvw'))).toBeLessThan(0.2);
  });
});

describe('adversarial input stays linear', () => {
  // Sizes here keep the suite quick; npm run bench runs the same shapes at 1 MB and prints the times.
  const shapes: Record<string, string> = {
    commas: 'a, '.repeat(30_000),
    parens: '((((a) '.repeat(15_000),
    dots: 'M. '.repeat(30_000),
    digits: '1.000,5 '.repeat(12_000),
    longword: 'x'.repeat(100_000),
    tags: '<a href="x" '.repeat(8_000),
    quotes: '« « " "'.repeat(12_000),
    bodies: 'Xy Zw Council Board '.repeat(5_000),
    nameruns: 'Anna Berg Carl met Dora '.repeat(4_000),
  };
  for (const [name, text] of Object.entries(shapes)) {
    test(`${name}: a report or a clear error`, async () => {
      const r = await compare([{ id: 'x', text }, { id: 'y', text: `Une phrase. ${text.slice(0, 5000)}` }]).catch((e: unknown) => e);
      if (r instanceof Error) expect(r).toBeInstanceOf(ClaimdiffError);
      else expect(ReportSchema.parse(r).version).toBe(1);
    });
  }
});
