import type { Report } from '../schema.js';
import { summarize } from './summary.js';

/** Escape text for a Markdown table cell. */
function cell(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_{}[\]<>|#]/g, (ch) => `\\${ch}`)
    .trim();
}

/** Markdown for GitHub: stories, then per source what it adds and leaves out, then conflicts, as tables. */
export function renderMarkdown(report: Report): string {
  const out: string[] = ['# claimdiff report', '', '## Stories', '', '| story | sources |', '| --- | --- |'];
  for (const s of report.stories) out.push(`| ${s.id} | ${s.sources.map(cell).join(', ')} |`);
  out.push('', '## Sources', '', '| source | language | confidence | claims | warnings |', '| --- | --- | --- | --- | --- |');
  for (const s of report.sources) {
    out.push(`| ${cell(s.id)} | ${s.lang} | ${s.langConfidence.toFixed(2)} | ${report.claims.filter((c) => c.source === s.id).length} | ${cell(s.warnings.join('; ')) || '–'} |`);
  }
  for (const s of summarize(report)) {
    out.push('', `## ${cell(s.id)}`, '', `**Adds** (${s.adds.length}): claims no other version states`, '');
    if (s.adds.length) {
      out.push('| claim | span |', '| --- | --- |');
      for (const a of s.adds) out.push(`| ${cell(a.text)} | ${a.start}–${a.end} |`);
    }
    if (s.details.length) {
      out.push('', '**Adds details** to shared claims that no other version states', '', '| detail | in claim |', '| --- | --- |');
      for (const d of s.details) out.push(`| ${cell(d.text)} | ${d.claim} |`);
    }
    out.push('', `**Leaves out** (${s.leavesOut.length}): claims other versions state`, '');
    if (s.leavesOut.length) {
      out.push('| stated by | claim |', '| --- | --- |');
      for (const l of s.leavesOut) out.push(`| ${cell(l.source)} | ${cell(l.text)} |`);
    }
  }
  const conflicts = report.pairs.flatMap((p) => p.conflicts.map((k) => ({ ...k, pa: p.a, pb: p.b })));
  out.push('', `## Conflicts (${conflicts.length})`, '');
  if (conflicts.length) {
    out.push('| kind | source A | says | source B | says |', '| --- | --- | --- | --- | --- |');
    for (const k of conflicts) out.push(`| ${k.kind} | ${cell(k.pa)} | ${cell(k.a.text)} | ${cell(k.pb)} | ${cell(k.b.text)} |`);
  } else out.push('None found.');
  return `${out.join('\n')}\n`;
}
