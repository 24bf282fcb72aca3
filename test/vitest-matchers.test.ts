import { describe, expect, test } from 'vitest';
import '../src/vitest/index.js';
import { seed } from './helpers.js';

describe('claimdiff/vitest matchers', () => {
  const s003 = seed('003');
  const s004 = seed('004');

  test('a text preserves its own claims', async () => {
    await expect(s003.text).toPreserveClaimsOf(s003.text);
    await expect(s003).toMatchClaimsOf(s003);
  });

  test('004 does not preserve the claims of 003; the message names what it leaves out', async () => {
    await expect(s004.text).not.toPreserveClaimsOf(s003.text);
    const err = await expect(s004.text).toPreserveClaimsOf(s003.text).catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    const message = (err as Error).message;
    expect(message).toContain('missing');
    expect(message).toMatch(/Shoigu/);
    expect(message).toMatch(/Lavrov/);
    expect(message).toMatch(/\[\d+-\d+\]/);
  });

  test('ignore skips claims', async () => {
    const original = 'The minister resigned on Monday. The weather was sunny in Paris.';
    const translation = 'Le ministre a démissionné lundi.';
    await expect(translation).not.toPreserveClaimsOf(original);
    await expect(translation).toPreserveClaimsOf(original, { ignore: [/weather/] });
  });

  test('toMatchClaimsOf also fails on added claims', async () => {
    const a = 'The minister resigned on Monday.';
    const b = 'The minister resigned on Monday. He will be replaced by his deputy, Anna Berg, on Friday.';
    await expect(b).toPreserveClaimsOf(a);
    await expect(b).not.toMatchClaimsOf(a);
  });
});
