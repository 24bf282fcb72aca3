import { goesOn } from '../align/groups.js';
import { anchorIdsOf, type KeyTable, kindOfKey, surfaceScore } from '../align/score.js';
import type { ClaimInternal } from '../claims/index.js';
import { type Anchor, type FacetInternal, nameKey } from '../facets/index.js';
import { quotedTitle } from '../facets/entities.js';
import { dimensionOf, inBaseUnit, LEVEL_UNIT, PEOPLE_UNITS, PLACE_UNIT, SCALE_UNIT } from '../facets/numbers.js';
import type { Conflict, Span } from '../schema.js';
import { getResources, OUTCOME_SIDES } from '../resources/index.js';
import { firstFrom, fold, punctuatedGap, type Range, tokenize } from '../text.js';

/** An unaligned claim whose names and numbers B states, and this share of its concepts, is not missing whole. */
const SPREAD_SHARE = 0.7;
const MIN_SPREAD_ANCHORS = 1;
/** How many sentences around an aligned claim count as where B states its details (chosen on npm run eval). */
const NEAR_SENTENCES = 1;

/** Anchor kinds precise enough to name as a missing detail. */
const DETAIL_KINDS = new Set(['qty', 'person', 'org', 'city', 'country', 'region', 'num', 'ord', 'md', 'year', 'month', 'weekday', 'time', 'dur', 'concept']);

/** Anchor keys interned as small integers for one comparison (the diff stage tests keys N² times). */
export interface SourceView {
  id: string;
  text: string;
  claims: readonly ClaimInternal[];
  /** Every anchor key the source states (indexed by interned id), with the sentences that state it, in order. */
  keys: ReadonlyArray<readonly number[] | undefined>;
  /** Every anchor key the source states anywhere, as text (conflicts test values by key). */
  keyText: ReadonlySet<string>;
  /** The quantities the source states, by value, and its bare numbers (a value stated elsewhere is no conflict). */
  quantities: ReadonlyMap<number, readonly FacetInternal[]>;
  /** The claim of each of those quantities. */
  quantityClaims: ReadonlyMap<FacetInternal, ClaimInternal>;
  numbers: ReadonlySet<number>;
  /** The year keys the source states other than as an end of a span of years ("from 2011 to 2016"), with the claims that state them. */
  loneYears: ReadonlyMap<string, readonly ClaimInternal[]>;
  /** The year keys the source states as an end of a span of years. */
  spanYears: ReadonlySet<string>;
  /** The ages the source gives, by the person they are of (see agesOf). */
  ages: ReadonlyMap<string, ReadonlyArray<{ claim: ClaimInternal; facet: FacetInternal }>>;
  /** The text in lower case, made when first needed (see anyWordIn). */
  lowerText?: string;
}

/** How far from a name, in characters, an age set beside it may stand ("Lindqvist, 58", "Âgée de 58 ans, Maria Lindqvist"). */
const AGE_BESIDE = 3;
/** An age written as an adjective ("74-jährige", "74-year-old"). */
const AGE_ADJECTIVE = /(?:jährig\p{L}*|year-old)$/u;
/** Characters before an age that opens its sentence ("The ", "Der ", "Âgée de "). */
const OPENING_ARTICLE = 8;
/** The words an age that opens its sentence may follow: one or two small words, no name ("Lebrun, 18 ans" is Lebrun's). */
const OPENING_WORDS = /^\p{L}\p{Ll}*(?: \p{Ll}+)? $/u;
/** One word between an age and a name ("72 Jahre alter Lebensgefährte Marc Lefèvre", "41-jährige Lehrerin Claire Dumont"); a plain bounded test. */
const AGE_NOUN_BETWEEN = /^ [\p{L}-]{1,30} $/u;

/**
 * The ages a source gives, each with the person it is of: a name right beside it ("Lindqvist, 58,",
 * "Âgée de 58 ans, Maria Lindqvist"), or else the last one named before it ("sagte die 56-Jährige").
 */
function agesOf(claims: readonly ClaimInternal[]): Map<string, Array<{ claim: ClaimInternal; facet: FacetInternal }>> {
  const out = new Map<string, Array<{ claim: ClaimInternal; facet: FacetInternal }>>();
  // In text order (claims are, and their facets): one binary search finds the names around an age.
  const persons = claims.flatMap((c) => c.facets.filter((f) => f.kind === 'person'));
  // The first person each sentence names: its subject, as a rule.
  const firstOf = new Map<number, FacetInternal>();
  for (const c of claims) for (const f of c.facets) if (f.kind === 'person' && !firstOf.has(c.sentence)) firstOf.set(c.sentence, f);
  let sentenceStart = -1;
  let sentence = -1;
  for (const c of claims) {
    if (c.sentence !== sentence) [sentence, sentenceStart] = [c.sentence, c.start];
    for (const f of c.facets) {
      const years = !f.age && f.kind === 'duration' && f.unit === 'Y';
      if (!f.age && !years) continue;
      const lo = firstFrom(persons, f.end);
      const after = persons[lo];
      const prior = lo > 0 ? persons[lo - 1] : undefined;
      // (Years set off right after a name are that person's age, which the facet does not mark where it would draw the
      // claim to another version's that gives it: "Gisèle Pelicot, 72 ans, qui …".)
      // (So are years as an adjective right before a name: "Die 74-jährige Gisèle Pelicot".)
      const setOff = years && !!prior && prior.end >= c.start && c.text.slice(prior.end - c.start, f.start - c.start) === ', ';
      const before = years && !!after && after.start === f.end + 1 && AGE_ADJECTIVE.test(f.text);
      if (!f.age && !setOff && !before) continue;
      // An age that opens its sentence as a noun ("The 23-year-old took home …", "Der 22-Jährige besiegte …") is the
      // previous sentence's subject's, not the last person it names ("… beating Luke Humphries 7-4").
      const opening = f.start - sentenceStart <= OPENING_ARTICLE && OPENING_WORDS.test(c.text.slice(0, f.start - c.start)) && c.start === sentenceStart ? firstOf.get(c.sentence - 1) : undefined;
      let who: string | undefined;
      // (Or a noun of what the person is between them, in the claim: "ihr 72 Jahre alter Lebensgefährte Marc Lefèvre".)
      if (after && (after.start - f.end <= AGE_BESIDE || (after.end <= c.end && AGE_NOUN_BETWEEN.test(c.text.slice(f.end - c.start, after.start - c.start))))) who = after.id;
      else if (opening && opening.end <= f.start) who = opening.id;
      else if (prior && prior.end <= f.start) who = prior.id;
      if (!who) continue;
      const list = out.get(who);
      if (list) list.push({ claim: c, facet: f });
      else out.set(who, [{ claim: c, facet: f }]);
    }
  }
  return out;
}

export function sourceView(id: string, text: string, claims: readonly ClaimInternal[], keyIds: KeyTable): SourceView {
  // Ids first, so that the list is made at its full length (an array by id, not a map: a story has thousands of keys).
  for (const c of claims) anchorIdsOf(c, keyIds);
  const keys: Array<number[] | undefined> = new Array(keyIds.size);
  const keyText = new Set<string>();
  const quantities = new Map<number, FacetInternal[]>();
  const quantityClaims = new Map<FacetInternal, ClaimInternal>();
  const numbers = new Set<number>();
  const loneYears = new Map<string, ClaimInternal[]>();
  const spanYears = new Set<string>();
  for (const c of claims) {
    for (const k of anchorIdsOf(c, keyIds)) {
      const at = keys[k];
      if (!at) keys[k] = [c.sentence];
      else if (at[at.length - 1] !== c.sentence) at.push(c.sentence);
    }
    // A dateline's town is where the story was filed, not a place the source states a fact of: a version that
    // sets the fact in another town still contradicts one filed from there.
    for (const a of c.anchors) if (!(c.dateline && (a.key.startsWith('city:') || a.key.startsWith('place:')))) keyText.add(a.key);
    for (const f of c.facets) {
      if (f.kind === 'date') {
        for (const x of f.anchors) {
          if (!x.key.startsWith('year:')) continue;
          if (YEAR_SPAN.test(f.id)) spanYears.add(x.key);
          else {
            const list = loneYears.get(x.key);
            if (!list) loneYears.set(x.key, [c]);
            else if (list[list.length - 1] !== c) list.push(c);
          }
        }
      }
      if (f.value === undefined) continue;
      if (f.kind === 'number') numbers.add(f.value);
      else if (f.kind === 'quantity' || f.kind === 'duration' || (f.kind === 'score' && !f.unanimous)) {
        const list = quantities.get(f.value);
        if (list) list.push(f);
        else quantities.set(f.value, [f]);
        quantityClaims.set(f, c);
      }
    }
  }
  return { id, text, claims, keys, keyText, quantities, quantityClaims, numbers, loneYears, spanYears, ages: agesOf(claims) };
}

function span(c: ClaimInternal, r: Range, text: string, ids: ReadonlyMap<ClaimInternal, string>): Span {
  return { claim: ids.get(c)!, start: r.start, end: r.end, text: text.slice(r.start, r.end) };
}

/**
 * Merge overlapping ranges, and ranges separated only by white space or
 * function words ("chaired by … Shoigu" stays one detail when the words
 * between carry nothing the other source states).
 */
