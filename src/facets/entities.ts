import { BODY_HEADS, combiningForms, COMPANY_SUFFIXES, countryOfCapital, FEATURE_HEADS, FEATURE_TAILS, getGazetteer, GIVEN_NAMES, type GazetteerEntry, type LanguageResources, nameConcepts, spellsTerm } from '../resources/index.js';
import { atLineStart, firstFrom, fold, punctuatedGap, quotedName, type Range, type Token, type TrieNode } from '../text.js';
import type { FacetInternal } from './types.js';

/** Hoisted: a regex literal in a function is a new object on every call. */
const HAS_LETTER = /\p{L}/u;
const TWO_LETTERS = /\p{L}{2}/u;

/**
 * A transliteration-tolerant key for names, so that Putin / Poutine,
 * Poroshenko / Porochenko / Poroschenko and Shoigu / Choïgou / Schoigu meet.
 * It folds accents, merges the sh-sounds (sh, ch, sch, tsch, tch, kh), z → s, ou → u,
 * w → v, j and y → i (German dsch and French dj are a j), drops an "e" after a, o or u between consonants (an umlaut
 * spelled out: Hoerl / Hörl), doubled letters and a final a, e or o.
 */
export function nameKey(name: string): string {
  let key = nameKeys.get(name);
  if (key === undefined) {
    if (nameKeys.size >= 50_000) nameKeys.clear();
    nameKeys.set(name, (key = computeNameKey(name)));
  }
  return key;
}

/** A saint's word opening a name, before the rest of it (written whole, cut short, in German; also feminine). */
const SAINT_PREFIX = /^(?:saint|sainte|sankt|st|ste)(?:\.\s*|[\s‐‑-]+)(?=[a-z])/;

/** The Arabic article at the head of a hyphenated name, before a name of three letters or more. */
const ARABIC_ARTICLE = /^(?:al|el|ash|ad|ar|as|at|az)[-‐‑](?=[a-z]{3})/;

/** Keys already computed: names recur within and across the versions of a story. */
const nameKeys = new Map<string, string>();

function computeNameKey(name: string): string {
  return fold(name)
    // A saint's name opening a place is written out, cut short or in German ("Saint-Anton", "St. Anton", "Sankt Anton").
    .replace(SAINT_PREFIX, 'saint')
    // The Arabic article joined by a hyphen is written "al-", "el-" or assimilated ("ash-"): "el-Balah" / "al-Balah".
    .replace(ARABIC_ARTICLE, '')
    .replace(/[^a-z]/g, '')
    // A German umlaut written with "e" where it is not at hand (Hoerl / Hörl, Mueller / Müller), between consonants (not
    // the "eue" of "Feuer", nor a name that opens with the vowel, "Aena").
    .replace(/(?<=[b-df-hj-np-tv-z])([aou])e(?=[b-df-hj-np-tv-z])/g, '$1')
    // German "Dsch" and French "Dj" write an English "J" (Dschermuk, Djibouti / Jermuk, Jibuti).
    .replace(/dsch|dzh|dj/g, 'j')
    // The Russian х is "kh" in English and French, "ch" in German (Zakharova / Sacharowa).
    .replace(/tsch|tch|sch|sh|ch|zh|kh/g, 'x')
    // The Russian з is "z" in English and French, "s" in German (Zelensky / Selenskyj).
    .replace(/z/g, 's')
    .replace(/ou/g, 'u')
    .replace(/w/g, 'v')
    .replace(/[jy]/g, 'i')
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/ck|q/g, 'k')
    .replace(/(.)\1+/g, '$1')
    // A final vowel varies between languages: Sevilla / Seville, Milano / Milan, Roma / Rome; German writes a region's
    // "-ia" or "-ie" as "-ien" (Tasmanien / Tasmania / Tasmanie).
    .replace(/ien$/, 'i')
    .replace(/[aeo]$/, '');
}

/** Most words a public body's name has before its head ("World Sailing Speed Record Council"): the look back stays short. */
const BODY_NAME_WORDS = 6;

/**
 * An acronym the lexicon holds for a thing, not a name ("AI", "KI", "IA": artificial intelligence; "GDP"): its concept
 * says what it is, and it is no organisation. (One whose concept is a name, "NATO", stays one.)
 */
function commonTerm(acronym: string, res: LanguageResources): boolean {
  const lower = acronym.toLowerCase();
  if (!spellsTerm(acronym, lower, res)) return false;
  const ids = res.conceptWords.get(lower);
  return !!ids && ids.length > 0 && ids.every((id) => !nameConcepts().has(id));
}

export const ACRONYM = /^[\p{Lu}][\p{Lu}\d]{1,5}$/u;
/** Most words of a dateline's town in capitals ("SANTIAGO DE COMPOSTELA"). */
const DATELINE_TOWN_WORDS = 4;
/** A word in capital letters, of two letters or more (a dateline's town: "SACRAMENTO"). */
const CAPITALS_WORD = /^\p{Lu}[\p{Lu}'’-]+$/u;
const ROMAN = /^[IVXLCDM]+$/;
/** One side of a name of capitals joined by an ampersand ("H&M", "AT&T"). */
const AMPERSAND_PART = /^\p{Lu}{1,3}$/u;
const AMPERSAND = 0x26;
/** Most places a route written with hyphens joins ("Paris-Lyon-Marseille"). */
const ROUTE_PLACES = 3;
// German common-noun endings: such a word after "in" is not a place name.
/** German adjective endings after an article or none ("mehreren", "umgestürzten", "neue", "großer"). */
const GERMAN_ADJECTIVE = /[a-zäöüß]{3}(e|en|er|em|es)$/;

/**
 * A German lower-case word that reads as an inflected adjective before a noun, not as a verb in the past,
 * nor as a nationality, which comes before names of places as often as before nouns ("die rumänischen Karpaten"),
 * with a point of the compass too ("im ostungarischen Debrecen").
 */
function adjectiveBefore(tokens: readonly Token[], k: number, res: LanguageResources): boolean {
  const t = tokens[k]!;
  // (Nor one with a point of the compass before it: "im nordniederländischen Delfzijl".)
  if (t.cap || !GERMAN_ADJECTIVE.test(t.folded) || res.pastVerbLike(t.folded) || getGazetteer(res.lang).phrases.get(t.folded)?.kind === 'place' || compassPlace(t.folded, res)) return false;
  // Not the end of a function phrase ("unter anderem Volvo").
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) if (res.functionPhrases.at(tokens, j)?.length === k - j + 1) return false;
  return true;
}

