/** Small text helpers shared by every stage. Offsets are always UTF-16 indices into the original text. */

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
}

const SOFT_HYPHEN = /\u00AD/g;
const DIACRITICS = /\p{M}+/gu;

const foldCache = new Map<string, string>();
const FOLD_CACHE_MAX = 50_000;

/** Lower-case, strip accents and soft hyphens, ß → ss. Words repeat: results are cached (bounded). */
export function fold(s: string): string {
  let f = foldCache.get(s);
  if (f === undefined) {
    f = s.replace(SOFT_HYPHEN, '').normalize('NFD').replace(DIACRITICS, '').toLowerCase().replace(/ß/g, 'ss');
    if (s.length <= 64) {
      if (foldCache.size >= FOLD_CACHE_MAX) foldCache.clear();
      foldCache.set(s, f);
    }
  }
  return f;
}

// Letters, digits and marks, joined by single hyphens: linear, no nested quantifiers over the same class.
const WORD = /[\p{L}\p{M}\p{N}\u00AD]+(?:[-‐‑][\p{L}\p{M}\p{N}\u00AD]+)*/gu;
const UPPER_START = /^\p{Lu}/u;

export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(WORD)) {
    const s = start + m.index;
    const t = m[0];
    const lower = t.includes('\u00AD') ? t.replace(SOFT_HYPHEN, '').toLowerCase() : t.toLowerCase();
    out.push({ start: s, end: s + t.length, text: t, lower, folded: fold(t), cap: UPPER_START.test(t) });
  }
  return out;
}

/** Trim white space (and the given extra characters) off a range. */
export function trimRange(text: string, r: Range, extra = ''): Range {
  let { start, end } = r;
  const isTrim = (c: string) => /\s/.test(c) || c === '\u00AD' || extra.includes(c);
  while (start < end && isTrim(text[start]!)) start++;
  while (end > start && isTrim(text[end - 1]!)) end--;
  return { start, end };
}

export function overlap(a: Range, b: Range): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Case-folded phrase → token sequence key (for phrase gazetteers). */
export function phraseKey(phrase: string): string {
  return tokenize(phrase).map((t) => t.folded).join(' ');
}
