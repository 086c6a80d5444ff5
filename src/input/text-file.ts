// Plain-text articles, with the optional date header of the contract:
// the first non-blank line may start with `date 2022-02-04` or `date: 2022-02-04`; the text may
// continue on the same line.
import { parseDate } from './dates.js';

const HEADER_RE = /^(\s*)date:?[ \t]+(\d{4}-\d{2}-\d{2}(?:T[0-9:.+\-Z]+)?)[ \t]*/i;

export function parseTextArticle(raw: string): { text: string; date: string | null } {
  const m = HEADER_RE.exec(raw);
  if (!m) return { text: raw, date: null };
  const date = parseDate(m[2]);
  let rest = raw.slice(m[0].length);
  // A header alone on its line: drop the line break after it too.
  rest = rest.replace(/^\r?\n/, '');
  return { text: rest, date };
}
