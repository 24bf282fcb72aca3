import type { Claim, Report } from '../schema.js';

export interface SourceSummary {
  id: string;
  lang: string;
  story: string;
  /** Claims no other source of the story states. */
  adds: Claim[];
  /** Claims of other sources of the story that this one does not state, with their source. */
  leavesOut: Claim[];
  /** Details (parts of shared claims) that no other source of the story states. */
  details: Array<{ claim: string; text: string; start: number; end: number }>;
}

/** The per-source view that the text, Markdown and HTML renderers share. */
export function summarize(report: Report): SourceSummary[] {
  const claims = new Map(report.claims.map((c) => [c.id, c]));
  const grouped = new Set(report.groups.flatMap((g) => g.claims));
  const storyOf = new Map(report.stories.flatMap((s) => s.sources.map((id) => [id, s.id] as const)));
  return report.sources.map((s) => {
    const adds = report.claims.filter((c) => c.source === s.id && !grouped.has(c.id));
    const leavesOut = new Map<string, Claim>();
    const detailCount = new Map<string, { claim: string; text: string; start: number; end: number; n: number }>();
    let others = 0;
    for (const p of report.pairs) {
      const [mine, theirs] = p.a === s.id ? [p.onlyInA, p.onlyInB] : p.b === s.id ? [p.onlyInB, p.onlyInA] : [undefined, undefined];
      if (!mine || !theirs) continue;
      others++;
      for (const span of theirs) {
        const c = claims.get(span.claim)!;
        if (span.start === c.start && span.end === c.end) leavesOut.set(c.id, c);
      }
      for (const span of mine) {
        const c = claims.get(span.claim)!;
        if (span.start === c.start && span.end === c.end) continue;
        const key = `${span.start}-${span.end}`;
        const d = detailCount.get(key) ?? { ...span, n: 0 };
        d.n++;
        detailCount.set(key, d);
      }
    }
    // A detail this version adds is one that every other version of the story lacks.
    const details = [...detailCount.values()]
      .filter((d) => d.n === others)
      .sort((a, b) => a.start - b.start)
      .map(({ n: _n, ...d }) => d);
    return { id: s.id, lang: s.lang, story: storyOf.get(s.id) ?? '', adds, leavesOut: [...leavesOut.values()], details };
  });
}
