import { fusedInfinitive, type LanguageResources } from '../resources/index.js';
import { afterQuotedWords, balanceQuotes, firstFrom, hasLetterOrDigit, punctuatedGap, QUOTE_PAIRS, shortQuoteEnd, spanIndex, type Range, type Token, tokenize, trimRange, union } from '../text.js';
import { ordinalWordValue } from '../facets/numbers.js';

/** A claim's range; a list item also names the piece that introduced its list ("The talks covered" in "The talks covered A, B and C"). */
export interface Piece extends Range {
  head?: Range;
  /** An agency's credit or a town alone before the opening dash ("Madrid (dpa) -", "Oslo -"): no claim, set aside. */
  credit?: boolean;
  /** The piece opens with a relative pronoun ("qui obtient 21,6 %"): its head is the piece before. */
  relative?: boolean;
}

/** Extra hints: where verbs start (a language with a tagger, English), and where people are named. */
export interface SplitHints {
  verbStarts?: ReadonlySet<number>;
  /** Where the tagger reads a common noun (English). */
  nounStarts?: ReadonlySet<number>;
  /** Verbs in their bare form right after a coordinator (English, from the tagger). */
  bareVerbStarts?: ReadonlySet<number>;
  /** Spans of people's names found in the sentence. */
  persons?: readonly Range[];
  /** Spans of values (quantities, dates, numbers) with the words of their units. */
  values?: readonly Range[];
  /** Spans of places named in the sentence. */
  places?: readonly Range[];
  /** Spans of scores and tallies: one fact each, never cut ("292 Abgeordnete, 397 votierten dagegen"). */
  tallies?: readonly Range[];
  /** The sentence is the story's title (a name before a dash there is no town's lead). */
  title?: boolean;
}

type CutKind = 'hard' | 'comma' | 'opener' | 'list-opener' | 'coord' | 'quote';
interface Cut {
  /** End of the left segment. */
  leftEnd: number;
  /** Start of the right segment. */
  rightStart: number;
  kind: CutKind;
  /** Index of the first token of the right segment. */
  token: number;
  /**
   * The right segment opens a clause that stands alone with fewer words: a coordinator and a count that is the subject of
   * its own verb ("…, and two are pregnant women"), or a second reported clause after a verb of saying ("said it would
   * appeal and that the solvent came from …").
   */
  shortClause?: boolean;
  /** A list opened inside its clause, with no comma before it ("wegen gefälschter Gemälde unter anderem von Picasso"). */
  inClause?: boolean;
  /** A cut before a few quoted words that a coordinator follows: the token of that coordinator. */
  quoteThen?: number;
}

/** Most words a piece that is nothing but a value may have ("avec 3,4 millions de kilomètres carrés"). */
const ROLE_WORDS = 8;
/** Most words before a coordinator that a subject joined by it holds ("mehr als 148.000 Haushalte und Betriebe waren …"). */
const JOINT_SUBJECT_WORDS = 8;

/** How many words back from a coordinator the infinitive it may go on is looked for ("to storm parliament and overthrow"). */
const INFINITIVE_REACH = 6;
/** Most words of a name that is the subject of a clause a coordinator opens, without a tagger ("et Aleksandra Rosiak a …"). */
const SUBJECT_NAME_WORDS = 3;
/** A German superlative or "only" before its noun ("das größte Land", "die einzige Frau", "der älteste Mann"). */
const SUPERLATIVE = /^(?:einzig|\p{L}{2,}st)e[nmrs]?$/u;
/** Most words of a value's baseline set off by a comma ("contre 32 sur l'ensemble de l'année dernière"). */
const BASELINE_WORDS = 12;
/** A place and an agency in brackets, nothing else ("Madrid (dpa)", "Bad Homburg (AFP)"). */
const CREDIT = /^\p{Lu}[\p{L}\p{M}.'’ -]{0,40} \([\p{L}\p{N}/.-]{2,20}\)\s*$/u;
const CREDIT_WORDS = 7;
/**
 * A town alone before the dash that opens a text, with no day and no agency ("Kopenhagen - Das Oberste Gericht …",
 * "Den Haag - Die …", "Frankfurt am Main - …"): one to three words, each capitalised or a short joining word. Like a
 * credit, no piece. (Read on at most TOWN_CHARS characters.)
 */
const TOWN = /^\p{Lu}[\p{L}\p{M}'’.-]*(?: (?:\p{Lu}[\p{L}\p{M}'’.-]*|am|an der|sur|de|del|upon)){0,2}$/u;
const TOWN_CHARS = 40;
const TOWN_WORDS = 4;
/** A second spaced dash, within DASH_PAIR_WORDS words: the first opened a phrase set off, no town's lead. */
const DASH_PAIR = /\s[–—-]\s/;
const DASH_PAIR_WORDS = 8;
/** The dash after a dateline or a credit. */
export const DASH_AFTER = /^\s*[–—-]\s/;
/** A dateline opens with its town in capitals ("LISBON, Nov 18", "STOCKHOLM, 23 novembre -"). */
export const DATELINE_START = /^\p{Lu}{3,}\b/u;
/** Most tokens a dateline has ("LISBON, Nov 18", "Moskau, 29. Mai 2025"): the check stays short on long pieces. */
export const DATELINE_WORDS = 8;

/** A number in digits. */
const DIGITS = /^\d+$/;
/** A gap that opens with a hyphen before its comma: the word before is the first part of a compound ("Öl-, Gas- und …"). */
const SUSPENDED_PART = /^[-‐‑],/;
/** A score or a pair of numbers in one token ("21-17"): a comma between two lists them ("21-17, 21-15"). */
const NUMBER_PAIR = /^\d+(?:[-–]\d+)?$/;
const OPEN_QUOTES = '«“„"';
const CLOSE_QUOTES = '»”"“';
/** Most words of a name set off by commas that no lexicon knows ("Air Glacier Rescue"). */
const CAPS_NAME = 5;
/** Most words back from "and that" to the verb of saying whose second reported clause it opens. */
const REPORT_REACH = 30;
/** Most words after a word that opens a list or a relative clause ("dont") within which a verb makes it a relative clause. */
const RELATIVE_VERB_REACH = 8;
/** Most words of a subject set off by a comma before a phrase that describes it ("Le bateau, battant pavillon suisse, …"). */
const SUBJECT_WORDS = 5;
/** Most words of a subject with no finite verb in it, set off by a comma before a phrase that describes it ("The water level
 * of the Rhine at the Kaub gauge, a key chokepoint for shipping, fell …"). */
const LONG_SUBJECT_WORDS = 12;
/** Most words of a subject that holds a coordination, set off by a comma before such a phrase ("Les conducteurs des C3 et DS3 concernées, …"). */
const COORDINATED_SUBJECT_WORDS = 8;
/** Fewer words than this in a piece that says only who speaks or thinks ("Die Polizei geht davon aus"). */
const SPEECH_WORDS = 6;
/** Most words of a phrase that describes a person named as the subject ("Buchard, the 2019 European champion, took silver"). */
const DESCRIBED_WORDS = 8;
/** How many words a pair opened by "between" may hold before its "and" ("entre la Commission européenne et"). */
const PAIR_WORDS = 6;

