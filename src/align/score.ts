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
  name: 2,
  country: 1.5,
  city: 1.5,
  region: 1.5,
  num: 3,
  qty: 4,
  score: 4,
  slot: 2,
  ord: 2.5,
  md: 2.5,
  year: 1.5,
  // (A year by its distance from the year of writing, "next year", "l'an dernier", is there to be contradicted: another
  // version may give the same year in figures.)
  ryear: 0,
  month: 1,
  weekday: 1.5,
  time: 2,
  // (A part of the day, "Tuesday morning", is there to be contradicted, not to align: "bis Dienstagmittag" is the same fact.)
  daypart: 0,
  dur: 2,
  concept: 1,
  cog: 0.5,
};

/** Share of containment in the claim score (chosen on npm run eval). */
export const CONTAINMENT = 0.3;

/** Anchor kinds that alone identify a fact. */
export const SPECIFIC = new Set(['qty', 'num', 'md', 'ord', 'org', 'dur', 'score']);

export function kindOfKey(key: string): string {
  return key.slice(0, key.indexOf(':'));
}

/** The key of a verb of saying: who said a thing, not a thing said. */
const SAID = 'concept:say';
/** Anchor key flags, for scoring without looking at the key's text. */
const COG = 1;
const SPEC = 2;
const SLOT = 4;
const QTY = 8;
/** Set on a vector entry, not on a key: the key comes from the piece the claim depends on, not its own words. */
const CTX = 16;
const DAY = 32;
const PLACE = 64;
const PLACE_KINDS = new Set(['city', 'country', 'region', 'place']);
/** A town: the place slot whose values conflict (countries and regions often only set the scene). */
const TOWN = 256;
/** A length of time ("dur:7H"): two claims that each give one in the same unit fill one slot. */
const DUR = 512;
const TOWN_KINDS = new Set(['city', 'place']);
/** A number's value ("num:27"). */
const NUM = 1024;
/** A clock time ("time:05:00"): two claims that each give one fill one slot. */
const TIME = 2048;
/** A weekday ("weekday:3"): two claims that each give one, not the same, fill one slot. */
const WEEKDAY = 4096;
/** A concept of the lexicon ("concept:cyber"). */
const CONCEPT = 8192;
/** A rank ("ord:11"): two claims that each give one, not the same, fill one slot. */
const ORD = 1 << 16;
/** A year ("year:2018"): two claims that each give one, not the same, fill one slot. */
const YEAR = 1 << 17;
/** A month ("month:11"): the same. */
const MONTH = 1 << 18;
/** Values of which two claims that share two other anchors and each give one, not the same, fill one slot. */
const ONE_SLOT = [ORD, YEAR, MONTH] as const;
const ONE_SLOT_BITS = ORD | YEAR | MONTH;

/** Weight of a list head's key in an item's vector, against its own keys (chosen on npm run eval). */
export const CONTEXT_WEIGHT = 0.5;

/** Set on the key of a claim's whole wording ("=…"), which the candidate index also uses. */
const WORDING = 128;