function mergeRanges(ranges: Range[], text: string, stopwords: ReadonlySet<string>): Range[] {
  if (ranges.length < 2) return ranges;
  ranges.sort((a, b) => a.start - b.start);
  const out: Range[] = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    const gap = last ? text.slice(last.end, r.start) : '';
    const onlyGlue = last && r.start - last.end <= 40 && isGlue(gap, stopwords);
    if (last && (r.start <= last.end || onlyGlue)) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

const glueCache = new WeakMap<ReadonlySet<string>, Map<string, boolean>>();
/** White space or function words only, without punctuation that ends a phrase. Gaps repeat across pairs: cached per language. */
function isGlue(gap: string, stopwords: ReadonlySet<string>): boolean {
  let cache = glueCache.get(stopwords);
  if (!cache) glueCache.set(stopwords, (cache = new Map()));
  let v = cache.get(gap);
  if (v === undefined) {
    v = /^\s*$/.test(gap) || (!/[,;:.()]/.test(gap) && tokenize(gap).every((t) => stopwords.has(t.folded)));
    if (cache.size > 10_000) cache.clear();
    cache.set(gap, v);
  }
  return v;
}

/**
 * What the diff stage works out once per claim and reuses for every pair of
 * sources (pairs grow with the square of the sources): kept on the claim, since
 * it is read for every claim of every pair.
 */
export interface ClaimMemo {
  /** The interned id of each anchor's key (same order as the anchors). */
  keyIds?: number[];
  /** The table keyIds are ids in (see anchorIdsOf). */
  keyTable?: KeyTable;
  /** The claim's anchors by role. */
  roles?: ClaimAnchors;
  /** Its facets that can conflict. */
  slots?: ClaimSlots;
  /** The claims it is aligned with, by source (set by compare). */
  partners?: ReadonlyMap<string, ClaimInternal[]>;
  /** The sources in which a claim scored close to it without being aligned (set by compare). */
  resembles?: ReadonlySet<string>;
  /** Whether it gives a value that can conflict (see hasValue). */
  hasValue?: boolean;
  /** The claim gives a calendar day. */
  hasDay?: boolean;
  /** Whether it attributes what it says ("said", "a annoncé"; see attributes). */
  attributes?: boolean;
  /** Its distinct keys that say what it is about, not a value (see sharedTopics). */
  topics?: string[];
  /** The slots its counts fill (slotKeysOf). */
  slotKeys?: string[];
}

/** Key prefixes of kinds whose differing values are a conflict (reported as such), not a missing detail. */
const SLOT_PREFIXES = ['weekday:', 'time:', 'city:'];

interface ClaimAnchors {
  /** Key ids of the details that are names, numbers and dates, and of the concepts. */
  precise: number[];
  concepts: number[];
  /** The anchors that can be named as a missing detail, their key ids and their indexes among the claim's anchors. */
  details: Anchor[];
  detailIds: number[];
  detailAt: number[];
  /** For each detail, the value slot its kind fills (an index into SLOT_PREFIXES), or -1. */
  detailSlots: number[];
  /** For each value slot, the key ids of the claim's anchors that fill it. */
  slotKeys: number[][];
  /** The spans reported for each set of missing details (see cachedSpans). */
  spans?: Map<number, readonly Span[]>;
  /** The span of the whole claim. */
  whole?: Span;
  /** For each detail, the key ids of the claim's other anchors on the same words (see overlapStated). */
  overlaps?: number[][];
  /** Beside overlaps: for each key that is a value slot, its unit. */
  overlapSlots?: Array<Array<string | undefined>>;
}

const NO_SLOT_KEYS: number[][] = SLOT_PREFIXES.map(() => []);

/** A claim's anchors by role, computed once per claim (pairs grow with the square of the sources). */
function anchorsOf(c: ClaimInternal): ClaimAnchors {
  const memo = (c.memo ??= {});
  let r = memo.roles;
  if (!r) {
    // Set by sourceView, which every claim of a comparison passes through first.
    const ids = memo.keyIds!;
    r = { precise: [], concepts: [], details: [], detailIds: [], detailAt: [], detailSlots: [], slotKeys: NO_SLOT_KEYS };
    for (let i = 0; i < c.anchors.length; i++) {
      const x = c.anchors[i]!;
      let slot = SLOT_PREFIXES.length - 1;
      while (slot >= 0 && !x.key.startsWith(SLOT_PREFIXES[slot]!)) slot--;
      if (slot >= 0) {
        if (r.slotKeys === NO_SLOT_KEYS) r.slotKeys = SLOT_PREFIXES.map(() => []);
        r.slotKeys[slot]!.push(ids[i]!);
      }
      const kind = kindOfKey(x.key);
      if (!DETAIL_KINDS.has(kind)) continue;
      r.details.push(x);
      r.detailIds.push(ids[i]!);
      r.detailAt.push(i);
      r.detailSlots.push(slot);
      (kind === 'concept' ? r.concepts : r.precise).push(ids[i]!);
    }
    memo.roles = r;
  }
  return r;
}

const NO_CLAIMS: readonly ClaimInternal[] = [];

/** Concepts of verbs that attribute a statement: one version's "said" is another's "announced" or "stressed". */
const ATTRIBUTION = new Set(
  ['say', 'announce', 'proclaim', 'stress', 'confirm', 'claim-assert', 'explain', 'told-reporters', 'spokesman-said'].map((id) => `concept:${id}`),
);

/** The claims of a source aligned with a claim (set on its memo by the alignment). */
function partnersIn(c: ClaimInternal, source: string): readonly ClaimInternal[] {
  return c.memo?.partners?.get(source) ?? NO_CLAIMS;
}

/**
 * Whether a third version states both values in one sentence aligned with either claim: then they are two facts, not
 * one told two ways ("It is Poland's fourth world title and its third since 2014" against "le quatrième titre" and
 * "der dritte Titel seit 2014").
 */
function bothStatedByThird(ca: ClaimInternal, cb: ClaimInternal, va: FacetInternal, vb: FacetInternal): boolean {
  const gives = (c: ClaimInternal, v: FacetInternal) => c.facets.some((f) => f.kind === v.kind && f.value === v.value && (!f.unit || !v.unit || f.unit === v.unit));
  for (const c of [ca, cb]) {
    for (const source of c.memo?.partners?.keys() ?? []) {
      if (source === ca.source || source === cb.source) continue;
      // (In one sentence: "The lira, which has lost about 40 percent …, gained 2 percent" is two claims. The third
      // version's partners of both claims count: "Losses … amounted to 22.8 billion francs, | partly offset by a gain of
      // 7.4 billion", the first piece aligned with one claim, the second with the other.)
      const claims = [...partnersIn(ca, source), ...partnersIn(cb, source)];
      if (claims.some((p) => gives(p, va) && claims.some((q) => q.sentence === p.sentence && gives(q, vb)))) return true;
    }
  }
  return false;
}

/** Whether a claim gives a value that can conflict (a count, a date, a rank, a length of time). */
function hasValue(c: ClaimInternal): boolean {
  // (Asked for every piece near every partner of every pair: kept on the claim.)
  const memo = (c.memo ??= {});
  return (memo.hasValue ??= c.facets.some((f) => f.value !== undefined || f.kind === 'date' || f.kind === 'weekday' || f.kind === 'time'));
}

/** The slots of days of a claim's slots, the others empty. */
function daysOf(slots: ClaimSlots, rankUnits?: ReadonlySet<string>): ClaimSlots {
  const ordinals = rankUnits?.size ? slots.ordinals.filter((o) => o.unit && rankUnits.has(o.unit)) : NO_SLOTS.ordinals;
  return { ...NO_SLOTS, dates: slots.dates, dayKeys: slots.dayKeys, weekdays: slots.weekdays, ordinals };
}

/** The units of a claim's ranks that none of its partners ranks in ("the 89th minute" where the partner gives only a crowd). */
function loneRankUnits(slots: ClaimSlots, partners: readonly ClaimInternal[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const o of slots.ordinals) if (o.unit && o.unit !== PLACE_UNIT && !partners.some((p) => slotsOf(p).ordinals.some((g) => g.unit === o.unit))) out.add(o.unit);
  return out;
}

/** Whether a claim gives a calendar day ("January 1", "1. Februar") or a weekday ("am Montag"). */
function hasDay(c: ClaimInternal): boolean {
  const memo = (c.memo ??= {});
  return (memo.hasDay ??= c.facets.some((f) => (f.kind === 'date' && DAY_ID.test(f.id)) || f.kind === 'weekday'));
}
/** The id of a date with a day ("date:--02-01", "date:2025-01-01"). */
const DAY_ID = /^date:(\d{4})?-?-\d\d-\d\d$/;

/** Whether a claim attributes what it says: one of its anchors is a verb of saying. Kept on the claim. */
function attributes(c: ClaimInternal): boolean {
  const memo = (c.memo ??= {});
  return (memo.attributes ??= c.anchors.some((x) => ATTRIBUTION.has(x.key)));
}

/** A claim that says only where and when ("LISBON, Nov 18"): places and dates, nothing else. */
function whereWhenOnly(c: ClaimInternal): boolean {
  if (c.dateline) return true;
  // (A concept read on a place's own words is the place: "BRUSSELS" is also the EU. Asked for many claims of every
  // pair: no list built.)
  const onPlace = (f: FacetInternal) => f.kind === 'concept' && c.facets.some((p) => p.kind === 'place' && p.start <= f.start && f.end <= p.end);
  return c.facets.some((f) => f.kind === 'place') && c.facets.every((f) => f.kind === 'place' || f.kind === 'date' || f.kind === 'weekday' || onPlace(f));
}

/** A source's claims by sentence, worked out once per view. */
const BY_SENTENCE = new WeakMap<SourceView, Map<number, ClaimInternal[]>>();
function bySentence(view: SourceView): Map<number, ClaimInternal[]> {
  let map = BY_SENTENCE.get(view);
  if (!map) {
    map = new Map();
    for (const x of view.claims) {
      const list = map.get(x.sentence);
      if (list) list.push(x);
      else map.set(x.sentence, [x]);
    }
    BY_SENTENCE.set(view, map);
  }
  return map;
}
function sentenceOf(view: SourceView, c: ClaimInternal): readonly ClaimInternal[] {
  return bySentence(view).get(c.sentence) ?? NO_CLAIMS;
}

/** Keys that say what a claim is about rather than a value of it. */
const VALUE_KEY = /^(?:num|qty|slot|cog|dur|score|time|weekday|month|year|day|date|ord):/;

/** The slots a claim's counts fill ("slot:injury"). */
function slotKeysOf(c: ClaimInternal): readonly string[] {
  const memo = (c.memo ??= {});
  return (memo.slotKeys ??= [...new Set(c.anchors.filter((a) => a.key.startsWith('slot:')).map((a) => a.key))]);
}

/**
 * Whether the piece `s` next to partner `p` gives a count in a slot the claim fills and the partner does not: it goes
 * on with the claim's fact ("… 15 Menschen ums Leben gekommen. 23 weitere wurden verletzt" against "15 personnes ont été
 * tuées et 18 blessées"). Not where the partner fills it too: then `s` is the next fact of a list ("France scored 470
 * points. Singapore topped it with 578").
 */
function fillsSlot(ca: ClaimInternal, p: ClaimInternal, s: ClaimInternal): boolean {
  // (So does a year, as a record's: "tombé à 6,2 %, …, son plus bas niveau depuis … 1998" against "… auf 6,2 Prozent
  // gesunken. Das ist der niedrigste Wert seit … 1999".)
  const [sc, sp, ss] = [slotsOf(ca), slotsOf(p), slotsOf(s)];
  if ((sc.sinceYears.length || sc.years.length) && !sp.sinceYears.length && !sp.years.length && (ss.sinceYears.length || ss.years.length)) return true;
  const own = slotKeysOf(ca);
  const partner = slotKeysOf(p);
  if (!slotKeysOf(s).some((k) => own.includes(k) && !partner.includes(k))) return false;
  // (And only where the partner states the claim's other values as the claim does: it told part of the fact, the piece the
  // rest. Not "within 60 days" against "within 90 days or face penalties of up to 5 percent", then "shares fell 3%".)
  const values = slotsOf(ca).quantities.map((q) => q.value);
  return slotsOf(p).quantities.every((q) => values.includes(q.value));
}

/** How many keys that say what a claim is about two claims share. */
function sharedTopics(x: ClaimInternal, y: ClaimInternal): number {
  const memo = (x.memo ??= {});
  const topics = (memo.topics ??= [...new Set(x.anchors.map((a) => a.key))].filter((k) => !VALUE_KEY.test(k)));
  let n = 0;
  for (const k of topics) if (y.anchors.some((a) => a.key === k)) n++;
  return n;
}

/**
 * Whether a piece of a sentence is checked for conflicts through partners of its own in A: it has some, and
 * they count everything it counts, when it counts something. A piece aligned by what else it says ("zwei von ihnen
 * schwer verletzt" with "Douze personnes ont été hospitalisées") still meets the claims its sentence aligns with;
 * so does one aligned for one of its counts only ("faisant 14 morts et 31 blessés" with "and injuring 31" meets
 * "killing 12 people", the other piece of that sentence).
 */
function checkedIn(s: ClaimInternal, source: string, days = true): boolean {
  const ps = partnersIn(s, source);
  if (!ps.length) return false;
  const slots = slotsOf(s);
  const qs = slots.quantities;
  // A day it gives that none of them gives is checked through none of them either (for its day only: see conflictsBetween).
  // (Of each kind: a weekday against partners that give only months, "said on Monday" / "im Januar … im Dezember".)
  if (days && slots.weekdays.length && !ps.some((p) => slotsOf(p).weekdays.length)) return false;
  if (days && slots.dates.length && !ps.some((p) => slotsOf(p).weekdays.length || slotsOf(p).dates.length)) return false;
  return !qs.length || qs.every((r) => ps.some((p) => slotsOf(p).quantities.some((q) => sameUnit(q, r))));
}

/** The claims of the sentence after c's in its source. */
function sentenceAfter(view: SourceView, c: ClaimInternal): readonly ClaimInternal[] {
  return bySentence(view).get(c.sentence + 1) ?? NO_CLAIMS;
}

/** The claims of the sentence before c's in its source. */
function sentenceBefore(view: SourceView, c: ClaimInternal): readonly ClaimInternal[] {
  return bySentence(view).get(c.sentence - 1) ?? NO_CLAIMS;
}

/**
 * The claims of B a claim of A is checked against for conflicts: its partners, and the pieces of their
 * sentences that have no partner in A (one version cut in two what the other says in one sentence:
 * "s'est engagé pour cinq saisons, soit jusqu'en juin 2030" against "signed a six-year contract running
 * until June 2031"). A claim with no partner in B meets the partners of the pieces of its own sentence.
 */
function counterparts(ca: ClaimInternal, a: SourceView, b: SourceView): readonly ClaimInternal[] {
  const partners = partnersIn(ca, b.id);
  if (partners.length) {
    let out: ClaimInternal[] | undefined;
    for (const p of partners) {
      for (const s of sentenceOf(b, p)) {
        // (A piece that states an outcome too: "Ein vierter Verdächtiger, der …, | wurde mangels Beweisen freigesprochen"; or
        // names a town where the claim names one: "…, | landete 800 Meter … in der Nähe der Stadt Bariloche".)
        if (s === p || !(hasValue(s) || slotsOf(s).outcomes.length || (slotsOf(s).cities.length && slotsOf(ca).cities.length)) || checkedIn(s, a.id) || partners.includes(s)) continue;
        (out ??= [...partners]).push(s);
      }
      // And the sentence before, which B may have cut off the same fact ("Die Nationalversammlung hat am
      // Mittwoch … gebilligt. 305 Abgeordnete stimmten dafür, 199 dagegen." against one English sentence).
      // Only a piece that shares what the fact is about with the claim (two keys that are no values or
      // cognates): not the next fact of a list ("France scored 470 points. Singapore topped it with 578").
      // And the sentence after, which may go on with the fact ("… sind zur Erde zurückgekehrt. Ihre Kapsel wasserte am
      // Mittwoch vor der Küste Floridas" against one English sentence), on the same terms.
      // A piece of either sentence that gives a day, as the claim does, may share less: one key ("Die Erhöhung gilt ab
      // dem 1. Februar" after the sentence on the rise, against "a rise … to 920 euros from January 1").
      // (None where the piece is aligned with another piece of the claim's own sentence: B cut that sentence in two, "… on
      // Tuesday became the first …, finishing after 54 hours" against "… als erster Mensch … durchschwommen. Sie kam am
      // Mittwoch nach 45 Stunden … an"; or, the sentence before, "Am Freitagabend ist eine Straßenbahn entgleist …. Zwei
      // Menschen kamen ums Leben" against "Deux personnes ont été tuées … vendredi après-midi lorsqu'un tramway a déraillé".)
      const after = sentenceAfter(b, p);
      for (const near of [sentenceBefore(b, p), after]) {
        for (const s of near) {
          if (!hasValue(s) || s.dateline || checkedIn(s, a.id) || partners.includes(s) || out?.includes(s)) continue;
          const days = hasDay(s) && hasDay(ca);
          const cutInTwo = days && partnersIn(s, a.id).some((x) => x.sentence === ca.sentence);
          // (A sentence after that opens with a subject pronoun goes on about the partner's subject, and shares less too: "Er
          // muss für drei Jahre ins Gefängnis" after "… hat … die Haftstrafe … bestätigt", against "upheld a 30-month prison sentence".)
          if (!cutInTwo && sharedTopics(ca, s) < (days || fillsSlot(ca, p, s) || (near === after && goesOn(p, s)) ? 1 : 2)) continue;
          (out ??= [...partners]).push(s);
        }
      }
    }
    // A count no partner gives meets the claims of B aligned with another piece of its own sentence that count in its
    // unit: where the other versions cut their sentences elsewhere ("…, à un niveau record de 475 000 euros en moyenne"
    // whose partner is "… um 9,1 Prozent gestiegen", while "Ein Haus kostete im Schnitt 457.000 Euro" is aligned with
    // the first piece of the French sentence).
    // (So does a rank of a unit no partner gives: "scoring the winner in the 89th minute" against "… 2-1 vendredi … grâce à
    // un but … à la 86e minute", the French piece aligned with "Sweden beat Germany 2-1 … on Friday".)
    const qs = slotsOf(ca).quantities;
    // (Not a place in a ranking, held by someone: a version may rank another person in that piece, "Dritter wurde Vadlejch".)
    const rs = slotsOf(ca).ordinals.filter((o) => o.unit && o.unit !== PLACE_UNIT);
    const countsIn = (c: ClaimInternal) => slotsOf(c).quantities.some((q) => qs.some((r) => sameUnit(q, r)));
    const ranksIn = (c: ClaimInternal) => slotsOf(c).ordinals.some((o) => rs.some((r) => r.unit === o.unit));
    const asQs = qs.length > 0 && !partners.some(countsIn);
    const asRs = rs.length > 0 && !partners.some(ranksIn);
    const counts = (c: ClaimInternal) => (asQs && countsIn(c)) || (asRs && ranksIn(c));
    if (asQs || asRs) {
      for (const s of sentenceOf(a, ca)) {
        if (s === ca) continue;
        for (const p of partnersIn(s, b.id)) if (!partners.includes(p) && !out?.includes(p) && counts(p)) (out ??= [...partners]).push(p);
      }
    }
    return out ?? partners;
  }
  const out: ClaimInternal[] = [];
  // (Or a country that qualifies a thing, which a piece of the partner's sentence may give another: see sameThingAfter.)
  if (!hasValue(ca) && !slotsOf(ca).countries.some((f) => qualifiedBy(ca, f).length)) return NO_CLAIMS;
  for (const s of sentenceOf(a, ca)) {
    if (s === ca) continue;
    for (const p of partnersIn(s, b.id)) if (!out.includes(p)) out.push(p);
  }
  return out;
}

/** Whether B states the key near the claims aligned with a claim of A (their sentences and the ones next to them; anywhere in B when none is). */
function statedNear(key: number, partners: readonly ClaimInternal[], b: SourceView, near = NEAR_SENTENCES): boolean {
  const at = b.keys[key];
  if (!at) return false;
  if (!partners.length) return true;
  for (const p of partners) for (const s of at) if (s >= p.sentence - near && s <= p.sentence + near) return true;
  return false;
}

/** Whether B states a key of another anchor of the claim on the same words as its detail i (a concept the other source words differently). */
function overlapStated(c: ClaimInternal, roles: ClaimAnchors, i: number, partners: readonly ClaimInternal[], b: SourceView): boolean {
  const overlaps = overlapsOf(c, roles)[i]!;
  for (let k = 0; k < overlaps.length; k++) {
    if (!statedNear(overlaps[k]!, partners, b)) continue;
    // A slot ("a value in percent") is no evidence for a value where the partners' values of it are all values the claim
    // gives besides: "Spain had the highest rate, at 10.9%, and Malta the lowest, at 2.8%" against "Die höchste Quote
    // meldete Spanien mit 10,9 Prozent" leaves Malta's 2.8% out.
    const unit = roles.overlapSlots![i]![k];
    if (unit !== undefined && partners.length && partners.every((p) => valuesGivenBy(p, unit, c))) continue;
    return true;
  }
  return false;
}

/** Whether a claim gives values in a unit, and every one of them is a value another claim gives too. */
function valuesGivenBy(p: ClaimInternal, unit: string, c: ClaimInternal): boolean {
  const ids = p.memo!.keyIds!;
  const own = c.memo!.keyIds!;
  let any = false;
  for (let j = 0; j < p.anchors.length; j++) {
    const key = p.anchors[j]!.key;
    if (!key.startsWith('qty:') || !key.endsWith(unit) || key[key.length - unit.length - 1] !== ':') continue;
    if (!own.includes(ids[j]!)) return false;
    any = true;
  }
  return any;
}

/** Whether a claim gives a baseline in a slot ("slot:percent" of "down from some 45 percent"). */
function hasBaseline(c: ClaimInternal, slot: string): boolean {
  return c.facets.some((f) => f.baseline && f.anchors.some((a) => a.key === slot));
}

/** Per detail, the key ids of the other anchors that stand on its words: worked out once per claim, not per pair. */
function overlapsOf(c: ClaimInternal, roles: ClaimAnchors): number[][] {
  if (roles.overlaps) return roles.overlaps;
  const ids = c.memo!.keyIds!;
  roles.overlapSlots = [];
  roles.overlaps = roles.detailAt.map((at) => {
    const x = c.anchors[at]!;
    const keys: number[] = [];
    // For each overlapping key that is a slot, its unit ("percent" of "slot:percent").
    const slots: Array<string | undefined> = [];
    roles.overlapSlots!.push(slots);
    for (let j = 0; j < c.anchors.length; j++) {
      const y = c.anchors[j]!;
      // (A baseline's slot, "a value in percent", is stated by the main value of any partner: no evidence for the baseline;
      // nor for the main value, by a partner that gives the baseline only: "19 percent …, down from some 45 percent" /
      // "bei rund 45 Prozent".)
      if (j !== at && y.start < x.end && x.start < y.end && !(y.key.startsWith('slot:') && (x.baseline || hasBaseline(c, y.key)))) {
        keys.push(ids[j]!);
        slots.push(y.key.startsWith('slot:') ? y.key.slice('slot:'.length) : undefined);
      }
    }
    return keys;
  });
  return roles.overlaps;
}

/** Whether an aligned claim of B fills the key's value slot with another value ("Samstag" against "Sunday"). */
function otherValue(key: number, slot: number, partners: readonly ClaimInternal[], needed = 1): boolean {
  if (slot < 0) return false;
  for (const p of partners) {
    let n = 0;
    for (const k of anchorsOf(p).slotKeys[slot]!) if (k !== key && ++n >= needed) return true;
  }
  return false;
}

/** The share of keys B states anywhere (1 for none). */
function knownShare(keys: readonly number[], b: SourceView): number {
  if (!keys.length) return 1;
  let n = 0;
  for (const k of keys) if (b.keys[k]) n++;
  return n / keys.length;
}

/**
 * What A states that B does not: a whole claim when no claim of B is in its
 * group, otherwise only the anchors (numbers, dates, names, concepts) that B
 * does not state where it states the claim.
 */
export function onlyIn(a: SourceView, b: SourceView, ids: ReadonlyMap<ClaimInternal, string>): Span[] {
  const out: Span[] = [];
  for (const c of a.claims) {
    const roles = anchorsOf(c);
    const { precise, concepts, details, detailIds } = roles;
    const partners = partnersIn(c, b.id);
    // A claim that matched part of a claim of B grouped elsewhere is not missing whole.
    if (!partners.length && !c.memo?.resembles?.has(b.id)) {
      // Unaligned, but are its anchors stated elsewhere in B? Then only the rest is new.
      if (precise.length + concepts.length < MIN_SPREAD_ANCHORS || knownShare(precise, b) < 1 || knownShare(concepts, b) < SPREAD_SHARE) {
        const t = (roles.whole ??= span(c, c, a.text, ids));
        out.push(t);
        continue;
      }
    }
    // Where the claim is aligned, a detail counts as stated only if B states it near
    // the claims aligned with it (their sentences and the ones next to them), not anywhere in B.
    // A detail is missing only if no anchor on the same words is shared (a concept the other source words differently).
    // A partner with the very same keys (a copy, as versions that share an agency's text have) states every
    // detail in its own sentence: nothing is missing, and the details need no look-up.
    if (partners.length && partners.some((p) => sameKeys(c, p))) continue;
    let mask = 0;
    let ranges: Range[] | undefined;
    // How a partner attributes the fact ("said", "a annoncé", "betonte") is its wording, not a detail it leaves out.
    const attributed = partners.some(attributes);
    for (let i = 0; i < details.length; i++) {
      const key = detailIds[i]!;
      if (attributed && ATTRIBUTION.has(details[i]!.key)) continue;
      // (A baseline, "down from 63 percent", is left out where a partner gives only one value of its slot, the main one.)
      if (statedNear(key, partners, b) || otherValue(key, roles.detailSlots[i]!, partners, details[i]!.baseline ? 2 : 1)) continue;
      if (overlapStated(c, roles, i, partners, b)) continue;
      if (i < 31) mask |= 1 << i;
      else (ranges ??= []).push(details[i]!);
    }
    if (!mask && !ranges) continue;
    const spans = ranges ? missingSpans(c, [...details.filter((_, i) => i < 31 && mask & (1 << i)), ...ranges], a.text, ids) : cachedSpans(c, roles, mask, a.text, ids);
    for (const t of spans) out.push(t);
  }
  return out;
}

/** Whether two claims have the same anchor keys in the same order (their interned ids, made by sourceView). */
function sameKeys(x: ClaimInternal, y: ClaimInternal): boolean {
  const a = x.memo?.keyIds;
  const b = y.memo?.keyIds;
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The spans of a claim's missing details, merged where only glue lies between them. */
function missingSpans(c: ClaimInternal, ranges: Range[], text: string, ids: ReadonlyMap<ClaimInternal, string>): Span[] {
  return mergeRanges(ranges, text, getResources(c.lang).stopwords).map((r) => span(c, r, text, ids));
}

/**
 * The spans for one set of missing details (a bit mask over the claim's first 31
 * details), worked out once per claim and set: many pairs miss the same details.
 */
function cachedSpans(c: ClaimInternal, roles: ClaimAnchors, mask: number, text: string, ids: ReadonlyMap<ClaimInternal, string>): readonly Span[] {
  const cache = (roles.spans ??= new Map());
  let spans = cache.get(mask);
  if (!spans) {
    spans = missingSpans(c, roles.details.filter((_, i) => mask & (1 << i)), text, ids);
    cache.set(mask, spans);
  }
  return spans;
}

interface ClaimSlots {
  quantities: FacetInternal[];
  ordinals: FacetInternal[];
  /** Dates that name a month (and no day). */
  months: FacetInternal[];
  dates: FacetInternal[];
  dayKeys: Set<string>;
  weekdays: FacetInternal[];
  times: FacetInternal[];
  /** Parts of the day after a weekday ("Tuesday morning"), apart from clock times, which fall in one part or another. */
  dayParts: FacetInternal[];
  cities: FacetInternal[];
  /** Countries narrowed to a part by a point of the compass ("northern Finland", "le nord de la Suède", "Nordfinnland"). */
  regions: FacetInternal[];
  /** Sides of a place told by a point of the compass before it ("north of Antwerp", "au nord d'Anvers"). */
  sides: PlaceSide[];
  /** The one point of the compass the claim gives for a side of a thing, not of a place (see partSide). */
  part?: { point: FacetInternal; beside?: string };
  /** Countries named whole: a conflict only where each claim names one and the other source never names it. */
  countries: FacetInternal[];
  /** Years given alone ("in 2023", "Tour de France 2022"): not a range, not "since". */
  years: FacetInternal[];
  /** Spans of years ("between 2014 and 2018"). */
  yearSpans: FacetInternal[];
  /** Years named by their distance from the year of writing ("next year", "l'an dernier"). */
  relativeYears: FacetInternal[];
  /** Years since which something holds ("the lowest since 2013"). */
  sinceYears: FacetInternal[];
  /** Numbers that count nothing named ("six in intensive care"). */
  numbers: FacetInternal[];
  /** Concepts of an outcome that excludes another ("acquitted" / "sentenced"; see opposites.json). */
  outcomes: FacetInternal[];
}

/** Whether a country is given as a person's nationality: just before the name ("Norway's", "l'Allemand", "dem Norweger") or just after it ("of Norway", "(Norvège)"). */
function nationalityOf(country: FacetInternal, person: FacetInternal, text: string, offset = 0): boolean {
  if (country.end <= person.start && person.start - country.end <= NATIONALITY_GAP) return /^(?:['’]s)?\s+$/.test(text.slice(country.end - offset, person.start - offset));
  if (person.end <= country.start && country.start - person.end <= NATIONALITY_GAP) return /^,?\s*(?:\(|of\s|from\s|de\s|du\s|aus\s)$/.test(text.slice(person.end - offset, country.start - offset));
  return false;
}

/** The most characters between a person's name and the country of its nationality (" of ", "'s "). */
const NATIONALITY_GAP = 6;

/**
 * One person both claims name, each with a nationality, the two not the same ("Sweden's Emilie Fleten" / "die
 * Norwegerin Emilie Fleten"): the two countries.
 */
function otherNationalities(ca: ClaimInternal, cb: ClaimInternal, ta: string, tb: string): [FacetInternal, FacetInternal] | undefined {
  const countryOf = (c: ClaimInternal, person: FacetInternal, text: string) =>
    c.facets.find((f) => f.kind === 'place' && f.id.startsWith('country:') && nationalityOf(f, person, text));
  for (const p of ca.facets) {
    if (p.kind !== 'person') continue;
    const q = cb.facets.find((f) => f.kind === 'person' && f.id === p.id);
    const x = q && countryOf(ca, p, ta);
    const y = x && countryOf(cb, q, tb);
    if (x && y && x.id !== y.id) return [x, y];
  }
  return undefined;
}

/** A claim's facets that can conflict, sorted out once per claim (pairs grow with the square of the sources). */
function slotsOf(c: ClaimInternal): ClaimSlots {
  const memo = (c.memo ??= {});
  let r = memo.slots;
  // Most claims give no value and no place: one empty set of slots serves them all.
  // (A point of the compass is a slot too: the side of a thing, "the south-east crater".)
  if (!r && !c.facets.some((f) => !NO_SLOT_KINDS.has(f.kind) || OUTCOME_SIDES.has(f.id) || COMPASS.has(f.id))) r = memo.slots = NO_SLOTS;
  if (!r) {
    const dates = c.facets.filter((f) => f.kind === 'date' && f.days?.length);
    r = {
      // Durations are quantities of time ("18 months" / "20 mois").
      quantities: c.facets.filter((f) => (f.kind === 'quantity' || f.kind === 'duration' || f.kind === 'score') && f.value !== undefined && !!f.unit),
      ordinals: c.facets.filter((f) => f.kind === 'ordinal' && f.value !== undefined && !f.few),
      months: c.facets.filter((f) => f.kind === 'date' && !f.days?.length && monthOf(f) !== undefined),
      dates,
      dayKeys: new Set(dates.flatMap((f) => f.anchors.filter((x) => x.key.startsWith('md:')).map((x) => x.key))),
      weekdays: c.facets.filter((f) => f.kind === 'weekday'),
      times: c.facets.filter((f) => f.kind === 'time' && !f.id.startsWith(DAY_PART)),
      dayParts: c.facets.filter((f) => f.id.startsWith(DAY_PART)),
      // Cities, and places known only from a preposition ("in Bochum"); not countries, which often only set the scene.
      cities: c.facets.filter((f) => f.kind === 'place' && (f.id.startsWith('city:') || f.id.startsWith('place:'))),
      regions: regionsOf(c),
      sides: sidesOf(c),
      part: partSide(c),
      // (Not a country inside a phrase of the lexicon, which names an event or a body: "Open d'Australie", "Tour de France".)
      countries: c.facets.filter((f) => f.kind === 'place' && f.id.startsWith('country:') && !c.facets.some((g) => g.kind === 'concept' && g.start <= f.start && g.end >= f.end && g.end - g.start > f.end - f.start)),
      years: c.facets.filter((f) => f.kind === 'date' && YEAR_ALONE.test(f.id)),
      sinceYears: c.facets.filter((f) => f.kind === 'date' && YEAR_SINCE.test(f.id)),
      yearSpans: c.facets.filter((f) => f.kind === 'date' && YEAR_SPAN.test(f.id)),
      relativeYears: c.facets.filter((f) => f.kind === 'date' && YEAR_RELATIVE.test(f.id)),
      numbers: c.facets.filter((f) => f.kind === 'number' && f.value !== undefined),
      // (Not in a claim its verb negates: "was not acquitted" says what "was convicted" says.)
      outcomes: c.negated ? [] : c.facets.filter((f) => f.kind === 'concept' && OUTCOME_SIDES.has(f.id)),
    };
    memo.slots = r;
  }
  return r;
}

/**
 * The people a claim names in full (a first name and a last), but its speaker, that another source names nowhere, not
 * even a word of the name ("Bad Reichenhall" taken for a person in one version, "Saline Bad Reichenhall" in another).
 */
function strangers(c: ClaimInternal, other: SourceView): FacetInternal[] {
  return c.facets.filter((f) => f.kind === 'person' && f.id !== c.speaker && !other.keyText.has(f.id) && namedInFull(f.text) && !anyWordIn(f.text, other));
}

/** Whether two dates give the same days with a year each, not the same, and neither source states the other's year. */
function sameDayOtherYear(x: FacetInternal, y: FacetInternal, a: SourceView, b: SourceView): boolean {
  const yx = x.anchors.find((k) => k.key.startsWith('year:'))?.key;
  const yy = y.anchors.find((k) => k.key.startsWith('year:'))?.key;
  if (!yx || !yy || yx === yy || b.keyText.has(yx) || a.keyText.has(yy)) return false;
  const days = (f: FacetInternal) => f.anchors.filter((k) => k.key.startsWith('md:')).map((k) => k.key).join(' ');
  return days(x) !== '' && days(x) === days(y);
}

/** Whether a claim names a person, an organisation or a name that another claim does not: it speaks of someone else. */
function namesOwn(c: ClaimInternal, other: ClaimInternal): boolean {
  return c.facets.some((f) => NAMING_KINDS.has(f.kind) && !other.facets.some((g) => g.id === f.id));
}

const NAMING_KINDS: ReadonlySet<string> = new Set(['person', 'org', 'name']);

/** Whether a name has two words or more, the first and the last capitalised, and a particle at most between ("Wout van Aert"). */
function namedInFull(name: string): boolean {
  const words = name.split(' ');
  return words.length >= 2 && capitalised(words[0]!) && capitalised(words[words.length - 1]!) && words.every((w) => w.length > 1);
}

function capitalised(w: string): boolean {
  return w[0] !== w[0]!.toLowerCase();
}

/** Letters of a word's head that stand for the word wherever a source writes it ("Sumatran" / "Sumatra-Nashorn"). */
const NAME_HEAD = 5;

/**
 * Whether another source's text holds the head of any capitalised word of a name (a particle, "van", says nothing), at
 * the start of a word there: "Mack" is not in "Ntamack".
 */
function anyWordIn(name: string, other: SourceView): boolean {
  const text = (other.lowerText ??= other.text.toLowerCase());
  return name.split(' ').some((w) => capitalised(w) && startsWordIn(text, w.slice(0, NAME_HEAD).toLowerCase()));
}

/** Whether `head` stands in `text` at the start of a word (no letter before it). */
function startsWordIn(text: string, head: string): boolean {
  for (let at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + 1)) if (at === 0 || !/\p{L}/u.test(text[at - 1]!)) return true;
  return false;
}

/** Key kinds one word may be read as, a place in one version and a name in another ("nach Lanzarote" / "entre Dublin et Lanzarote"). */
const PLACE_OR_NAME = ['place:', 'name:'];

/** Whether a source states a value's key, or the same word read as a place or a name. */
function namesKey(view: SourceView, f: FacetInternal): boolean {
  if (view.keyText.has(f.id)) return true;
  const key = f.id.slice(f.id.indexOf(':') + 1);
  return PLACE_OR_NAME.some((kind) => view.keyText.has(kind + key));
}

/** Facet kinds that fill no slot of their own. */
const NO_SLOT_KINDS = new Set<FacetInternal['kind']>(['concept', 'person', 'org', 'name']);
const NO_SLOTS: ClaimSlots = {
  quantities: [], ordinals: [], months: [], dates: [], dayKeys: new Set(), weekdays: [], times: [], dayParts: [], cities: [], regions: [], sides: [], countries: [], years: [], sinceYears: [], yearSpans: [], relativeYears: [], numbers: [], outcomes: [],
};

/** The outcomes the claims of a claim's sentence state, in text order. */
function sentenceOutcomes(view: SourceView, c: ClaimInternal): FacetInternal[] {
  const out: FacetInternal[] = [];
  for (const s of view.claims) if (s.sentence === c.sentence) out.push(...slotsOf(s).outcomes);
  return out;
}

/** Units of the size of a change: a share, or points of one. */
const CHANGE_UNITS = new Set(['percent', 'point']);

/**
 * Two outcomes that exclude each other, one in each claim: each claim states one side of a pair only ("was acquitted for
 * lack of evidence" / "a été condamné à deux ans de prison"), with the facet that states it.
 */
function opposedOutcomes(xa: readonly FacetInternal[], xb: readonly FacetInternal[], slotsA: ClaimSlots, slotsB: ClaimSlots): { kind: string; a: FacetInternal; b: FacetInternal } | undefined {
  if (!xa.length || !xb.length) return undefined;
  // (A pair read only with one value each, the same share: the size of a change told as rising in one and falling in
  // the other. Not a level: "climbed as high as $103,800 before paring some gains" / "stieg bis auf 103.800 Dollar".)
  const values = (x: ClaimSlots) => [...x.quantities, ...x.numbers];
  const oneSameValue = () => {
    const [va, vb] = [values(slotsA), values(slotsB)];
    return va.length === 1 && vb.length === 1 && va[0]!.value === vb[0]!.value && va[0]!.unit === vb[0]!.unit && CHANGE_UNITS.has(va[0]!.unit ?? '');
  };
  for (const fa of xa) {
    const sa = OUTCOME_SIDES.get(fa.id)!;
    // A claim that states both sides of the pair (one acquitted, one sentenced) takes no side.
    if (xa.some((f) => OUTCOME_SIDES.get(f.id)!.pair === sa.pair && OUTCOME_SIDES.get(f.id)!.side !== sa.side)) continue;
    for (const fb of xb) {
      const sb = OUTCOME_SIDES.get(fb.id)!;
      if (sb.pair !== sa.pair || sb.side === sa.side || (sa.sameValue && !oneSameValue())) continue;
      if (xb.some((f) => OUTCOME_SIDES.get(f.id)!.pair === sb.pair && OUTCOME_SIDES.get(f.id)!.side !== sb.side)) continue;
      return { kind: sa.kind, a: fa, b: fb };
    }
  }
  return undefined;
}

/** Concepts of a point of the compass. */
const COMPASS = new Set(['concept:north', 'concept:south', 'concept:east', 'concept:west', 'concept:north-east', 'concept:north-west', 'concept:south-east', 'concept:south-west']);
/** How far before a country, in characters, its point of the compass may stand ("nord de la Suède"). */
const COMPASS_REACH = 8;

/** The point of the compass a claim names just before a place ("nord de la Suède", "north of Antwerp"), if any. */
function pointBefore(c: ClaimInternal, f: FacetInternal): FacetInternal | undefined {
  return c.facets.find((g) => COMPASS.has(g.id) && g.end <= f.start && f.start - g.end <= COMPASS_REACH);
}

/** A claim's countries narrowed by a point of the compass: a word just before, or the head of a German compound. */
function regionsOf(c: ClaimInternal): FacetInternal[] {
  const heads = getResources(c.lang).compassHeads;
  return c.facets.filter((f) => {
    if (f.kind !== 'place' || !f.id.startsWith('country:')) return false;
    if (pointBefore(c, f)) return true;
    const word = fold(f.text);
    return heads.some((h) => word.length > h.length + 3 && word.startsWith(h));
  });
}

/** Characters between a point of the compass and the noun of the part it names ("south-east crater", "cratère nord-est"). */
const PART_GAP = 2;

/**
 * The one point of the compass a claim gives that names no side of a place (see pointBefore) and stands in no name of a
 * place ("the northern entrance", "le cratère nord-est"), with the concept it stands right beside, if any.
 */
function partSide(c: ClaimInternal): { point: FacetInternal; beside?: string } | undefined {
  let found: FacetInternal | undefined;
  for (const g of c.facets) {
    if (!COMPASS.has(g.id)) continue;
    if (c.facets.some((f) => f.kind === 'place' && ((g.end <= f.start && f.start - g.end <= COMPASS_REACH) || (f.start <= g.start && g.end <= f.end)))) continue;
    if (found) return undefined;
    found = g;
  }
  if (!found) return undefined;
  const g = found;
  // (Or the same word: a compound that holds the point, "Südostkrater".)
  const beside = c.facets.find(
    (f) => f.kind === 'concept' && !COMPASS.has(f.id) && ((f.start >= g.end && f.start - g.end <= PART_GAP) || (g.start >= f.end && g.start - f.end <= PART_GAP) || (f.start === g.start && f.end === g.end)),
  );
  return { point: g, ...(beside && { beside: beside.id }) };
}

/**
 * Two claims that each give one side of a thing, not the same: opposite points ("northern entrance" / "entrée sud"), or
 * two points each right beside the same noun ("south-east crater" / "cratère nord-est").
 */
function otherParts(fa: ClaimSlots, fb: ClaimSlots): [FacetInternal, FacetInternal] | undefined {
  const [x, y] = [fa.part, fb.part];
  if (!x || !y || x.point.id === y.point.id) return undefined;
  return OPPOSITE.get(x.point.id) === y.point.id || (x.beside !== undefined && x.beside === y.beside) ? [x.point, y.point] : undefined;
}

/** A side of a place: the place's id, the point of the compass, and the span from that point to the place. */
interface PlaceSide extends Range {
  place: string;
  compass: string;
}

/** The opposite of each point of the compass. */
const OPPOSITE = new Map([
  ['concept:north', 'concept:south'],
  ['concept:south', 'concept:north'],
  ['concept:east', 'concept:west'],
  ['concept:west', 'concept:east'],
  ['concept:north-east', 'concept:south-west'],
  ['concept:south-west', 'concept:north-east'],
  ['concept:north-west', 'concept:south-east'],
  ['concept:south-east', 'concept:north-west'],
]);

/** Words between a point of the compass and a place, most often what kind of place it is ("west of the town of St. Anton",
 * "au nord de la ville de Lyon", "nördlich der Stadt Linz"): four words at most, no punctuation (the words themselves are
 * not checked: "north of the river and Vienna" would read as a side of Vienna). The classes of a space and a letter are
 * disjoint and the run is bounded, so the test stays linear on any slice. */
const SIDE_OF_TOWN = /^(?:\s+[\p{L}'’]+){1,4}\s+$/u;

/** The places a claim names with a point of the compass just before them ("north of Antwerp", "südlich von Antwerpen").
 * A name there is a place too, known by its key whatever kind each version read it as ("west of St. Anton" / "à l'est
 * de Saint-Anton", a name). */
function sidesOf(c: ClaimInternal): PlaceSide[] {
  const out: PlaceSide[] = [];
  for (const f of c.facets) {
    if (f.kind !== 'place' && f.kind !== 'name') continue;
    const point = pointBefore(c, f) ?? c.facets.find((g) => COMPASS.has(g.id) && g.end <= f.start && SIDE_OF_TOWN.test(c.text.slice(g.end - c.start, f.start - c.start)));
    if (point) out.push({ place: f.id.slice(f.id.indexOf(':') + 1), compass: point.id, start: point.start, end: f.end });
  }
  return out;
}

/** The one side of a place each claim names, where they are opposite sides of the same place. */
function oppositeSides(a: readonly PlaceSide[], b: readonly PlaceSide[]): [PlaceSide, PlaceSide] | undefined {
  for (const x of a) for (const y of b) if (x.place === y.place && OPPOSITE.get(x.compass) === y.compass) return [x, y];
  return undefined;
}

/**
 * Units that name any of their kind ("animals", "Tiere"; "sites", "Stätten"): a count of one meets a count of one kind
 * (the whales; "55 World Heritage sites") as a bare number does.
 */
const GENERIC_UNITS = new Set(['wildlife', 'site']);

/** The two ends of a span of days: two dates, or one date that holds both days ("du 21 au 23 mars"); else undefined. */
function spanEnds(dates: readonly FacetInternal[]): Array<{ date: FacetInternal; days: string[] }> | undefined {
  const days = (f: FacetInternal) => f.anchors.filter((x) => x.key.startsWith('md:')).map((x) => x.key);
  if (dates.length === 2) return dates.map((date) => ({ date, days: days(date) }));
  const both = dates.length === 1 ? days(dates[0]!) : [];
  return both.length === 2 ? both.map((k) => ({ date: dates[0]!, days: [k] })) : undefined;
}

/** Units that count one thing however each language reads the word: "points" are points of a table in English and
 * German ("four points", "vier Punkte") and percentage points in French ("six points"), in a poll as in a ranking. */
const UNIT_ALIKE: ReadonlyMap<string, string> = new Map([
  ['point', 'points-table'],
  ['wounded', 'injury'],
]);

/** Whether two quantities count in one unit, or in two that UNIT_ALIKE reads as one. */
function alikeUnits(a: FacetInternal, b: FacetInternal): boolean {
  return a.unit === b.unit || (a.unit !== undefined && b.unit !== undefined && (UNIT_ALIKE.get(a.unit) ?? a.unit) === (UNIT_ALIKE.get(b.unit) ?? b.unit));
}

/**
 * Whether another piece of the claim's sentence, aligned with the partner, counts in the unit of a quantity a value the
 * other source does not state (the partner's value is then that piece's: "23 points" / "25 Punkten"; where the other source
 * states it, "20.3%" / "20,3 Prozent" in another piece, the partner's value may be the claim's).
 */
function siblingCounts(a: SourceView, c: ClaimInternal, partner: ClaimInternal, b: SourceView, q: FacetInternal): boolean {
  return sentenceOf(a, c).some((s) => s !== c && partnersIn(s, b.id).includes(partner) && slotsOf(s).quantities.some((x) => sameUnit(x, q) && !states(b, x)));
}

/**
 * Two counts of the same thing: the same unit, or counted words that share a concept ("satellites" / "Wettersatelliten"),
 * or others counted as the casualties the other counts ("19 Passagiere verletzt" / "14 blessés").
 */
function sameUnit(a: FacetInternal, b: FacetInternal): boolean {
  if (alikeUnits(a, b)) return true;
  if (a.casualty !== undefined && (a.casualty === b.casualty || b.units?.includes(a.casualty))) return true;
  if (b.casualty !== undefined && a.units?.includes(b.casualty)) return true;
  // (Words of several concepts against one: "nine goals" counts goals and aims, "siebenmal" after "traf" goals.)
  if (!a.units && !b.units) return false;
  const ub = b.units ?? (b.unit ? [b.unit] : []);
  return (a.units ?? (a.unit ? [a.unit] : [])).some((u) => ub.includes(u));
}

/** The lexicon's concepts of rejecting and of opposing ("rejected", "a rejeté", "abgelehnt"; "oppose", "sont opposés"). */
const REJECT = new Set(['concept:deny', 'concept:oppose']);

/**
 * Whether a count is of votes against: marked so ("61.4 percent voting against"), or a share in a claim that says
 * something was rejected or opposed ("52 Prozent der Bulgaren lehnen die Einführung des Euro ab"), or the one share of a
 * sentence that says so ("Les électeurs ont rejeté … la réforme …, à 64,1 % des voix", "von 62 Prozent
 * der Abstimmenden verworfen"): the share that rejected it.
 */
function againstOf(view: SourceView, c: ClaimInternal, q: FacetInternal): boolean {
  if (q.against) return true;
  if (q.unit !== 'percent' || c.negated) return false;
  const rejects = (s: ClaimInternal) => !s.negated && s.facets.some((f) => REJECT.has(f.id));
  if (rejects(c)) return true;
  // (The word may be in another claim of the sentence only where the sentence gives no other share: "52 % oppose it, 41 %
  // support it" has a share on each side.)
  const sentence = sentenceOf(view, c);
  return sentence.some(rejects) && sentence.flatMap((s) => slotsOf(s).quantities).filter((x) => x.unit === 'percent').length === 1;
}

/** The anchor key of a quantity's value alone (a duration's or a score's value is only meaningful with its unit). */
function valueKey(f: FacetInternal): string {
  if (f.kind === 'score') return f.id;
  return f.kind === 'duration' ? `dur:${f.value}${f.unit}` : `num:${f.value}`;
}

/** The lexicon's concept of each unit of time (a count of it that is no length: "57 Betriebsjahren"). */
const DURATION_CONCEPTS: Readonly<Record<string, string>> = { Y: 'year', M: 'month', W: 'week', D: 'day', H: 'hour' };

/** A level named before its number ("Stufe 2") or on a scale ("4 sur une échelle de 5"): a bare number elsewhere is no statement of it. */
const isLevel = (q: FacetInternal) => q.unit === LEVEL_UNIT || q.unit?.startsWith(SCALE_UNIT) === true;

/**
 * Whether a source states a quantity's value somewhere: as a bare number, or counting something of the
 * same kind ("drei Schiffe" does not state the "trois morts" of another version).
 */
function states(view: SourceView, q: FacetInternal): boolean {
  // A length of time is stated too by a count of its unit the lexicon reads from a compound ("57 years" by "nach 57
  // Betriebsjahren", a count of years).
  if (q.kind !== 'quantity') return view.keyText.has(valueKey(q)) || (q.kind === 'duration' && (view.quantities.get(q.value!)?.some((o) => countsAs(o, q)) ?? false));
  // A level's number alone elsewhere ("reactor 2", "a group of four") is not that level ("Stufe 2", "degré 4 sur une échelle de 5").
  // A count of people in general states the value of a count of some people ("About 9,000 people watched" states
  // "Rund 9000 Zuschauer").
  return (!isLevel(q) && view.numbers.has(q.value!)) || (view.quantities.get(q.value!)?.some((o) => countsAs(o, q)) ?? false);
}

/**
 * Whether a count states another's value: of the same thing, or of people in general; a length of time, a count of its unit.
 * (A count of people in general is stated by a count of inhabitants or citizens: "a village of about 900 people" / "un village
 * d'environ 900 habitants".)
 */
function countsAs(o: FacetInternal, q: FacetInternal): boolean {
  return sameUnit(o, q) || o.unit === 'people' || (q.unit === 'people' && o.unit !== undefined && PEOPLE_UNITS.has(o.unit)) || (q.kind === 'duration' && o.kind === 'quantity' && o.unit === DURATION_CONCEPTS[q.unit!]);
}

/**
 * Whether a source states a quantity's or a length of time's value where it is free to be this fact's value: states, but not a count whose
 * claim is aligned with another sentence of the quantity's own source that gives the same count. "Retail sales fell by 1.2
 * percent" is the value of the other version's "ont reculé de 1,2 %", and says nothing of its food sales "de 1,2 %"
 * against "2.1 percent".
 */
function statesFree(view: SourceView, q: FacetInternal, own: string, ownClaim: ClaimInternal, viewClaim: ClaimInternal): boolean {
  // (A score too: "Berlin beat Jastrzebski 3-2" for third place says nothing of the final's "3-1" against "3 sets à 2".)
  if ((q.kind !== 'quantity' && q.kind !== 'duration' && q.kind !== 'score') || q.unanimous || (q.kind === 'quantity' && !isLevel(q) && view.numbers.has(q.value!))) return states(view, q);
  return (
    view.quantities.get(q.value!)?.some((o) => {
      if (!countsAs(o, q)) return false;
      const c = view.quantityClaims.get(o);
      // (Not a piece of the other claim's sentence aligned with the other piece of the own claim's sentence, where the two
      // pieces swap their values: each is its fact's, "durera trois jours, les deux jours restants …" against "last two
      // days; the remaining three days …".)
      if (c && c !== viewClaim && c.sentence === viewClaim.sentence && !partnersIn(ownClaim, view.id).includes(c) && partnersIn(c, own).some((p) => p !== ownClaim && p.sentence === ownClaim.sentence && swapped(p, viewClaim, o))) return false;
      // (Not through a third version for an age: "61" of "Perrin, 61" meets "61 ans" there, and says nothing of "five years".)
      return !c || givesHere(view, c, own, ownClaim, viewClaim, (f) => f.kind === o.kind && f.value === o.value && sameUnit(f, o), !o.age && !q.age);
    }) ?? false
  );
}

/** Whether `p` gives, in the unit of `o`, a value other than o's that `other` gives too. */
function swapped(p: ClaimInternal, other: ClaimInternal, o: FacetInternal): boolean {
  return slotsOf(p).quantities.some((f) => sameUnit(f, o) && f.value !== o.value && slotsOf(other).quantities.some((g) => sameUnit(g, o) && g.value === f.value));
}

/**
 * Whether a claim of the view that gives a value may give it for the fact of ownClaim: not when it is aligned with
 * another sentence of the own source that gives the same value (see statesFree, yearFree).
 */
function givesHere(view: SourceView, c: ClaimInternal, own: string, ownClaim: ClaimInternal, viewClaim: ClaimInternal, same: (f: FacetInternal) => boolean, thirds = false): boolean {
  // (A partner of this claim, or a piece of the other claim's sentence, that gives the value states it here,
  // whatever else it is aligned with.)
  if (c.sentence === viewClaim.sentence || partnersIn(ownClaim, view.id).includes(c)) return true;
  // A title sums up the story: the lead that gives its value again states its fact, not another ("$23 billion tobacco
  // settlement" over "32.5 billion Canadian dollars (23 billion US dollars)").
  if (ownClaim.title) return true;
  if (partnersIn(c, own).some((p) => p.sentence !== ownClaim.sentence && p.facets.some(same))) return false;
  // Nor one aligned with a third version's claim that gives the same value, where the claim it is compared against has
  // no partner there: it is that other fact's value ("Prosecutors had sought sentences of up to 15 years" / "Le parquet
  // avait requis jusqu'à 15 ans" says nothing of the German "bis zu 15 Jahren" against "up to 12 years").
  for (const [source, ps] of (thirds && c.memo?.partners) || []) {
    if (source === own || source === view.id || partnersIn(ownClaim, source).some((p) => ps.includes(p))) continue;
    if (ps.some((p) => p.facets.some(same))) return false;
  }
  return true;
}

/**
 * Whether a year of ownClaim is free to differ from the view's: the view states it nowhere, or only in claims
 * aligned with another sentence of the own source that gives the same year ("lower it … from 2029" / "ab 2028",
 * where the German's "bis 2029" is the year of the jobs both versions say are cut by then).
 */
function yearFree(view: SourceView, year: string, own: string, ownClaim: ClaimInternal, viewClaim: ClaimInternal, ownView: SourceView): boolean {
  const same = (f: FacetInternal) => f.kind === 'date' && !YEAR_SPAN.test(f.id) && f.anchors.some((x) => x.key === year);
  // (Not a claim of another sentence that meets nothing in the own source: a fact only the view tells, "Le Danemark vise
  // une électricité entièrement renouvelable d'ici 2030", is no version of "due to start producing power in 2030"; unless
  // the own source too states the view claim's year elsewhere, the two years told the other way round: "world champion
  // in 2019 … also won in 2018" / "championne du monde 2018 … gagné en 2019".)
  const swapped = () => slotsOf(viewClaim).years.some((y) => yearOf(y) !== year && ownView.keyText.has(yearOf(y)!));
  const told = (c: ClaimInternal) => c.sentence === viewClaim.sentence || partnersIn(c, own).length > 0 || swapped();
  return !(view.loneYears.get(year)?.some((c) => told(c) && givesHere(view, c, own, ownClaim, viewClaim, same)) ?? false);
}

/** The unit of a rank that is a place in a ranking ("third place", "troisième place", "dritten Platz"). */
const PLACE_RANK = PLACE_UNIT;

/** Facets that name who or what holds a rank: a person, a name, an organisation, a place. */
const HOLDER_KINDS: ReadonlySet<FacetInternal['kind']> = new Set(['person', 'name', 'org', 'place']);
/** A person alone, as the holder of a place in a ranking whose holders two versions swap. */
const PERSON_KIND: ReadonlySet<FacetInternal['kind']> = new Set(['person']);

/** A holder's identity across languages: a name the gazetteer does not know may be a person in another version. */
const holderKey = (f: FacetInternal) => f.id.replace(/^(?:person|name):/, 'n:');

/** A place named by an adjective written small ("tschechischen", "tchèque"): it qualifies a noun, it holds no rank. */
const adjectivePlace = (f: FacetInternal) => f.kind === 'place' && /^\p{Ll}/u.test(f.text);

/** The named thing nearest a rank in its claim ("Ukraine in third place": Ukraine; "Zweiter wurde Baby Lasagna"). */
function holderOf(c: ClaimInternal, rank: FacetInternal, kinds: ReadonlySet<FacetInternal['kind']> = HOLDER_KINDS, skip?: (f: FacetInternal) => boolean): FacetInternal | undefined {
  let best: FacetInternal | undefined;
  let gap = Infinity;
  for (const f of c.facets) {
    if (!kinds.has(f.kind) || skip?.(f)) continue;
    const d = f.start >= rank.end ? f.start - rank.end : rank.start >= f.end ? rank.start - f.end : 0;
    if (d < gap) [best, gap] = [f, d];
  }
  // (A country given as a person's nationality holds nothing itself: "Dritter wurde der Franzose Nicolas Gestin" is
  // Gestin's place, as "Le Français Nicolas Gestin a pris la deuxième place" is.)
  const country = best;
  if (country?.kind === 'place' && kinds.has('person')) return c.facets.find((f) => f.kind === 'person' && nationalityOf(country, f, c.text, c.start)) ?? country;
  return best;
}

/** Most places in one claim read for who holds each (a podium). */
const PODIUM = 3;

/**
 * Places in a ranking, two or three in each claim's sentence and the same ones, each held by the person nearest it (one
 * person per place, the assignment of least distance; a sentence a version cut in pieces, "Zweite wurde … Pilz, | Dritte
 * … Nakamura", is read whole): for each person who holds another place in each, the two places, where they stand in the
 * two claims.
 */
function swappedPlaces(a: SourceView, ca: ClaimInternal, b: SourceView, cb: ClaimInternal): Array<[FacetInternal, FacetInternal]> {
  const [sa, sb] = [sentenceOf(a, ca), sentenceOf(b, cb)];
  const [xa, xb] = [sa.flatMap((c) => slotsOf(c).ordinals), sb.flatMap((c) => slotsOf(c).ordinals)];
  const places = (xs: readonly FacetInternal[]) => xs.length >= 2 && xs.length <= PODIUM && xs.every((r) => !r.unit || r.unit === PLACE_RANK);
  if (!places(xa) || !places(xb) || xa.length !== xb.length) return [];
  const values = (xs: readonly FacetInternal[]) => xs.map((r) => r.value).sort().join();
  if (values(xa) !== values(xb) || new Set(xa.map((r) => r.value)).size !== xa.length) return [];
  const ha = holdersOf(sa, xa);
  const hb = holdersOf(sb, xb);
  // (The same people in both: otherwise the places are another ranking's, or named apart.)
  if (!ha || !hb || !hb.every((h) => ha.some((x) => x.id === h.id))) return [];
  const out: Array<[FacetInternal, FacetInternal]> = [];
  for (let i = 0; i < xa.length; i++) {
    const j = hb.findIndex((h) => h.id === ha[i]!.id);
    if (j >= 0 && xb[j]!.value !== xa[i]!.value && ca.facets.includes(xa[i]!) && cb.facets.includes(xb[j]!)) out.push([xa[i]!, xb[j]!]);
  }
  return out;
}

/** The person holding each place, one each, the assignment of least total distance in the text (undefined if too few). */
function holdersOf(claims: readonly ClaimInternal[], ranks: readonly FacetInternal[]): FacetInternal[] | undefined {
  const people = claims.flatMap((c) => c.facets.filter((f) => f.kind === 'person'));
  if (new Set(people.map((p) => p.id)).size !== people.length || people.length !== ranks.length) return undefined;
  const gap = (r: FacetInternal, f: FacetInternal) => (f.start >= r.end ? f.start - r.end : r.start >= f.end ? r.start - f.end : 0);
  let best: FacetInternal[] | undefined;
  let least = Infinity;
  const walk = (k: number, chosen: FacetInternal[], sum: number) => {
    if (sum >= least) return;
    if (k === ranks.length) {
      [best, least] = [[...chosen], sum];
      return;
    }
    for (const p of people) if (!chosen.includes(p)) walk(k + 1, [...chosen, p], sum + gap(ranks[k]!, p));
  };
  walk(0, [], 0);
  return best;
}

/**
 * Two ranks held by two different competitors that both claims name ("ahead of Baby Lasagna … and Ukraine in
 * third place" / "Zweiter wurde Baby Lasagna … vor der Ukraine"): two facts of one ranking, not one value twice.
 */
/**
 * The one place in a ranking, the same in both claims, that each gives to another person while each source names both
 * people in the claim's sentence, or neither names the other's anywhere: the two holders.
 */
function swappedHolders(a: SourceView, ca: ClaimInternal, xa: readonly FacetInternal[], b: SourceView, cb: ClaimInternal, xb: readonly FacetInternal[]): [FacetInternal, FacetInternal] | undefined {
  if (xa.length !== 1 || xb.length !== 1) return undefined;
  const [ra, rb] = [xa[0]!, xb[0]!];
  if (ra.value !== rb.value || (ra.unit && ra.unit !== PLACE_RANK) || (rb.unit && rb.unit !== PLACE_RANK)) return undefined;
  // (The person nearest each rank: "Arshad Nadeem … finished second"; not one after a word that names a rival, "Zweiter vor
  // dem Slowenen Anze Lanisek", "devant l'Indien Neeraj Chopra".)
  const rival = (v: SourceView, c: ClaimInternal, r: FacetInternal) => {
    const words = getResources(c.lang).rankRivals;
    if (!words.size) return undefined;
    return (f: FacetInternal) => {
      const between = v.text.slice(Math.min(r.end, f.end), Math.max(r.start, f.start));
      return tokenize(between, 0, between.length).some((t) => words.has(t.folded));
    };
  };
  const ha = holderOf(ca, ra, PERSON_KIND, rival(a, ca, ra));
  const hb = holderOf(cb, rb, PERSON_KIND, rival(b, cb, rb));
  if (!ha || !hb || ha.id === hb.id) return undefined;
  // Or a holder each source alone names ("Ott Tanak finished third" / "Dritter wurde … Elfyn Evans", neither naming the other).
  const unknown = (v: SourceView, h: FacetInternal) => !h.anchors.some((x) => v.keyText.has(x.key));
  if (!ranksOfOthers(a, ca, ra, b, cb, rb) && !(unknown(b, ha) && unknown(a, hb))) return undefined;
  return [ha, hb];
}

/** Most words between a rival word and the holder read on either side of it ("followed by Romanians", "devant les Allemands"). */
const RIVAL_AFTER = 4;
const RIVAL_BEFORE = 12;

/** What a holder is, for telling a rival of the same sort: a person or a name, an organisation, a country, a town. */
const holderSort = (f: FacetInternal) => (f.kind === 'person' || f.kind === 'name' ? 'n' : f.id.slice(0, f.id.indexOf(':')));

/**
 * Who leads and who trails in a claim's sentence that names a rival after a rival word ("Germans were again the largest
 * group, followed by Romanians", "Les Roumains ont été les plus nombreux, devant les Allemands", "X finished behind Y"): the
 * holder of the same sort nearest before the word, and the first one after it; after a trailing word ("behind") the rival
 * leads.
 */
function leadOf(view: SourceView, c: ClaimInternal): Lead | undefined {
  // (Read once per sentence: a claim is compared with the claims of every other version, and a sentence may hold many.)
  let bySentence = LEADS.get(view);
  if (!bySentence) LEADS.set(view, (bySentence = new Map()));
  let lead = bySentence.get(c.sentence);
  if (lead === undefined) bySentence.set(c.sentence, (lead = readLead(view, c) ?? null));
  return lead ?? undefined;
}

type Lead = { lead: FacetInternal; trail: FacetInternal };
const LEADS = new WeakMap<SourceView, Map<number, Lead | null>>();

function readLead(view: SourceView, c: ClaimInternal): Lead | undefined {
  const res = getResources(c.lang);
  if (!res.rankRivals.size) return undefined;
  const sentence = sentenceOf(view, c);
  const holders = sentence.flatMap((x) => x.facets.filter((f) => HOLDER_KINDS.has(f.kind) && f.kind !== 'org' && !adjectivePlace(f)));
  if (holders.length < 2) return undefined;
  const tokens = tokenize(view.text, sentence[0]!.start, sentence[sentence.length - 1]!.end);
  const r = tokens.findIndex((t) => res.rankRivals.has(t.folded));
  if (r < 0) return undefined;
  const word = tokens[r]!;
  // How many words lie between two offsets near the rival word, by binary search (a long sentence with many holders stays
  // linear).
  const reach = (from: number, to: number) => Math.max(0, firstFrom(tokens, to) - firstFrom(tokens, from));
  // (A person before a place: "ahead of Norway's Aleksander Aamodt Kilde" names Kilde as the rival, his country as his.)
  // (Named right after the word, no comma between: "3.4 points behind, with Slovenia's Anze Lanisek third" names no rival.)
  const after = holders.filter((f) => f.start >= word.end && reach(word.end, f.start) <= RIVAL_AFTER && !punctuatedGap(view.text, word.end, f.start));
  const rival = after.find((f) => holderSort(f) === 'n') ?? after[0];
  if (!rival) return undefined;
  const own = holders.filter((f) => f.end <= word.start && holderSort(f) === holderSort(rival) && reach(f.end, word.start) <= RIVAL_BEFORE).pop();
  if (!own || holderKey(own) === holderKey(rival)) return undefined;
  return res.trailingRivals.has(word.folded) ? { lead: rival, trail: own } : { lead: own, trail: rival };
}

/**
 * Two claims of one ranking that give its lead each to the other's rival ("Germans were again the largest group, followed by
 * Romanians" / "Les Roumains ont été les plus nombreux, devant les Allemands"): the two leaders, each in its claim.
 */
function swappedLead(a: SourceView, ca: ClaimInternal, b: SourceView, cb: ClaimInternal): [FacetInternal, FacetInternal] | undefined {
  const la = leadOf(a, ca);
  const lb = la && leadOf(b, cb);
  if (!la || !lb) return undefined;
  if (holderKey(la.lead) !== holderKey(lb.trail) || holderKey(la.trail) !== holderKey(lb.lead)) return undefined;
  // (Each leader in the claim compared, so that a sentence cut in pieces reports it once.)
  return ca.facets.includes(la.lead) && cb.facets.includes(lb.lead) ? [la.lead, lb.lead] : undefined;
}

function ranksOfOthers(a: SourceView, ca: ClaimInternal, ra: FacetInternal, b: SourceView, cb: ClaimInternal, rb: FacetInternal): boolean {
  // Places in a ranking only, not counts of rounds ("on the fourth ballot" / "au cinquième tour").
  if ((ra.unit && ra.unit !== PLACE_RANK) || (rb.unit && rb.unit !== PLACE_RANK)) return false;
  // (A country's adjective, written small, holds no place: "lief als Vierter tschechischen Rekord" is no place of the Czech
  // Republic's; "l'Ukraine, troisième", "der Tscheche" may be.)
  // (Nor does a place after a preposition of place, where the fact happens: "sur la péninsule de Reykjanes, en Islande, la
  // quatrième cette année" is the eruption's rank, not Iceland's.)
  const ha = holderOf(ca, ra, HOLDER_KINDS, (f) => adjectivePlace(f) || (f.kind === 'place' && afterPlacePreposition(a, ca, f)));
  const hb = holderOf(cb, rb, HOLDER_KINDS, (f) => adjectivePlace(f) || (f.kind === 'place' && afterPlacePreposition(b, cb, f)));
  if (!ha || !hb || holderKey(ha) === holderKey(hb)) return false;
  // Named in the claim's sentence ("devant le Croate Baby Lasagna, crédité de 537 points, et l'Ukraine, troisième").
  const names = (v: SourceView, c: ClaimInternal) =>
    new Set(v.claims.filter((x) => x.sentence === c.sentence).flatMap((x) => x.facets.filter((f) => HOLDER_KINDS.has(f.kind)).map(holderKey)));
  return names(a, ca).has(holderKey(hb)) && names(b, cb).has(holderKey(ha));
}

/**
 * Whether a claim's sentence in its source states a rank of the same value as `r` (in any of its pieces; of any unit, as
 * one place is written "Zweite" and "la deuxième place").
 */
function rankInSentence(v: SourceView, c: ClaimInternal, r: FacetInternal): boolean {
  for (const x of sentenceOf(v, c)) for (const f of x.facets) if (f.kind === 'ordinal' && f.value === r.value) return true;
  return false;
}

/** The one facet each claim gives in a slot, when their values differ. */
function soleValues(xa: readonly FacetInternal[], xb: readonly FacetInternal[], valueOf: (f: FacetInternal) => unknown): [FacetInternal, FacetInternal] | undefined {
  if (xa.length !== 1 || xb.length !== 1) return undefined;
  return valueOf(xa[0]!) !== valueOf(xb[0]!) ? [xa[0]!, xb[0]!] : undefined;
}

/** Characters looked at before a country for the preposition of place that opens it ("in", "près de", "aux"). */
const PREPOSITION_CHARS = 16;

/** Whether a preposition of place of the claim's language stands right before facet f ("in Norway", "en Suède"). */
function afterPlacePreposition(v: SourceView, c: ClaimInternal, f: FacetInternal): boolean {
  const from = Math.max(c.start, f.start - PREPOSITION_CHARS);
  const tokens = tokenize(v.text, from, f.start);
  if (!tokens.length || !/^\s+$/.test(v.text.slice(tokens[tokens.length - 1]!.end, f.start))) return false;
  const preps = getResources(c.lang).placePrepositions;
  for (let k = 0; k < tokens.length; k++) if (k + (preps.at(tokens, k)?.length ?? -1) === tokens.length) return true;
  return false;
}

/** Two claims that each name one country only, each after a preposition of place, not the same: where each places its fact. */
function locatedCountries(a: SourceView, ca: ClaimInternal, xa: readonly FacetInternal[], b: SourceView, cb: ClaimInternal, xb: readonly FacetInternal[]): [FacetInternal, FacetInternal] | undefined {
  const pair = soleValues(xa, xb, (f) => f.id);
  return pair && afterPlacePreposition(a, ca, pair[0]) && afterPlacePreposition(b, cb, pair[1]) ? pair : undefined;
}

/** How far after a country's adjective the noun it qualifies starts (a space, or a space and a hyphen). */
const QUALIFIED_GAP = 2;

/** The concepts of the word right after a country's adjective in a claim: the thing it qualifies ("Brazilian documentary"). */
function qualifiedBy(c: ClaimInternal, country: FacetInternal): string[] {
  return c.facets.filter((f) => f.kind === 'concept' && f.start > country.end && f.start - country.end <= QUALIFIED_GAP).map((f) => f.id);
}

/**
 * Whether a country of one claim and another country of the other qualify a thing of one concept ("a Brazilian
 * documentary" / "einen chilenischen Dokumentarfilm"): then the two may be two values of one slot, even where one claim is
 * only a piece of the other's partner's sentence (conflictsBetween still compares only countries the other source names
 * nowhere).
 */
function sameThingAfter(ca: ClaimInternal, cb: ClaimInternal): boolean {
  const xa = slotsOf(ca).countries;
  const xb = slotsOf(cb).countries;
  return xa.some((f) => {
    const things = qualifiedBy(ca, f);
    return things.length > 0 && xb.some((g) => g.id !== f.id && qualifiedBy(cb, g).some((id) => things.includes(id)));
  });
}

/**
 * The one value in which two claims that give as many values of a kind differ, the others being
 * the same ("third victory of the season, the 14th of her career" / "troisième victoire …, la 15e").
 */
function oddOnes(xa: readonly FacetInternal[], xb: readonly FacetInternal[], valueOf: (f: FacetInternal) => unknown): [FacetInternal, FacetInternal] | undefined {
  if (xa.length !== xb.length || xa.length === 0 || xa.length > 4) return undefined;
  const restB = [...xb];
  const restA: FacetInternal[] = [];
  for (const f of xa) {
    const at = restB.findIndex((g) => valueOf(g) === valueOf(f));
    if (at >= 0) restB.splice(at, 1);
    else restA.push(f);
  }
  return restA.length === 1 && restB.length === 1 ? [restA[0]!, restB[0]!] : undefined;
}

/** Two ranks of things that share no kind ("his second world title" / "sa première médaille mondiale", a piece of a
 * partner's sentence): no one slot. (Between partners themselves, units read in two languages differ too often.) */
function otherThings(a: FacetInternal, b: FacetInternal): boolean {
  const ua = a.units ?? (a.unit ? [a.unit] : []);
  const ub = b.units ?? (b.unit ? [b.unit] : []);
  return ua.length > 0 && ub.length > 0 && !ua.some((u) => ub.includes(u));
}

/** A place in a ranking against the rank of a thing counted ("Weltranglistenerste" / "son deuxième Open d'Australie"):
 * the place is one unit in every language, so the two are no one slot. */
function placeAgainstThing(a: FacetInternal, b: FacetInternal): boolean {
  return (a.unit === PLACE_RANK) !== (b.unit === PLACE_RANK) && !!a.unit && !!b.unit;
}

/**
 * Two ranks of one unit, the only rank of that unit in each claim, that differ, whatever other ranks the claims
 * give ("averti une deuxième fois à la 67e minute" / "in der 71. Minute Gelb-Rot gesehen").
 */
function ranksOfOneUnit(xa: readonly FacetInternal[], xb: readonly FacetInternal[]): [FacetInternal, FacetInternal] | undefined {
  for (const f of xa) {
    if (!f.unit) continue;
    const inB = xb.filter((g) => g.unit === f.unit);
    if (inB.length === 1 && inB[0]!.value !== f.value && xa.filter((g) => g.unit === f.unit).length === 1) return [f, inB[0]!];
  }
  return undefined;
}

/**
 * Concepts that say which match of a tie a score is: the first leg, the second, or both together; or which part of one
 * match: the score at half-time ("trailing 10-16 at half-time" against a final "28:16" is no other value).
 */
const LEGS = new Set(['concept:first-leg', 'concept:second-leg', 'concept:aggregate', 'concept:halftime-score']);
/** How far from a score, in characters, the words naming its leg may stand. */
const LEG_REACH = 40;

/** The leg a score belongs to: the nearest leg concept within reach in its claim, if any. */
function legOf(c: ClaimInternal, score: FacetInternal): string | undefined {
  let best: string | undefined;
  let gap = LEG_REACH + 1;
  for (const f of c.facets) {
    if (f.kind !== 'concept' || !LEGS.has(f.id)) continue;
    const d = f.start >= score.end ? f.start - score.end : score.start >= f.end ? score.start - f.end : 0;
    if (d < gap) {
      gap = d;
      best = f.id;
    }
  }
  return best;
}

/** A date's month key ("month:06"). */
function monthOf(f: FacetInternal): string | undefined {
  return f.anchors.find((x) => x.key.startsWith('month:'))?.key;
}

/** Whether two claims each give one month (or one year, by `periodOf`), the same, and name two different parts of it ("mid-March" / "fin mars"). */
function otherThirds(xa: readonly FacetInternal[], xb: readonly FacetInternal[], periodOf: (f: FacetInternal) => string | undefined = monthOf): boolean {
  if (xa.length !== 1 || xb.length !== 1) return false;
  const [x, y] = [xa[0]!, xb[0]!];
  return !!x.monthPart && !!y.monthPart && x.monthPart !== y.monthPart && periodOf(x) === periodOf(y);
}

/** The month given nearest to a value in its claim's slots. */
function monthNear(slots: ClaimSlots, q: FacetInternal): string | undefined {
  let best: FacetInternal | undefined;
  const gap = (f: FacetInternal) => (f.start >= q.end ? f.start - q.end : q.start - f.end);
  for (const f of slots.months) if (!best || gap(f) < gap(best)) best = f;
  return best && monthOf(best);
}

/**
 * Whether a baseline and another claim's value are given for one month, which the baseline's claim tells from the
 * month of its other values (it names two months).
 */
function sameMonth(withBaseline: ClaimSlots, baseline: FacetInternal, other: ClaimSlots, value: FacetInternal): boolean {
  if (new Set(withBaseline.months.map(monthOf)).size < 2) return false;
  const m = monthNear(withBaseline, baseline);
  return m !== undefined && m === monthNear(other, value);
}

/** A date facet that is a year alone. */
const YEAR_ALONE = /^date:\d{4}$/;
/** A date facet that is a year things have run since ("since 2013", "depuis 2011", "seit 2013"). */
const YEAR_SINCE = /^date:>=\d{4}$/;
/** A date facet that is a span of years. */
const YEAR_SPAN = /^date:\d{4}\/\d{4}$/;
/** A date facet that is a year by its distance from the year of writing ("date:year+1"). */
const YEAR_RELATIVE = /^date:year[+-]\d+$/;

/** The anchor key of a year facet ("year:2023"). */
function yearOf(f: FacetInternal): string | undefined {
  return f.anchors.find((x) => x.key.startsWith('year:'))?.key;
}

/** Minutes within which a time a word names ("shortly before noon", "vers midi") meets a clock time. */
const NAMED_TIME_SPAN = 60;
/** A clock time's id ("time:12:00"): its hours and minutes. */
const CLOCK_ID = /^time:(\d{2}):(\d{2})$/;

/**
 * Whether a weekday is named by the other source only as another part of the week's nights, so that the two differ
 * though one key meets: a night is named by the day it leads to ("in der Nacht zum Sonntag", language data
 * nightBefore) and is the evening of the day before. A day taken in its morning ("early on Saturday", "Samstagmorgen")
 * against that night is a night earlier; a day taken in its evening ("dimanche soir", "Tuesday night") against the
 * night that leads to it a night later; and that night against such an evening the same.
 */
function otherNight(other: SourceView, slots: ClaimSlots, day: FacetInternal): boolean {
  const part = partOfDay(slots, day);
  const named = weekdaysOf(other).get(day.id) ?? NO_DAYS;
  if (part === MORNING) return !named.length;
  if (part === EVENING) return named.length > 0 && named.every(([, f]) => nightBefore(f));
  return nightBefore(day) && named.length > 0 && named.every(([c, f]) => partOfDay(slotsOf(c), f) === EVENING);
}
const MORNING = 'daypart:morning';
const EVENING = 'daypart:evening';
const NO_DAYS: ReadonlyArray<readonly [ClaimInternal, FacetInternal]> = [];

/** The part of the day written beside a weekday ("early on Saturday", "Tuesday night", "Samstagmorgen"), if any. */
function partOfDay(slots: ClaimSlots, day: FacetInternal): string | undefined {
  return slots.dayParts.find((p) => Math.abs(day.start - p.end) <= 1 || Math.abs(p.start - day.end) <= 1 || (p.start === day.start && p.end === day.end))?.id;
}

/** Whether a weekday names the night that leads to it (its facet holds the day before as a key too). */
function nightBefore(f: FacetInternal): boolean {
  return f.anchors.some((x) => x.key !== f.id && x.key.startsWith('weekday:'));
}

/** A source's weekdays by id, with the claim of each (gathered once per source). */
const weekdaysBySource = new WeakMap<SourceView, Map<string, Array<readonly [ClaimInternal, FacetInternal]>>>();
function weekdaysOf(view: SourceView): ReadonlyMap<string, ReadonlyArray<readonly [ClaimInternal, FacetInternal]>> {
  let map = weekdaysBySource.get(view);
  if (!map) {
    map = new Map();
    for (const c of view.claims) for (const f of c.facets) if (f.kind === 'weekday') {
      const list = map.get(f.id);
      if (list) list.push([c, f]);
      else map.set(f.id, [[c, f]]);
    }
    weekdaysBySource.set(view, map);
  }
  return map;
}

/** Whether two times, one of them named by a word ("noon", "Mittag"), lie within an hour of each other: no conflict. */
function nearNamedTime(x: FacetInternal, y: FacetInternal): boolean {
  if (/\d/.test(x.text) && /\d/.test(y.text)) return false;
  const [mx, my] = [CLOCK_ID.exec(x.id), CLOCK_ID.exec(y.id)];
  if (!mx || !my) return false;
  const minutes = (m: RegExpExecArray) => Number(m[1]) * 60 + Number(m[2]);
  const d = Math.abs(minutes(mx) - minutes(my));
  return Math.min(d, 1440 - d) <= NAMED_TIME_SPAN;
}

/** Slots compared value against value, and the kind of conflict they report. */
const VALUE_SLOTS: ReadonlyArray<readonly [Conflict['kind'], 'weekdays' | 'times' | 'dayParts' | 'cities']> = [['date', 'weekdays'], ['date', 'times'], ['date', 'dayParts'], ['place', 'cities']];
/** The prefix of a part of the day's id ("daypart:morning"; language data dayParts). */
const DAY_PART = 'daypart:';

/** Bigram similarity at which two town names are taken for spellings of one name. */
const SAME_NAME = 0.6;
/** The same for two names whose first letters differ. */
const OTHER_START_NAME = 0.75;
/** Letters of a name that another holding it whole names a part of ("Darfur" in "Nord-Darfur"). */
const NAME_INSIDE = 4;

/** The consonants of a name's key, each once in a row: "Muscat", "Maskat" and "Mascate" are m-s-k-t. */
function skeleton(name: string): string {
  return nameKey(name).replace(/c(?=[aou]|$)/g, 'k').replace(/[aeiou]/g, '').replace(/(.)\1+/g, '$1');
}

/**
 * Two spellings of one name are no conflict: a town's ("Sevilla" / "Séville"; "Muscat" / "Maskat" / "Mascate"),
 * a person's ("Pope Francis" / "le pape François"): similar letters, or the same consonants (of at least three),
 * one run the start of the other.
 */
function sameName(a: string, b: string): boolean {
  const [fa, fb] = [fold(a), fold(b)];
  // (Names that start apart share their letters less: "Gotland" / "Öland" share an ending, and are two islands.)
  const score = surfaceScore(fa, fb);
  if (score >= (fa[0] === fb[0] ? SAME_NAME : OTHER_START_NAME)) return true;
  // (One name holding the other whole names a part of it: "Darfur" / "Nord-Darfur".)
  if (Math.min(fa.length, fb.length) >= NAME_INSIDE && (fa.includes(fb) || fb.includes(fa))) return true;
  const [x, y] = [skeleton(a), skeleton(b)];
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if ((short.length >= 3 && long.startsWith(short)) || (short.length >= LONG_SKELETON && oneEditApart(short, long))) return true;
  // (A name of several words is known by its last, whatever words the other source puts before it: "Blue Lagoon" /
  // "Thermalbad Blaue Lagune".)
  const lastA = a.slice(a.lastIndexOf(' ') + 1);
  const lastB = b.slice(b.lastIndexOf(' ') + 1);
  if ((lastA !== a || lastB !== b) && skeleton(lastA).length >= 3 && skeleton(lastA) === skeleton(lastB)) return true;
  // (Nor is one word of a name told alone, its first, where the rest is a common word of the other version's language:
  // "at Sky Harbor airport", read as "Sky", against "l'aéroport de Sky Harbor".)
  const [one, several] = a.includes(' ') === b.includes(' ') ? [undefined, undefined] : a.includes(' ') ? [fb, fa] : [fa, fb];
  return !!one && !!several && several.startsWith(`${one} `);
}

/** Consonants a name must have for one letter more, less or other to be a spelling ("Jeliazkov" / "Scheljaskow": the
 * French J and the German Sch of one sound). */
const LONG_SKELETON = 6;

/** Whether two strings differ by one letter inserted, dropped or replaced (the shorter first). */
function oneEditApart(short: string, long: string): boolean {
  if (long.length - short.length > 1) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  // (The rest after the one difference: equal lengths replace a letter, else the longer inserts one.)
  return short.length === long.length ? short.slice(i + 1) === long.slice(i + 1) : short.slice(i) === long.slice(i + 1);
}

const DIGIT = /\d/;

/** Whether `b`'s value lies in the range a plural approximation `a` admits ("dozens": 12 to 120). */
function within(a: FacetInternal, b: FacetInternal): boolean {
  return a.upTo !== undefined && b.value! >= a.value! && b.value! <= a.upTo;
}

/** How far two approximate values must be apart to contradict each other (a vague word such as "dozens" against a number). */
const APPROX_SHARE = 0.25;
/** The same for two approximations both written in digits ("about 3.5 billion" / "environ 3 milliards"): closer is still different. */
const APPROX_SHARE_DIGITS = 0.1;
const APPROX_POINTS = 5;
/** Largest whole count whose hedged values ("about eight", "rund neun") differ by any amount. */
const SMALL_COUNT = 12;
/** Two values of one unit this many times apart or more are no contradiction of each other. */
const MAGNITUDE = 1000;

/**
 * Whether two different values are far enough apart to contradict each other: exact ones always are;
 * approximations only by a quarter, or five points of a percentage ("une soixantaine" / "etwa 90").
 */
function farApart(x: FacetInternal, y: FacetInternal): boolean {
  // (One value is no two: "12 centres" / "12 Standorten", whatever each counts.)
  if (x.value === y.value) return false;
  // (A value converted from another scale is the same within a unit: "above 110 degrees" is 43.3, "über 43 Grad".)
  if ((x.converted || y.converted) && Math.abs(x.value! - y.value!) < 1) return false;
  if (!x.comparator?.includes('~') && !y.comparator?.includes('~')) return true;
  // Two vague plurals are apart where their ranges do not meet ("dozens" / "des centaines": under a hundred, a hundred
  // or more).
  if (x.upTo !== undefined && y.upTo !== undefined) return x.upTo <= y.value! || y.upTo <= x.value!;
  // "Dozens" admits "about 40"; "des centaines" admits 300.
  if (within(x, y) || within(y, x)) return false;
  const gap = Math.abs(x.value! - y.value!);
  // Two small whole counts, only hedged ("about eight hours" / "rund neun Stunden"), differ by any amount; not a round
  // word ("une dizaine").
  if (!x.rounded && !y.rounded && Number.isInteger(x.value) && Number.isInteger(y.value) && Math.max(x.value!, y.value!) <= SMALL_COUNT) return gap >= 1;
  const digits = DIGIT.test(x.text) && DIGIT.test(y.text);
  // (A number word that is no round word is as precise as its digits: "about 10 million" / "rund zwölf Millionen".)
  const share = digits || (!x.rounded && !y.rounded) ? APPROX_SHARE_DIGITS : APPROX_SHARE;
  // (The larger size, below zero too: "about minus 10 degrees" / "environ moins 5 degrés".)
  const top = Math.max(Math.abs(x.value!), Math.abs(y.value!));
  // (Two small percentages in digits by the share, not the points: "about 21%" / "rund 25 Prozent".)
  const points = digits ? Math.min(APPROX_POINTS, share * top) : APPROX_POINTS;
  // (Both given to a decimal, "about 31.7%" / "rund 34,7 Prozent", the hedge is on the decimal: a whole unit apart is
  // a contradiction.)
  if (digits && !Number.isInteger(x.value) && !Number.isInteger(y.value) && gap >= 1) return true;
  if (x.unit === 'percent') return gap >= points;
  // Two hedged counts in digits are apart when they differ by the rounding of the coarser one or more
  // ("about 19,500" / "environ 21 000": rounded to the thousand, 21,000 does not reach 19,500; "around 150 million" / "environ 160 millions", a step of ten million apart).
  if (digits && Number.isInteger(x.value) && Number.isInteger(y.value) && gap >= Math.max(roundingOf(x.value!), roundingOf(y.value!))) return true;
  return gap / top >= share;
}

/** The place of a whole number's last digit other than zero: 19,500 is rounded to the hundred, 21,000 to the thousand. */
function roundingOf(v: number): number {
  let step = 1;
  while (v !== 0 && v % (step * 10) === 0 && step < 1e12) step *= 10;
  return step;
}

/** Days in a unit of the calendar (a month and a year on average). */
const DAYS_IN: Readonly<Record<string, number>> = { MIN: 1 / 1440, H: 1 / 24, D: 1, W: 7, M: 30.44, Y: 365.25 };

/** How close two lengths in days may be and still be one length told in two units ("18 months" / "anderthalb Jahre"). */
const SAME_LENGTH = 0.1;

/**
 * Whether a length of time is the only one its claim gives, and no age: two lengths in different units are compared only
 * then ("by 72 hours" / "um fünf Tage"; not "de 23 heures à 6 heures pendant deux semaines", nor "Abe, 24 ans").
 */
function onlyDuration(qs: readonly FacetInternal[], q: FacetInternal): boolean {
  return q.kind === 'duration' && !q.age && qs.every((o) => o === q || o.kind !== 'duration');
}

/**
 * Two measures of one dimension in different units, each the only measure of it its claim gives, as values in the base
 * unit that farApart can compare (undefined unless they differ by more than two ways of telling one measure do:
 * "10 miles" / "16 kilomètres" is one distance).
 */
function inBase(qsx: readonly FacetInternal[], x: FacetInternal, qsy: readonly FacetInternal[], y: FacetInternal): [FacetInternal, FacetInternal] | undefined {
  if (x.kind !== 'quantity' || y.kind !== 'quantity' || x.value === undefined || y.value === undefined || !x.unit || !y.unit) return undefined;
  const [bx, by] = [inBaseUnit(x.value, x.unit), inBaseUnit(y.value, y.unit)];
  if (!bx || !by || bx.dimension !== by.dimension) return undefined;
  const only = (qs: readonly FacetInternal[], q: FacetInternal) => qs.every((o) => o === q || !o.unit || dimensionOf(o.unit) !== bx.dimension);
  if (!only(qsx, x) || !only(qsy, y) || Math.abs(bx.value - by.value) <= SAME_LENGTH * Math.max(bx.value, by.value)) return undefined;
  return [{ ...x, value: bx.value, unit: bx.dimension }, { ...y, value: by.value, unit: by.dimension }];
}

/**
 * Two lengths of time in calendar units, as lengths in days that farApart can compare (undefined unless both are
 * such lengths and they differ by more than two ways of telling one length do).
 */
function inDays(x: FacetInternal, y: FacetInternal): [FacetInternal, FacetInternal] | undefined {
  const dx = x.kind === 'duration' ? DAYS_IN[x.unit!] : undefined;
  const dy = y.kind === 'duration' ? DAYS_IN[y.unit!] : undefined;
  if (!dx || !dy || x.value === undefined || y.value === undefined) return undefined;
  const [vx, vy] = [x.value * dx, y.value * dy];
  if (Math.abs(vx - vy) <= SAME_LENGTH * Math.max(vx, vy)) return undefined;
  return [{ ...x, value: vx, unit: 'D' }, { ...y, value: vy, unit: 'D' }];
}

/** How far apart, as a ratio, two values told as the odd ones of two claims' values may be and still be one slot's. */
const MIXED_RATIO = 3;

/** Same slot, different values, between claims of one group. */
export function conflictsBetween(a: SourceView, b: SourceView, ids: ReadonlyMap<ClaimInternal, string>): Conflict[] {
  const out: Conflict[] = [];
  // Only the claims of A that share a group with B: no scan over all groups per pair.
  for (const ca of a.claims) {
    // A claim with no value, place or speaker fills no slot: nothing of it can conflict (most claims; pairs
    // grow with the square of the sources, so its counterparts are not looked for).
    const fa = slotsOf(ca);
    // (Nor does one whose only detail is a person the other source names: see strangers.)
    const strangersA = strangers(ca, b);
    if (fa === NO_SLOTS && !ca.speaker && !strangersA.length) continue;
    const partners = counterparts(ca, a, b);
    if (!partners.length) continue;
    // A claim that says only where and when (a dateline) meets its partners only.
    const whereWhen = whereWhenOnly(ca);
    const own = partnersIn(ca, b.id);
    let loneRanks: ReadonlySet<string> | undefined;
    for (const cb of partners) {
      // A piece of a partner's sentence, not a partner itself: its values are checked for the same unit
      // only (not "13 Punkte weniger" against "470 points"), and not against a dateline.
      const extra = !own.includes(cb);
      // A piece of the sentence before or after a partner's, not of a partner's own sentence (nor of the next one, where
      // that opens with a subject pronoun: it goes on with the partner's sentence, see goesOn).
      const neighbour = extra && own.every((p) => p.sentence !== cb.sentence && !goesOn(p, cb));
      if (extra && (whereWhen || whereWhenOnly(cb))) continue;
      // A piece met only for the day it gives is compared for its day only ("Un suspect a été acquitté lundi" is
      // aligned with "One suspect was acquitted"; it meets "two others were sentenced … on Monday" for the day).
      // (And for a rank of a unit that the claim gives and none of its partners: see counterparts.)
      const fb = extra && !neighbour && checkedIn(cb, a.id, false) ? daysOf(slotsOf(cb), (loneRanks ??= loneRankUnits(fa, own))) : slotsOf(cb);
      // Quantities with the same unit and different values, neither value stated by the other side.
      for (const qa of fa.quantities) {
        for (const qb of fb.quantities) {
          // Two lengths of time in different calendar units are compared in days ("about a week" / "environ un mois").
          // So are two measures of one dimension in different units, in its base unit ("2.4 kilometres" / "700 mètres").
          // (Against a piece of a partner's sentence, lengths of time only: "will operate as an 18-month pilot | and can take up
          // to 100 clients a day" against "fonctionnera à titre expérimental pendant deux ans et pourra accueillir …".)
          const lengths = qa.unit !== qb.unit && onlyDuration(fa.quantities, qa) && onlyDuration(fb.quantities, qb);
          const converted = qa.unit !== qb.unit && (!extra || (lengths && (!neighbour || !own.length))) ? (lengths ? inDays(qa, qb) : inBase(fa.quantities, qa, fb.quantities, qb)) : undefined;
          if (converted) {
            if (!qa.age !== !qb.age || !farApart(converted[0], converted[1]) || states(b, qa) || states(a, qb)) continue;
            out.push({ kind: 'quantity', a: span(ca, qa, a.text, ids), b: span(cb, qb, b.text, ids) });
            continue;
          }
          // Parts of wholes of one size are parts of one whole, whatever each calls it ("120 of its 380 branches" /
          // "210 de ses 380 agences").
          const ofOneWhole = qa.outOf !== undefined && qa.outOf === qb.outOf;
          // (Against a piece, one unit, or two the lexicon reads alike: "18 blessées", the wounded, against "23 weitere wurden
          // verletzt", the injured; or others counted as the same casualties, "injuring seven guests" / "blessant neuf clients".)
          const sameCasualty = qa.casualty !== undefined && qa.casualty === qb.casualty;
          if (!(sameUnit(qa, qb) || ofOneWhole) || (extra && !alikeUnits(qa, qb) && !ofOneWhole && !sameCasualty)) continue;
          // The sentence before or after a partner is looked at for a value the partners do not give: where a partner
          // already has another count of this unit ("mit acht Runs Vorsprung"), a count of it in the next sentence
          // ("177 Runs") is another fact. (One that repeats the partner's count, "Zwölf Tote" then "zwölf Menschen", is the same.)
          if (neighbour && own.some((p) => slotsOf(p).quantities.some((q) => q.unit === qa.unit && q.value !== qb.value))) continue;
          // A partner met through another piece of the claim's sentence that counts in this unit is that piece's: the
          // claim's count is another one ("Hayes-Davis a inscrit 23 points …, | qui menait de 15 points à la mi-temps"
          // against "Bester Werfer war Nigel Hayes-Davis mit 25 Punkten").
          if (extra && siblingCounts(a, ca, cb, b, qa)) continue;
          // A unanimous vote contradicts only a tally with votes against ("unanimously" / "fünf zu zwei Stimmen").
          if (qa.unanimous || qb.unanimous) {
            const other = qa.unanimous ? qb : qa;
            if (!other.unanimous && other.kind === 'score' && other.value! % 100 > 0) out.push({ kind: 'quantity', a: span(ca, qa, a.text, ids), b: span(cb, qb, b.text, ids) });
            continue;
          }
          if (qb.value === qa.value) continue;
          // Some of the patients ("Quatre des patients … sont morts") are a part of all of them ("14 Patienten"), not another count.
          if (!qa.partitive !== !qb.partitive) continue;
          // A baseline ("41 percent, down from 63 percent") is not compared with another claim's only value of its unit
          // ("36 %"), which is the value it is the baseline of; with one of two values, it may be ("14.4% from 21%").
          // (Unless both are given for one month that the baseline's claim tells from its other value's: "4,1 % en août,
          // contre 3,4 % en juillet" against "Im Juli hatte die Teuerung noch bei 3,6 Prozent gelegen".)
          if (!qa.baseline !== !qb.baseline && (qa.baseline ? fb : fa).quantities.filter((q) => sameUnit(q, qa.baseline ? qb : qa)).length < 2 && !(qa.baseline ? sameMonth(fa, qa, fb, qb) : sameMonth(fb, qb, fa, qa))) continue;
          // The whole a part is counted out of ("89 der 150 Abgeordneten") is no count of its own; votes against are not those for.
          if (!qa.whole !== !qb.whole || againstOf(a, ca, qa) !== againstOf(b, cb, qb)) continue;
          // An age is compared with the other claim's age, not with a length of time beside it ("Kamali, 52, who
          // was banned for seven years" / "Âgé de 54 ans").
          if (!qa.age !== !qb.age && (qa.age ? fb : fa).quantities.some((f) => f.age)) continue;
          // A span over which something happened ("12,000 packs over four years") is compared with another claim's length
          // only where its own sentence gives no other length of its unit: "sentenced … to two years and eight months … over
          // four years" against "zu drei Jahren und acht Monaten" compares the sentences.
          if (!qa.period !== !qb.period) {
            const [spanned, view, c] = qa.period ? [qa, a, ca] : [qb, b, cb];
            if (sentenceOf(view, c).some((s) => slotsOf(s).quantities.some((f) => f.kind === 'duration' && !f.period && !f.age && f.unit === spanned.unit))) continue;
          }
          // Of two people's ages, each is compared with the other claim's age of the same value, if it gives one ("Claire
          // Dumont, 41," / "Die 41-jährige Lehrerin … und ihr 72 Jahre alter Lebensgefährte"; "aged 15 to 24" / "24-jährigen").
          if (qa.age && qb.age && (fb.quantities.some((f) => f.age && f.value === qa.value) || fa.quantities.some((f) => f.age && f.value === qb.value))) continue;
          // The score of a first leg, of a second leg and over both are three facts ("5-2 aggregate" / "2-1 à l'aller").
          if (qa.kind === 'score' && legOf(ca, qa) !== legOf(cb, qb)) continue;
          if (!farApart(qa, qb)) continue;
          if (statesFree(b, qa, a.id, ca, cb) || statesFree(a, qb, b.id, cb, ca)) continue;
          // Amounts three orders of magnitude apart are a total and a part, not two values of one slot
          // ("The total could exceed 30 million euros" / "jusqu'à 5 000 euros" each).
          // (Sizes, whatever their sign: "minus 8 degrees" / "moins 6 degrés" are two values of one slot.)
          const [sizeA, sizeB] = [Math.abs(qa.value!), Math.abs(qb.value!)];
          if (Math.max(sizeA, sizeB) > MAGNITUDE * Math.min(sizeA, sizeB)) continue;
          if (bothStatedByThird(ca, cb, qa, qb)) continue;
          out.push({ kind: 'quantity', a: span(ca, qa, a.text, ids), b: span(cb, qb, b.text, ids) });
        }
      }
      // A bare number, the only value of each of two aligned claims ("including six in intensive care" /
      // "dont huit en soins intensifs"): what it counts is what the rest of the claims share.
      // (Or the one bare number in which two claims that give as many differ: "from 32 to 24" / "de 32 à 22".)
      // (Or beside counts that both claims give alike: "rose 10 percent to more than 7,500" / "de 10 % à plus de 5 700".)
      const sameCounts = fa.quantities.length === fb.quantities.length && fa.quantities.every((f) => fb.quantities.some((g) => g.id === f.id));
      const bare = sameCounts ? (soleValues(fa.numbers, fb.numbers, (f) => f.value) ?? (fa.quantities.length ? undefined : oddOnes(fa.numbers, fb.numbers, (f) => f.value))) : undefined;
      if (bare && !states(b, bare[0]) && !states(a, bare[1])) out.push({ kind: 'quantity', a: span(ca, bare[0], a.text, ids), b: span(cb, bare[1], b.text, ids) });
      // A bare number against a count, the only value of each ("une soixantaine d'entre eux" / "etwa 90 Tiere"), far
      // enough apart for an approximation. (Not against a piece of a partner's sentence: a bare number has no unit to
      // check, "while Ryanair said it had to scrap about 80" against "ITA Airways a annulé 51 vols".)
      else if (!bare && !(extra && namesOwn(ca, cb))) {
        const [na, qb] = !fa.quantities.length && !fb.numbers.length ? [fa.numbers, fb.quantities] : [[], []];
        const [qa, nb] = !fb.quantities.length && !fa.numbers.length ? [fa.quantities, fb.numbers] : [[], []];
        // So is a count of a word for any of its kind against a count of one kind ("etwa 90 Tiere" / "une soixantaine
        // d'entre eux", the whales), again the only value of each.
        const generic = fa.quantities.length === 1 && fb.quantities.length === 1 && !fa.numbers.length && !fb.numbers.length && fa.quantities[0]!.unit !== fb.quantities[0]!.unit && (GENERIC_UNITS.has(fa.quantities[0]!.unit!) || GENERIC_UNITS.has(fb.quantities[0]!.unit!));
        // (Or the one bare number in which two claims that give as many values differ, the others counts: "from 12 to seven" /
        // "de 14 à sept membres".)
        const odd = (xs: readonly FacetInternal[], ys: readonly FacetInternal[]) => (xs.length >= 2 ? oddOnes(xs, ys, (f) => f.value) : undefined);
        // (Or the one value in which two claims that give as many values differ, counts and bare numbers together, one of
        // the two a bare number: "fell to 231 last year from 264 in 2023" / "est passé de 264 … à 213", the French 264
        // counted as the dead.)
        const mixed = () => {
          const [xa, xb] = [[...fa.quantities, ...fa.numbers], [...fb.quantities, ...fb.numbers]];
          const p = xa.length >= 2 ? oddOnes(xa, xb, (f) => f.value) : undefined;
          // (Two values of one size: not a sign or a scale read on one side only, "below minus 20" / "moins 20 degrés",
          // "33 million" / "33 millions".)
          const near = p && p[0].value! > 0 && p[1].value! > 0 && Math.max(p[0].value!, p[1].value!) < MIXED_RATIO * Math.min(p[0].value!, p[1].value!);
          return p && near && (p[0].kind === 'number' || p[1].kind === 'number') ? p : undefined;
        };
        let pair = soleValues(na, qb, (f) => f.value) ?? soleValues(qa, nb, (f) => f.value) ?? (generic ? ([fa.quantities[0]!, fb.quantities[0]!] as const) : undefined) ?? odd(na, qb) ?? odd(qa, nb) ?? (extra ? undefined : mixed());
        // (Nor a bare number against the count of a partner that another piece of its sentence counts in: "who led by 15 at
        // half-time" beside "scored 23 points", against "mit 25 Punkten".)
        if (pair && extra && pair[1].kind === 'quantity' && siblingCounts(a, ca, cb, b, pair[1])) pair = undefined;
        // (Counts only: no score, length of time or age, and no vague plural such as "thousands" or "dozens".)
        const plain = (f: FacetInternal) => (f.kind === 'number' || f.kind === 'quantity') && f.upTo === undefined && !f.age;
        if (pair && plain(pair[0]) && plain(pair[1]) && farApart(pair[0], pair[1]) && !states(b, pair[0]) && !states(a, pair[1])) out.push({ kind: 'quantity', a: span(ca, pair[0], a.text, ids), b: span(cb, pair[1], b.text, ids) });
      }
      // Ranks ("third Grand Slam title" / "quatrième titre") and months named without a day ("in June" /
      // "im Juli"): one in each of two aligned claims, and different. (A rank is often stated again for
      // something else elsewhere, "la troisième manche": only the claims count.)
      // (A piece aligned with claims of other sentences of A that count something else: ranks of the same unit only.)
      const alignedElsewhere = extra && partnersIn(cb, a.id).some((p) => p.sentence !== ca.sentence);
      const ranks = (alignedElsewhere ? undefined : oddOnes(fa.ordinals, fb.ordinals, (f) => f.value)) ?? ranksOfOneUnit(fa.ordinals, fb.ordinals);
      // (A rank the other sentence states too, for someone else of its ranking, is no other value: "Zweite wurde Andrade …,
      // Dritte Jones" against "Andrade a pris la deuxième place".)
      if (ranks && !(extra && otherThings(ranks[0], ranks[1])) && !placeAgainstThing(ranks[0], ranks[1]) && !ranksOfOthers(a, ca, ranks[0], b, cb, ranks[1]) && !bothStatedByThird(ca, cb, ranks[0], ranks[1]) && !rankInSentence(b, cb, ranks[0]) && !rankInSentence(a, ca, ranks[1])) out.push({ kind: 'quantity', a: span(ca, ranks[0], a.text, ids), b: span(cb, ranks[1], b.text, ids) });
      // One place in a ranking held by two different people, each source naming both ("Nadeem finished second, ahead
      // of Chopra" / "Zweiter wurde Chopra vor Nadeem"): who holds it conflicts.
      const holders = extra ? undefined : swappedHolders(a, ca, fa.ordinals, b, cb, fb.ordinals);
      // Or the lead of one ranking given to each other's rival, with or without a rank ("the largest group, followed by
      // Romanians" / "les plus nombreux, devant les Allemands"): who leads conflicts.
      const lead = extra || holders ? undefined : swappedLead(a, ca, b, cb);
      if (holders) out.push({ kind: 'person', a: span(ca, holders[0], a.text, ids), b: span(cb, holders[1], b.text, ids) });
      else if (lead) out.push({ kind: lead[0].kind === 'place' ? 'place' : 'person', a: span(ca, lead[0], a.text, ids), b: span(cb, lead[1], b.text, ids) });
      // The same places given to the same people the other way round ("Nakamura finished second and Pilz third" / "Zweite
      // wurde Pilz, Dritte Nakamura"): each person's place conflicts.
      else if (!extra && (fa.ordinals.length || fb.ordinals.length)) for (const [ra, rb] of swappedPlaces(a, ca, b, cb)) out.push({ kind: 'quantity', a: span(ca, ra, a.text, ids), b: span(cb, rb, b.text, ids) });
      // (Or the one month in which two claims that give as many differ: "4.3% in April from 4.9% in March" / "im April … im Februar".)
      const months = !fa.dayKeys.size && !fb.dayKeys.size ? (soleValues(fa.months, fb.months, monthOf) ?? oddOnes(fa.months, fb.months, monthOf)) : undefined;
      if (months) out.push({ kind: 'date', a: span(ca, months[0], a.text, ids), b: span(cb, months[1], b.text, ids) });
      // Two parts of the one month each claim gives ("by mid-March" / "d'ici fin mars"; not "Mitte März").
      else if (!fa.dayKeys.size && !fb.dayKeys.size && otherThirds(fa.months, fb.months)) out.push({ kind: 'date', a: span(ca, fa.months[0]!, a.text, ids), b: span(cb, fb.months[0]!, b.text, ids) });
      // The same month of two different years ("until June 2031" / "jusqu'en juin 2030"), neither year stated by the other source.
      // (Among other months, the one each claim gives with a year: "à 3,8 % en juillet, après 3,6 % en juin, son plus haut
      // niveau depuis janvier 2024" / "seit Januar 2023".)
      else if (!fa.dayKeys.size && !fb.dayKeys.size) {
        const withYear = (ms: readonly FacetInternal[]) => ms.filter((m) => yearOf(m));
        const [ma, mb] = [withYear(fa.months), withYear(fb.months)];
        if (ma.length === 1 && mb.length === 1 && (fa.months.length === 1 || monthOf(ma[0]!) === monthOf(mb[0]!))) {
          const [ya, yb] = [yearOf(ma[0]!)!, yearOf(mb[0]!)!];
          if (ya !== yb && !b.keyText.has(ya) && !a.keyText.has(yb)) out.push({ kind: 'date', a: span(ca, ma[0]!, a.text, ids), b: span(cb, mb[0]!, b.text, ids) });
        }
      }
      // A year alone, one in each claim, each not stated anywhere in the other source ("third in the
      // Tour de France in 2023" / "troisième du Tour de France 2022").
      // The same for a year since which something holds ("the lowest since 2013" / "le plus bas depuis 2011").
      // (Years the other source states too do not count: "to begin in 2030 and run until 2035" / "débuter en 2031"
      // when the French also gives 2035. A year it gives only as the end of a span, "qui a dirigé le Pérou de 2011 à
      // 2016", is another fact's: "Humala's 2011 campaign" / "la campagne de 2006" still differ.)
      for (const [ya, yb] of [[fa.years, fb.years], [fa.sinceYears, fb.sinceYears]] as const) {
        const years = soleValues(ya.filter((y) => yearFree(b, yearOf(y)!, a.id, ca, cb, a)), yb.filter((y) => yearFree(a, yearOf(y)!, b.id, cb, ca, b)), yearOf);
        if (years) out.push({ kind: 'date', a: span(ca, years[0], a.text, ids), b: span(cb, years[1], b.text, ids) });
      }
      // Two parts of one year, the only year of each claim ("by mid-2026" / "d'ici fin 2026"), as of a month.
      if (otherThirds(fa.years, fb.years, yearOf)) out.push({ kind: 'date', a: span(ca, fa.years[0]!, a.text, ids), b: span(cb, fb.years[0]!, b.text, ids) });
      // The same for years named by their distance from the year of writing: two such years ("this year" / "l'année
      // prochaine"), neither named anywhere in the other source ("10 percent this year … 8 percent last year" / "in diesem
      // Jahr … im vergangenen Jahr" states both), or two parts of one ("the middle of next year" / "la fin de l'année
      // prochaine").
      const relative = soleValues(fa.relativeYears, fb.relativeYears, (f) => f.id);
      if (relative && !b.keyText.has(relative[0].anchors[0]!.key) && !a.keyText.has(relative[1].anchors[0]!.key)) out.push({ kind: 'date', a: span(ca, relative[0], a.text, ids), b: span(cb, relative[1], b.text, ids) });
      else if (otherThirds(fa.relativeYears, fb.relativeYears, (f) => f.id)) out.push({ kind: 'date', a: span(ca, fa.relativeYears[0]!, a.text, ids), b: span(cb, fb.relativeYears[0]!, b.text, ids) });
      // Two spans of years that differ at one end or both ("between 2014 and 2018" / "zwischen 2013 und 2018"),
      // the differing years stated by the other source as no end of a span (a year alone is another fact's: "entre 2017
      // et 2021" still differs from "between 2017 and 2020" where the French says "la troisième fois depuis 2020").
      const spans = soleValues(fa.yearSpans, fb.yearSpans, (f) => f.id);
      if (spans) {
        const onlyA = spans[0].anchors.filter((x) => !spans[1].anchors.some((y) => y.key === x.key));
        const onlyB = spans[1].anchors.filter((x) => !spans[0].anchors.some((y) => y.key === x.key));
        if (onlyA.every((x) => !b.spanYears.has(x.key)) && onlyB.every((x) => !a.spanYears.has(x.key))) out.push({ kind: 'date', a: span(ca, spans[0], a.text, ids), b: span(cb, spans[1], b.text, ids) });
      }
      // Day-level dates that share no day.
      if (fa.dayKeys.size && fb.dayKeys.size) {
        let shared = false;
        for (const k of fa.dayKeys) if (fb.dayKeys.has(k) || b.keyText.has(k)) shared = true;
        if (!shared) out.push({ kind: 'date', a: span(ca, fa.dates[0]!, a.text, ids), b: span(cb, fb.dates[0]!, b.text, ids) });
        // The same day of two different years, one date in each claim ("born on or after Jan 1, 2007" / "nach dem 1. Januar
        // 2008"), neither year stated by the other source.
        else if (fa.dates.length === 1 && fb.dates.length === 1 && sameDayOtherYear(fa.dates[0]!, fb.dates[0]!, a, b)) {
          out.push({ kind: 'date', a: span(ca, fa.dates[0]!, a.text, ids), b: span(cb, fb.dates[0]!, b.text, ids) });
        }
        // Two spans of days with one end in common and the other not ("from January 2 to February 15" / "du 2 janvier
        // au 15 mars"), the other end named nowhere in the other source.
        // (A span within one month is one date with both days: "between March 21 and 23" / "zwischen dem 20. und 23. März".)
        else {
          const endsA = spanEnds(fa.dates);
          const endsB = endsA && spanEnds(fb.dates);
          if (endsA && endsB) {
            const onlyA = endsA.filter((e) => !e.days.some((k) => fb.dayKeys.has(k)));
            const onlyB = endsB.filter((e) => !e.days.some((k) => fa.dayKeys.has(k)));
            if (onlyA.length === 1 && onlyB.length === 1 && onlyA[0]!.days.every((k) => !b.keyText.has(k)) && onlyB[0]!.days.every((k) => !a.keyText.has(k))) {
              out.push({ kind: 'date', a: span(ca, onlyA[0]!.date, a.text, ids), b: span(cb, onlyB[0]!.date, b.text, ids) });
            }
          }
        }
      }
      // Weekdays ("since Sunday" / "seit Samstag"), clock times and cities that differ,
      // each named by one side and by the other source nowhere.
      for (const [kind, field] of VALUE_SLOTS) {
        // (Against a piece of a partner's sentence, only one that shares what the claim is about: "landed … near the town of
        // Esquel" / "…, | landete … in der Nähe der Stadt Bariloche".)
        if (extra && field === 'cities' && (neighbour || sharedTopics(ca, cb) < 1)) continue;
        const va = fa[field].find((f) => !namesKey(b, f) || (field === 'weekdays' && otherNight(b, fa, f)));
        const vb = va && fb[field].find((f) => !namesKey(a, f) || (field === 'weekdays' && otherNight(a, fb, f)));
        // Two spellings of one town ("Sevilla" / "Séville") are no conflict; two towns the gazetteer knows by two ids are
        // two towns, however alike their names ("Rotterdam" / "Amsterdam").
        // (A town of one id is no conflict either: a dateline's town is not in the source's keys.)
        // (Nor are two datelines' towns the gazetteer does not know: each language may write one town its own way, "GRENCHEN"
        // / "GRANGES", and versions of one story are filed from one town.)
        const twoKnown = va?.id.startsWith('city:') && vb?.id.startsWith('city:');
        // (One weekday in both is still two where one names a night and the other its day's evening: see otherNight.)
        if (va && vb && (va.id !== vb.id || field === 'weekdays') && !(field === 'cities' && !twoKnown && (sameName(va.text, vb.text) || (ca.dateline && cb.dateline))) && !(field === 'times' && nearNamedTime(va, vb))) out.push({ kind, a: span(ca, va, a.text, ids), b: span(cb, vb, b.text, ids) });
      }
      // Two claims of one fact that each name one person the other source names nowhere, besides its speaker
      // ("beating Australian Ethan Ewing" / "besiegte … den Australier Jack Robinson"): who did or underwent it differs.
      // (Not two titles in quotes, which versions translate: "The Blue Trail" / «O Último Azul».)
      const people = extra ? undefined : soleValues(strangersA, strangers(cb, a), (f) => f.id);
      const otherPeople = people && !sameName(people[0].text, people[1].text) && !(quotedTitle(a.text, people[0]) && quotedTitle(b.text, people[1])) ? people : undefined;
      // A part of one country against a part of another ("a second factory in northern Finland" / "dans le
      // nord de la Suède"): a country named whole often only sets the scene, one narrowed to a part places the fact.
      const regions = soleValues(fa.regions, fb.regions, (f) => f.id);
      let nationalities: [FacetInternal, FacetInternal] | undefined;
      // One side of a place against the opposite side of it ("north of Antwerp" / "südlich von Antwerpen"). (The same
      // side of one place in both, "in the north of Mallorca" / "im Norden Mallorcas", leaves the countries to compare.)
      const sides = !regions && fa.sides.length && fb.sides.length ? oppositeSides(fa.sides, fb.sides) : undefined;
      if (regions) out.push({ kind: 'place', a: span(ca, regions[0], a.text, ids), b: span(cb, regions[1], b.text, ids) });
      else if (sides) out.push({ kind: 'place', a: span(ca, sides[0], a.text, ids), b: span(cb, sides[1], b.text, ids) });
      // One person given two nationalities, whatever else each source names ("Sweden's Emilie Fleten" / "die Norwegerin
      // Emilie Fleten", though both name Sweden and Norway elsewhere): the person's country differs.
      else if (!extra && (nationalities = otherNationalities(ca, cb, a.text, b.text)))
        out.push({ kind: 'place', a: span(ca, nationalities[0], a.text, ids), b: span(cb, nationalities[1], b.text, ids) });
      // Two claims that each name one country the other source names nowhere, and no town
      // ("The container, which arrived from Nigeria" / "Le conteneur, en provenance du Cameroun"): a country that
      // sets the scene is named by every version; one that only one version names places the fact elsewhere.
      // (Not in two datelines, whose country or state after the town only says where the town is, at any grain: "AUGUSTA,
      // Georgia" / "AUGUSTA (Etats-Unis)".)
      else if ((!extra || sameThingAfter(ca, cb)) && !(ca.dateline && cb.dateline)) {
        // (A country the other source names too only sets the scene: "French health authorities …"; not one each claim
        // places its fact in, after a preposition of place: "a command centre to be set up in Norway" / "installé en Suède",
        // though each source lists both countries.)
        // (Against a piece of a partner's sentence, only countries that qualify one thing in both: "a Brazilian documentary" /
        // "einen chilenischen Dokumentarfilm"; see sameThingAfter.)
        const countries =
          soleValues(
            fa.countries.filter((f) => !b.keyText.has(f.id)),
            fb.countries.filter((f) => !a.keyText.has(f.id)),
            (f) => f.id,
          ) ?? locatedCountries(a, ca, fa.countries, b, cb, fb.countries);
        // (Where the claims name towns, the same ones: a town both name places another detail, "stolen from the Kunsthal in
        // Rotterdam … traced to a collector in Romania" / "… en Bulgarie".)
        const sameTowns = fa.cities.every((f) => fb.cities.some((g) => g.id === f.id)) && fb.cities.every((f) => fa.cities.some((g) => g.id === f.id));
        // (Nor the nationalities of two people who differ, each given with its person: "ahead of Norway's Johann André
        // Forfang" / "devant l'Allemand Andreas Wellinger" is one conflict, of people.)
        const nationalities = countries && otherPeople && nationalityOf(countries[0], otherPeople[0], a.text) && nationalityOf(countries[1], otherPeople[1], b.text);
        if (countries && sameTowns && !nationalities) out.push({ kind: 'place', a: span(ca, countries[0], a.text, ids), b: span(cb, countries[1], b.text, ids) });
      }
      // One side of a thing against another side of it ("the tunnel's northern entrance" / "l'entrée sud du tunnel",
      // "the south-east crater" / "le cratère nord-est"), where no side of a place or part of a country conflicts.
      const parts = extra || regions || (fa.sides.length && fb.sides.length) ? undefined : otherParts(fa, fb);
      if (parts) out.push({ kind: 'place', a: span(ca, parts[0], a.text, ids), b: span(cb, parts[1], b.text, ids) });
      if (otherPeople) out.push({ kind: 'person', a: span(ca, otherPeople[0], a.text, ids), b: span(cb, otherPeople[1], b.text, ids) });
      // Who said it: two named speakers who differ (a pronoun that says it is compared by the name it stands for).
      // (Each named by the other source nowhere near the statement (speakers are keys of their claims, so their ids exist): "Pro Bahn criticised …" and "its chairman Detlef
      // Neuß said" against "kritisierte der Vorsitzende des Fahrgastverbands Pro Bahn, Detlef Neuß" is one speaker named
      // two ways. A speaker the other source names only for another fact, "Minister Urso is due to meet union leaders",
      // still differs from the one it quotes.)
      if (
        ca.speaker &&
        cb.speaker &&
        ca.speaker !== cb.speaker &&
        !statedNear(ca.memo!.keyTable!.id(ca.speaker), [cb], b, 0) &&
        !statedNear(cb.memo!.keyTable!.id(cb.speaker), [ca], a, 0) &&
        ca.speakerSpan &&
        cb.speakerSpan &&
        !sameName(ca.speakerName ?? a.text.slice(ca.speakerSpan.start, ca.speakerSpan.end), cb.speakerName ?? b.text.slice(cb.speakerSpan.start, cb.speakerSpan.end))
      ) {
        out.push({ kind: 'speaker', a: span(ca, ca.speakerSpan, a.text, ids), b: span(cb, cb.speakerSpan, b.text, ids) });
      }
      // Outcomes that exclude each other, in claims that state the same fact or a piece of a partner's sentence (not of the
      // sentence next to it). Against such a piece, A's whole sentence is asked: one that states both sides takes none
      // ("acquitted … of sex trafficking | but convicted him on two lesser counts" / "… mais l'a reconnu coupable …").
      const outcome = neighbour || !fa.outcomes.length || !fb.outcomes.length ? undefined : opposedOutcomes(extra ? sentenceOutcomes(a, ca) : fa.outcomes, fb.outcomes, fa, fb);
      if (outcome) out.push({ kind: outcome.kind, a: span(ca, outcome.a, a.text, ids), b: span(cb, outcome.b, b.text, ids) });
    }
  }
  // One person's age, given once by each source and not the same ("Lindqvist, 58," / "sagte die 56-Jährige"),
  // wherever each states it: an age belongs to the person, not to one fact.
  for (const [who, inA] of a.ages) {
    const inB = b.ages.get(who);
    if (!inB) continue;
    const valuesA = new Set(inA.map((x) => x.facet.value));
    const valuesB = new Set(inB.map((x) => x.facet.value));
    if (valuesA.size !== 1 || valuesB.size !== 1 || inA[0]!.facet.value === inB[0]!.facet.value) continue;
    out.push({ kind: 'quantity', a: span(inA[0]!.claim, inA[0]!.facet, a.text, ids), b: span(inB[0]!.claim, inB[0]!.facet, b.text, ids) });
  }
  // The same two spans found through several claim pairs (a sentence split in two, one speaker) are one conflict.
  // So is a count inside a tally that conflicts too ("eight votes" within "eight votes to one" / "sept voix contre deux"), or
  // one that overlaps it on both sides ("242 voting" against "376 lawmakers, with 242" / "224 ayant voté", "376 députés,
  // 224"): the wider is kept.
  const seen = new Set<string>();
  const overlaps = (x: Span, y: Span) => x.start < y.end && y.start < x.end;
  const width = (k: Conflict) => k.a.end - k.a.start + (k.b.end - k.b.start);
  return out.filter((k, ki) => {
    const key = `${k.kind}:${k.a.start}:${k.a.end}:${k.b.start}:${k.b.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return !out.some((o, oi) => o !== k && o.kind === k.kind && overlaps(k.a, o.a) && overlaps(k.b, o.b) && (width(o) > width(k) || (width(o) === width(k) && oi < ki)));
  });
}
