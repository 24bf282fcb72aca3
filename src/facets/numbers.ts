import { COUNTED_BY_TIMES, getGazetteer, GIVEN_NAMES, type LanguageResources, MEASURES, type NumberWords } from '../resources/index.js';
import { firstFrom, fold, type PhraseSet, punctuatedGap, spanIndex, type Token, tokensIn } from '../text.js';
import type { FacetInternal } from './types.js';

/** Parse a list of number words ("quatre", "vingt", "dix") into a value. */
export function wordsToNumber(parts: readonly string[], nw: NumberWords): number | undefined {
  let total = 0;
  let current = 0;
  let any = false;
  for (const p of parts) {
    if (p === 'und' || p === 'et' || p === 'and' || p === '') continue;
    const u = nw.units.get(p) ?? nw.tens.get(p);
    if (u !== undefined) {
      // "quatre-vingt": a unit before "vingt" multiplies it.
      if ((p === 'vingt' || p === 'vingts') && current > 1 && current < 10) current *= 20;
      else current += u;
      any = true;
      continue;
    }
    const s = nw.scales.get(p);
    if (s !== undefined) {
      if (s === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * s;
        current = 0;
      }
      any = true;
      continue;
    }
    return undefined;
  }
  return any ? total + current : undefined;
}

/** Split a German compound number word ("zweiundzwanzig", "dreihundert") into its parts. */
function splitCompound(word: string, nw: NumberWords): string[] | undefined {
  const vocab = [...nw.units.keys(), ...nw.tens.keys(), ...nw.scales.keys(), 'und'];
  const memo = new Map<number, string[] | null>();
  const walk = (pos: number): string[] | null => {
    if (pos === word.length) return [];
    const m = memo.get(pos);
    if (m !== undefined) return m;
    let best: string[] | null = null;
    for (const v of vocab) {
      if (v.length < 2 || !word.startsWith(v, pos)) continue;
      const rest = walk(pos + v.length);
      if (rest && (!best || rest.length + 1 < best.length)) best = [v, ...rest];
    }
    memo.set(pos, best);
    return best;
  };
  if (word.length > 40) return undefined;
  return walk(0) ?? undefined;
}

const wordCache = new WeakMap<NumberWords, Map<string, number | null>>();
const ordinalCache = new WeakMap<NumberWords, Map<string, number | null>>();

/** A cached answer per word ("null" for none), computed by a named function: no closure per call, one look-up per hit. */
function cached(store: WeakMap<NumberWords, Map<string, number | null>>, nw: NumberWords, key: string, compute: (key: string, nw: NumberWords) => number | undefined): number | undefined {
  let m = store.get(nw);
  if (!m) store.set(nw, (m = new Map()));
  const hit = m.get(key);
  if (hit !== undefined) return hit ?? undefined;
  const v = compute(key, nw);
  if (m.size > 50_000) m.clear();
  m.set(key, v ?? null);
  return v;
}

const startCache = new WeakMap<NumberWords, Map<string, number | null>>();

/** True when a word token can begin a number: a number word, an ordinal word or an approximation ("dozen"). */
function mayStartNumber(folded: string, nw: NumberWords): boolean {
  return cached(startCache, nw, folded, computeMayStart) === 1;
}

function computeMayStart(folded: string, nw: NumberWords): number {
  return nw.approx.has(folded) || ordinalWordValue(folded, nw) !== undefined || wordValue(folded, nw) !== undefined || timesOf(folded, nw) !== undefined || (nw.rankPrefixes.size > 0 && superlativeRank(folded, nw) !== undefined) ? 1 : 0;
}

const ROMAN_DIGITS: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, M: 1000 };

/** The value of a rank written in capital Roman numerals with an ordinal suffix of the language ("XIXe", "IVe"), if any. */
function romanOrdinal(written: string, nw: NumberWords): number | undefined {
  const m = /^([IVXLCM]+)(\p{Ll}+)$/u.exec(written);
  if (!m || !nw.ordinalSuffixes.includes(m[2]!)) return undefined;
  let value = 0;
  const r = m[1]!;
  for (let k = 0; k < r.length; k++) {
    const v = ROMAN_DIGITS[r[k]!]!;
    value += k + 1 < r.length && v < ROMAN_DIGITS[r[k + 1]!]! ? -v : v;
  }
  return value > 0 && value < 4000 ? value : undefined;
}

/** A count of times said by one word ("twice", "doubled"). */
function timesFacet(t: Token, times: number): FacetInternal {
  return {
    kind: 'quantity', id: `quantity:${times}:${TIMES}`, text: t.text, start: t.start, end: t.end, value: times, unit: TIMES, units: [TIMES],
    anchors: [{ key: `num:${times}`, start: t.start, end: t.end }, { key: `qty:${times}:${TIMES}`, start: t.start, end: t.end }, { key: `slot:${TIMES}`, start: t.start, end: t.end }],
  };
}

/** How many times a word says, written whole ("twice", "zweimal", "dreifach") or before a hyphen ("twice-yearly"). */
function timesOf(folded: string, nw: NumberWords): number | undefined {
  const dash = folded.indexOf('-');
  return nw.timesWords.get(folded) ?? (dash > 0 ? nw.timesWords.get(folded.slice(0, dash)) : undefined) ?? timesBySuffix(folded, nw);
}

/** The value of one number-word token, or undefined. */
export function wordValue(folded: string, nw: NumberWords): number | undefined {
  return cached(wordCache, nw, folded, computeWordValue);
}

function computeWordValue(folded: string, nw: NumberWords): number | undefined {
  const parts = folded.split(/[-‐‑]/);
  // "demi-million": half of the scale.
  if (parts.length === 2 && nw.halfPrefixes.has(parts[0]!) && (nw.scales.get(parts[1]!) ?? 0) >= 1000) return nw.scales.get(parts[1]!)! / 2;
  const direct = wordsToNumber(parts, nw);
  if (direct !== undefined) return direct;
  if (parts.length === 1 && folded.length > 4) {
    const split = splitCompound(folded, nw);
    if (split && split.length > 1) return wordsToNumber(split, nw);
  }
  return undefined;
}

/** The value of an ordinal word ("vingt-deuxième", "zweiundzwanzigste", "twenty-second"). */
export function ordinalWordValue(folded: string, nw: NumberWords): number | undefined {
  return cached(ordinalCache, nw, folded, computeOrdinalWordValue);
}

function computeOrdinalWordValue(folded: string, nw: NumberWords): number | undefined {
  const parts = folded.split(/[-‐‑]/);
  const last = parts[parts.length - 1]!;
  const head = parts.slice(0, -1);
  // German ordinal words inflect: erste, ersten, erster, erstes, erstem.
  const exact = nw.ordinals.get(last);
  // "two-thirds", "three-quarters" are fractions, not the ordinal 5 or 7.
  if (exact === undefined && head.length && last.endsWith('s')) return undefined;
  const direct = exact ?? nw.ordinals.get(last.replace(/(n|r|s|m)$/, ''));
  if (direct !== undefined) {
    const h = head.length ? wordsToNumber(head, nw) : 0;
    return h === undefined ? undefined : h + direct;
  }
  // (French ordinals take a plural: "les septièmes élections".)
  const singular = head.length === 0 && last.endsWith('s') ? last.slice(0, -1) : last;
  for (const suffix of nw.wordOrdinalSuffixes) {
    if (suffix.length < 2 || !singular.endsWith(suffix) || singular.length <= suffix.length + 2) continue;
    const stem = singular.slice(0, -suffix.length);
    // French stems drop or change a letter: cinqu-ième, neuv-ième, trent-ième.
    for (const cand of [stem, `${stem}e`, stem.replace(/v$/, 'f'), stem.replace(/u$/, '')]) {
      const v = wordValue([...head, cand].join('-'), nw);
      if (v !== undefined) return v;
    }
  }
  // A rank compounded onto the noun of its ranking ("Gesamtdritter", "Tabellenzweite").
  if (!head.length) {
    for (const h of nw.rankingHeads) if (last.startsWith(h) && last.length > h.length + 3 && !last.slice(h.length).includes('-')) return ordinalWordValue(last.slice(h.length), nw);
  }
  return undefined;
}

const NUMBER_TOKEN = /^\d+$/;
/** The ending of a German rank written as a noun ("Vierter", "Zweite"), not as an adjective before one ("vierten"). */
const RANK_NOUN = /(?:ter|te)$/;

/** Currency signs and the lexicon concept of each currency. */
const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  $: 'dollar',
  'US$': 'dollar',
  '€': 'euro',
  '£': 'pound',
  '¥': 'yen',
  // ISO codes, before or after the amount ("CHF 300 million", "5 Mio. CHF").
  CHF: 'swiss-franc',
  EUR: 'euro',
  USD: 'dollar',
  GBP: 'pound',
  JPY: 'yen',
  SEK: 'krona',
  NOK: 'krona',
  DKK: 'krona',
  CZK: 'krona',
  PLN: 'zloty',
  HUF: 'forint',
};
const CURRENCY_BEFORE = /(US\$|[$€£¥]|\b(?:CHF|EUR|USD|GBP|JPY|SEK|NOK|DKK|CZK|PLN|HUF)(?= ))\s?$/;
const CURRENCY_AFTER = /^\s?([€$£¥]|(?:CHF|EUR|USD|GBP|JPY|SEK|NOK|DKK|CZK|PLN|HUF)\b)/;
/** Characters looked at before a number for its currency ("CHF 300"). */
const CURRENCY_BEFORE_CHARS = 5;
/** A letter glued to a currency sign after a number: its scale ("450 M€", "20 k€"). */
const SIGN_SCALES: Readonly<Record<string, number>> = { m: 1e6, k: 1e3 };
/** Digits with a scale written on them: "5bn", "3m", "2Mrd". */
const GLUED = /^(\d+)(\p{Ll}+)$/u;

/** The currency sign right before a number ("$50", "€ 2,5"), with its length. */
function currencyBefore(text: string, at: number): { unit: string; length: number } | undefined {
  const m = CURRENCY_BEFORE.exec(text.slice(Math.max(0, at - CURRENCY_BEFORE_CHARS), at));
  return m ? { unit: CURRENCY_SYMBOLS[m[1]!]!, length: m[0].length } : undefined;
}

/**
 * Digits with a scale written on them ("5bn", "2Mrd"): the number of digits and the scale. A lone
 * "m" is millions only after a currency sign ("£3m") or where `millions` finds a noun after it that counts other things
 * ("1.2m homes", asked only then), not metres ("a 3m wave").
 */
function gluedScale(folded: string, nw: NumberWords, afterCurrency: boolean, millions?: () => boolean): { digits: number; scale: number } | undefined {
  const m = GLUED.exec(folded);
  if (!m) return undefined;
  const scale = nw.scales.get(m[2]!);
  if (scale === undefined || scale < 1_000_000 || (m[2] === 'm' && !afterCurrency && !millions?.())) return undefined;
  return { digits: m[1]!.length, scale };
}
const ORDINAL_TOKEN = /^(\d+)(\p{L}+)$/u;
/** English ordinal suffixes, read in every language ("the 13th edition" quoted in a French text). */
const ENGLISH_RANK_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);

/** Whether letters after digits make them a rank ("13th", "13e", "1re"). */
function rankSuffix(suffix: string, nw: NumberWords): boolean {
  return nw.ordinalSuffixes.includes(suffix) || ENGLISH_RANK_SUFFIXES.has(suffix);
}

/** A rank joined by a hyphen to the word it ranks ("19th-century"). */
const HYPHEN_RANK = /^(\d+)(\p{L}+)-(\p{L}{3,})$/u;
/** Words between a count and what it counts that are no article ("une dizaine de jours"). */
const OF_WORDS = new Set(['de', 'd', 'of', 'des', 'du']);
/** The lexicon's concept of a number, a total, a figure ("le nombre de", "the number of", "die Zahl der"). */
const NUMBER_WORD = 'number';
const ARTICLES = new Set(['a', 'an', 'un', 'une', 'ein', 'eine', 'einer', 'einen', 'the', 'le', 'la', 'les', 'de', 'd', 'du', 'des', 'of']);

/** An article or "of" (French "à" folds to the English article "a", and is none: "de dix à cinq ans"). */
function isArticle(t: Token | undefined): boolean {
  return !!t && ARTICLES.has(t.folded) && t.lower !== 'à';
}

export interface NumberContext {
  text: string;
  tokens: readonly Token[];
  res: LanguageResources;
  /** Tokens already used by a date. */
  used: ReadonlySet<number>;
  /** Concept ids of a token, for units. */
  unitOf(i: number): string | undefined;
  /** Every concept that starts at a token. */
  conceptsOf?(i: number): readonly string[] | undefined;
  /** Where a tagger (English) saw a verb start: a verb after a number is no unit ("75,000 watched"). */
  verbStarts?: ReadonlySet<number>;
  /** Whether the text gives its bare degrees in Fahrenheit (see writesFahrenheit). */
  fahrenheit?: boolean;
  /** Where a tagger (English) saw a common noun start: of two nouns after a number, the second is the unit ("12 treatment centres"). */
  nounStarts?: ReadonlySet<number>;
  /** Where the longest concept that starts at a token ends ("police officers" is one concept). */
  conceptEnd?(i: number): number | undefined;
  /** The last count of the sentence before, which "of them" at the head of this one points back to ("620,000 people … About 95,000 of them"). */
  countBefore?: FacetInternal;
  /** Where each count of a tally in words starts, and whether it is of votes against: the second is ("fünf zu vier
   * Stimmen"), the first is not ("six voix contre trois", though "contre" follows it). */
  tallySides?: ReadonlyMap<number, boolean>;
}

/** Units that count people, and what can befall them: "nine people … killed" counts the dead, as "onze morts" and "neun Tote" do. */
export const PEOPLE_UNITS: ReadonlySet<string> = new Set(['people', 'population', 'citizen', 'worker']);
const WORKER = 'worker';
/** Members of a group: counted as the injured where they were hurt, as employees are ("Deux autres membres … ont été blessés"). */
const MEMBER = 'membership';
const POPULATION = 'population';
const PEOPLE = 'people';
/** Nouns for a number of people that a count after "of" can count ("a crowd of 75,000", "a workforce of 8,000"). */
const CROWDS = new Set(['audience-public', 'job', 'protest']);
/** The unit of a number of times ("twice", "trois fois", "zweimal"). */
const TIMES = 'times';
/** The lexicon's concept of a temperature, the unit of "degrees" and of "°C". */
const TEMPERATURE = 'temperature';
/** A temperature's scale written with it ("degrees Fahrenheit", "70 °F", "104F", "Celsius"). */
const SCALE_NAMED = /fahrenheit|°\s?f\b|\d\s?f\b|(celsius|°\s?c\b|\d\s?c\b)/i;
/** Its scale right after it, not in brackets ("110 degrees Fahrenheit" where the unit ends at "degrees"). */
const SCALE_AFTER = /^\s?(?:fahrenheit\b|(celsius\b))/i;
/** Characters back from a Celsius value in which a bracket opens it as another's conversion ("116 degrees (46.7 Celsius)"). */
const SCALE_REACH = 14;

/**
 * Whether a temperature from `start` to `end` is in Fahrenheit: its scale is named so with it, or none is named and the
 * text gives its bare degrees in Fahrenheit.
 */
function inFahrenheit(text: string, start: number, end: number, bare: boolean | undefined): boolean {
  const m = SCALE_NAMED.exec(text.slice(start, end)) ?? SCALE_AFTER.exec(text.slice(end, end + SCALE_REACH));
  return m ? !m[1] : !!bare;
}

