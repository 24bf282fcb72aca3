import { describe, expect, test } from 'vitest';
import { ClaimdiffError, compare } from '../src/index.js';

// A deterministic fake embedder: texts that mention the same "topic word" get the same vector.
const TOPICS = [/minist|ministre|Minister/i, /harvest|vendange/i];
const fake = async (texts: string[]) => texts.map((t): number[] => [...TOPICS.map((re) => (re.test(t) ? 1 : 0)), 0.01]);

describe('pluggable similarity (embed option)', () => {
  const sources = [
    { id: 'en', text: 'The minister resigned on Monday. The harvest was remarkable.', lang: 'en' },
    { id: 'fr', text: 'Le ministre a démissionné lundi. La vendange fut remarquable.', lang: 'fr' },
  ];

  test('the embedder is called once with every claim text, and its cosine adds to the score', async () => {
    const calls: string[][] = [];
    const embed = async (texts: string[]) => {
      calls.push(texts);
      return fake(texts);
    };
    const withEmbed = await compare(sources, { embed, embedWeight: 0.9 });
    expect(calls).toHaveLength(1);
    expect(calls[0]).toEqual(withEmbed.claims.map((c) => c.text));
    const harvestGroup = (r: typeof withEmbed) => {
      const claims = new Map(r.claims.map((c) => [c.id, c.text]));
      return r.groups.find((g) => g.claims.some((id) => /harvest/.test(claims.get(id)!)))?.claims.map((id) => claims.get(id));
    };
    // Without the model nothing ties "harvest" to "vendange"; with it they align.
    expect(harvestGroup(await compare(sources))).toBeUndefined();
    expect(harvestGroup(withEmbed)).toEqual(['The harvest was remarkable.', 'La vendange fut remarquable.']);
  });

  test('a broken embedder gives a ClaimdiffError', async () => {
    const err = await compare(sources, { embed: async () => [[1]] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ClaimdiffError);
    expect((err as ClaimdiffError).code).toBe('INVALID_OPTIONS');
  });
});
