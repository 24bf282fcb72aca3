import type { Range } from '../text.js';

// A tag: bounded attribute run that stops at the next angle bracket, so every
// start scans at most to the next '<' and matching stays linear.
const TAG = /<\/?[A-Za-z][A-Za-z0-9-]{0,30}(?:\s[^<>]{0,2000})?\/?>/gu;
const BLOCKS: Array<[string, string]> = [
  ['<!--', '-->'],
  ['<script', '</script'],
  ['<style', '</style'],
];

/** Ranges of HTML markup to leave out of claims: comments, script and style blocks, and tags. */
export function findMarkup(text: string): Range[] {
  const found: Range[] = [];
  const lower = text.toLowerCase();
  for (const [open, close] of BLOCKS) {
    let from = 0;
    for (;;) {
      const s = lower.indexOf(open, from);
      if (s < 0) break;
      const c = lower.indexOf(close, s + open.length);
      if (c < 0) break; // no closing marker after this point: no later block can close either
      const gt = close === '-->' ? c + 3 : lower.indexOf('>', c);
      const end = gt < 0 ? text.length : close === '-->' ? gt : gt + 1;
      found.push({ start: s, end });
      from = end;
    }
  }
  // Blocks of different kinds may nest (a comment inside a script): keep the outer ones.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const blocks: Range[] = [];
  for (const r of found) if (!blocks.length || r.start >= blocks[blocks.length - 1]!.end) blocks.push(r);
  const out = [...blocks];
  let i = 0;
  for (const m of text.matchAll(TAG)) {
    const r = { start: m.index, end: m.index + m[0].length };
    while (i < blocks.length && blocks[i]!.end <= r.start) i++;
    const b = blocks[i];
    if (!b || r.end <= b.start) out.push(r);
  }
  return out.sort((a, b) => a.start - b.start);
}