/** A gap between two words that opens a quote. */
const OPENS_QUOTE = /^\s+["«“„]\s*$/;

/** Most words of a phrase opened by a preposition and set off before the clause it qualifies ("Dans environ un cas sur cinq, …"). */
const FRONTED_WORDS = 8;

/** Most words of the end of a main clause after a relative clause set off inside it (", in der Innenstadt"). */
const TAIL_WORDS = 5;

/** Most words of a phrase of place that ends a sentence after a place, saying where it lies ("…, near the Norwegian border"). */
const NEAR_PLACE_WORDS = 6;

/** How many words a place set off by commas between a subject and its verb may hold ("…, à Turin, ont observé"). */
const PLACE_APPOSITION = 4;

const PUNCT_TRIM = ',;:–—-"«»“”„\'’ ';

/** Replaces the cuts with those kept, in place (the array is shared by the steps of splitSentence). */
function keepOnly(cuts: Cut[], kept: readonly Cut[]): void {
  if (kept.length === cuts.length) return;
  cuts.length = 0;
  for (const c of kept) cuts.push(c);
}

/**
 * Split one sentence into claims: at semicolons, colons and spaced dashes;
 * before clause openers ("which", "including", "ainsi que", "darunter");
 * at commas; at coordinators that join two clauses; and into one claim per
 * item after a list opener ("including A, B and C"). Pieces too small to
 * carry a fact on their own (an apposed name, "The Forum") are merged back.
 */
export function splitSentence(
  text: string,
  sentence: Range,
  res: LanguageResources,
  hints: SplitHints = {},
  tokens: readonly Token[] = tokenize(text, sentence.start, sentence.end),
): Piece[] {
  if (tokens.length < 6) return [sentence];
  // A dateline or an agency's credit before the dash that opens a text ("LISBON, Nov 18 -", "Madrid (dpa) -") stands apart:
  // the rules below read the sentence after it from its own start ("The Gloria funicular, popular with tourists, came off
  // …" is one claim after a dateline as without one). A dateline is a piece of its own; a credit is marked, for the
  // claims to set it aside.
  const lead = leadEnd(text, tokens, sentence, !hints.title);
  if (lead > 0) {
    const head = trimRange(text, { start: sentence.start, end: tokens[lead - 1]!.end }, PUNCT_TRIM);
    const rest = splitSentence(text, { start: tokens[lead]!.start, end: sentence.end }, res, hints, tokens.slice(lead));
    const credit = (CREDIT.test(text.slice(head.start, head.end)) && lead < CREDIT_WORDS) || townLead(text, head, lead);
    return [credit ? { ...head, credit } : head, ...rest];
  }
  const cuts: Cut[] = [];
  // Parenthesis depth at each token, so that nothing inside brackets is cut.
  const depthAt: number[] = [];
  let depth = 0;
  let ti = 0;
  for (let p = sentence.start; p < sentence.end && ti < tokens.length; p++) {
    const c = text[p]!;
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    while (ti < tokens.length && tokens[ti]!.start <= p) depthAt[ti++] = depth;
  }
  while (ti < tokens.length) depthAt[ti++] = depth;

  let inList = false;
  // Items already cut at a comma in the current list: "including A, B and C".
  let listCommas = 0;
  let skipUntil = 0;
  // The last "between" / "entre" / "zwischen" whose "and" has not come yet (-1: none).
  let pairOpen = -1;
  /**
   * Whether the words since the last cut hold a verb (tagged, or a finite form the language lists): only then is what
   * follows a coordinator another clause and not a second subject ("where his wife and two children will be waiting").
   */
  /**
   * Whether a token of the clause before token i (back to the last cut) passes `test`. Each test remembers how far it has
   * read since the last cut and the last word that passed: the sentence is read forward, so a clause of many coordinators
   * is read once, not once per coordinator.
   */
  const inClauseBefore = (() => {
    const seen = new Map<(t: Token) => boolean, { cut: number; upTo: number; hit: number }>();
    return (i: number, test: (t: Token) => boolean): boolean => {
      const cut = cuts[cuts.length - 1]?.token ?? -1;
      let st = seen.get(test);
      if (!st || st.cut !== cut || st.upTo > i) seen.set(test, (st = { cut, upTo: cut + 1, hit: -1 }));
      for (let k = st.upTo; k < i; k++) if (test(tokens[k]!)) st.hit = k;
      st.upTo = Math.max(st.upTo, i);
      return st.hit > cut && st.hit < i;
    };
  })();
  // (Where nouns have a capital, a lower-case word that is no function word is most often the verb: "Fünf Menschen starben".)
  const verbLike = (t: Token) => (hints.verbStarts ? hints.verbStarts.has(t.start) : res.clauseStarters.has(t.folded) || (!t.cap && (res.pastVerbLike(t.folded) || (res.nounsCapitalised && !res.stopwords.has(t.folded)))));
  const verbBefore = (i: number) => inClauseBefore(i, verbLike);
  /**
   * A coordinator at `i` followed by a count that is the subject of its own verb ("and 21 have fallen ill", "and two are
   * pregnant", "et 24 sont tombées malades"), perhaps a count of others ("and 17 others were injured", "et 17 autres ont été").
   */
  const countClause = (i: number): boolean => {
    // A count with a comparator before it or a scale word after it is one too ("and more than 6 million followed",
    // "et plus de 6 millions ont suivi"): read from the number, past the scale words, to the verb.
    const cmp = res.coordinators.has(tokens[i]?.lower ?? '') ? res.comparators.at(tokens, i + 1) : undefined;
    const n = i + 1 + (cmp?.length ?? 0);
    if (tokens[n] && /^\d/.test(tokens[n]!.folded) && (cmp || res.numbers.scales.has(tokens[n + 1]?.folded ?? ''))) {
      let k = n + 1;
      while (tokens[k] && res.numbers.scales.has(tokens[k]!.folded)) k++;
      // (A count of a noun, after a clause with a verb: "and about 700 flights were cancelled", "et quelque 700 vols ont
      // été annulés".)
      const noun = tokens[k];
      if (cmp && noun && !res.stopwords.has(noun.folded) && !/^\d/.test(noun.folded) && tokens[k + 1] && (res.auxiliaries.has(tokens[k + 1]!.folded) || res.clauseStarters.has(tokens[k + 1]!.folded)) && text.slice(tokens[k - 1]!.end, noun.start) === ' ' && verbBefore(i)) k++;
      const verb = tokens[k];
      return !!verb && (res.auxiliaries.has(verb.folded) || res.clauseStarters.has(verb.folded) || !!hints.verbStarts?.has(verb.start)) && /^\s+$/.test(text.slice(tokens[k - 1]!.end, verb.start));
    }
    const after = tokens[i + 1];
    const second = tokens[i + 2];
    const other = !!second && res.numbers.others.has(second.folded) && text.slice(after?.end ?? 0, second.start) === ' ';
    // (Or a count of a noun before an auxiliary, after a clause with a verb: "et 86 cas ont été confirmés", "and 68 cases
    // have been confirmed"; not the second of two counts joined into one value, "von 42 Tagen und 16 Stunden hatte …".)
    const joinedCount = i >= 2 && /^\d/.test(tokens[i - 2]!.folded);
    const noun = !other && !joinedCount && verbBefore(i) && !!second && !res.stopwords.has(second.folded) && !/^\d/.test(second.folded) && !!tokens[i + 3] && (res.auxiliaries.has(tokens[i + 3]!.folded) || res.clauseStarters.has(tokens[i + 3]!.folded)) && text.slice(after?.end ?? 0, second.start) === ' ';
    const verb = tokens[i + (other || noun ? 3 : 2)];
    return (
      res.coordinators.has(tokens[i]!.lower) &&
      !!after &&
      !!verb &&
      (/^\d/.test(after.folded) || res.numbers.units.has(after.folded) || res.numbers.tens.has(after.folded)) &&
      // (With a tagger, any verb: "and nine others fell ill".)
      (res.auxiliaries.has(verb.folded) || res.clauseStarters.has(verb.folded) || (other && !!hints.verbStarts?.has(verb.start))) &&
      text.slice(other || noun ? second!.end : after.end, verb.start) === ' '
    );
  };
  /**
   * Two adjectives with one ending before the noun they qualify, where nouns have a capital: the comma between them lists
   * them ("an einer schweren, unheilbaren Krankheit"), it does not cut.
   */
  const adjectives = (i: number) => {
    const a = tokens[i - 1]!;
    const b = tokens[i]!;
    const noun = tokens[i + 1];
    if (!res.nounsCapitalised || a.cap || b.cap || !noun?.cap || text.slice(b.end, noun.start) !== ' ') return false;
    if (res.stopwords.has(a.folded) || res.stopwords.has(b.folded)) return false;
    const ending = res.adjectiveEndings.find((e) => a.folded.endsWith(e));
    return !!ending && b.folded.endsWith(ending) && a.folded.length > ending.length + 2 && b.folded.length > ending.length + 2;
  };
  // A word that opens a list or a relative clause ("dont"): a relative clause where a verb or a subject pronoun follows it
  // within a few words, before any comma ("…, dont le parti a remporté le plus de sièges"); a list where none does ("…, dont
  // trois enfants").
  const relativeClause = (i: number) => {
    if (!res.relativeOpeners.has(tokens[i]!.folded)) return false;
    for (let k = i + 1; k < tokens.length && k <= i + RELATIVE_VERB_REACH; k++) {
      if (/,/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) return false;
      if (res.clauseStarters.has(tokens[k]!.folded)) return true;
    }
    return false;
  };
  // A list opener that opens an attribution ending the clause is no list: German "…, wie die Polizei mitteilte" is the
  // ", police said" of another version.
  const attributionAt = (from: number) => {
    for (let k = from; k < tokens.length && k < from + SPEECH_WORDS; k++) {
      if (k > from && punctuatedGap(text, tokens[k - 1]!.end, tokens[k]!.start)) return false;
      const verb = res.attributionVerbs.at(tokens, k);
      if (verb) {
        const after = k + verb.length;
        return after >= tokens.length || /[.,;:!?]/.test(text.slice(tokens[after - 1]!.end, tokens[after]!.start));
      }
    }
    return false;
  };
  /** A verb of saying at token i, then its speaker in a few words to the end of the sentence ("…, a indiqué la police"). */
  const sourceEnds = (i: number) => {
    if (!res.attributionVerbs.at(tokens, i) || tokens.length - i > SPEECH_WORDS) return false;
    for (let k = i + 1; k < tokens.length; k++) if (punctuatedGap(text, tokens[k - 1]!.end, tokens[k]!.start)) return false;
    return true;
  };
  /**
   * A clause of a name and its verb from token k, as after a clause opener ("…, while Belgium abstained"): the verb the
   * tagger saw, or without a tagger a past form the language's data knows.
   */
  const namedSubjectClause = (k: number) => {
    const name = tokens[k];
    let v = k + 1;
    // (Without a tagger a function word may stand between them, as a reflexive pronoun: "während Belgien sich …".)
    if (tokens[v] && !hints.verbStarts && res.stopwords.has(tokens[v]!.folded)) v++;
    const verb = tokens[v];
    if (!name?.cap || !verb || verb.cap || punctuatedGap(text, name.end, verb.start)) return false;
    return hints.verbStarts ? hints.verbStarts.has(verb.start) : res.pastVerbLike(verb.folded) || res.strongVerbForms.has(verb.lower);
  };
  /**
   * Without a tagger (French, German), a coordinator before a subject of its own, a name of a few words or an article and
   * its noun, then a verb, after a piece with a verb of its own: a clause ("… a réalisé 16 arrêts et Aleksandra Rosiak a
   * inscrit sept buts", "… et l'attaquante a inscrit", "… und Rosiak traf achtmal"); not the second of two subjects before
   * their verb ("Le Maroc et l'Espagne ont signé", where no verb comes before the coordinator).
   */
  const namedClause = (i: number) => {
    if (hints.verbStarts) return false;
    let k = i + 1;
    const first = tokens[k];
    // (A name: capitalised words that are no words of the lexicon, where every noun has a capital too: "und Rosiak traf",
    // not "und Läufer gingen an den Start".)
    if (first?.cap && !res.definiteArticles.has(first.folded) && !res.indefiniteArticles.has(first.folded)) {
      while (k < tokens.length && k <= i + SUBJECT_NAME_WORDS && tokens[k]!.cap && !(res.nounsCapitalised && res.conceptTerms.has(tokens[k]!.lower)) && !punctuatedGap(text, tokens[k - 1]!.end, tokens[k]!.start)) k++;
      if (tokens[k]?.cap) return false;
    } else if (first && (res.definiteArticles.has(first.folded) || res.indefiniteArticles.has(first.folded))) {
      // (An article and its noun, written with a capital where every noun has one: "et l'attaquante a", "und die Stürmerin traf".)
      const noun = tokens[k + 1];
      if (!noun || res.stopwords.has(noun.folded) || /^\d/.test(noun.folded) || noun.cap !== res.nounsCapitalised) return false;
      k += 2;
    } else return false;
    const verb = tokens[k];
    if (!verb || verb.cap || k === i + 1 || punctuatedGap(text, tokens[k - 1]!.end, verb.start)) return false;
    // (The verb before is looked for last: it scans back over the clause.)
    return (res.clauseStarters.has(verb.folded) || res.strongVerbForms.has(verb.lower) || (!res.nounsCapitalised && res.pastVerbLike(verb.folded))) && finiteBefore(i);
  };
  /** Whether a finite verb the language's data knows stands before the coordinator at i, in its clause (see namedClause). */
  const finiteLike = (t: Token) => !t.cap && (res.clauseStarters.has(t.folded) || res.strongVerbForms.has(t.lower) || res.pastVerbLike(t.folded));
  const finiteBefore = (i: number) => inClauseBefore(i, finiteLike);
  /**
   * With a tagger (English), a coordinator before an article, a noun or two and a verb, after a piece with a verb of its
   * own: a clause with a subject of its own ("said the alarm had been false and the passengers were flown …", "and the
   * captains of both vessels were detained"); not the
   * second of two subjects before their verb ("The airline and the union were told …").
   */
  const subjectClause = (i: number) => {
    const { verbStarts, nounStarts } = hints;
    if (!verbStarts || !nounStarts || !res.stopwords.has(tokens[i + 1]?.folded ?? '')) return false;
    let k = i + 2;
    while (k < tokens.length && k <= i + 3 && nounStarts.has(tokens[k]!.start)) k++;
    if (k === i + 2 || k >= tokens.length) return false;
    // The noun may be qualified by another behind a linker, with its own article or count ("and the captains of both
    // vessels were detained").
    if (res.nounLinkers.has(tokens[k]!.folded)) {
      let q = k + 1;
      if (q < tokens.length && (res.stopwords.has(tokens[q]!.folded) || /^\d/.test(tokens[q]!.folded))) q++;
      const first = q;
      while (q < tokens.length && q <= first + 1 && nounStarts.has(tokens[q]!.start)) q++;
      if (q > first) k = q;
    }
    if (k >= tokens.length || !verbStarts.has(tokens[k]!.start)) return false;
    if (punctuatedGap(text, tokens[i]!.end, tokens[k]!.start)) return false;
    // The piece's last verb is no verb of speech: after one, "and" may join two subjects of what was said ("said warm
    // water and a lack of predators had allowed …").
    const from = cuts.length ? cuts[cuts.length - 1]!.token : 0;
    for (let t = i - 1; t >= from; t--) if (verbStarts.has(tokens[t]!.start)) return !res.attributionVerbs.at(tokens, t);
    return false;
  };
  /**
   * A second reported clause after a verb of saying ("said the flight had provided valuable data and that a second rocket
   * was being built", "a assuré que … et que …", "sagte, dass … und dass …"): the coordinator before a complementizer, with
   * a verb of saying earlier in the sentence.
   */
  const reportedClause = (i: number) => {
    const next = tokens[i + 1];
    if (!next || !res.complementizers.has(next.folded) || text.slice(tokens[i]!.end, next.start) !== ' ') return false;
    for (let t = i - 1; t >= 0 && t >= i - REPORT_REACH; t--) if (res.attributionVerbs.at(tokens, t)) return true;
    return false;
  };
  /**
   * With a tagger (English), the nearest verb before the coordinator at i, within its clause, is an infinitive ("to storm
   * parliament and …"). Bounded: a few words back, and no punctuation between.
   */
  const infinitiveBefore = (i: number) => {
    const verbStarts = hints.verbStarts!;
    for (let k = i - 1; k > 0 && k >= i - INFINITIVE_REACH; k--) {
      if (punctuatedGap(text, tokens[k]!.end, tokens[k + 1]!.start)) return false;
      if (verbStarts.has(tokens[k]!.start)) return res.infinitiveOpeners.has(tokens[k - 1]!.folded);
    }
    return false;
  };
  /**
   * Where nouns have a capital and no tagger reads verbs (German): a coordinator between two nouns that its clause's
   * finite verb then follows ("…, mehr als 148.000 Haushalte und Betriebe waren ohne Strom") joins one subject, where the piece
   * before it since the last cut holds no word in lower case that is no function word (no verb of its own: "Ein Mann
   * starb und Schulen blieben geschlossen" is two clauses).
   */
  const jointSubject = (i: number) => {
    if (!res.nounsCapitalised || hints.verbStarts) return false;
    const noun = tokens[i + 1];
    const verb = tokens[i + 2];
    // (The verb in second place, words after it in its clause; a participle that closes the clause closes a list of places
    // too: "zwischen London, Paris, Brüssel und Amsterdam gestrichen".)
    const then = tokens[i + 3];
    if (!noun?.cap || !verb || verb.cap || !then || res.coordinators.has(verb.lower) || !/^\p{L}+$/u.test(verb.text) || !/^ +$/.test(text.slice(noun.end, verb.start)) || punctuatedGap(text, verb.end, then.start)) return false;
    // (A subject of a few words: the look back stays short.)
    const from = cuts.length ? cuts[cuts.length - 1]!.token : 0;
    // (After a cut, more than a bare name: "aus Hamburg, München, Bonn und Dresden" is a list.)
    if (i - from > JOINT_SUBJECT_WORDS || (from > 0 && i - from < 2)) return false;
    for (let k = from; k < i; k++) {
      const t = tokens[k]!;
      if (!t.cap && !/^\d/.test(t.text) && !res.stopwords.has(t.folded)) return false;
    }
    return true;
  };
  for (let i = 1; i < tokens.length; i++) {
    const prev = tokens[i - 1]!;
    const tok = tokens[i]!;
    if (depthAt[i]! > 0 || i < skipUntil) continue;
    const gap = text.slice(prev.end, tok.start);
    if (res.pairOpeners.has(tok.folded)) pairOpen = i;
    // A pair's coordinator comes within a few words, before any punctuation: "between A and B" is one
    // phrase, not two items ("entre l'Autriche et l'Italie").
    else if (pairOpen >= 0 && (i - pairOpen > PAIR_WORDS || /[,;:.!?()]/.test(gap))) pairOpen = -1;
    // Most gaps are one space: nothing to cut there but a coordinator or an opener.
    const plain = gap === ' ';
    // The left piece keeps its closing brackets and quotes, and a percent sign ("28,4 %").
    // So does the point that ends an abbreviation of single letters ("5 a.m.", "the U.S.").
    const abbreviation = gap[0] === '.' && prev.text.length === 1 && text[prev.start - 1] === '.' ? 1 : 0;
    const closers = plain ? 0 : abbreviation || /^[)\]»”"’']*(?:\s?[%‰])?[)\]»”"’']*/.exec(gap)![0].length;
    const leftEnd = prev.end + closers;
    if (!plain && (gap.includes(';') || /:\s/.test(gap) || /\s[–—-]\s/.test(gap))) {
      cuts.push({ leftEnd, rightStart: tok.start, kind: 'hard', token: i });
      inList = false;
      continue;
    }
    // A comma cuts only when followed by a space: "2,000" and "6,8" are numbers. Nor between two numbers, which it lists
    // ("im Alter von 7, 10 und 13 Jahren"), or two scores ("21-17, 21-15"), nor after the first part of a compound
    // whose last part a later word gives ("an Öl-, Gas- und Kohleunternehmen", "oil-, gas- and coal-fired").
    const hasComma = !plain && /,\s/.test(gap) && !SUSPENDED_PART.test(gap) && !(NUMBER_PAIR.test(prev.text) && NUMBER_PAIR.test(tok.text)) && !adjectives(i);
    let quoteAt = -1;
    if (!plain) for (let q = 0; q < gap.length && quoteAt < 0; q++) if (OPEN_QUOTES.includes(gap[q]!)) quoteAt = q;
    const listLen = res.listOpeners.at(tokens, i)?.length ?? 0;
    // (Not a participle after its auxiliary, without a comma: "and was followed by a flow of lava" goes on with its clause.)
    // (Nor an adverb set inside a phrase, before the preposition that ends it: "grâce notamment à un doublé".)
    // (Nor the last word of an adverb: "sera en outre limité", moreover.)
    const boundaryLen = (hasComma || (!res.auxiliaries.has(prev.folded) && !res.openerInPhrase.has(tokens[i + 1]?.folded ?? ''))) && !(res.openerAdverbs.at(tokens, i - 1)?.length === 2) ? (res.boundaryOpeners.at(tokens, i)?.length ?? 0) : 0;
    const openLen = hasComma ? (res.clauseOpeners.at(tokens, i)?.length ?? 0) : 0;
    const phraseLen = Math.max(listLen, boundaryLen, openLen);
    if (phraseLen > 1) skipUntil = i + phraseLen;
    // (Not before a quote of a few words that opens with a capital: a name or a title, « Klimaatzaak », "ShadowPort";
    // quoted speech and a quoted judgement, « trop tardif », are cut off; a few quoted words inside a clause that goes on
    // after them with a word that is no coordinator are the clause's own, "the city had "no choice" given …".)
    // (Where the quote ends is read once, for both questions.)
    const quoteEnd = quoteAt >= 0 ? shortQuoteEnd(text, tokens, i) : -1;
    let goesOnAt = afterQuotedWords(text, tokens, quoteEnd);
    // (Two quoted words joined by a coordinator, "als "nachhaltig" und "recycelt" beworben", go on after the second.)
    if (goesOnAt >= 0 && goesOnAt + 1 < tokens.length && res.coordinators.has(tokens[goesOnAt]!.lower) && OPENS_QUOTE.test(text.slice(tokens[goesOnAt]!.end, tokens[goesOnAt + 1]!.start))) {
      goesOnAt = afterQuotedWords(text, tokens, shortQuoteEnd(text, tokens, goesOnAt + 1));
    }
    const quotedWords = goesOnAt >= 0 && !res.coordinators.has(tokens[goesOnAt]!.lower);
    if (quoteAt >= 0 && !CLOSE_QUOTES.includes(gap[0] ?? '') && !(tok.cap && quoteEnd >= 0) && !quotedWords) {
      cuts.push({ leftEnd, rightStart: prev.end + quoteAt, kind: 'quote', token: i, quoteThen: goesOnAt >= 0 ? goesOnAt : undefined });
    } else if (listLen && (hasComma || boundaryLen) && !attributionAt(i + listLen) && !relativeClause(i)) {
      cuts.push({ leftEnd, rightStart: tok.start, kind: 'list-opener', token: i, inClause: !hasComma });
      inList = true;
      listCommas = 0;
    } else if (boundaryLen || openLen) {
      cuts.push({ leftEnd, rightStart: tok.start, kind: 'opener', token: i, shortClause: hasComma && (countClause(i) || (openLen > 0 && namedSubjectClause(i + openLen))) });
      listCommas = 0;
    } else if (hasComma) {
      // (A word of rank after a comma ends a list: "…, nämlich 18,4 Millionen, gefolgt von Frankreich und Deutschland".)
      if (inList && res.rankRivals.has(tok.folded)) inList = false;
      // (So does an attribution that ends the sentence: "…, faisant 27 blessés, dont trois graves, a indiqué la police".)
      if (inList && (attributionAt(i) || sourceEnds(i))) inList = false;
      if (inList) listCommas++;
      cuts.push({ leftEnd, rightStart: tok.start, kind: inList ? 'list-opener' : 'comma', token: i, shortClause: countClause(i) });
    } else if (pairOpen >= 0 && res.coordinators.has(tok.lower)) {
      pairOpen = -1;
    } else if (plain && res.adverbCoordinators.has(tok.folded) && !res.stopwords.has(prev.folded)) {
      // An adverb inside its clause, not a coordinator (which a comma would precede): after its verb, "…, wolle aber die
      // Regierung schützen"; after a number ("der IStGH hatte sich 2018 aber für zuständig erklärt") or a noun ("werde
      // ihren Kurs aber nicht ändern").
    } else if (res.coordinators.has(tok.lower) && i + 1 < tokens.length && !insideNumber(tokens, i, res) && gap[0] !== '-' && !insideName(text, tokens, i, res)) {
      // (Not after a word cut short before it: "das US-Schnee- und Eisdatenzentrum", "Ein- und Ausreise".)
      const after = tokens[i + 1]!;
      // Without a tagger, a lower-case past form before a function word or a number opens a clause too
      // ("und siegte mit 58 Sekunden Vorsprung"; not "und bekannte Namen").
      const then = tokens[i + 2];
      // A strong verb's past form is a verb wherever it stands ("und trug maßgeblich zum Beitritt bei"; not the present,
      // "und sieht darin", "und spricht von", which goes on as English ", calling" does).
      const pastVerb = !after.cap && ((res.pastVerbLike(after.folded) && !!then && (res.stopwords.has(then.folded) || /^\d/.test(then.folded))) || (res.strongVerbForms.has(after.lower) && !after.lower.endsWith('t')));
      // With a tagger, a verb after an adverb opens one too ("and never let France close the gap", "and then said").
      const next2 = tokens[i + 2];
      const verbSecond = !!next2 && !!hints.verbStarts?.has(next2.start) && res.clauseAdverbs.has(after.folded) && text.slice(after.end, next2.start) === ' ';
      // A verb of saying opens one, as a finite verb does ("et affirme avoir proposé une hausse"; not "et selon la police",
      // a source).
      const reportingVerb = !after.cap && !res.stopwords.has(after.folded) && res.attributionVerbs.at(tokens, i + 1)?.length === 1;
      // A count as the subject of its own verb opens one as well ("and 21 have fallen ill", "and two are pregnant", "et 24 sont tombées malades").
      const countSubject = countClause(i);
      // (A gerund after "while" or "when" opens a phrase of time, no clause: "clipped wings while taxiing".)
      // (A verb in its bare form that goes on an infinitive before it opens none: "plotted to storm parliament and overthrow
      // the government" is one phrase; "wanted to stay and said …" two clauses.)
      const reported = reportedClause(i);
      const clause =
        ((hints.verbStarts?.has(after.start) ?? false) && !res.gerundPhrase(tok.folded, after.folded) && !(hints.bareVerbStarts?.has(after.start) && infinitiveBefore(i))) ||
        verbSecond || res.clauseStarters.has(after.folded) || pastVerb || countSubject || subjectClause(i) || namedClause(i) || reported || reportingVerb;
      const itemStart = res.stopwords.has(after.folded) || after.cap;
      if (clause) cuts.push({ leftEnd, rightStart: tok.start, kind: 'opener', token: i, shortClause: countSubject || reported });
      // Inside a list ("including A, B and C"), the coordinator before the last item starts it, a bare
      // noun too when the items are short (an enumeration, not a clause).
      else if (inList && (itemStart || (listCommas > 0 && i - (cuts[cuts.length - 1]?.token ?? 0) <= 4))) cuts.push({ leftEnd, rightStart: tok.start, kind: 'list-opener', token: i });
      else if (itemStart && !jointSubject(i)) cuts.push({ leftEnd, rightStart: tok.start, kind: 'coord', token: i });
    }
  }

  // Where a clause ends in its verb (German), a list opened inside it with no comma may run on to that verb: "… wegen des
  // Verkaufs gefälschter Gemälde unter anderem von Picasso und Kandinsky zu fünf Jahren Haft verurteilt". Its last item then
  // holds the clause's predicate, and the list is no list of claims: its cuts go.
  // With a tagger (English), the same where a verb follows the opener in the list's run: the list was in the subject, and
  // the clause goes on ("Tariffs on car parts such as engines and transmissions will follow in May").
  if (res.nounsCapitalised || hints.verbStarts) {
    for (let c = 0; c < cuts.length; c++) {
      if (!cuts[c]!.inClause) continue;
      let e = c + 1;
      // (With a tagger, the run ends at a comma: what follows it is a clause of its own.)
      while (e < cuts.length && cuts[e]!.kind === 'list-opener' && !cuts[e]!.inClause && !(hints.verbStarts && text.slice(cuts[e]!.leftEnd, cuts[e]!.rightStart).includes(','))) e++;
      const end = e < cuts.length ? cuts[e]!.token - 1 : tokens.length - 1;
      const verb = tokens[end]!;
      let runsOn = false;
      if (hints.verbStarts) {
        // (Before any comma: "platforms such as Uber and Bolt, causing long delays" is a list, and a clause after it.)
        for (let k = cuts[c]!.token + (res.listOpeners.at(tokens, cuts[c]!.token)?.length ?? 1); k <= end && !runsOn; k++) {
          if (text.slice(tokens[k - 1]!.end, tokens[k]!.start).includes(',')) break;
          runsOn = hints.verbStarts.has(tokens[k]!.start);
        }
      } else runsOn = end > cuts[e - 1]!.token && !verb.cap && !res.stopwords.has(verb.folded);
      if (runsOn) {
        cuts.splice(c, e - c);
        c--;
      }
    }
  }

  // A few quoted words that a coordinator follows are cut off only where that coordinator opens a claim of its own
  // ("a jugé ce limogeage « trop tardif » et a réclamé …"); where it does not, they stay with the clause that
  // judges ("a jugé la grève « disproportionnée » et affirme …": no claim begins at the quote).
  // (Each cut is asked against the next cut kept after it, from the end; the kept ones are gathered in one pass: removing
  // them one at a time from the array made a sentence of many cuts quadratic.)
  {
    const kept: Cut[] = [];
    for (let c = cuts.length - 1; c >= 0; c--) {
      const then = cuts[c]!.quoteThen;
      if (!(then !== undefined && kept[kept.length - 1]?.token !== then)) kept.push(cuts[c]!);
    }
    keepOnly(cuts, kept.reverse());
  }
  // A tally is one fact: no cut inside it but a hard one. (A cut is inside a tally that opens before its left end and ends
  // after its right start; spanIndex answers that by a binary search per cut, not a scan of every tally.)
  if (hints.tallies?.length) {
    const tallies = spanIndex(hints.tallies);
    keepOnly(cuts, cuts.filter((cut) => cut.kind === 'hard' || !tallies.holds({ start: cut.leftEnd - 1, end: cut.rightStart + 1 })));
  }
  // A quotation that its speaker's verb follows is what was said, one claim: no comma cut inside it ("\"Die Besatzung hat
  // nach Vorschrift gehandelt, die Landung verlief normal\", sagte eine Sprecherin" / "\"The crew followed procedures and
  // the landing was normal,\" a spokeswoman said"). The quote opens the sentence and closes before a comma and the verb.
  const quoted = quotationBeforeSaying(text, tokens, sentence, res);
  if (quoted) keepOnly(cuts, cuts.filter((cut) => cut.kind === 'hard' || !(cut.leftEnd > quoted.start && cut.rightStart < quoted.end)));
  // A clause that opens the sentence as the subject of the verb after its comma is one claim with it ("Wer beim Abbruch
  // noch auf der Strecke war, erhielt eine Zeit und eine Medaille", as "Those still on the course … were given a
  // medal" is): no cut at that comma.
  const subjectEnd = subjectClauseEnd(text, tokens, res, depthAt);
  if (subjectEnd >= 0) keepOnly(cuts, cuts.filter((cut) => cut.kind === 'hard' || !(cut.leftEnd <= subjectEnd && subjectEnd < cut.rightStart)));
  // Segments between cuts.
  interface Seg extends Range {
    first: number;
    last: number;
    kind: CutKind | 'start';
    shortClause?: boolean;
  }
  const segs: Seg[] = [];
  let segStart = sentence.start;
  let first = 0;
  let kind: Seg['kind'] = 'start';
  let shortSeg = false;
  for (const cut of cuts) {
    segs.push({ start: segStart, end: cut.leftEnd, first, last: cut.token - 1, kind, shortClause: shortSeg });
    segStart = cut.rightStart;
    first = cut.token;
    kind = cut.kind;
    shortSeg = !!cut.shortClause;
  }
  segs.push({ start: segStart, end: sentence.end, first, last: tokens.length - 1, kind, shortClause: shortSeg });

  // A month beside a day counts, though English "May" is also a modal verb ("LYON, May 22 -").
  const month = (k: number) => res.months.has(tokens[k]!.folded) && (/^\d/.test(tokens[k + 1]?.folded ?? '') || /^\d/.test(tokens[k - 1]?.folded ?? ''));
  const content = (s: Seg) => {
    // (In a source that opens with its verb of saying, the day it spoke is no content: "…, a annoncé mercredi
    // l'entreprise" joins its claim as "…, a annoncé l'entreprise" does.)
    const source = s.kind === 'comma' && !!res.attributionVerbs.at(tokens, s.first);
    let n = 0;
    for (let k = s.first; k <= s.last; k++) if ((!res.stopwords.has(tokens[k]!.folded) || month(k)) && !(source && res.weekdays.has(tokens[k]!.folded))) n++;
    return n;
  };
  const size = (s: Seg) => s.last - s.first + 1;
  /** Whether a word is a finite verb by itself or by its ending, without a tagger ("a", "est", "remplaceront"; not "à"). */
  const finiteWord = (w: Token) => (res.clauseStarters.has(w.folded) && w.folded === w.lower) || res.numbers.verbEndings.some((e) => w.folded.endsWith(e));
  /** Whether a piece holds a verb: one the tagger saw, or without a tagger a lower-case word finite by itself or its ending. */
  const holdsVerb = (sg: { first: number; last: number }) => {
    for (let t = sg.first; t <= sg.last; t++) {
      const w = tokens[t]!;
      if (hints.verbStarts ? hints.verbStarts.has(w.start) : !w.cap && finiteWord(w)) return true;
    }
    return false;
  };
  // A name set off by commas inside a clause ("sentenced the former mayor, Marc Aubert, to eight years",
  // "Le ministre, Gérald Darmanin, a annoncé"): an apposition, and the piece after it goes on with the
  // same clause. Neither is a claim of its own, nor an item of a list.
  const appos = segs.map(() => false);
  const goesOn = segs.map(() => false);
  let closingName = false;
  // Pieces that are one name of a place, perhaps after a coordinator or a preposition ("Japan", "and South Korea", "et en Irlande").
  const placeOnly = segs.map(() => false);
  // Pieces that open with a name of a place, perhaps after one word that qualifies it ("and northern Italy on Thursday").
  const opensWithPlace = segs.map(() => false);
  // Pieces that end in a name of a place ("with others in Scotland").
  const endsInPlace = segs.map(() => false);
  {
    // Names by where they end: one lookup per piece, however many names the sentence holds.
    const personAt = new Map<number, number>();
    for (const p of hints.persons ?? []) personAt.set(p.end, p.start);
    // Places by where they end, as names are.
    const placeAt = new Map<number, number>();
    for (const p of hints.places ?? []) placeAt.set(p.end, p.start);
    const placeStarts = new Set((hints.places ?? []).map((p) => p.start));
    /** The piece is a place after a preposition ("à Turin", "in Ohio"). */
    const isPlace = (s: Seg) => {
      const r = trimRange(text, s, PUNCT_TRIM);
      const start = placeAt.get(r.end);
      const prep = res.placePrepositions.at(tokens, s.first);
      return start !== undefined && !!prep && tokens[s.first + prep.length]?.start === start;
    };
    endsInPlace[0] = placeAt.has(trimRange(text, segs[0]!, PUNCT_TRIM + '.!?').end);
    for (let k = 1; k < segs.length; k++) {
      const sg = segs[k]!;
      let first = res.coordinators.has(tokens[sg.first]!.lower) ? sg.first + 1 : sg.first;
      // (A preposition of place may open it: "au pays de Galles", "et en Irlande du Nord".)
      first += res.placePrepositions.at(tokens, first)?.length ?? 0;
      if (first > sg.last) continue;
      const r = trimRange(text, sg, PUNCT_TRIM + '.!?');
      placeOnly[k] = placeAt.get(r.end) === tokens[first]!.start;
      endsInPlace[k] = placeAt.has(r.end);
      // (Or, for the last item of a list, a name of a place, perhaps after one word that qualifies it, that the clause goes on
      // after: "Croatia and northern Italy on Thursday evening", "und Norditalien zu sehen".)
      const qualified = first < sg.last && !tokens[first]!.cap && !res.stopwords.has(tokens[first]!.folded) && !hints.verbStarts?.has(tokens[first]!.start) ? first + 1 : first;
      opensWithPlace[k] = placeStarts.has(tokens[first]!.start) || placeStarts.has(tokens[qualified]!.start);
      // A piece after a comma that opens with a name of a place and holds no verb, after a piece that ends in one, goes on
      // with the list that piece opened ("seen from Austria, Croatia and northern Italy on Thursday evening").
      // (Without a tagger, no word that is a finite verb by itself or by its ending.)
      // (So does a short phrase of place that says where the place before it lies: "in Kevo, near the Norwegian border".)
      const whereItLies = sg.last - sg.first < NEAR_PLACE_WORDS && k + 1 === segs.length && !!res.placePrepositions.at(tokens, sg.first);
      if ((sg.kind === 'comma' || (whereItLies && sg.kind === 'opener' && text.slice(segs[k - 1]!.end, sg.start).includes(','))) && endsInPlace[k - 1] && (placeStarts.has(tokens[sg.first]!.start) || whereItLies)) {
        if (!holdsVerb(sg)) goesOn[k] = true;
      }
    }
    /** The piece is a person's name, perhaps after a title ("M. Abdellatif Hammouchi", "Dr. Anna Berg"). */
    const isName = (s: Seg) => {
      const r = trimRange(text, s, PUNCT_TRIM + '.!?');
      const start = personAt.get(r.end);
      return start === r.start || (start !== undefined && tokens[s.first]!.cap && tokens[s.first + 1]?.start === start && res.titles.has(tokens[s.first]!.folded));
    };
    /** Every word of the piece has a capital but its function words, and it opens and ends with one. */
    const capitalised = (s: Seg) => {
      for (let k = s.first; k <= s.last; k++) if (!tokens[k]!.cap && (k === s.first || k === s.last || !res.stopwords.has(tokens[k]!.folded))) return false;
      return true;
    };
    /** No word of the piece is a verb the tagger saw. */
    const noVerb = (s: Seg) => {
      for (let k = s.first; k <= s.last; k++) if (hints.verbStarts!.has(tokens[k]!.start)) return false;
      return true;
    };
    /** A verb of saying stands in the piece, with only its object's words after it (none of them a verb). */
    const saidBefore = (sg: Seg) => {
      for (let t = sg.last; t >= sg.first && t >= sg.last - REPORT_REACH; t--) {
        if (res.attributionVerbs.at(tokens, t)) return t < sg.last;
        if (hints.verbStarts!.has(tokens[t]!.start)) return false;
      }
      return false;
    };
    /** The piece opens with a verb, perhaps after one word ("had accepted", "also said"). */
    const opensWithVerb = (s: Seg) => hints.verbStarts!.has(tokens[s.first]!.start) || (s.first < s.last && hints.verbStarts!.has(tokens[s.first + 1]!.start));
    /**
     * After a clause's verb and a place or a person's name, a phrase of a few words with no verb that an article opens
     * (after a name, no article is needed: "Madis Kask, professeur de droit à Tartu, au poste de …"), then a piece that
     * goes on with that clause: an infinitive, or a phrase with no verb, no verb of saying and no gerund ("to tear down …",
     * "à payer …", "as chancellor of justice", "on Sunday").
     */
    const description = (before: Seg, s: Seg, next: Seg, person: boolean) => {
      const first = tokens[s.first]!;
      const then = tokens[next.first]!;
      if (size(s) > DESCRIBED_WORDS || first.cap || then.cap) return false;
      const article = res.definiteArticles.has(first.folded) || res.indefiniteArticles.has(first.folded);
      if (!article && !(person && !res.attributionVerbs.at(tokens, s.first) && !res.stopwords.has(first.folded))) return false;
      if (holdsVerb(s) || !holdsVerb(before)) return false;
      for (let t = next.first; t <= next.last; t++) if (res.attributionVerbs.at(tokens, t)) return false;
      if (res.coordinators.has(then.lower) || res.relativeOpeners.has(then.folded) || res.subjectPronouns.has(then.folded) || res.gerundLike(then.folded)) return false;
      return res.infinitiveOpeners.has(then.folded) || !holdsVerb(next);
    };
    for (let k = 1; k + 1 < segs.length; k++) {
      const s = segs[k]!;
      if (s.kind !== 'comma' || segs[k + 1]!.kind !== 'comma') continue;
      // Or an age after a name ("Aubert, 61, had accepted", "Aubert, 61 ans, a perçu").
      const before = trimRange(text, segs[k - 1]!, PUNCT_TRIM);
      // An age phrase between a subject and its verb is one too ("The men, aged between 28 and 41, overpowered").
      // (After a name the facets did not read as a person's, too: "Sun, 24 ans, a remporté", where the family name comes first.)
      const years = size(s) === 1 || res.dates.durationUnits.get(tokens[s.first + 1]!.folded) === 'Y';
      const age =
        (size(s) <= 2 && /^\d{1,3}$/.test(tokens[s.first]!.text) && (personAt.has(before.end) || (years && tokens[segs[k - 1]!.last]!.cap))) ||
        (size(s) <= 8 && !!res.numbers.agePhrases.at(tokens, s.first));
      // Not a name among names ("Anna Berg, Kenji Watanabe and Paul Martin").
      // Or where the subject is, between it and its verb ("Des milliers de salariés de l'usine, à Turin, ont observé").
      const where = size(s) <= PLACE_APPOSITION && isPlace(s) && !tokens[segs[k + 1]!.first]!.cap && !res.coordinators.has(tokens[segs[k + 1]!.first]!.lower);
      // With a tagger (English), a run of capitalised words between a subject without a verb and the verb is a name
      // the lexicon does not know ("The charity, Santé Sahel, denied", "The operator, Air Glacier Rescue, said").
      const named = !!hints.verbStarts && k === 1 && size(s) <= CAPS_NAME && capitalised(s) && noVerb(segs[0]!) && opensWithVerb(segs[k + 1]!);
      // And a phrase without a verb that describes a person named as the subject ("Buchard, the 2019 European champion, took silver").
      // (Not before a verb of saying: what the person said is the claim, and who the person is a fact of its own, "Bol, the
      // world champion, said she had not expected …".)
      const described =
        !!hints.verbStarts && k === 1 && size(s) <= DESCRIBED_WORDS && isName(segs[0]!) && noVerb(s) && opensWithVerb(segs[k + 1]!) && !res.attributionVerbs.at(tokens, segs[k + 1]!.first);
      // The same for the subject of a clause reported after a verb of saying ("Warken said the gas, popular at parties,
      // could cause lasting nerve damage"): a noun closes the piece before, and the verb after it is the reported one.
      const reported =
        !!hints.verbStarts && k === 1 && size(s) <= DESCRIBED_WORDS && noVerb(s) && opensWithVerb(segs[k + 1]!) && !res.attributionVerbs.at(tokens, segs[k + 1]!.first) &&
        !!hints.nounStarts?.has(tokens[segs[0]!.last]!.start) && saidBefore(segs[0]!);
      // And a phrase with no verb that says what the place or the person before it is, inside a clause that goes on after
      // it ("ordered the owner of a hotel in Hallstatt, a UNESCO World Heritage site, to tear down …"; "le maire de
      // Hallstatt, un village de 750 habitants, à payer …"; "appointed Madis Kask, a law professor at Tartu, as chancellor
      // of justice"): the piece after it goes on with the clause, whatever it opens with but a new clause's subject, a
      // coordinator or a relative pronoun.
      if ((endsInPlace[k - 1] || personAt.has(before.end)) && description(segs[k - 1]!, s, segs[k + 1]!, !endsInPlace[k - 1])) {
        appos[k] = true;
        goesOn[k + 1] = true;
        continue;
      }
      if (age || where || named || described || reported || (isName(s) && !isName(segs[k - 1]!) && !isName(segs[k + 1]!))) {
        appos[k] = true;
        // The piece after it goes on with the one before: the subject's verb ("Aubert, 61, had accepted"). With a tagger
        // (English), only a piece that opens with a verb does; not a phrase after an object ("for Kaya, 41, over articles she wrote").
        // After an age, the subject may go on with where its people are from before their verb ("The pupils, aged 12 to
        // 14, from a school in Linz were staying"): the piece opens with a preposition of place and holds a verb.
        const from = !!hints.verbStarts && age && k === 1 && !!res.placePrepositions.at(tokens, segs[k + 1]!.first) && noVerb(segs[0]!) && !noVerb(segs[k + 1]!);
        goesOn[k + 1] = !hints.verbStarts || opensWithVerb(segs[k + 1]!) || from;
      }
    }
    // A name that closes the sentence after a comma names whom the piece before it describes ("a déclaré le
    // directeur général de l'OMS, Tedros Adhanom Ghebreyesus."): no claim of its own, unless it ends a list.
    const lastSeg = segs.length - 1;
    closingName = lastSeg > 0 && segs[lastSeg]!.kind === 'comma' && isName(segs[lastSeg]!) && !isName(segs[lastSeg - 1]!);
  }
  // An enumeration without an opener: "A, B and C" / "A, B sowie C" – short
  // comma pieces that end in a coordinated piece are items of one list.
  const item = segs.map(() => false);
  const namesListed = segs.map(() => false);
  const endsLower = (seg: Seg) => {
    const t = tokens[seg.last]!;
    return !t.cap && /^\p{L}+$/u.test(t.text);
  };
  const endsInVerb = (seg: Seg) => endsLower(seg) && !res.stopwords.has(tokens[seg.last]!.folded);
  /** Whether a piece holds a strong verb's finite form (German "blieb", "erhielten"): a clause, no item. */
  const holdsStrongVerb = (seg: Seg) => {
    for (let t = seg.first; t <= seg.last; t++) if (!tokens[t]!.cap && res.strongVerbLike(tokens[t]!.lower)) return true;
    return false;
  };
  const opensWithParticiple = (i: number) => {
    const t = tokens[i];
    return !!t && !t.cap && (!!hints.verbStarts?.has(t.start) || res.participleLike(t.folded));
  };
  /** No verb after the coordinator: a noun phrase ("and the regional council"), not a clause ("and his lawyer said …"). */
  const nounAfter = (s: Seg) => {
    for (let i = s.first + 1; i <= s.last; i++) {
      const t = tokens[i]!;
      if (hints.verbStarts ? hints.verbStarts.has(t.start) : res.clauseStarters.has(t.folded) || (!t.cap && res.participleLike(t.folded))) return false;
    }
    return true;
  };
  for (let k = 0; k < segs.length; k++) {
    // The last item starts with a coordinator ("and C", "sowie C", also when the word opens clauses too).
    const closes = segs[k]!.kind === 'coord' || (segs[k]!.kind === 'opener' && res.coordinators.has(tokens[segs[k]!.first]!.lower));
    if (!closes || size(segs[k]!) > 7) continue;
    let m = k - 1;
    while (m >= 0 && m > k - 12 && segs[m]!.kind === 'comma' && size(segs[m]!) <= 6) m--;
    // A list that opens the sentence is its subject ("Spätfrost, Hagel und Mehltau hatten den Reben
    // zugesetzt"): its items are no claims of their own.
    if (m === 0 && segs[0]!.kind === 'start' && size(segs[0]!) <= 4) continue;
    if (appos.slice(Math.max(m, 0), k + 1).some(Boolean)) continue;
    // Where nouns have a capital, a piece that ends in a lower-case word ends in its verb: when the piece before a
    // single comma piece and the coordinated piece after it both do, the comma joins two clauses, no list ("Museen in
    // der Hauptstadt schlossen, Fluglotsen und Grenzbeamte müssen ohne Lohn weiterarbeiten"). (Two comma pieces or
    // more are items: "ein Gesetz verabschiedet, das Zucht, Schlachtung und Verkauf von Hunden … verbietet".)
    if (res.nounsCapitalised && m >= 0 && m === k - 2 && endsInVerb(segs[m]!) && endsInVerb(segs[k]!)) continue;
    // Nor, where nouns have a capital, when the last piece and a comma piece before it end in a lower-case word: items end
    // in their nouns, clauses in their verbs ("Selenskyj, der per Video zugeschaltet war, bedankte sich und sagte, …").
    if (res.nounsCapitalised && endsLower(segs[k]!) && segs.slice(m + 1, k).some(endsLower)) continue;
    // Nor where each piece before the coordinated one holds a strong verb's finite form: clauses in the order of a main
    // clause, whose verb comes second ("Die Heizung blieb in Betrieb, die Fahrgäste erhielten Essen und Decken").
    if (res.nounsCapitalised && m >= 0 && segs.slice(m, k).every(holdsStrongVerb)) continue;
    // Nor a phrase that opens with a participle after the clause, then a coordinated noun ("…, paid by the government
    // and the regional council", "…, financés par l'État et la région"): the noun is the participle's, no item.
    if (m === k - 2 && opensWithParticiple(segs[k - 1]!.first) && nounAfter(segs[k]!)) continue;
    // Nor the rivals after a word of rank ("…, le plus touché, devant ceux de Puebla et d'Hidalgo", "…, vor Puebla und
    // Hidalgo"): one phrase of the clause before.
    if (k >= 2 && segs[k - 1]!.kind === 'comma' && res.rankRivals.has(tokens[segs[k - 1]!.first]!.folded) && nounAfter(segs[k]!)) continue;
    // Nor names of places after the first ("carmakers in Europe, Japan and South Korea"): one list inside a clause, whose
    // pieces stand not alone. (Names of people stay items: "three researchers, Anna Berg, Kenji Watanabe and Paul Martin".)
    // (The last may go on after its name: "seen from Austria, Croatia and northern Italy on Thursday evening".)
    if (m + 1 < k && placeOnly.slice(m + 1, k).every(Boolean) && (placeOnly[k] || opensWithPlace[k])) {
      for (let q = m + 1; q <= k; q++) namesListed[q] = true;
      continue;
    }
    // So where the first name ends a phrase of its own before them ("…, with others in Scotland, Wales and Northern
    // Ireland", "…, d'autres en Écosse, au pays de Galles et en Irlande du Nord"): the names go on that phrase.
    if (m + 2 < k && endsInPlace[m + 1] && placeOnly.slice(m + 2, k + 1).every(Boolean)) {
      for (let q = m + 2; q <= k; q++) namesListed[q] = true;
      continue;
    }
    if (m < k - 1) for (let q = m; q <= k; q++) if (q >= 0 && (q > m || size(segs[q]!) <= 8)) item[q] = true;
  }
  if (closingName && !item[segs.length - 1]) appos[segs.length - 1] = true;
  // An infinitive after a comma that completes the verb before it and ends the sentence ("hatte angekündigt, die
  // Produktion … zu drosseln"): what was announced, no claim of its own. So is a clause of purpose ("zahlen 12
  // Dollar, um in den Teil Manhattans zu fahren"), which English and French write without a comma, inside the claim
  // ("to enter", "pour entrer"). (Not the first of two infinitives joined by "und", each a fact of its own.)
  // So, from the end back, is each infinitive before them ("sollen Kunden geholfen haben, Briefkastenfirmen … zu
  // gründen, um Geld … zu verstecken"), also before an attribution that ends the sentence ("…, ohne Begleitperson
  // einen Flug … zu besteigen, urteilte das Gericht").
  /** Whether a segment holds a verb of saying. */
  const attributes = (seg: Seg) => {
    for (let t = seg.first; t <= seg.last; t++) if (res.attributionVerbs.at(tokens, t)) return true;
    return false;
  };
  let lastInfinitive = segs.length - 1;
  // (So before a short comparison that ends the sentence: "…, bis 2030 30 Prozent der Meere unter Schutz zu stellen, wie es
  // 2022 vereinbart worden war".)
  const closing = segs[lastInfinitive]!;
  if (lastInfinitive > 1 && closing.last - closing.first < SPEECH_WORDS && ((closing.kind === 'comma' && attributes(closing)) || (closing.kind !== 'hard' && res.attributionTailOpeners.has(tokens[closing.first]!.folded)))) lastInfinitive--;
  // (A coordinated piece that is no item joins the piece before it, which ends where the coordinated piece ends:
  // "…, Fenster und Türen geschlossen zu halten".)
  let tail = -1;
  for (let k = lastInfinitive; k > 0; k--) {
    const s = segs[k]!;
    if (s.kind === 'coord' && !item[k]) {
      if (tail < 0) tail = s.last;
      continue;
    }
    const last = tail >= 0 ? tail : s.last;
    tail = -1;
    // (The marker may be fused with a separable verb: "…, angespültes Treibgut nicht anzufassen".)
    const infinitive = res.infinitiveMarkers.has(tokens[last - 1]!.folded) || fusedInfinitive(tokens[last]!.folded, res) > 0;
    if (!(s.kind === 'comma' && last - s.first >= 2 && infinitive && !item[k])) break;
    appos[k] = true;
  }
  // How much a piece must carry to stand alone depends on how it was cut off.
  // (A clause whose subject is a count carries its fact in fewer words, and so does the clause it is joined to:
  // "Most of the patients are over 70, and two are pregnant women".)
  const standsAlone = (kind: Seg['kind'], c: number, isItem: boolean, short = false) => {
    if (kind === 'list-opener' || isItem) return c >= 1;
    if (kind === 'coord') return false;
    return c >= (short ? 2 : 3);
  };

  // Merge in one pass, keeping each merged piece's content count, so long
  // runs of tiny pieces stay linear.
  const merged: Array<Seg & { content: number; alone: boolean; isItem: boolean }> = [];
  /** Segment s goes on with a merged piece: the piece ends where s ends and holds its content words too. */
  const join = (into: (typeof merged)[number], s: Seg, content: number, alone: boolean) => {
    into.end = s.end;
    into.last = s.last;
    into.content += content;
    into.alone = alone;
  };
  const contents = segs.map(content);
  // A coordinated piece ("and two advisers") never stands alone: it joins the piece before it, so that
  // piece is judged with it (", which surprised the president and two advisers" is a claim of its own).
  const judged = contents.slice();
  for (let k = segs.length - 1; k > 0; k--) if (segs[k]!.kind === 'coord' && !item[k]) judged[k - 1]! += judged[k]!;
  // A phrase before the subject pronoun of the sentence describes the subject ("Âgé de 24 ans, il a
  // lâché…", "Aged 26, he pulled away"), and so does an age before any subject ("Âgé de 52 ans, le
  // technicien…"): it is no claim of its own.
  // With a tagger (English), any short opening phrase without a verb ("Compared with the previous quarter, prices dropped").
  const verbless = (s: Seg, most = 8) => {
    if (!hints.verbStarts || s.last - s.first >= most) return false;
    // (A gerund after a preposition is a noun: "a key chokepoint for shipping".)
    for (let k = s.first; k <= s.last; k++) if (hints.verbStarts.has(tokens[k]!.start) && !(k > s.first && res.nounGerundAfter.has(tokens[k - 1]!.folded) && res.gerundLike(tokens[k]!.folded))) return false;
    return true;
  };
  /** Whether a piece holds a word that is a finite verb by itself or by its ending. */
  const finiteIn = (s: Seg) => {
    for (let t = s.first; t <= s.last; t++) if (finiteWord(tokens[t]!)) return true;
    return false;
  };
  // Without a tagger, a subject set off by a participle phrase before its predicate ("Le mouvement de 48 heures,
  // lancé par le syndicat, a commencé à minuit"): the subject is read with the phrase, not as a claim of its own.
  // (Where nouns have a capital the participle closes the phrase: "Eine neue Variante des Virus, Klade Ib genannt,
  // scheint sich … zu verbreiten".)
  // A subject may hold a coordination ("Les conducteurs des C3 et DS3 concernées, fabriquées entre 2009 et 2017, doivent
  // …"): its coordinated pieces come before the phrase.
  let o = 0;
  while (o + 1 < segs.length && segs[o + 1]!.kind === 'coord') o++;
  // (Only a subject of a few words: a whole clause before the comma is no subject, "L'Arménie et l'Azerbaïdjan se sont mis
  // d'accord mercredi sur un cessez-le-feu …, après deux jours de combats …".)
  if (o > 0 && segs[o]!.last - segs[0]!.first + 1 > COORDINATED_SUBJECT_WORDS) o = -1;
  // (The phrase may hold a coordination with no verb after a subject of a few words with no verb: "Les manuscrits, datant
  // des XIIIe et XIVe siècles, étaient conservés …"; p is the predicate's piece.)
  let p = 2 + o;
  const fewWords = o >= 0 && segs[1 + o]?.kind === 'comma' && segs[o]!.last - segs[0]!.first + 1 <= SUBJECT_WORDS && !finiteIn(segs[0]!);
  while (fewWords && p + 1 < segs.length && segs[p]!.kind === 'coord' && !finiteIn(segs[p]!)) p++;
  const apposed = () => {
    if (o < 0 || hints.verbStarts || segs.length < p + 1 || segs[p]!.kind !== 'comma') return false;
    // (Not a relative clause, whose verb comes last too: "Der Franzose, der in Austin trainiert, hatte …".)
    // (A present participle only after a subject of a few words: "Le bateau, battant pavillon suisse, naviguait"; after a
    // whole clause it says what the clause led to, "… a plongé la Pologne dans le noir, privant d'électricité …".)
    const subject = segs[o]!.last - segs[0]!.first + 1 <= SUBJECT_WORDS;
    const participle = (t: Token) => !t.cap && (res.participleLike(t.folded) || (subject && res.gerundLike(t.folded)));
    const first = tokens[segs[1 + o]!.first]!;
    if (res.nounsCapitalised && res.relativeOpeners.has(first.folded)) return false;
    return (participle(first) || (res.nounsCapitalised && participle(tokens[segs[p - 1]!.last]!))) && !tokens[segs[p]!.first]!.cap;
  };
  /**
   * Whether a piece ends in a subordinator and a short subject with no verb ("… down the steps as the escalator"):
   * looked for among its last few words only.
   */
  const subordinateSubjectEnds = (s: Seg) => {
    for (let k = s.last; k >= s.first && s.last - k < COORDINATED_SUBJECT_WORDS; k--) {
      const t = tokens[k]!;
      if (res.subordinators.has(t.folded)) return k < s.last;
      if (hints.verbStarts ? verbAt(k) : finiteWord(t)) return false;
    }
    return false;
  };
  /**
   * Where nouns have a capital, whether a piece holds a lower-case word, no function word, that no capitalised noun follows
   * (an adjective stands before its noun) or that ends like a verb in the past: a verb ("Die Polizei setzte Tränengas
   * ein", "das auch für E-Zigaretten gilt").
   */
  const lowerVerbIn = (sg: Seg) => {
    for (let t = sg.first + 1; t <= sg.last; t++) {
      const w = tokens[t]!;
      if (!w.cap && !res.stopwords.has(w.folded) && (res.pastVerbLike(w.folded) || t === sg.last || !tokens[t + 1]!.cap)) return true;
    }
    return false;
  };
  // Without a tagger: a short subject, a short phrase set off by commas, then a piece that opens with a finite verb, no
  // pronoun ("La partie ferme, un an, sera exécutée sous bracelet électronique"): the verb is the subject's.
  const predicateAfterApposition = () => {
    if (hints.verbStarts || segs.length < 3) return false;
    const verb = tokens[segs[2]!.first]!;
    // (Where nouns have a capital, the verb is any lower-case word that is no function word after a subject and a phrase
    // with no verb: "Die Postfinance, die Bank der Schweizerischen Post, erhebt …".)
    const capitalVerb = res.nounsCapitalised && !verb.cap && !res.stopwords.has(verb.folded) && !lowerVerbIn(segs[0]!) && !lowerVerbIn(segs[1]!);
    // (Not after a relative clause or a phrase of place, nor a verb of saying: "Das Verbot, das auch für E-Zigaretten gilt,
    // soll …", "Le conteneur, en provenance du Cameroun, était …", "…, sagte Urso".)
    return (
      (segs[0]!.last - segs[0]!.first < SUBJECT_WORDS || (segs[0]!.last - segs[0]!.first < LONG_SUBJECT_WORDS && !finiteIn(segs[0]!))) &&
      segs[1]!.last - segs[1]!.first < ROLE_WORDS &&
      // (French "dont" opening a list with no verb is "including": "Les passagers, dont onze enfants, ont été …". A German
      // article that is also a relative pronoun, before a noun, in a phrase with no verb, opens an apposition: "Die
      // Postfinance, die Bank der Schweizerischen Post, erhebt …"; not "…, die Kunden seit Jahren kritisieren, …".)
      (!res.relativeOpeners.has(tokens[segs[1]!.first]!.folded) ||
        (segs[1]!.kind === 'list-opener' && !finiteIn(segs[1]!)) ||
        (res.nounsCapitalised && segs[1]!.first < segs[1]!.last && tokens[segs[1]!.first + 1]!.cap && !lowerVerbIn(segs[1]!))) &&
      !res.placePrepositions.at(tokens, segs[1]!.first) &&
      // (A verb by an ending no noun has is one too: "Les navires, longs de 85 mètres chacun, remplaceront …".)
      (res.clauseStarters.has(verb.folded) || finiteWord(verb) || capitalVerb) &&
      !res.subjectPronouns.has(verb.folded) &&
      !res.complementizers.has(verb.folded) &&
      !res.attributionVerbs.at(tokens, segs[2]!.first)
    );
  };
  /** Whether a segment opens with a preposition of attribution ("according to", "selon", "laut"): who says the clause. */
  const opensWithSource = (seg: Seg) => {
    const len = res.attributionVerbs.at(tokens, seg.first)?.length;
    return !!len && res.clauseOpeners.at(tokens, seg.first)?.length === len;
  };
  // (Asked once: the answer serves the opening phrase and the predicate below.)
  const isApposed = apposed();
  // (A verbless opening phrase also before a phrase that opens with a participle: "On the sidelines of this
  // forum, marked by a series of meetings, the Director General held …".)
  // (And a phrase of what was not done instead: "Rather than continue a jump-off, the two friends asked …".)
  // (And a source set before the clause it is the source of, as sourceTail's after it: "Selon le service météorologique
  // irlandais, le brouillard devrait se dissiper vendredi", "According to the weather service, …".)
  // Without a tagger, a short phrase opened by a preposition, with no finite verb, before a clause that holds one ("Dans
  // environ un cas sur cinq, les médiateurs ont estimé …", "Après trois jours de débats, les députés ont adopté …").
  const frontedPhrase = () =>
    !hints.verbStarts && segs[0]!.last - segs[0]!.first < FRONTED_WORDS && !!res.frontedPrepositions.at(tokens, segs[0]!.first) && !holdsVerb(segs[0]!) && finiteIn(segs[1]!);
  const fronted =
    segs.length > 1 &&
    ((segs[1]!.kind === 'comma' && (!!res.alternativeOpeners.at(tokens, segs[0]!.first) || opensWithSource(segs[0]!) || frontedPhrase())) ||
      (segs[1]!.kind === 'comma' &&
      (res.subjectPronouns.has(tokens[segs[1]!.first]!.folded) || (segs[0]!.last - segs[0]!.first < 5 && !!res.numbers.agePhrases.at(tokens, 0)) || verbless(segs[0]!) || isApposed)) ||
      (segs[1]!.kind === 'opener' && verbless(segs[0]!)) ||
      (o > 0 && isApposed));
  // And when the phrase after the subject opens with a participle and the next piece with the verb, that
  // piece is the subject's predicate and goes on with it: "The fee, introduced as a trial in 2024, raised
  // 2.4 million euros", "Le mouvement, lancé par le syndicat, a commencé à minuit". (With a tagger, a phrase with no
  // verb at all too, before a verb that is not one of saying: "The Gloria funicular, popular with tourists, came off its
  // tracks"; not "Femke Bol, the world champion in the 400 metres hurdles, said …".)
  const verbAt = (k: number) => !!hints.verbStarts?.has(tokens[k]!.start);
  /** Piece k follows a comma: cut there, or opening (or going on with) a list after it. */
  const afterComma = (k: number) => segs[k]!.kind === 'comma' || (segs[k]!.kind === 'list-opener' && text.slice(segs[k - 1]!.end, segs[k]!.start).includes(','));
  // (The phrase and the predicate both go on with a subject that holds a coordination: the subject stands alone by its words.
  // And all the pieces of a phrase that holds one go on with the subject.)
  if ((o > 0 || p > 2) && isApposed) for (let k = 1 + o; k <= p; k++) goesOn[k] = true;
  else if (
    segs.length > 2 &&
    // (The phrase may open a list after its comma, the verb then standing where a next item would: "The passengers, among
    // them eleven children, were lowered …", "Les passagers, dont onze enfants, ont été descendus …".)
    afterComma(1) &&
    afterComma(2) &&
    !tokens[segs[2]!.first]!.cap &&
    (isApposed ||
      (verbless(segs[0]!, LONG_SUBJECT_WORDS) && (verbAt(segs[1]!.first) || res.gerundLike(tokens[segs[1]!.first]!.folded) || (verbless(segs[1]!) && !res.attributionVerbs.at(tokens, segs[2]!.first))) && verbAt(segs[2]!.first)) ||
      predicateAfterApposition())
  ) {
    goesOn[2] = true;
    // (The phrase goes on with a subject long enough to stand alone: "The water level of the Rhine at the Kaub gauge, a key
    // chokepoint for shipping, fell to 33 centimetres".)
    goesOn[1] = true;
  }
  // A list of several items set off after a short subject, before its predicate ("Several countries, including France, Italy
  // and Spain, have protested"): the items and the predicate go on with the subject, as one item does above.
  if (!goesOn[2] && segs.length > 3 && segs[1]!.kind === 'list-opener' && afterComma(1)) {
    const noVerbIn = (sg: Seg) => (hints.verbStarts ? verbless(sg, LONG_SUBJECT_WORDS) : !finiteIn(sg));
    // (The items: pieces of the list with no verb; the piece after them opens with the predicate.)
    let j = 1;
    while (j + 1 < segs.length && (segs[j + 1]!.kind === 'list-opener' || segs[j + 1]!.kind === 'coord') && noVerbIn(segs[j + 1]!)) j++;
    const pred = segs[j + 1];
    const verb = pred && tokens[pred.first]!;
    if (
      pred &&
      j > 1 &&
      noVerbIn(segs[0]!) &&
      afterComma(j + 1) &&
      !verb!.cap &&
      (hints.verbStarts ? verbAt(pred.first) : res.clauseStarters.has(verb!.folded) || finiteWord(verb!)) &&
      !res.attributionVerbs.at(tokens, pred.first)
    )
      for (let k = 1; k <= j + 1; k++) goesOn[k] = true;
  }
  // A relative clause set off after the opening subject, before the subject's predicate ("Le nationaliste flamand Bart De
  // Wever, dont le parti a remporté le plus de sièges, doit devenir Premier ministre"), goes on with the subject, as English
  // reads "De Wever, whose party won the most seats": a subject alone states nothing.
  // (Where nouns have a capital the relative clause ends in its verb and the sentence stays one claim.)
  if (
    !res.nounsCapitalised &&
    segs.length > 2 &&
    (segs[1]!.kind === 'comma' || (segs[1]!.kind === 'opener' && text.slice(segs[0]!.end, segs[1]!.start).includes(','))) &&
    segs[2]!.kind === 'comma' &&
    size(segs[0]!) <= COORDINATED_SUBJECT_WORDS &&
    res.relativeOpeners.has(tokens[segs[1]!.first]!.folded) &&
    !tokens[segs[2]!.first]!.cap &&
    !res.relativeOpeners.has(tokens[segs[2]!.first]!.folded) &&
    !res.coordinators.has(tokens[segs[2]!.first]!.lower)
  )
    goesOn[1] = true;
  // So does one set off after the subject of a subordinate clause at the end of a piece ("Passengers were thrown down
  // the steps as the escalator, which was carrying people upwards, began running down at 7:50"): the verb after it is
  // that subject's, and the clause, the relative clause and the predicate are one claim.
  if (!res.nounsCapitalised)
    for (let k = 1; k + 1 < segs.length; k++) {
      const rel = segs[k]!;
      const pred = segs[k + 1]!;
      if (
        text.slice(segs[k - 1]!.end, rel.start).includes(',') &&
        pred.kind === 'comma' &&
        res.relativeOpeners.has(tokens[rel.first]!.folded) &&
        subordinateSubjectEnds(segs[k - 1]!) &&
        !tokens[pred.first]!.cap &&
        (hints.verbStarts ? verbAt(pred.first) : finiteWord(tokens[pred.first]!)) &&
        !res.attributionVerbs.at(tokens, pred.first)
      )
        goesOn[k] = goesOn[k + 1] = true;
    }
  // Merged where they overlap, in order, so that one binary search finds the one that holds a token.
  const values = union([...(hints.values ?? [])].sort((a, b) => a.start - b.start));
  // A piece cut off at a comma that is nothing but a value ("…, avec 3,4 millions de kilomètres carrés"), or a
  // value and its margin over a rival ("…, rund 32 Stunden hinter ihm"), is a detail of the piece before it.
  const valueOnly = (s: Seg) => {
    if (!values.length || s.last - s.first >= ROLE_WORDS) return false;
    let any = false;
    for (let k = s.first; k <= s.last; k++) {
      const t = tokens[k]!;
      if (res.stopwords.has(t.folded) || res.marginWords.has(t.folded)) continue;
      if (!covered(values, t)) return false;
      any = true;
    }
    return any;
  };
  // A value's baseline cut off at a comma ("…, up from 1,165 a year earlier", "…, contre 1 165 un an plus tôt",
  // "…, gegenüber 1651 im Vorjahr") is a detail of the value before it, as German writes it in one clause with "nach".
  // So is a change by a value ("…, up 8 percent from the year before", "…, soit une hausse de 8 %").
  const baseline = (s: Seg) => {
    if (s.kind !== 'comma' || !values.length || s.last - s.first >= BASELINE_WORDS) return false;
    const len = (res.baselineOpeners.at(tokens, s.first) ?? res.changeOpeners.at(tokens, s.first))?.length ?? 0;
    if (!len) return false;
    for (let k = s.first + len; k <= s.last; k++) if (covered(values, tokens[k]!)) return true;
    return false;
  };
  // Where nouns have a capital (German), a relative clause set off after a rank or a superlative and its noun restricts
  // that noun: "Norwegen ist das erste Land, das einen solchen Schritt geht" says what English says with "the first
  // country to take such a step", one claim.
  const rankedRelative = (k: number) => {
    const s = segs[k]!;
    if (!res.nounsCapitalised || k === 0 || s.kind !== 'comma' || !res.relativeOpeners.has(tokens[s.first]!.folded)) return false;
    const before = segs[k - 1]!;
    const noun = tokens[before.last]!;
    const rank = tokens[before.last - 1];
    // (The article agrees with the relative pronoun: "das erste Land, das"; not "Dürre in Brasilien, dem weltgrößten
    // Kaffeeproduzenten, die die nächste Ernte gefährdet", whose clause is the drought's.)
    const article = tokens[before.last - 2];
    return before.last - 1 > before.first && noun.cap && !!rank && !rank.cap && article?.folded === tokens[s.first]!.folded && (ordinalWordValue(rank.folded, res.numbers) !== undefined || SUPERLATIVE.test(rank.folded));
  };
  // An agency's credit before the dash that opens a text ("Madrid (dpa) -", "PARIS (Reuters) –") says who
  // wrote, not what happened: no claim, and no part of the first one. (A dateline with its day stays.)
  const credit =
    segs.length > 1 &&
    segs[1]!.kind === 'hard' &&
    segs[0]!.last - segs[0]!.first < CREDIT_WORDS &&
    CREDIT.test(text.slice(segs[0]!.start, segs[0]!.end)) &&
    DASH_AFTER.test(text.slice(segs[0]!.end, segs[1]!.start));
  // The first dash after a dateline ("STOCKHOLM, 23 novembre - Les sociaux-démocrates suédois, dans l'opposition, ont
  // élu …"): what follows it opens the first claim, and joins what comes after it, not the dateline.
  const afterDateline = segs.findIndex((s, k) => k > 0 && s.kind === 'hard');
  const datelineDash =
    afterDateline > 0 &&
    segs[afterDateline - 1]!.last - segs[0]!.first < DATELINE_WORDS &&
    DATELINE_START.test(text.slice(segs[0]!.start, segs[0]!.end)) &&
    DASH_AFTER.test(text.slice(segs[afterDateline - 1]!.end, segs[afterDateline]!.start));
  // A sentence that opens with who says or thinks, before a clause of what that opens with "that", "que", "dass" ("Die Polizei
  // geht davon aus, dass …"): the two are one claim.
  // (So does one that ends in its verb of saying before a comma, reported speech without "dass": "Der staatliche
  // Gesundheitsdienst NHS teilte mit, die meisten geplanten Operationen würden stattfinden".)
  const speechOnly = (k: number) => {
    const s = segs[k]!;
    const next = segs[k + 1];
    if (k > 0 || !next || s.last - s.first >= 2 * SPEECH_WORDS) return false;
    if (res.complementizers.has(tokens[next.first]!.folded)) return s.last - s.first < SPEECH_WORDS && attributes(s);
    // (Where what is reported ends the sentence: after it, ", und drohte …" may go on with the speaker. The speaker may
    // be named at length, "Der Anwalt des Veranstalters Sunbeat Events sagte, …": the verb of saying ends the piece.)
    return next.kind === 'comma' && k + 2 === segs.length && endsInSaying(s);
  };
  /** Whether a segment's last words are a verb of saying ("sagte", "teilte mit"). */
  const endsInSaying = (seg: Seg) => {
    for (let t = Math.max(seg.first, seg.last - 2); t <= seg.last; t++) if (t + (res.attributionVerbs.at(tokens, t)?.length ?? 0) - 1 === seg.last) return true;
    return false;
  };
  // A clause that ends in a word announcing the clause of what after it ("Die Richter fanden keine Belege dafür,
  // dass …"): the two are one claim.
  const announces = (k: number) => {
    const next = segs[k + 1];
    return !!next && res.correlates.has(tokens[segs[k]!.last]!.folded) && res.complementizers.has(tokens[next.first]!.folded);
  };
  /**
   * Segment k is a short end of the sentence, no attribution, after a piece that is only a relative clause that ends in its
   * verb. (Or a short end of the main clause that a coordinated clause follows, opening with its verb: "Selenskyj, der per
   * Video zugeschaltet war, bedankte sich und sagte, …".)
   */
  const tailOfMain = (k: number, last: { first: number; last: number }) => {
    const s = segs[k]!;
    const rel = segs[k - 1]!;
    if (!res.nounsCapitalised || s.kind !== 'comma' || last.first > rel.first || last.last !== rel.last) return false;
    const opener = tokens[rel.first]!.folded;
    // (A preposition before the relative pronoun opens it too, where the clause ends in its verb: "in dem … genügte".)
    const afterPreposition = res.relativePrepositions.has(opener) && res.relativeOpeners.has(tokens[rel.first + 1]?.folded ?? '') && rel.last > rel.first + 2 && !tokens[rel.last]!.cap && !/\d/.test(tokens[rel.last]!.text);
    if (!res.relativeOpeners.has(opener) && !afterPreposition && !(res.whereOpeners.has(opener) && last.first < rel.first)) return false;
    const next = segs[k + 1];
    const coordinated = !!next && next.kind !== 'comma' && res.coordinators.has(tokens[next.first]!.lower) && !tokens[s.first]!.cap;
    // (Or a source that ends the sentence after it: "…, wo Tempo 120 gilt, mit 162 Stundenkilometern unterwegs, wie ein
    // Sprecher mitteilte".)
    const sourceAfter = !!next && k + 2 === segs.length && next.kind !== 'hard' && res.attributionTailOpeners.has(tokens[next.first]!.folded) && attributes(next);
    if (s.last - s.first >= TAIL_WORDS || (next && next.kind !== 'hard' && !coordinated && !sourceAfter)) return false;
    if (res.relativeOpeners.has(tokens[s.first]!.folded)) return false;
    return !attributes(s);
  };
  // The source that ends a sentence after a comma, opened by a preposition of attribution ("…, according to final results
  // published by the federal chancellery", "…, selon les résultats définitifs publiés par …", "…, laut …"): who says it,
  // however long, is no claim of its own but the claim's attribution.
  const sourceTail = (k: number) => {
    const s = segs[k]!;
    if (k === 0 || k + 1 < segs.length || s.kind === 'hard') return false;
    return opensWithSource(s);
  };
  // A clause interrupted by a name set off by commas ("and said the state secretary, Eva Horváthová, would run the
  // ministry") is judged whole: the apposition and the piece that goes on after it count with the piece they go on.
  for (let k = segs.length - 1; k > 1; k--) if (goesOn[k] && appos[k - 1]) judged[k - 2]! += judged[k - 1]! + judged[k]!;
  segs.forEach((s, k) => {
    if (k === 0 && credit) return;
    const c = contents[k]!;
    const source = sourceTail(k);
    const alone =
      standsAlone(s.kind, judged[k]!, item[k]!, s.shortClause || segs[k + 1]?.shortClause) &&
      !(k === 0 && fronted) &&
      !appos[k] &&
      !goesOn[k] &&
      !(s.kind === 'comma' && valueOnly(s)) &&
      !baseline(s) &&
      !namesListed[k] &&
      !rankedRelative(k) &&
      !(s.kind !== 'hard' && !!res.dependentOpeners.at(tokens, s.first)) &&
      !speechOnly(k) &&
      !announces(k) &&
      !source;
    const last = merged[merged.length - 1];
    // A short clause after a semicolon opens a claim of its own when the one before stands alone: it goes on with
    // what follows it, not with what precedes ("Sechs … sind gestorben; ob der Pilz die Ursache war, ist … unklar").
    // (Not after a colon or a dash, which often set off a dateline or a heading.)
    const afterSemicolon = s.kind === 'hard' && text.slice(segs[k - 1]?.end ?? s.start, s.start).includes(';');
    // The end of a main clause after a relative clause set off inside it ("Mailand verbietet ab Oktober Dieselautos, die
    // älter als zehn Jahre sind, in der Innenstadt."): the clause, the relative clause and that end are one claim.
    // (Where a relative clause ends in its verb, German: elsewhere ", by 211 votes to 119" may end either clause.)
    const before = merged[merged.length - 2];
    const tailed = !source && !!last && tailOfMain(k, last);
    // (Where the relative clause, ending in its verb, has already gone on with a clause before it that holds its own verb,
    // the end goes on with both, though it holds a value, when no word of it is a finite verb: "Er war auf der Autobahn,
    // wo Tempo 120 gilt, mit 162 Stundenkilometern unterwegs". Not after a subject alone, whose verb the end holds:
    // "Der 22-Jährige, der … erzielte, unterschrieb …".)
    const rel = segs[k - 1]!;
    if (tailed && last.first < rel.first && !tokens[rel.last]!.cap && holdsVerb({ first: last.first, last: rel.first - 1 }) && (!alone || !finiteIn(s))) {
      join(last, s, c, true);
      return;
    }
    if (tailed && !alone && before) {
      merged.pop();
      join(before, s, last.content + c, true);
      return;
    }
    if (last && (!alone || !last.alone) && !(afterSemicolon && last.alone && k + 1 < segs.length && segs[k + 1]!.kind !== 'hard') && !(datelineDash && k === afterDateline)) {
      join(last, s, c, last.alone || alone || standsAlone(last.kind, last.content + c, false));
    } else {
      merged.push({ start: s.start, end: s.end, first: s.first, last: s.last, kind: s.kind, content: c, alone, isItem: item[k]! || s.kind === 'list-opener' });
    }
  });
  // (The credit is marked, for the claims to set it aside.)
  const pieces: Piece[] = credit ? [{ ...trimRange(text, { start: segs[0]!.start, end: segs[0]!.end }, PUNCT_TRIM), credit }] : [];
  let head: Range | undefined;
  /**
   * Whether a piece ends in a relative clause of its own ("Core inflation, which excludes energy and
   * food"): a cut opens the clause and only coordinations follow it, so nothing ("according to him")
   * interrupts the clause before the predicate.
   */
  // (The cuts are in text order: a binary search over their right starts finds the last cut inside the piece, and the
  // look goes back from it over the coordinations only, not over every cut of the sentence per piece.)
  let rightStarts: Range[] | undefined;
  const enclosesRelative = (p: Range) => {
    rightStarts ??= cuts.map((c) => ({ start: c.rightStart, end: c.rightStart }));
    for (let c = firstFrom(rightStarts, p.end) - 1; c >= 0 && cuts[c]!.leftEnd > p.start; c--) {
      if (res.relativeOpeners.has(tokens[cuts[c]!.token]?.folded ?? '')) return true;
      if (cuts[c]!.kind !== 'coord') return false;
    }
    return false;
  };
  merged.forEach((m, k) => {
    const trimmed = trimRange(text, m, PUNCT_TRIM);
    if (!(trimmed.end > trimmed.start && hasLetterOrDigit(text, trimmed.start, trimmed.end))) return;
    const r = balanceQuotes(text, trimmed);
    // An item of a list keeps the piece that introduced the list (its predicate) as its head;
    // a relative clause the piece it speaks of.
    const prev = pieces.length && !pieces[pieces.length - 1]!.credit ? pieces[pieces.length - 1] : undefined;
    const first = tokens[m.first];
    if (m.isItem && head) pieces.push({ ...r, head });
    else if (prev && res.relativeOpeners.has(first?.folded ?? '') && !(res.nounsCapitalised && noVerbWord(tokens, m.first, m.last, res))) pieces.push({ ...r, head: { start: prev.start, end: prev.end }, relative: true });
    // The predicate after a relative clause set off by commas ("Core inflation, which excludes energy,
    // fell to 2.5 percent"): it says something of the subject before the clause.
    else if (prev && first && !first.cap && m.kind === 'comma' && !res.coordinators.has(first.lower) && enclosesRelative(prev)) pieces.push({ ...r, head: { start: prev.start, end: prev.end }, relative: true });
    else pieces.push(r);
    if (!m.isItem || k === 0) head = r;
  });
  return pieces;
}

