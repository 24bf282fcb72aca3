import { COMPANY_SUFFIXES, getGazetteer, type LanguageResources, nameConcepts, type Sense } from '../resources/index.js';
import { firstFrom, fold, type Range, spanIndex, type Token, tokenize } from '../text.js';
import { documentSenses, extractConcepts, foreignSpelling, masculineConcepts, splitCompound } from './concepts.js';
import { extractDates, weekdayNumber } from './dates.js';
import { ACRONYM, extractEntities } from './entities.js';
import { countedAs, durationSlot, extractNumbers, extractScores, isCount, ordinalWordValue, PLACE_UNIT, writesFahrenheit } from './numbers.js';
import type { FacetInternal } from './types.js';

/** The slot of a person's age. */
const AGE_SLOT = 'slot:age';

export type { Anchor, FacetInternal, FacetKind } from './types.js';
export { nameKey } from './entities.js';

/**
 * Per-document state: names seen so far, so that "Hammouchi" alone is known after "Abdellatif Hammouchi";
 * and, where every noun has a capital, the words the whole document shows to be names.
 */
export interface FacetState {
  surnames: Set<string>;
  names: Set<string>;
  /** The last count of the sentence read before, which "of them" at the head of the next points back to. */
  lastCount?: FacetInternal;
  /** The senses the whole text chooses (see documentSenses). */
  senses?: ReadonlySet<Sense>;
  /** Whether the sentence read before was about a game or a vote (a word of sport, winning, a vote or a verdict in it). */
  scoresBefore?: boolean;
  /** The last weekday of the sentences read before (1 = Monday), which "Drei Tage zuvor" at the head of the next counts from. */
  lastWeekday?: number;
  /** Whether the text gives its bare degrees in Fahrenheit (English only; see writesFahrenheit). */
  fahrenheit?: boolean;
}

/** A fresh state; given the document's tokens, it knows the names the document shows (see {@link documentNames}). */
export function newFacetState(tokens?: readonly Token[], res?: LanguageResources, text?: string): FacetState {
  return {
    surnames: new Set(),
    names: tokens && res ? documentNames(tokens, res) : new Set(),
    senses: tokens && res && text !== undefined ? documentSenses(text, tokens, res) : undefined,
    fahrenheit: res?.lang === 'en' && text !== undefined && writesFahrenheit(text),
  };
}

/**
 * Where every noun has a capital (German), a long capitalised word the lexicon does not know may be a
 * noun or a name. The document settles it when the word heads a hyphenated compound whose last part is
 * a lexicon noun ("Polderchem-Aktie", "Nvidia-Chef"): that word is a name in every mention, the
 * headline's too. Folded words.
 */
export function documentNames(tokens: readonly Token[], res: LanguageResources): Set<string> {
  const names = new Set<string>();
  // In every language, a capitalised word before a company's suffix ("Verano Motors") is a name,
  // so that "shares in Verano" later is the company, not a place.
  for (let k = 1; k < tokens.length; k++) {
    const w = tokens[k - 1]!;
    // (Not an article: "Die Gruppe" is no company.)
    if (COMPANY_SUFFIXES.has(tokens[k]!.text) && w.cap && w.end + 1 === tokens[k]!.start && !ACRONYM.test(w.text) && !res.stopwords.has(w.folded)) names.add(w.folded);
  }
  if (!res.nounsCapitalised) return names;
  for (const t of tokens) {
    const dash = t.text.indexOf('-');
    if (!t.cap || dash < 3) continue;
    const head = t.text.slice(0, dash);
    const word: Token = { text: head, lower: head.toLowerCase(), folded: fold(head), cap: true, start: t.start, end: t.start + dash, rec: undefined };
    // (Nor a modifier or a frequent noun: "Heim-Weltcup", "Vize-Kanzler".)
    if (ACRONYM.test(head) || names.has(word.folded) || res.compoundModifiers.has(word.folded) || res.commonNouns.has(word.folded) || isCommonWord(word, res) || getGazetteer(res.lang).phrases.has(word.folded)) continue;
    const tail = t.lower.slice(t.lower.lastIndexOf('-') + 1);
    if (res.conceptWords.has(tail) || res.conceptWords.has(res.stem(tail))) names.add(word.folded);
  }
  return names;
}

/** A time written as on a race clock ("2:16:40", "4:02,21"). */
const ELAPSED = /\d[:h]\d/;

/** A function word, month, weekday, unit of time or title: a common word that no lexicon sense decides. */
function isPlainWord(t: Token, res: LanguageResources): boolean {
  const rec = res.word(t);
  // (A number word too, which German writes with a capital as a noun: "Rückstand Zweiter" is no person.)
  return (rec.plain ??=
    rec.stop ||
    res.months.has(t.folded) ||
    res.weekdays.has(t.folded) ||
    res.dates.durationUnits.has(t.folded) ||
    res.titles.has(t.folded) ||
    ordinalWordValue(t.folded, res.numbers) !== undefined ||
    res.numbers.units.has(t.folded));
}

