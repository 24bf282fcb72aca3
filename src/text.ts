/** Small text helpers shared by every stage. Offsets are always UTF-16 indices into the original text. */

import type { WordRecord } from './resources/index.js';

export interface Range {
  start: number;
  end: number;
}

export interface Token extends Range {
  /** The token exactly as in the text. */
  text: string;
  /** Lower-cased, soft hyphens removed. */
  lower: string;
  /** Lower-cased and accent-folded: the key for cross-language comparison. */
  folded: string;
  /** True when the first letter is upper-case. */
  cap: boolean;
  /** The word's record in its language's resources, once asked for (LanguageResources.word). */
  rec: WordRecord | undefined;
}

const SOFT_HYPHEN = /\u00AD/g;
const DIACRITICS = /\p{M}+/gu;

const foldCache = new Map<string, string>();
const FOLD_CACHE_MAX = 50_000;

/** A French stem the Snowball stemmer left with its plural "s" after a vowel ("emplois", "tournois", "pneus"). */
const FRENCH_PLURAL_LEFT = /[aiou]s$/;

/**
 * The stem key of a lower-case word from its Snowball stem, folded. The French stemmer keeps a plural "s" after a, i,
 * o and u ("emplois" → "emplois", though "emploi" → "emploi"): where the stem is the whole word, it goes here, for the
 * lexicon's terms (at build time) and for a text's words alike.
 */
export function stemKey(lang: string, word: string, snowballStem: string): string {
  const s = fold(snowballStem);
  return lang === 'fr' && s.length >= 4 && FRENCH_PLURAL_LEFT.test(s) && s.length === word.length ? s.slice(0, -1) : s;
}

/** Letters with a stroke (or no dot) that no Unicode decomposition strips, each with its plain letter. */
const STROKED = /[øłđı]/;
const STROKED_ALL = /[øłđı]/g;
const UNSTROKED: Readonly<Record<string, string>> = { ø: 'o', ł: 'l', đ: 'd', ı: 'i' };

/** Lower-case, strip accents and soft hyphens, ß → ss, ø → o, ł → l, đ → d, ı → i. Words repeat: results are cached (bounded). */
export function fold(s: string): string {
  let f = foldCache.get(s);
  if (f === undefined) {
    f = s.replace(SOFT_HYPHEN, '').normalize('NFD').replace(DIACRITICS, '').toLowerCase().replace(/ß/g, 'ss');
    // Letters with a stroke that no decomposition strips, one for one: "Andøya" is "Andoya", "Łódź" "Lodz".
    if (STROKED.test(f)) f = f.replace(STROKED_ALL, (c) => UNSTROKED[c]!);
    if (s.length <= 64) {
      if (foldCache.size >= FOLD_CACHE_MAX) foldCache.clear();
      foldCache.set(s, f);
    }
  }
  return f;
}

