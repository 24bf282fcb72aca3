import { describe, expect, test } from 'vitest';
import { tokenize, WordTrie } from '../src/text.js';

describe('tokenize', () => {
  test('offsets, lower-case, folding and capitals', () => {
    const text = 'Die Straße in Zürich, l’été — CO2-Ausstoß';
    const tokens = tokenize(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.folded)).toEqual(['die', 'strasse', 'in', 'zurich', 'l', 'ete', 'co2-ausstoss']);
    expect(tokens.map((t) => t.cap)).toEqual([true, true, false, true, false, false, true]);
    expect(tokenize('Élysée').map((t) => [t.lower, t.folded, t.cap])).toEqual([['élysée', 'elysee', true]]);
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