/** A common word of the language (the answer depends on the word alone, and is kept on its record unless exact). */
function isCommonWord(t: Token, res: LanguageResources, exact = false): boolean {
  if (exact) return isPlainWord(t, res) || commonWord(t, res, true);
  const rec = res.word(t);
  return (rec.common ??= isPlainWord(t, res) || commonWord(t, res, false));
}

function commonWord(t: Token, res: LanguageResources, exact: boolean): boolean {
  // Lexicon words: the form itself, or (not exact) a word with a term's stem; in German,
  // which inflects nouns ("des Verbrechens"), the stem always.
  if (exact && res.lang !== 'de') return res.conceptTerms.has(t.lower);
  if (res.conceptWords.has(t.lower)) return true;
  if (res.lang === 'de' && res.conceptWords.has(res.stem(t.lower))) return true;
  // (Exact, as for a word that continues a name: a compound of parts the lexicon knows as written, not a known head
  // before a tail it does not know — "Nikos Christodoulides" holds no "Christ".)
  if (res.lang === 'de' && t.lower.length >= 8 && !foreignSpelling(t.lower) && splitCompound(t.lower, res, 0, exact)) return true;
  if (masculineConcepts(t.lower, res)) return true;
  // A German compound written with a hyphen whose last part, its head, is a lexicon noun ("WM-Gold", "Damen-Florett").
  const dash = res.lang === 'de' ? t.lower.lastIndexOf('-') : -1;
  if (dash > 0 && t.lower.length - dash > 3) {
    const head = t.lower.slice(dash + 1);
    if (res.conceptWords.has(head) || res.conceptWords.has(res.stem(head))) return true;
  }
  return false;
}

/**
 * Every facet of one sentence: dates first (they own their numbers), then
 * numbers, entities and concepts.
 */
/** The concept of a vote with none against. */
const UNANIMITY = 'concept:unanimity';

