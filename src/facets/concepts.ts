import { fusedInfinitive, getGazetteer, type LanguageResources, type Sense, spellsTerm } from '../resources/index.js';
import { firstFrom, fold, punctuatedGap, type Token } from '../text.js';
import { ordinalWordValue, wordValue } from './numbers.js';
import { compassPlace } from './entities.js';
import type { FacetInternal } from './types.js';

const compoundCache = new Map<string, Map<string, string[] | null>>();
/** The shortest head before an unknown tail read through a stem of the lexicon, not as a term as written. */
const STEM_HEAD_MIN = 7;

/**
 * Concepts inside a German-style compound: the longest known tail, then the
 * head (with a linking -s-, -es- or -n- dropped), each at least four letters:
 * Videokonferenzrede → videoconference + speech.
 */
export function splitCompound(word: string, res: LanguageResources, depth = 0, strict = false): string[] | null {
  // One cache per language, mode and depth, keyed by the word alone (no key string to build per call).
  const cacheKey = `${res.lang}:${strict ? 's' : ''}${depth}`;
  let perLang = compoundCache.get(cacheKey);
  if (!perLang) compoundCache.set(cacheKey, (perLang = new Map()));
  const hit = perLang.get(word);
  if (hit !== undefined) return hit;
  let result: string[] | null = null;
  // A split whose parts are lexicon words as written beats one found through stems: "Passagierfähre"
  // is Passagier + Fähre (passenger, ferry), not "passagi" (a stem of Passagier) + "erfähre" (erfahren).
  let viaStem: string[] | null = null;
  // The longest known tail after an unknown head, used only when no split has both parts known.
  let tailOnly: string[] | null = null;
  // A part that is a term as written is that term; any other is read through its stem, and only then taken for the stem
  // of a term: the head of "Jahresgewinn" is "Jahr" (a year), though "Jahresende" stems to "jahres".
  const lookup = (w: string) => (res.conceptTerms.has(w) ? res.conceptWords.get(w) : undefined) ?? res.conceptWords.get(res.stem(w)) ?? res.conceptWords.get(w);
  if (word.length >= 8 && word.length <= 48 && depth < 3) {
    // A tail must hold a derivational ending whole, with a stem before it:
    // "Empfehlungen" does not end in "Lungen", nor "Regelungen" in "Regen" + "Lungen".
    const suffix = res.nounSuffixes.find((x) => word.endsWith(x));
    const maxCut = word.length - (suffix ? suffix.length + 3 : 0);
    // Strict: the tail at least five letters (no inflection read as a word).
    // A tail of three letters only as a lexicon word as written, after a known head (Präsidentenamt, Bürgermeisteramt).
    // A head of three letters only as a lexicon word as written, no function word, before a tail written so too
    // (Fan|gruppen, Zug|unglück; not Aus|stieg). It is the longest tail, so it is tried first.
    const head3 = word.slice(0, 3);
    const tail3 = word.slice(3);
    // (Never a term the lexicon writes only in capitals: "Kunden|serv|ice" holds no ICE train.)
    const short = (w: string) => (res.acronymTerms.has(w) ? undefined : res.conceptWords.get(w));
    const head3Ids = maxCut >= 3 && res.conceptTerms.has(head3) && !res.stopwords.has(head3) ? short(head3) : undefined;
    const tail3Ids = head3Ids && res.conceptTerms.has(tail3) ? short(tail3) : undefined;
    if (head3Ids && tail3Ids) result = [...tail3Ids, ...head3Ids];
    for (let cut = 4; cut <= word.length - (strict ? 5 : 3) && cut <= maxCut && !result; cut++) {
      const tail = word.slice(cut);
      const tailIds = tail.length < 4 ? short(tail) : lookup(tail);
      if (!tailIds) continue;
      let head = word.slice(0, cut);
      const heads = [head];
      // (No linking "s" after an "s": "Bundess|traf" is no split of "Bundesstrafgericht", whose head is "Bundes".)
      for (const link of ['s', 'es', 'n', 'en']) if (head.endsWith(link) && head.length - link.length >= 4 && !(link === 's' && head.endsWith('ss'))) heads.push(head.slice(0, -link.length));
      for (head of heads) {
        const headIds = lookup(head) ?? splitCompound(head, res, depth + 1, strict);
        if (!headIds) continue;
        // The tail first: it is what the compound is ("Holzstatuen" are statues, counted as statues).
        if (res.conceptTerms.has(head) && res.conceptTerms.has(tail)) result = [...tailIds, ...headIds];
        else viaStem ??= [...tailIds, ...headIds];
        break;
      }
      // A known tail after an unknown head still tells the kind of thing (…konferenz, …minister).
      // Strict: only a tail that is itself a lexicon word, not one found through its stem (Generalstreik: strike; not Partnerschaften: "haften"),
      // and of six letters or more: a short one after an unknown head is too often a chance ending ("Veranst|alter" is no age).
      // A tail of five letters only as written: through its stem it is too often an inflected chance ending ("Erkennt|nissen" is no ISS).
      if (!viaStem && !tailOnly && depth === 0 && tail.length >= 5 && (tail.length >= 6 || res.conceptTerms.has(tail)) && (!strict || (tail.length >= 6 && res.conceptTerms.has(tail)))) tailOnly = [...tailIds];
    }
    result ??= viaStem ?? tailOnly;
    // Else the longest known head before a tail the lexicon does not know ("Waldbrand|gefahrenstufe"):
    // the head still tells what the word is about. (A short head only as a term as written, not as a stem: "Anderlecht"
    // holds no "ander", the stem of "Änderung".)
    if (!result && depth === 0 && !strict) {
      for (let cut = word.length - 4; cut >= 5 && !result; cut--) {
        const head = word.slice(0, cut);
        if (res.conceptWords.has(head) && (cut >= STEM_HEAD_MIN || res.conceptTerms.has(head))) result = [...res.conceptWords.get(head)!];
      }
    }
  }
  if (perLang.size > 50_000) perLang.clear();
  perLang.set(word, result);
  return result;
}