/**
 * The index of the first token after a dateline's or a credit's dash at the start of a sentence ("LISBON, Nov 18 - The …",
 * "Madrid (dpa) - Die …"), or -1: a town in capitals or a credit, then a spaced dash within a few words.
 */
function leadEnd(text: string, tokens: readonly Token[], sentence: Range, town: boolean): number {
  const dateline = DATELINE_START.test(text.slice(sentence.start, sentence.start + 40));
  for (let j = 1; j < tokens.length - 1 && j <= DATELINE_WORDS; j++) {
    if (!DASH_AFTER.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start + 1))) continue;
    if (dateline || (j < CREDIT_WORDS && CREDIT.test(text.slice(sentence.start, tokens[j - 1]!.end + 1)))) return j;
    // (A town alone, before a capitalised word: "Oslo - Ein Flugzeug …"; not in a title, "Merz - Ein Kanzler unter Druck", nor
    // before a phrase set off by a second dash, "Ryanair - Europe's largest airline - said …".)
    if (town && townLead(text, { start: sentence.start, end: tokens[j - 1]!.end }, j) && tokens[j]!.cap && !DASH_PAIR.test(text.slice(tokens[j]!.start, tokens[Math.min(j + DASH_PAIR_WORDS, tokens.length - 1)]!.end))) return j;
    return -1;
  }
  return -1;
}

