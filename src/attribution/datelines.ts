// Datelines and live-page time stamps that open a sentence ("DAYTON, Ohio —", "KOLKATA:",
// "09:58 The …"): no part of the clause after them, neither speaker nor content.
import { wordSet } from '../lexicon/load.js';
import type { DocToken, Document } from '../text/document.js';
import { PRONOUN_SUBJECTS } from './sources.js';
import { DASHES } from './word-forms.js';

const CLOCK_TIME = /^(\d{1,2})[:.](\d{2})$/;

/** A clock time ("09:58", "9.58", "14:20"), no figure ("12.75"). */
function isClockTime(text: string): boolean {
  const m = CLOCK_TIME.exec(text);
  return !!m && Number(m[1]) <= 24 && Number(m[2]) <= 59;
}
const TIME_ZONES = new Set([
  'gmt',
  'bst',
  'utc',
  'cet',
  'et',
  'est',
  'edt',
  'pt',
  'am',
  'pm',
  'a.m.',
  'p.m.',
]);

/** Past a dateline at `start` ("EASTPORT - the port authority", "NORTHFIELD (Wire) --",
 *  "NORTHFIELD, March 3 (Wire) -", "DAYTON, Ohio —", "KOLKATA: …") or a live page's time stamp
 *  ("09:15 — …", "09:58 The …"): the place in capitals, an optional date or state after a comma,
 *  an optional bracketed agency, and a dash standing apart. `start` when there is none before
 *  `end`. */
export function afterDateline(doc: Document, start: number, end: number): number {
  const toks = doc.tokens;
  let j = start;
  // A live report's time stamp: "09:15 — The river has burst its banks, …".
  if (j < end && toks[j].kind === 'number' && isClockTime(toks[j].text)) {
    j++;
    if (j < end && TIME_ZONES.has(toks[j].norm)) j++;
    // "09:58 The met office has warned …": with no dash, the stamp opens its paragraph and a
    // capitalised word follows it.
    const opensParagraph = toks[start].start === 0 || doc.text[toks[start].start - 1] === '\n';
    if (j + 1 < end && opensParagraph && toks[j].kind === 'word' && toks[j].cap) return j;
    if (j >= end || !DASHES.has(toks[j].text)) return start;
    while (j < end && DASHES.has(toks[j].text)) j++;
    return j < end ? j : start;
  }
  // ("ST. CORRIN": an abbreviation's dot inside the place's name.)
  while (
    j < end &&
    (isCapitalsWord(toks[j]) ||
      (j > start && toks[j].text === '.' && j + 1 < end && isCapitalsWord(toks[j + 1])))
  )
    j++;
  // "Dover (Wire) –", "Aug 27 (Wire) -": a place or date in title case before its agency.
  if (j === start) return agencyDateline(doc, start, end);
  // ", March 3", ", Jan. 5", ", Ohio"
  if (j < end && toks[j].text === ',') {
    let k = j + 1;
    while (k < end && k - j <= 4 && (toks[k].cap || toks[k].kind === 'number' || toks[k].text === '.')) k++;
    if (k > j + 1) j = k;
  }
  // "(Wire)"
  if (j < end && toks[j].text === '(') {
    let k = j + 1;
    while (k < end && k - j <= 4 && toks[k].text !== ')' && toks[k].kind === 'word') k++;
    if (k < end && toks[k].text === ')') j = k + 1;
  }
  // "KOLKATA: Chief Minister Rina Das said …": a colon after the place, in the article's opening
  // paragraphs, before a sentence that reports a saying of its own (a transcript's "BERG: …" is
  // the speaker's words).
  if (j < end && toks[j].text === ':' && colonDateline(doc, start, j + 1, end)) return j + 1;
  // The dash stands apart ("U.S.-owned" is no dateline).
  if (j >= end || !DASHES.has(toks[j].text) || toks[j].start === toks[j - 1].end) return start;
  while (j < end && DASHES.has(toks[j].text)) j++;
  return j < end ? j : start;
}

/** A word of two or more characters in capitals ("DAYTON", "U.S"). */
function isCapitalsWord(t: DocToken): boolean {
  const text = t.text;
  if (t.kind !== 'word' || text.length < 2) return false;
  // (Most words have a lowercase letter among their first two: no upper-cased copy to make.)
  if (isLowerAscii(text.charCodeAt(0)) || isLowerAscii(text.charCodeAt(1))) return false;
  return text === text.toUpperCase() && /[A-Z]/.test(text);
}

const isLowerAscii = (c: number): boolean => c >= 97 && c <= 122;

/** Is "PLACE:" at `start` a dateline: in the first two paragraphs, then a capitalised word and a
 *  verb of saying of its own in the same sentence? */
function colonDateline(doc: Document, start: number, after: number, end: number): boolean {
  const first = doc.tokens[after];
  if (
    doc.sentences[doc.tokens[start].sentence].paragraph > 1 ||
    !first?.cap ||
    PRONOUN_SUBJECTS.has(first.norm)
  )
    return false;
  const speech = wordSet('speech-verbs');
  for (let i = after + 1; i < end; i++) {
    const t = doc.tokens[i];
    if (t.kind === 'word' && !t.cap && t.norm !== t.lemma && speech.has(t.lemma) && !t.quoted) return true;
  }
  return false;
}

/** Past "Dover (Wire) –" or "Aug 27 (Wire) -" at `start`: up to three capitalised words or
 *  figures, a bracketed agency and a dash standing apart; `start` when there is none. */
function agencyDateline(doc: Document, start: number, end: number): number {
  const toks = doc.tokens;
  let j = start;
  while (j < end && j - start < 3 && (toks[j].cap || toks[j].kind === 'number')) j++;
  // (Bounds-checked: an out-of-range read deoptimises the caller.)
  if (j === start || !toks[start].cap || j >= toks.length || toks[j].text !== '(') return start;
  let k = j + 1;
  while (k < end && k - j <= 3 && toks[k].kind === 'word' && toks[k].cap) k++;
  if (k === j + 1 || k + 1 >= toks.length || toks[k].text !== ')' || !DASHES.has(toks[k + 1].text))
    return start;
  return k + 2 < end ? k + 2 : start;
}
