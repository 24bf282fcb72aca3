import type { LanguageResources } from '../resources/index.js';
import { type Range, type Token, tokenize } from '../text.js';
import { extractConcepts, splitCompound } from './concepts.js';
import { extractDates } from './dates.js';
import { extractEntities } from './entities.js';
import { extractNumbers } from './numbers.js';
import type { FacetInternal } from './types.js';

export type { Anchor, FacetInternal, FacetKind } from './types.js';
export { nameKey } from './entities.js';

/** Per-document state: names seen so far, so that "Hammouchi" alone is known after "Abdellatif Hammouchi". */
export interface FacetState {
  surnames: Set<string>;
}

export function newFacetState(): FacetState {
  return { surnames: new Set() };
}

function isCommonWord(t: Token, res: LanguageResources, exact = false): boolean {
  if (res.stopwords.has(t.folded) || res.months.has(t.folded) || res.weekdays.has(t.folded)) return true;
  if (res.titles.has(t.folded)) return true;
  // Lexicon words: the form itself, or (not exact) a word with a term's stem; in German,
  // which inflects nouns ("des Verbrechens"), the stem always.
  if (exact && res.lang !== 'de') return res.conceptTerms.has(t.lower);
  if (res.conceptWords.has(t.lower)) return true;
  if (res.lang === 'de' && res.conceptWords.has(res.stem(t.lower))) return true;
  if (res.lang === 'de' && t.lower.length >= 8 && splitCompound(t.lower, res)) return true;
  return false;
}

/**
 * Every facet of one sentence: dates first (they own their numbers), then
 * numbers, entities and concepts.
 */
export function extractFacets(
  text: string,
  sentence: Range,
  res: LanguageResources,
  state: FacetState,
  tokens: readonly Token[] = tokenize(text, sentence.start, sentence.end),
): FacetInternal[] {
  const used = new Set<number>();
  const dates = extractDates({ text, tokens, res }, used);
  const conceptFacets = extractConcepts(text, tokens, res);
  const conceptAt = new Map<number, string>();
  const conceptsAt = new Map<number, Set<string>>();
  for (const f of conceptFacets) {
    const id = f.id.slice('concept:'.length);
    if (!conceptAt.has(f.start)) conceptAt.set(f.start, id);
    (conceptsAt.get(f.start) ?? conceptsAt.set(f.start, new Set()).get(f.start)!).add(id);
  }
  const numbers = extractNumbers({
    text,
    tokens,
    res,
    used,
    unitOf: (i) => conceptAt.get(tokens[i]!.start),
    conceptsOf: (i) => conceptsAt.get(tokens[i]!.start),
  });
  const entities = extractEntities({
    text,
    tokens,
    res,
    isCommon: (t, exact) => isCommonWord(t, res, exact),
    surnames: state.surnames,
    covered: (t) => dates.some((f) => f.start <= t.start && t.end <= f.end) || numbers.some((f) => f.start <= t.start && t.end <= f.end),
  });
  // A lexicon phrase is no person's name ("Deutsche Bahn" is a rail operator, not Mr Bahn).
  const people = entities.filter((e) => !(e.kind === 'person' && conceptFacets.some((c) => c.start === e.start && c.end === e.end && c.text.includes(' '))));
  // A concept inside a name (the "Council" of "Security Council") still counts; one inside a number's unit too.
  return [...dates, ...numbers, ...people, ...conceptFacets].sort((a, b) => a.start - b.start || b.end - a.end);
}