/** Most words between a quotation's close and the verb of saying after it ("\", a Widerøe spokeswoman said"). */
const SAYING_AFTER_QUOTE = 4;

/**
 * The range of a quotation that opens the sentence and closes before a comma and, within a few words, a verb of saying
 * (or a comma inside its close: `…normal," a spokeswoman said`); undefined if the sentence has none.
 */
function quotationBeforeSaying(text: string, tokens: readonly Token[], sentence: Range, res: LanguageResources): Range | undefined {
  const open = text[sentence.start]!;
  const close = QUOTE_PAIRS.find(([o]) => o === open)?.[1];
  if (!close) return undefined;
  const end = text.indexOf(close, sentence.start + 1);
  if (end < 0 || end >= sentence.end) return undefined;
  // (A comma before or after the closing mark, then the verb.)
  if (text[end - 1] !== ',' && !/^\s*,/.test(text.slice(end + 1, end + 3))) return undefined;
  const after = tokens.findIndex((t) => t.start > end);
  if (after < 0) return undefined;
  for (let k = after; k < tokens.length && k < after + SAYING_AFTER_QUOTE; k++) if (res.attributionVerbs.at(tokens, k)) return { start: sentence.start, end: end + 1 };
  return undefined;
}

/** Most words of a subject clause that opens a sentence ("Wer beim Abbruch noch auf der Strecke war"). */
const SUBJECT_CLAUSE_WORDS = 15;