const conceptKeys = new Map<string, string>();
/** The concept of saying something (see extractConcepts). */
const SAY = 'say';
/** Shortest stem through which a word inside a phrase keeps concepts of its own. */
const MIN_PART_STEM = 4;
/** The shortest noun for a man read inside a noun for a woman ("Klägerin": "Kläger"). */
const MIN_MASCULINE = 5;
/** The shortest hyphenated German word read as a compound of its parts ("Ex-Club"). */
const MIN_HYPHENATED = 6;

export const CONCEPT_PREFIX = 'concept:';

/** One key string per concept, reused by every facet: later map lookups find its hash already computed. */
function conceptKey(id: string): string {
  let key = conceptKeys.get(id);
  if (key === undefined) conceptKeys.set(id, (key = `${CONCEPT_PREFIX}${id}`));
  return key;
}

/** One concept facet on the words [start, end). */
function conceptFacet(id: string, text: string, start: number, end: number): FacetInternal {
  const key = conceptKey(id);
  return { kind: 'concept', id: key, text: text.slice(start, end), start, end, anchors: [{ key, start, end }] };
}

/** The concepts of a word without those the lexicon matches only in other forms ("!concertation" for "concerts"). */
function asWritten(ids: readonly string[], stem: string, t: Token, res: LanguageResources): readonly string[] {
  const only = res.conceptsExactOnly.get(stem);
  return only ? ids.filter((id) => only.get(id)?.has(t.lower) ?? true) : ids;
}

/** Whether the word has an accent its folded form lost and a concept has it as a word matched only as written. */
function accentedAsWritten(ids: readonly string[], stem: string, t: Token, res: LanguageResources): boolean {
  if (t.lower === t.folded) return false;
  const only = res.conceptsExactOnly.get(stem);
  return !!only && ids.some((id) => only.get(id)?.has(t.lower));
}

/** The concepts of a stem key that the lexicon does not name only with a capital. */
function withoutCapitalOnly(ids: readonly string[], key: string, res: LanguageResources): readonly string[] {
  const capitalOnly = res.conceptsCapitalOnly.get(key);
  return capitalOnly ? ids.filter((id) => !capitalOnly.has(id)) : ids;
}