// A word: letters, digits and marks (and soft hyphens), runs of them joined by
// single hyphens. Scanned by hand, one pass, no backtracking: the same tokens as
// /[\p{L}\p{M}\p{N}\u00AD]+(?:[-‐‑][\p{L}\p{M}\p{N}\u00AD]+)*/u.
const WORD_CHAR = /^[\p{L}\p{M}\p{N}\u00AD]$/u;
const UPPER_START = /^\p{Lu}/u;
const HYPHENS = new Set([0x2d, 0x2010, 0x2011]);
/** Word-character class of each UTF-16 code unit below the surrogates, filled in as met: 0 unknown, 1 word, 2 not. */
const charClass = new Uint8Array(0xd800);
for (let c = 0; c < 128; c++) charClass[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 2;

/** Length (1 or 2 code units) of the word character at i, or 0. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800) {
    let k = charClass[c]!;
    if (k === 0) charClass[c] = k = WORD_CHAR.test(text[i]!) ? 1 : 2;
    return k === 1 ? 1 : 0;
  }
  if (c >= 0xe000) return WORD_CHAR.test(text[i]!) ? 1 : 0;
  const cp = text.codePointAt(i)!;
  if (cp <= 0xffff) return 0; // a lone surrogate
  return WORD_CHAR.test(String.fromCodePoint(cp)) ? 2 : 0;
}

export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  let i = start;
  while (i < end) {
    let n = wordCharAt(text, i);
    if (n === 0 || i + n > end) {
      i++;
      continue;
    }
    const s = i;
    i += n;
    for (;;) {
      while (i < end && (n = wordCharAt(text, i)) > 0 && i + n <= end) i += n;
      // A single hyphen followed by a word character continues the word.
      if (i + 1 < end && HYPHENS.has(text.charCodeAt(i)) && (n = wordCharAt(text, i + 1)) > 0 && i + 1 + n <= end) i += 1 + n;
      else break;
    }
    const w = wordFormsAt(text, s, i);
    out.push({ start: s, end: i, text: w.text, lower: w.lower, folded: w.folded, cap: w.cap, rec: undefined });
  }
  return out;
}

/** A word's forms as a token gives them. */
interface WordForms {
  text: string;
  lower: string;
  folded: string;
  cap: boolean;
}

/**
 * Forms of short words, kept: words repeat within and across texts, and a kept word's strings are made
 * once (their hashes too, which every later table lookup needs). A word is found by a hash of its code
 * units and compared in place, so a known word costs no new string. Only short words are kept.
 */
const wordFormCache = new Map<number, WordForms[]>();
let wordFormCount = 0;
const WORD_FORM_MAX_LENGTH = 12;
const WORD_FORM_CACHE_MAX = 100_000;
const WORD_FORM_BUCKET_MAX = 4;

/** The forms of the word text[s, e). */
function wordFormsAt(text: string, s: number, e: number): WordForms {
  if (e - s > WORD_FORM_MAX_LENGTH) return wordForms(text.slice(s, e));
  let h = e - s;
  for (let k = s; k < e; k++) h = (Math.imul(h, 31) + text.charCodeAt(k)) | 0;
  const bucket = wordFormCache.get(h);
  if (bucket) for (const w of bucket) if (w.text.length === e - s && text.startsWith(w.text, s)) return w;
  const w = wordForms(text.slice(s, e));
  if (wordFormCount >= WORD_FORM_CACHE_MAX) {
    wordFormCache.clear();
    wordFormCount = 0;
  }
  // A bucket holds a few words at most: words made to share a hash cost a few comparisons, never a scan.
  if (bucket && wordFormCache.get(h) === bucket) {
    if (bucket.length >= WORD_FORM_BUCKET_MAX) return w;
    bucket.push(w);
  } else wordFormCache.set(h, [w]);
  wordFormCount++;
  return w;
}

function wordForms(t: string): WordForms {
  const lower = t.includes('\u00AD') ? t.replace(SOFT_HYPHEN, '').toLowerCase() : t.toLowerCase();
  return { text: t, lower, folded: isAscii(lower) ? lower : fold(t), cap: startsUpper(t) };
}

/** A word without its accents, its case kept ("Luís" → "Luis"). */
export function withoutAccents(s: string): string {
  return isAscii(s) ? s : s.normalize('NFD').replace(DIACRITICS, '');
}

/** True when every code unit is ASCII: then folding is lower-casing. */
function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

function startsUpper(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 0x80) return false;
  return UPPER_START.test(t);
}

/** The index of the first item that starts at or after `at`, in a list sorted by start (binary search). */
export function firstFrom(list: readonly Range[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Spans sorted by start, with the furthest end reached so far, made at the first question (most sentences ask none):
 * `holds` finds by binary search whether a span holds a range (and passes `test`), so that a question asked per word stays
 * linear where a sentence holds thousands of spans; `sorted` gives the spans in order, for a walk from `firstFrom`.
 */
export function spanIndex<T extends Range>(spans: readonly T[]): { holds: (r: Range, test?: (s: T) => boolean) => boolean; sorted: () => readonly T[] } {
  let list: T[] | undefined;
  const reach: number[] = [];
  const sorted = (): readonly T[] => {
    if (!list) {
      list = [...spans].sort((a, b) => a.start - b.start);
      let far = -1;
      for (const s of list) reach.push((far = Math.max(far, s.end)));
    }
    return list;
  };
  const holds = (r: Range, test?: (s: T) => boolean): boolean => {
    const l = sorted();
    // (From the last span that starts at or before the range, back while one before it may still reach its end.)
    for (let x = firstFrom(l, r.start + 1) - 1; x >= 0 && reach[x]! >= r.end; x--) if (l[x]!.end >= r.end && (!test || test(l[x]!))) return true;
    return false;
  };
  return { holds, sorted };
}

/** Merge sorted, possibly overlapping ranges into disjoint ones. */
export function union(sorted: readonly Range[]): Range[] {
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ start: r.start, end: r.end });
  }
  return out;
}

/** The tokens that lie inside [start, end), from a sorted token list (binary search, no copy of the rest). */
export function tokensIn(tokens: readonly Token[], start: number, end: number): Token[] {
  const lo = firstFrom(tokens, start);
  let k = lo;
  while (k < tokens.length && tokens[k]!.end <= end) k++;
  return tokens.slice(lo, k);
}

const SPACE = /\s/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Trim white space (and the given extra characters) off a range. */
export function trimRange(text: string, r: Range, extra = ''): Range {
  let { start, end } = r;
  const isTrim = (c: string) => SPACE.test(c) || c === '\u00AD' || extra.includes(c);
  while (start < end && isTrim(text[start]!)) start++;
  while (end > start && isTrim(text[end - 1]!)) end--;
  return { start, end };
}

