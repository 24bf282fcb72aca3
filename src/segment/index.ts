import type { LanguageResources } from '../resources/index.js';
import { fold, type Range, trimRange } from '../text.js';

const TERMINALS = '.!?…';
/** One of TERMINALS, by code unit. */
function isTerminal(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
}
const CLOSERS = '"»”’)]\'';
const OPENER = /[\p{Lu}\p{N}«“„"'‘¿¡(\[–—-]/u;
const LETTER = /[\p{L}\u00AD]/u;

/** The word (letters, inner dots and hyphens) that ends right before `end`. */
function wordBefore(text: string, end: number, floor: number): string {
  floor = Math.max(floor, end - 24); // abbreviations are short; bounding the scan keeps segmentation linear
  let s = end;
  // A dot or hyphen inside the word ("J.-C.", "z.B."): after a letter, or a hyphen after a dot.
  while (s > floor && (LETTER.test(text[s - 1]!) || ((text[s - 1] === '.' || text[s - 1] === '-') && s - 1 > floor && (LETTER.test(text[s - 2]!) || (text[s - 1] === '-' && text[s - 2] === '.'))))) s--;
  return text.slice(s, end);
}

/** The halves of the day written as abbreviations that end in a point ("a.m.", "p.m."). */
const CLOCK_HALVES: ReadonlySet<string> = new Set(['a.m', 'p.m']);

/**
 * Whether the capitalised word at `n`, after a half of the day, opens a sentence: not a day or a month ("5 p.m. Monday"),
 * not an acronym ("5 p.m. GMT"), not a place before "time" ("5 p.m. Paris time").
 */
function opensAfterClock(text: string, n: number, res: LanguageResources): boolean {
  const word = wordAfter(text, n);
  const f = fold(word);
  // (wordAfter gives the word in lower case: the acronym is read on the text.)
  if (!word || res.weekdays.has(f) || res.months.has(f) || /^\p{Lu}{2,}$/u.test(text.slice(n, n + word.length))) return false;
  const rest = text.slice(n + word.length, n + word.length + 6);
  return !/^\s+time\b/i.test(rest);
}

/** The word that starts at `start` (letters only; bounded, as abbreviations and function words are short). */
function wordAfter(text: string, start: number): string {
  let e = start;
  while (e < text.length && e - start < 24 && LETTER.test(text[e]!)) e++;
  return text.slice(start, e).toLowerCase();
}

/** A Roman number of two letters or more ("II", "XIII", "XIV"). */
const REGNAL = /^[IVXLC]{2,6}$/;
/** A letter or digit: what follows an opening quote. */
const WORD_START = /[\p{L}\d]/u;

/**
 * Sentence boundaries inside one block. A terminal mark ends a sentence when
 * white space and a sentence opener (capital, digit, quote) follow, unless the
 * word before is an abbreviation of the language ("M.", "Dr.", "av. J.-C."),
 * an initial ("J. Smith"), or, in German, an ordinal number ("29. Mai",
 * "13. Ausgabe") or a regnal number after a name ("Heinrich XIII. Prinz Reuß").
 */
export function segmentBlock(text: string, block: Range, res: LanguageResources): Range[] {
  const out: Range[] = [];
  let start = block.start;
  let i = block.start;
  while (i < block.end) {
    // (By code unit: this runs for every character of the text.)
    if (!isTerminal(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    while (j < block.end && TERMINALS.includes(text[j]!)) j++;
    // Closing quotes and brackets belong to the sentence, also after a space (French « … . »); a straight
    // quote after a space that a word follows opens the next sentence (said. "This was …").
    let k = j;
    while (k < block.end && (CLOSERS.includes(text[k]!) || (/\s/.test(text[k]!) && CLOSERS.includes(text[k + 1] ?? '') && text[k + 1] !== "'" && !(text[k + 1] === '"' && WORD_START.test(text[k + 2] ?? ''))))) k++;
    if (k >= block.end) break;
    if (!/\s/.test(text[k]!)) {
      i = j;
      continue;
    }
    let n = k;
    while (n < block.end && /\s/.test(text[n]!)) n++;
    const next = text[n] ?? '';
    let boundary = OPENER.test(next);
    if (boundary && text[i] === '.' && j === i + 1) {
      const word = wordBefore(text, i, start);
      const f = fold(word);
      // An abbreviation that can close a sentence does so before a capitalised function word
      // ("… au Ier siècle avant J.-C. Il a été repéré", "… at 5 p.m. The"); any other never ends one.
      // (After the half of the day, "a.m." or "p.m.", any capitalised word but a day, a month, an acronym or a place
      // whose time it is opens the next sentence: "… reopened at 11 a.m. Passengers were told …".)
      if (res.abbreviations.has(f)) boundary = res.finalAbbreviations.has(f) && /^\p{Lu}/u.test(next) && (res.stopwords.has(fold(wordAfter(text, n))) || (CLOCK_HALVES.has(f) && opensAfterClock(text, n, res)));
      else if (/^\p{Lu}$/u.test(word)) {
        // An initial ("J. Smith", "John F. Kennedy"), unless a lower-case word stands before the letter or a capitalised
        // function word after it: then the letter names a kind and ends the sentence ("… fell ill with hepatitis A. Four
        // of those …", "… an Hepatitis A. Die Erkrankten …").
        const before = text[i - 2] === ' ' ? wordBefore(text, i - 2, start) : '';
        const after = fold(wordAfter(text, n));
        // (A function word of three letters or more: "Der", "The", "Les"; not a particle of a name, "Marie A. De Souza".)
        boundary = (/^\p{Ll}{2,}$/u.test(before) && !res.stopwords.has(fold(before))) || (res.stopwords.has(after) && !res.commonNouns.has(after) && after.length > 2);
      }
      // A German regnal number after a name, before a word that is no function word ("Heinrich XIII. Prinz Reuß",
      // "Papst Leo XIV. hat"): an ordinal. ("… von Papst Leo XIV. Der Papst …" still ends there.)
      else if (res.lang === 'de' && REGNAL.test(word) && text[i - word.length - 1] === ' ' && /^\p{Lu}/u.test(wordBefore(text, i - word.length - 1, start)) && !res.stopwords.has(fold(wordAfter(text, n)))) boundary = false;
      else if (word === '' && /\d/.test(text[i - 1] ?? '')) {
        // A number before the dot: an ordinal in German ("29. Mai"), unless it looks like a year
        // or ends a score, a time or a decimal ("mit 2:1.", "um 20.30.", "2,5.").
        let d = i;
        while (d > Math.max(start, i - 6) && /\d/.test(text[d - 1]!)) d--;
        const partOfNumber = /[:.,\-–]/.test(text[d - 1] ?? '') && /\d/.test(text[d - 2] ?? '');
        // Nor the end of a code of letters and digits ("auf der A1. Im Berufsverkehr …", "die G7.").
        const code = /\p{L}/u.test(text[d - 1] ?? '');
        // Nor a count before a capitalised function word, which opens a sentence ("Ryanair rund 180. Nach Angaben …"):
        // an ordinal stands before what it ranks ("am 3. Mai", "der 2. und 3. Platz", "zum 14. Mal").
        const after = fold(wordAfter(text, n));
        const opens = /^\p{Lu}/u.test(next) && ((res.stopwords.has(after) && !res.commonNouns.has(after)) || res.sentenceAdverbs.has(after));
        // Nor one after a word that makes it a count ("2014 waren es 750. Frauen machten …"; language data countBefore).
        const counted = text[d - 1] === ' ' && res.countBefore.has(fold(wordBefore(text, d - 1, start)));
        if (res.lang === 'de' && i - d <= 3 && /\p{L}/u.test(next) && !partOfNumber && !code && !opens && !counted) boundary = false;
      }
    }
    if (boundary) {
      const r = trimRange(text, { start, end: k });
      if (r.end > r.start) out.push(r);
      start = n;
    }
    i = k;
  }
  const r = trimRange(text, { start, end: block.end });
  if (r.end > r.start) out.push(r);
  return out;
}

export function segment(text: string, blocks: readonly Range[], res: LanguageResources): Range[] {
  return blocks.flatMap((b) => segmentBlock(text, b, res));
}