/** Bare degrees with their value in Celsius in brackets after them ("116 degrees (46.7 Celsius)"): degrees in Fahrenheit. */
const CONVERTED_DEGREES = /\d\s+degrees\s*\(\s*-?[\d.,]+\s*(?:degrees\s+)?(?:celsius|°\s?C|C)\b/i;

/**
 * Whether an English text gives its bare degrees in Fahrenheit: it names Fahrenheit or gives a value in Celsius in brackets
 * after bare degrees ("116 degrees (46.7 Celsius)"), and Celsius, if at all, only in such brackets. A linear scan.
 */
export function writesFahrenheit(text: string): boolean {
  if (!/fahrenheit|°\s?F\b/i.test(text) && !CONVERTED_DEGREES.test(text)) return false;
  const celsius = /celsius|°\s?C\b/gi;
  for (let m = celsius.exec(text); m; m = celsius.exec(text)) {
    // (Only the few characters before each: a look back over the text would make a text of many brackets quadratic.)
    const before = text.slice(Math.max(0, m.index - SCALE_REACH), m.index);
    const open = before.lastIndexOf('(');
    if (open < 0 || before.includes(')', open)) return false;
  }
  return true;
}
/** Units of a depth of rain given as a volume on an area (see below). */
const LITRES = 'litres';
const SQUARE_METRES = 'square-metres';
const MILLIMETRE = 'millimetre';
/** Most words from a count of litres to the square metre it falls on, the unit's word and all ("120 litres d'eau par mètre carré"). */
const PER_AREA_WORDS = 5;
/** A degree sign after a number, with the scale's letter: "°C", " °F", "°". */
const DEGREES_AFTER = /^ ?° ?[CFcf]?(?![\p{L}])|^[CF](?![\p{L}])/u;
/** Digits with a capital C or F written on them: a temperature in English wire style ("41.8C", "38C"). */
const GLUED_DEGREES = /^\d+[CF]$/;
/** Digits with a unit of measure or "pc" written on them ("10km", "5kg", "90mph", "12pc"). */
const GLUED_UNIT = /^(\d+)(\p{Ll}{1,3})$/u;

/** Whether the word after token k counts things other than a length, so that an "m" on k's digits is millions ("1.2m homes"). */
function millionsBefore(ctx: NumberContext, k: number): boolean {
  const next = ctx.tokens[k + 1];
  return !!next && ctx.text.slice(ctx.tokens[k]!.end, next.start) === ' ' && !next.cap && !ctx.res.numbers.dimensionWords.has(next.folded) && ctx.unitOf(k + 1) !== undefined;
}

/**
 * The unit written on the digits of token k ("10km", "12pc"), where the language writes units so (see gluedUnits): its
 * concept and where the digits end. A lone "m" is metres ("a 2m wall"), not before a noun that counts other things
 * ("1.2m homes": millions, see gluedScale).
 */
function gluedUnit(ctx: NumberContext, k: number): { unit: string; end: number } | undefined {
  const t = ctx.tokens[k]!;
  const m = GLUED_UNIT.exec(t.folded);
  const unit = m ? ctx.res.numbers.gluedUnits.get(m[2]!) : undefined;
  if (!unit || (m![2] === 'm' && millionsBefore(ctx, k))) return undefined;
  return { unit, end: t.start + m![1]!.length };
}
/** A minus sign written onto a number, at the start or after a space or bracket ("-6", "(−12"); not a range's hyphen ("5-6"). */
const MINUS_SIGN = /(?:^|[\s(])[-−]$/;
/** The concept of a prison term ("an de prison", "years in prison", "Jahre Haft"): the unit of time before it is its length. */
const SENTENCE_YEARS = 'sentence-years';
/** The unit code of hundredths of a second in the language data. */
const HUNDREDTHS = 'CS';
/** The unit of time of decades ("two decades", "deux décennies", "zwei Jahrzehnte"): told in years, ten each. */
const DECADES = 'DEC';

/** A length of time in the unit the facets give it: decades in years. */
function inYears(value: number, unit: string): [number, string] {
  return unit === DECADES ? [value * 10, 'Y'] : [value, unit];
}
const JOB = 'job';
/** What a count of people may count, told by a word near it: the dead, the injured, the missing, the employed, the infected, the arrested, the displaced ("Quinze personnes ont été interpellées" are no "500 Menschen" in the club). */
const ROLE_CONCEPTS = ['kill', 'injury', 'missing', 'job', 'infection', 'arrest', 'homeless'];
/** Concepts that are a kind of a role, read as the role: "suffered minor injuries" counts the injured. */
const ROLE_KINDS: ReadonlyMap<string, string> = new Map([['minor-injury', 'injury']]);
/**
 * What the clause around a count says those counted also are, told by a word near it (roles): things counted in a
 * clause about delivering them are deliveries ("livrer 800 appareils" / "820 Auslieferungen"), and a utility's
 * customers in a clause about a power cut are households ("7,000 customers without power" / "9 000 foyers"), a hotel's are its guests.
 * The unit added is `add`, else the role found; `unit` restricts the rule to counts of that unit.
 */
const CONTEXT_UNITS: ReadonlyArray<{ unit?: string; roles: readonly string[]; add?: string }> = [
  { roles: ['delivery'] },
  { unit: 'customer', roles: ['power-cut', 'power-outage'], add: 'household' },
  // A hotel's or a host's customers are its guests ("accueillait 230 clients" / "320 Gäste").
  { unit: 'customer', roles: ['host', 'hotel'], add: 'guest' },
  // Lawmakers counted in a clause about a vote are its votes ("stimmten 89 der 150 Abgeordneten" / "98 voix").
  { unit: 'lawmaker', roles: ['vote', 'vote-for'], add: 'vote' },
  // People diagnosed with a disease are its cases ("172,000 people were diagnosed" / "127.000 Fälle").
  { unit: 'people', roles: ['diagnosis'], add: 'infection' },
  // People charged are defendants ("the trial of 36 people charged" / "der Prozess gegen 33 Angeklagte").
  { unit: 'people', roles: ['charge'], add: 'defendant' },
  // People a boat, a plane or a bus carries are its passengers ("a boat carrying 120 people" / "140 passagers").
  { unit: 'people', roles: ['aboard'], add: 'passenger' },
];
/** How far from the number, within its clause, the word for the role may stand: after it, and before it (a
 * verb may stand further ahead, with the adverbials between: "sterben in Spanien jedes Jahr etwa 50.000 Menschen"). */
const CASUALTY_WINDOW = 5;
const CASUALTY_WINDOW_BEFORE = 6;
/** Where the participle closes the clause (German: "17 Menschen wurden durch herumfliegende Trümmer leicht verletzt"), further. */
const CASUALTY_WINDOW_PARTICIPLE_LAST = 8;
/** And where the verb comes before its subject after an adverbial, further back ("Im vergangenen Jahr starben oder
 * verschwanden nach Angaben des UNHCR mehr als 2.200 Menschen im Mittelmeer"). */
const CASUALTY_WINDOW_VERB_FIRST = 10;

/** Most words of a part between a word for no one and the count of the whole ("None of the", "Aucune des", "Keiner der"). */
const NONE_OF_GAP = 3;

/** Whether a count at token `first` is the whole that a word for no one takes a part of: "None of the four people". */
function noneOf(ctx: NumberContext, first: number): boolean {
  const { tokens, text, res } = ctx;
  let k = first - 1;
  while (k >= 0 && first - k <= NONE_OF_GAP && res.numbers.partOf.has(tokens[k]!.folded) && !/[,;:.()]/.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) k--;
  if (k === first - 1 || k < 0) return false;
  // (The word for no one may be a phrase that ends at k: "no one".)
  for (let j = Math.max(0, k - 1); j <= k; j++) {
    const hit = res.nobody.at(tokens, j);
    if (hit && j + hit.length - 1 === k) return true;
  }
  return false;
}

/** The role of the people counted ("killing nine people": kill; "employs 45,000 people": job) stated in the clause around the count. */
function roleNear(ctx: NumberContext, from: number, to: number, roles: readonly string[] = ROLE_CONCEPTS): string | undefined {
  const { tokens, text } = ctx;
  for (const step of [-1, 1]) {
    const reach = step < 0 ? (ctx.res.participleLast ? CASUALTY_WINDOW_VERB_FIRST : CASUALTY_WINDOW_BEFORE) : ctx.res.participleLast ? CASUALTY_WINDOW_PARTICIPLE_LAST : CASUALTY_WINDOW;
    for (let k = step < 0 ? from : to, n = 0; n <= reach && k >= 0 && k < tokens.length; k += step, n++) {
      const ids = ctx.conceptsOf?.(k);
      const found = ids && (roles.find((id) => ids.includes(id)) ?? ids.map((id) => ROLE_KINDS.get(id)).find((id) => id !== undefined && roles.includes(id)));
      if (found) return found;
      // After the count, a word that opens another phrase ends the search ("jails nine over deadly shipwreck"), and so
      // does a word for no one: none of those counted underwent it ("Von den 340 Menschen an Bord wurde niemand verletzt").
      if (step > 0 && k > to && ctx.res.nobody.at(tokens, k)) break;
      if (step > 0 && k > to && ctx.res.numbers.roleStops.has(tokens[k]!.folded)) break;
      const next = tokens[k + step];
      if (!next || /[,;:.()]/.test(step < 0 ? text.slice(next.end, tokens[k]!.start) : text.slice(tokens[k]!.end, next.start))) break;
    }
  }
  return undefined;
}

/** Whether a concept of the sport domain stands in the sentence, besides on the token `except` (the "points" themselves). */
function aboutSport(ctx: NumberContext, except: number): boolean {
  for (let k = 0; k < ctx.tokens.length; k++) {
    const ids = k === except ? undefined : ctx.conceptsOf?.(k);
    if (ids) for (const id of ids) if (ctx.res.sportConcepts.has(id)) return true;
  }
  return false;
}

/** Largest top of a scale read as one ("on a scale of 10"). */
const MAX_SCALE = 12;

/** The top of the scale after a level ("3 on a scale of 5"), and the index of its token; the top ends its phrase. */
function scaleTop(ctx: NumberContext, last: number, level: number): { top: number; at: number } | undefined {
  const { tokens, text, res } = ctx;
  const of = res.numbers.scaleOf.at(tokens, last + 1);
  if (!of) return undefined;
  const at = last + 1 + of.length;
  const top = tokens[at];
  if (!top || /[,;:.()]/.test(text.slice(tokens[last]!.end, top.start))) return undefined;
  const value = /^\d{1,2}$/.test(top.folded) ? Number(top.folded) : res.numbers.units.get(top.folded) ?? res.numbers.tens.get(top.folded);
  if (value === undefined || value < level || value < 3 || value > MAX_SCALE) return undefined;
  // The top is no count of something ("3 of 5 judges", "3 von 5 Richtern").
  const next = tokens[at + 1];
  if (next && !/[,;:.()]/.test(text.slice(top.end, next.start)) && !res.stopwords.has(next.folded)) return undefined;
  return { top: value, at };
}

/** The unit of a level named before its number ("level 1", "Stufe 2"). */
export const LEVEL_UNIT = 'level-at';
/** The unit of a level on a scale, before the scale's top ("3 on a scale of 5": scale5). */
export const SCALE_UNIT = 'scale';
/** The unit of a rank that is a place in a ranking, in every language (see numbers.placeWords). */
export const PLACE_UNIT = 'place';

/**
 * A rank written as one word: an ordinal stem, then a superlative ("zweitgrößte", "drittwichtigsten"): its value and
 * the superlative, whose concept is what is ranked.
 */
function superlativeRank(word: string, nw: NumberWords): { value: number; rest: string } | undefined {
  for (const [prefix, value] of nw.rankPrefixes) {
    const rest = word.slice(prefix.length);
    if (word.startsWith(prefix) && rest.length >= 5 && nw.superlativeEndings.some((e) => rest.endsWith(e))) return { value, rest };
  }
  return undefined;
}

/**
 * Concepts of a time a value is given for, which no count counts ("2,900 last year", "2 900 l'an dernier", "below 30 by
 * the end of the year", "a record of 1,350 this year").
 */
const TIME_REFERENCES: ReadonlySet<string> = new Set(['previous-year', 'deadline-date', 'year-to-date', 'today', 'yesterday', 'day-before', 'day-after']);

/** Whether the words after a number, from `from` to its unit word `u`, open a time it is given for. */
function timeReference(ctx: NumberContext, from: number, u: number): boolean {
  for (let k = from; k <= u; k++) if (ctx.conceptsOf?.(k)?.some((c) => TIME_REFERENCES.has(c))) return true;
  return false;
}

/** The plural endings of a day's name: "four Sundays", "quatre dimanches", "an vier Sonntagen". */
const WEEKDAY_PLURALS = ['s', 'e', 'en'];

/** A count of days of the week counts the same day in every language ("weekday-7"), or undefined. */
function weekdayUnit(word: string, res: LanguageResources): string | undefined {
  let n = res.weekdays.get(word);
  for (const e of WEEKDAY_PLURALS) if (n === undefined && word.endsWith(e)) n = res.weekdays.get(word.slice(0, -e.length));
  return n === undefined ? undefined : `weekday-${n}`;
}

/** Whether the word right before token `i` names a level ("level", "niveau", "Stufe", "Warnstufe"). */
function levelBefore(ctx: NumberContext, i: number): boolean {
  const { tokens, text, res } = ctx;
  const w = tokens[i - 1]!;
  if (text.slice(w.end, tokens[i]!.start) !== ' ') return false;
  const { levelWords, levelSuffixes } = res.numbers;
  return levelWords.has(w.folded) || levelSuffixes.some((x) => w.folded.length > x.length + 2 && w.folded.endsWith(x));
}

/** Most concepts of a counted word that key a quantity. */
const MAX_UNITS = 3;

/** A value in a unit of measure, in the base unit of its dimension (2.4 kilometres: 2,400 metres), else undefined. */
export function inBaseUnit(value: number, unit: string): { dimension: string; value: number } | undefined {
  const m = MEASURES.get(unit);
  // (Six significant digits: a product of sizes in binary floating point is not exact, 1.1 × 1000 = 1100.0000000000002.)
  return m && { dimension: m.dimension, value: Number((value * m.size).toPrecision(6)) };
}

/** The dimension of a unit of measure ("length" of "kilometre"), else undefined. */
export function dimensionOf(unit: string): string | undefined {
  return MEASURES.get(unit)?.dimension;
}

/** The key of the slot a count of a unit fills; of a measure, its dimension's. */
function slotKey(unit: string): string {
  return `slot:${dimensionOf(unit) ?? unit}`;
}

/** The key of a count of a unit; of a measure, of its value in the base unit of its dimension. */
function qtyKey(value: number | undefined, unit: string): string {
  const base = value === undefined ? undefined : inBaseUnit(value, unit);
  return base ? `qty:${base.value}:${base.dimension}` : `qty:${value}:${unit}`;
}

/** The unit first, then the counted word's other concepts. */
function unitsOf(unit: string, units: readonly string[] | undefined): string[] {
  if (!units || units.length < 2) return [unit];
  return [unit, ...units.filter((u) => u !== unit)].slice(0, MAX_UNITS);
}

/** Whether a lexicon phrase that starts on one of the `length` tokens from `from` ends after them. */
function phraseRunsOn(ctx: NumberContext, from: number, length: number): boolean {
  const end = ctx.tokens[from + length - 1]!.end;
  for (let k = from + 1; k < from + length; k++) if ((ctx.conceptEnd?.(k) ?? 0) > end) return true;
  return false;
}

/** Units of a count of the injured. */
const HURT = new Set(['injury', 'wounded']);
const CRITICAL = 'critical-condition';
/** How far after a count, within its clause, the words for a critical state may stand. */
const STATE_WINDOW = 12;

/** Whether the clause after a count says those counted are in a critical state. */
function stateAfter(ctx: NumberContext, last: number): boolean {
  const { tokens, text } = ctx;
  for (let k = last + 1; k < tokens.length && k <= last + STATE_WINDOW; k++) {
    if (/[,;:.()]/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) return false;
    if (ctx.conceptsOf?.(k)?.includes(CRITICAL)) return true;
  }
  return false;
}

/** Words of degree ("slightly", "légèrement", "leicht") that may stand between a count and the verb that says what befell it. */
const SLIGHT = 'slight';
/** Casualty roles a verb after a bare count can name, and the clause of a count of others than people (passengers, inmates). */
/** The largest count before a coordinated article that makes it a count of one ("two adults and a child"). */
const LISTED_COUNT_MAX = 100;
const CASUALTY_ROLES = ['kill', 'injury', 'missing', 'fall-ill'];
/** Abstentions: a bare count before its verb of abstaining counts them ("and 12 abstained"). */
const ABSTENTION = 'abstention';
/** Falling ill: others who fell ill are people ("17 others have fallen ill" / "19 weitere Menschen erkrankten"), not more of the dead counted before. */
const FALL_ILL = 'fall-ill';
/** Function words that may stand between a bare count and its verb ("were", "ont été", "wurden"). */
const AUXILIARY_GAP = 3;

/** More function words a word of belief brings ("are believed to have drowned"). */
const HEDGE_GAP = 2;

/** The casualty role of the verb right after a bare count, across function words only, within the clause. */
/** The last word of the lexicon term that starts at a unit word ("crew" of "crew member"), or the word itself. */
function unitLast(ctx: NumberContext, k: number): number {
  const end = ctx.conceptEnd?.(k) ?? 0;
  let j = k;
  while (j + 1 < ctx.tokens.length && ctx.tokens[j + 1]!.end <= end) j++;
  return j;
}

/** How many words after a counted noun its complement's noun may stand ("membres de leur groupe"). */
const COMPLEMENT_GAP = 3;

/** Casualty roles an active verb names with its object count ("kills 47", "injured 300"). */
const VERB_ROLES = ['kill', 'injury'];

/**
 * The casualty role of the verb right before a count that opens at token `first`, with nothing between: the count
 * is the verb's object. Where a tagger ran (English) the word must be tagged a verb ("the injured 300" is no object).
 */
function casualtyBefore(ctx: NumberContext, first: number): string | undefined {
  const { tokens, text } = ctx;
  const verb = tokens[first - 1];
  if (!verb || text.slice(verb.end, tokens[first]!.start) !== ' ') return undefined;
  if (ctx.verbStarts && !ctx.verbStarts.has(verb.start)) return undefined;
  const concepts = ctx.conceptsOf?.(first - 1);
  return VERB_ROLES.find((id) => concepts?.includes(id));
}

function casualtyAfter(ctx: NumberContext, last: number, critical = false, noun = false): string | undefined {
  const { tokens, text, res } = ctx;
  if (tokens[last + 1] && res.numbers.partOf.has(tokens[last + 1]!.folded)) {
    // A part of those the words after name is no count of them ("Two of the wounded were in critical condition").
    if (!noun) return undefined;
    // After a counted noun, its complement of one word is passed ("Deux autres membres de leur groupe ont été
    // blessés", "two members of the crew were injured", "Zwei weitere Mitglieder der Vierergruppe wurden verletzt").
    let k = last + 1;
    while (k <= last + COMPLEMENT_GAP && tokens[k] && (res.numbers.partOf.has(tokens[k]!.folded) || res.stopwords.has(tokens[k]!.folded))) k++;
    if (k > last + COMPLEMENT_GAP || !tokens[k] || /[,;:.()]/.test(text.slice(tokens[last]!.end, tokens[k]!.start))) return undefined;
    last = k;
  }
  let hedged = false;
  for (let k = last + 1; k < tokens.length && k <= last + 1 + AUXILIARY_GAP + (hedged ? HEDGE_GAP : 0); k++) {
    if (/[,;:.()]/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) return undefined;
    const concepts = ctx.conceptsOf?.(k);
    const found = CASUALTY_ROLES.find((id) => concepts?.includes(id));
    if (found) return found === FALL_ILL ? 'people' : found;
    // Others in a critical state ("two others seriously injured", "deux autres grièvement blessés"), where asked.
    if (critical && concepts?.includes(CRITICAL)) return CRITICAL;
    // Not across a word that opens another phrase ("jails nine over deadly shipwreck").
    if (res.numbers.roleStops.has(tokens[k]!.folded)) return undefined;
    // (Across a word of degree too: "ont été légèrement blessés", "wurden leicht verletzt"; and a word of belief, which
    // leaves room for the words after it: "more than 500 are believed to have drowned".)
    if (res.numbers.roleHedges.has(tokens[k]!.folded)) {
      hedged = true;
      continue;
    }
    if (!res.stopwords.has(tokens[k]!.folded) && !ctx.conceptsOf?.(k)?.includes(SLIGHT)) return undefined;
  }
  return undefined;
}

/**
 * The value of digits as written: groups of thousands after either mark ("1,000", "1.000", "100 000"), save one group
 * after the language's own decimal mark, a fraction ("39.872" in English, "39,872" in French and German); the other
 * mark after groups of thousands is the decimal one ("1,234.5", "1.234,5").
 */
function parseDigits(raw: string, lang: string): number | undefined {
  const compact = raw.replace(/[\u00A0\u202F ]/g, '');
  let v: string;
  const groups = /^\d{1,3}([.,])\d{3}(\1\d{3})*$/.exec(compact);
  // (One group after the language's decimal mark is a fraction: "39.872 seconds", "39,872 Sekunden".)
  if (groups && !(groups[2] === undefined && groups[1] === (lang === 'en' ? '.' : ','))) v = compact.replace(/[.,]/g, '');
  else if (/^\d{1,3}(,\d{3})+\.\d+$/.test(compact)) v = compact.replace(/,/g, '');
  else if (/^\d{1,3}(\.\d{3})+,\d+$/.test(compact)) v = compact.replace(/\./g, '').replace(',', '.');
  else v = lang === 'en' ? compact.replace(/,/g, '') : compact.replace(',', '.');
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
}

const NUMBER_COMPOUND = /^(\d+|\p{L}+)[-‐‑](\p{L}+)(?:[-‐‑]\p{L}+)*$/u;

/**
 * "five-party coalition", "a 10-year plan", "three-year-old", "Fünf-Parteien-Koalition":
 * the number with the noun after the hyphen as its unit (a duration for units of time),
 * as "cinq partis" and "fünf Parteien" give it in other words.
 */
function numberCompound(t: Token, ctx: NumberContext, i: number): FacetInternal | undefined {
  if (!t.folded.includes('-') && !t.folded.includes('‐') && !t.folded.includes('‑')) return undefined;
  const m = NUMBER_COMPOUND.exec(t.folded);
  if (!m) return undefined;
  const { res, text } = ctx;
  const nw = res.numbers;
  const word = m[2]!;
  let span = { start: t.start, end: t.end, text: text.slice(t.start, t.end) };
  // "a 30-billion-euro package", "a 3.5-billion-euro levy": a scale, then the unit; "a 3.7-billion-year-old rock": a
  // length of time.
  const parts = t.folded.split(/[-‐‑]/);
  const scale = /^\d+$/.test(parts[0]!) && (parts.length === 3 || (parts.length === 4 && parts[3] === 'old')) ? nw.scales.get(parts[1]!) : undefined;
  if (scale !== undefined && scale >= 1000) {
    let digits = parts[0]!;
    // The whole part before a decimal point is a token of its own ("3" of "3.5-billion-euro").
    const prev = ctx.tokens[i - 1];
    if (prev && /^\d+$/.test(prev.folded) && prev.end === t.start - 1 && /[.,]/.test(text[prev.end]!)) {
      digits = `${prev.folded}.${digits}`;
      span = { start: prev.start, end: t.end, text: text.slice(prev.start, t.end) };
    }
    const amount = Math.round(Number(digits) * scale);
    const unitOfTime = res.dates.durationUnits.get(parts[2]!);
    if (unitOfTime) {
      const [length, years] = inYears(amount, unitOfTime);
      return { kind: 'duration', id: `duration:${length}${years}`, ...span, anchors: [{ key: `dur:${length}${years}`, start: span.start, end: span.end }], value: length, unit: years };
    }
    if (parts.length === 4) return undefined;
    const unit = res.conceptsByStems.get(res.stem(parts[2]!))?.[0];
    const number: FacetInternal = { kind: 'number', id: `number:${amount}`, ...span, anchors: [{ key: `num:${amount}`, start: span.start, end: span.end }], value: amount };
    return unit ? countedAs(number, unit) : number;
  }
  // "twenty-two" and "vingt-deuxième" are one number, not a number and a unit.
  if (wordValue(word, nw) !== undefined || ordinalWordValue(t.folded, nw) !== undefined || ordinalWordValue(word, nw) !== undefined) return undefined;
  // "third-largest", "second-biggest": a rank.
  const rank = /^\d/.test(m[1]!) ? undefined : ordinalWordValue(m[1]!, nw);
  if (rank !== undefined) {
    // Ranked by the concept after the hyphen, as "the second largest" is by "largest".
    const unit = res.conceptsByStems.get(res.stem(word))?.[0];
    return { kind: 'ordinal', id: `ordinal:${rank}${unit ? `:${unit}` : ''}`, ...span, anchors: [{ key: `ord:${rank}`, start: t.start, end: t.end }], value: rank, ...(unit && { unit }) };
  }
  let value = /^\d/.test(m[1]!) ? Number(m[1]) : wordValue(m[1]!, nw);
  if (value === undefined || !Number.isFinite(value)) return undefined;
  // The thousands, or the whole part, before a separator are a token of their own ("1" of "1,300-megawatt", "2" of "2.5-metre").
  const prev = ctx.tokens[i - 1];
  if (/^\d+$/.test(m[1]!) && prev && /^\d{1,3}$/.test(prev.folded) && prev.end === t.start - 1 && /[.,\u00A0\u202F]/.test(text[prev.end]!)) {
    const joined = parseDigits(text.slice(prev.start, t.start + m[1]!.length), res.lang);
    if (joined !== undefined) {
      value = joined;
      span = { start: prev.start, end: t.end, text: text.slice(prev.start, t.end) };
    }
  }
  const number: FacetInternal = { kind: 'number', id: `number:${value}`, ...span, anchors: [{ key: `num:${value}`, start: span.start, end: t.end }], value };
  // "50-mal": how many times, as "50 Mal" and "50 fois" are.
  if (nw.timesUnits.has(word)) return countedAs(number, TIMES);
  const unitOfTime = res.dates.durationUnits.get(word);
  if (unitOfTime) {
    // ("a two-decade rule": twenty years.)
    const [length, dur] = inYears(value, unitOfTime);
    value = length;
    const f: FacetInternal = { kind: 'duration', id: `duration:${value}${dur}`, ...span, anchors: [{ key: `dur:${value}${dur}`, start: span.start, end: t.end }], value, unit: dur };
    // "the 56-year-old", "a 52-year-old driver", "die 56-Jährige": an age; and "der 64-jährige Richard Slayman",
    // "die 71-jährige Präsidentin", "die 41-jährige Lehrerin": before a given name, a title or a noun of a person. (A lower-case
    // "20-jährige Haftstrafe" is a length of time.)
    if (dur === 'Y' && (parts[2] === 'old' || (res.lang === 'de' && (/[-‐‑]Jährige[nmrs]?$/.test(t.text) || (/[-‐‑]jährige[nmrs]?$/.test(t.text) && personNext(ctx.tokens[i + 1], res)))))) f.age = true;
    return f;
  }
  // "a 5.8-magnitude earthquake": a level named after its number, as "magnitude 5.8" names it before (see levelBefore;
  // "level-3", the level first, is levelCompound's), so that it meets "de magnitude 5,8" and "der Stärke 5,8".
  if (nw.levelsAfterNumber.has(word) && value <= MAX_SCALE && Number.isInteger(value * 10)) return countedAs(number, LEVEL_UNIT);
  const unit = res.conceptsByStems.get(res.stem(word))?.[0];
  // "One" in words before a word that counts nothing the lexicon knows makes an adjective, no count: "a one-off payment",
  // "a one-time fee", "a one-way ticket".
  if (!unit && value === 1 && !/^\d/.test(m[1]!)) return undefined;
  return unit ? countedAs(number, unit) : number;
}

/** An English plural: an "s" after a letter that is no "s", and not the singular endings "-is" and "-us" ("crisis", "bus"). */
const PLURAL_S = /[^siu]s$/;
/** Whether an English noun reads as a plural (not "measles", "news": see singularInS). */
const plural = (word: string, nw: NumberWords) => PLURAL_S.test(word) && !nw.singularInS.has(word);

/** Most words between a word for pieces and what they are pieces of ("pieces of French crown jewels"). */
const PIECE_REACH = 2;

/** Tokens looked through for the adjective that closes an attribute before its noun. */
const ATTRIBUTE_REACH = 6;

/**
 * Where nouns have a capital (German), the adjective or participle that closes an attribute opened by a preposition at k
 * and stands right before a noun the lexicon knows ("Zwei in demselben Verfahren verurteilte Unternehmer": "verurteilte");
 * -1 when the words do not run so. Words before it are the attribute's own ("in der Nacht schwer verletzte Menschen").
 */
function attributeHead(ctx: NumberContext, k: number): number {
  const { text, tokens, res } = ctx;
  if (!res.attributePrepositions.has(tokens[k]?.folded ?? '')) return -1;
  for (let j = k + 1; j <= k + ATTRIBUTE_REACH && j + 1 < tokens.length; j++) {
    if (punctuatedGap(text, tokens[j - 1]!.end, tokens[j]!.start)) return -1;
    const t = tokens[j]!;
    if (t.cap || res.stopwords.has(t.folded) || /^\d/.test(t.folded) || !PARTICIPLE_ADJECTIVE.test(t.folded) || res.auxiliaries.has(t.folded)) continue;
    const noun = tokens[j + 1]!;
    return j > k + 1 && noun.cap && ctx.unitOf(j + 1) !== undefined && text.slice(t.end, noun.start) === ' ' ? j : -1;
  }
  return -1;
}
/** A German participle inflected as an adjective ("verurteilte", "festgenommenen", "stammende"); not "kamen", "demselben". */
const PARTICIPLE_ADJECTIVE = /(?:t|en|nd)(?:e|en|em|er|es)$/;

/** A quarter of a year written as a code ("Q3"): the third quarter, as "third quarter" and "drittes Quartal" rank it. */
function quarterCode(t: Token, ctx: NumberContext): FacetInternal | undefined {
  if (t.text.length !== 2 || !ctx.res.numbers.quarterCodes.has(t.text[0]!)) return undefined;
  const rank = t.text.charCodeAt(1) - 48;
  if (rank < 1 || rank > 4) return undefined;
  const span = { text: t.text, start: t.start, end: t.end };
  return { kind: 'ordinal', id: `ordinal:${rank}:${QUARTER_UNIT}`, ...span, anchors: [{ key: `ord:${rank}`, start: t.start, end: t.end }], value: rank, unit: QUARTER_UNIT };
}
/** The unit of a quarter's rank (the lexicon's concept). */
const QUARTER_UNIT = 'quarter';

/** The first word from k on, within PIECE_REACH words and no punctuation, that the lexicon knows as a unit; -1 if none. */
function pieceHead(ctx: NumberContext, k: number): number {
  const { text, tokens } = ctx;
  for (let j = k; j <= k + PIECE_REACH && j < tokens.length; j++) {
    if (j > k && punctuatedGap(text, tokens[j - 1]!.end, tokens[j]!.start)) break;
    if (ctx.unitOf(j) !== undefined) return j;
  }
  return -1;
}

/** A given name, a title ("Präsidentin") or a noun of a person ("Lehrerin") with its capital: a person follows. */
function personNext(t: Token | undefined, res: LanguageResources): boolean {
  return !!t && t.cap && (GIVEN_NAMES.has(t.text) || res.titles.has(t.folded) || res.numbers.ageHolders.has(t.folded) || agentNoun(t.folded, res));
}

/** A noun of someone who does something, or its feminine ("Lehrerin", "Kletterer"), by its ending. */
function agentNoun(folded: string, res: LanguageResources): boolean {
  const fem = res.feminineEnds.find((e) => folded.length > e.length + 3 && folded.endsWith(e));
  const man = fem ? folded.slice(0, -fem.length) : folded;
  return res.agentEndings.some((e) => man.endsWith(e));
}

/** The ending of an adjective written closed with its number ("siebenstündigen", "dreitägiger", "neunstöckiges"). */
const CLOSED_ADJECTIVE = /ig(?:e[mnrs]?)?$/;

/**
 * A number word and a unit of time written as one adjective, as German does: "nach siebenstündigen
 * Verhandlungen" (seven hours), "ein dreitägiger Streik" (three days), "die zweijährige Haft".
 */
const adjectiveUnitsCache = new WeakMap<ReadonlyMap<string, string>, Array<[string, string]>>();
/** The units of time written as adjective endings ("tägige", "stündigen"), worked out once per language. */
function adjectiveUnits(units: ReadonlyMap<string, string>): Array<[string, string]> {
  let list = adjectiveUnitsCache.get(units);
  if (!list) adjectiveUnitsCache.set(units, (list = [...units].filter(([suffix]) => suffix.length >= 5 && CLOSED_ADJECTIVE.test(suffix))));
  return list;
}

/** A number word and an ending of those given, written as one word ("sieben|stündigen", "neun|stöckiges"): the number and the ending's unit. */
function closedNumber(folded: string, endings: Iterable<readonly [string, string]>, nw: NumberWords): { value: number; unit: string } | undefined {
  if (!CLOSED_ADJECTIVE.test(folded)) return undefined;
  for (const [suffix, unit] of endings) {
    if (!folded.endsWith(suffix) || folded.length === suffix.length) continue;
    const value = wordValue(folded.slice(0, -suffix.length), nw);
    if (value !== undefined) return { value, unit };
  }
  return undefined;
}

function closedDuration(t: Token, ctx: NumberContext): FacetInternal | undefined {
  const { res, text } = ctx;
  const closed = closedNumber(t.folded, adjectiveUnits(res.dates.durationUnits), res.numbers);
  if (!closed) return undefined;
  const { value, unit } = closed;
  return { kind: 'duration', id: `duration:${value}${unit}`, text: text.slice(t.start, t.end), start: t.start, end: t.end, anchors: [{ key: `dur:${value}${unit}`, start: t.start, end: t.end }], value, unit };
}

/** Most tokens between the noun after a word for a number ("the number of dead") and the count that gives it. */
const NUMBER_OF_REACH = 12;

/**
 * The token of the noun a word for a number names ("number of", "nombre de", "Zahl der"; language data numberOf) within
 * a few tokens before token i, in its clause, where that noun has a unit: what a bare count at i counts.
 */
function numberOfHead(ctx: NumberContext, i: number): number | undefined {
  const { tokens, text, res } = ctx;
  const words = res.numbers.numberOf;
  if (!words.size) return undefined;
  for (let k = i - 1; k >= 0 && k >= i - NUMBER_OF_REACH; k--) {
    // (Groups of thousands are one count: "fell by 117,000 to about 2.6 million".)
    const thousands = /^\d+$/.test(tokens[k]!.folded) && /^\d{3}$/.test(tokens[k + 1]!.folded) && tokens[k + 1]!.start - tokens[k]!.end === 1;
    if (!thousands && punctuatedGap(text, tokens[k]!.end, tokens[k + 1]!.start)) return undefined;
    const w = words.at(tokens, k);
    if (!w) continue;
    // (The first noun after the words with a unit, past function words and adjectives: "le nombre de ses passagers", "the
    // number of electric cars", "die Zahl der ausgelieferten reinen Elektroautos", whose adjectives are written small.)
    for (let n = k + w.length; n < i && n <= k + w.length + NUMBER_OF_NOUN_REACH; n++) {
      const t = tokens[n]!;
      if (res.stopwords.has(t.folded) || (res.nounsCapitalised && !t.cap)) continue;
      // (Where nouns have a capital the first is the head; elsewhere the first word with a unit, after adjectives.)
      if (ctx.unitOf(n) !== undefined) return ctx.conceptsOf?.(n)?.some((c) => NUMBER_OF_UNITS.has(c) || PEOPLE_UNITS.has(c) || ROLE_CONCEPTS.includes(c)) ? n : undefined;
      if (res.nounsCapitalised) return undefined;
    }
    return undefined;
  }
  return undefined;
}

/**
 * What a number of is counted as besides people and their roles (see numberOfHead): those a count of things would set
 * apart from the bare numbers versions give for it ("the number of moons" / "le nombre de satellites") are left bare.
 */
const NUMBER_OF_UNITS: ReadonlySet<string> = new Set(['passenger', 'unemployment', 'audience-public', 'tourist-visitor', 'patient', 'infection', 'case-count', 'jobseeker']);

/** Most nouns of an English run read for the head of a count ("Eleven hospital emergency departments"). */
const NOUN_RUN = 4;

/** Most words after a word for a number before the noun it names ("the number of fully electric cars"). */
const NUMBER_OF_NOUN_REACH = 3;

/**
 * A level and its number joined by a hyphen ("a level-three warning", "level-3"): the level is the unit, as in "level 3"
 * (see levelBefore).
 */
function levelCompound(t: Token, ctx: NumberContext): FacetInternal | undefined {
  const dash = t.folded.search(/[-‐‑]/);
  if (dash <= 0) return undefined;
  const nw = ctx.res.numbers;
  const [word, count] = [t.folded.slice(0, dash), t.folded.slice(dash + 1)];
  if (!nw.levelWords.has(word)) return undefined;
  const value = /^\d{1,2}$/.test(count) ? Number(count) : wordValue(count, nw);
  if (value === undefined || !Number.isInteger(value) || value > MAX_SCALE) return undefined;
  const number: FacetInternal = { kind: 'number', id: `number:${value}`, text: t.text, start: t.start, end: t.end, anchors: [{ key: `num:${value}`, start: t.start, end: t.end }], value };
  return countedAs(number, LEVEL_UNIT);
}

/**
 * Phrases that give a place in a ranking without its number ("Norris a complété le podium", "rounded out the podium":
 * third), read as that place is ("finished third"), where no number stands in them. (Found from the phrase's first word.)
 */
function rankPhrases(ctx: NumberContext, out: FacetInternal[]): void {
  const { tokens, res } = ctx;
  let found = false;
  for (let i = 0; i < tokens.length; i++) {
    const hit = res.numbers.rankPhrases.at(tokens, i);
    if (!hit) continue;
    const [start, end] = [tokens[i]!.start, tokens[i + hit.length - 1]!.end];
    if (out.some((f) => f.start < end && start < f.end)) continue;
    const rank = hit.value;
    out.push({ kind: 'ordinal', id: `ordinal:${rank}:${PLACE_UNIT}`, text: ctx.text.slice(start, end), start, end, anchors: [{ key: `ord:${rank}`, start, end }], value: rank, unit: PLACE_UNIT });
    found = true;
    i += hit.length - 1;
  }
  // (Back in text order, only where a phrase was read: most sentences hold none.)
  if (found) out.sort((a, b) => a.start - b.start);
}

/** A word that is a length of time by itself ("a fortnight": two weeks; language data durationWords). */
function wordDuration(t: Token, ctx: NumberContext): FacetInternal | undefined {
  const d = ctx.res.dates.durationWords.get(t.folded);
  if (!d) return undefined;
  const [value, unit] = d;
  return { kind: 'duration', id: `duration:${value}${unit}`, text: t.text, start: t.start, end: t.end, anchors: [{ key: `dur:${value}${unit}`, start: t.start, end: t.end }], value, unit };
}

/** A number word and what it counts written as one adjective, as German does: "ein neunstöckiges Hotel" (nine storeys). */
function closedCount(t: Token, ctx: NumberContext): FacetInternal | undefined {
  const { res, text } = ctx;
  const closed = res.numbers.countSuffixes.size ? closedNumber(t.folded, res.numbers.countSuffixes, res.numbers) : undefined;
  if (!closed) return undefined;
  const { value, unit } = closed;
  const number: FacetInternal = { kind: 'number', id: `number:${value}`, text: text.slice(t.start, t.end), start: t.start, end: t.end, anchors: [{ key: `num:${value}`, start: t.start, end: t.end }], value };
  return countedAs(number, unit);
}

/** A whole number of at most three digits, and the one or two digits of its fraction. */
const CHRONO_WHOLE = /^\d{1,3}$/;
const CHRONO_FRACTION = /^\d{1,2}$/;

/** A time written with its unit between the whole and the fraction, as French athletics writes it: "9 s 78" (9.78 seconds). */
function chronoTime(ctx: NumberContext, i: number): FacetInternal | undefined {
  const { tokens, text, res } = ctx;
  const [t, mark, frac] = [tokens[i]!, tokens[i + 1], tokens[i + 2]];
  if (!mark || !frac || !CHRONO_WHOLE.test(t.text) || !CHRONO_FRACTION.test(frac.text)) return undefined;
  const unit = res.numbers.chronoMarks.get(mark.text);
  if (!unit || text.slice(t.end, mark.start) !== ' ' || text.slice(mark.end, frac.start) !== ' ') return undefined;
  const value = Number(`${t.text}.${frac.text}`);
  return { kind: 'duration', id: `duration:${value}${unit}`, text: text.slice(t.start, frac.end), start: t.start, end: frac.end, anchors: [{ key: `dur:${value}${unit}`, start: t.start, end: frac.end }], value, unit };
}

/** The oldest age a number set off after a name is read as. */
const MAX_AGE = 120;

/**
 * A person's age set off after the name: "De Graaf, 58, had …", "Pieter de Graaf (58)".
 * A bare whole number between commas, or in brackets, right after a capitalised word.
 */
function appositiveAge(ctx: NumberContext, i: number, last: number, value: number, comparator: string | undefined): boolean {
  if (comparator || i !== last || !Number.isInteger(value) || value < 1 || value > MAX_AGE || !/^\d+$/.test(ctx.tokens[i]!.folded)) return false;
  return setOffAfterName(ctx, i, last);
}

/** An age group written as one word: "under-16s", "over-65s". */
const AGE_GROUP = /^(\p{L}+)-(\d{1,2})s$/u;

/** Ages of groups written as one word ("under-16s" is an age below 16), among the facets in place. */
function ageGroups(ctx: NumberContext, out: FacetInternal[]): void {
  const { tokens, res } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (ctx.used.has(i) || !t.folded.endsWith('s') || !t.folded.includes('-')) continue;
    const m = AGE_GROUP.exec(t.folded);
    const comparator = m ? res.numbers.ageGroups.get(m[1]!) : undefined;
    if (!m || !comparator) continue;
    const value = Number(m[2]);
    const key = `dur:${value}Y`;
    out.push({ kind: 'duration', id: `duration:${value}Y`, text: t.text, start: t.start, end: t.end, anchors: [{ key, start: t.start, end: t.end }], value, comparator, unit: 'Y', age: true });
  }
}

/** Years in a decade of life after its first ("in their seventies" is 70 to 79). */
const DECADE_SPAN = 9;

/**
 * Ages given by their decade: "a couple in their seventies", "un couple de septuagénaires", "ein Ehepaar in den
 * Achtzigern". An approximate age of the decade's first year that admits every age up to its last, so that "74" is no
 * contradiction of it and "in den Achtzigern" is.
 */
function ageDecades(ctx: NumberContext, out: FacetInternal[]): void {
  const { tokens, res, text } = ctx;
  const { ageDecadeOpeners: openers, ageDecadeHeldOpeners: heldOpeners, ageHolders } = res.numbers;
  const needsOpener = openers.size + heldOpeners.size > 0;
  /** The opener before token i, if any makes the word there an age (a held one after a noun of people). */
  const openerBefore = (i: number) => {
    const own = openers.before(tokens, i);
    const held = heldOpeners.before(tokens, i);
    if (held && (!own || held.length > own.length)) {
      const holder = tokens[i - held.length - 1];
      if (holder && (ageHolders.has(holder.folded) || ageHolders.has(res.stem(holder.folded)))) return held;
    }
    return own;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const value = ctx.used.has(i) ? undefined : res.numbers.ageDecades.get(t.folded);
    if (value === undefined) continue;
    const opener = needsOpener ? openerBefore(i) : undefined;
    if (needsOpener && (!opener || punctuatedGap(text, tokens[i - 1]!.end, t.start))) continue;
    const start = opener ? tokens[i - opener.length]!.start : t.start;
    const key = `dur:${value}Y`;
    out.push({ kind: 'duration', id: `duration:~${value}Y`, text: text.slice(start, t.end), start, end: t.end, anchors: [{ key, start, end: t.end }], value, comparator: '~', unit: 'Y', age: true, upTo: value + DECADE_SPAN });
  }
}

/** Those whose age a limit bounds: "children under 16" is an age, as "moins de 16 ans" and "unter 16 Jahren" are. */
const AGE_GROUPS = ['child', 'teenager', 'youth', 'pupil', 'student', 'adult', 'elderly', 'voter', 'people'];
/** Youngest and oldest ages a limit may name. */
const MIN_AGE_LIMIT = 5;

/** Whether a bare number bounded by a comparator ("under 16", "over 65") right after a word for people of an age is that age. */
function ageLimit(ctx: NumberContext, start: number, value: number, comparator: string | undefined): boolean {
  if (!comparator || !/^[<>]=?$/.test(comparator) || !Number.isInteger(value) || value < MIN_AGE_LIMIT || value > MAX_AGE) return false;
  const before = firstFrom(ctx.tokens, start) - 1;
  if (before < 0 || punctuatedGap(ctx.text, ctx.tokens[before]!.end, ctx.tokens[before + 1]!.start)) return false;
  const concepts = ctx.conceptsOf?.(before);
  return !!concepts && AGE_GROUPS.some((id) => concepts.includes(id));
}

/** Concepts of an age fixed by law that the bare counts of their sentence give ("The retirement age, currently 67, will rise to 68"). */
const AGE_SUBJECTS = ['retirement-age', 'pension-age'];
/** Most tokens between such an age and a bare count it gives. */
const AGE_SUBJECT_REACH = 16;
/** Youngest age fixed by law a bare count is read as (a school-leaving or voting age; not "in 5 steps"). */
const MIN_AGE_SUBJECT = 14;

/**
 * Whether the bare count at token i (a whole number an age may be) gives the age fixed by law that a few words before it
 * name, in its sentence: "The retirement age, currently 67, will rise to 68 in 2030 and 69 in 2035" gives three ages,
 * as "actuellement de 67 ans, passera à 68 ans" does.
 */
function ageSubject(ctx: NumberContext, i: number, value: number): boolean {
  const { tokens, text } = ctx;
  if (!Number.isInteger(value) || value < MIN_AGE_SUBJECT || value > MAX_AGE) return false;
  for (let k = i - 1; k >= 0 && k >= i - AGE_SUBJECT_REACH; k--) {
    if (/[.;:!?]/.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) return false;
    if (ctx.conceptsOf?.(k)?.some((c) => AGE_SUBJECTS.includes(c))) return true;
  }
  return false;
}

/**
 * Whether tokens i..end stand set off right after a name or a title, between commas or in brackets
 * ("De Graaf, 58, had …", "La princesse, 53 ans, a renoncé …", "Pieter de Graaf (58)").
 */
function setOffAfterName(ctx: NumberContext, i: number, end: number): boolean {
  const { tokens, text, res } = ctx;
  const prev = tokens[i - 1];
  if (!prev) return false;
  // (A name may end in a particle joined by a hyphen: "Abd el-Fattah, 43,". Or a title: "The princess, 52, gave up …".)
  // (Or a noun of a person: "the man, 34, was arrested".)
  if (!(prev.cap || /[-‐‑]\p{Lu}/u.test(prev.text) || res.titles.has(prev.folded) || res.numbers.ageHolders.has(prev.folded)) || res.months.has(prev.folded) || res.weekdays.has(prev.folded) || res.stopwords.has(prev.folded)) return false;
  return setOff(text, prev.end, tokens[i]!.start, tokens[end]!.end);
}

/** Whether what stands from `start` to `end` is set off by commas or brackets after the word that ends at `prevEnd`. */
function setOff(text: string, prevEnd: number, start: number, end: number): boolean {
  const before = text.slice(prevEnd, start);
  const after = text.slice(end, end + 1);
  return (before === ', ' && after === ',') || (before === ' (' && after === ')');
}

/** The word right after a unit of years that makes them an age ("34 years old", "34 Jahre alte"), if there is one. */
function ageWordAfter(ctx: NumberContext, u: number): Token | undefined {
  const next = ctx.tokens[u + 1];
  return next && ctx.res.numbers.ageAfter.has(next.folded) && /^[ \u00a0]+$/.test(ctx.text.slice(ctx.tokens[u]!.end, next.start)) ? next : undefined;
}

/**
 * Whether the years from token i to their unit at u are a person's age: said so after them ("34 years old", "34 Jahre
 * alte"), set off after a noun of a person ("l'homme, 43 ans, a été"), or, in French, after one and "de" ("un homme de
 * 43 ans", and a capitalised noun, a people's name: "un Allemand de 43 ans"; not "une peine de 5 ans").
 */
function heldAge(ctx: NumberContext, i: number, u: number): boolean {
  const { tokens, text, res } = ctx;
  const nw = res.numbers;
  if (ageWordAfter(ctx, u)) return true;
  const prev = tokens[i - 1];
  if (!prev) return false;
  // (As after a title: "La princesse, 53 ans, a renoncé".)
  if (nw.ageHolders.has(prev.folded) || res.titles.has(prev.folded)) return setOff(text, prev.end, tokens[i]!.start, tokens[u]!.end);
  const holder = tokens[i - 2];
  if (!holder || !nw.ageOf.has(prev.folded) || punctuatedGap(text, holder.end, tokens[i]!.start)) return false;
  if (nw.ageHolders.has(holder.folded)) return true;
  // (With an adjective after the noun: "une nageuse suisse de 29 ans".)
  const noun = tokens[i - 3];
  if (!holder.cap && noun && nw.ageHolders.has(noun.folded) && !punctuatedGap(text, noun.end, holder.start)) return true;
  return holder.cap && !res.nounsCapitalised && i > 2 && !res.stopwords.has(holder.folded) && !res.conceptWords.has(res.stem(holder.lower));
}

/**
 * Whether the length of time whose number is token i, starting at start, is the span over which something happened
 * ("12,000 packs over four years", "en quatre ans", "innerhalb von vier Jahren"): a word of periodBefore right before it,
 * after a function word between them or as its comparator. (A comparator after a function word is one, "to over four
 * years": more than four.)
 */
function periodAt(ctx: NumberContext, i: number, start: number): boolean {
  const { tokens, text, res } = ctx;
  const period = res.dates.periodBefore;
  let k = i - 1;
  for (; k >= 0 && tokens[k]!.start >= start; k--) {
    if (!period.has(tokens[k]!.folded)) continue;
    const prev = tokens[k - 1];
    return !!prev && !res.stopwords.has(prev.folded) && !punctuatedGap(text, prev.end, tokens[k]!.start);
  }
  if (k >= 1 && res.stopwords.has(tokens[k]!.folded) && !period.has(tokens[k]!.folded) && !punctuatedGap(text, tokens[k - 1]!.end, tokens[k]!.start)) k--;
  const prev = tokens[k];
  return !!prev && period.has(prev.folded) && !punctuatedGap(text, prev.end, tokens[k + 1]!.start);
}

/** Tokens after a rate word within which its unit of time stands ("once a week", "einmal in der Woche"). */
const RATE_REACH = 2;

/**
 * Whether a rate of time follows token k ("once a week", "une fois par semaine", "einmal im Monat", "einmal
 * wöchentlich"): only then is a number of times that is one a frequency, not "once repairs are complete".
 */
function frequencyAfter(ctx: NumberContext, k: number): boolean {
  const { tokens, text, res } = ctx;
  const nw = res.numbers;
  const next = tokens[k + 1];
  if (!next || punctuatedGap(text, tokens[k]!.end, next.start)) return false;
  if (nw.frequencyWords.has(next.folded)) return true;
  if (!nw.rateWords.has(next.folded)) return false;
  for (let j = k + 2; j <= k + 1 + RATE_REACH && j < tokens.length; j++) if (res.dates.durationUnits.has(tokens[j]!.folded)) return true;
  return false;
}

/** Quantities, plain numbers and ordinals, in digits or words, with comparator and unit. */
export function extractNumbers(ctx: NumberContext): FacetInternal[] {
  const { text, tokens, res, used } = ctx;
  const nw = res.numbers;
  const out: FacetInternal[] = [];
  /** The last token of the last age read ("aged between 28" before "and 41"). */
  let ageEnd = -10;
  /**
   * Whether the word after token q is a noun counted, in English, where an adjective stands before its noun ("an injured
   * skier"). German writes that adjective small; French puts the adjective after the noun ("un blessé grave").
   */
  const nounAfter = (q: number) => res.lang === 'en' && !!tokens[q + 1] && !punctuatedGap(text, tokens[q]!.end, tokens[q + 1]!.start) && ctx.unitOf(q + 1) !== undefined;
  // Whether the text holds a word for the number of something, or an age fixed by law, at all: asked once, at the first
  // bare count, so that a text of many counts and none of them looks back for neither per count.
  let numberOfSeen: boolean | undefined;
  let ageSubjectSeen: boolean | undefined;
  const numberOfAt = (k: number) => (numberOfSeen ??= nw.numberOf.size > 0 && tokens.some((_, j) => nw.numberOf.at(tokens, j) !== undefined)) ? numberOfHead(ctx, k) : undefined;
  const ageSubjectAt = (k: number, v: number) => (ageSubjectSeen ??= tokens.some((_, j) => !!ctx.conceptsOf?.(j)?.some((c) => AGE_SUBJECTS.includes(c)))) && ageSubject(ctx, k, v);
  for (let i = 0; i < tokens.length; i++) {
    if (used.has(i)) continue;
    const t = tokens[i]!;
    // A number and a noun in one hyphenated word: "five-party", "10-year", "Fünf-Parteien-Koalition".
    const compound = quarterCode(t, ctx) ?? numberCompound(t, ctx, i) ?? levelCompound(t, ctx) ?? closedDuration(t, ctx) ?? wordDuration(t, ctx) ?? closedCount(t, ctx);
    if (compound) {
      // It may start on the token before ("3" of "3.5-billion-euro"), read already as a number of its own.
      while (out.length && out[out.length - 1]!.start >= compound.start) out.pop();
      out.push(compound);
      continue;
    }
    // A token of digits may open a time written with its unit inside it ("9 s 78"); most tokens are words that are no
    // number, and one cached lookup rules them out.
    let roman: number | undefined;
    const c0 = t.folded.charCodeAt(0);
    if (c0 >= 48 && c0 <= 57) {
      const chrono = chronoTime(ctx, i);
      if (chrono) {
        out.push(chrono);
        i += 2;
        continue;
      }
    } else {
      const rec = res.word(t);
      if (rec.startsNumber === undefined) rec.startsNumber = mayStartNumber(t.folded, nw);
      // (Or before a coordinator and a second rank that takes the word: "des XIIIe et XIVe siècles", as English reads "the
      // 13th and 14th centuries".)
      const unitAt = (k: number) => !!tokens[k] && nw.romanOrdinalUnits.has(tokens[k]!.folded);
      const rankedAfter = () => !!tokens[i + 2] && res.coordinators.has(tokens[i + 1]!.lower) && unitAt(i + 3) && romanOrdinal(tokens[i + 2]!.text, nw) !== undefined;
      roman = nw.romanOrdinalUnits.size && tokens[i + 1] && (unitAt(i + 1) || rankedAfter()) ? romanOrdinal(t.text, nw) : undefined;
      if (!rec.startsNumber && roman === undefined) {
        // A noun that is a count of a thing in one word, after an article or a possessive: "a brace", "un doublé", "einen
        // Doppelpack" are two goals.
        const counted = nw.countNouns.size && i > 0 && (ARTICLES.has(tokens[i - 1]!.folded) || nw.countNounDeterminers.has(tokens[i - 1]!.folded)) ? nw.countNouns.at(tokens, i) : undefined;
        if (counted) {
          const [value, thing] = counted.value;
          const last = tokens[i + counted.length - 1]!;
          out.push(countedAs({ kind: 'number', id: `number:${value}`, text: text.slice(t.start, last.end), start: t.start, end: last.end, anchors: [{ key: `num:${value}`, start: t.start, end: last.end }], value }, thing));
          i += counted.length - 1;
          continue;
        }
        // A verb that multiplies a value, with no object after it and no article before it, counts times: "prices have
        // doubled" meets "ont doublé" and differs from "verdreifacht" (not "doubled the lead", "auteur d'un doublé").
        const factor = nw.multiplyVerbs.size ? nw.multiplyVerbs.get(t.lower) : undefined;
        if (factor !== undefined && !(i > 0 && ARTICLES.has(tokens[i - 1]!.folded)) && !(tokens[i + 1] && ARTICLES.has(tokens[i + 1]!.folded) && !punctuatedGap(text, t.end, tokens[i + 1]!.start))) out.push(timesFacet(t, factor));
        continue;
      }
      // A number word with a capital after an article that names a group ("les Vingt-Sept", the EU's members) is that name.
      if (roman === undefined && t.cap && i > 0 && !tokens[i - 1]!.cap && nw.nameArticles.has(tokens[i - 1]!.folded)) continue;
    }
    // How many times, in one word ("twice", "zweimal", "twice-yearly"): a count of times, as "deux fois" is.
    const times = timesOf(t.folded, nw);
    // ("once" and "einmal" only as a frequency, see frequencyAfter.)
    if (times === 1 && !frequencyAfter(ctx, i)) continue;
    if (times !== undefined) {
      out.push(timesFacet(t, times));
      continue;
    }
    let value: number | undefined;
    let last = i;
    let glued: { digits: number; scale: number } | undefined;
    let approx = false;
    let many = false;
    let ordinal = false;
    const ord = ORDINAL_TOKEN.exec(t.folded);
    const hyphenRank = ord ? null : HYPHEN_RANK.exec(t.folded);
    const hyphenUnit = hyphenRank && rankSuffix(hyphenRank[2]!, nw) ? res.conceptsByStems.get(res.stem(hyphenRank[3]!))?.[0] : undefined;
    const superRank = hyphenUnit === undefined && nw.rankPrefixes.size ? superlativeRank(t.folded, nw) : undefined;
    // (What the superlative ranks: its concept, or its stem when the lexicon does not know it.)
    const rankUnit = hyphenUnit ?? (superRank && (res.conceptWords.get(superRank.rest)?.[0] ?? res.conceptsByStems.get(res.stem(superRank.rest))?.[0] ?? res.stem(superRank.rest)));
    const currency = currencyBefore(text, t.start);
    const degreesOn = GLUED_DEGREES.test(t.text);
    // A unit written on the digits ("10km", "12pc"): the number ends before it, and it is the unit.
    let unitOn = degreesOn || NUMBER_TOKEN.test(t.folded) || currency ? undefined : gluedUnit(ctx, i);
    // Where the number ends before a temperature's letter written on its last digits.
    let degreesEnd: number | undefined = degreesOn ? t.end - 1 : unitOn?.end;
    const digits = NUMBER_TOKEN.test(t.folded) || degreesOn || !!unitOn;
    if (!digits) glued = gluedScale(t.folded, nw, !!currency, () => millionsBefore(ctx, i));
    if (digits || glued) {
      // Glue digit groups: "1,000", "1.000", "100 000", "2,5"; a scale written on the last one ends the number ("€2.5bn").
      // (A temperature's C or F written on the last digits ends it too, before the letter: "41.1C".)
      let end = degreesEnd ?? t.end;
      let sawDecimal = false;
      while (!glued && !degreesOn && !unitOn && last + 1 < tokens.length && !used.has(last + 1)) {
        const next = tokens[last + 1]!.folded;
        const nextGlued = gluedScale(next, nw, !!currency, () => millionsBefore(ctx, last + 1));
        const nextDegrees = GLUED_DEGREES.test(tokens[last + 1]!.text);
        const nextUnit = nextDegrees || currency || NUMBER_TOKEN.test(next) ? undefined : gluedUnit(ctx, last + 1);
        if ((nextDegrees || nextUnit) && text.slice(end, tokens[last + 1]!.start) === (res.lang === 'en' ? '.' : ',')) {
          last++;
          end = nextUnit ? nextUnit.end : tokens[last]!.end - 1;
          degreesEnd = end;
          unitOn = nextUnit;
          break;
        }
        if (!NUMBER_TOKEN.test(next) && !nextGlued) break;
        const gap = text.slice(end, tokens[last + 1]!.start);
        const decimal = !sawDecimal && gap === (res.lang === 'en' ? '.' : ',');
        const thousands = !nextGlued && !sawDecimal && !decimal && next.length === 3 && /^[.,\u00A0\u202F ]$/.test(gap) && (!/\s/.test(gap) || tokens[last]!.folded.length <= 3);
        if (!thousands && !decimal) break;
        if (decimal && !thousands) sawDecimal = true;
        last++;
        end = tokens[last]!.end;
        glued = nextGlued;
      }
      value = parseDigits(text.slice(t.start, glued ? tokens[last]!.start + glued.digits : end), res.lang);
      if (glued && value !== undefined) value *= glued.scale;
      // German ordinal: "13. Ausgabe" (dates took "29. Mai" already); not the end of a score or a time ("mit 2:1. Harry"),
      // nor a count whose dot ends its sentence ("2014 waren es 750. Frauen machten …": the word after is the next
      // sentence's).
      if (res.lang === 'de' && last === i && i + 1 < tokens.length && text[t.end] === '.' && /^\s\p{L}/u.test(text.slice(t.end + 1, t.end + 3)) && t.text.length <= 3 && !/[:.,]\d*$/.test(text.slice(Math.max(0, t.start - 3), t.start))) {
        ordinal = true;
      }
    } else if (roman !== undefined) {
      // A rank in Roman numerals before a word that takes one: "XIXe siècle", "IVe siècle".
      value = roman;
      ordinal = true;
    } else if (hyphenUnit !== undefined) {
      // A rank joined to what it ranks: "19th-century jewellery" ranks the century, as "du XIXe siècle" does.
      value = Number(hyphenRank![1]);
      ordinal = true;
    } else if (superRank) {
      // A rank written as one word with a superlative: "der drittgrößte" ranks as "the third largest" does.
      value = superRank.value;
      ordinal = true;
    } else if (ord && rankSuffix(ord[2]!, nw)) {
      value = Number(ord[1]);
      ordinal = true;
    } else if (nw.approx.has(t.folded)) {
      value = nw.approx.get(t.folded);
      approx = true;
      if (nw.approxMany.has(t.folded)) many = true;
      // "hundreds of thousands", "des centaines de milliers", "dizaines de millions": an approximation of thousands
      // multiplies them.
      // (German joins them with "von" or with nothing: "Hunderte von Millionen", "Hunderte Millionen Pfund".)
      const of = tokens[i + 1];
      const big = tokens[i + 2];
      const scaleOf = (x: Token | undefined) => (x ? (nw.approx.get(x.folded) ?? nw.scales.get(x.folded) ?? 0) : 0);
      const scale = scaleOf(big);
      const joined = res.lang === 'de' ? scaleOf(of) : 0;
      if (of && big && (isArticle(of) || (res.lang === 'de' && of.folded === 'von')) && scale >= 1000 && !punctuatedGap(text, t.end, big.start)) {
        value = value! * scale;
        last = i + 2;
      } else if (of && joined >= 1000 && !punctuatedGap(text, t.end, of.start)) {
        value = value! * joined;
        last = i + 1;
      }
    } else {
      const ow = ordinalWordValue(t.folded, nw);
      const inTitle = i + 1 < tokens.length && res.titles.has(`${t.folded} ${tokens[i + 1]!.folded}`);
      // English "first" before a participle or after an auxiliary is an adverb, no rank ("the virus was first identified");
      // so is one before a word the tagger reads as a finite verb ("UniCredit first bought into Commerzbank"; not a
      // gerund, "the first living recipient"). Not after an article: "The first is due to be delivered in 2027" is the
      // first of them.
      const next = tokens[i + 1];
      const adverb =
        ow === 1 &&
        res.lang === 'en' &&
        !(i > 0 && isArticle(tokens[i - 1])) &&
        (/ed$/.test(next?.folded ?? '') || (i > 0 && res.auxiliaries.has(tokens[i - 1]!.folded)) || (!!next && ctx.verbStarts?.has(next.start) === true && !res.gerundLike(next.folded)));
      if (ow !== undefined && !nw.units.has(t.folded) && !inTitle && !adverb) {
        value = ow;
        ordinal = true;
      } else {
        // Number words, possibly over several tokens ("dix mille", "two hundred").
        const parts: string[] = [];
        let k = i;
        while (k < tokens.length && !used.has(k)) {
          const f = tokens[k]!.folded;
          // "and" joins a number after a scale or a ten ("two hundred and five", "vingt et un"), not two
          // numbers of one kind ("between three and four drones" is a range, not seven).
          const joins = (f === 'und' || f === 'et' || f === 'and') && k > i && (nw.scales.has(tokens[k - 1]!.folded) || nw.tens.has(tokens[k - 1]!.folded));
          // (A scale abbreviated to a letter or two is no number by itself: "2 m high" is metres.)
          const ok = (wordValue(f, nw) !== undefined && !(k === i && f.length <= 2 && nw.scales.has(f))) || joins;
          if (!ok || (k > i && /[,;.]/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start)))) break;
          // An article-like "one" before a number that is no scale is the article ("nach einem acht Minuten langen …").
          if (k === i + 1 && wordValue(tokens[i]!.folded, nw) === 1 && !nw.scales.has(f) && !joins) break;
          // And an article after a number, save after a joining word ("vingt et un"), is a rate's article or the next
          // phrase's: "two a day" is two, not three.
          if (k > i && ARTICLES.has(f) && !['und', 'et', 'and'].includes(tokens[k - 1]!.folded) && !nw.scales.has(tokens[k + 1]?.folded ?? '')) break;
          // A German compound number word among others is its parts ("zweieinhalb Millionen", "dreihundert Millionen").
          for (const piece of f.split(/[-‐‑]/)) {
            const known = piece.length <= 4 || nw.units.has(piece) || nw.tens.has(piece) || nw.scales.has(piece);
            parts.push(...((!known && splitCompound(piece, nw)) || [piece]));
          }
          k++;
        }
        while (parts.length && ['und', 'et', 'and'].includes(parts[parts.length - 1]!)) {
          parts.pop();
          k--;
        }
        if (parts.length) {
          const v = k - i === 1 ? wordValue(tokens[i]!.folded, nw) : wordsToNumber(parts, nw);
          // A lone article-like "one"/"un"/"ein" is not a quantity, unless a percent follows ("bis zu einem Prozent",
          // "un pour cent", "one percent").
          // Nor before a unit of time that places an event ("an hour later", "eine Stunde später").
          // (Not after a number: "660 000 un an plus tôt" is a rate's "a year".)
          // Nor after a comparator ("more than an hour", "plus d'une heure", "mehr als eine Stunde").
          const unitOfTime =
            !!tokens[k] &&
            res.dates.durationUnits.has(tokens[k]!.folded) &&
            (!!res.dates.laterEarlier.at(tokens, k + 1) || !!res.comparators.before(tokens, i)) &&
            !(i > 0 && /^\d/.test(tokens[i - 1]!.folded));
          // Nor unless it counts one of those counted before whose clause says what befell that one: "one of them in
          // serious condition", "einer von ihnen starb", "dont une dans un état grave". ("One of them had hit a flight
          // attendant" names no count: French says "l'un d'eux".)
          const ofOne = tokens[k] && !punctuatedGap(text, t.end, tokens[k]!.start) ? nw.ofThem.at(tokens, k) : undefined;
          const befell = (at: number) => stateAfter(ctx, at) || casualtyAfter(ctx, at) !== undefined;
          const partitive =
            v === 1 &&
            k - i === 1 &&
            !!tokens[k] &&
            !punctuatedGap(text, t.end, tokens[k]!.start) &&
            ((ofOne !== undefined && (befell(k + ofOne.length - 1) || !!roleNear(ctx, i, k + ofOne.length - 1))) ||
              (i > 0 && nw.partitiveBefore.has(tokens[i - 1]!.folded) && befell(i)));
          // "two adults and a child", "deux adultes et un enfant", "zwei Erwachsene und ein Kind": an article after a
          // coordinator that follows a count and its noun counts one, as the items of a list of counts do.
          // (The count before is read already: the last quantity found, with its noun, ends right before the coordinator. A
          // count of a few, and the item ends the list: not "60,000 euros and a gold medal", "des deux navires et une fuite
          // de kérosène".)
          const counted = out[out.length - 1];
          const listEnds = k + 1 >= tokens.length || punctuatedGap(text, tokens[k]!.end, tokens[k + 1]!.start) || /\s[–—-]\s/.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start));
          const listedOne =
            v === 1 &&
            k - i === 1 &&
            i >= 2 &&
            !!tokens[k] &&
            !!counted &&
            counted.kind === 'quantity' &&
            counted.unit !== undefined &&
            (counted.value ?? 0) >= 2 &&
            (counted.value ?? 0) <= LISTED_COUNT_MAX &&
            listEnds &&
            counted.end === tokens[i - 2]!.end &&
            res.coordinators.has(tokens[i - 1]!.lower) &&
            ctx.unitOf(k) !== undefined &&
            !punctuatedGap(text, tokens[i - 2]!.end, tokens[k]!.start);
          // "one and a half hours", "une heure et demie": a half after the one, or after its unit of time, makes it a count.
          const halved = v === 1 && (!!nw.andAHalf.at(tokens, k) || (!!tokens[k] && res.dates.durationUnits.has(tokens[k]!.folded) && !!nw.andAHalf.at(tokens, k + 1)));
          // "for a year", "pendant un an", "ein Jahr lang": after a word of length, or before one, the article counts
          // one unit of time; so it does before a count of a smaller unit joined to it ("un an et huit mois", "einem Jahr
          // und acht Monaten": one length). (Not "in a second debate": a unit that is also an ordinal word.)
          const forOne =
            v === 1 &&
            !!tokens[k] &&
            res.dates.durationUnits.has(tokens[k]!.folded) &&
            ordinalWordValue(tokens[k]!.folded, nw) === undefined &&
            ((i > 0 && res.dates.lengthWords.has(tokens[i - 1]!.folded)) || res.dates.lengthAfter.has(tokens[k + 1]?.folded ?? '') || !!ctx.conceptsOf?.(k)?.includes(SENTENCE_YEARS) || smallerUnitJoined(tokens, res, k)) &&
            !res.dates.laterEarlier.at(tokens, k + 1);
          // "up to one litre", "bis zu einem Liter", "jusqu'à un euro": after a comparator, before a word the lexicon
          // counts, the article is the number one.
          // (Only after "up to": German "über eine Revision entscheiden" and English "under an agreement" are no counts.)
          const comparedOne = v === 1 && k - i === 1 && !!tokens[k] && ctx.unitOf(k) !== undefined && !!res.comparators.before(tokens, i)?.value.startsWith('<=');
          // "une fois par semaine": the article is one time, as a frequency.
          const onceRate = v === 1 && k - i === 1 && !!tokens[k] && nw.timesUnits.has(tokens[k]!.folded) && frequencyAfter(ctx, k);
          // "one crew member is missing": one of those a clause says befell something, a count the other versions
          // may give otherwise ("Fünf Besatzungsmitglieder werden vermisst").
          // (Only a word that is no article: English "one", not "a woman died" against "Eine Frau wurde mitgerissen".)
          // (Also across one adjective before the unit: "One premature baby died".)
          const oneAt = v !== 1 || k - i !== 1 || !tokens[k] ? -1 : ctx.unitOf(k) !== undefined ? k : tokens[k + 1] && !tokens[k]!.cap && !res.stopwords.has(tokens[k]!.folded) && ctx.unitOf(k + 1) !== undefined && !punctuatedGap(text, tokens[k]!.end, tokens[k + 1]!.start) ? k + 1 : -1;
          const oneCasualty = oneAt >= 0 && !isArticle(t) && !punctuatedGap(text, t.end, tokens[k]!.start) && casualtyAfter(ctx, unitLast(ctx, oneAt)) !== undefined;
          // The article before a noun that is itself a casualty is one of them too: "et fait un mort", "es gab einen Toten".
          // (Not, in English, before an adjective of a casualty and its noun: "to help an injured skier".)
          const casualtyNoun = v === 1 && k - i === 1 && !!tokens[k] && (!res.nounsCapitalised || tokens[k]!.cap) && ctx.unitOf(k) !== undefined && !punctuatedGap(text, t.end, tokens[k]!.start) && !!ctx.conceptsOf?.(k)?.some((id) => CASUALTY_ROLES.includes(id)) && !nounAfter(k);
          // "one month to appeal": a word for one that is no article, before a unit of time, is one of it ("one" is no
          // "a"; "an hour later" places an event).
          // (A decade is always a length: "after a decade of poor snow", "après une décennie", "nach einem Jahrzehnt".)
          const oneUnit = v === 1 && k - i === 1 && (!isArticle(t) || res.dates.durationUnits.get(tokens[k]?.folded ?? '') === DECADES) && !!tokens[k] && res.dates.durationUnits.has(tokens[k]!.folded) && ordinalWordValue(tokens[k]!.folded, nw) === undefined && !punctuatedGap(text, t.end, tokens[k]!.start) && !res.dates.laterEarlier.at(tokens, k + 1);
          if (v !== undefined && !(k - i === 1 && v === 1 && !nw.scales.has(t.folded) && nw.percent.at(tokens, k)?.value !== 'percent' && !unitOfTime && !partitive && !halved && !forOne && !comparedOne && !onceRate && !oneCasualty && !casualtyNoun && !oneUnit && !listedOne)) {
            value = v;
            last = k - 1;
            // "two dozen residents", "deux douzaines", "zwei Dutzend": a word for a group of a fixed size multiplies the count.
            const group = tokens[k] && !punctuatedGap(text, tokens[k - 1]!.end, tokens[k]!.start) ? nw.groupWords.get(tokens[k]!.folded) : undefined;
            if (group !== undefined && v > 1) {
              value = v * group;
              last = k;
            }
          }
        }
      }
    }
    if (value === undefined) continue;
    // "four and a half", before any scale or unit ("two and a half million", "four and a half years").
    const halfAfter = (k: number) => (!ordinal && Number.isInteger(value) && !/[,;:.()]/.test(text.slice(tokens[k - 1]!.end, tokens[k]?.start ?? 0)) ? nw.andAHalf.at(tokens, k) : undefined);
    const half = halfAfter(last + 1);
    if (half) {
      // After a scale the half is of the scale ("deux millions et demi").
      const scale = nw.scales.get(tokens[last]!.folded);
      value += 0.5 * (scale && scale >= 1000 ? scale : 1);
      last += half.length;
    }
    // A rank: "world number two", "le numéro deux européen", "die Nummer zwei".
    // After a word of a place in a ranking ("auf Rang sieben", "Platz zwei") the rank is a place, whatever word follows.
    let placeRank = false;
    let rankedBy = -1;
    // (Its abbreviation with a point too: "No. 10", "Nr. 10".)
    const rankGap = i > 0 ? text.slice(tokens[i - 1]!.end, t.start) : '';
    if (i > 0 && nw.rankWords.has(tokens[i - 1]!.folded) && last === i && Number.isInteger(value) && value < 1000 && (rankGap === ' ' || (rankGap === '. ' && tokens[i - 1]!.text.length <= 3 && tokens[i - 1]!.cap))) {
      ordinal = true;
      placeRank = nw.placeWords.has(tokens[i - 1]!.folded);
    } else if (i > 0 && rankGap === ' ' && last === i && tokens[i - 1]!.cap && nw.rankNouns.has(tokens[i - 1]!.folded) && NUMBER_TOKEN.test(t.folded) && Number.isInteger(value) && value < 1000) {
      // (A noun of what is ranked, before digits: "Game 7", "Stage 12".)
      ordinal = true;
      rankedBy = i - 1;
    }
    // Scale word after digits: "3 millions", "1,5 Mrd.".
    const nextTok = tokens[last + 1];
    // A scale abbreviated with a full stop ("2,5 Mrd. Euro", "300 Mio. Euro"): the stop does not end the quantity.
    let scaleStop = false;
    // The point of a German ordinal ("in der 23. Minute") does not part it from its noun.
    const ordinalStop = ordinal && res.lang === 'de' && text[tokens[last]!.end] === '.';
    // A letter glued to a currency sign is a scale too: "450 M€", "20 k€".
    const signScale = nextTok && !ordinal && !glued && !approx && /^[€$£]/.test(text.slice(nextTok.end, nextTok.end + 1)) ? SIGN_SCALES[nextTok.folded] : undefined;
    if (signScale) {
      value *= signScale;
      last += 1;
    } else if (!ordinal && !glued && nextTok && nw.scales.has(nextTok.folded) && nw.scales.get(nextTok.folded)! >= 1000 && !approx && !(nextTok.text === 'm' && !currency && !millionsBefore(ctx, last + 1))) {
      // (A lone "m" apart from the digits is millions after a currency sign or before a noun that counts things, as
      // on the digits; else metres, "2 m high", which the lexicon reads.)
      const scale = nw.scales.get(nextTok.folded)!;
      // "deux millions et demi": the half is of the scale.
      const halfScale = halfAfter(last + 2);
      value = (value + (halfScale ? 0.5 : 0)) * scale;
      last += 1 + (halfScale?.length ?? 0);
      scaleStop = !halfScale && nextTok.folded.length <= 3 && text[nextTok.end] === '.';
    }
    // Comparator before: "more than", "plus d'une", "über", skipping one article.
    let start = t.start;
    let comparator: string | undefined;
    let b = i;
    // "half a million", "eine halbe Million": half of what the number words name.
    const halfOf = value >= 12 && !glued && /^\p{L}/u.test(t.text) ? nw.halfBefore.before(tokens, i) : undefined;
    if (halfOf && !punctuatedGap(text, tokens[i - halfOf.length]!.end, t.start)) {
      value /= 2;
      b = i - halfOf.length;
      start = tokens[b]!.start;
    }
    // (Across a word that puts a temperature below zero: "about minus 10 degrees"; not one that ends a comparator, "au moins".)
    const below = b > 0 && nw.belowZero.has(tokens[b - 1]!.folded) && !res.comparators.before(tokens, b) ? 1 : 0;
    b -= below;
    if (b > 0 && isArticle(tokens[b - 1]) && approx) b--;
    // (Not across punctuation: "augmenteront le plus, de 8,5 %" is no "plus de".)
    const found = res.comparators.before(tokens, b);
    // (Nor a verb's particle: "handed over 20 bronzes".)
    const cmp = found && !/[,;:.()]/.test(text.slice(tokens[b - found.length]!.end, t.start)) && !res.particleVerbs.has(tokens[b - found.length - 1]?.folded ?? '') ? found : undefined;
    if (cmp) {
      comparator = cmp.value;
      start = tokens[b - cmp.length]!.start;
    }
    // "une cinquantaine", "a dozen": the article belongs to the quantity.
    if (!comparator && approx && b < i - below) start = tokens[b]!.start;
    if (approx) comparator = comparator ? `${comparator}~` : '~';
    // An age without a unit ("under the age of five", "aged 34,") is a duration in years,
    // as "de moins de cinq ans" and "unter fünf Jahren" say it; a unit after it wins ("aged 5 months").
    // A range of ages: "aged between 28 and 41" (the range word after the phrase), and the second end of it.
    const wholeYears = !ordinal && Number.isInteger(value) && value <= 130;
    const rangeWord = i > 0 && res.dates.rangeFrom.has(tokens[i - 1]!.folded);
    const direct = wholeYears ? res.numbers.agePhrases.before(tokens, i) : undefined;
    // (Or a range right after a noun of people: "Frauen zwischen 50 und 69 Jahren", "women between 50 and 69".)
    // (Asked only where a range word stands before the number: the stemmer runs for few numbers.)
    const heldRange = () => {
      const holder = tokens[i - 2];
      return !!holder && (res.numbers.ageHolders.has(holder.folded) || res.numbers.ageHolders.has(res.stem(holder.folded))) && !punctuatedGap(text, holder.end, tokens[i - 1]!.start);
    };
    const ranged = wholeYears && !direct && rangeWord ? (res.numbers.agePhrases.before(tokens, i - 1) ?? (heldRange() ? [] : undefined)) : undefined;
    const secondEnd = wholeYears && ageEnd === i - 2 && res.dates.rangeTo.has(tokens[i - 1]!.folded);
    const following = tokens[last + 1];
    // A sentence may open with an age: "At 38, Jetten is the youngest…" (not a clock's "At 5, …"), and with its
    // unit of years, "À 36 ans, elle a mené …", "Mit 36 Jahren, …" (see the unit below).
    const opensWithAge = wholeYears && value > 12 && i === 1 && res.numbers.frontedAge.has(tokens[0]!.folded);
    const frontedAge = opensWithAge && last === 1 && !!following && text.slice(tokens[last]!.end, following.start).trim() === ',';
    /** How many words before the number the age's phrase starts. */
    const age = direct ? { length: direct.length } : ranged ? { length: ranged.length + 1 } : secondEnd ? { length: 0 } : frontedAge ? { length: 1 } : undefined;
    const bare = !following || /[,;:.()]/.test(text.slice(tokens[last]!.end, following.start)) || res.stopwords.has(following.folded);
    // (The second end of a range of ages needs nothing after it: "Belgians aged 15 to 24 vape daily".)
    if ((age && (bare || (secondEnd && !res.dates.durationUnits.has(following?.folded ?? ''))) && !/^\s?%/.test(text.slice(tokens[last]!.end, tokens[last]!.end + 2))) || appositiveAge(ctx, i, last, value, comparator) || (bare && (ageLimit(ctx, start, value, comparator) || ageSubjectAt(i, value)))) {
      const ageStart = age ? Math.min(start, tokens[i - age.length]!.start) : start;
      ageEnd = last;
      out.push({
        kind: 'duration', id: `duration:${value}Y`, text: text.slice(ageStart, tokens[last]!.end), start: ageStart, end: tokens[last]!.end,
        anchors: [{ key: `dur:${value}Y`, start: t.start, end: tokens[last]!.end }], value, comparator, unit: 'Y', age: true,
      });
      i = last;
      continue;
    }
    // Unit after: percent sign or word, or the next noun ("100 countries", "une centaine de pays").
    let end = degreesEnd ?? tokens[last]!.end;
    let unit: string | undefined;
    let units: string[] | undefined;
    let unitIsConcept = false;
    /** The count is of some of those its noun names ("quatre des patients"): a part of a whole, not the whole. */
    let partitive = false;
    let partitiveNoun: string | undefined;
    let pronounWhole = false;
    /** What those counted also are, for their number only ("vier Insassen ums Leben gekommen": four dead). */
    let alsoAs: string | undefined;
    /** The count counts a concept ("injury", "scale5") and nothing else. */
    const countOf = (u: string) => {
      unit = u;
      unitIsConcept = true;
      units = [u];
    };
    const after = text.slice(end, end + 6);
    // A bare "points" is a change in percentage points only for a small value ("+0,25 point", "2 points");
    // "460 points" in a standings table and "498,6 points" of an index are points.
    const pctAt = nw.percent.at(tokens, last + 1);
    // In a sentence about sport a bare "points" are points whatever their number ("à neuf points de Piastri").
    // (Nor a unit whose last words open a longer phrase of the lexicon: "21 kilomètres à l'heure de pointe" are kilometres
    // at rush hour.)
    const pct = (pctAt && pctAt.value === 'point' && pctAt.length === 1 && !/cent|prozent/.test(tokens[last + 1]!.folded) && (value >= 100 || (Number.isInteger(value) && value > 10) || aboutSport(ctx, last + 1))) || (pctAt && phraseRunsOn(ctx, last + 1, pctAt.length)) ? undefined : pctAt;
    let skipTo = last;
    // (After a scale abbreviated with a full stop, the sign after the stop: "3,4 Mrd. €".)
    const stopped = scaleStop && !CURRENCY_AFTER.test(after) ? CURRENCY_AFTER.exec(text.slice(end + 1, end + 6)) : null;
    const symbolAfter = stopped ?? CURRENCY_AFTER.exec(after);
    const degrees = DEGREES_AFTER.exec(text.slice(end, end + 4));
    if (unitOn) {
      // "10km", "12pc": the unit written on the digits.
      countOf(unitOn.unit);
      end = tokens[last]!.end;
    } else if (/^\s?%/.test(after)) {
      unit = 'percent';
      unitIsConcept = true;
      end = end + after.indexOf('%') + 1;
    } else if (degrees) {
      // "-6 °C", "21°C", "70 °F": a temperature, as "degrees" and "degrés" are.
      countOf(TEMPERATURE);
      end += degrees[0].length;
    } else if (symbolAfter) {
      // "50 €", "2,5 Md€".
      unit = CURRENCY_SYMBOLS[symbolAfter[1]!]!;
      unitIsConcept = true;
      units = [unit];
      end = end + (stopped ? 1 : 0) + symbolAfter[0].length;
    } else if (pct && !punctuatedGap(text, end, tokens[last + 1]!.start)) {
      // "4,5 pour cent", "0.25 percentage points", "0,25 Prozentpunkte": a rate, or a change of one in points.
      unit = pct.value;
      unitIsConcept = true;
      end = tokens[last + pct.length]!.end;
      // "pour cent": "cent" is no number of its own.
      skipTo = last + pct.length;
    } else if (!currency && !ordinal && value !== undefined && i > 0 && res.numbers.speedBefore.has(tokens[i - 1]!.folded) && text.slice(tokens[i - 1]!.end, t.start) === ' ') {
      // A speed named before its number ("Tempo 60", "höchstens mit Tempo 30"): a speed in that unit, as "60 km/h" is.
      unit = res.numbers.speedBefore.get(tokens[i - 1]!.folded)!;
      unitIsConcept = true;
      start = tokens[i - 1]!.start;
    } else if (!currency && !ordinal && !comparator && value !== undefined && value <= MAX_SCALE && (Number.isInteger(value) || Number.isInteger(value * 10)) && i > 0 && levelBefore(ctx, i) && !scaleTop(ctx, last, value)) {
      // A level named before its number ("level 1", "au niveau 1", "auf Stufe 2", "a category 4 hurricane",
      // "Warnstufe 3", "a magnitude 6.8 earthquake", "der Stärke 6,8"): the level is the unit, not a word after it, so
      // that two versions giving different levels conflict.
      countOf(LEVEL_UNIT);
      start = tokens[i - 1]!.start;
    } else if (!currency) {
      // (After a currency sign the amount is money: the next word is no unit, "€2.5bn later".)
      let u = last + 1;
      // "eight pieces of French crown jewels", "neun Stücke der Kronjuwelen": a word for pieces counts what they are pieces
      // of, as "huit bijoux" does (a word or two may stand before it).
      const pieceOf = u + 2 < tokens.length && nw.pieceWords.has(tokens[u]!.folded) && nw.partOf.has(tokens[u + 1]!.folded) ? pieceHead(ctx, u + 2) : -1;
      // "Zwei in demselben Verfahren verurteilte Unternehmer": the count counts the noun after the attribute.
      const attribute = pieceOf < 0 && res.nounsCapitalised ? attributeHead(ctx, u) : -1;
      if (pieceOf >= 0) u = pieceOf;
      else if (attribute >= 0) u = attribute;
      // "40,000 of its passengers", "40 000 de ses passagers": the count counts the noun after the possessive.
      else if (u + 2 < tokens.length && nw.partOf.has(tokens[u]!.folded) && nw.possessives.has(tokens[u + 1]!.folded) && ctx.unitOf(u + 2) !== undefined && !punctuatedGap(text, tokens[last]!.end, tokens[u + 2]!.start)) u += 2;
      // (French "an" is a year, no article: "un an et demi".)
      // (Not before a count of the whole: "Cinq des neuf membres" is five of nine, a part of a whole, as "Five of the nine" is.)
      else if (
        u < tokens.length &&
        isArticle(tokens[u]) &&
        !res.dates.durationUnits.has(tokens[u]!.folded) &&
        u + 1 < tokens.length &&
        !(nw.partitiveOf.has(tokens[u]!.folded) && (/^\d/.test(tokens[u + 1]!.folded) || wordValue(tokens[u + 1]!.folded, nw) !== undefined))
      ) {
        partitive = nw.partitiveOf.has(tokens[u]!.folded) && (!nw.partitiveArticles.size || nw.partitiveArticles.has(tokens[u + 1]!.folded));
        // (A pronoun there, "Four of those infected", names no noun of its own: what follows it is the whole.)
        pronounWhole = partitive && res.stopwords.has(tokens[u + 1]!.folded) && !isArticle(tokens[u + 1]);
        u++;
      }
      // "20 business days", "three working days": a length of time all the same.
      if (u + 1 < tokens.length && res.dates.durationModifiers.has(tokens[u]!.folded) && res.dates.durationUnits.has(tokens[u + 1]!.folded)) u++;
      // "chiffré à 40 000 le nombre de manifestants": the word for a number says nothing of what is counted; the noun
      // after its "of" (one of the language's part words) does.
      if (u + 2 < tokens.length && ctx.unitOf(u) === NUMBER_WORD && nw.partOf.has(tokens[u + 1]!.folded) && ctx.unitOf(u + 2) !== undefined && !punctuatedGap(text, tokens[u]!.end, tokens[u + 2]!.start)) u += 2;
      // A nationality before the noun ("two Japanese climbers", "zwei japanische Bergsteiger"): the noun is the unit.
      // Only an adjective: lower-case in French and German, not a plural noun in English ("Syrians live").
      const nat = tokens[u];
      const adjective = nat && (res.lang === 'en' ? !/s$/.test(nat.folded) : !nat.cap);
      if (adjective && u + 1 < tokens.length && getGazetteer(res.lang).phrases.get(nat.folded)?.kind === 'place' && !punctuatedGap(text, nat.end, tokens[u + 1]!.start)) u++;
      // "1,000 more soldiers", "2.000 weitere Soldaten": a word for more before a noun the lexicon knows
      // (not one of what befell people, "31 autres blessés", nor a verb: "21 weitere erkrankten") only adds; the noun is what is counted.
      if (u === last + 1 && u + 1 < tokens.length && nw.others.has(tokens[u]!.folded) && ctx.unitOf(u + 1) !== undefined && !punctuatedGap(text, tokens[last]!.end, tokens[u + 1]!.start) && !casualtyAfter(ctx, u, true) && !(res.nounsCapitalised && !tokens[u + 1]!.cap) && !ctx.verbStarts?.has(tokens[u + 1]!.start)) u++;
      // A name the lexicon does not know before a noun the tagger sees is a modifier ("six Vantel smartphone models"):
      // what is counted comes after it. (Not a name before a verb: "3 million Syrians live in Turkey".)
      if (u === last + 1 && u + 1 < tokens.length && tokens[u]!.cap && ctx.nounStarts?.has(tokens[u + 1]!.start) && !tokens[u + 1]!.cap && ctx.unitOf(u) === undefined && !ctx.verbStarts?.has(tokens[u + 1]!.start) && text.slice(tokens[u]!.end, tokens[u + 1]!.start) === ' ') u++;
      const ut = tokens[u];
      let unitEnd = 0;
      // A unit of time after an article makes a rate ("660,000 a year earlier", "660 000 un an plus tôt"), not a count of it.
      // ("Une dizaine de jours", "dozens of hours": after "de" or "of" it is what is counted.)
      const rate = u > last + 1 && ut !== undefined && res.dates.durationUnits.has(ut.folded) && !OF_WORDS.has(tokens[u - 1]!.folded) && !res.dates.durationModifiers.has(tokens[u - 1]!.folded) && !nw.others.has(tokens[u - 1]!.folded);
      // German writes every noun with a capital: a lower-case word after a number that the
      // lexicon does not know is no unit ("Tausende mussten"), unless it is a unit of time.
      // Nor is a word with the ending of a finite verb that the lexicon does not know ("dont deux contenaient").
      // After a number above one a noun is plural: French "-ent" without the "s" of "15 agents" is a verb ("15 restent").
      const verbAfter = (k: number) =>
        ctx.unitOf(k) === undefined &&
        ((res.lang === 'de' && !tokens[k]!.cap && !res.dates.durationUnits.has(tokens[k]!.folded)) ||
          nw.verbEndings.some((e) => tokens[k]!.folded.endsWith(e)) ||
          ((value ?? 0) > 1 && nw.pluralVerbEndings.some((e) => tokens[k]!.folded.endsWith(e))));
      // After a word that makes it part of a count before ("dont 26 considérées comme à haut risque"), a participle the
      // lexicon does not know says what befell that part: the number stays bare, and counts what the whole counts.
      // (So does one the lexicon does not know before a function word: "dont quatre issus du partenaire", "venus de".)
      const stateOfPart = (k: number) =>
        i > 0 &&
        nw.partitiveBefore.has(tokens[i - 1]!.folded) &&
        !tokens[k]!.cap &&
        ctx.unitOf(k) === undefined &&
        (res.participleLike(tokens[k]!.folded) || (!!tokens[k + 1] && res.stopwords.has(tokens[k + 1]!.folded) && text.slice(tokens[k]!.end, tokens[k + 1]!.start) === ' '));
      // A town is where, not what is counted ("80 000 à Paris", "80,000 in Paris"); written with a capital, as towns are
      // ("14 genes" is no "Gênes").
      const town = (k: number) => tokens[k]!.cap && getGazetteer(res.lang).phrases.get(tokens[k]!.folded)?.id.startsWith('city:') === true;
      // A day of the week in the singular after a count other than one is when, not what is counted ("est passé à 12
      // lundi"; "four Sundays" counts Sundays).
      const singularDay = (k: number) => value !== 1 && res.weekdays.has(tokens[k]!.folded);
      // A participle right before a noun the lexicon knows qualifies it ("150,000 paid rides"): the noun is the unit.
      const unitAfter = (k: number) => k + 1 < tokens.length && ctx.unitOf(k + 1) !== undefined && text.slice(tokens[k]!.end, tokens[k + 1]!.start) === ' ';
      // A verb is what those counted did, not what is counted ("A crowd of 75,000 watched").
      // (Where nouns have a capital, a past form in lower case that no noun follows is one too: "die Boeing 777 benötigte
      // für die Strecke …"; not an adjective before its noun, "12 getötete Soldaten", nor a verb of the lexicon that ends
      // the clause within a word, which says what those counted did as "35 abstaining" does: "35 enthielten sich"; after a
      // word of scale it is an amount's verb all the same, "um 21,5 Millionen überschritten".)
      const clauseEndsAfter = (k: number) => k + 1 >= tokens.length || punctuatedGap(text, tokens[k]!.end, tokens[k + 1]!.start);
      // (Not a word the lexicon knows in "-s" after a count of more than one: a verb would not agree with it, "two tries" is
      // a plural noun, though the tagger reads a verb.)
      const pluralNoun = (k: number) => value !== undefined && value > 1 && !res.nounsCapitalised && /s$/.test(tokens[k]!.folded) && ctx.unitOf(k) !== undefined;
      const verb = (k: number) =>
        (ctx.verbStarts?.has(tokens[k]!.start) === true && !pluralNoun(k)) ||
        // (Where nouns are written small and no tagger reads verbs, a form only a verb has: "dont cinq souffraient".)
        (!ctx.verbStarts && res.verbOnlyEndings.some((e) => tokens[k]!.folded.endsWith(e))) ||
        (res.nounsCapitalised && !tokens[k]!.cap && res.pastVerbLike(tokens[k]!.folded) && !tokens[k + 1]?.cap && !(ctx.unitOf(k) !== undefined && (clauseEndsAfter(k) || clauseEndsAfter(k + 1)) && !nw.scales.has(tokens[k - 1]!.folded)));
      // But a gerund the lexicon knows that ends its clause is what those counted did as a count of it ("five against and
      // 35 abstaining" are abstentions, as "35 enthielten sich" and "32 abstentions" are).
      const gerundCount = (k: number) =>
        res.gerundLike(tokens[k]!.folded) && ctx.unitOf(k) !== undefined && (k + 1 === tokens.length || punctuatedGap(text, tokens[k]!.end, tokens[k + 1]!.start) || res.coordinators.has(tokens[k + 1]!.lower));
      // "27 others", "31 autres blessés", "27 weitere wurden verletzt": more of the people the sentence
      // counts, counted as what befell them when the clause says it; else a bare number.
      const others = ut && nw.others.has(ut.folded) && !punctuatedGap(text, tokens[last]!.end, ut.start);
      // "killed 45 of them", "45 d'entre eux sont morts", "45 von ihnen starben": some of the people counted before.
      // (Read right after the number: "of" and "d'" would be taken for an article.)
      const ofThem = !others && tokens[last + 1] && !punctuatedGap(text, tokens[last]!.end, tokens[last + 1]!.start) ? nw.ofThem.at(tokens, last + 1) : undefined;
      // (A rank takes the unit in the singular: "for the third time", as "pour la troisième fois", "zum dritten Mal".)
      // (So after a word for about so many and its "of": "une dizaine de fois", "dozens of times".)
      const ofTimes = u === last + 2 && OF_WORDS.has(tokens[last + 1]!.folded) && nw.approx.has(tokens[last]!.folded);
      if (ut && (u === last + 1 || ofTimes) && (nw.timesUnits.has(ut.folded) || (ordinal && nw.timesUnits.has(`${ut.folded}s`)))) {
        // "three times", "deux fois", "drei Mal".
        countOf(TIMES);
        end = ut.end;
      } else if (ofThem) {
        const endAt = last + ofThem.length;
        // A noun right after says which of them: "14 ministers, four of them women" counts women, as "dont quatre femmes".
        // Only a noun that ends the clause: "two of them held chemicals" are containers. (As a tagger reads it, and where
        // none ran no English past form; nor a participle, "four years in prison, two of them suspended" are years; nor a
        // function word, "drei davon auf Bewährung".)
        const next = tokens[endAt + 1];
        const endsClause = endAt + 2 >= tokens.length || punctuatedGap(text, next?.end ?? 0, tokens[endAt + 2]!.start);
        const noun = !!next && (ctx.nounStarts ? ctx.nounStarts.has(next.start) : !/ed$/.test(next.folded)) && !res.participleLike(next.folded) && !res.stopwords.has(next.folded);
        const kind = next && noun && endsClause && !punctuatedGap(text, tokens[endAt]!.end, next.start) && !verb(endAt + 1) ? ctx.unitOf(endAt + 1) : undefined;
        const role = kind ? undefined : (casualtyAfter(ctx, endAt) ?? roleNear(ctx, i, endAt));
        if (kind) {
          countOf(kind);
          end = tokens[endAt + 1]!.end;
        } else if (role) {
          countOf(role);
          end = tokens[endAt]!.end;
        }
      } else if (others) {
        // What follows the word says it first ("31 autres blessés", "27 weitere wurden verletzt"), then the clause.
        const role = casualtyAfter(ctx, u, true) ?? roleNear(ctx, i, u);
        // Else, as the object of a verb, more of the things counted before in the sentence ("cancel 80 flights and divert
        // 35 others", "annuler 80 vols et à en dérouter 53 autres"); not people, nor a subject ("3 others are expected"),
        // nor money or a measure ("at about 4,000 metres with a group of eight others" are no metres).
        const next = tokens[u + 1];
        const subject = !!next && !punctuatedGap(text, ut.end, next.start) && (ctx.verbStarts?.has(next.start) === true || res.clauseStarters.has(next.folded) || res.auxiliaries.has(next.folded));
        const before = role || subject ? undefined : out.findLast((f) => f.kind === 'quantity' && f.unit !== undefined && f.end <= t.start);
        if (role) {
          countOf(role);
          end = ut.end;
        } else if (before && !PEOPLE_UNITS.has(before.unit!) && !ROLE_CONCEPTS.includes(before.unit!) && !moneyOrMeasure(before.unit)) {
          unit = before.unit;
          unitIsConcept = true;
          units = before.units ? [...before.units] : [before.unit!];
          end = ut.end;
        }
      } else if (ut && !rate && !timeReference(ctx, last + 1, u) && !singularDay(u) && !punctuatedGap(text, tokens[last]!.end + (scaleStop || ordinalStop ? 1 : 0), ut.start) && (!res.stopwords.has(ut.folded) || (ctx.conceptEnd?.(u) ?? 0) > ut.end || nw.adjectivesBefore.has(ut.folded)) && !/^\d/.test(ut.folded) && !stateOfPart(u) && !(verbAfter(u) && !(tokens[u + 1] && ctx.unitOf(u + 1) !== undefined)) && !town(u) && !(verb(u) && !unitAfter(u) && !gerundCount(u))) {
        let concept = ctx.unitOf(u);
        // (A participle before the noun only qualifies it: "150,000 paid rides" counts rides; not before people in
        // general, whom it tells apart: "15 missing people" are the missing.)
        if (verb(u) && unitAfter(u) && !PEOPLE_UNITS.has(ctx.unitOf(u + 1)!)) {
          concept = ctx.unitOf(u + 1);
          unitEnd = tokens[u + 1]!.end;
        }
        // A modifier the lexicon does not know before the noun ("12 water-dropping aircraft",
        // "drei beschädigte Häuser"): the noun after it is the unit. Where nouns have a capital, a known
        // adjective too ("60.000 betroffenen Passagieren" counts passengers).
        const next = tokens[u + 1];
        let headAfterAdjective: number | undefined;
        if ((concept === undefined || (res.nounsCapitalised && next?.cap === true) || nw.adjectivesBefore.has(ut.folded)) && next && text.slice(ut.end, next.start) === ' ' && !res.stopwords.has(next.folded) && !ut.cap) {
          const after = ctx.unitOf(u + 1);
          // (An adjective before a noun the lexicon does not know counts that noun, not the adjective's sense:
          // "21 nouvelles tâches" counts "tâches", as "21 tâches" does.)
          if (after === undefined && nw.adjectivesBefore.has(ut.folded) && /^\p{L}+$/u.test(next.text)) {
            concept = undefined;
            headAfterAdjective = u + 1;
            unitEnd = next.end;
          }
          if (after !== undefined) {
            concept = after;
            unitEnd = next.end;
            // (In English a singular noun after it may qualify the noun that follows, the head: "47 new mpox infections"
            // counts infections, as "47 neue Mpox-Infektionen" does.)
            const third = tokens[u + 2];
            const nounsAt = ctx.nounStarts;
            if (nounsAt && third && nounsAt.has(next.start) && nounsAt.has(third.start) && !plural(next.folded, nw) && text.slice(next.end, third.start) === ' ' && (ctx.conceptEnd?.(u + 1) ?? 0) <= next.end && !(tokens[u + 3] && nounsAt.has(tokens[u + 3]!.start) && text.slice(third.end, tokens[u + 3]!.start) === ' ')) {
              const head = ctx.unitOf(u + 2);
              if (head !== undefined) {
                concept = head;
                unitEnd = third.end;
                headAfterAdjective = u + 2;
              }
            }
          }
        }
        // English puts a word before the noun it counts: a noun that qualifies it ("12 treatment centres", "200 factory
        // jobs"; singular, as such a modifier is: not "30 kilometres west", not "three scientists share") or a word the
        // tagger reads as no noun and no verb ("six European countries"). The noun after it, the last of the run, is the
        // unit, unless the two are one lexicon phrase ("300 police officers"); after an adjective, only a noun the lexicon knows.
        const nouns = ctx.nounStarts;
        // Whether the noun run goes on at token k: a noun right after the word before it, with no comma between
        // ("87 digital media outlets, ruling that…" ends at "outlets").
        const runsOn = (k: number) => !!nouns && !!tokens[k] && nouns.has(tokens[k]!.start) && text.slice(tokens[k - 1]!.end, tokens[k]!.start) === ' ';
        if (!unitEnd && nouns && next && nouns.has(next.start) && !runsOn(u + 2) && text.slice(ut.end, next.start) === ' ' && (ctx.conceptEnd?.(u) ?? 0) <= ut.end) {
          const noun = nouns.has(ut.start);
          const head = ctx.unitOf(u + 1);
          // (Money or a measure is what is counted, the noun after it what it is of: "a 4.2 million euro contract", "a
          // 2 million pound deal".)
          if ((noun ? !plural(ut.folded, nw) : !ctx.verbStarts?.has(ut.start) && head !== undefined) && !moneyOrMeasure(concept)) {
            concept = head;
            unitEnd = next.end;
          }
        }
        // After such an adjective, a run of two nouns: the last is the head, or the first where the lexicon knows only it
        // ("20 small maternity wards" counts maternity wards, as "20 petites maternités" does; "12 old coal plants").
        let runHead: number | undefined;
        const third = tokens[u + 2];
        if (!unitEnd && nouns && next && third && nouns.has(next.start) && nouns.has(third.start) && !nouns.has(ut.start) && !ctx.verbStarts?.has(ut.start) && !runsOn(u + 3) && text.slice(ut.end, next.start) === ' ' && text.slice(next.end, third.start) === ' ' && (ctx.conceptEnd?.(u) ?? 0) <= ut.end) {
          runHead = ctx.unitOf(u + 2) !== undefined ? u + 2 : ctx.unitOf(u + 1) !== undefined ? u + 1 : undefined;
          if (runHead !== undefined) {
            concept = ctx.unitOf(runHead);
            unitEnd = third.end;
          }
        }
        // A longer run of nouns, each singular but the last, is counted by its last ("Eleven hospital emergency departments" counts
        // departments, as "elf Notaufnahmen" does), or by a lexicon phrase that ends the run ("emergency departments").
        // (Not after money or a measure, which is what is counted: "a 700 million euro renovation plan".)
        if (!unitEnd && nouns && runHead === undefined && next && runsOn(u + 1) && runsOn(u + 2) && nouns.has(ut.start) && !plural(ut.folded, nw) && !moneyOrMeasure(concept) && (ctx.conceptEnd?.(u) ?? 0) <= ut.end) {
          let r = u + 2;
          while (r < u + NOUN_RUN && runsOn(r + 1)) r++;
          let ok = !runsOn(r + 1);
          for (let k = u; ok && k < r; k++) if (plural(tokens[k]!.folded, nw) || ctx.verbStarts?.has(tokens[k]!.start)) ok = false;
          if (ok) {
            let at = r;
            for (let j = u + 1; j < r; j++) {
              if (ctx.unitOf(j) !== undefined && (ctx.conceptEnd?.(j) ?? 0) >= tokens[r]!.end) {
                at = j;
                break;
              }
            }
            if (ctx.unitOf(at) !== undefined) {
              concept = ctx.unitOf(at);
              runHead = at;
              unitEnd = tokens[r]!.end;
            }
          }
        }
        // After an English lexicon phrase of two words or more, a noun that closes the run is its head ("500,000 electric
        // car batteries" counts batteries, as "300.000 Batterien von Elektroautos" does).
        let headAt = runHead ?? headAfterAdjective ?? (unitEnd ? u + 1 : u);
        const phraseEnd = ctx.conceptEnd?.(u) ?? 0;
        if (!unitEnd && nouns && concept !== undefined && phraseEnd > ut.end) {
          let pe = u;
          while (tokens[pe + 1] && tokens[pe + 1]!.end <= phraseEnd) pe++;
          // (The phrase's last word qualifies the head, so it is singular and no function word: not "18 crew members hostage",
          // "2,500 jobs at risk".)
          // (Nor a verb: "130 schools closed classes" counts schools.)
          const h = pe > u && !res.stopwords.has(tokens[pe]!.folded) && !plural(tokens[pe]!.folded, nw) && !ctx.verbStarts?.has(tokens[pe]!.start) ? tokens[pe + 1] : undefined;
          const head = h && nouns.has(h.start) && !runsOn(pe + 2) && text.slice(tokens[pe]!.end, h.start) === ' ' ? ctx.unitOf(pe + 1) : undefined;
          if (head !== undefined) {
            concept = head;
            headAt = pe + 1;
            unitEnd = h!.end;
          }
        }
        // Every concept of the counted word, for comparing counts across languages ("satellites" is space and satellite).
        units = concept !== undefined ? [...(ctx.conceptsOf?.(headAt) ?? [concept])] : undefined;
        // People named by what they do are people: the head of "zwei Landarbeiter" (land + worker) and of
        // "two farm workers" (a modifier, then the noun) is the worker.
        if (concept !== undefined && !PEOPLE_UNITS.has(concept) && !ROLE_CONCEPTS.includes(concept)) {
          const person = units?.find((x) => PEOPLE_UNITS.has(x));
          const head = !person && !unitEnd && next && text.slice(ut.end, next.start) === ' ' ? [...(ctx.conceptsOf?.(u + 1) ?? [])].find((x) => PEOPLE_UNITS.has(x)) : undefined;
          if (person) concept = person;
          else if (head) {
            // (A lexicon phrase of the two words counts too: "seasonal workers" are workers and seasonal workers, as
            // "saisonniers" are.)
            const phrase = phraseEnd >= next!.end ? concept : undefined;
            concept = head;
            unitEnd = next!.end;
            headAt = u + 1;
            units = phrase ? [head, phrase] : [head];
          }
        }
        // A count of people in a clause about deaths, injuries or employment counts the casualties or the staff.
        if (concept !== undefined && PEOPLE_UNITS.has(concept)) {
          // (Not those none of whom underwent it: "None of the four people on board was injured", "Aucune des quatre
          // personnes … n'a été blessée" count the people, as "Keiner der vier Insassen" does.)
          const role = noneOf(ctx, i) ? undefined : roleNear(ctx, i, Math.max(u, headAt));
          if (role) units = [(concept = role)];
          // Workers counted for no other role are the employed ("800,000 workers" / "600 000 salariés").
          else if (concept === WORKER && units && !units.includes(JOB)) units = [...units, JOB];
          // Inhabitants counted for no role are people ("40 000 habitants" / "40,000 people" / "40.000 Einwohner").
          else if (concept === POPULATION && units && !units.includes(PEOPLE)) units = [...units, PEOPLE];
        } else if (concept !== undefined && units) {
          // Others counted right before the verb that says they died or were hurt ("vier Insassen ums Leben gekommen",
          // "all 150 passengers were killed") are also the dead or the injured; not those of an "of" phrase ("none of
          // the crew of the two ships was injured"). The value only, not a second slot: the count stays one of
          // passengers, and meets "four killed".
          const of = (k: number) => k >= 0 && nw.partOf.has(tokens[k]!.folded);
          // (So are those a verb of killing or hurting right before takes as its object: "killing two employees and
          // injuring seven guests", "tuant deux employés et blessant neuf clients"; the verb before is theirs, not the
          // next clause's after them.)
          const role = of(i - 1) || (of(i - 2) && isArticle(tokens[i - 1])) ? undefined : (casualtyBefore(ctx, i) ?? casualtyAfter(ctx, Math.max(u, headAt), false, true));
          // Employees who were hurt are people hurt, as workers are ("Trois employés ont été légèrement blessés").
          if (role && (concept === JOB || concept === MEMBER)) units = [(concept = role)];
          else if (role && !units.includes(role)) alsoAs = role;
        }
        // (A counted word inside a lexicon phrase that opens on the word skipped before it is that phrase's: "2,1 Milliarden
        // dänische Kronen" counts kronor, as "Danish crowns" does.)
        if (concept === undefined && headAt > 0 && (ctx.conceptEnd?.(headAt - 1) ?? 0) >= tokens[headAt]!.end) concept = ctx.unitOf(headAt - 1);
        const day = concept === undefined ? weekdayUnit(tokens[headAt]!.folded, res) : undefined;
        unit = concept ?? day ?? res.stem(tokens[headAt]!.lower);
        unitIsConcept = concept !== undefined || day !== undefined;
        // A place in a ranking has one unit in every language ("second place", "deuxième place", "zweiten Platz").
        if (ordinal && nw.placeWords.has(tokens[headAt]!.folded)) {
          unit = PLACE_UNIT;
          unitIsConcept = false;
        }
        // Only the noun after the article is the whole a part is taken from (not a state said of the part: "Trois des blessés sont dans un état grave").
        if (partitive) partitiveNoun = unit;
        let dur = res.dates.durationUnits.get(ut.folded);
        // "trois ans et demi", "a year and a half", "trois longueurs et demie": the half is of the unit.
        const halfUnit = u + 1 < tokens.length && (dur || unit !== undefined) ? halfAfter(u + 1) : undefined;
        if (halfUnit) value += 0.5;
        const durEnd = halfUnit ? tokens[u + halfUnit.length]!.end : ut.end;
        if (dur && !ordinal) {
          // Hundredths of a second are seconds ("12 centièmes" = "0.12 seconds").
          if (dur === HUNDREDTHS) {
            value = Math.round(value) / 100;
            dur = 'S';
          }
          [value, dur] = inYears(value, dur);
          const f: FacetInternal = {
            kind: 'duration', id: `duration:${value}${dur}`, text: text.slice(start, durEnd), start, end: durEnd,
            // Whole years told in months ("zwölf Monate" / "a year") meet the years too.
            anchors: [{ key: `dur:${value}${dur}`, start: t.start, end: durEnd }, ...(dur === 'M' && value % 12 === 0 ? [{ key: `dur:${value / 12}Y`, start: t.start, end: durEnd }] : [])], value, comparator, unit: dur,
            ...(approx && !many && { rounded: true }),
          };
          // "Âgée de 58 ans", "im Alter von 56 Jahren", and at the head of a sentence before a comma
          // ("À 36 ans, elle …"; not "À 20 ans de distance"): an age.
          // So are years set off after a title ("La princesse, 53 ans, a renoncé") or a noun of a person, and the others
          // heldAge finds. (Not after a name: "Usyk, 37 ans, avait battu Fury", the age drew the claim to another version's
          // claim that gives it, on npm run eval.)
          const held = u === last + 1 && Number.isInteger(value) && value <= MAX_AGE && heldAge(ctx, i, u);
          if (dur === 'Y' && (age || (opensWithAge && u === i + 1 && text[ut.end] === ',') || held)) {
            f.age = true;
            // The word after it that says so is the age's ("34 Jahre alte", as "34-year-old" is one word).
            const old = ageWordAfter(ctx, u);
            if (old) {
              f.end = old.end;
              f.text = text.slice(f.start, f.end);
            }
          }
          else if (periodAt(ctx, i, start)) f.period = true;
          out.push(f);
          i = u + (halfUnit?.length ?? 0);
          continue;
        }
        end = Math.max(ut.end, unitEnd, durEnd);
        // A unit that is a phrase of the lexicon is all of it ("300 police officers", "55 World Heritage sites"), one
        // that opens with a function word too ("11 under par", "12 sous le par").
        if (unitIsConcept || res.stopwords.has(ut.folded)) end = Math.max(end, ctx.conceptEnd?.(u) ?? 0);
      }
    }
    if (rankUnit !== undefined) countOf(rankUnit);
    if (placeRank) {
      unit = PLACE_UNIT;
      unitIsConcept = false;
      units = undefined;
    } else if (rankedBy >= 0 && !unit) {
      // A rank after the noun of what it ranks ("Game 7", "Stage 12") ranks that, as "le septième match", "la 12e étape" do.
      unit = ctx.unitOf(rankedBy);
      unitIsConcept = false;
      units = undefined;
    }
    if (ordinal) {
      // An ordinal is the ordinal alone ("13th", "13e", "13.", "vingt-deuxième"), not the noun after it.
      end = tokens[last]!.end + (res.lang === 'de' && text[tokens[last]!.end] === '.' && NUMBER_TOKEN.test(tokens[last]!.folded) ? 1 : 0);
    }
    // A level on a scale ("rated 3 on a scale of 5", "évalué à 4 sur une échelle de 5", "Warnstufe 3 von 5"):
    // the scale is the unit, so that two versions giving different levels conflict.
    if (!unit && !ordinal && !currency && Number.isInteger(value) && value <= MAX_SCALE) {
      const scale = scaleTop(ctx, last, value);
      if (scale) {
        countOf(`${SCALE_UNIT}${scale.top}`);
        end = tokens[scale.at]!.end;
        skipTo = scale.at;
      }
    }
    // A bare count whose verb says what befell those counted ("17 were injured", "12 ont été tués",
    // "27 wurden verletzt"): a count of the dead, the injured or the missing.
    // So is one right after an active verb of what befell those counted, as its object ("Outbreak kills 47",
    // "the quake injured 300 and killed 20"): the verb before wins over one after ("300 and killed").
    if (!unit && !ordinal && !currency && Number.isInteger(value) && value > 0) {
      const role = casualtyBefore(ctx, firstFrom(tokens, start)) ?? casualtyAfter(ctx, last);
      if (role) countOf(role);
      // A bare count whose verb says they voted against counts votes ("while 38 voted against"), as "38 lawmakers
      // voted against" does (see votedAgainst).
      else if (votedAgainst(ctx, last, false, firstFrom(tokens, start))) countOf(VOTE);
      // And one right before its verb of abstaining counts abstentions ("and 12 abstained"), as "21 se sont abstenus" and
      // "zwölf enthielten sich" do, whose verbs the lexicon reads as one phrase after the count.
      else if (tokens[last + 1] && !punctuatedGap(text, tokens[last]!.end, tokens[last + 1]!.start) && ctx.conceptsOf?.(last + 1)?.includes(ABSTENTION)) countOf(ABSTENTION);
    }
    // A count of the injured, or of some of them, that its clause says are in a critical state ("Seven of the
    // injured are in a critical condition", "Neuf blessés sont dans un état critique", "Zwei der Verletzten
    // schweben … in Lebensgefahr") counts those in that state, not all the injured.
    const counted = !ordinal && !currency && Number.isInteger(value) && value > 0;
    if (counted && (!unit || HURT.has(unit) || units?.some((u) => HURT.has(u)) === true || (unitIsConcept && units && !units.includes(CRITICAL))) && stateAfter(ctx, last)) {
      // A count of people of some kind in that state ("Drei Kinder waren … in ernstem Zustand") counts them and those
      // in a critical state, so that it meets "Cinq d'entre eux se trouvaient dans un état grave".
      if (!unit || HURT.has(unit) || units?.some((u) => HURT.has(u)) === true) countOf(CRITICAL);
      else units = [...units!, CRITICAL];
    }
    // What the clause around a count says those counted also are (see CONTEXT_UNITS).
    if (counted && unit && unitIsConcept && units) {
      for (const cu of CONTEXT_UNITS) {
        if ((cu.unit && unit !== cu.unit) || units.some((u) => cu.roles.includes(u) || u === cu.add)) continue;
        const role = roleNear(ctx, i, last, cu.roles);
        if (role) units = [...units, cu.add ?? role];
      }
    }
    // A currency sign before the number ("$50 billion", "€2.5bn", "£3m") when no unit follows it.
    if (currency && !unit && !ordinal) {
      unit = currency.unit;
      unitIsConcept = true;
      units = [unit];
      if (start === t.start) start = t.start - currency.length;
    }
    // "460 points, 85 more than Gruber", "85 de plus", "58 mehr": a bare count compared with more of
    // the same counts the unit of the count before it in the sentence.
    // So does a count of what is needed ("won only 134 votes, short of the 233 needed", "loin des 233 nécessaires"),
    // whose word of need says nothing of what is counted.
    const needed = !ordinal && !currency && !!tokens[last + 1] && nw.neededAfter.has(tokens[last + 1]!.folded) && (!unit || end === tokens[last + 1]!.end);
    if (((!unit && !ordinal && !currency && nw.moreThan.at(tokens, last + 1)) || needed)) {
      const before = out.findLast((f) => f.kind === 'quantity' && f.unit !== undefined && f.end <= t.start);
      if (before) {
        unit = before.unit;
        unitIsConcept = true;
        units = before.units ? [...before.units] : [before.unit!];
      } else if (needed) {
        unit = undefined;
        units = undefined;
        end = tokens[last]!.end;
      }
    }
    // "A crowd of 75,000", "une foule de 75 000", "eine Menge von 75.000": a count of people with nothing counted
    // after it counts the people the noun before it names.
    if (!unit && !ordinal && !currency && start === t.start && i >= 2 && nw.countedBefore.has(tokens[i - 1]!.folded) && /^\s+$/.test(text.slice(tokens[i - 1]!.end, t.start))) {
      const head = ctx.conceptsOf?.(i - 2)?.find((c) => PEOPLE_UNITS.has(c) || CROWDS.has(c));
      if (head) countOf(head);
    }
    // "The number of dead rose to 12", "cap the number of passengers coming ashore at 4,000", "le nombre de morts est
    // passé à 12", "die Zahl der Toten stieg auf 12": a count with nothing counted after it, a few words after a word for
    // the number of a noun in its clause, counts what that noun names.
    if (!unit && !ordinal && !currency) {
      const head = numberOfAt(i);
      if (head !== undefined) {
        countOf(ctx.unitOf(head)!);
        units = [...(ctx.conceptsOf?.(head) ?? [unit!])];
      }
    }
    // A temperature below zero: "minus 6 degrees", "moins 6 degrés", "-6 °C" (a sign written onto the number, not the
    // hyphen of a range, "5-6 °C").
    // (After a comparator too, which then starts the value: "around -10 °C", "about minus 10 degrees".)
    if (unit === TEMPERATURE && !ordinal && value > 0 && (start === t.start || cmp)) {
      const word = below === 1 && /^\s+$/.test(text.slice(tokens[i - 1]!.end, t.start));
      const sign = MINUS_SIGN.test(text.slice(Math.max(0, t.start - 2), t.start));
      if (word || sign) {
        value = -value;
        if (!cmp) start = word ? tokens[i - 1]!.start : t.start - 1;
      }
    }
    // Rain in litres on a square metre ("120 Liter Regen pro Quadratmeter", "120 litres per square metre") is a depth: a
    // litre on a square metre stands a millimetre high, so that it meets "120 millimetres of rain".
    if (unit === LITRES && !ordinal) {
      for (let k = last + 1; k <= last + PER_AREA_WORDS && k < tokens.length && !/[,;:.()]/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start)); k++) {
        if (!ctx.conceptsOf?.(k)?.includes(SQUARE_METRES)) continue;
        unit = MILLIMETRE;
        units = [MILLIMETRE];
        break;
      }
    }
    // A bare rank after a verb of finishing ("finished fifth", "a terminé cinquième"), or a German rank written as a
    // noun ("wurde Fünfter", "nur Sechste"), is a place in a ranking, as "fifth place" is; so is one with a word of the
    // whole after it ("finished third overall").
    // (Written as a noun after such a word, the rank is that place whatever noun follows: "lief als Vierter tschechischen
    // Rekord" counts no records.)
    // A rank right before a count picks out the first (or last) few ("the first two rounds", "die ersten beiden
    // Wahlgänge"): no rank of one of them, to set against another.
    const countAfter = tokens[last + 1];
    const few = ordinal && !!countAfter && !punctuatedGap(text, tokens[last]!.end, countAfter.start) && (NUMBER_TOKEN.test(countAfter.folded) || wordValue(countAfter.folded, nw) !== undefined);
    const writtenNoun = res.nounsCapitalised && t.cap && !/\d/.test(t.text);
    const rankNoun = writtenNoun && i > 0 && RANK_NOUN.test(t.folded) && nw.placeBefore.has(tokens[i - 1]!.folded);
    if (ordinal && (rankNoun || ((!unit || unit === NUMBER_WORD) && ((i > 0 && start === t.start && nw.placeBefore.has(tokens[i - 1]!.folded)) || (writtenNoun && last === i))))) {
      unit = PLACE_UNIT;
      units = undefined;
    }
    // A temperature in Fahrenheit ("110 degrees Fahrenheit", "70 °F", a bare "116 degrees" in a text that gives its degrees
    // so): its value in Celsius, to a tenth, as other versions give it ("43,3 degrés Celsius").
    const converted = unit === TEMPERATURE && !ordinal && inFahrenheit(text, start, end, ctx.fahrenheit);
    if (converted) value = Math.round(((value - 32) * 50) / 9) / 10;
    const kind = ordinal ? 'ordinal' : unit ? 'quantity' : 'number';
    const key = ordinal ? `ord:${value}` : `num:${value}`;
    const against = !!unit && !ordinal && (ctx.tallySides?.get(t.start) ?? votedAgainst(ctx, skipTo, unit === VOTE || (units?.includes(VOTE) ?? false), i));
    out.push({
      kind,
      id: `${kind}:${comparator ?? ''}${value}${unit ? `:${unit}` : ''}`,
      text: text.slice(start, end),
      start,
      end,
      anchors: [
        { key, start: t.start, end: tokens[last]!.end },
        // The number with its unit is far more specific than the number alone; a counted word with
        // several concepts ("vols": flights, thefts) gives each, so that the right one can meet its like.
        // (Votes against are one slot whatever the word counted, "41 lawmakers voted against" / "41 stimmten dagegen",
        // and not the slot of the votes for.)
        // (A measure is keyed by its value in the base unit of its dimension, and fills that dimension's slot: "2.4
        // kilometres" / "2 400 mètres"; "700 mètres" fills the slot of "2.4 kilometres".)
        ...(unit && unitIsConcept && !ordinal && !against ? unitsOf(unit, units).map((u) => ({ key: qtyKey(value, u), start, end })) : []),
        ...(alsoAs && !ordinal ? [{ key: `qty:${value}:${alsoAs}`, start, end }] : []),
        // The slot alone (a count of people, a rate in percent): two versions that
        // give it different values still speak of the same thing, and may conflict.
        ...(unit && unitIsConcept && !ordinal && !against ? unitsOf(unit, units).map((u) => ({ key: slotKey(u), start, end })) : []),
        ...(against ? [{ key: `qty:${value}:${AGAINST}`, start, end }, { key: `slot:${AGAINST}`, start, end }] : []),
        // A place in a ranking is one slot whoever holds it ("Germany finished fifth" / "auf Platz sechs").
        ...(ordinal && unit === PLACE_UNIT ? [{ key: `slot:${PLACE_UNIT}`, start, end }] : []),
      ],
      value,
      comparator,
      unit,
      ...(units && { units }),
      ...(alsoAs && !ordinal && { casualty: alsoAs }),
      ...(many && { upTo: value * 10 }),
      ...(approx && !many && { rounded: true }),
      ...(converted && { converted: true }),
      ...(partitive && unit !== undefined && (unit === partitiveNoun || (partitiveNoun === undefined && pronounWhole)) && unitIsConcept && { partitive: true }),
      ...(against && { against: true }),
      ...(few && { few: true }),
    });
    i = skipTo;
  }
  if (nw.ageGroups.size) ageGroups(ctx, out);
  if (nw.ageDecades.size) ageDecades(ctx, out);
  if (nw.rankPhrases.size) rankPhrases(ctx, out);
  if (nw.fractionParts.size) numeratedFractions(ctx, out);
  if (nw.ratioWords.size || nw.everyWords.size) ratioShares(ctx, out);
  if (nw.fractions.size) {
    const shares = fractionShares(ctx, out);
    // (A share told as "a third of" was first read as a rank: the share replaces it.)
    for (let n = out.length - 1; n >= 0 && shares.length; n--) if (out[n]!.kind === 'ordinal' && shares.some((x) => x.start <= out[n]!.start && out[n]!.end <= x.end)) out.splice(n, 1);
    out.push(...shares);
  }
  return timesCounted(moneyBeside(rangeStarts(partsOfWholes(joinLengths(out, text, nw), tokens, nw, text, ctx.res.baselineOpeners, ctx.countBefore), ctx), tokens, text), ctx);
}

