import { type ClaimInternal, SAYING } from '../claims/index.js';
import { getResources } from '../resources/index.js';
import { anchorScore, DAY_KEY, type BigramHistogram, bigramHistogram, cosine, idfTable, KeyTable, surfaceBound, surfaceScore, type Vector, vectorOf } from './score.js';

export interface AlignSettings {
  /** Minimum score for a claim to join a group. */
  threshold: number;
  /** A second claim of a source joins a group (one long claim against two short ones) at this score. */
  partThreshold: number;
  /** A claim scoring this high against a claim of another source is not missing from it whole, even if grouped elsewhere. */
  resembleThreshold: number;
  /** A claim joins further groups (it states several facts) at this score. */
  multiThreshold: number;
  embeddings?: ReadonlyMap<ClaimInternal, readonly number[]>;
  embedWeight: number;
  /** The comparison's table of anchor keys, when it has one (the diff shares it). */
  table?: KeyTable;
}

export interface Group {
  members: ClaimInternal[];
}

/**
 * The bases a change is measured against: a rate "on the year" and one "on the quarter" are two facts,
 * whatever else the claims share ("prices dropped 0.4%" on the quarter / "ont chuté de 4,5 % sur un an").
 */
const BASES = ['concept:previous-year', 'concept:quarter-on-quarter', 'concept:month-on-month'];

/** One bit per base a claim measures against. */
function basesOf(c: ClaimInternal): number {
  let m = 0;
  for (const a of c.anchors) {
    const k = BASES.indexOf(a.key);
    if (k >= 0) m |= 1 << k;
  }
  return m;
}

/**
 * Factor on the score of two claims of which one negates what the other affirms ("has not yet accepted" /
 * "a accepté"): not one fact unless the rest is close (a negation inside a longer claim, "artists who cannot
 * work freely", is no negation of the claim). Chosen on npm run eval.
 */
const NEGATED = 0.5;

const SURFACE_FLOOR = 0.5;
const SURFACE_MIN_ANCHOR = 0.1;
const MAX_POSTINGS = 256;
const MAX_EMBED_CANDIDATES = 2000;

/** Score at which a piece of a sentence joins a group holding another piece of that sentence (chosen on npm run eval). */
const SIBLING = 0.32;

/**
 * Score at which a claim also joins a group holding another piece of a sentence of which its own group holds a piece:
 * the other source split in two what it states in one (chosen on npm run eval; 0.32, as for a piece joining its
 * sentence's group, let short pieces of a list meet the wrong half).
 */
const SPLIT_SIBLING = 0.36;

/** Score at which a title joins a group holding another version's title (chosen on npm run eval). */
const TITLE_THRESHOLD = 0.05;

/** A claim this many times heavier than a member of a group may hold it as a part (chosen on npm run eval). */
const PART_LONGER = 1.5;
/** Share of a shorter member's anchors a long claim must hold to join its group as well (chosen on npm run eval). */
const PART_CONTAINED = 0.5;
/** How much of a group a claim of the text must contain for its title to leave that group to it (see partOfText). */
const TITLE_PART = 0.7;

/** Share of a short claim's anchors a long member of a group holding another piece of its sentence must hold (chosen on npm run eval). */
const PIECE_INSIDE = 0.55;

/** Share of the anchor weight a long claim shares with a part that it must not share with its own group (chosen on npm run eval). */
const PART_NEW = 0.5;

/** How many members of a group a new claim is compared with. */
const MEMBERS_COMPARED = 4;

/**
 * Claim alignment as a growing set of groups: sources are taken one at a time
 * (in a fixed order, so input order does not matter), each claim is scored
 * only against groups that share an anchor with it (an inverted index), and
 * claims are assigned greedily by score, one claim per source per group, plus
 * a second one where a source splits a fact in two. Cost grows with claims ×
 * candidate groups, not with all pairs of sources.
 */
