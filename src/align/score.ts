import stringSimilarity from 'string-similarity';
import type { ClaimInternal } from '../claims/index.js';

/**
 * How much one shared anchor of each kind says that two claims state the
 * same fact. Names and numbers are rare and precise; concepts are common;
 * cognate prefixes are weak evidence. The weights were chosen on the
 * evaluation sets (npm run eval), not on one article.
 */
export const KIND_WEIGHTS: Readonly<Record<string, number>> = {
  person: 3,
  org: 2.5,
  place: 1.5,
  country: 1.5,
  city: 1.5,
  region: 1.5,
  num: 3,
  qty: 4,
  slot: 2,
  ord: 2.5,
  md: 2.5,
  year: 1.5,
  month: 1,
  weekday: 1.5,
  dur: 2,
  concept: 1,
  cog: 0.5,
};

/** Share of containment in the claim score (chosen on npm run eval). */
export const CONTAINMENT = 0.3;

/** Anchor kinds that alone identify a fact. */
const SPECIFIC = new Set(['qty', 'num', 'md', 'ord', 'org', 'dur']);

export function kindOfKey(key: string): string {
  const k = key.slice(0, key.indexOf(':'));
  return k;
}

export interface Vector {
  keys: Map<string, number>;
  norm: number;
}

/** IDF over a set of claims: rare anchors weigh more. */
export function idfTable(claims: readonly ClaimInternal[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const c of claims) for (const k of new Set(c.anchors.map((a) => a.key))) df.set(k, (df.get(k) ?? 0) + 1);
  const n = claims.length;
  const idf = new Map<string, number>();
  for (const [k, d] of df) idf.set(k, Math.log(1 + n / d));
  return idf;
}

export function vectorOf(c: ClaimInternal, idf: ReadonlyMap<string, number>): Vector {
  const keys = new Map<string, number>();
  for (const a of c.anchors) {
    if (keys.has(a.key)) continue;
    const w = (KIND_WEIGHTS[kindOfKey(a.key)] ?? 1) * (idf.get(a.key) ?? 1);
    keys.set(a.key, w);
  }
  let sq = 0;
  for (const w of keys.values()) sq += w;
  return { keys, norm: sq };
}

/** Weighted overlap of two anchor sets, normalised by the geometric mean of their masses (0..1). */
export function anchorScore(a: Vector, b: Vector): number {
  if (!a.norm || !b.norm) return 0;
  let shared = 0;
  let sharedKeys = 0;
  let sharedSpecific = false;
  const [small, large] = a.keys.size <= b.keys.size ? [a, b] : [b, a];
  for (const [k, w] of small.keys) {
    if (!large.keys.has(k)) continue;
    shared += Math.min(w, large.keys.get(k)!);
    const kind = kindOfKey(k);
    if (kind !== 'cog') sharedKeys++;
    if (SPECIFIC.has(kind)) sharedSpecific = true;
  }
  // One shared name or concept is not a shared fact ("Hammouchi" is in half the claims):
  // ask for two shared anchors, or one that pins a fact down (a number, a day, an organisation).
  if (sharedKeys < 2 && !sharedSpecific) return 0;
  // Cosine-like overlap, blended with containment of the lighter claim in the
  // heavier one: a short claim is often one detail of a long sentence elsewhere.
  // Two claims that fill the same slot (a count of people) with different
  // values disagree on the value, not on the fact: the unshared values do not
  // count against them, so the pair can align and the conflict be reported.
  let normA = a.norm;
  let normB = b.norm;
  if (sharedKeys >= 3 && sharesSlot(a, b)) {
    normA -= unsharedValues(a, b);
    normB -= unsharedValues(b, a);
  }
  if (normA <= 0 || normB <= 0) return 0;
  const cos = shared / Math.sqrt(normA * normB);
  const contained = shared / Math.min(normA, normB);
  return (1 - CONTAINMENT) * cos + CONTAINMENT * contained;
}

function sharesSlot(a: Vector, b: Vector): boolean {
  for (const k of a.keys.keys()) if (k.startsWith('slot:') && b.keys.has(k)) return true;
  return false;
}

function unsharedValues(a: Vector, b: Vector): number {
  let w = 0;
  for (const [k, v] of a.keys) if (k.startsWith('qty:') && !b.keys.has(k)) w += v;
  return w;
}

/** Character-bigram (Dice) similarity of two accent-folded texts in the same language. */
export function surfaceScore(a: string, b: string): number {
  return stringSimilarity.compareTwoStrings(a, b);
}

export function cosine(a: readonly number[], b: readonly number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}
