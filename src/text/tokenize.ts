// A fast, offset-exact tokenizer. Tokens never drift: `text.slice(start, end) === token.text`.

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lowercased, with typographic apostrophes/quotes folded to ASCII. */
  norm: string;
  kind: TokenKind;
}

// Order matters: abbreviations with dots (U.S., p.m.) before words; numbers with separators;
// words with inner apostrophes or hyphens; then any single non-space character.
const TOKEN_RE =
  /(?:\p{L}\.){2,}|\d+(?:[.,:]\d+)*(?:%|st|nd|rd|th|s)?|[\p{L}\p{M}\d]+(?:['’\-‐][\p{L}\p{M}\d]+)*|[^\s]/gu;

const WORD_START_RE = /[\p{L}]/u;
const FOLD_RE = /[’‘‐]/;

export function normalizeToken(text: string): string {
  const lower = text.toLowerCase();
  // Most tokens have no typographic apostrophe or hyphen: one test instead of two replacements.
  return FOLD_RE.test(lower) ? lower.replace(/[’‘]/g, "'").replace(/[‐]/g, '-') : lower;
}

/** Kind of a token, from its first UTF-16 unit. */
function kindOf(token: string): TokenKind {
  const c = token.charCodeAt(0);
  if (c < 128) {
    if (c >= 48 && c <= 57) return 'number';
    return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 'word' : 'punct';
  }
  // Outside ASCII, \d matches only ASCII digits, so a non-ASCII character is a letter or punctuation.
  return WORD_START_RE.test(token[0]) ? 'word' : 'punct';
}

/**
 * Calls `visit` for each token of text[from, to) in order, without building token objects (the
 * Document builds its own, richer ones: one allocation per token instead of two).
 */
export function scanTokens(
  text: string,
  from: number,
  to: number,
  visit: (start: number, tokenText: string, norm: string, kind: TokenKind) => void,
): void {
  TOKEN_RE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    if (m.index >= to) break;
    // A token never crosses `to` (a sentence end): clip it there.
    const t = m.index + m[0].length > to ? m[0].slice(0, to - m.index) : m[0];
    visit(m.index, t, normalizeToken(t), kindOf(t));
  }
}

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  scanTokens(text, from, to, (start, t, norm, kind) => {
    out.push({ start, end: start + t.length, text: t, norm, kind });
  });
  return out;
}
