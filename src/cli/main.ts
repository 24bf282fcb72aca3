import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import pkg from '../../package.json';
import { compare } from '../compare.js';
import { ClaimdiffError } from '../errors.js';
import { detectLanguage } from '../prepare/detect-language.js';
import { getGazetteer, getResources } from '../resources/index.js';
import { renderHtml } from '../render/html.js';
import { renderMarkdown } from '../render/markdown.js';
import { renderText } from '../render/text.js';
import { DEFAULT_MAX_TEXT_LENGTH, type Source } from '../schema.js';
import type { Tagger } from './tagger.js';

const HELP = `claimdiff ${pkg.version}: split news articles into claims and compare versions of a story
(French, English, German): what each version adds, leaves out and contradicts.

Usage:
  claimdiff compare FILE FILE... [options]

Options:
  --json                 print the JSON report (DESIGN section 3)
  --format text|md|html  output format (default: text; --json is --format json)
  --lang FILE=CODE       the language of FILE (fr, en, de, ...), instead of detecting it; repeatable
  --max-chars N          largest text accepted per file (default 1000000)
  -o, --output FILE      write the output to FILE instead of standard output
  -h, --help             show this help
  -v, --version          show the version

The source id of a file is its name without the extension.
Exit codes: 0 done, 2 usage or input error.

Example:
  claimdiff compare seeds/*.txt --format md > report.md
`;

interface Args {
  files: string[];
  format: 'text' | 'md' | 'html' | 'json';
  langs: Map<string, string>;
  maxChars?: number;
  output?: string;
}

function usage(message: string): never {
  throw new ClaimdiffError('USAGE', `${message} (see claimdiff --help)`);
}

export function parseArgs(argv: readonly string[]): Args | 'help' | 'version' {
  const args: Args = { files: [], format: 'text', langs: new Map() };
  const rest = [...argv];
  if (rest.some((a) => a === '-h' || a === '--help')) return 'help';
  if (rest.some((a) => a === '-v' || a === '--version')) return 'version';
  const command = rest.shift();
  if (!command) usage('no command given');
  if (command !== 'compare') usage(`unknown command "${command}"`);
  while (rest.length) {
    const a = rest.shift()!;
    const value = (name: string) => {
      const eq = a.indexOf('=');
      if (a.startsWith('--') && eq > 0) return a.slice(eq + 1);
      const v = rest.shift();
      if (v === undefined || v.startsWith('-')) usage(`${name} needs a value`);
      return v;
    };
    const name = a.startsWith('--') && a.includes('=') ? a.slice(0, a.indexOf('=')) : a;
    if (name === '--json') args.format = 'json';
    else if (name === '--format') {
      const f = value('--format');
      if (f !== 'text' && f !== 'md' && f !== 'html' && f !== 'json') usage(`--format must be text, md or html, got "${f}"`);
      args.format = f;
    } else if (name === '--lang') {
      const v = a.startsWith('--lang=') ? a.slice('--lang='.length) : value('--lang');
      const eq = v.lastIndexOf('=');
      if (eq <= 0) usage(`--lang takes FILE=CODE, got "${v}"`);
      args.langs.set(v.slice(0, eq), v.slice(eq + 1));
    } else if (name === '--max-chars') {
      const n = Number(value('--max-chars'));
      if (!Number.isInteger(n) || n <= 0) usage('--max-chars takes a positive whole number');
      args.maxChars = n;
    } else if (name === '-o' || name === '--output') args.output = value('--output');
    else if (a.startsWith('-') && a !== '-') usage(`unknown option "${a}"`);
    else args.files.push(a);
  }
  if (args.files.length < 2) usage(`compare needs at least two files, got ${args.files.length}`);
  return args;
}

function readSource(file: string, langs: Map<string, string>): Source {
  let text: string;
  try {
    if (!statSync(file).isFile()) throw new ClaimdiffError('FILE_UNREADABLE', `${file}: not a file`, file);
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if (err instanceof ClaimdiffError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ClaimdiffError('FILE_NOT_FOUND', `${file}: no such file`, file);
    throw new ClaimdiffError('FILE_UNREADABLE', `${file}: cannot be read (${code ?? 'error'})`, file);
  }
  const id = basename(file, extname(file));
  const lang = langs.get(file) ?? langs.get(basename(file)) ?? langs.get(id);
  return lang ? { id, text, lang } : { id, text };
}

/**
 * The languages of the sources (as `compare` will find them), each one's lexicons built, and the English texts tagged
 * (not one over the length limit, which `compare` refuses).
 */
async function warm(sources: readonly Source[], tagger: Tagger, maxChars: number): Promise<void> {
  const langs = sources.map((s) => s.lang ?? detectLanguage(s.text).lang);
  const english = sources.filter((s, i) => langs[i] === 'en' && s.text.length <= maxChars).map((s) => s.text);
  const tagged = english.length ? tagger.tag(english) : undefined;
  for (const lang of new Set(langs)) {
    getResources(lang);
    getGazetteer(lang);
  }
  await tagged;
}

/**
 * Run the CLI on its arguments; the exit code. `tagger` is the worker thread the entry started before loading this
 * module (none: the English texts are tagged in this thread).
 */
export async function main(argv: readonly string[], io = { out: process.stdout, err: process.stderr }, tagger?: Tagger): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args === 'help') {
      io.out.write(HELP);
      return 0;
    }
    if (args === 'version') {
      io.out.write(`${pkg.version}\n`);
      return 0;
    }
    for (const f of args.langs.keys()) {
      if (!args.files.some((x) => x === f || basename(x) === f || basename(x, extname(x)) === f)) usage(`--lang names "${f}", which is not among the files`);
    }
    const progress = io.err.isTTY && args.files.length > 8 && args.format !== 'json';
    const sources = args.files.map((f, i) => {
      if (progress) io.err.write(`\rreading ${i + 1}/${args.files.length}`);
      return readSource(f, args.langs);
    });
    if (progress) io.err.write(`\rcomparing ${sources.length} versions…      `);
    if (tagger) await warm(sources, tagger, args.maxChars ?? DEFAULT_MAX_TEXT_LENGTH);
    const report = await compare(sources, args.maxChars ? { maxTextLength: args.maxChars } : {});
    if (progress) io.err.write('\r\u001b[K');
    const color = !args.output && io.out.isTTY === true && !process.env.NO_COLOR;
    const output =
      args.format === 'json'
        ? `${JSON.stringify(report, null, 2)}\n`
        : args.format === 'md'
          ? renderMarkdown(report)
          : args.format === 'html'
            ? renderHtml(report, sources)
            : renderText(report, { color });
    if (args.output) writeFileSync(args.output, output);
    else io.out.write(output);
    return 0;
  } catch (err) {
    if (err instanceof ClaimdiffError) {
      io.err.write(`${err.message.split('\n')[0]}\n`);
      return 2;
    }
    io.err.write(`claimdiff: internal error: ${(err as Error)?.message ?? String(err)}\n`);
    return 1;
  } finally {
    tagger?.stop();
  }
}