/**
 * Where the comma after a subject clause that opens the sentence stands, when a verb follows it ("Wer … war, erhielt"):
 * a finite verb the language lists, or where nouns have a capital a lower-case word that is no function word; -1 if none.
 */
function subjectClauseEnd(text: string, tokens: readonly Token[], res: LanguageResources, depthAt: readonly number[]): number {
  if (!res.subjectClauseOpeners.size || !tokens.length || !res.subjectClauseOpeners.has(tokens[0]!.folded)) return -1;
  for (let k = 1; k < tokens.length && k <= SUBJECT_CLAUSE_WORDS; k++) {
    const gap = text.slice(tokens[k - 1]!.end, tokens[k]!.start);
    if (!gap.includes(',')) continue;
    if (gap.trim() !== ',' || depthAt[k]) return -1;
    const verb = tokens[k]!;
    const finite = res.auxiliaries.has(verb.folded) || res.clauseStarters.has(verb.folded) || res.pastVerbLike(verb.folded) || (res.nounsCapitalised && !verb.cap && !res.stopwords.has(verb.folded));
    return finite ? tokens[k - 1]!.end : -1;
  }
  return -1;
}

/** Whether the words of `head`, `words` tokens, are a town alone before a text's opening dash (see TOWN). */
function townLead(text: string, head: Range, words: number): boolean {
  return words <= TOWN_WORDS && head.end - head.start <= TOWN_CHARS && TOWN.test(text.slice(head.start, head.end));
}

