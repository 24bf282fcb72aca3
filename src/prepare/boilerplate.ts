import { getResources, type LanguageResources } from '../resources/index.js';
import { fold, type Range, type Token, tokenize, tokensIn, trimRange } from '../text.js';

export interface RemovedRange extends Range {
  reason: 'boilerplate' | 'teaser' | 'duplicate' | 'markup' | 'credit';
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

/** What follows a prompt that opens a link line: "Read more: …", "LIRE AUSSI : …", "Video | …". */
const PROMPT_END = /^\s*[:|»>›–—-]/;
const SENTENCE_END = /[.!?…]["»”’)]?$/u;
/** A clock time or a numeric date, as publication stamps give them ("08h15", "8:15", "11/09/2023", "11.09.2023"). */
const STAMP = /\d{1,2}[:h]\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}/;
/** A year, as a stamp with the month in words gives it ("Published 14 March 2026"). */
const YEAR = /(?:^|\D)(?:19|20)\d{2}(?:\D|$)/;
/** Longest line read as a byline, a stamp or a share bar, in tokens. */
const FURNITURE_TOKENS = 20;

/**
 * Page furniture on a line of its own: a link line opened by a prompt ("Read more: What we know"), a
 * byline or credit line ("By John Smith, Reuters", "Par Claire Dupont (avec AFP)", "Reporting by …;
 * Editing by …"), a publication stamp ("Publié le 11/09/2023 à 08h15, mis à jour à 10h30"), a share
 * bar ("Partager sur Facebook Partager sur X") or a copyright line. None ends like a sentence.
 */
function pageFurniture(text: string, raw: string, tokens: readonly Token[], res: LanguageResources): boolean {
  if (raw.startsWith('©')) return true;
  const prompt = res.boilerplatePrefixes.at(tokens, 0);
  if (prompt && prompt.length < tokens.length && PROMPT_END.test(text.slice(tokens[prompt.length - 1]!.end, tokens[prompt.length]!.start))) return true;
  if (tokens.length > FURNITURE_TOKENS || SENTENCE_END.test(raw)) return false;
  // A byline: the opening phrase, then names (capitalised words, function words, an agency such as "dpa").
  const by = res.bylinePhrases.at(tokens, 0);
  if (by && by.length < tokens.length && tokens.length <= 12) {
    // The names; after a comma, a role or a place ("By Laura Mitchell, Technology correspondent").
    const comma = tokens.findIndex((t, k) => k >= by.length && k > 0 && text.slice(tokens[k - 1]!.end, t.start).includes(','));
    const rest = tokens.slice(by.length, comma > 0 ? comma : undefined);
    if (rest.length && rest[0]!.cap && rest.every((t) => t.cap || res.stopwords.has(t.folded) || t.text.length <= 3 || !/\p{L}/u.test(t.text))) return true;
  }
  let share = 0;
  let published = false;
  for (let i = 0; i < tokens.length; i++) {
    const s = res.shareWords.at(tokens, i);
    if (s) {
      share++;
      i += s.length - 1;
    } else if (res.publicationPhrases.at(tokens, i)) published = true;
  }
  // A stamp with the month in words opens with its phrase ("Published 14 March 2026"; not "EU updated its 2030 targets").
  return share >= 2 || (published && (STAMP.test(raw) || (!!res.publicationPhrases.at(tokens, 0) && YEAR.test(raw))));
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
    if ((tokens.length <= 8 && res.boilerplateLines.has(key)) || pageFurniture(text, raw, tokens, res)) {
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
