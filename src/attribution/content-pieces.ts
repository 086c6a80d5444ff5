// Content pieces of a statement: one that ends at a token (back to its quotation's start or the
// sentence's), one that starts at a token (to the quotation's close or the clause's end), and the
// second half of a quotation or clause split by its reporting clause.
import type { Document } from '../text/document.js';
import type { TokenRange } from './types.js';
import { contrastEnd, narratorNounPhrase, saysOn, wordsAfter } from './after-cue.js';
import { isTitleWord } from './names.js';
import { isCloseQuote, isOpenQuote, isQuoted, quoteEndAcrossParagraphs, quoteStartBefore } from './quotes.js';
import { contentEnd, hasFiniteVerb, QUANTIFIERS } from './sources.js';
import { FINITE, mayBeFiniteVerb, RELATIVE_WORDS } from './word-forms.js';

/** A content piece that ends at `last` (inclusive): back to its opening quotation mark or the sentence start. */
export function contentEndingAt(doc: Document, last: number, lo: number): TokenRange {
  let end = last + 1;
  if (isCloseQuote(doc, last)) {
    const open = quoteStartBefore(doc, last);
    // A quotation opened mid-sentence ("Moscow has demanded “guarantees,” the Kremlin said"): take
    // the whole clause; not one the narrator's words introduce after a colon or a parenthesis
    // ("The mood had turned: “We are done,” she said"), which is all that was said.
    const introduced = open > lo && (doc.tokens[open - 1].text === ':' || doc.tokens[open - 1].text === '(');
    return [open > lo && open <= last && !introduced ? lo : open, end];
  }
  while (end > lo && doc.tokens[end - 1].text === ',') end--;
  return [afterJoin(doc, lo, end), end];
}

/**
 * "But the candidate's confidence masked …, according to four aides": the narrator's "But"
 * opening the sentence joins it to the one before; it is no part of what was said. Returns where
 * a content [lo, end) from the sentence's start begins.
 */
export function afterJoin(doc: Document, lo: number, end: number): number {
  return SENTENCE_JOINS.has(doc.tokens[lo].norm) && end - lo > 2 && !isQuoted(doc, lo) ? lo + 1 : lo;
}

/** Conjunctions that open a sentence to join it to the one before. */
const SENTENCE_JOINS = new Set(['but', 'and', 'yet', 'so']);

/** Words that open a subordinate clause a reporting clause in commas may interrupt right after them. */
const ASIDE_SUBORDINATORS = new Set([
  ...['when', 'where', 'because', 'although', 'though', 'while', 'whereas', 'since', 'unless', 'until'],
]);

/**
 * The piece before a reporting clause in commas, from the relative pronoun that opens it when one
 * does ("chasing a voter who, critics argue, stopped existing": "who", not the whole sentence), or
 * the subordinating word ("She trained in 1961, at a time when, she recalled, “…”": "when").
 */
export function contentBeforeAside(doc: Document, last: number, lo: number): TokenRange {
  const piece = contentEndingAt(doc, last, lo);
  const relative = doc.tokens[piece[1] - 1];
  if (
    piece[1] - 1 <= piece[0] ||
    !relative ||
    !(RELATIVE_WORDS.has(relative.norm) || ASIDE_SUBORDINATORS.has(relative.norm)) ||
    doc.tokens[last].text !== ','
  )
    return piece;
  // "All of which, she said, would cost more": its quantifier too.
  let start = piece[1] - 1;
  if (
    start - 2 >= piece[0] &&
    doc.tokens[start - 1].norm === 'of' &&
    QUANTIFIERS.has(doc.tokens[start - 2].norm)
  )
    start -= 2;
  return [start, piece[1]];
}

/** A content piece starting at `start`: to the sentence end, or to the quotation's close when it runs on. */
export function contentFrom(doc: Document, start: number, lo: number, hi: number): TokenRange {
  if (isOpenQuote(doc, start)) {
    const close = quoteEndAcrossParagraphs(doc, start);
    if (close >= hi - 1) return [start, close + 1];
  }
  return [start, contrastEnd(doc, start, contentEnd(doc, lo, hi))];
}

/**
 * “A,” she said after the meeting, “B.” / “A,” he said, but “B.”: after an adjunct of the
 * reporting clause, a comma (and "but"/"and") then an opening quotation mark resume the quotation.
 * Returns where it reopens, or 0.
 */
function quoteResumes(doc: Document, from: number, hi: number): number {
  for (let j = from; j < Math.min(hi - 1, from + 12); j++) {
    const t = doc.tokens[j];
    if (isQuoted(doc, j) || (t.kind === 'punct' && t.text !== ',' && t.text !== '.')) return 0;
    // Not “A,” she said, adding, “B.”: the participle's quotation is a statement of its own.
    if (saysOn(doc, j)) return 0;
    if (t.text !== ',') continue;
    let k = j + 1;
    if (doc.tokens[k].norm === 'but' || doc.tokens[k].norm === 'and') k++;
    if (k < hi && isOpenQuote(doc, k)) return k;
  }
  return 0;
}

