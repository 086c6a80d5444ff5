// The shell of unspin's self-contained HTML reports: one page, inline styles, a
// Content-Security-Policy that lets no script run and loads nothing. Article text goes in
// escaped (escape.ts).
import { escapeHtml as esc } from './escape.js';

const BASE_STYLE = `
body{font:15px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:1200px;padding:0 1rem;color:#222}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:2.5rem;border-top:1px solid #ccc;padding-top:1rem}
table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.2rem .5rem;vertical-align:top}
mark{background:#ffe08a}`;

/** The page up to the start of its body's content, titled `title` (escaped), with `style` added. */
export function htmlPageHead(title: string, style = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${esc(title)}</title><style>${BASE_STYLE}${style}</style></head><body>
`;
}

export const HTML_PAGE_TAIL = '</body></html>\n';