/** Length of a weekday or month name that starts a word ("dienstag" of "dienstagmorgen"), or 0. */
function calendarHead(word: string, res: LanguageResources): number {
  for (const names of [res.weekdays, res.months]) for (const name of names.keys()) if (name.length >= 4 && word.length > name.length && word.startsWith(name)) return name.length;
  return 0;
}

/**
 * A lone word that meets a term only through a stem of three letters or fewer, while its length
 * is far from every term's with that stem: a stem that short joins unrelated words ("bat", of
 * "il bat le record", is the stem of "bâtiment"), whereas "voté" is "vote" inflected.
 */
function shortStemOnly(t: Token, stem: string, res: LanguageResources): boolean {
  if (stem.length >= MIN_PART_STEM) return false;
  const terms = res.shortStemTerms.get(stem);
  return !!terms && !terms.some((term) => Math.abs(term.length - t.lower.length) <= 3);
}

/**
 * Whether a German word is a name the gazetteer knows whole, not to be split into parts: a place ("Frankreich" is no
 * "Frank" + "Reich") or an organisation written in one word ("Eurostar" is no euro and no star; a hyphenated one,
 * "Datenschutz-Grundverordnung", keeps its parts).
 */
function namedWhole(t: Token, res: LanguageResources): boolean {
  const kind = getGazetteer(res.lang).phrases.get(t.folded)?.kind;
  return kind === 'place' || (kind !== undefined && !t.lower.includes('-'));
}

/** Whether a hyphenated word is a common word whose parts may be read one by one (see loneWord). */
function hyphenatedCommon(t: Token, res: LanguageResources): boolean {
  const written = t.text.split('-');
  if (written.every((p) => /^\p{Lu}/u.test(p))) return false;
  const parts = t.folded.split('-');
  const last = parts[parts.length - 1]!;
  if (res.stopwords.has(last) || res.stopwords.has(last.replace(/s$/, '')) || monthAfterHyphen(t, res)) return false;
  return !parts.some((p) => res.dates.durationUnits.has(p) || wordValue(p, res.numbers) !== undefined || ordinalWordValue(p, res.numbers) !== undefined);
}

/**
 * The concepts of every run of parts of a hyphenated word ("Win-Win-Prinzip" → win-win, principle), into `found`;
 * with `words`, only parts that are no function words, each as written (a stem would read "mosquito-borne" as born).
 * Returns the parts.
 */
function hyphenRuns(lower: string, found: Set<string>, res: LanguageResources, words = false): string[] {
  const parts = lower.split('-').slice(0, 8);
  // (A run of parts may be a term the lexicon writes in words: "electric-vehicle battery" holds the electric vehicle. Each
  // part is stemmed once.)
  const stems = parts.length > 1 ? parts.map((p) => res.stem(p)) : [];
  // From the last part back: the head of a compound is its last part ("EU-Mitgliedstaaten" counts member states).
  for (let a = parts.length - 1; a >= 0; a--) {
    for (let b = a + 1; b <= parts.length; b++) {
      if (words && b === a + 1 && (parts[a]!.length < MIN_PART_STEM || res.stopwords.has(fold(parts[a]!)))) continue;
      const run = parts.slice(a, b).join('-');
      for (const id of res.conceptWords.get(run) ?? (words ? undefined : res.conceptWords.get(res.stem(run))) ?? []) found.add(id);
      if (b - a >= 2) for (const id of res.conceptsByStems.get(stems.slice(a, b).join(' ')) ?? []) found.add(id);
    }
  }
  return parts;
}

/**
 * The concepts of one word on its own (no term of two words or more starts there), in the order they are
 * reported. `found` is the lexicon's entry for the word's stem, `inside` whether the word stands after the
 * first of its sentence. What it returns depends only on these and the word, so a word record keeps it.
 */
