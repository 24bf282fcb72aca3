import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { extractFacets, newFacetState } from '../src/facets/index.js';
import { getResources } from '../src/resources/index.js';
import { root } from './helpers.js';

// One concept stated in English, French and German, in inflected forms, across news domains
// other than security (economy, disasters, aviation and transport, courts, elections, health, sport).
const rows = readFileSync(join(root, 'test', 'fixtures', 'concept-matches.tsv'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'))
  .map((l) => l.split('\t') as [string, string, string, string, string]);

function concepts(text: string, lang: string): string[] {
  return extractFacets(text, { start: 0, end: text.length }, getResources(lang), newFacetState())
    .filter((f) => f.kind === 'concept')
    .map((f) => f.id.slice('concept:'.length));
}

describe('cross-language concept matches', () => {
  test('the table has at least 200 rows outside security', () => {
    expect(rows.length).toBeGreaterThanOrEqual(200);
    expect(rows.every(([domain]) => domain !== 'security')).toBe(true);
  });
  test.each(rows)('%s: %s', (_domain, concept, en, fr, de) => {
    expect({ en: concepts(en, 'en') }).toEqual({ en: expect.arrayContaining([concept]) });
    expect({ fr: concepts(fr, 'fr') }).toEqual({ fr: expect.arrayContaining([concept]) });
    expect({ de: concepts(de, 'de') }).toEqual({ de: expect.arrayContaining([concept]) });
  });
});
