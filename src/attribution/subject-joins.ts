// Tests on the noun phrase of a subject before a cue, for sourceBefore (source-before.ts): whether
// it opens the sentence, opens on "the" after a comma, and when "and" or a comma joins two speakers
// or nouns inside one phrase rather than ending it. Separate because they are a family of their own
// and sourceBefore is long without them.
import { isIrregularVerbForm } from '../lexicon/exceptions.js';
import { hasLemma } from '../lexicon/wordnet.js';
import type { DocToken, Document } from '../text/document.js';
import { isCloseQuote, isQuoted } from './quotes.js';
import { WEEKDAYS } from './names.js';
import { opensSentence } from './sources.js';
import { FINITE, pluralLemma, PREPOSITIONS } from './word-forms.js';

/**
 * "A judge in the murder and arson trial": "and" between two bare lowercase nouns, after a
 * preposition that follows the sentence's opening noun phrase, joins nouns inside the phrase.
 */
export function nounsJoinedInPhrase(doc: Document, and: number, lo: number): boolean {
  const before = doc.tokens[and - 1];
  const after = doc.tokens[and + 1];
  const bare = (t: DocToken | undefined) =>
    !!t && t.kind === 'word' && !t.cap && !t.stop && hasLemma(t.lemma, 'n') && !FINITE.has(t.norm);
  if (!bare(before) || !bare(after)) return false;
  for (let k = and - 2; k > lo; k--) {
    const t = doc.tokens[k];
    if (t.kind !== 'word' || FINITE.has(t.norm)) return false;
    if (PREPOSITIONS.has(t.norm)) return nounPhraseOpensSentence(doc, k - 1, lo);
  }
  return false;
}

/** Plurals that need no -s ("Police and prosecutors said"). */
const BARE_PLURALS = new Set(['police', 'staff', 'media', 'clergy', 'personnel']);

/**
 * "Parents and teachers criticised …", "Police and prosecutors said": two bare plurals joined at
 * the start of the sentence speak together.
 */
export function pluralsJoinedAtStart(doc: Document, and: number, lo: number, end: number): boolean {
  const plural = (t: DocToken) =>
    t.kind === 'word' && (BARE_PLURALS.has(t.norm) || hasLemma(pluralLemma(t) ?? '', 'n'));
  // ("Mountain guides and ski resort operators": the first may have a modifier too.)
  if (and <= lo || !plural(doc.tokens[and - 1])) return false;
  if (!opensSentence(doc, and - 1, lo) && !(and - 1 - lo <= 2 && nounPhraseOpensSentence(doc, and - 1, lo)))
    return false;
  // The second may have a modifier of its own ("free-speech advocates").
  if (end - and - 1 > 4 || !plural(doc.tokens[end - 1])) return false;
  for (let k = and + 1; k < end; k++) {
    const t = doc.tokens[k];
    if (t.cap || FINITE.has(t.norm) || (t.kind === 'punct' && t.text !== '-')) return false;
  }
  return true;
}

/** Words a subject's noun phrase before a relative "that" may have ("Civil rights groups"). */
const RELATIVE_HEAD_REACH = 5;

/** Words of a noun phrase opening the sentence before its relative clause ("The family of a young girl who …"). */
const OPENING_HEAD_WORDS = 7;

/** The lowercase or capitalised words ending at token `last` run back to the sentence's start. */
export function nounPhraseOpensSentence(doc: Document, last: number, lo: number): boolean {
  // (A compound's glued pieces, "16-year-old", count as one word.)
  let words = 0;
  for (let j = last; j >= lo && words < OPENING_HEAD_WORDS; j--) {
    const t = doc.tokens[j];
    // A plural possessive's apostrophe stays in the phrase ("The nurses' union").
    const apostrophe = (t.text === "'" || t.text === '’') && j > lo && doc.tokens[j - 1].end === t.start;
    // So do a compound's figures and hyphens ("a 16-year-old girl").
    const inWord =
      (t.kind === 'number' || t.text === '-') &&
      ((j > lo && doc.tokens[j - 1].end === t.start) || doc.tokens[j + 1]?.start === t.end);
    if ((t.kind !== 'word' && !apostrophe && !inWord) || FINITE.has(t.norm)) return false;
    if (t.kind === 'word' && !(j > lo && doc.tokens[j - 1].end === t.start)) words++;
    // Nor a clause: "Prices rose and the analysts said".
    if (!t.cap && ((t.norm.endsWith('ed') && t.norm !== t.lemma) || isIrregularVerbForm(t.norm)))
      return false;
    // Not a gerund's object: "Closing the shops that sold …".
    if (opensSentence(doc, j, lo)) return !t.norm.endsWith('ing');
  }
  return false;
}

/** A noun phrase ending at token `last` opens on "the" right after a comma ("…, the company"). */
export function definitePhraseAfterComma(doc: Document, last: number, lo: number): boolean {
  for (let j = last; j > lo && last - j < RELATIVE_HEAD_REACH; j--) {
    const t = doc.tokens[j];
    if (t.kind !== 'word' || FINITE.has(t.norm)) return false;
    if (t.norm === 'the') return doc.tokens[j - 1].text === ',' || isCloseQuote(doc, j - 1);
  }
  return false;
}

/**
 * "The foreign ministries of Arland, Beskia and Corvo said": a comma in a list of names that
 * ends the speaker, between capitalised words, with one "and" between names after it.
 */
export function listOfNames(doc: Document, comma: number, start: number, end: number): boolean {
  if (doc.tokens[comma].text !== ',' || start >= end || !doc.tokens[comma - 1]?.cap) return false;
  // The item before the comma is a name too: no time ("On Tuesday, Ada Marren and …"), nor the
  // object of a preposition ("bids by Entertainment Inc, S and P noted").
  let k = comma - 1;
  while (k > 0 && doc.tokens[k - 1].cap && doc.tokens[k - 1].kind === 'word') k--;
  if (WEEKDAYS.has(doc.tokens[comma - 1].norm) || PREPOSITIONS.has(doc.tokens[k].norm)) return false;
  // (But "the ministries of | Arland, Beskia and Corvo": a body's "of" leads into the list.)
  if (k > 0 && doc.tokens[k - 1].norm !== 'of' && PREPOSITIONS.has(doc.tokens[k - 1].norm)) return false;
  let ands = 0;
  for (let m = comma + 1; m < end; m++) {
    const t = doc.tokens[m];
    if (t.norm === 'and' && !t.cap) ands++;
    else if (t.kind !== 'word' || !t.cap) return false;
  }
  return ands === 1 && doc.tokens[comma + 1].cap && doc.tokens[end - 1].cap;
}

/** Words before "and" within which a comma must open a list of speakers. */
const JOINED_REACH = 4;

/**
 * "…, aid groups and envoys said": the words between a comma and the "and" at token
 * `and` are a noun phrase (no verb or auxiliary among them), so the two speak together. Not
 * "Prices rose and analysts said", whose first part is a clause.
 */
export function nounsAfterComma(doc: Document, and: number, lo: number): boolean {
  for (let k = and - 1; k >= lo && and - k <= JOINED_REACH + 1; k--) {
    const t = doc.tokens[k];
    if (t.text === ',') return k < and - 1 && !isQuoted(doc, k);
    if (t.kind !== 'word' || FINITE.has(t.norm) || (t.norm !== t.lemma && !t.norm.endsWith('s')))
      return false;
  }
  return false;
}
