// A name in commas after a noun phrase that ends on a preposition's object names that object, not
// the phrase's head, when the object is a thing or a place and the name no person's ("Authorities
// in the regional capital, Tesh": the town; "A spokeswoman for the broadcaster, Channel Meridian":
// the broadcaster). The speaker is then the head, described by the whole phrase.
import { wordSet } from '../lexicon/load.js';
import { hasLemma } from '../lexicon/wordnet.js';
import type { Document } from '../text/document.js';
import { hasPersonSense } from './agents.js';
import { isBodyNoun } from './body-names.js';
import { firstNameGender, isGivenName } from './given-names.js';
import { HONORIFIC_WORDS, isOrganisationWord, isTitleWord } from './names.js';
import { pluralLemma } from './word-forms.js';

/** Prepositions of where someone is or whom they speak for ("in", "for"); not "of" ("The head
 *  of the agency, Ona Brisk" is the head). */
const PLACE_OR_PARTY = new Set(['in', 'for', 'at', 'from', 'near', 'outside', 'across', 'inside']);

/**
 * Does the name [comma + 1, to) in apposition after the span [first, comma) rename the object of
 * a preposition that ends the span, a lowercase noun of no person, rather than the speaker?
 */
export function renamesObject(doc: Document, first: number, comma: number, to: number): boolean {
  const noun = doc.tokens[comma - 1];
  // (A body's noun may have a person's sense too: "broadcaster".)
  if (noun.kind !== 'word' || noun.cap) return false;
  if (!isBodyNoun(noun.norm) && hasPersonSense(pluralLemma(noun) ?? noun.lemma)) return false;
  let p = comma - 2;
  while (
    p > first &&
    doc.tokens[p].kind === 'word' &&
    !doc.tokens[p].cap &&
    !PLACE_OR_PARTY.has(doc.tokens[p].norm)
  )
    p--;
  if (p <= first || !PLACE_OR_PARTY.has(doc.tokens[p].norm)) return false;
  // The name is no person's: no honorific, title or given name opens it, and it is one word or
  // holds a common noun or a body's word ("Channel Meridian", "Hollis Motors").
  const opener = doc.tokens[comma + 1].norm;
  // (A rare given name that is a common noun too may open a body's name: "Channel".)
  const given =
    firstNameGender(opener) !== null ||
    wordSet('unisex-given-names').has(opener) ||
    (isGivenName(opener) && !hasLemma(opener, 'n'));
  if (HONORIFIC_WORDS.has(opener) || isTitleWord(opener) || given) return false;
  if (to - comma - 1 === 1) return true;
  for (let j = comma + 1; j < to; j++) {
    const norm = doc.tokens[j].norm;
    if (isOrganisationWord(norm) || hasLemma(norm, 'n')) return true;
  }
  return false;
}
