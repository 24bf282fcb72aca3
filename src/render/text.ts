import type { Report } from '../schema.js';
import { summarize } from './summary.js';

export interface TextOptions {
  /** ANSI colour; the CLI turns it on for a terminal unless NO_COLOR is set. */
  color?: boolean;
  /** Longest claim text shown, in characters. */
  width?: number;
}

/** A plain-text comparison for a person: stories, then per source what it adds and leaves out, then conflicts. */
export function renderText(report: Report, options: TextOptions = {}): string {
  const c = (code: string, s: string) => (options.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const width = options.width ?? 160;
  const cut = (s: string) => {
    const one = s.replace(/\s+/g, ' ');
    return one.length > width ? `${one.slice(0, width - 1)}…` : one;
  };
  const out: string[] = [];
  out.push(c('1', 'Stories'));
  for (const s of report.stories) out.push(`  ${s.id}: ${s.sources.join(', ')}${s.sources.length === 1 ? c('2', '  (no other version of this story)') : ''}`);
  for (const src of report.sources) if (src.warnings.length) out.push(c('33', `  warning ${src.id}: ${src.warnings.join('; ')}`));
  const claimsById = new Map(report.claims.map((x) => [x.id, x]));
  for (const s of summarize(report)) {
    const meta = report.sources.find((x) => x.id === s.id)!;
    out.push('', c('1', `${s.id} (${s.lang}, ${meta.langConfidence.toFixed(2)}) in ${s.story}`));
    if (report.stories.find((x) => x.id === s.story)!.sources.length < 2) {
      out.push(c('2', '  nothing to compare with'));
      continue;
    }
    out.push(c('32', `  adds ${s.adds.length} claim(s) no other version states:`));
    for (const a of s.adds) out.push(`    + ${cut(a.text)}  ${c('2', `[${a.start}-${a.end}]`)}`);
    if (s.details.length) {
      out.push(c('32', '  adds details to shared claims that no other version states:'));
      const seen = new Set<string>();
      for (const d of s.details) {
        const key = `${d.start}-${d.end}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(`    + "${cut(d.text)}" in: ${cut(claimsById.get(d.claim)!.text)}`);
      }
    }
    out.push(c('31', `  leaves out ${s.leavesOut.length} claim(s) that other versions state:`));
    for (const l of s.leavesOut) out.push(`    - ${c('2', `${l.source}:`)} ${cut(l.text)}`);
  }
  const conflicts = report.pairs.flatMap((p) => p.conflicts.map((k) => ({ ...k, pa: p.a, pb: p.b })));
  out.push('', c('1', `Conflicts (${conflicts.length})`));
  for (const k of conflicts) out.push(c('35', `  ${k.kind}: ${k.pa} "${cut(k.a.text)}" [${k.a.start}-${k.a.end}] ≠ ${k.pb} "${cut(k.b.text)}" [${k.b.start}-${k.b.end}]`));
  if (!conflicts.length) out.push('  none');
  return `${out.join('\n')}\n`;
}