/** Spaces inside a line. */
const INLINE_SPACE = ' \u00A0\u202F';

/** Opening quotes and the quotes that close them. */
/** Quote marks that open a quotation, each with the mark that closes it. */
export const QUOTE_PAIRS: ReadonlyArray<readonly [string, string]> = [['«', '»'], ['“', '”'], ['„', '“'], ['"', '"']];

/**
 * A range with the quote mark that closes (or opens) a quote it holds only half of, where that mark is right
 * beside it (spaces of one line apart): 'called the strike "unreasonable"', not 'called the strike "unreasonable'.
 */
export function balanceQuotes(text: string, r: Range): Range {
  let { start, end } = r;
  // Only a quote mark right beside the range can be taken in: most ranges have none, and are not read through.
  let after = end;
  while (after < text.length && INLINE_SPACE.includes(text[after]!)) after++;
  let before = start;
  while (before > 0 && INLINE_SPACE.includes(text[before - 1]!)) before--;
  const closeAfter = after < text.length ? text[after]! : '';
  const openBefore = before > 0 ? text[before - 1]! : '';
  for (const [open, close] of QUOTE_PAIRS) {
    if (close !== closeAfter && open !== openBefore) continue;
    let opens = 0;
    let closes = 0;
    for (let k = start; k < end; k++) {
      const c = text[k];
      if (c === open) opens++;
      else if (c === close) closes++;
    }
    // (A straight quote opens and closes: an odd count is half a quote, whose first mark tells which half. Right after a
    // word it closes a quote opened before the range, "Die Landung verlief normal", sagte …; else it opens one.)
    let straightCloses = false;
    if (open === close && opens % 2 === 1) {
      const first = text.indexOf(open, start);
      straightCloses = first > start && !/\s/.test(text[first - 1]!);
    }
    const unclosed = open === close ? opens % 2 === 1 && !straightCloses : opens > closes;
    const unopened = open === close ? opens % 2 === 1 && straightCloses : closes > opens;
    if (unclosed && close === closeAfter) end = after + 1;
    else if (unopened && open === openBefore) start = before - 1;
  }
  return { start, end };
}

/** True when [start, end) of the text holds a comma, semicolon, colon or full stop (read in place: gaps between words are short and many). */
export function punctuatedGap(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 44 || c === 59 || c === 58 || c === 46) return true;
  }
  return false;
}

/** True when [start, end) of the text holds a letter or a digit. */
export function hasLetterOrDigit(text: string, start: number, end: number): boolean {
  return LETTER_OR_DIGIT.test(text.slice(start, end));
}

export function overlap(a: Range, b: Range): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Case-folded phrase → token sequence key (for phrase gazetteers). */
export function phraseKey(phrase: string): string {
  // (A word of letters alone is its one token: no tokenisation for the thousands of names a gazetteer loads.)
  return LETTERS_ONLY.test(phrase) ? fold(phrase) : tokenize(phrase).map((t) => t.folded).join(' ');
}
const LETTERS_ONLY = /^\p{L}+$/u;

/** The phrases of a PhraseSet that start with one word, longest first. */
export type PhraseList<V = true> = ReadonlyArray<readonly [readonly string[], V]>;

/** PhraseSets made so far: each has its own slot in a word record's phraseLists. */
let phraseSets = 0;

/**
 * Folded token phrases indexed by their first and last word, so that a
 * lookup at a token costs one map access instead of a scan of the list.
 */
export class PhraseSet<V = true> {
  /** This set's slot in WordRecord.phraseLists. */
  private readonly id = phraseSets++;
  private readonly byFirst = new Map<string, Array<readonly [readonly string[], V]>>();
  private readonly byLast = new Map<string, Array<readonly [readonly string[], V]>>();
  readonly size: number;

  constructor(entries: Iterable<readonly [readonly string[], V]>) {
    let n = 0;
    // Longest first, so that the first hit is the longest.
    const sorted = [...entries].filter(([p]) => p.length > 0).sort((a, b) => b[0].length - a[0].length);
    for (const e of sorted) {
      const [p] = e;
      const f = this.byFirst.get(p[0]!);
      if (f) f.push(e);
      else this.byFirst.set(p[0]!, [e]);
      const l = this.byLast.get(p[p.length - 1]!);
      if (l) l.push(e);
      else this.byLast.set(p[p.length - 1]!, [e]);
      n++;
    }
    this.size = n;
  }

  static of(phrases: Iterable<string>): PhraseSet {
    return new PhraseSet([...phrases].map((p) => [tokenize(p).map((t) => t.folded), true] as const));
  }

