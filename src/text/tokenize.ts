// A fast, offset-exact tokenizer. Tokens never drift: `text.slice(start, end) === token.text`.
import { codePointAt, isLetter, isSpaceUnit, isWordChar } from './chars.js';
import { type TokenKind } from './normalize.js';
import { tokenEntry } from './token-table.js';

export { normalizeToken, type TokenKind } from './normalize.js';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lowercased, with typographic apostrophes/quotes folded to ASCII. */
  norm: string;
  kind: TokenKind;
}

// The tokens, as this regular expression defines them (scanning follows it by hand: it allocates
// nothing per token). Order matters: abbreviations with dots (U.S., p.m.) before words; numbers
// with separators; words with inner apostrophes or hyphens; then any single non-space character:
// /(?:\p{L}\.){2,}|\d+(?:[.,:]\d+)*(?:%|st|nd|rd|th|s)?|[\p{L}\p{M}\d]+(?:['’\-‐][\p{L}\p{M}\d]+)*|[^\s]/gu

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const unitsOf = (cp: number): number => (cp > 0xffff ? 2 : 1);

// ASCII characters by class, so that the common case costs an array read (no call).
const PUNCT = 0;
const LETTER = 1;
const DIGIT = 2;
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) ASCII_CLASS[c] = LETTER;
  else if (isDigit(c)) ASCII_CLASS[c] = DIGIT;
}

/** End of the token that starts at i (a non-space), possibly past the end of the range scanned. */
export function tokenEndAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) {
    const k = ASCII_CLASS[c];
    if (k === PUNCT) return i + 1; // [^\s]
    if (k === DIGIT) return numberEnd(text, i);
    if (i + 1 < text.length && text.charCodeAt(i + 1) === 46) {
      const end = abbreviationEnd(text, i);
      if (end !== -1) return end;
    }
    return wordEnd(text, i + 1);
  }
  const first = codePointAt(text, i);
  if (isLetter(first)) {
    const end = abbreviationEnd(text, i);
    if (end !== -1) return end;
  }
  // A letter or a combining mark starts a word; anything else is a token of its own ([^\s]).
  return isWordChar(first) ? wordEnd(text, i + unitsOf(first)) : i + unitsOf(first);
}

/** (?:\p{L}\.){2,} at i: its end, or -1. */
function abbreviationEnd(text: string, i: number): number {
  const n = text.length;
  let j = i;
  let pairs = 0;
  while (j < n) {
    const cp = codePointAt(text, j);
    const dot = j + unitsOf(cp);
    if (dot < n && text.charCodeAt(dot) === 46 && isLetter(cp)) {
      j = dot + 1;
      pairs++;
    } else break;
  }
  return pairs >= 2 ? j : -1;
}

/** \d+(?:[.,:]\d+)*(?:%|st|nd|rd|th|s)? at i (a digit): its end. */
function numberEnd(text: string, i: number): number {
  const n = text.length;
  let j = i + 1;
  while (j < n && isDigit(text.charCodeAt(j))) j++;
  for (;;) {
    const c = j < n ? text.charCodeAt(j) : 0;
    if ((c === 46 || c === 44 || c === 58) && j + 1 < n && isDigit(text.charCodeAt(j + 1))) {
      j += 2;
      while (j < n && isDigit(text.charCodeAt(j))) j++;
    } else break;
  }
  // (Reads stay inside the text: a read past its end makes optimised code start over.)
  const c = j < n ? text.charCodeAt(j) : 0;
  const d = j + 1 < n ? text.charCodeAt(j + 1) : 0;
  if (c === 37) return j + 1; // %
  if (
    (c === 115 && d === 116) ||
    (c === 110 && d === 100) ||
    (c === 114 && d === 100) ||
    (c === 116 && d === 104)
  )
    return j + 2; // st nd rd th
  return c === 115 ? j + 1 : j; // s
}

/** The rest of [\p{L}\p{M}\d]+(?:['’\-‐][\p{L}\p{M}\d]+)* from j, its first character read. */
function wordEnd(text: string, j: number): number {
  const n = text.length;
  for (;;) {
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c < 128) {
        if (ASCII_CLASS[c] === PUNCT) break;
        j++;
      } else {
        const cp = codePointAt(text, j);
        if (!isWordChar(cp)) break;
        j += unitsOf(cp);
      }
    }
    if (j + 1 >= n) return j;
    const c = text.charCodeAt(j);
    if ((c === 39 || c === 0x2019 || c === 45 || c === 0x2010) && isWordChar(codePointAt(text, j + 1))) j++;
    else return j;
  }
}

/**
 * Calls `visit(start, end)` for each token of text[from, to) in order; a token never crosses `to`
 * (a sentence end): it is clipped there.
 */
export function scanTokenRanges(
  text: string,
  from: number,
  to: number,
  visit: (start: number, end: number) => void,
): void {
  for (let i = firstTokenFrom(text, from, to); i < to;) {
    const end = tokenEndAt(text, i);
    visit(i, end < to ? end : to);
    i = skipSpaces(text, end, to);
  }
}

/**
 * Where the first token at or after `from` starts. Like a regular expression with the u flag, a
 * scan that starts inside a surrogate pair starts at the pair.
 */
export function firstTokenFrom(text: string, from: number, to: number): number {
  if (from > 0 && from < text.length) {
    const c = text.charCodeAt(from);
    const b = text.charCodeAt(from - 1);
    if (c >= 0xdc00 && c <= 0xdfff && b >= 0xd800 && b <= 0xdbff) from--;
  }
  return skipSpaces(text, from, to);
}

/** The first position in [i, to) that is not white space, else `to` (or i, when i >= to). */
export function skipSpaces(text: string, i: number, to: number): number {
  for (; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 ? c !== 32 && (c < 9 || c > 13) : !isSpaceUnit(c)) break;
  }
  return i;
}

/**
 * Calls `visit` for each token of text[from, to) in order, without building token objects (the
 * Document builds its own, richer ones).
 */
export function scanTokens(
  text: string,
  from: number,
  to: number,
  visit: (start: number, tokenText: string, norm: string, kind: TokenKind) => void,
): void {
  scanTokenRanges(text, from, to, (start, end) => {
    const e = tokenEntry(text, start, end);
    visit(start, e.text, e.norm, e.kind);
  });
}

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  scanTokens(text, from, to, (start, t, norm, kind) => {
    out.push({ start, end: start + t.length, text: t, norm, kind });
  });
  return out;
}
