/**
 * Speed: medians over repeated runs after a warm-up.
 * - claim extraction per article against wink-nlp's own readDoc on the same text;
 * - compare() on 4..64 versions made from the Moscow seeds by dropping
 *   paragraphs (fixed random seed): time, growth against 4, peak memory;
 * - a naive baseline (every sentence against every sentence of every other
 *   version with string-similarity) on the same inputs;
 * - CLI cold start on two seeds.
 * Also: every stage on 1 MB of adversarial text (must finish quickly: linear regexes).
 * Run: npm run bench
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import stringSimilarity from 'string-similarity';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
// The built package, as users run it (npm run bench builds it first): the sources through tsx, one module
// per file, run about 8 % slower than tsup's bundle.
import { compare, extractClaims } from '../dist/index.js';
import { seeds } from '../test/helpers.js';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const gc = (globalThis as { gc?: () => void }).gc;
/** Warm up for at least WARM_MS (JIT: large functions reach the optimising tier only after many calls), then run until BUDGET_MS is spent (at least MIN_RUNS, at most MAX_RUNS). */
const WARM_MS = 1000;
const BUDGET_MS = 1500;
const MIN_RUNS = 5;
const MAX_RUNS = 201;
/** Rounds of the paired compare()/readDoc measurement. */
const PAIRED_ROUNDS = 150;
/** Rounds of the paired 32/64-version measurement (about half a second each). */
const SCALE_ROUNDS = 21;
async function measure(fn: () => unknown, budget = BUDGET_MS, afterRun?: () => void): Promise<number> {
  const warmStart = performance.now();
  let warm = 0;
  while (warm < 3 || performance.now() - warmStart < WARM_MS) {
    await fn();
    warm++;
    if (warm >= MAX_RUNS) break;
  }
  const out: number[] = [];
  const start = performance.now();
  while (out.length < MIN_RUNS || (out.length < MAX_RUNS && performance.now() - start < budget)) {
    // No forced collection between runs: it resets V8's caches and slows the next run by half.
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
    afterRun?.();
  }
  return median(out);
}

/**
 * The median over rounds of the time of `top` divided by the time of `bottom`, run one after the other in each
 * round: a slow moment of the machine slows both, so the ratio drifts less than one of two medians measured apart.
 */
async function pairedRatio(top: () => unknown, bottom: () => unknown, rounds: number): Promise<number> {
  const ratios: number[] = [];
  for (let i = 0; i < rounds; i++) {
    let t = performance.now();
    await top();
    const a = performance.now() - t;
    t = performance.now();
    await bottom();
    ratios.push(a / (performance.now() - t));
  }
  return median(ratios);
}

const all = seeds();
const moscow = all.filter((s) => !s.id.startsWith('002'));
// The floor: wink-nlp's readDoc with its default pipeline, as a user would call it.
const wink = winkNLP(model);

console.log('== claim extraction per article (median ms) vs wink-nlp readDoc');
let totalTokens = 0;
for (const s of all) {
  const tokens = wink.readDoc(s.text).tokens().length();
  totalTokens += tokens;
  const ours = await measure(() => extractClaims(s));
  const floor = await measure(() => wink.readDoc(s.text));
  console.log(`${s.id}  ${String(tokens).padStart(5)} tokens  extract ${ours.toFixed(2)} ms  readDoc ${floor.toFixed(2)} ms  ratio ${(ours / floor).toFixed(2)}  ${Math.round(tokens / (ours / 1000))} tokens/s`);
}
const four = await measure(() => compare(moscow));
const winkFour = await measure(() => moscow.forEach((s) => wink.readDoc(s.text)));
console.log(`\ncompare() on the four Moscow seeds: ${four.toFixed(1)} ms; wink readDoc on the same: ${winkFour.toFixed(1)} ms; ratio ${(four / winkFour).toFixed(2)}`);
// The same, paired: each round times compare() and then readDoc on the same
// texts, so that a slow moment of the machine slows both; the median of the
// per-round ratios is less sensitive to drift than a ratio of two medians.
{
  const ratio = await pairedRatio(() => compare(moscow), () => moscow.forEach((s) => wink.readDoc(s.text)), PAIRED_ROUNDS);
  console.log(`paired rounds (${PAIRED_ROUNDS}): median ratio ${ratio.toFixed(2)}`);
}