/** Endings of German plural and inflected nouns ("mit Pizzen", "von Oliven"): such a word after a preposition is a noun. */
const GERMAN_PLURAL = /(?:e|en|n|er|el)$/;
/** Words of a name given after a naming phrase, at most (see namingPhrases). */
const NAMED_WORDS = 4;
const GERMAN_NOUN_ENDING = /(ung|heit|keit|schaft|tion|tat|ismus|nis|nisse|tum|ment|enz|anz)(en|n|s)?$/;
/** A letter with an accent German does not write ("Sélestat", "Kraków"): the word is a name, whatever its ending. */
const FOREIGN_LETTER = /[\u00c0-\u00c3\u00c5-\u00d5\u00d8-\u00db\u00dd\u00de\u00e0-\u00e3\u00e5-\u00f5\u00f8-\u00fb\u00fd-\u00ff\u0100-\u017e]/;
/** A German noun by its ending ("Zeitung", "Realität"), unless a letter shows it foreign. */
const germanNoun = (t: Token) => GERMAN_NOUN_ENDING.test(t.folded) && !FOREIGN_LETTER.test(t.text);
/** In German, "der"/"den"/"des" between two capitalised words is a genitive ("Prozent der Fernzüge"), not a name. */
const GERMAN_ARTICLES = new Set(['der', 'den', 'des']);
const PARTICLES = new Set(['de', 'da', 'del', 'della', 'di', 'du', 'des', 'van', 'von', 'der', 'den', 'al', 'el', 'bin', 'ben', 'ibn', 'abu', 'la', 'le', 'zu', 'y']);
/** A given name, or one of given names joined by a hyphen ("Jean-Yves", "Karl-Theodor"). */
function isGivenName(word: string): boolean {
  return GIVEN_NAMES.has(word) || (word.includes('-') && word.split('-').every((part) => GIVEN_NAMES.has(part)));
}
/** English heads of the names of parts of a country, kept in French and German texts ("Gaines County"). */
const PLACE_HEADS = new Set(['County', 'Province', 'Oblast', 'Prefecture', 'District', 'Island', 'Islands', 'Valley']);
/** Words of a saint that open a place's name ("St. Anton", "Sankt Gallen", "Saint Helier"): no person's first word. */
const SAINT_WORDS = new Set(['st', 'ste', 'saint', 'sainte', 'sankt']);
/** Articles that open the names of towns ("La Rochelle", "Le Havre", "Las Palmas", "El Paso"). */
const TOWN_ARTICLES = new Set(['la', 'le', 'les', 'las', 'los', 'el']);
/** A particle joined to the name by a hyphen ("Abd el-Fattah", "Bashar al-Assad"): one word of the name. */
const HYPHENED_PARTICLE = /^(?:al|el|ad|ar|as|ash|at|az|an|bin|ibn|abu|ben)[-‐‑]\p{Lu}/u;

export interface EntityContext {
  text: string;
  tokens: readonly Token[];
  res: LanguageResources;
  /**
   * True for a word the language knows as a common word (stopword, lexicon term, month...);
   * exact: only as written, not through a term's stem ("Ferri" is not "ferry").
   */
  isCommon(t: Token, exact?: boolean): boolean;
  /** True for a function word, month, weekday or unit: never part of a name. */
  isPlainWord(t: Token): boolean;
  /** Surname keys found in the document so far (for single-word mentions). */
  surnames: Set<string>;
  /** Folded words the whole document shows to be names (German; see documentNames). */
  names?: Set<string>;
  /** True for a token that a number or date already stands on ("Prozent" in "22,6 Prozent"). */
  covered?(t: Token): boolean;
  /** Whether a term of the concept lexicon spans exactly from start to end ("Security Council"). */
  isTerm?(start: number, end: number): boolean;
}

