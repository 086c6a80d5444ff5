import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeToken, tokenize, type Token } from '../../src/text/tokenize.js';
import { kindOf } from '../../src/text/normalize.js';

// The tokenizer scans by hand; this is the regular expression it follows.
const TOKEN_RE =
  /(?:\p{L}\.){2,}|\d+(?:[.,:]\d+)*(?:%|st|nd|rd|th|s)?|[\p{L}\p{M}\d]+(?:['’\-‐][\p{L}\p{M}\d]+)*|[^\s]/gu;

function byRegex(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    if (m.index >= to) break;
    const t = m.index + m[0].length > to ? m[0].slice(0, to - m.index) : m[0];
    out.push({ start: m.index, end: m.index + t.length, text: t, norm: normalizeToken(t), kind: kindOf(t) });
  }
  return out;
}

// Characters each branch of the expression reacts to, and some it must not.
const ALPHABET = [
  ...'aZé.,:%\'’‐-"“”«»„ \n\t\u00a0\u2009\ufeff0123456789stndrh()!?…',
  '\u0301', // a combining mark
  'ß',
  'İ',
  'Ω',
  '東',
  '𝐀', // a letter beyond the BMP
  '🙂',
  '\ud800', // a lone surrogate
  '\u0660', // an Arabic-Indic digit: not \d, so punctuation of its own
];

test('the hand-written scanner finds the tokens the regular expression finds', () => {
  let seed = 7;
  const rnd = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
  for (let k = 0; k < 3000; k++) {
    const len = 1 + rnd(24);
    let text = '';
    for (let i = 0; i < len; i++) text += ALPHABET[rnd(ALPHABET.length)];
    const from = rnd(3) === 0 ? Math.min(rnd(4), text.length) : 0;
    const to = rnd(3) === 0 ? Math.max(from, text.length - rnd(4)) : text.length;
    assert.deepEqual(tokenize(text, from, to), byRegex(text, from, to), JSON.stringify({ text, from, to }));
  }
});

test('abbreviations, numbers and joined words', () => {
  const text = 'The U.S. paid $1,234.56 (3.5%) on the 21st, 1990s; well‐known O’Brien’s co-op. e.g. A.';
  assert.deepEqual(tokenize(text), byRegex(text, 0, text.length));
  assert.deepEqual(
    tokenize(text).map((t) => t.text),
    [
      'The',
      'U.S.',
      'paid',
      '$',
      '1,234.56',
      '(',
      '3.5%',
      ')',
      'on',
      'the',
      '21st',
      ',',
      '1990s',
      ';',
      'well‐known',
      'O’Brien’s',
      'co-op',
      '.',
      'e.g.',
      'A',
      '.',
    ],
  );
});