/** Most words between a count and the word against of a vote ("41 élus ayant voté contre"). */
const AGAINST_REACH = 4;
const VOTE = 'vote';
/** The slot of votes against, in anchor keys. */
const AGAINST = 'against';

/**
 * Whether a count is of votes against: the word against follows it in its clause, and the count is of votes or a
 * word of voting stands between ("41 lawmakers voted against", "41 élus ayant voté contre", "41 stimmten dagegen").
 * (Or a word of voting stands right before the count: "stimmten 61,4 Prozent dagegen".)
 * Or, from the count's first token `first`, the word against comes before it in its clause with a word of voting between
 * (German puts it first: "Dagegen stimmten 25").
 * Not "5,000 people protested against" nor "fell 20 % against the dollar": no vote.
 */
function votedAgainst(ctx: NumberContext, last: number, ofVotes: boolean, first?: number): boolean {
  const { tokens, text, res } = ctx;
  const votedBefore = first !== undefined && first > 0 && !/[,;:.!?()]/.test(text.slice(tokens[first - 1]!.end, tokens[first]!.start)) && (ctx.conceptsOf?.(first - 1)?.includes(VOTE) ?? false);
  const initial = ofVotes || votedBefore || (ctx.conceptsOf?.(last)?.includes(VOTE) ?? false);
  let vote = initial;
  for (let k = last + 1; k <= last + AGAINST_REACH && k < tokens.length; k++) {
    if (/[,;:.!?()]/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start)) || /\d/.test(tokens[k]!.folded)) break;
    if (res.numbers.tallyAgainst.has(tokens[k]!.folded)) return vote;
    vote ||= ctx.conceptsOf?.(k)?.includes(VOTE) ?? false;
  }
  if (first === undefined) return false;
  vote = initial;
  for (let k = first - 1; k >= 0 && k >= first - AGAINST_REACH; k--) {
    if (/[,;:.!?()]/.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start)) || /\d/.test(tokens[k]!.folded)) return false;
    if (res.numbers.tallyAgainst.has(tokens[k]!.folded)) return vote;
    vote ||= ctx.conceptsOf?.(k)?.includes(VOTE) ?? false;
  }
  return false;
}