export interface Alignment {
  groups: Group[];
  /** For each claim, the sources in which some claim scored above the threshold against it. */
  resembles: Map<ClaimInternal, Set<string>>;
}

export function buildGroups(sources: readonly (readonly ClaimInternal[])[], settings: AlignSettings): Alignment {
  const resembles = new Map<ClaimInternal, Set<string>>();
  const note = (c: ClaimInternal, source: string) => {
    let s = resembles.get(c);
    if (!s) resembles.set(c, (s = new Set()));
    s.add(source);
  };
  const all = sources.flat();
  const table = settings.table ?? new KeyTable();
  const idf = idfTable(all, table);
  const vectors = new Map<ClaimInternal, Vector>();
  for (const c of all) vectors.set(c, vectorOf(c, idf, table));
  const bases = new Map<ClaimInternal, number>();
  for (const c of all) bases.set(c, basesOf(c));
  const foldedOf = (c: ClaimInternal) => c.folded;
  // Every quantity each source states, with the sentences that state it: a value the other source states
  // somewhere is no second value of a slot.
  const numbersOf = new Map<string, Map<number, number[]>>();
  for (const c of all) {
    const ids = vectors.get(c)!.qtyIds;
    if (!ids.length) continue;
    let map = numbersOf.get(c.source);
    if (!map) numbersOf.set(c.source, (map = new Map()));
    for (const id of ids) {
      const at = map.get(id);
      if (!at) map.set(id, [c.sentence]);
      else if (!at.includes(c.sentence)) at.push(c.sentence);
    }
  }
  /**
   * Whether a quantity of `v` in a slot `w` also fills, with another value, is stated elsewhere in w's source:
   * in another sentence than w's (the other piece of w's own sentence, "die Industrie um 25 Prozent", is w's detail).
   */
  const statedIn = (v: Vector, w: Vector, source: string, sentence: number) => {
    if (!v.qtyIds.length) return false;
    const map = numbersOf.get(source);
    return !!map && v.qtyIds.some((id, k) => !w.qtyIds.includes(id) && w.ids.includes(v.qtySlots[k]!) && (map.get(id)?.some((s) => s !== sentence) ?? false));
  };
  /** Whether neither claim's quantities are stated elsewhere in the other's source (see anchorScore's `valuesFree`). */
  const valuesFree = (a: ClaimInternal, b: ClaimInternal) => {
    const va = vectors.get(a)!;
    const vb = vectors.get(b)!;
    return !statedIn(va, vb, b.source, b.sentence) && !statedIn(vb, va, a.source, a.sentence);
  };
  // Versions that copy each other repeat whole sentences: each pair of wordings is compared once.
  // (Keyed by one wording, then the other: a key made by joining them would be a new long string per call.)
  const surfaces = new Map<string, Map<string, number>>();
  const histograms = new Map<ClaimInternal, BigramHistogram>();
  const histogramOf = (c: ClaimInternal) => {
    let h = histograms.get(c);
    if (!h) histograms.set(c, (h = bigramHistogram(c.folded)));
    return h;
  };
  const surfaceOf = (fa: string, fb: string): number => {
    const [x, y] = fa < fb ? [fa, fb] : [fb, fa];
    let byY = surfaces.get(x);
    if (!byY) surfaces.set(x, (byY = new Map()));
    let v = byY.get(y);
    if (v === undefined) byY.set(y, (v = surfaceScore(x, y)));
    return v;
  };
  const score = (a: ClaimInternal, b: ClaimInternal): number => {
    // One version negates what the other affirms ("has not yet accepted" / "a accepté"): the score is
    // lowered (NEGATED), so that each stays a claim the other leaves out unless the rest is very close.
    // (Not against a long claim that negates one of its facts: "The course record …, was not threatened after strong
    // winds" against the piece "n'a pas été menacé en raison d'un vent fort".)
    const negation = a.negated !== b.negated && !(a.negated ? b.negates : a.negates) ? NEGATED : 1;
    // A dateline meets only another dateline, not the story's first fact that shares its place and day.
    if (!a.dateline !== !b.dateline) return 0;
    const ba = bases.get(a)!;
    const bb = bases.get(b)!;
    if (ba && bb && !(ba & bb)) return 0;
    const va = vectors.get(a)!;
    const vb = vectors.get(b)!;
    // A title sums the story up: how much of a sentence of the text it holds, not how much of the title
    // the sentence holds, says whether the two state one fact.
    const containIn = a.title !== b.title ? (a.title ? 'b' : 'a') : undefined;
    let s = anchorScore(va, vb, valuesFree(a, b), containIn);
    // Same language: bigram similarity counts only well above the level any
    // two sentences of one language reach (about 0.5), so copies and light edits align.
    if (a.lang === b.lang) {
      const fa = foldedOf(a);
      const fb = foldedOf(b);
      if (fa === fb) return 1;
      // Dice over bigrams cannot exceed 2·min/(sum) of the lengths: skip the
      // comparison when even that could not beat the anchor score.
      const bound = (2 * Math.min(fa.length, fb.length)) / (fa.length + fb.length);
      const needed = SURFACE_FLOOR + (1 - SURFACE_FLOOR) * s;
      // Only claims that already share anchors are worth the character comparison, and
      // only when their bigram histograms leave room for a score that high (most
      // pairs of one language's sentences score about 0.5, under what is needed).
      if (s >= SURFACE_MIN_ANCHOR && bound > needed && surfaceBound(histogramOf(a), histogramOf(b)) > needed) {
        s = Math.max(s, (surfaceOf(fa, fb) - SURFACE_FLOOR) / (1 - SURFACE_FLOOR));
      }
    }
    const ea = settings.embeddings?.get(a);
    const eb = settings.embeddings?.get(b);
    if (ea && eb) s = (1 - settings.embedWeight) * s + settings.embedWeight * Math.max(0, cosine(ea, eb));
    return s * negation;
  };

  /** Whether most of the anchor weight `c` shares with the other sources' members of `part` is not shared with those of `home`. */
  const newPart = (c: ClaimInternal, home: readonly ClaimInternal[], part: readonly ClaimInternal[]): boolean => {
    const vc = vectors.get(c)!;
    // (Asked only for a claim that holds a part: a few dozen keys a side, looked up in place.)
    const homeIds = new Set<number>();
    for (const m of home) {
      if (m.source === c.source) continue;
      const vm = vectors.get(m)!;
      for (const id of vc.ids) if (vm.ids.includes(id)) homeIds.add(id);
    }
    let all = 0;
    let fresh = 0;
    // (And what is new is two anchors at least, not cognates: "en battant l'Allemand Jonas Keller" holds no "Keller, der
    // zum ersten Mal in einem Wimbledon-Finale stand", which it shares a name with besides its own group's Wimbledon.)
    const freshFacts = new Set<number>();
    for (const m of part) {
      if (m.source === c.source) continue;
      const vm = vectors.get(m)!;
      for (let k = 0; k < vc.ids.length; k++) {
        const id = vc.ids[k]!;
        if (!vm.ids.includes(id)) continue;
        const w = vc.weights[k]!;
        all += w;
        if (homeIds.has(id)) continue;
        fresh += w;
        if (!table.isWeak(id)) freshFacts.add(id);
      }
    }
    return all > 0 && fresh >= PART_NEW * all && freshFacts.size >= 2;
  };

  const groups: Group[] = [];
  // The candidate index: for each interned key, the groups whose claims state it.
  const index: number[][] = [];
  // Claims are found through their anchors, and through their exact wording
  // (a claim with no anchor, such as "he noted", still meets its copy).
  const keyCache = new Map<ClaimInternal, number[]>();
  const keysOf = (c: ClaimInternal) => {
    let keys = keyCache.get(c);
    if (!keys) {
      const v = vectors.get(c)!;
      keys = [...v.ids, table.id(`=${foldedOf(c)}`)];
      // (And the month of each day it gives, for the index only: two days of one month meet, "on November 30" / "am 23.
      // November", for the score to tell whether they state one fact with two dates.)
      for (const k of v.keys) if (k.startsWith(DAY_KEY)) keys.push(table.id(`mon:${k.slice(DAY_KEY.length, DAY_KEY.length + 2)}`));
      keyCache.set(c, keys);
    }
    return keys;
  };
  const addToIndex = (c: ClaimInternal, g: number) => {
    for (const key of keysOf(c)) {
      const list = index[key];
      if (!list) index[key] = [g];
      else if (list[list.length - 1] !== g) list.push(g);
    }
  };
  // A claim scores above zero against a group's member only when they share
  // two anchors that are not mere cognates, or one specific anchor, or the
  // same wording: groups that cannot reach that through the index are not scored.
  const hits: number[] = [];
  const claimStamp: number[] = [];
  const keyStamp: number[] = [];
  const seenStamp: number[] = [];
  let claimRound = 0;
  let keyRound = 0;

  // The groups that hold a title, marked as titles join them: while a source's claims are scored, every group holds
  // claims of the sources before it only, so a title there is another version's.
  const titled: boolean[] = [];

  for (const claims of sources) {
    const candidates: Array<[number, number, number]> = []; // score, claim index, group index
    // Groups of which a long claim holds much of a shorter member's anchors, however little of the long claim that is:
    // one long sentence against two short ones of another version.
    const parts: Array<[number, number, number]> = [];
    // Groups of which a long member holds most of a short claim's anchors: the short claim may be a piece of a sentence
    // that the other version states whole (see below).
    const insides: Array<[number, number, number]> = [];
    claims.forEach((c, ci) => {
      claimRound++;
      // The candidate groups, in the order found; seenStamp marks those already listed for this claim.
      const seen: number[] = [];
      // With a user's embedding model, claims with no anchor in common may still
      // state the same fact: every group is a candidate (up to a bound).
      const everyGroup = settings.embeddings !== undefined && groups.length <= MAX_EMBED_CANDIDATES;
      if (everyGroup) {
        for (let g = 0; g < groups.length; g++) {
          seen.push(g);
          seenStamp[g] = claimRound;
        }
      }
      // A key found in very many groups does not tell candidates apart (it still
      // counts in the score); when the claim has one, one other shared key will do.
      const keys = keysOf(c);
      // A claim that says one thing ("It was not a cyberattack.") meets its like through that one key.
      const need = vectors.get(c)!.ownWords === 1 || keys.some((k) => !table.isWeak(k) && (index[k]?.length ?? 0) > MAX_POSTINGS) ? 1 : 2;
      // A dated claim meets another dated claim of the same place (two datelines), whatever the day.
      const dated = keys.some((k) => table.isDay(k));
      // (Index loops: this runs for every key of every claim, and for-of allocates where it is not optimised.)
      for (let ki = 0; ki < keys.length; ki++) {
        const key = keys[ki]!;
        const postings = index[key];
        if (!postings || postings.length > MAX_POSTINGS || table.isWeak(key)) continue;
        keyRound++;
        const add = table.isStrong(key) || (dated && table.isPlace(key)) ? 2 : 1;
        for (let pi = 0; pi < postings.length; pi++) {
          const g = postings[pi]!;
          if (keyStamp[g] === keyRound) continue; // a group listed twice under one key
          keyStamp[g] = keyRound;
          if (claimStamp[g] !== claimRound) {
            claimStamp[g] = claimRound;
            hits[g] = 0;
          }
          hits[g] = hits[g]! + add;
          if ((hits[g]! >= need || (c.title && titled[g])) && seenStamp[g] !== claimRound) {
            seenStamp[g] = claimRound;
            seen.push(g);
          }
        }
      }
      // (A title sums the story up and a dateline says where and when: neither holds another claim as a part.)
      const vc = vectors.get(c)!;
      const partHolder = !c.title && !c.dateline;
      for (let si = 0; si < seen.length; si++) {
        const g = seen[si]!;
        const members = groups[g]!.members;
        let best = 0;
        let part = 0;
        let inside = 0;
        for (let m = 0; m < Math.min(members.length, MEMBERS_COMPARED); m++) {
          if (members[m]!.source === c.source) continue;
          const vm = vectors.get(members[m]!)!;
          if (partHolder && !members[m]!.title && !members[m]!.dateline) {
            if (vc.norm >= PART_LONGER * vm.norm) part = Math.max(part, anchorScore(vm, vc, valuesFree(members[m]!, c), 'a', true));
            else if (vm.norm >= PART_LONGER * vc.norm) inside = Math.max(inside, anchorScore(vc, vm, valuesFree(c, members[m]!), 'a', true));
          }
          const sc = score(c, members[m]!);
          if (sc >= settings.resembleThreshold) {
            note(c, members[m]!.source);
            note(members[m]!, c.source);
          }
          best = Math.max(best, sc);
        }
        // A group that measures a change against another base than the claim does is another fact.
        const bc = bases.get(c)!;
        if (bc && members.some((m) => m.source !== c.source && bases.get(m)! !== 0 && !(bases.get(m)! & bc))) continue;
        // A title meets another version's title on less: both sum up one story ("High jumpers share world title after
        // jump-off stalemate" / "Barshim und Tamberi teilen sich WM-Gold im Hochsprung").
        if (best >= settings.threshold || (c.title && best >= TITLE_THRESHOLD && titled[g])) candidates.push([best, ci, g]);
        if (part >= PART_CONTAINED) parts.push([part, ci, g]);
        if (inside >= PIECE_INSIDE) insides.push([inside, ci, g]);
      }
    });
    candidates.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
    // A title meets the other versions' titles: where a group holding one is among its candidates, the best such
    // group is its place, not the group of the lead it restates ("Ireland raises minimum price of alcohol to 1.20
    // euros" against "L'Irlande relève le prix minimum de l'alcool", not against the French lead).
    const titleGroup = new Map<number, number>();
    for (const [, ci, g] of candidates) {
      if (claims[ci]!.title && !titleGroup.has(ci) && titled[g]) titleGroup.set(ci, g);
    }
    const titleGroups = new Set(titleGroup.values());
    const assigned = new Map<number, number>();
    const taken = new Set<number>();
    // Groups a title of this source has taken, and how many candidate groups each claim has.
    const titleTaken = new Set<number>();
    const tried = new Set<number>();
    // Each claim's candidate groups with their scores (how many it has, and the ties below).
    const groupsOf = new Map<number, Array<[number, number]>>();
    for (const [sc, ci, g] of candidates) {
      const list = groupsOf.get(ci);
      if (list) list.push([sc, g]);
      else groupsOf.set(ci, [[sc, g]]);
    }
    const extra: Array<[number, number]> = [];
    // A title takes the group of the other versions' titles first: a piece of the text that restates part of it
    // ("the largest on record in Scotland") may score higher there, but the title sums up the same story
    // ("Firefighters battle Scotland's largest wildfire on record" / "Größter Waldbrand in Schottlands Geschichte").
    for (const [ci, g] of titleGroup) {
      if (taken.has(g)) continue;
      assigned.set(ci, g);
      taken.add(g);
      titleTaken.add(g);
      tried.add(ci);
      groups[g]!.members.push(claims[ci]!);
    }
    /**
     * Whether each value other versions give in the group, in a slot where `c` gives another, is one that `c`'s own
     * source already gives there: its claim in the group agrees on it, and `c` is another fact with an amount of that
     * unit, no second half of the same ("causing damage of about 180 million euros" meets "Der Schaden liege bei rund
     * 180 Millionen Euro"; "He must also repay 14 million euros" does not join them). Where another version gives a
     * value no claim of c's source gives, c may be its counterpart; where c gives a value alike with another version,
     * that is c's part of the group ("dont trois grièvement" beside "three of them seriously").
     */
    const valueTold = (c: ClaimInternal, g: number) => {
      const vc = vectors.get(c)!;
      if (!vc.qtyIds.length) return false;
      const members = groups[g]!.members;
      let told = false;
      for (const m of members) {
        if (m.source === c.source) continue;
        const vm = vectors.get(m)!;
        for (let k = 0; k < vm.qtyIds.length; k++) {
          const id = vm.qtyIds[k]!;
          if (vc.qtyIds.includes(id)) return false;
          if (!vc.qtySlots.includes(vm.qtySlots[k]!)) continue;
          if (!members.some((o) => o.source === c.source && vectors.get(o)!.qtyIds.includes(id))) return false;
          told = true;
        }
      }
      return told;
    };
    // (The groups, per source, that a claim of its text holds as a part: gathered once, not looked up per candidate.)
    const textParts = new Map<string, Set<number>>();
    for (const [p, cj, gj] of parts) {
      const c = claims[cj]!;
      if (p < TITLE_PART || c.title) continue;
      let set = textParts.get(c.source);
      if (!set) textParts.set(c.source, (set = new Set()));
      set.add(gj);
    }
    const partOfText = (ci: number, g: number) => textParts.get(claims[ci]!.source)?.has(g) === true;
    for (const [s, ci, g] of candidates) {
      if (assigned.has(ci)) continue;
      // A claim of the text does not join its own title's group as a second claim where it has another group to meet
      // (its best match then being the next): the title restates the lead, and the lead meets the other versions' text
      // ("Drei Kinder in Bosnien durch alte Landmine getötet", then "In Bosnien-Herzegowina sind am Samstag drei Kinder
      // … getötet worden" / "Three children were killed … on Sunday").
      // Nor one that its title is to take, the group of the other versions' titles ("Une épidémie de diphtérie a fait
      // 47 morts", the lead, against "Diphtheria outbreak kills 47 in northern Nigeria", while the French title is there).
      if (!claims[ci]!.title && (titleTaken.has(g) || titleGroups.has(g)) && groupsOf.get(ci)!.length > 1) continue;
      // A title does not take a group that holds a part of a claim of its own text ("close an emergency unit" against
      // "sowie die Schließung der Notaufnahme in Grenchen", part of "includes a new building in Olten and the closure of
      // Grenchen's emergency department"): the text states the fact there, and the part goes with it.
      if (claims[ci]!.title && partOfText(ci, g)) continue;
      // A group this source has taken is no place for a second claim of it where another group the claim meets as well
      // is free: it meets both through one long claim of a third version, and the free one is its counterpart's ("et en
      // endommageant deux autres" goes with "drei weitere beschädigt", not with "Fünf historische Gebäude wurden
      // zerstört", both in the group of "destroying five historic buildings and damaging two others").
      if (taken.has(g) && groupsOf.get(ci)!.some(([t, other]) => t >= s && !taken.has(other))) continue;
      const best = !tried.has(ci);
      tried.add(ci);
      // A group already holding a claim of this source takes a second one only
      // when it is that claim's best match (the source split the fact in two).
      // A list item or relative clause also joins the group that holds the piece it depends on,
      // and a claim one that holds another piece of its own sentence, when it matches well
      // (the source split in two what the other states in one sentence).
      const c = claims[ci]!;
      const withHead = c.head !== undefined && groups[g]!.members.some((m) => m.source === c.source && m.start === c.head!.start);
      // So does a sentence that opens with a subject pronoun after the sentence of another piece: it goes on about the same
      // subject ("… hat die Stichwahl gewonnen. Er kam auf 62 Prozent der Stimmen" / "won the runoff with 66 percent").
      const sibling = groups[g]!.members.some((m) => m.source === c.source && (m.sentence === c.sentence || goesOn(m, c)));
      // A heading restates a fact of the text below it: it joins a group without taking its source's place there.
      if (!c.heading && taken.has(g) && !(best && s >= settings.partThreshold) && !withHead && !(sibling && s >= SIBLING)) continue;
      // (A piece of the sentence of its source's claim there, or one that depends on it, still joins, "and 17 others are
      // being treated after an anthrax outbreak in western Uganda" beside "Three people have died" the group of "Nach
      // einem Milzbrand-Ausbruch im Westen Ugandas sind drei Menschen gestorben"; the next sentence, though it opens
      // with a pronoun, does not.)
      if (taken.has(g) && !withHead && !groups[g]!.members.some((m) => m.source === c.source && m.sentence === c.sentence) && valueTold(c, g)) continue;
      assigned.set(ci, g);
      if (!c.heading) taken.add(g);
      if (c.title) titleTaken.add(g);
      groups[g]!.members.push(claims[ci]!);
    }
    // One long claim can state several facts that another source states in
    // separate claims: it also joins other groups that no claim of its source
    // has taken, when it matches them well.
    // (Not a title: it sums the story up, and would take the lead's group from the lead of its own source. Nor into a
    // title's group: a lead that restates the other versions' title would take that group from its own title.)
    // (On less where the group holds another piece of a sentence whose piece is in the claim's own group, or the next
    // sentence of that piece opening with a subject pronoun: that source split in two what this claim states in one,
    // "… gewonnen. Er kam auf 62 Prozent" / "won … with 66 percent".)
    // (Or the claim's own group holds the sentence after the piece, one that only says who said it: "Das teilte die
    // Regierung mit".)
    const goesOnFrom = (g: number, home: number, same: boolean) =>
      groups[g]!.members.some((m) =>
        groups[home]!.members.some((h) => h.source === m.source && (same ? h.sentence === m.sentence : goesOn(h, m) || (h.sentence === m.sentence + 1 && saysWhoSaid(h)))),
      );
    for (const [s, ci, g] of candidates) {
      if (taken.has(g) || assigned.get(ci) === g || assigned.get(ci) === undefined || claims[ci]!.title || titled[g]) continue;
      if (s < settings.multiThreshold && !(s >= SIBLING && goesOnFrom(g, assigned.get(ci)!, false)) && !(s >= SPLIT_SIBLING && goesOnFrom(g, assigned.get(ci)!, true))) continue;
      taken.add(g);
      groups[g]!.members.push(claims[ci]!);
      extra.push([ci, g]);
    }
    // A piece of a sentence that met nothing on its own joins the group holding another piece of that sentence where
    // the other version's claim there holds most of what it states: that version says in one sentence what this one
    // splits ("Traffic lights failed across the centre" beside "and firefighters freed 37 people trapped in lifts",
    // both in "In der Innenstadt fielen die Ampeln aus, die Feuerwehr befreite 37 Menschen aus Aufzügen").
    insides.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
    for (const [, ci, g] of insides) {
      const c = claims[ci]!;
      if (assigned.has(ci) || c.heading || !groups[g]!.members.some((m) => m.source === c.source && m.sentence === c.sentence)) continue;
      assigned.set(ci, g);
      groups[g]!.members.push(c);
    }
    parts.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
    for (const [, ci, g] of parts) {
      // (No title holds a part: see partHolder.)
      if (taken.has(g) || assigned.get(ci) === g || assigned.get(ci) === undefined || titled[g]) continue;
      // The part is another fact of the claim: most of what it shares with the claim is not what the claim shares with
      // the group it was placed in ("survived a no-confidence vote on Tuesday after the opposition's motion won … 60 of
      // the 150" holds "Die Regierung hat … ein Misstrauensvotum überstanden" besides "stimmten nur 60 der 150").
      if (!newPart(claims[ci]!, groups[assigned.get(ci)!]!.members, groups[g]!.members)) continue;
      taken.add(g);
      groups[g]!.members.push(claims[ci]!);
      extra.push([ci, g]);
    }
    claims.forEach((c, ci) => {
      let g = assigned.get(ci);
      if (g === undefined) {
        g = groups.length;
        groups.push({ members: [c] });
      }
      if (c.title) titled[g] = true;
      addToIndex(c, g);
    });
    for (const [ci, g] of extra) addToIndex(claims[ci]!, g);
  }
  const made = groups.length;
  for (let g = 0; g < made; g++) {
    const half = splitPairedPieces(groups[g]!, score, settings.threshold);
    if (half) groups.push(half);
  }
  return { groups, resembles };
}