export function extractFacets(
  text: string,
  sentence: Range,
  res: LanguageResources,
  state: FacetState,
  tokens: readonly Token[] = tokenize(text, sentence.start, sentence.end),
  tags?: { readonly verbStarts: ReadonlySet<number>; readonly nounStarts: ReadonlySet<number> },
): FacetInternal[] {
  const used = new Set<number>();
  const allConcepts = extractConcepts(text, tokens, res, state.senses);
  // In a sentence about a game or a vote, "3-1" and "1:3" are scores, not two numbers, nor a time; so in the sentence
  // right after one ("… the eighth title. Fribourg had led the series 3-1.").
  const ownScores = allConcepts.some((f) => res.scoreCues.has(f.id));
  const aboutScores = ownScores || state.scoresBefore === true;
  state.scoresBefore = ownScores;
  const dates = extractDates({ text, tokens, res, scores: aboutScores, lastWeekday: state.lastWeekday }, used);
  const weekday = dates.findLast((f) => f.kind === 'weekday');
  if (weekday) state.lastWeekday = weekdayNumber(weekday);
  // The short units of an elapsed time ("2 h 01 min 12 s") are no words of their own ("min" is no mine).
  // (The times do not overlap: the one that may hold a concept is the last that starts at or before it, found by a binary
  // search; a scan of every time per concept made a sentence of many times quadratic, "The man is due in 3 minutes 39.872
  // seconds, …".)
  const elapsed = dates.filter((f) => f.kind === 'duration').sort((x, y) => x.start - y.start);
  const inElapsed = (c: FacetInternal) => {
    const d = elapsed[firstFrom(elapsed, c.start + 1) - 1];
    return !!d && c.end <= d.end && !res.dates.durationUnits.has(fold(c.text));
  };
  const conceptFacets = elapsed.length ? allConcepts.filter((c) => !inElapsed(c)) : allConcepts;
  const conceptAt = new Map<number, string>();
  // Where the longest concept of two words or more that starts at a word ends ("police officers"; "under par" after a
  // number). A one-word concept ends with its word, as a word with none does: the readers ask only whether a phrase goes on.
  const conceptEnd = new Map<number, number>();
  // (Lists, not sets: a word has one or two concepts, and a set per word is a large object.)
  const conceptsAt = new Map<number, string[]>();
  for (const f of conceptFacets) {
    const id = f.id.slice('concept:'.length);
    const list = conceptsAt.get(f.start);
    if (/\s/.test(f.text) && f.end > (conceptEnd.get(f.start) ?? 0)) conceptEnd.set(f.start, f.end);
    if (!list) {
      conceptAt.set(f.start, id);
      conceptsAt.set(f.start, [id]);
    } else if (!list.includes(id)) list.push(id);
  }
  // (Where each count of a tally in words stands, and which is against: only in a sentence about a game or a vote.)
  const tallySides = aboutScores ? new Map<number, boolean>() : undefined;
  const scores = tallySides && (!ownScores || conceptFacets.some((f) => res.scoreCues.has(f.id))) ? extractScores(text, tokens, used, res, tallySides) : [];
  // A vote told as unanimous fills the slot of a tally: it meets, and may contradict, "fünf zu zwei Stimmen".
  for (const f of conceptFacets) {
    if (f.id !== UNANIMITY || scores.some((x) => x.unanimous)) continue;
    scores.push({ kind: 'score', id: 'score:unanimous', text: f.text, start: f.start, end: f.end, anchors: [{ key: 'slot:score', start: f.start, end: f.end }], value: 0, unit: 'score', unanimous: true });
  }
  const numbers = extractNumbers({
    text,
    tokens,
    res,
    used,
    unitOf: (i) => conceptAt.get(tokens[i]!.start),
    conceptsOf: (i) => conceptsAt.get(tokens[i]!.start),
    conceptEnd: (i) => conceptEnd.get(tokens[i]!.start),
    verbStarts: tags?.verbStarts,
    nounStarts: tags?.nounStarts,
    countBefore: state.lastCount,
    tallySides,
    fahrenheit: state.fahrenheit,
  });
  // (A sentence with no number between them does not break the reference: "… 620.000 Menschen … Das geht aus Zahlen
  // hervor, die … veröffentlichte. Rund 95.000 von ihnen …".)
  if (numbers.length) state.lastCount = numbers.findLast(isCount);
  const entities = extractEntities({
    text,
    tokens,
    res,
    isCommon: (t, exact) => isCommonWord(t, res, exact),
    isPlainWord: (t) => isPlainWord(t, res),
    surnames: state.surnames,
    names: state.names,
    covered: spanIndex([...dates, ...numbers]).holds,
    isTerm: (start, end) => conceptFacets.some((f) => f.start === start && f.end === end),
  });
  // A lexicon phrase is no person's name ("Deutsche Bahn" is a rail operator, not Mr Bahn).
  // Nor is a capitalised word inside one a name of its own ("Travail" of "ministre du Travail"), or a place
  // known only from its preposition ("trat in Kraft").
  // (Facet lists are sorted by start, and names, people and organisations do not overlap: each test below looks
  // at the few facets around a span by binary search, so that a sentence of thousands of names stays linear.)
  const phrases = conceptFacets.filter((c) => c.text.includes(' '));
  const longestPhrase = phrases.reduce((n, c) => Math.max(n, c.end - c.start), 0);
  const insidePhrase = (f: Range) => {
    for (let k = firstFrom(phrases, f.start + 1) - 1; k >= 0 && phrases[k]!.start >= f.start - longestPhrase; k--) {
      const c = phrases[k]!;
      if (f.end <= c.end && c.end - c.start > f.end - f.start) return true;
    }
    return false;
  };
  const samePhrase = (f: Range) => {
    for (let k = firstFrom(phrases, f.start); k < phrases.length && phrases[k]!.start === f.start; k++) if (phrases[k]!.end === f.end) return true;
    return false;
  };
  const people = entities.filter((e) => !((e.kind === 'person' && samePhrase(e)) || ((e.kind === 'name' || (e.kind === 'place' && e.id.startsWith('place:'))) && insidePhrase(e))));
  // A concept inside a name (the "Council" of "Security Council") still counts; one inside a number's unit too.
  // Not a company's suffix ("Motors" of "Verano Motors" is no engine).
  // Nor a word of a person's name ("Pieter van Dam" is no dam).
  const byStart = (a: Range, b: Range) => a.start - b.start;
  const names = people.filter((e) => e.kind === 'name').sort(byStart);
  const persons = people.filter((e) => e.kind === 'person').sort(byStart);
  /** The last of `list` (sorted, not overlapping) that starts before `at` (or at it, with `orAt`). */
  const lastBefore = <T extends Range>(list: readonly T[], at: number, orAt: boolean): T | undefined => list[firstFrom(list, orAt ? at + 1 : at) - 1];
  // Nor a word of a place's name of two words or more ("Lower Saxony" is no decrease, "United States" no state; nor a part
  // of one joined by a hyphen, "Anhalt-Bitterfeld" no field), unless the concept is a name itself, written only with a
  // capital ("VATICAN CITY" is the Vatican).
  const places = people.filter((e) => e.kind === 'place' && /[\s-]/.test(e.text)).sort(byStart);
  const kept =
    names.length || persons.length || places.length
      ? conceptFacets.filter((c) => {
          const name = COMPANY_SUFFIXES.has(c.text) ? lastBefore(names, c.start, false) : undefined;
          if (name && c.start <= name.end + 1) return false;
          const person = lastBefore(persons, c.start, true);
          if (person && c.end <= person.end) return false;
          const place = lastBefore(places, c.start, true);
          // (A concept read on the whole name is the name's, unless read on its parts: a German compound's concepts span
          // the whole word, "Anhalt-Bitterfeld".)
          if (!place || c.end > place.end || (c.start === place.start && c.end === place.end && !place.text.includes('-'))) return true;
          return nameConcepts().has(c.id.slice('concept:'.length));
        })
      : conceptFacets;
  // A number inside a known name is part of the name ("CAC 40", "STOXX 600"), no count.
  const orgs = entities.filter((e) => e.kind === 'org' && e.text.includes(' ')).sort(byStart);
  // Nor is "first" inside a lexicon phrase ("la Première ministre", "First Minister"), which names an office.
  const counts = numbers.some((n) => orgs.length || (n.kind === 'ordinal' && n.value === 1))
    ? numbers.filter((n) => {
        const org = lastBefore(orgs, n.start, true);
        return !(org && n.start < org.end) && !(n.kind === 'ordinal' && n.value === 1 && insidePhrase(n));
      })
    : numbers;
  // A length of time fills a slot of its unit, as a count fills the slot of what it counts: "by 0.29 seconds" and
  // "0,39 Sekunden unter seiner Bestmarke" give two values of one slot. Not an age (a person's), nor years (an
  // article gives many, of many things), nor a time on the clock of a race ("2:16:40").
  // (A time written as on a race clock with its unit is a margin all the same where a word of margin follows it: "mit
  // 1:12 Minuten Vorsprung", as "1 minute 12 seconds ahead" is; not a time without its unit, "in 2:16:40 ahead of …".)
  const marginAfter = (f: FacetInternal) => {
    if (!/\p{L}/u.test(f.text)) return false;
    const next = tokens[firstFrom(tokens, f.end)];
    return !!next && next.start - f.end <= 1 && res.marginWords.has(next.folded);
  };
  for (const f of [...dates, ...counts]) {
    if (f.kind === 'duration' && f.unit && durationSlot(f.unit) && !f.age && (!ELAPSED.test(f.text) || marginAfter(f)) && !f.anchors.some((a) => a.key.startsWith('slot:'))) f.anchors = [...f.anchors, { key: durationSlot(f.unit)!, start: f.start, end: f.end }];
    // An age fills the slot of a person's age: "The 75-year-old monarch" and "Der 76-Jährige" give two values of one.
    else if (f.kind === 'duration' && f.age && !f.anchors.some((a) => a.key.startsWith('slot:'))) f.anchors = [...f.anchors, { key: AGE_SLOT, start: f.start, end: f.end }];
  }
  // A count of a people ("300 million Africans", "2 000 Allemands"), whose word the lexicon does not know: it counts the
  // people of that country or region, in every language.
  // (Found by where each people's name ends: one lookup per count, however many names and counts a sentence holds.)
  const peopleEnds = new Map<number, FacetInternal>();
  for (const e of people) if (e.kind === 'place' && (e.id.startsWith('country:') || e.id.startsWith('region:'))) peopleEnds.set(e.end, e);
  if (peopleEnds.size) {
    counts.forEach((f, k) => {
      if (f.kind !== 'quantity' || f.value === undefined || f.anchors.some((a) => a.key.startsWith('slot:'))) return;
      const of = peopleEnds.get(f.end);
      // (The counted word's own stem is no unit of it any more.)
      if (of && of.start > f.start) counts[k] = countedAs({ ...f, units: undefined }, of.id);
    });
  }
  // The noun of a place in a ranking beside its rank ("auf Platz sechs", "zweiten Platz") is the rank's, no concept of its
  // own (no square).
  const ranks = counts.filter((n) => n.kind === 'ordinal' && n.unit === PLACE_UNIT);
  // So are the words of a clock time ("3 heures du matin" is no hour and no morning of its own), and those of an age
  // ("34 Jahre alte" is no year and no age of its own: a person's age is one value, as "34-year-old" is).
  const ownWords = [...dates.filter((d) => d.kind === 'time' && /^\d/.test(d.text)), ...counts.filter((n) => n.kind === 'duration' && n.age)];
  const concepts =
    ranks.length || ownWords.length
      ? kept.filter(
          (c) =>
            !(res.numbers.placeWords.has(fold(c.text)) && ranks.some((n) => /^\s*$/.test(n.start >= c.end ? text.slice(c.end, n.start) : text.slice(n.end, c.start)))) &&
            !ownWords.some((d) => c.start >= d.start && c.end <= d.end),
        )
      : kept;
  return [...dates, ...scores, ...counts, ...people, ...concepts].sort((a, b) => a.start - b.start || b.end - a.end);
}