/** An opening quote right before a name, perhaps with a short article between ("The, "O, «Le). */
const QUOTE_BEFORE = /["“«„‘]\s?(?:\p{Lu}\p{Ll}{0,2}\s)?$/u;
/** A closing quote right after a name. */
const QUOTE_AFTER = /^\s?["”»“’]/u;
/** What stands between two words where the second may open a sentence, a heading or a quotation. */
const SENTENCE_GAP = /[.!?:;\n"“«„(–—-]/;
/** How far back from a name an opening quote is looked for: the quote, a space and an article of three letters. */
const QUOTE_LOOK = 6;

/**
 * Whether a name fills a pair of quotes, perhaps after an article: a title ("The Blue Trail", «O Último Azul»), a work's
 * name that versions may translate, no one who did anything.
 */
export function quotedTitle(text: string, f: Range): boolean {
  return QUOTE_BEFORE.test(text.slice(Math.max(0, f.start - QUOTE_LOOK), f.start)) && QUOTE_AFTER.test(text.slice(f.end, f.end + 2));
}

/** A word with a few small letters before a capital, then letters or digits ("airBaltic", "easyJet", "eBay"). */
const CAMEL_NAME = /^\p{Ll}{1,4}\p{Lu}[\p{L}\d]{2,}$/u;

/** Organisations and places from the gazetteer, acronyms, and people (after a title, or as two or more name words). */
export function extractEntities(ctx: EntityContext): FacetInternal[] {
  const { text, tokens, res } = ctx;
  const gaz = getGazetteer(res.lang);
  const out: FacetInternal[] = [];
  // Which tokens a facet holds already: one byte per token (a Set of numbers costs a hash per test, and every pass tests every token).
  const taken = new Uint8Array(tokens.length);
  /** A facet on the text from start to end (part of a token, or a run of them). */
  const pushSpan = (kind: FacetInternal['kind'], id: string, start: number, end: number) => {
    out.push({ kind, id, text: text.slice(start, end), start, end, anchors: [{ key: id, start, end }] });
  };
  /** A facet on tokens i..j, which it takes. */
  const push = (kind: FacetInternal['kind'], id: string, i: number, j: number) => {
    pushSpan(kind, id, tokens[i]!.start, tokens[j]!.end);
    for (let k = i; k <= j; k++) taken[k] = 1;
  };
  /**
   * A dateline's town in capitals from token i at the start of a line, of up to DATELINE_TOWN_WORDS words, before a comma
   * or a bracket ("MUSCAT, August 2", "VEVEY (Suisse), 22 août", "PORT SUDAN, Oct 27"): the index of its last word, or -1.
   */
  const datelineTown = (i: number): number => {
    const t = tokens[i]!;
    if (!t.cap || !CAPITALS_WORD.test(t.text) || ROMAN.test(t.text) || !atLineStart(text, t.start)) return -1;
    let j = i;
    while (j + 1 < tokens.length && j - i < DATELINE_TOWN_WORDS && text.slice(tokens[j]!.end, tokens[j + 1]!.start) === ' ' && CAPITALS_WORD.test(tokens[j + 1]!.text)) j++;
    return text[tokens[j]!.end] === ',' || text.startsWith(' (', tokens[j]!.end) ? j : -1;
  };
  // A town of several words is one place unless the gazetteer knows it whole ("SANTIAGO DE COMPOSTELA"): not a country
  // and a port ("PORT SUDAN"), nor a person.
  const town = tokens.length > 1 ? datelineTown(0) : -1;
  if (town > 0 && !gaz.phrases.get(fold(text.slice(tokens[0]!.start, tokens[town]!.end)))) push('place', `place:${nameKey(text.slice(tokens[0]!.start, tokens[town]!.end))}`, 0, town);
  // Places joined by a hyphen name a route between them ("the Vienna-Brussels Nightjet", "Wien-Brüssel", "la ligne
  // Paris-Lyon"): each is its place, where every part is a place the gazetteer knows.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.cap || t.text.indexOf('-') < 0) continue;
    const parts = t.text.split('-');
    if (parts.length < 2 || parts.length > ROUTE_PLACES || gaz.phrases.has(t.folded)) continue;
    const entries = parts.map((p) => (p.length >= 3 && /^\p{Lu}/u.test(p) ? gaz.phrases.get(fold(p)) : undefined));
    // (A town before a name of its own that no gazetteer knows is that town's: an airport, a district, "Amsterdam-Schiphol",
    // "Berlin-Kreuzberg"; not before a word of the lexicon, which makes a German compound, "Chicago-Marathon".)
    const named = (p: string) => /^\p{Lu}\p{Ll}{2,}$/u.test(p) && !res.conceptWords.has(p.toLowerCase()) && !res.conceptWords.has(res.stem(p.toLowerCase()));
    if (entries[0]?.id.startsWith('city:') && entries.slice(1).every((e) => !e) && parts.slice(1).every(named)) {
      pushSpan('place', entries[0].id, t.start, t.start + parts[0]!.length);
      taken[i] = 1;
      continue;
    }
    if (!entries.every((e) => e?.kind === 'place')) continue;
    let at = t.start;
    parts.forEach((p, k) => {
      pushSpan('place', entries[k]!.id, at, at + p.length);
      at += p.length + 1;
    });
    taken[i] = 1;
  }
  // Capitals joined by an ampersand are one name ("H&M", "AT&T", "P&O"), written alike in every language: read
  // before names of people, whose initials they are not ("P&O Ferries" is no "O Ferries").
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [a, b] = [tokens[i]!, tokens[i + 1]!];
    if (b.start !== a.end + 1 || text.charCodeAt(a.end) !== AMPERSAND || taken[i] === 1 || taken[i + 1] === 1 || !AMPERSAND_PART.test(a.text) || !AMPERSAND_PART.test(b.text)) continue;
    push('org', `org:${fold(a.text)}&${fold(b.text)}`, i, i + 1);
    i++;
  }
  // Gazetteer, longest match first.
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i] === 1) continue;
    // Grow the key one token at a time and keep the longest entry that fits.
    const first = tokens[i]!;
    let node: TrieNode<GazetteerEntry> | undefined;
    let best: { n: number; kind: 'org' | 'place'; id: string } | undefined;
    for (let n = 1; i + n <= tokens.length; n++) {
      if (n === 1) {
        // The first step is kept on the word's record (one lookup per word, not per table).
        const rec = res.word(first);
        if (rec.gazetteerNode === undefined) rec.gazetteerNode = gaz.trie.step(undefined, first.folded) ?? null;
        node = rec.gazetteerNode ?? undefined;
      } else {
        const prev = node;
        node = gaz.trie.step(prev, tokens[i + n - 1]!.folded);
        // A place of two words or more in the genitive ends in its ending ("des Nahen Ostens").
        if (!node && first.cap) {
          const word = tokens[i + n - 1]!.folded;
          for (const g of res.placeGenitives) {
            const e = word.length > g.length + 2 && word.endsWith(g) ? gaz.trie.step(prev, word.slice(0, -g.length))?.value : undefined;
            if (e?.kind === 'place') best = { n, kind: e.kind, id: e.id };
          }
        }
      }
      if (!node) break;
      const e = node.value;
      const capLast = e?.capLast && n > 1 ? tokens[i + n - 1]!.cap : undefined;
      if (e && capLast !== false && !(e.needsCap && !first.cap && !capLast) && !(e.allCaps && first.text !== first.text.toUpperCase()) && !(e.exact && first.text !== e.accented)) best = { n, kind: e.kind, id: e.id };
      if (!node.next) break;
    }
    // A place name in the genitive ("die Küste Floridas", "Moskaus Bürgermeister") is the place.
    if (!best && first.cap) {
      for (const g of res.placeGenitives) {
        const e = first.folded.length > g.length + 2 && first.folded.endsWith(g) ? gaz.phrases.get(first.folded.slice(0, -g.length)) : undefined;
        // (A name with accents keeps them: "Brunner" is no Brünn.)
        if (e?.kind === 'place' && !(e.allCaps && first.text !== first.text.toUpperCase()) && !(e.accented !== undefined && !first.text.startsWith(e.accented))) best = { n: 1, kind: e.kind, id: e.id };
      }
    }
    // A given name that is also a place, before a capitalised word that is neither a common word nor a place, opens a
    // person's name ("Dominique Pelicot", "Jordan Bardella"): it is left for the names below.
    const after = tokens[i + 1];
    if (best?.kind === 'place' && best.n === 1 && GIVEN_NAMES.has(first.text) && after?.cap && /^[ \u00a0]+$/.test(text.slice(first.end, after.start)) && !ctx.isCommon(after) && !gaz.trie.step(undefined, after.folded)?.value) best = undefined;
    // A place of one word right after a given name that is no place itself is that person's surname ("Luís Montenegro";
    // not after "Paris", a place, where the rule above decides).
    const before = tokens[i - 1];
    if (best?.kind === 'place' && best.n === 1 && first.cap && before?.cap && GIVEN_NAMES.has(before.text) && /^[ \u00a0]+$/.test(text.slice(before.end, first.start)) && !gaz.trie.step(undefined, before.folded)?.value) best = undefined;
    // A place of one word that is also a function word is that word at the head of a sentence ("Seine Ergebnisse wurden
    // gestrichen": his results, no river).
    if (best?.kind === 'place' && best.n === 1 && i === 0 && res.stopwords.has(first.folded)) best = undefined;
    if (best) {
      push(best.kind, best.id, i, i + best.n - 1);
      // A capital that speaks is its country's government ("Minsk a démenti" as "Belarus denied"): it anchors the country too.
      const country = best.kind === 'place' ? countryOfCapital(best.id) : undefined;
      // (The subject: first in its clause or after a coordinator, not after a preposition, "the talks in Moscow said".)
      const next = i + best.n;
      const opens = i === 0 || punctuatedGap(text, tokens[i - 1]!.end, first.start) || res.coordinators.has(tokens[i - 1]!.lower) || !res.stopwords.has(tokens[i - 1]!.folded);
      if (country && opens && next < tokens.length && !punctuatedGap(text, tokens[next - 1]!.end, tokens[next]!.start) && res.attributionVerbs.at(tokens, next)) {
        out[out.length - 1]!.anchors.push({ key: country, start: first.start, end: tokens[next - 1]!.end });
      }
      i += best.n - 1;
    }
  }
  // A dateline's town of one word in capitals the gazetteer does not know, however long ("SACRAMENTO, April 13"), is a
  // place, not an acronym nor a name the document knows.
  for (let i = 0; i < tokens.length; i++) if (taken[i] !== 1 && datelineTown(i) === i) push('place', `place:${nameKey(tokens[i]!.text)}`, i, i);
  // A brand written with a small letter before a capital ("airBaltic", "easyJet", "eBay") is a name in every language.
  // (Only a word written small at its start that holds a capital can be one: most words are ruled out before the pattern.)
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (taken[i] !== 1 && !t.cap && t.text !== t.lower && CAMEL_NAME.test(t.text) && !ctx.isCommon(t)) push('name', `name:${nameKey(t.text)}`, i, i);
  }
  // German joins a point of the compass to a country or region: "Westpolen", "Nordirak", "Ostukraine",
  // "Süddeutschlands". The place is the country's. So it does to a country's adjective, written small: "im
  // nordniederländischen Delfzijl", "im ostungarischen Debrecen".
  if (res.compassHeads.length) {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (taken[i] === 1 || (!t.cap && !res.nounsCapitalised)) continue;
      const entry = compassPlace(t.folded, res);
      if (entry) push('place', entry.id, i, i);
    }
  }
  // Countries joined by a hyphen: "German-Russian", "Franco-German", "Germano-Russe". Each part that names a
  // country, as an adjective or a combining form, is that country.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (taken[i] === 1 || !t.cap || !t.text.includes('-')) continue;
    const pieces = t.text.split('-');
    const parts: Array<[string, number, number]> = [];
    let combining = false;
    let from = 0;
    for (const piece of pieces) {
      const folded = fold(piece);
      const entry = gaz.phrases.get(folded);
      const form = combiningForms().get(folded);
      if (form) combining = true;
      const id = entry?.kind === 'place' && entry.id.startsWith('country:') ? entry.id : form;
      if (id) parts.push([id, t.start + from, t.start + from + piece.length]);
      from += piece.length + 1;
    }
    // Every part a country, or one a combining form: a word of countries, not a name that holds one.
    if (!parts.length || (parts.length < pieces.length && !combining)) continue;
    for (const [id, start, end] of parts) pushSpan('place', id, start, end);
    taken[i] = 1;
  }
  // English names a place or a company in one word with its role: "Düsseldorf-based", "Kremlin-backed",
  // "Sydney-born". The name is the head's.
  if (res.roleSuffixes.size) {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const dash = t.text.lastIndexOf('-');
      if (taken[i] === 1 || !t.cap || dash <= 0 || !res.roleSuffixes.has(fold(t.text.slice(dash + 1)))) continue;
      const head = t.text.slice(0, dash);
      const entry = gaz.phrases.get(fold(head));
      const key = nameKey(head);
      if (!entry && key.length < 3) continue;
      pushSpan(entry ? entry.kind : 'name', entry ? entry.id : `name:${key}`, t.start, t.start + head.length);
      taken[i] = 1;
    }
  }
  // A public body with an English name, which French and German texts keep ("World Sailing Speed Record Council",
  // "Data Protection Commission"): capitalised words before a head, common words or not. Named, as a company is,
  // by the word before the head, so that every language's mention meets (and no German reads it as a person).
  for (let i = 1; i < tokens.length; i++) {
    const head = tokens[i]!;
    if (taken[i] === 1 || !head.cap || !BODY_HEADS.has(head.text)) continue;
    let k = i;
    while (k > 0 && i - k < BODY_NAME_WORDS && tokens[k - 1]!.cap && taken[k - 1] !== 1 && !res.stopwords.has(tokens[k - 1]!.folded) && !ACRONYM.test(tokens[k - 1]!.text) && text.slice(tokens[k - 1]!.end, tokens[k]!.start) === ' ') k--;
    // Not a body the lexicon knows by its words in every language ("Security Council", "Sicherheitsrat").
    const key = k < i && !ctx.isTerm?.(tokens[k]!.start, head.end) ? nameKey(tokens[i - 1]!.text) : '';
    if (key.length >= 3) push('name', `name:${key}`, k, i);
  }
  // People: a title then capitalised words, or two or more capitalised words that are not common words.
  // A word for a town written with a capital ("Ort", "Stadt") introduces a name; it is none.
  const townWord = (k: number) => res.placePrepositions.at(tokens, k)?.length === 1;
  // A word for a part of a month before a month is none: "Ab Mitte März" is from mid-March, no one named Ab Mitte.
  const monthPartAt = (k: number) => res.dates.monthParts.has(tokens[k]!.folded) && res.months.has(tokens[k + 1]?.folded ?? '');
  const isName = (k: number) => {
    const t = tokens[k];
    return !!t && t.cap && taken[k] !== 1 && !ctx.isCommon(t) && !townWord(k) && !ACRONYM.test(t.text) && HAS_LETTER.test(t.text) && t.text.length > 1 && !monthPartAt(k);
  };
  // A word that continues a name only shares a stem with a common word ("Giulia Ferri", not "ferry").
  const continuesName = (k: number) => {
    const t = tokens[k];
    return !!t && (isName(k) || COMPANY_SUFFIXES.has(t.text) || (t.cap && taken[k] !== 1 && !ctx.isCommon(t, true) && !ACRONYM.test(t.text) && t.text.length > 1 && !monthPartAt(k)));
  };
  // Words of one name stand on one line ("Olaf" closing a heading is no name with the next line's first word).
  const spaced = (k: number) => /^[ \u00a0]+$/.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start));
  /**
   * A person's name from token i, its surname run on from token j over the words that continue it (up to another given
   * name where `toGivenName`), named by its last word and known as a surname from here on: the index of its last token,
   * or -1 where that word's key is too short to name anyone.
   */
  const personFrom = (i: number, j: number, toGivenName: boolean): number => {
    while (j + 1 < tokens.length && continuesName(j + 1) && !(toGivenName && GIVEN_NAMES.has(tokens[j + 1]!.text)) && spaced(j)) j++;
    const key = nameKey(tokens[j]!.text);
    if (key.length < 3) return -1;
    ctx.surnames.add(key);
    push('person', `person:${key}`, i, j);
    return j;
  };
  // A town whose name opens with an article ("à La Rochelle", "in Le Havre", "in Las Palmas") after a place
  // preposition, the article written with a capital: a place, named by the word after the article, as the
  // contracted form is ("au Havre"). Not three names in a row, nor a name the lexicon knows ("in La Liga").
  // A run of capitalised words right after words that give a name ("a group calling itself Black Harbor", "un groupe
  // baptisé …", "eine Gruppe namens …") is that name, though its words be common words: named as any run of unknown
  // names is (one word a name, several a person's, by the last). Not a role ("was called Finance Minister") nor a day.
  for (let i = 1; i < tokens.length; i++) {
    if (taken[i] === 1 || !tokens[i]!.cap || ACRONYM.test(tokens[i]!.text) || !spaced(i - 1) || !res.namingPhrases.before(tokens, i)) continue;
    let j = i;
    while (j + 1 < tokens.length && j - i + 1 < NAMED_WORDS && tokens[j + 1]!.cap && taken[j + 1] !== 1 && spaced(j)) j++;
    const run = tokens.slice(i, j + 1);
    if (run.some((t) => res.titles.has(t.folded) || res.months.has(t.folded) || res.weekdays.has(t.folded) || !HAS_LETTER.test(t.text))) continue;
    const key = nameKey(tokens[j]!.text);
    if (key.length < 3) continue;
    if (j > i) ctx.surnames.add(key);
    push(j > i ? 'person' : 'name', `${j > i ? 'person' : 'name'}:${key}`, i, j);
    i = j;
  }
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (taken[i] === 1 || !t.cap || !TOWN_ARTICLES.has(t.folded) || !spaced(i) || !isName(i + 1) || res.placePrepositions.before(tokens, i) === undefined) continue;
    if ((isName(i + 2) && spaced(i + 1)) || ctx.isTerm?.(t.start, tokens[i + 1]!.end)) continue;
    const key = nameKey(tokens[i + 1]!.text);
    if (key.length < 3) continue;
    push('place', `place:${key}`, i, i + 1);
    i++;
  }
  for (let i = 0; i < tokens.length; i++) {
    // A surname with its particle at the head of a sentence ("Van Dam was arrested"), once the name is known.
    const t0 = tokens[i]!;
    const next = tokens[i + 1];
    if (t0.cap && PARTICLES.has(t0.folded) && next?.cap && taken[i] !== 1 && taken[i + 1] !== 1 && ctx.surnames.has(nameKey(next.text)) && /^\s+$/.test(text.slice(t0.end, next.start))) {
      push('person', `person:${nameKey(next.text)}`, i, i + 1);
      i++;
      continue;
    }
    // A given name then a capitalised word is a person, even where the words are also common words
    // ("Frank Müller", "Rose Berg"); the name runs on over words that continue it, up to another given name.
    // (A month after a given name is a surname, "Theresa May", unless a day follows: "Anna May 3" is no one.)
    const surnameMonth = !!next && res.months.has(next.folded) && !/^\d/.test(tokens[i + 2]?.text ?? '');
    // (A particle written with a capital opens the surname: "Marine Le Pen", "Kevin De Bruyne".)
    const capitalParticle = !!next && PARTICLES.has(next.folded) && !!tokens[i + 2]?.cap && taken[i + 2] !== 1 && spaced(i + 1);
    if (taken[i] !== 1 && t0.cap && GIVEN_NAMES.has(t0.text) && next?.cap && taken[i + 1] !== 1 && !monthPartAt(i + 1) && (!ctx.isPlainWord(next) || surnameMonth || capitalParticle) && spaced(i)) {
      const j = personFrom(i, capitalParticle ? i + 2 : i + 1, true);
      if (j >= 0) {
        i = j;
        continue;
      }
    }
    // Where nouns are written small, a capitalised word inside a sentence that is no lexicon word as written, only by
    // its stem, opens the name that follows it ("l'Allemand Dang Qiu": "dang" is the stem of "danger").
    if (!res.nounsCapitalised && taken[i] !== 1 && t0.cap && !isName(i) && i > 0 && !ACRONYM.test(t0.text) && isName(i + 1) && spaced(i) && !SENTENCE_GAP.test(text.slice(tokens[i - 1]!.end, t0.start)) && !ctx.isCommon(t0, true) && !townWord(i)) {
      const j = personFrom(i, i + 1, false);
      if (j >= 0) {
        i = j;
        continue;
      }
    }
    // A surname the document has given with its given name stands alone for the person, even where it
    // is also a common word ("Müller said"); in German not after an article ("der Müller", a miller).
    if (ctx.surnames.size && taken[i] !== 1 && t0.cap && !isName(i) && !ACRONYM.test(t0.text) && ctx.surnames.has(nameKey(t0.text)) && !ctx.isPlainWord(t0) && !(res.nounsCapitalised && i > 0 && res.stopwords.has(tokens[i - 1]!.folded))) {
      push('person', `person:${nameKey(t0.text)}`, i, i);
      continue;
    }
    // A capitalised word right before a given name is a role, not the name's ("Förster Hans Wald").
    // (Given names are written with a capital: a small word needs no lookup.)
    // (A saint's word is none: "Sankt Anton".)
    if (next?.cap && t0.cap && !GIVEN_NAMES.has(t0.text) && GIVEN_NAMES.has(next.text) && taken[i + 1] !== 1 && spaced(i) && !SAINT_WORDS.has(t0.folded)) continue;
    // A mountain, a lake or a cape ("Mount Everest", "Lake Victoria", "le Mont Blanc") is a place, named by its last
    // word; no town, that another version's town would contradict ("Mount Etna" / "Catane").
    if (taken[i] !== 1 && FEATURE_HEADS.has(t0.text) && next?.cap && taken[i + 1] !== 1 && spaced(i)) {
      let j = i + 1;
      while (j + 1 < tokens.length && continuesName(j + 1) && spaced(j)) j++;
      const key = nameKey(tokens[j]!.text);
      if (key.length >= 3) {
        push('place', `feature:${key}`, i, j);
        i = j;
        continue;
      }
    }
    // A river with its English head ("the Potomac River"), named as French and German name it ("le fleuve Potomac").
    if (taken[i] !== 1 && isName(i) && next && FEATURE_TAILS.has(next.text) && taken[i + 1] !== 1 && spaced(i)) {
      const key = nameKey(t0.text);
      if (key.length >= 3) {
        push('name', `name:${key}`, i, i + 1);
        i++;
        continue;
      }
    }
    // (A given name that is also a word opens a name with a particle: "Tom van der Lee".)
    if (taken[i] === 1 || !(isName(i) || (t0.cap && isGivenName(t0.text) && !!next && PARTICLES.has(next.folded) && !next.cap))) continue;
    let titled = false;
    for (let n = 1; n <= 3 && i - n >= 0; n++) {
      const key = tokens.slice(i - n, i).map((t) => t.folded).join(' ');
      if (res.titles.has(key)) titled = true;
    }
    // A particle that is a word of the text's own language ("de", "von") may join two names: "l'usine Alstom de
    // La Rochelle", "la capsule Dragon de SpaceX", "Vinicius Junior von Real". It joins one name after a given name
    // or a title ("Charles de Gaulle", "Ernst von Siemens"), and, where nouns are written small, after what
    // no common noun is ("Le ministre des Finances, Pieter de Graaf", "selon Pieter de Graaf").
    const joinsTwoNames = (j: number) => {
      if (!res.stopwords.has(tokens[j + 1]!.folded) || isGivenName(tokens[j]!.text) || (titled && j === i)) return false;
      if (res.nounsCapitalised) return true;
      const before = tokens[i - 1];
      return !!before && !before.cap && !res.stopwords.has(before.folded) && !punctuatedGap(text, before.end, tokens[i]!.start);
    };
    // A particle after the name's last word (German "der" there is a genitive: "Prozent der Fernzüge").
    const particleAt = (k: number) => !!tokens[k] && PARTICLES.has(tokens[k]!.folded) && !(res.lang === 'de' && GERMAN_ARTICLES.has(tokens[k]!.folded));
    // After a particle any capitalised word is the name's ("Pieter van Dam", though a dam is a word), no acronym ("von
    // der SPD"); where every noun has a capital, only after two particles ("das Waschen von Autos").
    const afterParticle = (k: number, two: boolean) =>
      isName(k) || (!!tokens[k]?.cap && taken[k] !== 1 && !ACRONYM.test(tokens[k]!.text) && (two || !res.nounsCapitalised) && /^\s+$/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start)));
    let j = i;
    while (j + 1 < tokens.length && !/[,;:()]/.test(text.slice(tokens[j]!.end, tokens[j + 1]!.start))) {
      if (continuesName(j + 1) || (HYPHENED_PARTICLE.test(tokens[j + 1]!.text) && taken[j + 1] !== 1)) j++;
      else if (particleAt(j + 1) && afterParticle(j + 2, false) && !joinsTwoNames(j)) j += 2;
      // Two particles ("Mathieu van der Poel", "Ursula von der Leyen", "Pedro de la Rosa").
      else if (particleAt(j + 1) && !!tokens[j + 2] && !tokens[j + 2]!.cap && PARTICLES.has(tokens[j + 2]!.folded) && afterParticle(j + 3, true) && !joinsTwoNames(j)) j += 3;
      else break;
    }
    const words = j - i + 1;
    // A company ("Verano Motors", "Nordic Airlines"), or a place with its English head that French and German keep
    // ("Gaines County", as "in Gaines County" is where the head is a common word): named by the word before the head,
    // as its bare mentions are.
    const head = words >= 2 ? (COMPANY_SUFFIXES.has(tokens[j]!.text) ? 'name' : PLACE_HEADS.has(tokens[j]!.text) ? 'place' : undefined) : undefined;
    // (Or after a noun of a part of a country that opens it: "im County Donegal", "Provinz Kunar".)
    if (words === 2 && res.placeNouns.has(t0.folded)) {
      const key = nameKey(tokens[j]!.text);
      if (key.length >= 3) {
        push('place', `place:${key}`, j, j);
        i = j;
        continue;
      }
    }
    // A name opened by a saint's word is a town or a site ("near St. Anton", "in Sankt Pölten"), named by all of it.
    if (words >= 2 && !titled && SAINT_WORDS.has(t0.folded)) {
      const key = nameKey(text.slice(t0.start, tokens[j]!.end));
      if (key.length >= 8) {
        push('place', `place:${key}`, i, j);
        i = j;
        continue;
      }
    }
    if (head) {
      const key = nameKey(tokens[j - 1]!.text);
      if (key.length >= 3) {
        push(head, `${head}:${key}`, i, j);
        i = j;
        continue;
      }
    }
    const surname = tokens[j]!;
    // (A short surname is one with the rest of the name, named as written where its sound key is too short: "Tom van
    // der Lee".)
    const sound = nameKey(surname.text);
    const key = words >= 2 && sound.length < 3 && surname.text.length >= 2 ? fold(surname.text) : sound;
    if (key.length < (words >= 2 ? 2 : 3)) continue;
    // No one's name holds a digit: a site or a product ("des Portals Flightradar24"), named by that word alone.
    if (/\d/.test(surname.text)) {
      push('name', `name:${key}`, j, j);
      i = j;
      continue;
    }
    // Words with no given name among them right after a noun of a place ("the port of Agia Galini", "près de Povoa de
    // Varzim", "im Dorf Koroska Bela") are a town of several words: not after a bare preposition, before which a name of
    // several words may be a stadium or a club ("à San Siro", "to Real Madrid").
    const placeNoun = words >= 2 && !titled && !ctx.surnames.has(key) ? res.placePrepositions.before(tokens, i) : undefined;
    if (placeNoun && (placeNoun.length >= 2 || tokens[i - 1]!.cap) && !tokens.slice(i, j + 1).some((t) => isGivenName(t.text))) {
      push('place', `place:${key}`, i, j);
      i = j;
      continue;
    }
    if (words >= 2 || titled || ctx.surnames.has(key)) {
      if (words >= 2 || titled) ctx.surnames.add(key);
      push('person', `person:${key}`, i, j);
      i = j;
    }
  }
  // An unknown name right after a place preposition is a place ("in Florida", "à Katmandou").
  for (let i = 1; i < tokens.length; i++) {
    // (Right after a noun of a part of a country, a word with a capital is its name, though its parts be words: "im
    // Landkreis Anhalt-Bitterfeld", "County Cork".)
    const t = tokens[i]!;
    // (Not a common noun where an adjective before the place noun makes it a noun of its own: "in der südmährischen Region
    // Besuche bei Patienten verboten"; "im Kanton Zug" still names the canton.)
    const describedNoun = () => res.nounsCapitalised && i > 1 && !tokens[i - 2]!.cap && !res.stopwords.has(tokens[i - 2]!.folded) && ctx.isCommon(t);
    const afterPlaceNoun = t.cap && taken[i] !== 1 && res.placeNouns.has(tokens[i - 1]!.folded) && spaced(i - 1) && !ctx.isPlainWord(t) && !res.placeNouns.has(t.folded) && !describedNoun();
    // (Or a town's name made of words, by its ending: "bei Kirchberg", church and mountain.)
    // (Asked only where no noun of a place before it names the word, and of a word with a capital.)
    const townWord = !afterPlaceNoun && t.cap && taken[i] !== 1 && res.placeEndings.some((e) => t.folded.length > e.length + 2 && t.folded.endsWith(e));
    if (taken[i] === 1 || !(isName(i) || afterPlaceNoun || townWord) || (i + 1 < tokens.length && isName(i + 1))) continue;
    if (res.lang === 'de' && germanNoun(t) && !afterPlaceNoun && !townWord) continue;
    // The first part of a compound cut short before "und" ("nach Hin- und Rückspiel") is no place.
    if (text[t.end] === '-') continue;
    // A word the document shows to be a name ("shares in Verano", of Verano Motors) is no place.
    if (ctx.names?.has(t.folded) && !afterPlaceNoun) continue;
    // (Or right before a noun of a part of a country: "in the Laurentians region".)
    const isPrep = res.placePrepositions.before(tokens, i) !== undefined;
    // (Or right after one, or after one and a function word: "County Donegal", "the province of Kunar", "le comté de
    // Galway", "im Bezirk Dnipro".)
    const named =
      (i + 1 < tokens.length && res.placeNouns.has(tokens[i + 1]!.folded) && text.slice(t.end, tokens[i + 1]!.start) === ' ') ||
      placeNounBefore(tokens, text, i, res);
    if (!named && (!isPrep || punctuatedGap(text, tokens[i - 1]!.end, t.start))) continue;
    const key = nameKey(t.text);
    if (key.length >= 3 && !ctx.surnames.has(key)) push('place', `place:${key}`, i, i);
  }
  // A word the document shows to be a name, wherever it stands, also as the head of a compound ("Polderchem-Aktie").
  if (ctx.names?.size) {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (taken[i] === 1 || !t.cap || ctx.covered?.(t)) continue;
      const dash = t.text.indexOf('-');
      const word = dash > 0 ? t.text.slice(0, dash) : t.text;
      if (!ctx.names.has(fold(word))) continue;
      pushSpan('name', `name:${nameKey(word)}`, t.start, t.start + word.length);
      taken[i] = 1;
    }
  }
  // Any other capitalised word inside a sentence that the language does not
  // know as a common word is a name of some kind (a party, a company, a ship):
  // "Chega" in every language. Not the first word, and in German, where every
  // noun is capitalised, only a short word without a noun ending.
  for (let i = 1; i < tokens.length; i++) {
    if (taken[i] === 1 || !isName(i)) continue;
    const t = tokens[i]!;
    // Not after what ends or opens a sentence, nor after a dateline's dash ("MILAN, October 4 – Torrential rain",
    // "Ljubljana (dpa) - Die Gruppe").
    // (A quote of a few words is a name, not speech: « ShadowPort », "Klimaatzaak".)
    const gapBefore = text.slice(tokens[i - 1]!.end, t.start);
    if ((/[.!?:»]\s*$|\s[–—-]\s*$/.test(gapBefore) || (/[«"“„]\s*$/.test(gapBefore) && !quotedName(text, tokens, i)))) continue;
    // German capitalises every noun: a short word without a noun ending, not a frequent noun ("viel Zeit"), and not after
    // an article ("nach der Pause").
    // Nor after an inflected adjective ("in mehreren Orten", "von umgestürzten Bäumen"): a lower-case word with an
    // adjective's ending that is no verb in the past ("sagte Merz").
    // (After a preposition without its article a name may stand: "gegen Ryanair", "mit Ryanair".)
    if (res.lang === 'de' && (t.text.length > 8 || germanNoun(t) || res.commonNouns.has(t.folded) || ((res.stopwords.has(tokens[i - 1]!.folded) || adjectiveBefore(tokens, i - 1, res)) && !(res.namePrepositions.has(tokens[i - 1]!.folded) && !GERMAN_PLURAL.test(t.folded))))) continue;
    // A run of capitalised words ("Anna Berg") is a person or an organisation, not a lone name;
    // a capitalised common noun before it (German "Partei Chega") is no part of it.
    const next = tokens[i + 1];
    if (next?.cap && /^\s+$/.test(text.slice(t.end, next.start))) continue;
    const prev = tokens[i - 1]!;
    if (i > 1 && prev.cap && !ctx.isCommon(prev) && /^\s+$/.test(text.slice(prev.end, t.start))) continue;
    if (ctx.covered?.(t)) continue;
    const key = nameKey(t.text);
    // (A key of two letters from a word of four or more is a name all the same: "Emme", "Aare".)
    if (key.length >= 3 || (key.length === 2 && t.text.length >= 4)) {
      push('name', `name:${key}`, i, i);
      // Known from here on, also at the head of a sentence ("Moreno betreibt 156 Filialen").
      ctx.names?.add(t.folded);
    }
  }
  // An acronym that opens a compound ("INES-Skala", "CDU-Politiker", "OCDE-Bericht") names its organisation;
  // not a code with a number ("COVID-19", "F-16"). So does an organisation the data knows, written as a word
  // ("Nasa-Rover", "Nato-Gipfel"; of four letters or more where the data writes it in capitals only, not "Who-…").
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const dash = t.text.indexOf('-');
    if (taken[i] === 1 || dash < 2) continue;
    const head = t.text.slice(0, dash);
    if (/^[\d-]+$/.test(t.text.slice(dash + 1))) continue;
    const entry = gaz.phrases.get(fold(head));
    const known = entry?.kind === 'org' && t.cap && (!entry.allCaps || head.length >= 4);
    if (!known && (!ACRONYM.test(head) || ROMAN.test(head))) continue;
    if (!entry && commonTerm(head, res)) continue;
    pushSpan(entry?.kind ?? 'org', entry?.id ?? `org:${fold(head)}`, t.start, t.start + dash);
    taken[i] = 1;
  }
  // Acronyms not in the gazetteer: one id in every language only when spelled alike (accents folded: "FPÖ" / "FPO").
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // (Nor one a number or a date holds: "Q3" is a quarter.)
    if (taken[i] === 1 || !t.cap || !ACRONYM.test(t.text) || ROMAN.test(t.text) || ctx.covered?.(t)) continue;
    // A line in capitals is a headline, not a string of acronyms.
    const neighbours = [tokens[i - 1], tokens[i + 1]].filter((n) => n && TWO_LETTERS.test(n.text));
    if (neighbours.length && neighbours.every((n) => n!.text === n!.text.toUpperCase())) continue;
    if (commonTerm(t.text, res)) continue;
    push('org', `org:${fold(t.text)}`, i, i);
  }
  initialsOfNames(ctx, out);
  return out;
}

/** The first facet (in the order found) that holds each token, by token index; made once, in time linear in the facets' words. */
function facetsByToken(tokens: readonly Token[], facets: readonly FacetInternal[]): Array<FacetInternal | undefined> {
  const at = new Array<FacetInternal | undefined>(tokens.length);
  for (const f of facets) for (let k = firstFrom(tokens, f.start); k < tokens.length && tokens[k]!.end <= f.end; k++) at[k] ??= f;
  return at;
}

/** Fewest capitalised words whose initials may stand for a name's acronym. */
const MIN_INITIALS = 3;

/** What ends a name's run of words: punctuation, brackets or quotes between two of them. */
const NAME_BREAK = /[,;:()."“”«»]/;

/**
 * A name of three or more capitalised words is also known by its initials, the acronym another version may give
 * alone ("New Zealand Nurses Organisation" / "le syndicat NZNO"): the facet on its last word (or else the last one
 * inside it) keeps those initials, and meets the acronym's organisation where another version gives it (see
 * acronymsMet in compare.ts). The small words inside it (nameConnectors: "of", "de la") are not counted, nor an
 * article before its first capital ("The").
 */
function initialsOfNames(ctx: EntityContext, out: FacetInternal[]): void {
  const { text, tokens, res } = ctx;
  // Where every noun has a capital, a run of capitals is no name.
  if (res.nounsCapitalised) return;
  let atToken: Array<FacetInternal | undefined> | undefined;
  let i = 0;
  while (i < tokens.length) {
    if (!tokens[i]!.cap || res.definiteArticles.has(tokens[i]!.folded)) {
      i++;
      continue;
    }
    let j = i;
    let last = i;
    let initials = tokens[i]!.text[0]!;
    for (let k = i + 1; k < tokens.length; k++) {
      // (Most gaps are one space: no slice of the text for them.)
      const a = tokens[k - 1]!.end;
      const b = tokens[k]!.start;
      if (!(b - a === 1 && text.charCodeAt(a) === 32) && NAME_BREAK.test(text.slice(a, b))) break;
      const t = tokens[k]!;
      if (t.cap) {
        initials += t.text[0]!;
        last = k;
      } else if (!res.nameConnectors.has(t.folded)) break;
      j = k;
    }
    if (initials.length >= MIN_INITIALS) {
      const end = tokens[last]!.end;
      // (The facet on its last word, or else the last one inside it: "Co-operation" of the OECD's name.)
      const facetAt = (atToken ??= facetsByToken(tokens, out));
      let f = facetAt[last];
      for (let k = last - 1; k >= i && !f; k--) f = facetAt[k];
      if (f) f.initials = initials.toLowerCase();
    }
    i = Math.max(j, i) + 1;
  }
}

/**
 * The place a German word names as a point of the compass joined to a country or region ("Westpolen", "Nordirak",
 * "Mittelengland", "Süddeutschlands"), or undefined.
 */
export function compassPlace(folded: string, res: LanguageResources): GazetteerEntry | undefined {
  const head = res.compassHeads.find((h) => folded.length > h.length + 2 && folded.startsWith(h));
  if (!head) return undefined;
  const gaz = getGazetteer(res.lang);
  const rest = folded.slice(head.length).replace(/^-/, '');
  const entry = gaz.phrases.get(rest) ?? (rest.endsWith('s') ? gaz.phrases.get(rest.slice(0, -1)) : undefined);
  return entry?.kind === 'place' ? entry : undefined;
}

/** Whether a place noun stands right before token i, or before it and one function word, within its clause ("County Donegal", "le comté de Galway"). */
function placeNounBefore(tokens: readonly Token[], text: string, i: number, res: LanguageResources): boolean {
  let k = i - 1;
  if (k >= 1 && res.stopwords.has(tokens[k]!.folded) && !res.placeNouns.has(tokens[k]!.folded)) k--;
  return k >= 0 && res.placeNouns.has(tokens[k]!.folded) && !punctuatedGap(text, tokens[k]!.end, tokens[i]!.start);
}
