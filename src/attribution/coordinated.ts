// "The panel chastised Clinton for use of the server but did not recommend prosecution": after a
// content that is a noun phrase or an infinitive (no clause of its own), "and"/"but" and a finite
// verb start a second predicate of the speaker's, which is no part of what was said.
import { isIrregularVerbForm } from '../lexicon/exceptions.js';
import { hasLemma } from '../lexicon/wordnet.js';
import type { Document } from '../text/document.js';
import { isOpenQuote, isQuoted } from './quotes.js';
import { FINITE, NOMINATIVE_PRONOUNS } from './word-forms.js';

/** Is token i an auxiliary, an irregular verb form or any verb form in -ed or -s (a clause's verb, perhaps)? */
function mayBeFiniteVerb(doc: Document, i: number): boolean {
  const t = doc.tokens[i];
  if (t.kind !== 'word' || t.cap) return false;
  if (FINITE.has(t.norm) || isIrregularVerbForm(t.norm)) return true;
  return t.norm !== t.lemma && (t.norm.endsWith('ed') || t.norm.endsWith('s')) && hasLemma(t.lemma, 'v');
}

/** Words that open a verb's object or complement ("expects them", "opted to"). */
const OBJECT_OPENERS = new Set([
  ...['the', 'a', 'an', 'his', 'her', 'their', 'its', 'them', 'him', 'it', 'this', 'these', 'those'],
]);
const COMPLEMENT_OPENERS = new Set([...OBJECT_OPENERS, 'to', 'against', 'with']);

/**
 * Is token i a finite verb: an auxiliary, or a verb inflected in -ed or -s with an object or
 * complement after it (so that "rolled steel", "conversation and reforms" stay nouns)?
 */
function isFiniteVerb(doc: Document, i: number): boolean {
  const t = doc.tokens[i];
  if (t.kind !== 'word' || t.cap) return false;
  if (FINITE.has(t.norm)) return true;
  if (!mayBeFiniteVerb(doc, i)) return false;
  if (t.norm === t.lemma || !hasLemma(t.lemma, 'v') || i + 1 >= doc.tokens.length) return false;
  const next = doc.tokens[i + 1].norm;
  if (t.norm.endsWith('ed')) return COMPLEMENT_OPENERS.has(next);
  return t.norm.endsWith('s') && OBJECT_OPENERS.has(next);
}

/**
 * The end of a content piece [s, e) that follows its cue, cut before a coordinated predicate of
 * the speaker's ("…, and has since left", "… but did not …"); e when there is none or the content
 * is a clause (opens with "that" or a quotation, or holds a finite verb before the conjunction).
 */
export function beforeCoordinatedPredicate(doc: Document, s: number, e: number): number {
  const first = doc.tokens[s];
  if (
    s >= e ||
    first.norm === 'that' ||
    NOMINATIVE_PRONOUNS.has(first.norm) ||
    isOpenQuote(doc, s) ||
    isQuoted(doc, s)
  )
    return e;
  for (let j = s + 1; j + 1 < e; j++) {
    const t = doc.tokens[j];
    if (mayBeFiniteVerb(doc, j)) return e;
    if ((t.norm !== 'and' && t.norm !== 'but') || isQuoted(doc, j) || !isFiniteVerb(doc, j + 1)) continue;
    return doc.tokens[j - 1].text === ',' ? j - 1 : j;
  }
  return e;
}
