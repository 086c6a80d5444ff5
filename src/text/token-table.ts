// Distinct token texts, each with what the Document derives from the text alone (normal form, kind,
// capital, quote effect, lemma), found by hashing the characters in place: a token seen before
// costs no string, no lowercasing and no lemma lookup. Frequent words make most tokens repeats.
import { kindOf, normalizeToken, type TokenKind } from './normalize.js';

/** What a token does to the quote state (see buildDocument). */
export const QUOTE_NONE = 0;
export const QUOTE_OPEN = 1;
export const QUOTE_CLOSE = 2;
export const QUOTE_TOGGLE = 3;

export interface TokenEntry {
  text: string;
  norm: string;
  kind: TokenKind;
  /** Starts with an upper-case letter (words only). */
  cap: boolean;
  quote: number;
  /** Lemma ('' until the Document first needs it) and function-word flag of a word; else norm. */
  lemma: string;
  stop: boolean;
  hash: number;
  /** Its place in the table: a small number per distinct token text, or -1 when the table was full. */
  index: number;
}

const CAP_RE = /^\p{Lu}/u;

function isUpper(code: number, ch: string): boolean {
  if (code < 128) return code >= 65 && code <= 90;
  return CAP_RE.test(ch);
}

function quoteEffect(t: string): number {
  if (t === '“' || t === '«' || t === '„') return QUOTE_OPEN;
  if (t === '”' || t === '»') return QUOTE_CLOSE;
  return t === '"' ? QUOTE_TOGGLE : QUOTE_NONE;
}

/** A flat copy of a slice, so that a kept entry does not hold the whole article text. */
function detached(s: string): string {
  // V8 makes slices of 13 or more characters views into their parent; a concatenation flattens.
  return s.length < 13 ? s : (s + ' ').slice(0, -1);
}

function makeEntry(text: string, hash: number): TokenEntry {
  const kind = kindOf(text);
  const norm = normalizeToken(text);
  return {
    text,
    norm,
    kind,
    cap: kind === 'word' && isUpper(text.charCodeAt(0), text[0]),
    quote: kind === 'punct' ? quoteEffect(text) : QUOTE_NONE,
    lemma: kind === 'word' ? '' : norm,
    stop: false,
    hash,
    index: -1,
  };
}

const MAX_ENTRIES = 400_000;
let slots = new Int32Array(1 << 12);
const entries: TokenEntry[] = [];

function grow(): void {
  const next = new Int32Array(slots.length * 2);
  const mask = next.length - 1;
  for (let k = 0; k < entries.length; k++) {
    let s = entries[k].hash & mask;
    while (next[s] !== 0) s = (s + 1) & mask;
    next[s] = k + 1;
  }
  slots = next;
}

/** The entry of the token text[start, end). */
export function tokenEntry(text: string, start: number, end: number): TokenEntry {
  // FNV-1a over the UTF-16 units.
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  // 30 bits: a small integer, which an object field holds without boxing.
  h &= 0x3fffffff;
  const len = end - start;
  const mask = slots.length - 1;
  let s = h & mask;
  for (;;) {
    const k = slots[s];
    if (k === 0) break;
    const e = entries[k - 1];
    if (e.hash === h && e.text.length === len) {
      const t = e.text;
      let i = 0;
      while (i < len && t.charCodeAt(i) === text.charCodeAt(start + i)) i++;
      if (i === len) return e;
    }
    s = (s + 1) & mask;
  }
  const e = makeEntry(detached(text.slice(start, end)), h);
  if (entries.length < MAX_ENTRIES) {
    e.index = entries.length;
    entries.push(e);
    slots[s] = entries.length;
    if (entries.length * 2 > slots.length) grow();
  }
  return e;
}