/** Anchor keys interned as small integers for one alignment run. */
export class KeyTable {
  private readonly ids = new Map<string, number>();
  readonly flags: number[] = [];
  /** Weight of each key's kind (KIND_WEIGHTS). */
  readonly kindWeights: number[] = [];
  id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.flags.length;
      this.ids.set(key, id);
      const kind = key.startsWith('=') ? '=' : kindOfKey(key);
      this.flags.push((kind === 'cog' ? COG : 0) | (SPECIFIC.has(kind) ? SPEC : 0) | (kind === 'slot' ? SLOT : 0) | (kind === 'qty' || kind === 'score' ? QTY : 0) | (kind === 'md' ? DAY : 0) | (PLACE_KINDS.has(kind) ? PLACE : 0) | (TOWN_KINDS.has(kind) ? TOWN : 0) | (kind === 'dur' ? DUR : 0) | (kind === 'num' ? NUM : 0) | (kind === 'time' ? TIME : 0) | (kind === 'weekday' ? WEEKDAY : 0) | (kind === 'ord' ? ORD : 0) | (kind === 'year' ? YEAR : 0) | (kind === 'month' ? MONTH : 0) | (kind === 'concept' ? CONCEPT : 0) | (kind === '=' ? WORDING : 0));
      this.kindWeights.push(KIND_WEIGHTS[kind] ?? 1);
    }
    return id;
  }
  /** How many keys have an id (ids run from 0 to size - 1). */
  get size(): number {
    return this.flags.length;
  }
  /** A cognate prefix: weak evidence, not worth an index lookup. */
  isWeak(id: number): boolean {
    return (this.flags[id]! & COG) !== 0;
  }
  /** A specific anchor (a number, a day, an organisation) or a claim's whole wording: one alone may align two claims. */
  isStrong(id: number): boolean {
    return (this.flags[id]! & (SPEC | WORDING)) !== 0;
  }
  isDay(id: number): boolean {
    return (this.flags[id]! & DAY) !== 0;
  }
  isPlace(id: number): boolean {
    return (this.flags[id]! & PLACE) !== 0;
  }
}

/** A claim's anchors as sorted key ids with weights. */
export interface Vector {
  /** The distinct anchor keys, in the order of their ids. */
  keys: string[];
  ids: number[];
  weights: number[];
  flags: number[];
  /** Where each key's first anchor starts in the text: one word read as two concepts is one piece of evidence. */
  at: number[];
  /** Where each key's other anchors start, for keys that have more than one (undefined when none has). */
  atMore: Array<number[] | undefined> | undefined;
  /** Sum of the weights. */
  norm: number;
  /** Sum of the weights of quantity keys. */
  qtyMass: number;
  /** Sum of the weights of cognate keys. */
  cogMass: number;
  /** Sum of the weights of calendar-day keys. */
  dayMass: number;
  /** The same, of the claim's own calendar days (not those of the context it borrows). */
  ownDayMass: number;
  /** Sum of the weights of town keys (cities, places after a preposition). */
  townMass: number;
  /** Sum of the weights of duration keys, and their units as bits (see unitBit). */
  durMass: number;
  durUnits: number;
  /** Sum of the weights of the claim's own clock times. */
  timeMass: number;
  /** Sum of the weights of the claim's own number values. */
  numMass: number;
  /** The weight of a number that opens the claim ("Four of the infected patients have died"), 0 if none does. */
  leadNumMass: number;
  /** Sum of the weights of the claim's own weekdays. */
  weekdayMass: number;
  /** Weight of the claim's own ranks, years and months (ONE_SLOT order). */
  oneSlotMass: [number, number, number];
  /** Key ids of the claim's own quantities with their units ("qty:27:injury"). */
  qtyIds: number[];
  /** For each of qtyIds, the key id of its slot ("slot:injury"). */
  qtySlots: number[];
  /** For each of qtyIds, its value (the 27 of "qty:27:injury"; a comparator before it is dropped). */
  qtyValues: number[];
  /** How many words of its own the claim's anchors (not cognates, not context) stand on. */
  ownWords: number;
}

/**
 * The ids of a claim's anchor keys in `table` (same order as its anchors), made once per claim and table:
 * the alignment and the diff of one comparison share one table.
 */
export function anchorIdsOf(c: ClaimInternal, table: KeyTable): number[] {
  const memo = (c.memo ??= {});
  if (memo.keyIds && memo.keyTable === table) return memo.keyIds;
  memo.keyTable = table;
  return (memo.keyIds = c.anchors.map((a) => table.id(a.key)));
}

/**
 * IDF over a set of claims: rare anchors weigh more. Indexed by the keys' ids in `table`
 * (arrays, not maps: a story has thousands of anchors); a key no claim states has none.
 */
