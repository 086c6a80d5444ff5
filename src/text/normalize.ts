// A token's kind and normal form, from its text alone.

export type TokenKind = 'word' | 'number' | 'punct';

const WORD_START_RE = /[\p{L}]/u;
const FOLD_RE = /[’‘‐]/;

/** Lowercased, with typographic apostrophes and hyphens folded to ASCII. */
export function normalizeToken(text: string): string {
  const lower = text.toLowerCase();
  // Most tokens have no typographic apostrophe or hyphen: one test instead of two replacements.
  return FOLD_RE.test(lower) ? lower.replace(/[’‘]/g, "'").replace(/[‐]/g, '-') : lower;
}

/** Kind of a token, from its first UTF-16 unit. */
export function kindOf(token: string): TokenKind {
  const c = token.charCodeAt(0);
  if (c < 128) {
    if (c >= 48 && c <= 57) return 'number';
    return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 'word' : 'punct';
  }
  // Outside ASCII, \d matches only ASCII digits, so a non-ASCII character is a letter or punctuation.
  return WORD_START_RE.test(token[0]) ? 'word' : 'punct';
}
