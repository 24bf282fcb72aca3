import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as api from '../src/index.js';
import { root } from './helpers.js';

// Test what ships: the tarball from `npm pack`, installed into a new project.
let dir: string;
const sh = (cmd: string, args: string[], cwd = dir) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimdiff-pack-'));
  const tgz = sh('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', dir], root).trim().split('\n').pop()!;
  const devVersions = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies as Record<string, string>;
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'commonjs' }));
  sh('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(dir, tgz), `vitest@${devVersions.vitest}`, `typescript@${devVersions.typescript}`, `@types/node@${devVersions['@types/node']}`]);
  writeFileSync(join(dir, 'seed.txt'), readFileSync(join(root, 'seeds', '003_bc1a8fe5240b4a25.txt'), 'utf8'));
}, 300_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the packed package in a new project', { timeout: 120_000 }, () => {
  test('the export names are exactly the public surface', () => {
    expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
      [
        "ClaimSchema",
        "ClaimdiffError",
        "CompareOptionsSchema",
        "ConflictSchema",
        "ERROR_CODES",
        "FacetSchema",
        "ReportSchema",
        "SUPPORTED_LANGS",
        "SourceSchema",
        "SpanSchema",
        "compare",
        "extractClaims",
        "isClaimdiffError",
        "renderHtml",
        "renderMarkdown",
        "renderText",
      ]
    `);
  });

  test('works from require (CommonJS) and import (ESM)', () => {
    writeFileSync(join(dir, 'a.cjs'), `const { compare, ReportSchema } = require('claimdiff');
compare([{ id: 'a', text: 'The minister resigned on Monday.' }, { id: 'b', text: 'Le ministre a démissionné lundi.' }])
  .then((r) => console.log('cjs', ReportSchema.parse(r).groups.length));`);
    writeFileSync(join(dir, 'b.mjs'), `import { compare, ReportSchema } from 'claimdiff';
const r = await compare([{ id: 'a', text: 'The minister resigned on Monday.' }, { id: 'b', text: 'Der Minister trat am Montag zurück.' }]);
console.log('esm', ReportSchema.parse(r).groups.length);`);
    expect(sh(process.execPath, ['a.cjs'])).toMatch(/^cjs \d+/);
    expect(sh(process.execPath, ['b.mjs'])).toMatch(/^esm \d+/);
    expect(sh(join(dir, 'node_modules', '.bin', 'claimdiff'), ['--version']).trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  test('loads wink-nlp and its English model only when an English text needs them', () => {
    writeFileSync(join(dir, 'lazy.mjs'), `import { createRequire } from 'node:module';
import { compare } from 'claimdiff';
const loaded = () => Object.keys(createRequire(import.meta.url).cache).some((k) => k.includes('wink-eng-lite-web-model'));
const before = loaded();
await compare([{ id: 'a', text: 'Le ministre a démissionné lundi.' }, { id: 'b', text: 'Der Minister trat am Montag zurück.' }]);
const afterFrDe = loaded();
await compare([{ id: 'a', text: 'The minister resigned on Monday.' }, { id: 'b', text: 'Der Minister trat am Montag zurück.' }]);
console.log(before, afterFrDe, loaded());`);
    expect(sh(process.execPath, ['lazy.mjs']).trim()).toBe('false false true');
  });

  test('type-checks under strict TypeScript, with the matcher types', () => {
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', noEmit: true, skipLibCheck: false, types: ['node'] }, include: ['*.mts'] }));
    writeFileSync(join(dir, 'use.mts'), `import { compare, type Report, ClaimdiffError } from 'claimdiff';
import { expect } from 'vitest';
import 'claimdiff/vitest';
const r: Report = await compare([{ id: 'a', text: 'x y' }, { id: 'b', text: 'y z', lang: 'en' }]);
const code: string = new ClaimdiffError('USAGE', 'm').code;
await expect('a').toPreserveClaimsOf('b', { ignore: [/x/] });
export { r, code };`);
    sh(join(dir, 'node_modules', '.bin', 'tsc'), ['-p', '.']);
  });

  test('the matchers run in the consumer project (a CommonJS package), from .ts and .mjs test files', () => {
    // Vitest loads test files itself (vitest 4 refuses require()), so the import
    // condition of claimdiff/vitest is used even in a "type": "commonjs" package.
    const body = `import { test, expect } from 'vitest';
import 'claimdiff/vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
const seed = readFileSync(join(${JSON.stringify(dir)}, 'seed.txt'), 'utf8');
test('preserves itself', async () => { await expect(seed).toPreserveClaimsOf(seed); });
test('a short text does not', async () => { await expect('Moscow, May 27.').not.toPreserveClaimsOf(seed); });`;
    writeFileSync(join(dir, 'm.test.ts'), body);
    writeFileSync(join(dir, 'm.test.mjs'), body);
    const out = sh(join(dir, 'node_modules', '.bin', 'vitest'), ['run', '--root', dir]);
    expect(out).toMatch(/4 passed/);
  });
});