export function idfTable(claims: readonly ClaimInternal[], table: KeyTable): number[] {
  const df: number[] = [];
  // The last claim that counted a key, so that a key repeated in one claim counts once.
  const last: number[] = [];
  for (let ci = 0; ci < claims.length; ci++) {
    const ids = anchorIdsOf(claims[ci]!, table);
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k]!;
      if (last[id] === ci) continue;
      last[id] = ci;
      df[id] = (df[id] ?? 0) + 1;
    }
  }
  const n = claims.length;
  const idf: number[] = new Array(df.length);
  for (let id = 0; id < df.length; id++) idf[id] = Math.log(1 + n / df[id]!);
  return idf;
}

// Scratch lists for vectorOf (one call at a time): the vector's lists are cut from them at their final length.
const scratchKeys: string[] = [];
const scratchIds: number[] = [];
const scratchWeights: number[] = [];
const scratchFlags: number[] = [];
const scratchAt: number[] = [];
const scratchMore: Array<number[] | undefined> = [];
const scratchOwn: number[] = [];

/** The prefix of a calendar day's key ("md:11-30"), its month the two digits after it. */
export const DAY_KEY = 'md:';

/** Whether two vectors each give a calendar day of their own in one month, no day the same ("md:11-30" / "md:11-23"). */
function sameMonthOtherDay(a: Vector, b: Vector): boolean {
  for (let i = 0; i < a.keys.length; i++) {
    const k = a.keys[i]!;
    if (!k.startsWith(DAY_KEY) || a.flags[i]! & CTX) continue;
    const month = k.slice(0, DAY_KEY.length + 2);
    for (let j = 0; j < b.keys.length; j++) if (b.keys[j]!.startsWith(month) && b.keys[j] !== k && !(b.flags[j]! & CTX)) return true;
  }
  return false;
}

