// Time phrases around a cue ("X on Friday said", "said Monday they …"): the saying's, so no part
// of its speaker or its content.
import type { Document } from '../text/document.js';
import { WEEKDAYS } from './names.js';
import { FINITE } from './word-forms.js';

const TIME_NOUNS = new Set([
  ...WEEKDAYS,
  'week',
  'weekend',
  'month',
  'year',
  'night',
  'morning',
  'afternoon',
  'evening',
]);
const TIME_LEADS = new Set(['last', 'this', 'next', 'on', 'earlier', 'late', 'early']);

/** Is token i a demonstrative "that" before a time ("that night", "that week"), no clause's? */
export function isThatTime(doc: Document, i: number): boolean {
  return doc.tokens[i].norm === 'that' && TIME_NOUNS.has(doc.tokens[i + 1]?.norm ?? '');
}
const TIME_WORDS = new Set(['yesterday', 'today', 'tonight']);

/** How many tokens of a time phrase end at token j ("Tomas Halvorsen, last weekend blamed", "X on
 *  Friday said", "X yesterday said"): 0 when none. */
export function timeBefore(doc: Document, j: number, lo: number): number {
  if (j < lo) return 0;
  const t = doc.tokens[j];
  if (TIME_WORDS.has(t.norm)) return 1;
  if (!TIME_NOUNS.has(t.norm) || j - 1 < lo || !TIME_LEADS.has(doc.tokens[j - 1].norm)) return 0;
  // "on Friday", "last weekend", "earlier this week"
  return j - 2 >= lo && TIME_LEADS.has(doc.tokens[j - 2].norm) ? 3 : 2;
}

const DAY_PARTS = new Set(['night', 'morning', 'afternoon', 'evening']);

/**
 * How many tokens of a time phrase start at token i ("said Monday they", "said on Friday the",
 * "said late Tuesday night the", "said earlier this week that"): 0 when none, or when the phrase
 * is a possessive's ("said last year’s figures") or the subject ("said today was").
 */
export function timeAfter(doc: Document, i: number, hi: number): number {
  const j = i + timePhrase(doc, i, hi);
  if (j === i) return 0;
  const next = doc.tokens[j];
  // Not the content's own subject: "said today was a good day".
  if (j >= hi || next.kind !== 'word' || /^[’']s$/.test(next.text) || FINITE.has(next.norm)) return 0;
  return j - i;
}

/** How many tokens of a time phrase start at token i ("last year", "on Friday"), whatever follows. */
export function timePhrase(doc: Document, i: number, hi: number): number {
  let j = i;
  while (j < hi && j - i < 2 && TIME_LEADS.has(doc.tokens[j].norm)) j++;
  if (j >= hi) return 0;
  const t = doc.tokens[j];
  const bare = j === i;
  if (TIME_WORDS.has(t.norm) && bare) j++;
  else if (WEEKDAYS.has(t.norm) || (!bare && TIME_NOUNS.has(t.norm))) {
    j++;
    if (j < hi && DAY_PARTS.has(doc.tokens[j].norm) && WEEKDAYS.has(t.norm)) j++;
  } else return 0;
  return j - i;
}
