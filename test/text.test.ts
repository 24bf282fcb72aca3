import { describe, expect, test } from 'vitest';
import { spanIndex, tokenize, WordTrie } from '../src/text.js';

describe('tokenize', () => {
  test('offsets, lower-case, folding and capitals', () => {
    const text = 'Die Straße in Zürich, l’été — CO2-Ausstoß';
    const tokens = tokenize(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.folded)).toEqual(['die', 'strasse', 'in', 'zurich', 'l', 'ete', 'co2-ausstoss']);
    expect(tokens.map((t) => t.cap)).toEqual([true, true, false, true, false, false, true]);
    expect(tokenize('Élysée').map((t) => [t.lower, t.folded, t.cap])).toEqual([['élysée', 'elysee', true]]);
  });

  test('words whose code units hash alike are told apart (kept forms are found by a hash)', () => {
    // "Aa" and "BB" share a hash; so do all 64 words of six such pairs.
    const words: string[] = [];
    for (let m = 0; m < 64; m++) words.push([0, 1, 2, 3, 4, 5].map((b) => (m & (1 << b) ? 'Aa' : 'BB')).join('').slice(0, 12));
    const text = [...words, ...words].join(' ');
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual([...words, ...words]);
    for (const t of tokens) expect(t.lower).toBe(t.text.toLowerCase());
  });

  test('the same words as the word pattern, on any text', () => {
    const WORD = /[\p{L}\p{M}\p{N}\u00AD]+(?:[-‐‑][\p{L}\p{M}\p{N}\u00AD]+)*/gu;
    const alphabet = ['a', 'Z', '9', 'é', 'ß', '\u0301', '\u00AD', '-', '‐', '‑', '--', ' ', ',', '.', '’', '𝔸', '😀', '\ud800', '\udc00', '中', '٣', '\n'];
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let k = 0; k < 500; k++) {
      let text = '';
      const len = rand(40);
      for (let i = 0; i < len; i++) text += alphabet[rand(alphabet.length)];
      const expected = [...text.matchAll(WORD)].map((m) => [m.index, m[0]]);
      expect(tokenize(text).map((t) => [t.start, t.text])).toEqual(expected);
    }
  });

  test('a range keeps offsets into the whole text', () => {
    const text = 'one two three';
    expect(tokenize(text, 4, 13).map((t) => [t.text, t.start])).toEqual([['two', 4], ['three', 8]]);
    expect(tokenize(text, 4, 6).map((t) => t.text)).toEqual(['tw']);
  });
});

describe('WordTrie', () => {
  const trie = new WordTrie([
    ['central bank', 'cb'],
    ['central', 'c'],
    ['bank of england', 'boe'],
  ]);
  const walk = (words: string[]) => {
    let node = undefined as ReturnType<typeof trie.step>;
    const seen: Array<string | undefined> = [];
    for (const w of words) {
      node = trie.step(node, w);
      seen.push(node?.value);
      if (!node) break;
    }
    return seen;
  };
  test('grows a sequence word by word and reports values where entries end', () => {
    expect(walk(['central', 'bank'])).toEqual(['c', 'cb']);
    expect(walk(['bank', 'of', 'england'])).toEqual([undefined, undefined, 'boe']);
    expect(walk(['bank', 'holiday'])).toEqual([undefined, undefined]);
    expect(walk(['england'])).toEqual([undefined]);
  });
  test('a leaf has no continuation', () => {
    const leaf = trie.step(trie.step(undefined, 'central'), 'bank');
    expect(leaf?.next).toBeUndefined();
  });
});

describe('spanIndex', () => {
  test('finds a span that holds a range, behind a shorter span that starts later, and applies the test', () => {
    const spans = [
      { start: 10, end: 12, kind: 'b' },
      { start: 0, end: 30, kind: 'a' },
      { start: 20, end: 22, kind: 'c' },
    ];
    const { holds, sorted } = spanIndex(spans);
    expect(holds({ start: 25, end: 27 })).toBe(true);
    expect(holds({ start: 25, end: 27 }, (s) => s.kind === 'c')).toBe(false);
    expect(holds({ start: 20, end: 22 }, (s) => s.kind === 'c')).toBe(true);
    expect(holds({ start: 28, end: 31 })).toBe(false);
    expect(sorted().map((s) => s.kind)).toEqual(['a', 'b', 'c']);
    expect(spanIndex([]).holds({ start: 0, end: 1 })).toBe(false);
  });
});