function loneWord(t: Token, stem: string, found: readonly string[] | undefined, inside: boolean, res: LanguageResources, capitals = false): readonly string[] {
  const out: string[] = [];
  // A word in capitals only is an acronym: it is the term it spells ("NATO", "ECB"), not a word of the same stem ("UPS"
  // is no "up").
  // (A short one spells only a term the lexicon writes with a capital: "ACT", an airline's, is no act.)
  if (capitals && !spellsTerm(t.text, t.lower, res)) return out;
  // A lone function word, month or weekday is not a concept ("March" is a month before it is a protest; "the march",
  // written small where months have a capital, is one).
  // Saying is the exception: English "said" is a function word, yet it attributes a fact as
  // "a indiqué" and "teilte mit" do, which the lexicon knows as verbs.
  // (Nor is a function word once its accent is folded away, when the lexicon has the accented word as written: French
  // "né", born, is no "ne".)
  let ids: readonly string[] | undefined =
    found && !((res.stopwords.has(t.folded) && !found.includes(SAY) && !accentedAsWritten(found, stem, t, res)) || (res.months.has(t.folded) && (t.cap || !res.monthsCapitalised)) || res.weekdays.has(t.folded) || monthAfterHyphen(t, res)) ? found : undefined;
  // (Through a stem that short, only the concepts that have the word as written: "!bat", beats, and no "bâtiment".)
  if (ids && shortStemOnly(t, stem, res)) ids = ids.filter((id) => res.conceptsExactOnly.get(stem)?.get(id)?.has(t.lower));
  // A word the lexicon matches only as written ("!concertation") needs that form ("concerts" is no coordination).
  if (ids) {
    ids = asWritten(ids, stem, t, res);
    if (!ids.length) ids = undefined;
  }
  // A term the lexicon writes only with a capital (a name: "Meta", "Mondial") needs a capitalised word;
  // where every noun has a capital, a capitalised word inside a sentence that matches a noun of the
  // lexicon is that noun, not a verb with the same stem ("Fälle" are cases, not "fallen").
  if (ids && !t.cap) {
    ids = withoutCapitalOnly(ids, stem, res);
    if (!ids.length) ids = undefined;
  } else if (ids && ids.length > 1 && inside) {
    const lowerOnly = res.conceptsLowerOnly.get(stem);
    const nouns = lowerOnly ? ids.filter((id) => !lowerOnly.has(id)) : ids;
    if (nouns.length) ids = nouns;
  }
  if (ids) {
    out.push(...ids);
    // A German compound term likewise keeps the concepts of its parts (Staatsschulden: debt); only nouns are compounds.
    // Not a compound written as an idiom: "Mitternacht" is midnight, not the middle and the night.
    // (A hyphenated one keeps the concepts of its written parts: "WM-Titel" is also a title.)
    if (res.lang === 'de' && t.cap && t.lower.length >= 8 && !res.idioms.has(stem)) {
      const parts = new Set<string>();
      if (t.lower.includes('-')) hyphenRuns(t.lower, parts, res);
      for (const id of splitCompound(t.lower.replace(/-/g, ''), res, 0, true) ?? []) parts.add(id);
      for (const id of parts) if (!ids.includes(id)) out.push(id);
    }
    return out;
  }
  // In English, a word of hyphenated parts the lexicon does not know whole holds its parts' concepts: "high-risk" is "à
  // haut risque", "mosquito-borne" holds the mosquito. Not a name, every part capitalised ("Euro-Asian"); not an age or
  // a count ("16-year-olds", "three-time"); not a noun of a verb and its particle ("sign-ups", "break-in").
  if (res.hyphenatedParts && t.lower.includes('-') && !/\d/.test(t.lower) && hyphenatedCommon(t, res)) {
    const found = new Set<string>();
    hyphenRuns(t.lower, found, res, true);
    return [...found];
  }
  // A lower-case adjective made of a noun and an end ("masernfrei", "wetterbedingt") holds the noun's concepts.
  if (!t.cap && res.nounAdjectiveEnds.length) {
    const end = res.nounAdjectiveEnds.find((e) => t.lower.length >= e.length + 4 && t.lower.endsWith(e));
    if (end) {
      const noun = t.lower.slice(0, -end.length);
      // (Not where the adjective names a quality: "fehlerfrei" is flawless, no mistake.)
      if (res.qualityNouns.has(fold(noun))) return [];
      const nounIds = res.conceptWords.get(noun) ?? res.conceptWords.get(res.stem(noun)) ?? splitCompound(noun, res);
      if (nounIds) return [...new Set(nounIds)];
    }
  }
  // A separable verb with "zu" inside ("vorzulesen", "anzufassen") is the verb without it ("vorlesen").
  const particle = t.cap ? 0 : fusedInfinitive(t.lower, res);
  if (particle) {
    const verb = t.lower.slice(0, particle) + t.lower.slice(particle + 2);
    const verbIds = res.conceptWords.get(verb) ?? res.conceptWords.get(res.stem(verb));
    if (verbIds) return [...verbIds];
  }
  // Not a place name ("Frankreich" is no "Frank" + "Reich") and not a number word ("Hunderttausende").
  // (Nor a point of the compass joined to one: "Mittelengland" is no means and no England.)
  // (A hyphenated one may be short: "Ex-Club" is a former club.)
  // (Nor a word with a letter German does not write, a foreign name: "Frostadóttir" is no frost.)
  if (res.lang === 'de' && t.cap && (t.lower.length >= 8 || (t.lower.includes('-') && t.lower.length >= MIN_HYPHENATED)) && !foreignSpelling(t.lower) && !res.stopwords.has(t.folded) && !res.months.has(t.folded) && !res.weekdays.has(t.folded) && !res.numbers.approx.has(t.folded) && !namedWhole(t, res) && !compassPlace(t.folded, res)) {
    // A weekday or month at the head ("Dienstagmorgen", "Märzhälfte") is the date's: only the rest is split.
    // Hyphenated compounds: every run of parts ("Win-Win-Prinzip" → win-win, principle).
    const found = new Set<string>();
    if (t.lower.includes('-')) {
      const parts = hyphenRuns(t.lower, found, res);
      // A long part the lexicon does not know whole is a compound of its own ("Italienisch-Sprachtest": language, test);
      // not a place's name ("Bodensee-Pegel" is no Boden + See).
      for (const part of parts) {
        if (part.length < 8 || res.conceptWords.has(part) || res.conceptWords.has(res.stem(part)) || getGazetteer(res.lang).phrases.get(fold(part))?.kind === 'place') continue;
        for (const id of splitCompound(part, res) ?? []) found.add(id);
      }
      out.push(...found);
    }
    // The word without its hyphens is split only where its written parts told nothing: "IOC-Mitglieder" is
    // members, not "iocmitg" + "Lieder".
    if (!found.size) {
      const word = t.lower.replace(/-/g, '');
      const dateHead = calendarHead(word, res);
      const rest = dateHead ? word.slice(dateHead) : word;
      const parts = dateHead ? (rest.length >= 4 ? (res.conceptWords.get(rest) ?? res.conceptWords.get(res.stem(rest)) ?? splitCompound(rest, res)) : null) : splitCompound(word, res);
      if (parts) out.push(...new Set(parts));
    }
  }
  // A noun for a woman the lexicon knows neither whole nor in parts ("Sozialdemokratin", "Klägerin") is the noun for a man.
  if (!out.length && t.cap) out.push(...(masculineConcepts(t.lower, res) ?? []));
  return out;
}