/** The second half of a split quotation: ", “B.”" after the source/cue (`according`: of "according to X"). */
export function pushSecondHalf(
  doc: Document,
  from: number,
  lo: number,
  hi: number,
  pieces: TokenRange[],
  according = false,
): void {
  let j = from;
  while (j < hi && doc.tokens[j].text === ',') j++;
  if (j < hi && isOpenQuote(doc, j)) pieces.push(contentFrom(doc, j, lo, hi));
  else if (pieces[0] && isCloseQuote(doc, pieces[0][1] - 1) && quoteResumes(doc, from, hi) > 0)
    pieces.push(contentFrom(doc, quoteResumes(doc, from, hi), lo, hi));
  // ('The policy was "a disaster", she said, and must be scrapped': after a quotation too when the
  // clause goes on with "and" or "but".)
  else if (
    j > from &&
    j < hi &&
    pieces[0] &&
    (!isCloseQuote(doc, pieces[0][1] - 1) ||
      ((doc.tokens[j].norm === 'and' || doc.tokens[j].norm === 'but') && mayBeFiniteVerb(doc, j + 1)))
  ) {
    // "In recent days, advisers say, the president has grown exasperated": the clause resumes;
    // not "…, according to the chamber, which warned …": that clause is about the speaker.
    const end = contentEnd(doc, lo, hi);
    // Nor "…, police said, adding that …": a statement of its own.
    if (doc.tokens[j].norm === 'which' || doc.tokens[j].norm === 'who' || saysOn(doc, j)) return;
    // Nor "…, the company said, sending its shares down": the narrator's participle, with no verb
    // of its own clause after it (not "…, he said, replacing her would be hard"). After "according
    // to" it goes on with the source's account ("…, according to the minutes, citing weak sales").
    // (A verb in a relative clause of the participle's object is no clause of its own: "…, the
    // minister said, escalating a dispute that has simmered for a year".)
    const t = doc.tokens[j];
    let own = j + 1;
    while (own < end && !RELATIVE_WORDS.has(doc.tokens[own].norm)) own++;
    if (
      !according &&
      t.kind === 'word' &&
      t.norm.endsWith('ing') &&
      t.norm !== t.lemma &&
      !hasFiniteVerb(doc, [j + 1, own])
    )
      return;
    // ("The problem, Lund said, is money": a short rest that opens on its verb.)
    const words = wordsAfter(doc, j, end);
    if ((words >= 3 || (words === 2 && FINITE.has(t.norm))) && !isAppositive(doc, j, end))
      pieces.push([j, end]);
  }
}

/** Words opening an adjunct of the reporting clause after its speaker ("despite the storm"). */
const REPORTING_ADJUNCTS = new Set([
  'despite',
  'during',
  'after',
  'before',
  'amid',
  'in',
  'at',
  'on',
  'while',
  'as',
  'from',
  'with',
  'without',
]);

/** Words of a source's terms of anonymity ("asking not to be named", "on condition of anonymity"). */
const ANONYMITY_WORDS = new Set(['named', 'identified', 'anonymity', 'quoted']);

/** Does a participle at `from` set the source's terms of anonymity within its first six words? */
function asksAnonymity(doc: Document, from: number, end: number): boolean {
  for (let i = from + 1; i < Math.min(end, from + 7); i++)
    if (ANONYMITY_WORDS.has(doc.tokens[i].norm)) return true;
  return false;
}

/**
 * "..., said Maria Lopez, a spokeswoman for the ministry.": what follows the source is a
 * description of it, not the clause resuming: with no finite verb, a noun phrase opening on
 * "a"/"an" or holding a title within its first words, or an adjunct of the reporting clause.
 */
function isAppositive(doc: Document, from: number, end: number): boolean {
  const first = doc.tokens[from].norm;
  // "..., one of the people said, asking not to be identified because ...": the source's terms.
  if (first.endsWith('ing') && asksAnonymity(doc, from, end)) return true;
  // "…, the company said, without disclosing whether a ransom was paid": what the speaker left out.
  if (first === 'without' && doc.tokens[from + 1]?.norm.endsWith('ing')) return true;
  // (Up to a relative clause on the speaker: "…, said Farida Nasser, a researcher at X, who noted
  // that …": the description ends at "who".)
  let stop = from;
  while (
    stop < end &&
    !(doc.tokens[stop].text === ',' && RELATIVE_WORDS.has(doc.tokens[stop + 1]?.norm ?? ''))
  )
    stop++;
  // "…, officials said, a move that miners warned could deter investment", "…, the agency said,
  // the biggest drop in a decade": the narrator's noun phrase on what was said, whatever verbs
  // its relative clause holds.
  if (narratorNounPhrase(doc, from, stop, false)) return true;
  if (hasFiniteVerb(doc, [from, stop])) return false;
  // ("…, said Thomas Ebbesen, now a fellow at …": a time before the description.)
  const word = DESCRIPTION_TIMES.has(first) ? (doc.tokens[from + 1]?.norm ?? '') : first;
  // "..., Lopez insisted, despite the storm": an adjunct of the reporting clause.
  if (word === 'a' || word === 'an' || REPORTING_ADJUNCTS.has(word)) return true;
  for (let i = from; i < Math.min(stop, from + 3); i++) if (isTitleWord(doc.tokens[i].norm)) return true;
  return false;
}

/** Words of time before a speaker's description ("now a fellow at …", "formerly an adviser"). */
const DESCRIPTION_TIMES = new Set(['now', 'formerly', 'previously', 'once', 'himself', 'herself']);
