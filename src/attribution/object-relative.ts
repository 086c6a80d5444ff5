// "… against the 9.5 billion the ministry announced last year.": a verb of saying in a relative
// clause with no "that", whose object is the noun phrase before its subject. What was announced
// is that noun phrase; the subject is the speaker (not the words back to the sentence's start).
import type { Document } from '../text/document.js';
import type { CueTokens } from './types.js';
import { makeFrame, type Frame } from './frame.js';
import { sourceBefore } from './source-before.js';
import { timePhrase } from './times.js';
import { DETERMINERS } from './names.js';
import { mayBeFiniteVerb } from './word-forms.js';
import { isOpenQuote } from './quotes.js';

/** Tokens back from the cue looked at before reading its source (sources.ts MAX_SOURCE is 12). */
const WINDOW = 24;

/** Words a noun phrase may have after its article ("the 9.5 billion euros"). */
const OBJECT_REACH = 5;

export function objectRelativeFrame(doc: Document, cue: CueTokens, lo: number, hi: number): Frame | null {
  const verb = doc.tokens[cue.first];
  if (cue.last - cue.first !== 1 || verb.kind !== 'word' || verb.norm === verb.lemma) return null;
  if (verb.norm.endsWith('ing')) return null;
  // Nothing after the verb but a time phrase before the clause ends.
  const after = cue.last + timePhrase(doc, cue.last, hi);
  if (after < hi && (doc.tokens[after].kind !== 'punct' || isOpenQuote(doc, after))) return null;
  // The words before the cue first (a window wider than any source and the words skipped
  // before the cue): a clause-final "said" ("“…,” the company said.") has no article after a
  // noun there, and needs no source read.
  if (subjectArticle(doc, [Math.max(lo, cue.first - WINDOW), cue.first]) < 0) return null;
  const span = sourceBefore(doc, cue.first, lo);
  if (!span) return null;
  const subject = subjectArticle(doc, span);
  if (subject < 0) return null;
  let object = subject - 1;
  while (object >= span[0] && subject - object <= OBJECT_REACH && !DETERMINERS.has(doc.tokens[object].norm))
    object--;
  if (object < span[0] || !DETERMINERS.has(doc.tokens[object].norm)) return null;
  // "…, a charge the rebels rejected": a comment on the clause before (comments.ts reads it).
  if (object > lo && doc.tokens[object - 1].kind === 'punct') return null;
  // Noun phrases: no verb in the object ("to calm the investors’ nerves"), no possessive in either.
  for (let j = object + 1; j < span[1]; j++) {
    const t = doc.tokens[j];
    if (t.norm === 'to' || t.text === '’' || t.text === "'" || (j < subject && mayBeFiniteVerb(doc, j)))
      return null;
  }
  return makeFrame(cue, [subject, span[1]], [[object, subject]]);
}

/** The subject's article right after a noun or figure of the phrase before it ("billion | the
 *  ministry"), inside the source span; -1 when there is none. */
function subjectArticle(doc: Document, [first, end]: [number, number]): number {
  for (let d = end - 1; d > first; d--) {
    if (!DETERMINERS.has(doc.tokens[d].norm)) continue;
    const before = doc.tokens[d - 1];
    if (before.kind === 'number') return d;
    if (before.kind === 'word' && !before.stop && !mayBeFiniteVerb(doc, d - 1)) return d;
  }
  return -1;
}
