// Where the learned content-end model's cut is overruled (settle.ts): a cut that would part a
// reported clause's subject from its verb, or an accusation's object from what it is.
import type { Document } from '../text/document.js';
import { timePhrase } from './times.js';
import { FINITE, mayBeFiniteVerb, NOUN_PHRASE_OPENERS } from './word-forms.js';
import type { CueTokens } from './types.js';

/** Words that may open a reported clause's subject before a relative clause or appositive. */
const SUBJECT_OPENERS = new Set([...NOUN_PHRASE_OPENERS, 'one', 'two', 'three', 'another']);

/** Longest appositive read between a subject and its verb ("one suspect, a driver from X, fled"). */
const MAX_APPOSITIVE = 12;

/**
 * "He said the tunnel's pumps | , which Holby is responsible for, had broken down": a cut at a
 * relative clause in commas that leaves no verb before it cut the reported clause's subject from
 * its verb, which follows the relative clause: the content runs on. So does a cut at an appositive
 * ("According to police, one suspect | , a delivery driver from Harlow, fled the scene").
 */
export function cutInsideSubject(doc: Document, s: number, cut: number, e: number): boolean {
  if (cut + 1 >= e || doc.tokens[cut].text !== ',') return false;
  const next = doc.tokens[cut + 1].norm;
  const relative = next === 'which' || next === 'who';
  if (!relative && !NOUN_PHRASE_OPENERS.has(next)) return false;
  // A noun phrase: an article, possessive or count, then words none of which is an auxiliary or
  // a verb in -ed ("pumps" may be a plural).
  const opener = doc.tokens[s];
  if (!SUBJECT_OPENERS.has(opener.norm) && !/[’']s$/.test(opener.text)) return false;
  if (!relative && cut - s > 5) return false;
  for (let i = s; i < cut; i++) {
    const t = doc.tokens[i];
    if (t.kind !== 'word' || FINITE.has(t.norm) || (t.norm.endsWith('ed') && t.norm !== t.lemma))
      return false;
  }
  // The relative clause or appositive closes with a comma and the verb comes right after it.
  for (let j = cut + 2; j + 1 < e; j++) {
    const t = doc.tokens[j];
    if (t.text === ',') return mayBeFiniteVerb(doc, j + 1);
    // ("May" the month is no modal.)
    if (!relative && (j - cut > MAX_APPOSITIVE || (FINITE.has(t.norm) && !t.cap))) return false;
  }
  return false;
}

/** Prepositions opening the second complement of a verb of accusing or urging ("accused X of"). */
const SECOND_COMPLEMENT = new Set(['of', 'for', 'to', 'over']);

/**
 * "accused the government | on Wednesday of abandoning …": a cut before a time phrase that a
 * second complement of the cue follows ("of", "for", "to") cut the accusation from what it is;
 * the content runs on.
 */
export function cutBeforeTimedComplement(doc: Document, cue: CueTokens, cut: number, e: number): boolean {
  const time = timePhrase(doc, cut, e);
  const after = doc.tokens[cut + time];
  return (
    time > 0 &&
    cut + time < e - 1 &&
    SECOND_COMPLEMENT.has(after.norm) &&
    after.kind === 'word' &&
    cue.last - cue.first === 1 &&
    mayBeFiniteVerb(doc, cue.first)
  );
}