/** Most words of a name read back from a coordinator inside it. */
const NAME_REACH = 5;

/**
 * Whether a piece has no word that could be its verb: in German, where a relative pronoun is also an article, "die Linke
 * auf 11 Prozent" after a comma is the next item of a tally, not a relative clause ("…, die im Juni gewählt wurde").
 * (Every word written small is a function word, and none an auxiliary.)
 */
function noVerbWord(tokens: readonly Token[], first: number, last: number, res: LanguageResources): boolean {
  for (let k = first; k <= last; k++) {
    const t = tokens[k]!;
    if (t.cap || /\d/.test(t.folded)) continue;
    if (!res.stopwords.has(t.folded) || res.clauseStarters.has(t.folded)) return false;
  }
  return true;
}

/**
 * A coordinator inside the name of a body, in a language that gives capitals to names only: capitalised words on
 * both sides, and before it a run of them joined by a function word ("the Swedish Agency for Marine and Water
 * Management", "Department of Health and Social Care"): no cut. ("Saxony and Lower Saxony" are two places.)
 */
function insideName(text: string, tokens: readonly Token[], i: number, res: LanguageResources): boolean {
  if (res.nounsCapitalised) return false;
  const [prev, after] = [tokens[i - 1], tokens[i + 1]];
  if (!prev?.cap || !after?.cap) return false;
  // (Words of one name: no punctuation between them, "Belgium, the Netherlands and Romania" are three.)
  const joined = (k: number) => /^\s+$/.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start));
  for (let k = i - 2; k >= 1 && k >= i - NAME_REACH && joined(k); k--) {
    const t = tokens[k]!;
    if (t.cap) continue;
    return res.stopwords.has(t.folded) && tokens[k - 1]!.cap && joined(k - 1);
  }
  return false;
}

/** Whether one of the disjoint, ordered ranges holds the whole of r: the last that starts at or before it. */
function covered(ranges: readonly Range[], r: Range): boolean {
  const k = firstFrom(ranges, r.start + 1) - 1;
  return k >= 0 && ranges[k]!.end >= r.end;
}

/** A coordinator inside a number written in words ("vingt et un", "soixante et onze"): no cut there. */
function insideNumber(tokens: readonly Token[], i: number, res: LanguageResources): boolean {
  return i > 0 && res.numbers.tens.has(tokens[i - 1]!.folded) && res.numbers.units.has(tokens[i + 1]!.folded);
}
