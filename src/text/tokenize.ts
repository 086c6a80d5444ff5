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
const DIGIT_START_RE = /\d/;

export function normalizeToken(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(/[‐]/g, '-');
}

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    if (m.index >= to) break;
    // A token never crosses `to` (a sentence end): clip it there.
    const t = m.index + m[0].length > to ? m[0].slice(0, to - m.index) : m[0];
    const first = t[0];
    const kind: TokenKind = DIGIT_START_RE.test(first)
      ? 'number'
      : WORD_START_RE.test(first)
        ? 'word'
        : 'punct';
    out.push({ start: m.index, end: m.index + t.length, text: t, norm: normalizeToken(t), kind });
  }
  return out;
}