/**
 * A fraction told in words is a share in percent: "fell by almost half", "ont presque diminué de moitié", "um die
 * Hälfte", "a third of": 50 and 33 percent, which meet (and may contradict) "fast 30 Prozent". Only after a word that
 * makes it a share or a change by it, or after a comparator ("almost half"); not "the first half", "half an hour".
 */
function fractionShares(ctx: NumberContext, found: readonly FacetInternal[]): FacetInternal[] {
  const { tokens, text, res } = ctx;
  const nw = res.numbers;
  const out: FacetInternal[] = [];
  // The facets that hold a word, found by binary search, not by a scan of all of them per fraction word (a sentence of
  // many "half a million" stays linear).
  const { holds, sorted } = spanIndex(found);
  // Whether a share in percent lies between two offsets.
  const percentBetween = (from: number, to: number): boolean => {
    const list = sorted();
    for (let x = firstFrom(list, from); x < list.length && list[x]!.start < to; x++) {
      const f = list[x]!;
      if (f.kind === 'quantity' && f.unit === 'percent' && f.end <= to) return true;
    }
    return false;
  };
  for (let k = 0; k < tokens.length; k++) {
    const value = nw.fractions.get(tokens[k]!.folded);
    if (value === undefined) continue;
    let j = k - 1;
    const next = tokens[k + 1]?.folded ?? '';
    // A share of a whole: "a third of the workers", "la moitié des salariés", "ein Viertel ihrer Ladung", "ein Drittel davon".
    const ofWhole = nw.partOf.has(next) || nw.possessives.has(next) || nw.fractionOfIt.has(next);
    // (An English ordinal word after "a" and before "of" is a share read first as a rank: "a third of their load"; so is one
    // after a word that makes it a change by it, before no noun of its own: "fell by a third in ten years", not "by a third party".)
    const byIt = j >= 1 && nw.fractionLeads.has(tokens[j - 1]!.folded) && (k + 1 >= tokens.length || res.stopwords.has(next) || punctuatedGap(text, tokens[k]!.end, tokens[k + 1]!.start));
    const rankRead = (f: FacetInternal) => f.kind === 'ordinal' && f.start === tokens[k]!.start && f.end === tokens[k]!.end && (ofWhole || byIt) && j >= 0 && nw.fractionArticles.has(tokens[j]!.folded);
    if (ctx.used.has(k) || holds(tokens[k]!, (f) => !rankRead(f))) continue;
    // Not a part of a whole told by its rank ("the first half of the year", "la première moitié du match").
    if (j >= 0 && holds(tokens[j]!, (f) => f.kind === 'ordinal')) continue;
    if (j >= 0 && nw.fractionArticles.has(tokens[j]!.folded)) j--;
    if (j < 0 && !ofWhole) continue;
    const cmp = j >= 0 ? res.comparators.before(tokens, j + 1) : undefined;
    const lead = j < 0 ? -1 : nw.fractionLeads.has(tokens[j]!.folded) ? j : cmp && j - cmp.length >= 0 && nw.fractionLeads.has(tokens[j - cmp.length]!.folded) ? j - cmp.length : -1;
    // (Or a share of a whole: "a third of the workers", "la moitié des salariés"; or one joined to a share in percent before
    // it in its clause, the verb left out: "cut 40 percent of flights at Nice and a quarter at Orly".)
    if (!cmp && lead < 0 && !ofWhole && !joinedToShare(ctx, percentBetween, j, k)) continue;
    // The span: the comparator and the article with the fraction ("almost half", "die Hälfte").
    const first = cmp ? j - cmp.length + 1 : j + 1;
    if (punctuatedGap(text, tokens[first]!.start, tokens[k]!.start)) continue;
    const start = tokens[first]!.start;
    const end = tokens[k]!.end;
    out.push(shareFacet(text, start, end, value, cmp?.value));
  }
  return out;
}

