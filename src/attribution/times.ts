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
/** Words after a count of time ("two days later", "five years earlier", "a week ago"). */
const RELATIVE_TIME = new Set(['earlier', 'later', 'ago', 'before', 'after']);
const TIME_UNITS = new Set([
  ...['hours', 'days', 'weeks', 'months', 'years', 'decades'],
  ...['hour', 'day', 'week', 'month', 'year', 'decade'],
]);
const COUNT_QUALIFIERS = new Set(['nearly', 'almost', 'about', 'just', 'only', 'some', 'over', 'barely']);
const COMPARED = new Set(['less', 'more', 'fewer']);
const COUNT_WORDS = new Set([
  ...['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
  ...['several', 'few', 'many', 'some'],
]);

/** How many tokens of a time phrase end at token j ("Tomas Halvorsen, last weekend blamed", "X on
 *  Friday said", "X yesterday said"): 0 when none. */
export function timeBefore(doc: Document, j: number, lo: number): number {
  if (j < lo) return 0;
  const t = doc.tokens[j];
  if (TIME_WORDS.has(t.norm)) return 1;
  // "Five years earlier", "two days later": a count of time units, then how long before or after.
  if (
    RELATIVE_TIME.has(t.norm) &&
    j - 2 >= lo &&
    TIME_UNITS.has(doc.tokens[j - 1].norm) &&
    (doc.tokens[j - 2].kind === 'number' || COUNT_WORDS.has(doc.tokens[j - 2].norm))
  ) {
    // ("less than two weeks ago", "nearly a month later": the count's qualifier too.)
    let k = j - 2;
    if (k - 1 >= lo && doc.tokens[k].norm === 'few' && doc.tokens[k - 1].norm === 'a') k--;
    if (k - 1 >= lo && COUNT_QUALIFIERS.has(doc.tokens[k - 1].norm)) k--;
    if (k - 2 >= lo && doc.tokens[k - 1].norm === 'than' && COMPARED.has(doc.tokens[k - 2].norm)) k -= 2;
    return j - k + 1;
  }
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
  const counted = countedTimeAfter(doc, i, hi);
  if (counted > 0) return counted;
  let j = i;
  // ("that night", "that week": a demonstrative before a time noun leads it like "this".)
  if (j + 1 < hi && isThatTime(doc, j)) j++;
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

/** "a few days later", "Five years earlier", "less than two weeks ago" from token i: its length, or 0. */
function countedTimeAfter(doc: Document, i: number, hi: number): number {
  let j = i;
  if (j + 1 < hi && doc.tokens[j + 1].norm === 'than' && COMPARED.has(doc.tokens[j].norm)) j += 2;
  else if (COUNT_QUALIFIERS.has(doc.tokens[j]?.norm ?? '')) j++;
  if (doc.tokens[j]?.norm === 'a' && doc.tokens[j + 1]?.norm === 'few') j++;
  if (j + 2 >= hi) return 0;
  const count = doc.tokens[j];
  if (count.kind !== 'number' && !COUNT_WORDS.has(count.norm)) return 0;
  if (!TIME_UNITS.has(doc.tokens[j + 1].norm) || !RELATIVE_TIME.has(doc.tokens[j + 2].norm)) return 0;
  // ("two days after the vote": "after" and "before" with an object are no time of their own.)
  if (
    (doc.tokens[j + 2].norm === 'after' || doc.tokens[j + 2].norm === 'before') &&
    doc.tokens[j + 3]?.kind === 'word'
  )
    return 0;
  return j + 3 - i;
}