export function vectorOf(c: ClaimInternal, idf: readonly number[], table: KeyTable): Vector {
  // Distinct keys (a claim has few: a linear search beats a map), each with
  // the starts of all its anchors, kept sorted by id as they come (insertion).
  const v: Vector = { keys: [], ids: [], weights: [], flags: [], at: [], atMore: undefined, norm: 0, qtyMass: 0, cogMass: 0, dayMass: 0, ownDayMass: 0, townMass: 0, durMass: 0, durUnits: 0, timeMass: 0, numMass: 0, leadNumMass: 0, weekdayMass: 0, oneSlotMass: [0, 0, 0], qtyIds: [], qtySlots: [], qtyValues: [], ownWords: 0 };
  let size = 0;
  let own = 0;
  let more = false;
  const n1 = c.anchors.length;
  const ownIds = anchorIdsOf(c, table);
  for (let k = 0; k < n1 + c.context.length; k++) {
    const isContext = k >= n1;
    const a = isContext ? c.context[k - n1]! : c.anchors[k]!;
    if (isContext && a.key.startsWith('cog:')) continue;
    const id = isContext ? table.id(a.key) : ownIds[k]!;
    // (A verb of saying is who said it, not a thing said: '"That is simply too long," she said' says one thing.)
    if (!isContext && !(table.flags[id]! & COG) && a.key !== SAID && !usedStart(scratchOwn, own, a.start)) scratchOwn[own++] = a.start;
    let p = size;
    while (p > 0 && scratchIds[p - 1]! > id) p--;
    if (p > 0 && scratchIds[p - 1] === id) {
      if (scratchAt[p - 1] !== a.start) {
        const list = scratchMore[p - 1];
        if (!list) scratchMore[p - 1] = [a.start];
        else if (!list.includes(a.start)) list.push(a.start);
        more = true;
      }
      continue;
    }
    const w = table.kindWeights[id]! * (idf[id] ?? 1) * (isContext ? CONTEXT_WEIGHT : 1);
    const f = table.flags[id]! | (isContext ? CTX : 0);
    for (let q = size; q > p; q--) {
      scratchKeys[q] = scratchKeys[q - 1]!;
      scratchIds[q] = scratchIds[q - 1]!;
      scratchWeights[q] = scratchWeights[q - 1]!;
      scratchFlags[q] = scratchFlags[q - 1]!;
      scratchAt[q] = scratchAt[q - 1]!;
      scratchMore[q] = scratchMore[q - 1];
    }
    scratchKeys[p] = a.key;
    scratchIds[p] = id;
    scratchWeights[p] = w;
    scratchFlags[p] = f;
    scratchAt[p] = a.start;
    scratchMore[p] = undefined;
    size++;
    v.norm += w;
    if (f & QTY) v.qtyMass += w;
    if (f & COG) v.cogMass += w;
    if (f & DAY) v.dayMass += w;
    if (f & DAY && !(f & CTX)) v.ownDayMass += w;
    if (f & TOWN && !(f & CTX)) v.townMass += w;
    if (f & NUM && !(f & CTX)) {
      v.numMass += w;
      if (a.start === c.start) v.leadNumMass = w;
    }
    if (f & TIME && !(f & CTX)) v.timeMass += w;
    if (f & WEEKDAY && !(f & CTX)) v.weekdayMass += w;
    if (f & ONE_SLOT_BITS && !(f & CTX)) for (let k = 0; k < ONE_SLOT.length; k++) if (f & ONE_SLOT[k]!) v.oneSlotMass[k]! += w;
    if (f & QTY && !(f & CTX) && a.key.startsWith('qty:')) {
      const unitAt = a.key.indexOf(':', 4);
      v.qtyIds.push(id);
      v.qtySlots.push(table.id(`slot:${a.key.slice(unitAt + 1)}`));
      v.qtyValues.push(Number.parseFloat(a.key.slice(4, unitAt).replace(/^[<>=~]+/, '')));
    }
    if (f & DUR && !(f & CTX)) {
      v.durMass += w;
      v.durUnits |= unitBit(a.key.replace(DUR_VALUE, ''));
    }
  }
  v.keys = scratchKeys.slice(0, size);
  v.ids = scratchIds.slice(0, size);
  v.weights = scratchWeights.slice(0, size);
  v.flags = scratchFlags.slice(0, size);
  v.at = scratchAt.slice(0, size);
  if (more) v.atMore = scratchMore.slice(0, size);
  v.ownWords = own;
  return v;
}

// Scratch lists for anchorScore (one call at a time; reused to spare the collector).
const sharedAtA: number[] = [];
const sharedAtB: number[] = [];

/** Whether `p` is among the first `n` entries of `taken`. */
function usedStart(taken: readonly number[], n: number, p: number): boolean {
  for (let q = 0; q < n; q++) if (taken[q] === p) return true;
  return false;
}

/** Claims a start of key i of `v` (its first, then the others) not yet in `taken` (the first `n` entries), appending it; returns the new length. */
function claimWord(v: Vector, i: number, taken: number[], n: number): number {
  const first = v.at[i]!;
  if (!usedStart(taken, n, first)) {
    taken[n] = first;
    return n + 1;
  }
  const more = v.atMore?.[i];
  if (more) {
    for (const p of more) {
      if (!usedStart(taken, n, p)) {
        taken[n] = p;
        return n + 1;
      }
    }
  }
  return n;
}

/** The value part of a duration key ("dur:7H" → "H"). */
const DUR_VALUE = /^dur:[\d.]+/;

/** One bit per unit of time met ("Y", "M", "H", …), given as they come. */
const UNIT_BITS = new Map<string, number>();
function unitBit(unit: string): number {
  let bit = UNIT_BITS.get(unit);
  if (bit === undefined) UNIT_BITS.set(unit, (bit = 1 << Math.min(UNIT_BITS.size, 30)));
  return bit;
}

/**
 * Weighted overlap of two anchor sets, normalised by the geometric mean of their masses (0..1).
 * `valuesFree`: neither claim's quantities are stated anywhere in the other's source, so where the two
 * fill one slot, the numbers that differ are its two values (see below), not two facts.
 * `containedOnly`: the share of the `containIn` side's anchors, cognates aside, that the other holds, not the blend (a
 * part of a long claim).
 */
