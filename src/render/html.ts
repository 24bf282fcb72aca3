import type { Report } from '../schema.js';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Escape text for HTML element content and quoted attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESC[c]!);
}

/** A readable hue per group, spread around the colour wheel. */
function hue(index: number): number {
  return Math.round((index * 137.508) % 360);
}

const CSS = `
:root{color-scheme:light;font-family:system-ui,-apple-system,"Segoe UI",sans-serif;color:#1a1a1a;background:#fafafa}
body{margin:0;padding:1rem 1.5rem}
h1{font-size:1.3rem;margin:.2rem 0 .8rem}
h2{font-size:1.05rem;margin:1.2rem 0 .5rem}
.legend{display:flex;gap:1rem;flex-wrap:wrap;font-size:.85rem;margin-bottom:.6rem}
.legend span{padding:.1rem .4rem;border-radius:3px}
.columns{display:grid;grid-template-columns:repeat(var(--cols),minmax(18rem,1fr));gap:1rem;align-items:start}
.column{background:#fff;border:1px solid #ccc;border-radius:6px;padding:.6rem .8rem;line-height:1.55;font-size:.92rem;overflow-wrap:anywhere}
.column h3{margin:0 0 .4rem;font-size:.95rem}
.meta{color:#555;font-size:.8rem;margin-bottom:.5rem}
.text{white-space:pre-wrap}
.claim{border-radius:3px;padding:0 .1rem;cursor:pointer;background:hsl(var(--h) 80% 90%);border-bottom:2px solid hsl(var(--h) 60% 40%)}
.claim.solo{background:#fff3c4;border-bottom:2px dashed #8a6d00}
.claim.conflict{outline:2px solid #b00020;outline-offset:1px}
.claim:focus{outline:3px solid #1a56db;outline-offset:2px}
.claim.active{background:hsl(var(--h) 90% 75%);box-shadow:0 0 0 2px #1a1a1a}
.removed{color:#767676;text-decoration:line-through}
.warn{color:#7a4b00}
table{border-collapse:collapse;font-size:.85rem}
td,th{border:1px solid #ccc;padding:.2rem .5rem;text-align:left;vertical-align:top}
`;

// Selecting a claim (click, Enter or Space) highlights its counterparts in the other versions.
const SCRIPT = `
(function(){
  var claims=document.querySelectorAll('.claim');
  function select(el){
    claims.forEach(function(c){c.classList.remove('active');c.setAttribute('aria-pressed','false');});
    var g=el.getAttribute('data-group');
    el.classList.add('active');el.setAttribute('aria-pressed','true');
    if(!g)return;
    document.querySelectorAll('.claim[data-group="'+g+'"]').forEach(function(c){c.classList.add('active');});
    var n=document.getElementById('status');
    if(n)n.textContent=el.getAttribute('data-count')+' version(s) state this claim';
  }
  claims.forEach(function(c){
    c.addEventListener('click',function(){select(c);});
    c.addEventListener('keydown',function(e){if(e.key==='Enter'||e.key===' '){e.preventDefault();select(c);}});
  });
})();
`;

export interface HtmlSource {
  id: string;
  text: string;
}

/**
 * One self-contained page (inline CSS and script, no network requests): the
 * versions of each story side by side, claims coloured by group, claims only
 * one version states marked, conflicts outlined. All article text and ids are
 * escaped.
 */