// Versions by dropping paragraphs with a fixed seed.
let seedState = 42;
const rand = () => ((seedState = (seedState * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
function versions(n: number) {
  return Array.from({ length: n }, (_, i) => {
    const base = moscow[i % moscow.length]!;
    const paras = base.text.split('\n');
    const kept = paras.filter(() => rand() > 0.25);
    return { id: `v${i}`, text: (kept.length ? kept : paras).join('\n') };
  });
}
function naive(vs: Array<{ text: string }>) {
  const sents = vs.map((v) => v.text.split(/(?<=[.!?])\s+/));
  let n = 0;
  for (let a = 0; a < sents.length; a++) for (let b = a + 1; b < sents.length; b++) for (const x of sents[a]!) for (const y of sents[b]!) n += stringSimilarity.compareTwoStrings(x, y);
  return n;
}
console.log('\n== compare() on N versions (median ms, growth vs 4, peak heap MB) and the naive all-pairs baseline');
const sizes = [4, 8, 16, 32, 64];
const times = new Map<number, number>();
const versionSets = new Map<number, ReturnType<typeof versions>>();
for (const n of sizes) {
  const vs = versions(n);
  versionSets.set(n, vs);
  const t = await measure(() => compare(vs), 4000);
  // Heap after one run from a collected heap: what the run allocated and held (live and not yet collected).
  gc?.();
  await compare(vs);
  const peak = process.memoryUsage().heapUsed;
  times.set(n, t);
  const nv = n >= 32 ? (() => { const t0 = performance.now(); naive(vs); return performance.now() - t0; })() : await measure(() => naive(vs), 1000);
  console.log(`N=${String(n).padStart(2)}  ${t.toFixed(1).padStart(8)} ms  growth ${(t / times.get(4)!).toFixed(2).padStart(6)}  peak heap ${(peak / 2 ** 20).toFixed(0)} MB  naive ${nv.toFixed(1)} ms  (naive/ours ${(nv / t).toFixed(2)})`);
}
console.log(`64 vs 32: ${(times.get(64)! / times.get(32)!).toFixed(2)}`);
// The same, paired (see pairedRatio): the 64 versions against the 32 above, timed alternately.
{
  const v32 = versionSets.get(32)!;
  const v64 = versionSets.get(64)!;
  const ratio = await pairedRatio(() => compare(v64), () => compare(v32), SCALE_ROUNDS);
  console.log(`64 vs 32, paired rounds (${SCALE_ROUNDS}): median ratio ${ratio.toFixed(2)}`);
}

console.log('\n== CLI cold start (two seeds, whole process)');
const cli = join(import.meta.dirname, '..', 'dist', 'cli.js');
const runs: number[] = [];
for (let i = 0; i < 5; i++) {
  const t = performance.now();
  execFileSync(process.execPath, [cli, 'compare', 'seeds/003_bc1a8fe5240b4a25.txt', 'seeds/004_94e1d8c167ab1fe2.txt', '--json'], { stdio: 'ignore' });
  runs.push(performance.now() - t);
}
console.log(`median ${median(runs).toFixed(0)} ms`);

console.log('\n== 1 MB adversarial inputs through every stage');
const MB = 1_000_000;
const inputs: Record<string, string> = {
  commas: 'a, '.repeat(MB / 3),
  parens: '((((a) '.repeat(MB / 7),
  dots: 'M. '.repeat(MB / 3),
  digits: '1.000,5 '.repeat(MB / 8),
  spaces: ' '.repeat(MB - 10) + 'word end.',
  longword: 'x'.repeat(MB),
  tags: '<a href="x" '.repeat(MB / 12),
  quotes: '« « " "'.repeat(MB / 8),
  // Many names, and many ages beside them, in one sentence (each looked up among the sentence's names).
  names: 'Anna Berg, '.repeat(MB / 11),
  ages: 'Anna Berg, 61, '.repeat(MB / 15),
  // Capitalised words before heads of public bodies, in one sentence (each looked up among the sentence's phrases).
  bodies: 'Xy Zw Council Board '.repeat(MB / 20),
  // Many names of three capitalised words, in one sentence (each looked up among the facets for its initials).
  nameruns: 'Anna Berg Carl met Dora '.repeat(MB / 24),
  // Many values in one clause, then baselines after a comma (each looks back over a bounded number of values).
  baselines: '12 34 '.repeat(MB / 12) + ', contre 5' + ' contre 7'.repeat(MB / 18),
  // Temperatures in Fahrenheit, each with its value in Celsius in a bracket never closed (each bracket looked for in the
  // few characters before its value).
  celsius: 'It was 100 degrees Fahrenheit (38 Celsius '.repeat(MB / 42),
  // Codes in capitals among amounts, days in figures and times with a zone, in one sentence (each code asked whether a
  // number or a date holds it; each figure looked at for a day in figures).
  codes: 'Q3 CHF 12 4.11.2025 0900 GMT '.repeat(MB / 29),
  // Many fractions joined by coordinators in one clause (each fraction looked up among the sentence's facets; each
  // coordinator looks back over its clause for a verb).
  halves: 'half a million people and half a million people '.repeat(MB / 48),
  // Units written on digits, days told as ordinals, magnitudes after their number and members of a group with a
  // complement before their verb, in one sentence (each glued "m" looks at the word after it; each ordinal word at the
  // word after it for "of" and a month).
  glued: 'the 3rd of March 1.2m homes 10km 12pc a 5.8-magnitude quake two members of the crew were hurt '.repeat(MB / 98),
  // A German night's days, ordinal days in words and members of a group with a complement, in one sentence.
  nights: 'in der Nacht vom 3. auf den 4. März zwei Mitglieder der Gruppe wurden verletzt am ersten Mai '.repeat(MB / 94),
  // Parts "of them", casualties as objects of a verb, a word for no one before a whole and hedged changes, in one sentence.
  casualties: 'None of the four people, four of them women, two a day, killing two employees and injuring seven guests by about 19,000 to 317,000 '.repeat(MB / 131),
  // French values against baselines and tallies of votes after commas, in one sentence (each cut was once asked against
  // every tally, and removed from the array one at a time).
  tallies: "jusqu'à 5 000 euros, contre 8 000 euros, 292 voix, contre 379, aucune des cinq personnes à la Réunion ".repeat(MB / 104),
  // Elapsed times with thousandths among words, ranks before verbs, fractions and others after a measure, in one sentence
  // (each concept was once asked against every elapsed time of the sentence).
  durations: 'The first is due to be delivered in 3 minutes 39.872 seconds, 1.125 percent, with a group of eight others at 4,000 metres '.repeat(MB / 123),
  // German round hundreds before nouns, elapsed times, lengths in two units, counts before a dot and ages before names.
  countsde: 'streicht 2000 Stellen in 3:39,872 Minuten, ein Jahr und drei Monate, 2014 waren es 750. Die 74-jährige Anna Berg '.repeat(MB / 113),
};
for (const [name, text] of Object.entries(inputs)) {
  const t = performance.now();
  try {
    extractClaims({ id: name, text: `Le début. ${text}` }, { maxTextLength: 2 * MB });
  } catch (e) {
    void e;
  }
  console.log(`${name.padEnd(9)} ${(performance.now() - t).toFixed(0)} ms`);
}
console.log(`\n(${totalTokens} tokens in the five seeds)`);
