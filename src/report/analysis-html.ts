// A self-contained HTML report of `unspin analyze`: for each article its text with spun wording
// marked (the likely original on hover) and malformed figures flagged, then its statements. Written
// article by article, so a long input streams; all article text is escaped and no script runs.
import type { Statement } from '../attribution/index.js';
import type { Figure, SpinFinding, SpinVerdict } from '../spin/index.js';
import { contentText } from './content-text.js';
import type { Article } from '../model.js';
import { escapeHtml as esc } from './escape.js';
import { htmlPageHead } from './html-page.js';

const STYLE = `
.text{background:#fafafa;border:1px solid #e4e4e4;padding:.5rem;white-space:pre-wrap}
mark.fig{background:#f3c6f0}.meta{color:#666}`;

/** The page up to the first article (the page ends with html-page.ts's HTML_PAGE_TAIL). */
export function analysisHtmlHead(): string {
  return `${htmlPageHead('unspin analysis', STYLE)}<h1>unspin analysis</h1>
<p>Marked words look machine-spun: hover one for the likely original. Flagged figures are malformed.</p>
`;
}

interface Mark {
  start: number;
  end: number;
  html: (text: string) => string;
}

/** `text` escaped, with the marks (first wins where they overlap) around their spans. */
function markedText(text: string, marks: Mark[]): string {
  let out = '';
  let at = 0;
  for (const m of [...marks].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (m.start < at || m.end > text.length || m.end <= m.start) continue;
    out += esc(text.slice(at, m.start)) + m.html(text.slice(m.start, m.end));
    at = m.end;
  }
  return out + esc(text.slice(at));
}

/** One article's section. */
export function analysisHtmlArticle(
  article: Article,
  r: { statements: Statement[]; spin: SpinFinding[]; figures: Figure[]; spin_verdict?: SpinVerdict },
): string {
  const marks: Mark[] = [
    ...r.spin.map((f) => ({
      start: f.start,
      end: f.end,
      html: (t: string) =>
        `<mark title="original: ${esc(f.suggestion)} (${f.confidence.toFixed(2)})">${esc(t)}</mark>`,
    })),
    ...r.figures
      .filter((f) => f.malformed)
      .map((f) => ({
        start: f.start,
        end: f.end,
        html: (t: string) => `<mark class="fig" title="malformed figure">${esc(t)}</mark>`,
      })),
  ];
  const parts = [
    `<h2>${esc(article.title ?? article.id)}</h2>`,
    `<p class="meta">${esc(article.id)} · ${esc(article.date ?? 'undated')} · ${r.spin.length} spun ${r.spin.length === 1 ? 'phrase' : 'phrases'}${r.spin_verdict?.reads_spun ? ' (reads as machine-spun)' : ''} · ${r.statements.length} statements</p>`,
    `<div class="text">${markedText(article.text, marks)}</div>`,
  ];
  if (r.statements.length) {
    parts.push('<table><tr><th>speaker</th><th>to</th><th>stance</th><th>cue</th><th>says</th></tr>');
    const row = (s: Statement, nested: boolean) =>
      parts.push(
        `<tr${nested ? ' class="nested"' : ''}><td>${nested ? '↳ ' : ''}${esc(s.speaker_name ?? s.speaker?.text ?? 'unnamed')}</td><td>${esc(s.addressee?.text ?? '—')}</td>` +
          `<td>${esc(s.stance)} (${esc(s.type)})</td><td>${esc(s.cue?.text ?? '')}</td><td>${esc(contentText(s.content))}</td></tr>`,
      );
    for (const s of r.statements) {
      row(s, false);
      // Statements reported within its content, under it.
      for (const n of s.nested) row(n, true);
    }
    parts.push('</table>');
  }
  return `${parts.join('\n')}\n`;
}
