// Tests that a capitalised run names no person though it may look like a name: a modifier of a
// noun ("the Jane Doe case"), a place or body after a preposition ("won in Port Elster"), a body
// its noun names ("the charity Harvest Aid"), a thing after "the" with no given name in it.
// nameMentions (name-mentions.ts) applies them to set a mention's `person`.
import { hasLemma } from '../lexicon/wordnet.js';
import type { Document, DocToken } from '../text/document.js';
import { isPersonNoun } from './agents.js';
import { isGivenName } from './given-names.js';
import { BODY_NOUNS, isTitleWord } from './names.js';

/** "the charity Harvest Aid": a noun of a body (not "the miner Tom Hale", "crane operator Dermot
 *  Falk") right before a name. */
export function bodyNounBefore(norm: string): boolean {
  return BODY_NOUNS.has(norm) && !WORKERS.has(norm) && !isPersonNoun(norm);
}
/** Nouns of a body that also name someone's trade (WordNet's first sense is no person). */
const WORKERS = new Set(['operator', 'producer', 'developer', 'manufacturer', 'carrier', 'miner']);

/**
 * "the Eastern Valley rebel group", "the Jane Doe case": a capitalised run after "the" and before
 * an uninflected lowercase noun modifies that noun; it names no one.
 */
export function isModifier(doc: Document, i: number, end: number): boolean {
  const before = doc.tokens[i - 1];
  const after = doc.tokens[end];
  return (
    before?.norm === 'the' &&
    after !== undefined &&
    after.kind === 'word' &&
    !after.cap &&
    !after.stop &&
    after.norm === after.lemma &&
    hasLemma(after.norm, 'n')
  );
}

/** "won in Port Elster", "based at Harwell", "the chief executive of Harbour Water": a name right
 *  after "in" or "at", or after an office's "of", is a place or a body. */
export function isPlaceAfterPreposition(tokens: readonly DocToken[], i: number, end: number): boolean {
  const before = tokens[i - 1];
  if (!before || before.sentence !== tokens[i].sentence) return false;
  // ("near Dry Fork", "outside Kettle Point": a place, unless a given name opens it.)
  if (before.norm === 'in' || before.norm === 'at') return true;
  if (LOCATIVES.has(before.norm) && !isGivenName(tokens[i].norm)) return true;
  // "lives on Pine Hollow Lane", "of Mill Close": a street, though "Lane" or "Way" may be a surname.
  if (STREET_WORDS.has(tokens[end - 1].norm) && end - i >= 2 && STREET_PREPOSITIONS.has(before.norm))
    return true;
  // "the chief executive of Harbour Water", "the mayor of Westbury": an office's body or place.
  // ("The Archbishop of Lindmoor": after "the", a capitalised office too.)
  return (
    before.norm === 'of' &&
    i >= 2 &&
    isTitleWord(tokens[i - 2].norm) &&
    (!tokens[i - 2].cap || tokens[i - 3]?.norm === 'the')
  );
}

/** Prepositions of place other than "in" and "at", before which a name with no given name is a place. */
const LOCATIVES = new Set(['near', 'outside', 'inside', 'across', 'around', 'towards', 'toward', 'into']);

/** Last words of street names that are also surnames (so no organisation words: "Ida Lane"). */
const STREET_WORDS = new Set([
  'lane',
  'drive',
  'close',
  'way',
  'crescent',
  'terrace',
  'grove',
  'mews',
  'walk',
  'parade',
]);
const STREET_PREPOSITIONS = new Set(['on', 'off', 'along', 'near', 'of', 'from', 'into', 'onto']);

/** Does the run [i, end) hold a given name or an owner's "'s" ("Metal Exchange's Gu")? */
export function personLikeRun(doc: Document, i: number, end: number): boolean {
  for (let j = i; j < end; j++) {
    const t = doc.tokens[j];
    if (isGivenName(t.norm) || /[’']s$/.test(t.text)) return true;
  }
  return false;
}
