// A cue may open with adverbs ("patiently explaining", "not always counting on", "once
// argued"): the tests that read the cue's verb form (a participle after a comma hangs on the
// clause before it; a relative "that" is the subject of the verb after it) read the first word
// past them, as they do when the cue opens on its verb.
import { hasLemma } from '../lexicon/wordnet.js';
import type { DocToken, Document } from '../text/document.js';

/** Adverbs WordNet also knows as nouns or verbs, or not at all ("still", "once", "not", "again"). */
const SHORT_ADVERBS = new Set([
  ...['not', 'never', 'always', 'also', 'even', 'still', 'once', 'first', 'just'],
  ...['already', 'again', 'recently', 'now', 'later', 'then'],
]);

/** A lowercase adverb that is no noun ("patiently", "fiercely", "not", "already"). */
export function isAdverbToken(t: DocToken): boolean {
  if (t.kind !== 'word' || t.cap) return false;
  return (
    SHORT_ADVERBS.has(t.norm) || (t.norm.endsWith('ly') && hasLemma(t.norm, 'r') && !hasLemma(t.norm, 'n'))
  );
}

function isCueAdverb(doc: Document, i: number): boolean {
  return isAdverbToken(doc.tokens[i]);
}

/** The cue's first word past its opening adverbs (the cue's first word when it opens on none). */
export function cueVerbStart(doc: Document, first: number, last: number): number {
  let i = first;
  while (i + 1 < last && isCueAdverb(doc, i)) i++;
  return i;
}

/**
 * Does the cue open on a present participle ("saying"), or on one after adverbs ("loudly
 * telling")? (A cue word in -ing with no adverb before it counts as it always has.)
 */
export function opensOnParticiple(doc: Document, first: number, last: number): boolean {
  if (doc.tokens[first].norm.endsWith('ing')) return true;
  const v = cueVerbStart(doc, first, last);
  const t = doc.tokens[v];
  return v > first && t.kind === 'word' && !t.cap && t.norm.endsWith('ing') && t.norm !== t.lemma;
}
