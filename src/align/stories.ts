import type { ClaimInternal } from '../claims/index.js';
import { KIND_WEIGHTS, kindOfKey } from './score.js';

/**
 * Kinds that tell one event from another: who, where, when, how many. A count
 * enters by its number and by what it counts (its slot), not by the pair of
 * both: versions that give different values for one count still tell one event.
 */
const EVENT_KINDS = new Set(['person', 'org', 'name', 'city', 'country', 'region', 'num', 'slot', 'score', 'ord', 'md', 'year', 'month', 'weekday', 'concept']);

/** Whether a key is of an event kind, kept per key: keys recur, and cutting the kind from each is a new string. */
const eventKeys = new Map<string, boolean>();
function isEventKey(key: string): boolean {
  let v = eventKeys.get(key);
  if (v === undefined) {
    if (eventKeys.size >= 100_000) eventKeys.clear();
    eventKeys.set(key, (v = EVENT_KINDS.has(kindOfKey(key))));
  }
  return v;
}

export interface SourceClaims {
  id: string;
  claims: readonly ClaimInternal[];
  /** False for a language without a lexicon: its concepts cannot be compared. */
  supported?: boolean;
}

/** Most claims of a short source: two sources one of which is this short are compared without an idf. */
const SHORT_CLAIMS = 3;

/** The similarity of two sources as tf-idf cosine over their event anchors. */
export function sourceSimilarities(sources: readonly SourceClaims[]): number[][] {
  const n = sources.length;
  const tfs = sources.map((s) => {
    const tf = new Map<string, number>();
    // (Cognates, most of the anchors, are no event kind: they are passed over before their kind is looked up.)
    for (const c of s.claims) for (const a of c.anchors) if (!a.key.startsWith('cog:') && isEventKey(a.key)) tf.set(a.key, (tf.get(a.key) ?? 0) + 1);
    return tf;
  });
  const short = n === 2 && sources.some((s) => s.claims.length <= SHORT_CLAIMS);
  const df = new Map<string, number>();
  for (const tf of tfs) for (const k of tf.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  // Keys interned as small integers; each vector a list of (id, weight) sorted by id,
  // so that a pair's dot product is one merge walk (pairs grow with the square of the sources).
  const ids = new Map<string, number>();
  for (const k of df.keys()) ids.set(k, ids.size);
  const vectorsOf = (withConcepts: boolean) => tfs.map((tf) => {
    const entries: Array<[number, number]> = [];
    let norm = 0;
    for (const [k, f] of tf) {
      if (!withConcepts && kindOfKey(k) === 'concept') continue;
      // (Two versions of a sentence or two share few keys, and no key between two sources is rarer than another: an idf
      // would only weigh what they share below what they do not, "Inflation slowed to 2.1% in May" against "Die
      // Inflation sank im Mai auf 2,3 Prozent". Longer texts keep it: a few shared words do not make one event.)
      const w = Math.sqrt(f) * (KIND_WEIGHTS[kindOfKey(k)] ?? 1) * (short ? 1 : Math.log(1 + (n + 1) / df.get(k)!));
      entries.push([ids.get(k)!, w]);
      norm += w * w;
    }
    entries.sort((x, y) => x[0] - y[0]);
    return { ids: entries.map((e) => e[0]), weights: entries.map((e) => e[1]), norm: Math.sqrt(norm) };
  });
  const full = vectorsOf(true);
  // Against a language without a lexicon, compare only what both can state: names, numbers, dates.
  const neutral = sources.some((s) => s.supported === false) ? vectorsOf(false) : full;
  // Each source's days and cities, sorted out once (pairs grow with the square of the sources).
  const places = tfs.map((tf) => ({ days: [...tf.keys()].filter((k) => k.startsWith('md:')), cities: [...tf.keys()].filter((k) => k.startsWith('city:')) }));
  const sim: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    sim[i]![i] = 1;
    for (let j = i + 1; j < n; j++) {
      const vecs = sources[i]!.supported === false || sources[j]!.supported === false ? neutral : full;
      const a = vecs[i]!;
      const b = vecs[j]!;
      let dot = 0;
      for (let x = 0, y = 0; x < a.ids.length && y < b.ids.length; ) {
        const u = a.ids[x]!;
        const v = b.ids[y]!;
        if (u < v) x++;
        else if (u > v) y++;
        else dot += a.weights[x++]! * b.weights[y++]!;
      }
      let s = a.norm && b.norm ? dot / (a.norm * b.norm) : 0;
      s += whenWhere(places[i]!, places[j]!, tfs[j]!);
      sim[i]![j] = s;
      sim[j]![i] = s;
    }
  }
  return sim;
}

/**
 * When and where: sharing a calendar day or a city is strong evidence of one
 * event; both naming days and cities, none of them shared, of two events.
 */
interface WhenWhere {
  days: string[];
  cities: string[];
}
function whenWhere(pa: WhenWhere, pb: WhenWhere, b: ReadonlyMap<string, number>): number {
  const sharedDay = pa.days.some((d) => b.has(d));
  const sharedCity = pa.cities.some((c) => b.has(c));
  let bonus = (sharedDay ? WHEN_WHERE : 0) + (sharedCity ? WHEN_WHERE : 0);
  if (pa.days.length && pb.days.length && !sharedDay && pa.cities.length && pb.cities.length && !sharedCity) bonus -= 2 * WHEN_WHERE;
  return bonus;
}
const WHEN_WHERE = 0.15;

/**
 * Sources on one event: linked when their similarity reaches the threshold,
 * then taken as connected components. Returns lists of source indices, in
 * input order.
 */
export function clusterStories(sim: number[][], threshold: number): number[][] {
  const n = sim.length;
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (sim[i]![j]! >= threshold) parent[find(j)] = find(i);
  const byRoot = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = find(i);
    const list = byRoot.get(r);
    if (list) list.push(i);
    else byRoot.set(r, [i]);
  }
  return [...byRoot.values()];
}