/** Whether a claim is a sentence that opens with a demonstrative and says who said what the sentence before it states ("Das teilte die Regierung am Donnerstag mit"). */
function saysWhoSaid(c: ClaimInternal): boolean {
  return getResources(c.lang).sayingBackReferences.has(firstWord(c)) && c.facets.some((f) => f.kind === 'concept' && SAYING.has(f.id));
}

/** Whether a claim opens with a subject pronoun of its language ("Er kam …", "Il a …", "She said …"). */
function opensWithPronoun(c: ClaimInternal): boolean {
  return getResources(c.lang).subjectPronouns.has(firstWord(c));
}

/** Whether `s`, a piece of the sentence right after p's in its source, opens with a subject pronoun: it goes on about p's subject ("… bestätigt. Er muss …"). */
export function goesOn(p: ClaimInternal, s: ClaimInternal): boolean {
  return s.sentence === p.sentence + 1 && s.source === p.source && opensWithPronoun(s);
}

/** A claim's first word, folded. */
function firstWord(c: ClaimInternal): string {
  const space = c.folded.indexOf(' ');
  return space < 0 ? c.folded : c.folded.slice(0, space);
}

/**
 * A group in which two or more sources each state its fact in two pieces that pair up one to one across them
 * ("killing at least 312 people" / "tuant au moins 298 personnes", "and injuring more than 1,500" / "et en blessant
 * plus de 1 500") holds two facts that the other sources state in one claim each: it is cut in two, those one-claim
 * sources in both halves. The group keeps the first pieces; the second half is returned.
 */