export function anchorScore(a: Vector, b: Vector, valuesFree = false, containIn?: 'a' | 'b', containedOnly = false): number {
  if (!a.norm || !b.norm) return 0;
  let shared = 0;
  let sharedKeys = 0;
  let sharedOwn = 0;
  let sharedSpecific = false;
  let sharedSlot = false;
  let sharedQty = 0;
  let sharedNum = 0;
  let sharedDay = false;
  let sharedPlace = false;
  let sharedTownA = 0;
  let sharedTownB = 0;
  let sharedDur = false;
  let sharedTime = false;
  let sharedWeekday = false;
  /** The ONE_SLOT flags of the shared keys. */
  let sharedOneSlot = 0;
  let sharedConcept = false;
  let sharedCog = 0;
  let nA = 0;
  let nB = 0;
  // Both id lists are sorted: one merge walk finds the shared keys.
  for (let i = 0, j = 0; i < a.ids.length && j < b.ids.length; ) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x < y) i++;
    else if (x > y) j++;
    else {
      // A key's weight is its kind × idf, lowered on the side where it is context.
      const w = Math.min(a.weights[i]!, b.weights[j]!);
      const f = a.flags[i]!;
      if (!((f | b.flags[j]!) & (CTX | COG))) sharedOwn++;
      shared += w;
      // Shared keys are counted by the words they stand on, on the side where
      // they stand on more: one word read as two concepts on both sides is one
      // piece of evidence, a German compound against two English words is two.
      if (!(f & COG)) {
        // Each shared key claims a word of its own where it can (greedy).
        nA = claimWord(a, i, sharedAtA, nA);
        nB = claimWord(b, j, sharedAtB, nB);
      }
      if (f & COG) sharedCog += w;
      if (f & SPEC) sharedSpecific = true;
      if (f & SLOT) sharedSlot = true;
      if (f & QTY) sharedQty += w;
      if (f & NUM) sharedNum += w;
      if (f & DAY) sharedDay = true;
      if (f & PLACE) sharedPlace = true;
      if (f & TOWN) {
        // (The shared town's own weight on each side, to tell what town each claim gives besides.)
        if (!(f & CTX)) sharedTownA += a.weights[i]!;
        if (!(b.flags[j]! & CTX)) sharedTownB += b.weights[j]!;
      }
      if (f & DUR) sharedDur = true;
      if (f & TIME) sharedTime = true;
      if (f & WEEKDAY) sharedWeekday = true;
      sharedOneSlot |= f & ONE_SLOT_BITS;
      if (f & CONCEPT) sharedConcept = true;
      i++;
      j++;
    }
  }
  sharedKeys = Math.max(nA, nB);
  // Two datelines ("FRANKFURT, June 14" / "Frankfurt, 15. Juni"): the same place
  // and each a calendar day, but not the same one, fill one slot with two values;
  // the days count as shared so that the pair aligns and the date conflict shows.
  let daySlot = false;
  if (a.dayMass && b.dayMass && !sharedDay && sharedPlace) {
    daySlot = true;
    sharedKeys++;
  } else if (a.ownDayMass && b.ownDayMass && !sharedDay && sharedConcept && sameMonthOtherDay(a, b)) {
    // So do two claims that share what they are about and each give a day of one month, not the same ("The election is
    // expected to be held on November 30" / "Gewählt werden soll am 23. November").
    daySlot = true;
    sharedKeys++;
  }
  // A list head's words alone do not make two claims one fact: one of their own keys must be shared.
  // Two lengths of time in one unit are the claims' own slot even when their values differ ("1 minute 42
  // seconds behind." borrowing "Evenepoel is third" / "Evenepoel ist Dritter mit 2:42 Minuten Rückstand").
  const durSlot = a.durMass > 0 && b.durMass > 0 && !sharedDur && (a.durUnits & b.durUnits) !== 0;
  // So are two calendar days, each a claim's own, not the same: a piece that gives only when, borrowing the clause it
  // depends on ("…, including Norway, Portugal and Slovakia, | from November 30" / "ab dem 1. Dezember die visafreie Einreise").
  const dayOwnSlot = !sharedOwn && a.ownDayMass > 0 && b.ownDayMass > 0 && !sharedDay;
  if (!sharedOwn && !durSlot && !dayOwnSlot) return 0;
  // One shared name or concept is not a shared fact ("Hammouchi" is in half the claims):
  // ask for two shared anchors, or one that pins a fact down (a number, a day, an organisation).
  // Two claims that each say one thing, the same ("This was not a cyberattack." / "Es habe sich nicht um einen
  // Cyberangriff gehandelt"), state one fact; a name alone ("M. Abdellatif Hammouchi") states none.
  if (sharedKeys < 2 && !sharedSpecific && !(sharedKeys === 1 && sharedConcept && a.ownWords === 1 && b.ownWords === 1)) return 0;
  // Cosine-like overlap, blended with containment of the lighter claim in the
  // heavier one: a short claim is often one detail of a long sentence elsewhere.
  // Two claims that fill the same slot (a count of people) with different
  // values disagree on the value, not on the fact: the unshared values do not
  // count against them, so the pair can align and the conflict be reported.
  // The slot and one more shared anchor are enough ("killing at least nine
  // people" / "onze morts": the count of the dead, and the dying).
  let normA = a.norm;
  let normB = b.norm;
  if (sharedKeys >= 2 && sharedSlot && slotValuesNear(a, b)) {
    normA -= a.qtyMass - sharedQty;
    normB -= b.qtyMass - sharedQty;
    if (valuesFree) {
      normA -= a.numMass - sharedNum;
      normB -= b.numMass - sharedNum;
    }
  }
  if (daySlot || dayOwnSlot) {
    normA -= a.dayMass;
    normB -= b.dayMass;
  }
  // Two weekdays, one in each claim and not the same ("until at least Wednesday" / "bis Donnerstag"), are one
  // slot with two values: the values do not count against claims that share enough else.
  if (a.weekdayMass && b.weekdayMass && !sharedWeekday) {
    normA -= a.weekdayMass;
    normB -= b.weekdayMass;
  }
  // The same, for claims that share two other anchors, for a town ("near the town of Casale" / "bei der
  // Stadt Alessandria"), a length of time in one unit ("after seven hours of talks" / "à l'issue de neuf
  // heures de négociations") and a clock time ("took effect at 8 p.m." / "trat um 18 Uhr in Kraft"):
  // each claim gives one, not the same, and the two values do not count against the pair.
  if (sharedKeys >= 2) {
    // (Also beside a town both give: "a flight from Dublin to Lanzarote diverted to Porto" / "nach Lanzarote zur
    // Landung in Faro".)
    const townA = a.townMass - sharedTownA;
    const townB = b.townMass - sharedTownB;
    if (townA > 1e-9 && townB > 1e-9) {
      normA -= townA;
      normB -= townB;
    }
    if (durSlot) {
      normA -= a.durMass;
      normB -= b.durMass;
    }
    if (a.timeMass && b.timeMass && !sharedTime) {
      normA -= a.timeMass;
      normB -= b.timeMass;
    }
    // And for a calendar day ("a new day of strikes for February 7" / "une nouvelle journée de mobilisation le 8 février").
    if (a.dayMass && b.dayMass && !sharedDay && !daySlot) {
      normA -= a.dayMass;
      normB -= b.dayMass;
    }
    // And for a rank ("his 11th victory of the season" / "der zehnte Saisonsieg"), a year ("since the ban took effect
    // in 2018" / "seit dem Verbot im Jahr 2019") and a month ("after November's election" / "nach der Wahl im Oktober").
    for (let k = 0; k < ONE_SLOT.length; k++) {
      const ma = a.oneSlotMass[k]!;
      const mb = b.oneSlotMass[k]!;
      if (ma && mb && !(sharedOneSlot & ONE_SLOT[k]!)) {
        normA -= ma;
        normB -= mb;
      }
    }
    // And for a bare number that opens each, nothing counted after it ("Four of the infected patients have died" /
    // "Sechs der Infizierten sind gestorben"): how many did it, told two ways.
    if (valuesFree && a.leadNumMass && b.leadNumMass && !sharedNum && !a.qtyMass && !b.qtyMass) {
      normA -= a.leadNumMass;
      normB -= b.leadNumMass;
    }
  }
  if (normA <= 0 || normB <= 0) return 0;
  const cos = shared / Math.sqrt(normA * normB);
  const contained = shared / (containIn === 'a' ? normA : containIn === 'b' ? normB : Math.min(normA, normB));
  // (A part is held for its meaning: cognates, weak evidence, count on neither side.)
  if (containedOnly) {
    const side = containIn === 'b' ? normB - b.cogMass : normA - a.cogMass;
    return side > 0 ? (shared - sharedCog) / side : 0;
  }
  return (1 - CONTAINMENT) * cos + CONTAINMENT * contained;
}

