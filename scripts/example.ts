/**
 * The bundled example: compare the five seed articles (four reports of one
 * meeting in Moscow in French, English and German, and one French report of
 * a meeting in Vienna), print the comparison, and write the HTML report.
 * Run: npm run example
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { compare, renderHtml, renderText, ReportSchema } from '../src/index.js';

const dir = join(import.meta.dirname, '..', 'seeds');
const sources = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ id: basename(f, '.txt'), text: readFileSync(join(dir, f), 'utf8') }));

const report = ReportSchema.parse(await compare(sources));
process.stdout.write(renderText(report, { color: process.stdout.isTTY === true && !process.env.NO_COLOR, width: 140 }));

const out = resolve(process.env.CLAIMDIFF_HTML ?? 'claimdiff-report.html');
writeFileSync(out, renderHtml(report, sources));
console.log(`\nHTML report (versions side by side): ${out}`);