/** Most words back from a coordinator to the share in percent a fraction after it is joined to. */
const JOINED_SHARE_REACH = 12;

/**
 * Whether the fraction word at k follows a coordinator at j that joins it to a share in percent earlier in the clause, and
 * no noun of its own follows it ("40 percent of flights at Nice and a quarter at Orly"; not "and a quarter century").
 */
function joinedToShare(ctx: NumberContext, percentBetween: (from: number, to: number) => boolean, j: number, k: number): boolean {
  const { tokens, text, res } = ctx;
  if (j < 0 || !res.coordinators.has(tokens[j]!.lower)) return false;
  const next = tokens[k + 1];
  if (next && !res.stopwords.has(next.folded) && !punctuatedGap(text, tokens[k]!.end, next.start)) return false;
  const from = tokens[Math.max(0, j - JOINED_SHARE_REACH)]!.start;
  if (/[.;:!?]/.test(text.slice(from, tokens[j]!.start))) return false;
  return percentBetween(from, tokens[j]!.start);
}

/** A number word with an ending of times: "sixfold", "sechsfache" (6). */
function timesBySuffix(folded: string, nw: NumberWords): number | undefined {
  for (const suffix of nw.timesSuffixes) {
    if (!folded.endsWith(suffix) || folded.length <= suffix.length) continue;
    const v = wordValue(folded.slice(0, -suffix.length), nw);
    if (v !== undefined && Number.isInteger(v) && v >= 2) return v;
  }
  return undefined;
}

