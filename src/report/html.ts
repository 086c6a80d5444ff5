// A self-contained HTML report of traced articles: copy and source side by side, passage by
// passage, with each typed change listed. All article text is escaped; no script runs.
import type { Store } from '../store/store.js';
import { escapeHtml as esc } from './escape.js';
import type { TraceJson } from './trace-json.js';
import { directionReasons } from './direction.js';
import { HTML_PAGE_TAIL, htmlPageHead } from './html-page.js';

const STYLE = `
.kind{display:inline-block;padding:0 .4em;border-radius:3px;background:#eee;font-size:.85em}
.pair{display:grid;grid-template-columns:1fr 1fr;gap:1rem;margin:.5rem 0}
.pair div{background:#fafafa;border:1px solid #e4e4e4;padding:.5rem;white-space:pre-wrap}
.pair .only{background:#fff7e0}
.sim{color:#666;font-size:.8em}`;

export async function renderHtmlReport(store: Store, reports: TraceJson[]): Promise<string> {
  const parts: string[] = [];
  for (const r of reports) {
    parts.push(`<h2>${esc(r.id)} <span class="kind">${esc(r.copy_type)}</span></h2>`);
    parts.push(`<p>date ${esc(r.date ?? 'undated')} · story ${esc(r.story ?? '-')}`);
    if (!r.source) {
      parts.push(' · no source among stored articles</p>');
      const v = r.spin_verdict;
      if (v?.reads_spun)
        parts.push(
          `<p class="why">Its wording reads as machine-spun on its own: ${v.findings} spun phrases (${v.per_1000_words} per 1,000 words), e.g. ${v.examples.map((e) => `“${esc(e.text)}” → ${esc(e.suggestion)}`).join(', ')}.</p>`,
        );
      continue;
    }
    parts.push(` · source <b>${esc(r.source.id)}</b> (similarity ${r.source.similarity.toFixed(2)})</p>`);
    if (r.direction) parts.push(`<p class="why">Why this source: ${esc(directionReasons(r.direction))}.</p>`);
    const copy = await store.getArticle(r.id);
    const src = await store.getArticle(r.source.id);
    if (r.changes.length) {
      parts.push('<table><tr><th>change</th><th>copy</th><th>source</th><th>note</th></tr>');
      for (const c of r.changes)
        parts.push(
          `<tr><td>${esc(c.kind)}</td><td>${esc(c.copy?.text ?? '—')}</td><td>${esc(c.source?.text ?? '—')}</td><td>${esc(c.note)}</td></tr>`,
        );
      parts.push('</table>');
    }
    if (copy && src) {
      // The whole copy, in order: aligned passages beside their source, the rest on its own.
      const passages = [...r.passages].sort((a, b) => a.copy.start - b.copy.start);
      let at = 0;
      const gap = (end: number) => {
        const text = copy.text.slice(at, end).trim();
        if (text) parts.push(`<div class="pair"><div class="only">${esc(text)}</div><div></div></div>`);
      };
      for (const p of passages) {
        gap(p.copy.start);
        parts.push(
          `<div class="pair"><div>${esc(copy.text.slice(p.copy.start, p.copy.end))}</div><div>${esc(src.text.slice(p.source.start, p.source.end))}</div></div><div class="sim">similarity ${p.similarity.toFixed(2)}</div>`,
        );
        at = Math.max(at, p.copy.end);
      }
      gap(copy.text.length);
    }
  }
  return `${htmlPageHead('unspin trace report', STYLE)}<h1>unspin trace report</h1><p>${reports.length} article${reports.length === 1 ? '' : 's'}; copy on the left, source on the right; copy text with no counterpart is shaded.</p>
${parts.join('\n')}
${HTML_PAGE_TAIL}`;
}