/** Whether a hyphenated word ends in a month written as months are ("mid-March", "mi-mars"): a date, no protest march. */
function monthAfterHyphen(t: Token, res: LanguageResources): boolean {
  const dash = t.text.lastIndexOf('-');
  if (dash < 0) return false;
  const tail = t.text.slice(dash + 1);
  return res.months.has(fold(tail)) && (!res.monthsCapitalised || tail[0] !== tail[0]!.toLowerCase());
}

/** A letter with an accent German does not write (German compounds have only ä, ö, ü and ß). */
const FOREIGN_LETTER = /[\u00e0-\u00e3\u00e5-\u00f5\u00f8-\u00fb\u00fd-\u00ff\u0100-\u024f]/u;
/** Whether a lower-case word has a letter German does not write: a foreign name, no German compound ("frostadóttir"). */
export const foreignSpelling = (lower: string): boolean => FOREIGN_LETTER.test(lower);

/** The concepts of the noun for a man inside a noun for a woman ("sozialdemokratin": socialist), if the lexicon knows it. */
export function masculineConcepts(lower: string, res: LanguageResources): readonly string[] | undefined {
  const end = res.feminineEnds.find((e) => lower.length >= e.length + MIN_MASCULINE && lower.endsWith(e));
  const man = end ? lower.slice(0, -end.length) : '';
  // (Only a noun for a person, by its ending: "Weinstein" is no "Weinste" + "in".)
  return man && res.agentEndings.some((e) => man.endsWith(e)) ? (res.conceptWords.get(man) ?? res.conceptWords.get(res.stem(man))) : undefined;
}