/** The largest numerator read before a part ("nine tenths"). */
const MAX_NUMERATOR = 9;

/** Shortest word that holds a numerator and a part ("two-tenths"). */
const MIN_NUMERATED = 9;
/** What numeratedWord answered, per language's number words and word (most words are asked again and again). */
const numeratedCache = new WeakMap<NumberWords, Map<string, number | null>>();

/** A numerator and a part written as one word: "three-fifths", "Zweidrittelmehrheit", "Zweidrittel-Mehrheit"; the share in percent. */
function numeratedWord(folded: string, nw: NumberWords): number | undefined {
  return folded.length < MIN_NUMERATED ? undefined : cached(numeratedCache, nw, folded, readNumerated);
}

function readNumerated(folded: string, nw: NumberWords): number | undefined {
  for (const [word, num] of nw.units) {
    if (num < 2 || num > MAX_NUMERATOR || !folded.startsWith(word)) continue;
    const rest = folded.slice(word.length).replace(/^-/, '');
    for (const [part, share] of nw.fractionParts) {
      // The part ends the word, or heads the rest of a compound ("drittelmehrheit", "drittel-mehrheit").
      if (rest === part || (rest.startsWith(part) && rest.length - part.length >= 4)) return Math.round(num * share);
    }
  }
  return undefined;
}

