import { getResources } from '../resources/index.js';
import { hasLetterOrDigit, type Range, type Token, tokenize, trimRange, union } from '../text.js';
import { findBoilerplate, lines, type RemovedRange } from './boilerplate.js';
import { detectLanguage } from './detect-language.js';
import { findMarkup } from './markup.js';

export interface PreparedSource {
  id: string;
  text: string;
  lang: string;
  langConfidence: number;
  warnings: string[];
  removed: RemovedRange[];
  /** Runs of article text in reading order; a block never spans removed text. */
  blocks: Range[];
  /** Every word of the text, tokenized once for all stages. */
  tokens: Token[];
}

const BULLETS = '-–—•*·▪►';
const TERMINAL = /[.!?…:;»"”'’)\]]$/u;
const LOWER_START = /^[\p{Ll}]/u;

/**
 * First stage: language, markup, boilerplate, and the blocks of article text
 * that later stages read. The text itself is never changed, so every offset
 * stays an offset into the input.
 */
export function prepare(id: string, text: string, lang?: string): PreparedSource {
  const warnings: string[] = [];
  const tokens = tokenize(text);
  const guess = lang ? { lang, confidence: 1 } : detectLanguage(text, tokens);
  const res = getResources(guess.lang);
  if (!res.supported) {
    warnings.push(
      guess.lang === 'und'
        ? 'language could not be detected; only numbers, dates and names are compared'
        : `language "${guess.lang}" is not supported (fr, en, de); only numbers, dates and names are compared`,
    );
  }
  const markup = findMarkup(text);
  if (markup.length) warnings.push(`HTML markup found: ${markup.length} tag(s) left out of the claims`);
  const lineRanges = lines(text);
  const boiler = findBoilerplate(text, lineRanges, res, tokens);
  const removed: RemovedRange[] = [...markup.map((m) => ({ ...m, reason: 'markup' as const })), ...boiler].sort(
    (a, b) => a.start - b.start,
  );

  // Lines minus removed text, walking both sorted lists once.
  const cuts = union(removed);
  const pieces: Array<Range & { afterCut: boolean }> = [];
  let j = 0;
  let lastPieceEnd = 0;
  let lastCutEnd = -1;
  const push = (start: number, end: number) => {
    const t = trimRange(text, { start, end });
    if (t.end <= t.start || !hasLetterOrDigit(text, t.start, t.end)) return;
    const afterCut = lastCutEnd > lastPieceEnd;
    pieces.push({ ...t, afterCut });
    lastPieceEnd = t.end;
  };
  for (const line of lineRanges) {
    while (j < cuts.length && cuts[j]!.end <= line.start) lastCutEnd = Math.max(lastCutEnd, cuts[j++]!.end);
    let pos = line.start;
    let k = j;
    while (k < cuts.length && cuts[k]!.start < line.end) {
      if (cuts[k]!.start > pos) push(pos, cuts[k]!.start);
      pos = Math.max(pos, cuts[k]!.end);
      lastCutEnd = Math.max(lastCutEnd, Math.min(cuts[k]!.end, line.end));
      k++;
    }
    if (pos < line.end) push(pos, line.end);
  }
  // Join wire-copy lines broken mid-sentence: a piece without final
  // punctuation followed by one that starts in lower case, with nothing removed between.
  const blocks: Range[] = [];
  for (const p of pieces) {
    const prev = blocks[blocks.length - 1];
    const isBullet = BULLETS.includes(text[p.start]!) && /\s/.test(text[p.start + 1] ?? '');
    const body = isBullet ? trimRange(text, p, BULLETS) : { start: p.start, end: p.end };
    if (
      prev &&
      !isBullet &&
      !p.afterCut &&
      !TERMINAL.test(text.slice(prev.start, prev.end)) &&
      LOWER_START.test(text.slice(body.start, body.start + 1))
    ) {
      prev.end = body.end;
    } else if (body.end > body.start) {
      blocks.push(body);
    }
  }
  return { id, text, lang: guess.lang, langConfidence: guess.confidence, warnings, removed, blocks, tokens };
}