/** A word of two capitals or more and no small letter ("UPS", "NATO"); two plain tests, each linear. */
const SMALL_LETTER = /\p{Ll}/u;
const CAPITALS = /\p{Lu}.*?\p{Lu}/u;
const allCapitals = (word: string) => !SMALL_LETTER.test(word) && CAPITALS.test(word);

/** Concepts of the multilingual lexicon, matched on stems, longest phrase first. */
export function extractConcepts(text: string, tokens: readonly Token[], res: LanguageResources, chosen?: ReadonlySet<Sense>): FacetInternal[] {
  const out: FacetInternal[] = [];
  if (!res.supported) return out;
  const words = tokens.map((t) => res.word(t));
  for (let i = 0; i < tokens.length; i++) {
    // Grow the stem sequence while it is still the start of some term; keep the longest term of two words or more.
    // The trie ends the walk where no term continues.
    let matched = 0;
    let ids: readonly string[] | undefined;
    let node = words[i]!.conceptNode;
    for (let n = 2; node?.next && i + n <= tokens.length; n++) {
      if (punctuatedGap(text, tokens[i + n - 2]!.end, tokens[i + n - 1]!.start)) break;
      node = res.conceptTrie.step(node, words[i + n - 1]!.stem);
      if (!node) break;
      if (node.value) {
        matched = n;
        ids = node.value;
      }
    }
    // "à partir de" is "from", not a departure: the words of a function phrase are no concepts, unless a longer term
    // opens with them ("around the clock", though "around" is a function word, "rund um die Uhr").
    const fp = res.functionPhrases.at(tokens, i);
    if (fp && matched <= fp.length) {
      i += fp.length - 1;
      continue;
    }
    const t0 = tokens[i]!;
    if (!matched || !ids) {
      // One word: what it gives depends on the word, its capital and whether it opens the sentence only, and is kept on its record.
      const rec = words[i]!;
      const capitals = t0.cap && allCapitals(t0.text);
      const slot = capitals ? 3 : !t0.cap ? 0 : i === 0 ? 1 : 2;
      let lone = rec.lone[slot];
      if (lone === undefined) rec.lone[slot] = lone = loneWord(t0, rec.stem, rec.conceptNode?.value, i > 0, res, capitals);
      for (const id of lone) out.push(conceptFacet(id, text, t0.start, t0.end));
      continue;
    }
    const stems = words.slice(i, i + matched).map((w) => w.stem);
    // A term the lexicon writes only with a capital (a name: "Meta", "Mondial") needs a capitalised word.
    if (!t0.cap) {
      ids = withoutCapitalOnly(ids, stems.join(' '), res);
      if (!ids.length) continue;
    }
    const start = t0.start;
    const end = tokens[i + matched - 1]!.end;
    for (const id of ids) out.push(conceptFacet(id, text, start, end));
    // A phrase keeps the concepts of its words: "public debt" is also "debt",
    // so that it still meets "la dette" in a version that does not say "publique".
    const idiom = res.idioms.size > 0 && res.idioms.has(stems.join(' '));
    // And the terms of two words or more inside it: "violation de l'espace aérien" is also airspace.
    for (let k = i + 1; k + 1 < i + matched && !idiom; k++) {
      let inner = words[k]!.conceptNode;
      for (let n = 2; inner?.next && k + n <= i + matched; n++) {
        inner = res.conceptTrie.step(inner, stems[k + n - 1 - i]!);
        if (!inner) break;
        if (inner.value) for (const id of inner.value) if (!ids.includes(id)) out.push(conceptFacet(id, text, tokens[k]!.start, tokens[k + n - 1]!.end));
      }
    }
    for (let k = i; k < i + matched && !idiom; k++) {
      const t = tokens[k]!;
      const stem = stems[k - i]!;
      // A short stem meets unrelated words ("péri" and "père" are both "per"): then only the word as written counts.
      if (res.stopwords.has(t.folded) || (stem.length < MIN_PART_STEM && !res.conceptWords.has(t.lower))) continue;
      for (const id of asWritten(res.conceptsByStems.get(stem) ?? [], stem, t, res)) {
        if (ids.includes(id) || (!t.cap && res.conceptsCapitalOnly.get(stem)?.has(id))) continue;
        out.push(conceptFacet(id, text, t.start, t.end));
      }
    }
    i += matched - 1;
  }
  if (res.senses.length) chooseSenses(out, tokens, res, chosen);
  if (res.separableParticles.size) {
    const joined = separableVerbs(text, tokens, res);
    if (joined.length) {
      // The verb of "teilte … mit" says, it does not share ("teilen"): its concepts are the joined verb's.
      const verbs = new Set(joined.map((f) => `${f.start}:${f.end}`));
      return [...out.filter((f) => !verbs.has(`${f.start}:${f.end}`)), ...joined];
    }
  }
  return out;
}

