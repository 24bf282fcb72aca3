/**
 * Vitest matchers for editorial consistency. Importing this module registers
 * them: `import 'claimdiff/vitest'` in a test or in a setup file.
 *
 *   await expect(translation).toPreserveClaimsOf(original)
 *   await expect(versionA).toMatchClaimsOf(versionB)
 */
import { expect } from 'vitest';
import { compare } from '../compare.js';
import type { Report, Source } from '../schema.js';

export interface ClaimMatcherOptions {
  /** Language of the received text (detected when omitted). */
  lang?: string;
  /** Language of the expected text (detected when omitted). */
  otherLang?: string;
  /** Claims to ignore: a claim is skipped when its text contains the string or matches the pattern. */
  ignore?: ReadonlyArray<string | RegExp>;
}

type Side = string | Source;

interface Finding {
  kind: 'missing' | 'added' | 'conflict';
  text: string;
  start: number;
  end: number;
  detail?: string;
}

function toSource(side: Side, fallbackId: string, lang?: string): Source {
  if (typeof side === 'string') return lang ? { id: fallbackId, text: side, lang } : { id: fallbackId, text: side };
  if (side && typeof side === 'object' && typeof side.text === 'string') return { ...side, id: side.id ?? fallbackId, ...(lang ? { lang } : {}) };
  throw new TypeError('claimdiff matchers take a string or a { id, text, lang? } source');
}

async function findings(received: Side, expected: Side, options: ClaimMatcherOptions, strict: boolean): Promise<{ list: Finding[]; a: string; b: string }> {
  let a = toSource(received, 'received', options.lang);
  let b = toSource(expected, 'expected', options.otherLang);
  if (a.id === b.id) {
    a = { ...a, id: `${a.id} (received)` };
    b = { ...b, id: `${b.id} (expected)` };
  }
  // One story by definition: the caller says these are versions of one text.
  const report: Report = await compare([a, b], { storyThreshold: 0 });
  const pair = report.pairs[0]!;
  const claims = new Map(report.claims.map((c) => [c.id, c]));
  const ignored = (text: string) => (options.ignore ?? []).some((p) => (typeof p === 'string' ? text.includes(p) : p.test(text)));
  const whole = (s: { claim: string; start: number; end: number }) => {
    const c = claims.get(s.claim)!;
    return c.start === s.start && c.end === s.end;
  };
  const list: Finding[] = [];
  for (const s of pair.onlyInB) if (whole(s) && !ignored(s.text)) list.push({ kind: 'missing', text: s.text, start: s.start, end: s.end });
  if (strict) {
    for (const s of pair.onlyInA) if (whole(s) && !ignored(s.text)) list.push({ kind: 'added', text: s.text, start: s.start, end: s.end });
    for (const k of pair.conflicts) {
      if (ignored(k.a.text) || ignored(k.b.text)) continue;
      list.push({ kind: 'conflict', text: k.a.text, start: k.a.start, end: k.a.end, detail: `${k.kind}: "${k.a.text}" vs "${k.b.text}" [${k.b.start}-${k.b.end}]` });
    }
  }
  return { list, a: a.id, b: b.id };
}

function describe(list: Finding[]): string {
  const label = { missing: 'missing', added: 'added', conflict: 'conflict' } as const;
  return list
    .map((f) => `  ${label[f.kind].padEnd(8)} [${f.start}-${f.end}] ${f.detail ?? f.text.replace(/\s+/g, ' ')}`)
    .join('\n');
}

/** One matcher: `strict` also counts added claims and conflicts; the messages say what passing and failing mean. */
function claimMatcher(strict: boolean, whenPass: string, whenFail: (n: number) => string) {
  return async (received: Side, expected: Side, options: ClaimMatcherOptions = {}) => {
    const { list } = await findings(received, expected, options, strict);
    const pass = list.length === 0;
    return { pass, message: () => (pass ? whenPass : `${whenFail(list.length)}:\n${describe(list)}`) };
  };
}

expect.extend({
  toPreserveClaimsOf: claimMatcher(
    false,
    'expected the text to leave out some claims of the original, but it states every one',
    (n) => `expected the text to state every claim of the original; ${n} claim(s) of the original are missing (positions in the original)`,
  ),
  toMatchClaimsOf: claimMatcher(
    true,
    'expected the texts to differ in their claims, but they state the same claims without conflicts',
    (n) => `expected the texts to state the same claims; found ${n} difference(s) (missing and conflict positions in the other text, added in the received text)`,
  ),
});

declare module 'vitest' {
  interface Assertion<T = any> {
    /** Passes when every claim of `original` has a counterpart in the received text. Async: await it. */
    toPreserveClaimsOf(original: string | Source, options?: ClaimMatcherOptions): Promise<T>;
    /** Like toPreserveClaimsOf, and also fails on added claims and on conflicts. Async: await it. */
    toMatchClaimsOf(other: string | Source, options?: ClaimMatcherOptions): Promise<T>;
  }
  interface AsymmetricMatchersContaining {
    toPreserveClaimsOf(original: string | Source, options?: ClaimMatcherOptions): void;
    toMatchClaimsOf(other: string | Source, options?: ClaimMatcherOptions): void;
  }
}
