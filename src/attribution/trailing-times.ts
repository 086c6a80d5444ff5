// A counted time after a comma at a content's end ("…, hours after the raid", "…, a day after
// engineers inspected it", "…, just two weeks before the vote"): PolNeAR leaves it out of the
// content, as it dates the saying (or the event the narrator reports) against another event.
import type { Document } from '../text/document.js';
import { isQuoted } from './quotes.js';

/** Units of a counted time. */
const UNITS = new Set([
  ...['moments', 'minutes', 'hours', 'days', 'weeks', 'months', 'years'],
  ...['moment', 'minute', 'hour', 'day', 'week', 'month', 'year'],
]);
/** Words that may count the units ("a day", "two weeks", "several hours"). */
const COUNTS = new Set([
  ...['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
  ...['several', 'few', 'some', 'mere', 'scant'],
]);
/** Words that may stand before the count ("just hours", "only a day", "barely a week"). */
const QUALIFIERS = new Set(['just', 'only', 'barely', 'mere', 'nearly', 'almost', 'some', 'less', 'than']);
/** Marks that end the adjunct before the content's end: it is then no trailing one. */
const BREAKS = new Set([',', ';', ':', '—', '–', '(', ')']);

/** Does a counted time relative to an event start at token i ("hours after the raid")? */
function countedTimeAt(doc: Document, i: number, hi: number): boolean {
  let j = i;
  while (j < hi && j - i < 3 && QUALIFIERS.has(doc.tokens[j].norm)) j++;
  while (j < hi && j - i < 5 && (doc.tokens[j].kind === 'number' || COUNTS.has(doc.tokens[j].norm))) j++;
  if (j + 2 >= hi || !UNITS.has(doc.tokens[j].norm)) return false;
  // A bare singular unit is no count ("day after day"); a plural may stand alone ("hours after").
  if (j === i && !doc.tokens[j].norm.endsWith('s')) return false;
  const relation = doc.tokens[j + 1].norm;
  return (relation === 'after' || relation === 'before') && doc.tokens[j + 2].kind === 'word';
}

/**
 * Where a piece [s, cut) after its cue ends before a trailing counted time: the comma opening it
 * (s itself when the comma stands just before the piece: ", its leader said, hours after talks
 * resumed" leaves nothing after the cue), or `cut` when there is none. The adjunct must run to
 * the cut with no other comma, and must not stand inside a quotation.
 */
export function beforeTrailingTime(doc: Document, s: number, cut: number): number {
  for (let i = Math.max(s - 1, 0); i + 3 < cut; i++) {
    if (doc.tokens[i].text !== ',' || isQuoted(doc, i) || !countedTimeAt(doc, i + 1, cut)) continue;
    let k = i + 1;
    while (k < cut && !BREAKS.has(doc.tokens[k].text) && !isQuoted(doc, k)) k++;
    if (k === cut) return Math.max(i, s);
  }
  return cut;
}
