import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { englishTags, giveEnglishTags } from '../src/claims/english-verbs.js';
import { compare, ReportSchema } from '../src/index.js';
import { root } from './helpers.js';

const cli = join(root, 'dist', 'cli.js');
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

describe('the claimdiff CLI (built)', () => {
  test('--help and --version', () => {
    expect(run('--help').stdout).toContain('claimdiff compare FILE');
    expect(run('--version').stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  test('--json prints a report that passes ReportSchema', () => {
    const r = run('compare', 'seeds/003_bc1a8fe5240b4a25.txt', 'seeds/004_94e1d8c167ab1fe2.txt', '--json');
    expect(r.status).toBe(0);
    const report = ReportSchema.parse(JSON.parse(r.stdout));
    expect(report.sources.map((s) => s.id)).toEqual(['003_bc1a8fe5240b4a25', '004_94e1d8c167ab1fe2']);
  });

  test('the worker thread that tags English texts for the CLI leaves the report as compare() makes it in one thread', async () => {
    const files = ['seeds/000_6e102a8df5d590b3.txt', 'seeds/003_bc1a8fe5240b4a25.txt', 'fixtures/articles/a100bridgecrack-en.txt', 'seeds/004_94e1d8c167ab1fe2.txt'];
    const r = run('compare', ...files, '--json');
    expect(r.status).toBe(0);
    const sources = files.map((f) => ({ id: basename(f, '.txt'), text: readFileSync(join(root, f), 'utf8') }));
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(await compare(sources))));
  });

  test('tags handed over for a text are taken once, in place of reading it', () => {
    const text = 'The council voted on Monday.';
    const handed = { verbStarts: new Set([1]), nounStarts: new Set<number>(), bareVerbStarts: new Set<number>() };
    giveEnglishTags(text, handed);
    expect(englishTags(text)).toBe(handed);
    expect([...englishTags(text).verbStarts]).toEqual([text.indexOf('voted')]);
  });

  test('text and Markdown output for a person', () => {
    const text = run('compare', 'seeds/003_bc1a8fe5240b4a25.txt', 'seeds/004_94e1d8c167ab1fe2.txt');
    expect(text.stdout).toContain('Stories');
    expect(text.stdout).toContain('leaves out');
    expect(text.stdout).not.toContain('\u001b[');
    const md = run('compare', 'seeds/003_bc1a8fe5240b4a25.txt', 'seeds/004_94e1d8c167ab1fe2.txt', '--format', 'md');
    expect(md.stdout).toContain('| story | sources |');
  });

  test('--lang sets a language', () => {
    const r = run('compare', 'seeds/003_bc1a8fe5240b4a25.txt', 'seeds/004_94e1d8c167ab1fe2.txt', '--json', '--lang', '004_94e1d8c167ab1fe2.txt=de');
    expect(JSON.parse(r.stdout).sources[1].langConfidence).toBe(1);
  });

  test.each([
    [['compare', 'seeds/003_bc1a8fe5240b4a25.txt'], /at least two files/],
    [['compare', 'missing.txt', 'seeds/003_bc1a8fe5240b4a25.txt'], /missing\.txt: no such file/],
    [['compare', 'seeds', 'seeds/003_bc1a8fe5240b4a25.txt'], /not a file/],
    [['compare', 'a', 'b', '--frobnicate'], /unknown option/],
    [['compare', 'a', 'b', '--format', 'pdf'], /--format/],
    [['frob'], /unknown command/],
    [[], /no command/],
    [['compare', 'seeds/003_bc1a8fe5240b4a25.txt', 'seeds/004_94e1d8c167ab1fe2.txt', '--max-chars', '10'], /over the limit of 10.*--max-chars/],
  ])('%j: one line on stderr, exit code 2', (args, message) => {
    const r = run(...args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });
});