/** A sense's first-sense and cue concepts as facet ids, built once per sense (the loop below runs per facet). */
const senseKeys = new WeakMap<Sense, { from: ReadonlySet<string>; cues: ReadonlySet<string>; to: string }>();
function keysOfSense(sense: Sense): { from: ReadonlySet<string>; cues: ReadonlySet<string>; to: string } {
  let keys = senseKeys.get(sense);
  if (!keys) senseKeys.set(sense, (keys = { from: new Set(sense.from.map(conceptKey)), cues: new Set(sense.cues.map(conceptKey)), to: conceptKey(sense.to) }));
  return keys;
}

/** A word's second sense where a concept that cues it stands within reach (see Sense); in place. */
function chooseSenses(out: FacetInternal[], tokens: readonly Token[], res: LanguageResources, chosen?: ReadonlySet<Sense>): void {
  let changed = false;
  // (Built at the first sense with a word of its first sense here: the token each facet starts at, and the facets by
  // their span, so that the cues within reach and the concepts on one word are looked up, not scanned for per facet.)
  let at: number[] | undefined;
  let bySpan: Map<string, number[]> | undefined;
  for (const sense of res.senses) {
    const whole = sense.scope === 'document';
    if (whole && !chosen?.has(sense)) continue;
    const keys = keysOfSense(sense);
    /** The token positions of this sense's cues, made at its first word (a word given the second sense may cue the next). */
    let cues: Set<number> | undefined;
    for (let k = 0; k < out.length; k++) {
      const f = out[k]!;
      if (!keys.from.has(f.id)) continue;
      if (!at) {
        at = out.map((g) => firstFrom(tokens, g.start));
        bySpan = new Map();
        out.forEach((g, j) => {
          const key = `${g.start}:${g.end}`;
          const list = bySpan!.get(key);
          if (list) list.push(j);
          else bySpan!.set(key, [j]);
        });
      }
      const i = at[k]!;
      const word = tokens[i];
      // The word as written, or the last part of a compound ("Luftraumverletzung" holds airspace and the word).
      const alone = sense.words.includes(word?.folded ?? '');
      if (!word || !(alone || sense.words.some((w) => word.folded.endsWith(w) && f.end === word.end && word.folded.length > w.length))) continue;
      // (A compound's sense is its own parts': "Knieverletzung" stays an injury beside "Urheberrechtsverletzung".)
      if (!whole) {
        if (!cues) {
          cues = new Set();
          for (let j = 0; j < out.length; j++) if (keys.cues.has(out[j]!.id)) cues.add(at[j]!);
        }
        // (The positions within reach are looked at, a few words each way; a cue is no concept of the first sense, so no
        // facet of this word's own.)
        const reach = alone ? sense.reach : 0;
        let cued = false;
        for (let d = -reach; d <= reach && !cued; d++) cued = cues.has(i + d);
        if (!cued) continue;
      }
      changed = true;
      // Every concept of the first sense on this word gives way to the one of the second.
      for (const j of bySpan!.get(`${f.start}:${f.end}`)!) {
        const g = out[j]!;
        if (keys.from.has(g.id)) out[j] = { ...g, id: keys.to, anchors: [{ key: keys.to, start: g.start, end: g.end }] };
      }
      if (keys.cues.has(keys.to)) cues?.add(i);
    }
  }
  if (changed) dedupeSenses(out);
}