  /** The phrases that start with a token's word: kept on its record once it has one (one map lookup per word, not per call). */
  private listAt(t: Token | undefined): PhraseList<V> | null | undefined {
    if (!t) return undefined;
    const rec = t.rec;
    if (!rec) return this.byFirst.get(t.folded);
    let list = rec.phraseLists[this.id] as PhraseList<V> | null | undefined;
    if (list === undefined) rec.phraseLists[this.id] = list = this.byFirst.get(t.folded) ?? null;
    return list;
  }

  /** The longest phrase that starts at token i: its length and value. */
  at(tokens: readonly Token[], i: number): { length: number; value: V } | undefined {
    const list = this.listAt(tokens[i]);
    if (!list) return undefined;
    for (const [p, value] of list) {
      if (i + p.length > tokens.length) continue;
      let k = 1;
      while (k < p.length && tokens[i + k]!.folded === p[k]) k++;
      if (k === p.length) return { length: p.length, value };
    }
    return undefined;
  }

  /** The longest phrase that ends right before token i (its last word is token i - 1). */
  before(tokens: readonly Token[], i: number): { length: number; value: V } | undefined {
    const list = i > 0 && tokens[i - 1] ? this.byLast.get(tokens[i - 1]!.folded) : undefined;
    if (!list) return undefined;
    for (const [p, value] of list) {
      if (i - p.length < 0) continue;
      let k = 0;
      while (k < p.length - 1 && tokens[i - p.length + k]!.folded === p[k]) k++;
      if (k === p.length - 1) return { length: p.length, value };
    }
    return undefined;
  }
}

/** A node of a {@link WordTrie}: the value of the sequence that ends here, and the words that may follow. */
export interface TrieNode<V> {
  value?: V;
  next?: Map<string, TrieNode<V>>;
}

/**
 * Word sequences (keys: words joined by one space) in a trie, so that a
 * matcher grows a sequence one token at a time without building key strings,
 * and stops as soon as no entry continues it.
 */
export class WordTrie<V> {
  private readonly root = new Map<string, TrieNode<V>>();

  constructor(entries: Iterable<readonly [string, V]>) {
    // (A plain loop over the key's spaces: a lexicon's trie is built at every cold start.)
    for (const [key, value] of entries) {
      let level = this.root;
      for (let from = 0; ; ) {
        const space = key.indexOf(' ', from);
        const w = space < 0 ? key.slice(from) : key.slice(from, space);
        let node = level.get(w);
        // Every node has both fields from the start: one object shape keeps lookups fast.
        if (!node) level.set(w, (node = { next: undefined, value: undefined }));
        if (space < 0) {
          node.value = value;
          break;
        }
        level = node.next ??= new Map();
        from = space + 1;
      }
    }
  }

  /** The node reached from `node` by one more word (from the root when `node` is undefined). */
  step(node: TrieNode<V> | undefined, word: string): TrieNode<V> | undefined {
    return node ? node.next?.get(word) : this.root.get(word);
  }
}

const LINE_START = /\n[ \t]*$/;
const BLANK = /^[ \t]*$/;

/** Whether only spaces stand between the start of the text or of a line and `at` (looking back a bounded way). */
export function atLineStart(text: string, at: number): boolean {
  const from = Math.max(0, at - 80);
  const before = text.slice(from, at);
  return LINE_START.test(before) || (from === 0 && BLANK.test(before));
}

/** Most words of a quote that names something (« Klimaatzaak », "ShadowPort") rather than quoting speech. */
const QUOTED_NAME_WORDS = 4;

/**
 * The last token of the quote that opens right before token i, where it closes after a few words, before any end
 * of sentence or clause; -1 where it does not.
 */
export function shortQuoteEnd(text: string, tokens: readonly Token[], i: number): number {
  for (let k = i; k < tokens.length && k < i + QUOTED_NAME_WORDS; k++) {
    const gap = text.slice(tokens[k]!.end, tokens[k + 1]?.start ?? text.length);
    if (/^\s*[»"”“]/.test(gap)) return k;
    if (/[.!?;:,«„]/.test(gap)) return -1;
  }
  return -1;
}

/** The quote that opens right before token i closes after a few words, before any end of sentence or clause: a name or a title, not speech. */
export function quotedName(text: string, tokens: readonly Token[], i: number): boolean {
  return shortQuoteEnd(text, tokens, i) >= 0;
}

/**
 * Given where the short quote opening before a token ends (shortQuoteEnd), the token after it where the clause goes on
 * after the quote ("the city had \"no choice\" given the level of …"); -1 where the quote ends the clause or the sentence.
 */
export function afterQuotedWords(text: string, tokens: readonly Token[], quoteEnd: number): number {
  const k = quoteEnd;
  return k >= 0 && k + 1 < tokens.length && /^\s*[»"”“]\s+$/.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start)) ? k + 1 : -1;
}