export function renderHtml(report: Report, sources: readonly HtmlSource[] = []): string {
  const textOf = new Map(sources.map((s) => [s.id, s.text]));
  const sourceOf = new Map(report.claims.map((c) => [c.id, c.source]));
  const groupOf = new Map<string, { id: string; index: number; size: number }>();
  report.groups.forEach((g, i) => {
    const size = new Set(g.claims.map((x) => sourceOf.get(x))).size;
    for (const c of g.claims) groupOf.set(c, { id: g.id, index: i, size });
  });
  const conflictClaims = new Set(report.pairs.flatMap((p) => p.conflicts.flatMap((k) => [k.a.claim, k.b.claim])));
  const claimSpan = (id: string, inner: string) => {
    const g = groupOf.get(id);
    const cls = ['claim', g ? '' : 'solo', conflictClaims.has(id) ? 'conflict' : ''].filter(Boolean).join(' ');
    const style = g ? ` style="--h:${hue(g.index)}"` : '';
    const title = g ? `${g.id}: stated by ${g.size} version(s)` : 'only this version states this claim';
    return `<span class="${cls}"${style} tabindex="0" role="button" aria-pressed="false" data-claim="${escapeHtml(id)}"${g ? ` data-group="${escapeHtml(g.id)}"` : ''} data-count="${g ? g.size : 1}" title="${escapeHtml(title)}">${inner}</span>`;
  };
  const column = (sourceId: string) => {
    const meta = report.sources.find((s) => s.id === sourceId)!;
    const claims = report.claims.filter((c) => c.source === sourceId).sort((a, b) => a.start - b.start);
    const removed = report.removed.filter((r) => r.source === sourceId).sort((a, b) => a.start - b.start);
    const text = textOf.get(sourceId);
    let body = '';
    if (text !== undefined) {
      // Walk the text once: claims wrapped, removed text struck through, the rest as is.
      const marks = [
        ...claims.map((c) => ({ start: c.start, end: c.end, html: (s: string) => claimSpan(c.id, s) })),
        ...removed.map((r) => ({ start: r.start, end: r.end, html: (s: string) => `<span class="removed" title="${escapeHtml(r.reason)}">${s}</span>` })),
      ].sort((a, b) => a.start - b.start);
      let pos = 0;
      for (const m of marks) {
        if (m.start < pos) continue;
        body += escapeHtml(text.slice(pos, m.start)) + m.html(escapeHtml(text.slice(m.start, m.end)));
        pos = m.end;
      }
      body += escapeHtml(text.slice(pos));
    } else {
      body = claims.map((c) => claimSpan(c.id, escapeHtml(c.text))).join(' ');
    }
    const warn = meta.warnings.length ? `<div class="warn">${escapeHtml(meta.warnings.join('; '))}</div>` : '';
    return `<section class="column" aria-label="${escapeHtml(`version ${sourceId}`)}"><h3>${escapeHtml(sourceId)}</h3><div class="meta">${escapeHtml(meta.lang)} · ${claims.length} claims</div>${warn}<div class="text">${body}</div></section>`;
  };
  const stories = report.stories
    .map((s) => `<h2>Story ${escapeHtml(s.id)}: ${s.sources.length} version(s)</h2><div class="columns" style="--cols:${s.sources.length}">${s.sources.map(column).join('')}</div>`)
    .join('');
  const conflicts = report.pairs.flatMap((p) => p.conflicts.map((k) => ({ ...k, pa: p.a, pb: p.b })));
  const conflictTable = conflicts.length
    ? `<table><thead><tr><th>kind</th><th>version</th><th>says</th><th>version</th><th>says</th></tr></thead><tbody>${conflicts
        .map((k) => `<tr><td>${escapeHtml(k.kind)}</td><td>${escapeHtml(k.pa)}</td><td>${escapeHtml(k.a.text)}</td><td>${escapeHtml(k.pb)}</td><td>${escapeHtml(k.b.text)}</td></tr>`)
        .join('')}</tbody></table>`
    : '<p>No conflicts found.</p>';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src 'none'">
<title>claimdiff report</title><style>${CSS}</style></head>
<body><main><h1>claimdiff: ${report.sources.length} version(s), ${report.stories.length} story(ies), ${report.groups.length} shared claim group(s)</h1>
<div class="legend"><span class="claim" style="--h:200">claim shared with other versions</span><span class="claim solo">claim only this version states</span><span class="claim conflict" style="--h:200">claim in a conflict</span><span class="removed">left out (boilerplate, markup)</span></div>
<p id="status" role="status" aria-live="polite">Select a claim (click, or Tab then Enter) to highlight its counterparts.</p>
${stories}
<h2>Conflicts (${conflicts.length})</h2>${conflictTable}
</main><script>${SCRIPT}</script></body></html>
`;
}
