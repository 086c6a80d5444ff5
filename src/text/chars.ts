// Character classes the tokenizer tests, by code point, as the regular expressions \s, \p{L} and
// \p{M} (with the u flag) define them. ASCII is decided inline; other characters of the Basic
// Multilingual Plane are classified once, on first sight, by those very expressions, and kept in a
// table; the rare characters beyond it are asked each time.

const SPACE = 1;
const LETTER = 2;
const MARK = 4;
const KNOWN = 8;

const SPACE_RE = /^\s$/u;
const LETTER_RE = /^\p{L}$/u;
const MARK_RE = /^\p{M}$/u;

const bmp = new Uint8Array(0x10000);

function classify(ch: string): number {
  return (
    KNOWN |
    (SPACE_RE.test(ch) ? SPACE : 0) |
    (LETTER_RE.test(ch) ? LETTER : 0) |
    (MARK_RE.test(ch) ? MARK : 0)
  );
}

/** Class bits of a code point above 127. */
function classOf(cp: number): number {
  if (cp < 0x10000) {
    let c = bmp[cp];
    if (c === 0) bmp[cp] = c = classify(String.fromCharCode(cp));
    return c;
  }
  return classify(String.fromCodePoint(cp));
}

/** \s: one UTF-16 unit is enough, every white-space character is in the BMP. */
export function isSpaceUnit(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (classOf(c) & SPACE) !== 0;
}

/** \p{L} */
export function isLetter(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90);
  return (classOf(cp) & LETTER) !== 0;
}

/** [\p{L}\p{M}\d] (\d is ASCII digits only, also with the u flag). */
export function isWordChar(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57);
  return (classOf(cp) & (LETTER | MARK)) !== 0;
}

/** The code point at i, as the u flag reads it: a surrogate pair is one, a lone surrogate is itself. */
export function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return c;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? (c - 0xd800) * 0x400 + d - 0xdc00 + 0x10000 : c;
}