/** Values further apart than this factor are a total and a part, not two values of one slot ("52 million euros" / "40 euros"). */
const SLOT_MAGNITUDE = 1000;

/**
 * Whether the two claims give values of a shared quantity slot within SLOT_MAGNITUDE of each other (or give no
 * value in it on one side): only then do their different values not count against them.
 */
function slotValuesNear(a: Vector, b: Vector): boolean {
  let compared = false;
  for (let i = 0; i < a.qtySlots.length; i++) {
    for (let j = 0; j < b.qtySlots.length; j++) {
      if (a.qtySlots[i] !== b.qtySlots[j]) continue;
      const [x, y] = [a.qtyValues[i]!, b.qtyValues[j]!];
      if (!(x > 0 && y > 0) || Math.max(x, y) <= SLOT_MAGNITUDE * Math.min(x, y)) return true;
      compared = true;
    }
  }
  return !compared;
}

/** Character-bigram (Dice) similarity of two accent-folded texts in the same language. */
export function surfaceScore(a: string, b: string): number {
  return stringSimilarity.compareTwoStrings(a, b);
}

/** Buckets of a bigram histogram (a power of two). */
const BIGRAM_BUCKETS = 512;

/**
 * A text's character bigrams counted into hashed buckets, the way
 * string-similarity reads the text (white space removed). Two texts share at
 * most, per bucket, the smaller of their counts: a bound on the Dice score
 * that costs one pass over the buckets one text fills, not a map of bigrams per pair.
 */
export interface BigramHistogram {
  /** Length of the text without white space. */
  length: number;
  counts: Uint32Array;
  /** The buckets with a count, each once. */
  filled: number[];
}

export function bigramHistogram(text: string): BigramHistogram {
  const t = text.replace(/\s+/g, '');
  const counts = new Uint32Array(BIGRAM_BUCKETS);
  const filled: number[] = [];
  for (let i = 0; i + 1 < t.length; i++) {
    const b = (t.charCodeAt(i) * 31 + t.charCodeAt(i + 1)) & (BIGRAM_BUCKETS - 1);
    if (counts[b]!++ === 0) filled.push(b);
  }
  return { length: t.length, counts, filled };
}

/** An upper bound of surfaceScore (bucket collisions can only raise it); 1 where the bound says nothing. */
export function surfaceBound(a: BigramHistogram, b: BigramHistogram): number {
  if (a.length < 2 || b.length < 2) return 1;
  let shared = 0;
  for (const k of a.filled) shared += Math.min(a.counts[k]!, b.counts[k]!);
  return (2 * shared) / (a.length + b.length - 2);
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