function splitPairedPieces(group: Group, score: (a: ClaimInternal, b: ClaimInternal) => number, threshold: number): Group | undefined {
  // (Two sources of two pieces each: four members at least. Most groups hold one claim per source.)
  if (group.members.length < 4) return undefined;
  const bySource = new Map<string, ClaimInternal[]>();
  for (const m of group.members) {
    const list = bySource.get(m.source);
    if (list) list.push(m);
    else bySource.set(m.source, [m]);
  }
  const pieces = [...bySource.values()].filter((l) => l.length === 2);
  if (pieces.length < 2 || [...bySource.values()].some((l) => l.length > 2)) return undefined;
  const [a1, a2] = pieces[0]!;
  const first: ClaimInternal[] = [a1!];
  const second: ClaimInternal[] = [a2!];
  for (const [b1, b2] of pieces.slice(1)) {
    const straight = [score(a1!, b1!), score(a2!, b2!)];
    const cross = [score(a1!, b2!), score(a2!, b1!)];
    const [x, y] = Math.min(...straight) >= threshold && Math.max(...cross) < threshold ? [b1!, b2!] : Math.min(...cross) >= threshold && Math.max(...straight) < threshold ? [b2!, b1!] : [];
    if (!x || !y) return undefined;
    first.push(x);
    second.push(y);
  }
  for (const list of bySource.values()) {
    if (list.length !== 1) continue;
    first.push(list[0]!);
    second.push(list[0]!);
  }
  group.members = first;
  return { members: second };
}
