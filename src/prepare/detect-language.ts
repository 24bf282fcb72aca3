import { detectorLanguages } from '../resources/index.js';
import { type Token, tokenize, tokensIn } from '../text.js';

export interface LanguageGuess {
  lang: string;
  confidence: number;
}

const SCRIPTS: Array<[RegExp, string]> = [
  [/\p{Script=Cyrillic}/gu, 'ru'],
  [/\p{Script=Arabic}/gu, 'ar'],
  [/\p{Script=Han}/gu, 'zh'],
  [/\p{Script=Hiragana}|\p{Script=Katakana}/gu, 'ja'],
  [/\p{Script=Hangul}/gu, 'ko'],
  [/\p{Script=Greek}/gu, 'el'],
  [/\p{Script=Hebrew}/gu, 'he'],
];
const SAMPLE = 5_000;

let stopwordIndex: { langs: string[]; masks: Map<string, number> } | undefined;
/** Every function word of the detector's languages, with a bit per language that has it. */
function stopwordMasks(): { langs: string[]; masks: Map<string, number> } {
  if (stopwordIndex) return stopwordIndex;
  const langs = Object.keys(detectorLanguages());
  const masks = new Map<string, number>();
  langs.forEach((lang, k) => {
    for (const w of detectorLanguages()[lang]!) masks.set(w, (masks.get(w) ?? 0) | (1 << k));
  });
  stopwordIndex = { langs, masks };
  return stopwordIndex;
}

/**
 * Function-word voting over the first 5,000 characters: each language scores
 * the share of tokens that are its stopwords. A text mostly in another script
 * is named by its script.
 */
export function detectLanguage(text: string, allTokens?: readonly Token[]): LanguageGuess {
  const sample = text.slice(0, SAMPLE);
  // Most news text is Latin script: count other scripts only when there are such letters.
  // The first test skips the blocks of punctuation, symbols and Latin letters ("’", "—", "€", "ﬁ")
  // that Latin text is full of, so that the Unicode-property scan runs only on likely other scripts.
  if (/[\u0370-\u1DFF\u1F00-\u1FFF\u2C00-\u2DFF\u2E80-\uFAFF\uFB13-\uFFFF]/.test(sample) && /[^\p{Script=Latin}\P{L}]/u.test(sample)) {
    const letters = sample.match(/\p{L}/gu)?.length ?? 0;
    for (const [re, lang] of SCRIPTS) {
      const n = sample.match(re)?.length ?? 0;
      if (n / letters > 0.5) {
        // Russian stopwords decide between Cyrillic languages only loosely; report the script's main language.
        return { lang, confidence: Math.min(0.99, 0.5 + n / letters / 2) };
      }
    }
  }
  const tokens = (allTokens ? tokensIn(allTokens, 0, SAMPLE) : tokenize(sample)).map((t) => t.folded);
  if (tokens.length === 0 || !/\p{L}/u.test(sample)) return { lang: 'und', confidence: 0 };
  const { langs, masks } = stopwordMasks();
  const hits = langs.map(() => 0);
  // One lookup per token: which languages have it as a function word.
  for (const t of tokens) {
    const m = masks.get(t);
    if (m) for (let k = 0; k < langs.length; k++) if (m & (1 << k)) hits[k]!++;
  }
  const scores: Array<[string, number]> = langs.map((lang, k) => [lang, hits[k]!]);
  scores.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const [best, second] = scores;
  if (!best || best[1] === 0) return { lang: 'und', confidence: 0 };
  const margin = (best[1] - (second?.[1] ?? 0)) / best[1];
  const coverage = Math.min(1, best[1] / Math.max(4, tokens.length * 0.25));
  const confidence = Math.round(Math.min(0.99, 0.34 + 0.66 * margin * coverage) * 100) / 100;
  return { lang: best[0], confidence };
}