/** A word given the second sense twice, once per concept of the first, keeps one; in place. */
function dedupeSenses(out: FacetInternal[]): void {
  const seen = new Set<string>();
  let n = 0;
  for (const f of out) {
    const key = `${f.id}@${f.start}:${f.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out[n++] = f;
  }
  out.length = n;
}

/**
 * The senses whose cue may stand anywhere in the text (see Sense.scope) that the text's concepts choose: read only where
 * a word of such a sense is in the text. A word's own concepts do not cue it.
 */
export function documentSenses(text: string, tokens: readonly Token[], res: LanguageResources): ReadonlySet<Sense> {
  const out = new Set<Sense>();
  const wanted = res.senses.filter((s) => s.scope === 'document' && tokens.some((t) => s.words.includes(t.folded)));
  if (!wanted.length) return out;
  const ids = new Set(extractConcepts(text, tokens, res).map((f) => f.id));
  for (const sense of wanted) {
    const { cues } = keysOfSense(sense);
    for (const id of ids) if (cues.has(id)) out.add(sense);
  }
  return out;
}

/** A day's ordinal point ("2. September", "vom 15. bis 19. Oktober"): a number of one or two digits, its point, then a month or a range word and the next day. */
function dayOrdinal(v: Token, gap: string, next: Token, after: Token | undefined, res: LanguageResources): boolean {
  return /^\.\s$/.test(gap) && /^\d{1,2}$/.test(v.folded) && (res.months.has(next.folded) || (res.stopwords.has(next.folded) && /^\d{1,2}$/.test(after?.folded ?? '')));
}

/** Most words between a German verb and its particle at the end of the clause ("brach nach Angaben von
 * Innenminister Panče Toškovski gegen 3 Uhr während eines Konzerts aus"): only a known verb is joined. */
const SEPARABLE_REACH = 15;

/**
 * German separable verbs: "kündigte … an" is "ankündigte", "stürzte … ein"
 * "einstürzte". A particle at the end of a clause is joined to the nearest
 * lower-case word before it in the clause (German nouns are capitalised) and
 * looked up as one word; the concept stands on the verb.
 */
function separableVerbs(text: string, tokens: readonly Token[], res: LanguageResources): FacetInternal[] {
  const out: FacetInternal[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const p = tokens[i]!;
    if (!res.separableParticles.has(p.folded) || p.cap) continue;
    const after = text.slice(p.end, (tokens[i + 1]?.start ?? p.end + 2));
    // Not at the end of its clause, which punctuation or a coordinator ends ("weist … zurück und spricht").
    if (i + 1 < tokens.length && !/[,;:.!?)–—]/.test(after) && !res.coordinators.has(tokens[i + 1]!.lower)) continue;
    for (let k = i - 1; k >= 0 && k >= i - SEPARABLE_REACH; k--) {
      const v = tokens[k]!;
      const gap = text.slice(v.end, tokens[k + 1]!.start);
      // Punctuation ends the clause, but not the comma or point inside a number ("ruft 1,2 Millionen Autos zurück"), nor
      // the point of a day's ordinal before its month or the end of its range ("steht seit dem 2. September still", "findet
      // vom 15. bis 19. Oktober statt").
      if (/[,;:.!?(]/.test(gap) && !((gap === ',' || gap === '.') && /\d$/.test(v.folded) && /^\d/.test(tokens[k + 1]!.folded)) && !dayOrdinal(v, gap, tokens[k + 1]!, tokens[k + 2], res)) break;
      if (v.cap || res.stopwords.has(v.folded) || /\d/.test(v.folded)) continue;
      // A strong verb changes its stem ("nahm … teil"): its infinitive joins the particle instead.
      const strong = res.strongVerbForms.get(v.lower);
      const joined = p.lower + (strong ?? v.lower);
      const ids = res.conceptWords.get(joined) ?? res.conceptWords.get(res.stem(joined));
      if (!ids) continue;
      for (const id of ids) out.push(conceptFacet(id, text, v.start, v.end));
      break;
    }
  }
  return out;
}
