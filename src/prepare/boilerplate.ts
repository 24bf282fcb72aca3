import { getResources, type LanguageResources } from '../resources/index.js';
import { fold, type Range, type Token, tokenize, tokensIn, trimRange } from '../text.js';

export interface RemovedRange extends Range {
  reason: 'boilerplate' | 'teaser' | 'duplicate' | 'markup';
}

export interface Line extends Range {}

const BULLET = '-–—•*·▪►';
const END_PUNCT = /[.!?…:;»"”)]$/u;

/** Split into non-empty, trimmed lines (CR, LF, CRLF, LS, PS). */
export function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text.charCodeAt(i);
    if (i === text.length || c === 10 || c === 13 || c === 0x2028 || c === 0x2029) {
      const r = trimRange(text, { start, end: i });
      if (r.end > r.start) out.push(r);
      start = i + 1;
    }
  }
  return out;
}

/**
 * Line-level boilerplate: navigation and prompt lines from the language's
 * list, everything after a teaser marker ("You may also like"), a line that
 * repeats an earlier one (a repeated title), and short labels such as
 * category tags ("- in International").
 */
export function findBoilerplate(text: string, lineRanges: Line[], res: LanguageResources, allTokens?: readonly Token[]): RemovedRange[] {
  const removed: RemovedRange[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < lineRanges.length; i++) {
    const line = lineRanges[i]!;
    const raw = text.slice(line.start, line.end);
    const body = trimRange(text, line, BULLET);
    const tokens = allTokens ? tokensIn(allTokens, body.start, body.end) : tokenize(text, body.start, body.end);
    const key = tokens.map((t) => t.folded).join(' ');
    if (!key) continue;
    if (res.teaserMarkers.has(key)) {
      removed.push({ start: line.start, end: lineRanges[lineRanges.length - 1]!.end, reason: 'teaser' });
      break;
    }
    if (tokens.length <= 8 && res.boilerplateLines.has(key)) {
      removed.push({ ...line, reason: 'boilerplate' });
      continue;
    }
    if (tokens.length >= 3 && seen.has(key)) {
      removed.push({ ...line, reason: 'duplicate' });
      continue;
    }
    seen.add(key);
    // A short label: a few words, no sentence punctuation, opening with a
    // lower-case function word ("- in International", "dans Économie").
    const first = tokens[0]!;
    if (tokens.length <= 3 && !END_PUNCT.test(raw) && !first.cap && (res.stopwords.has(fold(first.text)) || getResources('en').stopwords.has(fold(first.text))) && !/\d/.test(raw)) {
      removed.push({ ...line, reason: 'boilerplate' });
    }
  }
  return removed;
}