/**
 * A fraction with its numerator is a share in percent, as "half" is (see fractionShares): "a three-fifths majority",
 * "two thirds of MPs", "trois cinquièmes", "zwei Drittel", "Zweidrittelmehrheit" (60, 67, 60, 67, 67), so that two
 * versions giving different majorities contradict each other. In place: the share takes the place of the count of
 * parts read before ("Two thirds" is no count of thirds).
 */
function numeratedFractions(ctx: NumberContext, out: FacetInternal[]): void {
  const { tokens, text, res } = ctx;
  const nw = res.numbers;
  for (let k = 0; k < tokens.length; k++) {
    if (ctx.used.has(k)) continue;
    const t = tokens[k]!;
    let value = numeratedWord(t.folded, nw);
    let end = t.end;
    if (value === undefined) {
      const part = tokens[k + 1] ? nw.fractionParts.get(tokens[k + 1]!.folded) : undefined;
      const num = part !== undefined && /^\s+$/.test(text.slice(t.end, tokens[k + 1]!.start)) ? wordValue(t.folded, nw) : undefined;
      // (Not as many parts as make the whole or more: "five quarters" are periods of three months, no share of 125 percent.)
      if (part === undefined || num === undefined || !Number.isInteger(num) || num < 2 || num > MAX_NUMERATOR || num * part >= 100) continue;
      value = Math.round(num * part);
      end = tokens[k + 1]!.end;
    }
    const start = t.start;
    for (let j = out.length - 1; j >= 0; j--) if (out[j]!.start < end && start < out[j]!.end) out.splice(j, 1);
    const at = out.findIndex((f) => f.start > start);
    out.splice(at < 0 ? out.length : at, 0, shareFacet(text, start, end, value));
  }
}

/** The largest whole a share is told out of ("one in 1,000"). */
const MAX_RATIO_WHOLE = 1000;

/**
 * A count out of a whole is a share in percent, as a fraction is: "one in three users", "un utilisateur sur trois",
 * "einer von drei" (33); so is every one of a rank, "jeder dritte Nutzer" (33). In place of the counts and ranks read
 * there. (Not a whole that is a length of time, "une hausse sur trois ans"; nor, after words between, a whole with a
 * unit of its own, "un accord sur trois points".)
 */
function ratioShares(ctx: NumberContext, out: FacetInternal[]): void {
  const { tokens, text, res } = ctx;
  const nw = res.numbers;
  const countOf = (t: Token | undefined) => (t ? (wordValue(t.folded, nw) ?? (/^\d+$/.test(t.folded) ? Number(t.folded) : undefined)) : undefined);
  const startsUnit = (t: Token) => out.some((f) => f.start === t.start && (f.kind === 'duration' || (f.kind === 'quantity' && f.unit !== undefined)));
  const place = (first: number, last: number, value: number, counts: readonly number[] = []) => {
    // (With the comparator before it: "environ un électeur sur quatre", "about one in four".)
    const cmp = res.comparators.before(tokens, first);
    const start = tokens[cmp && !punctuatedGap(text, tokens[first - cmp.length]!.end, tokens[first]!.start) ? first - cmp.length : first]!.start;
    const end = tokens[last]!.end;
    for (let j = out.length - 1; j >= 0; j--) if (out[j]!.start < end && start < out[j]!.end) out.splice(j, 1);
    const at = out.findIndex((f) => f.start > start);
    const share = shareFacet(text, start, end, Math.round(value), start < tokens[first]!.start ? cmp!.value : undefined);
    // The two counts stay anchors of their own: "28 von 31 Patienten" is the "28 of 31 patients" of another version,
    // which reads two counts.
    for (const n of counts) if (!share.anchors.some((a) => a.key === `num:${n}`)) share.anchors.push({ key: `num:${n}`, start, end });
    out.splice(at < 0 ? out.length : at, 0, share);
  };
  // (Found from the words that make a share, which few sentences hold, not from every count.)
  for (let j = 1; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (nw.everyWords.has(tokens[j - 1]!.folded) && !ctx.used.has(j - 1)) {
      const rank = ordinalWordValue(t.folded, nw);
      if (rank !== undefined && rank >= 2 && rank <= MAX_RATIO_WHOLE) place(j - 1, j, 100 / rank);
      continue;
    }
    const ratio = nw.ratioWords.at(tokens, j);
    if (!ratio) continue;
    const wholeAt = j + ratio.length;
    const whole = countOf(tokens[wholeAt]);
    const after = tokens[wholeAt + 1];
    if (whole === undefined || !Number.isInteger(whole) || whole > MAX_RATIO_WHOLE || (after && res.dates.durationUnits.has(after.folded))) continue;
    // (A whole read as the count of what a verb after it did, a function word after it, is no unit of its own: "un
    // électeur sur quatre a voté".)
    const verbAfterWhole = !!after && (res.auxiliaries.has(after.folded) || res.stopwords.has(after.folded));
    // The count: right before the word, or (French) a few words before it ("un utilisateur sur trois").
    for (let k = j - 1; k >= 0 && k >= j - 1 - nw.ratioGap; k--) {
      if (punctuatedGap(text, tokens[k]!.end, tokens[k + 1]!.start)) break;
      const part = nw.ratioArticles.has(tokens[k]!.folded) ? undefined : countOf(tokens[k]);
      if (part === undefined) {
        if (/\d/.test(tokens[k]!.folded)) break;
        continue;
      }
      // (Nor a count already read with what follows it: "Warnstufe 3 von 5", a level on a scale.)
      const ok = !ctx.used.has(k) && Number.isInteger(part) && part >= 1 && whole > part && !out.some((f) => f.start <= tokens[k]!.start && f.end > tokens[k]!.end) && !(k < j - 1 && startsUnit(tokens[wholeAt]!) && !verbAfterWhole) && roundWhole(part, whole);
      if (ok) place(k, wholeAt, (100 * part) / whole, [part, whole]);
      break;
    }
  }
}

/**
 * Whether a count out of a whole tells a share: one out of any whole ("one in 50 adults"), or any count out of a few
 * or out of a power of ten ("two out of five", "3 von 100"). Else the two are counts of a tally ("88 von 150 Stimmen",
 * "86 voix sur 150", "28 of 31 patients"), which other versions give as counts.
 */
function roundWhole(part: number, whole: number): boolean {
  return part === 1 || whole <= 10 || Number.isInteger(Math.log10(whole));
}

/** A share in percent told in words (a fraction, with or without its numerator), as a count in percent is. */
function shareFacet(text: string, start: number, end: number, value: number, comparator?: string): FacetInternal {
  return {
    kind: 'quantity', id: `quantity:${comparator ?? ''}${value}:percent`, text: text.slice(start, end), start, end,
    anchors: [{ key: `num:${value}`, start, end }, { key: `qty:${value}:percent`, start, end }, { key: 'slot:percent', start, end }],
    value, ...(comparator !== undefined && { comparator }), unit: 'percent', units: ['percent'],
  };
}

/** Whether a unit of time at `at` is followed by a joining word and a count of a smaller unit ("an et huit mois"). */
function smallerUnitJoined(tokens: readonly Token[], res: LanguageResources, at: number): boolean {
  const big = res.dates.durationUnits.get(tokens[at]!.folded);
  const [join, n, small] = [tokens[at + 1], tokens[at + 2], tokens[at + 3]];
  if (!big || !join || !n || !small || !res.numbers.joinWords.has(join.folded)) return false;
  const smallUnit = res.dates.durationUnits.get(small.folded);
  return smallUnit !== undefined && SMALLER_UNITS[big]?.[smallUnit] !== undefined && (/^\d+$/.test(n.folded) || wordValue(n.folded, res.numbers) !== undefined);
}

/** A unit of time, and the smaller units that may follow it in one length, with how many of each it holds. */
const SMALLER_UNITS: Readonly<Record<string, Readonly<Record<string, number>>>> = { Y: { M: 12, W: 52, D: 365 }, M: { D: 30 }, W: { D: 7 }, D: { H: 24 }, H: { MIN: 60 }, MIN: { S: 60 } };

/**
 * One length told in two units is one length in the larger: "three years and six months", "drei Jahre und
 * sechs Monate" are the "trois ans et demi" of another version (3.5 years), "two hours 40 minutes" 2.67 hours.
 */
function joinLengths(facets: FacetInternal[], text: string, nw: NumberWords): FacetInternal[] {
  for (let k = facets.length - 1; k > 0; k--) {
    const [a, b] = [facets[k - 1]!, facets[k]!];
    const per = a.kind === 'duration' && b.kind === 'duration' && !a.age && !b.age && !b.comparator ? SMALLER_UNITS[a.unit!]?.[b.unit!] : undefined;
    if (!per || a.value === undefined || b.value === undefined || b.value >= per) continue;
    // Nothing between but a space or a joining word ("and", "et", "und").
    const gap = text.slice(a.end, b.start).trim();
    if (gap && !nw.joinWords.has(fold(gap))) continue;
    const value = Math.round((a.value + b.value / per) * 1e4) / 1e4;
    const start = a.start;
    const end = b.end;
    const anchorStart = a.anchors[0]?.start ?? start;
    facets.splice(k - 1, 2, { ...a, id: `duration:${value}${a.unit}`, text: text.slice(start, end), end, value, rounded: a.rounded || undefined, anchors: [{ key: `dur:${value}${a.unit}`, start: anchorStart, end }] });
  }
  return facets;
}

/**
 * "91 of the 230 seats", "89 der 230 Sitze": a bare number right before a
 * counted whole counts the same unit, so that it is a quantity of seats that
 * can meet (and contradict) another version's.
 */
function partsOfWholes(facets: FacetInternal[], tokens: readonly Token[], nw: NumberWords, text: string, baselines: PhraseSet, countBefore?: FacetInternal): FacetInternal[] {
  for (let k = 0; k + 1 < facets.length; k++) {
    const f = facets[k]!;
    const whole = facets[k + 1]!;
    // (A count is a part only of a whole of its kind: "98 voix sur 150 députés", not "690 000 élèves de 85 pays".)
    if ((f.kind !== 'number' && !(isCount(f) && sameUnits(f, whole))) || !isCount(whole)) continue;
    // (The tokens between, found by a binary search: a scan of the sentence per pair made a sentence of many counts of
    // one unit quadratic, "100 degrees Fahrenheit (38 Celsius …".)
    const between = tokensIn(tokens, f.end, whole.start);
    // A possessive may stand before the whole: "two of the country's 26 cantons".
    const possessive = between.length >= 2 && between[between.length - 1]!.folded === 's' && /^['’]$/.test(text.slice(between[between.length - 2]!.end, between[between.length - 1]!.start));
    const words = possessive ? between.slice(0, -2) : between;
    // So may a possessive determiner: "120 of its 380 branches", "210 de ses 380 agences".
    if (!words.length || words.length > 3 || !nw.partOf.has(words[0]!.folded) || !words.every((t) => nw.partOf.has(t.folded) || nw.possessives.has(t.folded))) continue;
    facets[k + 1] = { ...whole, whole: true };
    const part = f.kind === 'number' ? countedAs(f, whole.unit!, whole.units) : f;
    // Parts of a whole of one size fill one slot, whatever each calls the whole: "17 of the 20 members" / "15 des 20
    // délégations".
    facets[k] = { ...part, outOf: whole.value, anchors: [...part.anchors, { key: `slot:of-${whole.value}`, start: part.start, end: part.end }] };
  }
  // "1.1 million demonstrators, including 80,000 in Paris", "dont 80 000 à Paris",
  // "davon 180.000 in Paris": a bare number that names part of the count before it counts the same.
  // So does one with "of them" after it ("four years in prison, two of them suspended", "vier Jahren Haft,
  // drei davon auf Bewährung"), and part of a length of time is a length of time in its unit ("quatre ans de
  // prison, dont deux avec sursis").
  for (let k = 1; k < facets.length; k++) {
    const whole = facets[k - 1]!;
    const f = facets[k]!;
    if (f.kind !== 'number' || !(isCount(whole) || isLength(whole))) continue;
    const between = tokensIn(tokens, whole.end, f.start);
    const after = firstFrom(tokens, f.end);
    // ("Of them" points back to the count before it in its clause, further than a part word does: "lost 46 containers
    // in a storm on Monday night, and two of them held chemicals"; not across a semicolon.)
    const ofThem =
      between.length <= OF_THEM_REACH &&
      !/[;:]/.test(text.slice(whole.end, f.start)) &&
      after < tokens.length &&
      !punctuatedGap(text, f.end, tokens[after]!.start) &&
      !!nw.ofThem.at(tokens, after);
    if (!ofThem) {
      // The part word right before the number; one more word may stand after the count ("demonstrators nationwide, including").
      // (Two after a length of time: "quatre ans de prison, dont deux".)
      if (!between.length || between.length > OF_THEM_REACH || !nw.partAfter.has(between[between.length - 1]!.folded)) continue;
      // Or the clause of the count may end before it, with one comma: "151 personnes … ont été identifiées, dont 26".
      // (partAt: the first of the part words that end the run.)
      let partAt = between.length;
      while (partAt > 0 && nw.partAfter.has(between[partAt - 1]!.folded)) partAt--;
      const clauseEnd = partAt > 0 && /^\s*,\s*$/.test(text.slice(between[partAt - 1]!.end, between[partAt]!.start)) && !/[,;:.()]/.test(text.slice(whole.end, between[partAt - 1]!.end));
      if (!clauseEnd && (between.length > 3 || between.filter((t) => !nw.partAfter.has(t.folded)).length > (isLength(whole) ? 2 : 1))) continue;
    }
    // (With every concept of the whole's word: "23 blessés, dont trois" counts the wounded and the injured, as "three of
    // them" does.)
    facets[k] = whole.kind === 'quantity' ? countedAs(f, whole.unit!, whole.units) : lastingAs(f, whole.unit!);
  }
  // A baseline after one comma ("75 cases so far in 2025, compared with 23 in all of last year", "75 cas depuis janvier,
  // contre 32", "75 Fälle, nach 23 im Vorjahr") counts what a count of its clause before the comma counts: the one
  // nearest to it in size ("1,346 cases … across 18 countries, up from 1,165": cases, not countries). It is marked as a
  // baseline, also where it gives its unit ("41 Prozent, nach 63 Prozent"): another version's value is the count's.
  for (let k = 1; k < facets.length; k++) {
    const f = facets[k]!;
    if (!(f.kind === 'number' || isCount(f)) || f.value === undefined || f.value <= 0) continue;
    const at = firstFrom(tokens, f.start);
    const base = baselines.before(tokens, at);
    if (!base) continue;
    const opener = tokens[at - base.length]!;
    // One comma, right before the opener, and nothing else that ends a clause back to the count. (Each gap between two
    // facets is read once, and only the BASELINE_REACH facets before: linear on any input.)
    if (!/^[^,;:.()]*,\s*$/.test(text.slice(facets[k - 1]!.end, opener.start))) continue;
    let best: FacetInternal | undefined;
    for (let w = k - 1; w >= 0 && w >= k - BASELINE_REACH; w--) {
      const whole = facets[w]!;
      if (w < k - 1 && /[,;:.()]/.test(text.slice(whole.end, facets[w + 1]!.start))) break;
      if (!isCount(whole) || !whole.value) continue;
      if (!best || Math.abs(Math.log(whole.value / f.value)) < Math.abs(Math.log(best.value! / f.value))) best = whole;
    }
    if (!best) continue;
    // (A value given to a rival named after it is no baseline: "contre 41,2 % pour le conservateur Kim Moon-soo".)
    const after = firstFrom(tokens, f.end);
    if (after < tokens.length && nw.rivalWords.has(tokens[after]!.folded) && tokens.slice(after + 1, after + 4).some((t) => t.cap)) continue;
    const counted = f.kind === 'number' ? countedAs(f, best.unit!, best.units) : f;
    // (Its anchors take in the opener: a version that leaves the baseline out leaves out "up from 1,165", not "1,165".)
    facets[k] = { ...counted, baseline: true, anchors: counted.anchors.map((x) => ({ ...x, baseline: true, start: Math.min(x.start, opener.start) })) };
  }
  // "More than 620,000 people are waiting. About 95,000 of them …": a bare number with "of them" before any count of
  // its own sentence counts what the last count of the sentence before counted.
  const first = facets.findIndex((f) => isCount(f) || isLength(f) || f.kind === 'number');
  const f = facets[first];
  if (countBefore && isCount(countBefore) && f?.kind === 'number') {
    const after = firstFrom(tokens, f.end);
    if (after < tokens.length && !punctuatedGap(text, f.end, tokens[after]!.start) && nw.ofThem.at(tokens, after)) facets[first] = countedAs(f, countBefore.unit, countBefore.units);
  }
  return facets;
}

/**
 * The first end of a change or a range told with the unit once: "from nine to five hours", "von neun auf sechs
 * Stunden", "from 4 to 5 percent": the bare number counts what the second end counts, and is an age where it is one. In place.
 */
function rangeStarts(facets: FacetInternal[], ctx: NumberContext): FacetInternal[] {
  const { tokens, res } = ctx;
  for (let k = 0; k + 1 < facets.length; k++) {
    const f = facets[k]!;
    const next = facets[k + 1]!;
    // (And an age: "between 18 and 70 years old" are two ages. A length in halves too: "von fünfeinhalb auf dreieinhalb Jahre".)
    const age = next.kind === 'duration' && !!next.age && !!next.unit;
    const lasting = next.kind === 'duration' && !next.age && !!next.unit && next.value !== undefined;
    if (f.kind !== 'number' || !(isCount(next) || lasting || age)) continue;
    const at = firstFrom(tokens, f.start);
    const to = tokens[at + 1];
    // "from" before the number, one word of "to" between it and the count, which starts right after.
    // (Or a German first end cut short with a hyphen, its unit in the second: "der 15- bis 24-jährigen Belgier".)
    const cutShort = /^[-‐‑] /.test(ctx.text.slice(tokens[at]!.end, tokens[at]!.end + 2));
    if (at < 1 || !(res.dates.rangeFrom.has(tokens[at - 1]!.folded) || cutShort) || !to || !res.dates.rangeTo.has(to.folded) || tokens[at + 2]?.start !== next.start) continue;
    // (A length keeps its bare number too: another version may give both ends bare, "from 62 to 64".)
    if (next.kind === 'quantity') facets[k] = countedAs(f, next.unit!, next.units);
    else {
      const length = lastingAs(f, next.unit!);
      facets[k] = { ...length, anchors: [...f.anchors, ...length.anchors], ...(age && { age: true }) };
    }
  }
  return facets;
}

/** Currencies of the lexicon: an amount beside one of them in its clause is money too. */
const MONEY_UNITS = new Set(['euro', 'dollar', 'pound', 'yen', 'yuan', 'rouble', 'lira', 'zloty', 'forint', 'rupee', 'peso', 'franc', 'swiss-franc', 'krona', 'hryvnia', 'rand', 'shekel', 'cfa-franc']);

/** Whether a unit is money or a measure: a count of it that qualifies a noun still counts it ("a 4.2 million euro contract"). */
function moneyOrMeasure(unit: string | undefined): boolean {
  return unit !== undefined && (MONEY_UNITS.has(unit) || dimensionOf(unit) !== undefined);
}
/** Most words between a bare amount and the sum of money beside it in its clause. */
const MONEY_REACH = 5;

/**
 * "exceeded the limit of 105 million pounds by 19.5 million", "dépassé de 19,5 millions la limite de 105 millions de
 * livres": a bare amount with a scale word, a few words from a sum of money in its clause (no punctuation between),
 * is money in that currency, so that another version's "21,5 Millionen" meets it. In place.
 */
function moneyBeside(facets: FacetInternal[], tokens: readonly Token[], text: string): FacetInternal[] {
  for (let k = 0; k < facets.length; k++) {
    const f = facets[k]!;
    // (A scale word of a million or more: "more than 900" beside a sum is no sum.)
    if (f.kind !== 'number' || (f.value ?? 0) < 1e6 || !/\p{L}/u.test(f.text)) continue;
    for (const money of [facets[k - 1], facets[k + 1]]) {
      if (money?.kind !== 'quantity' || !MONEY_UNITS.has(money.unit ?? '')) continue;
      const [from, to] = money.end <= f.start ? [money.end, f.start] : [f.end, money.start];
      if (/[,;:.()]/.test(text.slice(from, to)) || tokensIn(tokens, from, to).length > MONEY_REACH) continue;
      facets[k] = countedAs(f, money.unit!);
      break;
    }
  }
  return facets;
}

/** How many values before a baseline are looked at for the count it is the baseline of. */
const BASELINE_REACH = 8;
/** How many words may stand between a count and the "two of them" that takes its unit. */
const OF_THEM_REACH = 15;

/** A length of time that is no age, whose unit part of it ("two of them") can take. */
function isLength(f: FacetInternal): f is FacetInternal & { unit: string } {
  return f.kind === 'duration' && !!f.unit && !f.age && f.value !== undefined && Number.isInteger(f.value);
}

/**
 * The slot a length of time in a unit fills: one for minutes and hours ("for about 45 minutes" / "rund eine Stunde
 * lang" are two values of one length), one for days and weeks, and one for each other unit (seconds, most often a
 * race's margins and times; months); none for years, which say how long ago or how old as often as how long.
 */
export function durationSlot(unit: string): string | undefined {
  if (unit === 'MIN' || unit === 'H') return 'slot:dur-H';
  if (unit === 'D' || unit === 'W') return 'slot:dur-D';
  return unit === 'Y' ? undefined : `slot:dur-${unit}`;
}

/** A bare number made a length of time in the unit of another. */
function lastingAs(f: FacetInternal, unit: string): FacetInternal {
  const key = durationSlot(unit);
  const slot = key ? [{ key, start: f.start, end: f.end }] : [];
  return { ...f, kind: 'duration', id: `duration:${f.value}${unit}`, unit, anchors: [{ key: `dur:${f.value}${unit}`, start: f.start, end: f.end }, ...slot] };
}

/** A count of something the lexicon knows (it has a slot), whose unit a bare number near it can take. */
export function isCount(f: FacetInternal): f is FacetInternal & { unit: string } {
  return f.kind === 'quantity' && !!f.unit && f.anchors.some((a) => a.key.startsWith('slot:'));
}

/** A bare number made a count of the unit of another. */
/** Whether two counts count one thing: their units meet. */
function sameUnits(a: FacetInternal, b: FacetInternal): boolean {
  const ua = a.units ?? [a.unit];
  return (b.units ?? [b.unit]).some((u) => u !== undefined && ua.includes(u));
}

/** A number counted in a unit: its quantity id, the unit, and the keys of the count and of its slot in each unit. */
export function countedAs(f: FacetInternal, unit: string, units: readonly string[] = [unit]): FacetInternal {
  return {
    ...f,
    kind: 'quantity',
    id: `quantity:${f.comparator ?? ''}${f.value}:${unit}`,
    unit,
    ...(units.length > 1 && { units: [...units] }),
    anchors: [...f.anchors, ...units.flatMap((u) => [{ key: qtyKey(f.value, u), start: f.start, end: f.end }, { key: slotKey(u), start: f.start, end: f.end }])],
  };
}

/**
 * A count of times right after the verb of making a thing the lexicon names by the same concept ("scored seven times",
 * "traf siebenmal", "a marqué sept fois", "scored twice"): a count of those things, as "seven goals" is.
 */
function timesCounted(out: FacetInternal[], ctx: NumberContext): FacetInternal[] {
  if (!ctx.conceptsOf || !out.some((f) => f.unit === TIMES)) return out;
  const { tokens, text } = ctx;
  let k = 0;
  return out.map((f) => {
    if (f.unit !== TIMES) return f;
    while (k < tokens.length && tokens[k]!.start < f.start) k++;
    if (k === 0 || k >= tokens.length || tokens[k]!.start !== f.start || punctuatedGap(text, tokens[k - 1]!.end, f.start)) return f;
    const thing = ctx.conceptsOf!(k - 1)?.find((c) => COUNTED_BY_TIMES.has(c));
    if (!thing) return f;
    const number: FacetInternal = { ...f, kind: 'number', id: `number:${f.value}`, unit: undefined, units: undefined, anchors: f.anchors.filter((a) => a.key.startsWith('num:')) };
    return countedAs(number, thing);
  });
}

/** A score in one token, up to three digits a side (basketball's "103-91"). */
const SCORE_TOKEN = /^(\d{1,3})-(\d{1,3})$/;
/** A score with half points, one side or both ("11.5-4.5", "11,5:4,5", "14.5-13"), read on the text from its first digit. */
const HALF_SCORE = /^(\d{1,2})(?:[.,](5))? ?[-–:] ?(\d{1,2})(?:[.,](5))?(?![\d.,:-]*\d)/;
const TWO_DIGITS = /^\d{1,2}$/;
const SCORE_DIGITS = /^\d{1,3}$/;
const SCORE_GAP = /^ ?[:–] ?$/;

/**
 * Scores and tallies in a sentence about a game or a vote ("lost 3-1", "mit 1:3 verloren", "a 6–3
 * ruling"): one facet per score, the larger number first, so that "3-1" and "1:3" meet, and a slot,
 * so that two versions giving different scores conflict. Marks the tokens it takes as used.
 */
const COUNT = /^\d{1,4}$/;

/** The value of a count in a tally: digits, or a number word ("eight", "deux", "einer"). */
function tallyCount(t: Token, res: LanguageResources): number | undefined {
  if (COUNT.test(t.folded)) return Number(t.folded);
  const v = wordValue(t.folded, res.numbers);
  return v !== undefined && Number.isInteger(v) && v <= 1000 ? v : undefined;
}

/** A decimal point or comma and a digit: the number before it goes on. */
const DECIMAL_AFTER = /^[.,]\d/;
/** A digit and a decimal point or comma right before a token: the token is the number's decimals. */
const DECIMAL_BEFORE = /\d[.,]$/;

/** What stands between groups of three digits in a count, by language ("2,139", "2.139", "2 139"). */
const THOUSANDS_GAP: Readonly<Record<string, RegExp>> = { en: /^,$/, fr: /^[.\u00A0\u202F ]$/, de: /^[.\u00A0\u202F]$/ };
const GROUP = /^\d{3}$/;

/**
 * The last token of the count that starts at token i: a word or digits, with the groups of thousands the tokenizer
 * split off ("2,139 workers" is two tokens of one count), or -1 where no count starts. Bounded by the tokens it joins.
 */
function countEnd(text: string, tokens: readonly Token[], i: number, res: LanguageResources): number {
  const t = tokens[i];
  if (!t || tallyCount(t, res) === undefined) return -1;
  let k = i;
  const gap = THOUSANDS_GAP[res.lang] ?? THOUSANDS_GAP.en!;
  if (/^\d{1,3}$/.test(t.folded)) while (tokens[k + 1] && GROUP.test(tokens[k + 1]!.folded) && gap.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) k++;
  return k;
}

/** The value of the count from token i to token end (see countEnd). */
function countValue(tokens: readonly Token[], i: number, end: number, res: LanguageResources): number {
  if (end === i) return tallyCount(tokens[i]!, res)!;
  let digits = '';
  for (let k = i; k <= end; k++) digits += tokens[k]!.folded;
  return Number(digits);
}

/**
 * Where a tally in words starts at token i ("84 to 6", "84 votes to 6"): the offset of its second number, or 0.
 * One word may stand between the first number and the joining word (the unit, said once). A tally told against first
 * sets `reversed.against`.
 */
function tallyAt(text: string, tokens: readonly Token[], i: number, used: Set<number>, res: LanguageResources, reversed?: { against: boolean }): number {
  // (Where the first count ends: "1,025 votes" goes on after its groups of thousands.)
  const e = countEnd(text, tokens, i, res);
  if (e < 0) return 0;
  const digits = (k: number) => COUNT.test(tokens[k]?.folded ?? '');
  const endOf = (k: number) => Math.max(k, countEnd(text, tokens, k, res));
  // A record of wins and losses: "13 victoires et 2 défaites", "zwölf Siegen und drei Niederlagen", "12 wins and 3 losses"
  // (also after "de": "un bilan de 13 victoires…").
  {
    const [win, and, second, loss] = [tokens[e + 1], tokens[e + 2], tokens[e + 3], tokens[e + 4]];
    if (win && and && second && loss && res.numbers.tallyWins.has(win.folded) && res.coordinators.has(and.lower) && tallyCount(second, res) !== undefined && res.numbers.tallyLosses.has(loss.folded) && !used.has(e + 3)) return e + 3 - i;
  }
  // After a word that opens a range it is one ("from 65 to 67", "von 65 auf 67").
  if (i > 0 && res.dates.rangeFrom.has(tokens[i - 1]!.folded)) return 0;
  // Nor the decimals of a number ("rose 3.1 percent to 23,400": no tally of 1 to 23,400).
  if (DECIMAL_BEFORE.test(text.slice(Math.max(0, tokens[i]!.start - 2), tokens[i]!.start))) return 0;
  // Nor a hedged or compared count: a tally is exact ("climbed by about 19,000 to 317,000" is a change, then a level).
  if (res.comparators.before(tokens, i)) return 0;
  // The whole a part is counted out of opens no tally ("89 der 150 Abgeordneten, 41 stimmten dagegen", "176 députés
  // sur 300, 76 votant contre").
  if (i > 1 && res.numbers.partOf.has(tokens[i - 1]!.folded) && (COUNT.test(tokens[i - 2]!.folded) || (i > 2 && COUNT.test(tokens[i - 3]!.folded) && !res.stopwords.has(tokens[i - 2]!.folded)))) return 0;
  const nouns = res.numbers.tallyNouns;
  // Counts in words right after a vote or a ruling ("voted four to one", "a voté à trois contre deux"), one function
  // word apart at most, need no noun.
  const verbs = res.numbers.tallyVerbs;
  const afterVote = i > 0 && (verbs.has(tokens[i - 1]!.folded) || (i > 1 && res.stopwords.has(tokens[i - 1]!.folded) && verbs.has(tokens[i - 2]!.folded)));
  for (const gap of [1, 2]) {
    const join = tokens[e + gap];
    const s = e + gap + 1;
    const second = tokens[s];
    const withNoun = res.numbers.tallyWordsWithNoun.has(join?.folded ?? '');
    if (!join || !second || used.has(s) || !(res.numbers.tallyWords.has(join.folded) || withNoun) || tallyCount(second, res) === undefined) continue;
    // (After a comma, only a count of votes: "a recueilli 292 voix, contre 379" is a tally, "jusqu'à 5 000 euros, contre
    // 8 000 euros auparavant" sets a value against its baseline.)
    if (/[,;:]/.test(text.slice(tokens[e + gap - 1]!.end, join.start)) && !(gap === 2 && nouns.has(tokens[e + 1]!.folded))) continue;
    // (Nor the whole part of a decimal: "rose 18 percent to 1.42 billion euros"; groups of thousands are no decimal.)
    const se = endOf(s);
    if (se === s && DECIMAL_AFTER.test(text.slice(second.end, second.end + 2))) continue;
    if (gap === 2 && !/^\p{L}+$/u.test(tokens[e + 1]!.text)) continue;
    // Counts in words ("eight votes to one", "sept voix contre deux", "acht zu einer Stimme") only with the word
    // for votes beside them: "two to three hours" is no tally. (Nor, for a joining word that needs it, counts in digits.)
    const words = withNoun || !digits(i) || !digits(s);
    if (words && !afterVote && !(gap === 2 && nouns.has(tokens[e + 1]!.folded)) && !nouns.has(tokens[se + 1]?.folded ?? '')) continue;
    return s - i;
  }
  // Two counts, for and against: "305 Abgeordnete stimmten dafür, 199 dagegen", "305 voted for and 199 against",
  // "305 pour, 199 contre". The word for comes within a few words, the second count right after it (or after the
  // function words that name whom the vote was for: "41 für ihn und 36 gegen ihn"), the word against right after that.
  const nw = res.numbers;
  for (let k = e + 1; k <= e + TALLY_REACH && k < tokens.length; k++) {
    if (!nw.tallyFor.has(tokens[k]!.folded)) continue;
    for (let m = k + 1; m <= k + 3 && m < tokens.length; m++) {
      if (!digits(m)) {
        if (m > k + 1 && !res.stopwords.has(tokens[m]!.folded)) break;
        continue;
      }
      const me = endOf(m);
      if (!used.has(m) && (nw.tallyAgainst.has(tokens[me + 1]?.folded ?? '') || nw.tallyAgainst.has(tokens[me + 2]?.folded ?? ''))) return m - i;
      break;
    }
    break;
  }
  // The count for, a comma, and the count against with its word: "Für den Entwurf stimmten 400 Abgeordnete, 20 waren
  // dagegen", "won 292 votes, with 379 against" (after the comma, function words only); the word against may come after
  // a noun and a verb ("1025 Stimmen, 2193 Beschäftigte stimmten dagegen").
  if (digits(i)) {
    let comma = false;
    for (let m = e + 1; m <= e + 3 && m < tokens.length; m++) {
      // (A comma with a space after it: one between digits is a decimal comma, "stimmten 61,4 Prozent dagegen".)
      comma ||= /^\s*,\s+$/.test(text.slice(tokens[m - 1]!.end, tokens[m]!.start));
      if (!digits(m)) {
        if (comma && !res.stopwords.has(tokens[m]!.folded)) break;
        continue;
      }
      if (used.has(m) || !comma) break;
      const me = endOf(m);
      for (let a = me + 1; a <= me + 3 && a < tokens.length; a++) {
        if (/[,;:.!?()]/.test(text.slice(tokens[a - 1]!.end, tokens[a]!.start))) break;
        if (nw.tallyAgainst.has(tokens[a]!.folded)) return m - i;
      }
      break;
    }
  }
  // The count against first, a comma, then the count for: "101 Senatoren stimmten gegen den Antrag, 58 dafür", "101
  // voted against, 58 for". Its sides are the other way round (see extractScores).
  if (reversed && digits(i)) {
    let against = -1;
    for (let k = e + 1; k <= e + TALLY_REACH && k < tokens.length && against < 0; k++) {
      if (/[,;:.!?()]/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) break;
      if (nw.tallyAgainst.has(tokens[k]!.folded)) against = k;
    }
    for (let m = against + 1; against > 0 && m <= against + TALLY_REACH && m < tokens.length; m++) {
      if (!digits(m)) continue;
      if (used.has(m) || !text.slice(tokens[against]!.end, tokens[m]!.start).includes(',')) break;
      const me = endOf(m);
      if (nw.tallyFor.has(tokens[me + 1]?.folded ?? '') || nw.tallyFor.has(tokens[me + 2]?.folded ?? '')) {
        reversed.against = true;
        return m - i;
      }
      break;
    }
  }
  return 0;
}

/** Characters read for a score with half points (two numbers of two digits, their halves and the dash between). */
const HALF_SCORE_CHARS = 16;

/** Most words between the first count of a tally for and against and the word for ("305 Abgeordnete stimmten dafür"). */
const TALLY_REACH = 4;

/**
 * Two numbers joined by a word of scores ("battu 31 à 28", see scoreWords) at token i: not after a word that opens a
 * range ("de 31 à 28"), and not before a word that is no function word (a unit: "de 3 à 5 millions", "à 28 ans").
 */
function wordScore(text: string, tokens: readonly Token[], i: number, used: ReadonlySet<number>, res: LanguageResources): boolean {
  const [t, joint, second, after] = [tokens[i]!, tokens[i + 1], tokens[i + 2], tokens[i + 3]];
  if (!joint || !second || !res.numbers.scoreWords.has(joint.folded) || used.has(i + 2) || !SCORE_DIGITS.test(t.folded) || !SCORE_DIGITS.test(second.folded)) return false;
  if (text.slice(t.end, joint.start) !== ' ' || text.slice(joint.end, second.start) !== ' ') return false;
  // (Whole numbers: not the ends of "11,5 à 4,5".)
  if (/\d[.,]$/.test(text.slice(Math.max(0, t.start - 2), t.start)) || /^[.,]\d/.test(text.slice(second.end, second.end + 2))) return false;
  const before = tokens[i - 1];
  if (before && res.dates.rangeFrom.has(before.folded)) return false;
  return !after || /[,;:.()]/.test(text.slice(second.end, after.start)) || (res.stopwords.has(after.folded) && !res.dates.durationUnits.has(after.folded));
}

/** A score's number in figures or in words of one to seven ("3 sets à 2", "three sets to one"). */
function scoreValue(t: Token | undefined, nw: NumberWords): number | undefined {
  if (!t) return undefined;
  if (SCORE_DIGITS.test(t.folded)) return Number(t.folded);
  const v = wordValue(t.folded, nw);
  return v !== undefined && v <= 7 ? v : undefined;
}

/** Two numbers with the unit of a score and a joining word between them at token i ("3 sets à 2", "three sets to one"). */
function unitScore(text: string, tokens: readonly Token[], i: number, used: ReadonlySet<number>, res: LanguageResources): [number, number] | undefined {
  const nw = res.numbers;
  const [unit, joint] = [tokens[i + 1], tokens[i + 2]];
  if (!unit || !joint || !nw.scoreUnits.has(unit.folded) || !nw.scoreUnitJoints.has(joint.folded) || used.has(i + 1) || used.has(i + 3)) return undefined;
  for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) if (text.slice(tokens[k - 1]!.end, tokens[k]!.start) !== ' ') return undefined;
  const [a, b] = [scoreValue(tokens[i], nw), scoreValue(tokens[i + 3], nw)];
  return a !== undefined && b !== undefined ? [a, b] : undefined;
}

/**
 * Scores and tallies; `sides` gathers where each count of a tally in words starts and whether it is the one against
 * (the second: "fünf zu vier Stimmen" is five for and four against, as "six voix contre trois" is six for).
 */
export function extractScores(text: string, tokens: readonly Token[], used: Set<number>, res: LanguageResources, sides?: Map<number, boolean>): FacetInternal[] {
  const out: FacetInternal[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (used.has(i)) continue;
    const t = tokens[i]!;
    let a: number;
    let b: number;
    let last = i;
    let byUnit: [number, number] | undefined;
    // (Its tokens are the whole part, then the fraction joined to the next number, "11" "5-4" "5": read on the text.)
    const found = TWO_DIGITS.test(t.folded) ? HALF_SCORE.exec(text.slice(t.start, t.start + HALF_SCORE_CHARS)) : null;
    const half = found && (found[2] || found[4]) ? found : null;
    const one = half ? null : SCORE_TOKEN.exec(t.folded);
    // A tally in words: "by 84 votes to 6", "par 84 voix contre 6", "mit 74 zu 6 Stimmen".
    const order = { against: false };
    const tally = one || half ? 0 : tallyAt(text, tokens, i, used, res, order);
    // (A range before a unit of time is no score: "jailed for 10-15 years".)
    if (one && res.dates.durationUnits.has(tokens[i + 1]?.folded ?? '')) continue;
    if (half) {
      a = Number(half[1]) + (half[2] ? 0.5 : 0);
      b = Number(half[3]) + (half[4] ? 0.5 : 0);
      const end = t.start + half[0].length;
      while (last + 1 < tokens.length && tokens[last + 1]!.end <= end) last++;
      if (tokens.slice(i, last + 1).some((_, k) => used.has(i + k))) continue;
    } else if (one) {
      a = Number(one[1]);
      b = Number(one[2]);
    } else if (tally) {
      a = countValue(tokens, i, countEnd(text, tokens, i, res), res);
      last = countEnd(text, tokens, i + tally, res);
      b = countValue(tokens, i + tally, last, res);
    } else if ((byUnit = unitScore(text, tokens, i, used, res))) {
      [a, b] = byUnit;
      last = i + 3;
    } else if (wordScore(text, tokens, i, used, res)) {
      a = Number(t.folded);
      b = Number(tokens[i + 2]!.folded);
      last = i + 2;
    } else {
      const next = tokens[i + 1];
      if (!next || used.has(i + 1) || !SCORE_DIGITS.test(t.folded) || !SCORE_DIGITS.test(next.folded) || !SCORE_GAP.test(text.slice(t.end, next.start))) continue;
      // Not a score but the start of something longer: "1:3:2", "2–3 %" stays what it is.
      const after = text.slice(next.end, next.end + 2);
      if (/^[:.,]\d|^\s?%/.test(after)) continue;
      a = Number(t.folded);
      b = Number(next.folded);
      last = i + 1;
    }
    const [hi, lo] = a >= b ? [a, b] : [b, a];
    // (A score of three digits is no range before what it counts: "100-150 fans" goes on with a word of its own; "103-91 in
    // Game 7", "103:91 gegen" with a function word or a stop.)
    const after = tokens[last + 1];
    if (!tally && hi >= 100 && after && text.slice(tokens[last]!.end, after.start) === ' ' && !res.stopwords.has(after.folded)) continue;
    const key = `score:${hi}-${lo}`;
    const start = t.start;
    // (A record's span holds its word for losses: "13 victoires et 2 défaites".)
    const end = tokens[tally && res.numbers.tallyLosses.has(tokens[last + 1]?.folded ?? '') ? last + 1 : last]!.end;
    out.push({ kind: 'score', id: key, text: text.slice(start, end), start, end, anchors: [{ key, start, end }, { key: 'slot:score', start, end }], value: hi * 100 + lo, unit: 'score' });
    // A tally in words leaves its numbers to be counts as well ("81 voix" against "81 Abgeordnete … dafür").
    if (!tally) for (let k = i; k <= last; k++) used.add(k);
    else sides?.set(t.start, order.against).set(tokens[i + tally]!.start, !order.against);
    i = last;
  }
  return out;
}
