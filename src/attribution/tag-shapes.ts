// Shapes around a reporting tag that tell where its content lies (spans.ts reads them): only a
// listener after the cue and then another saying ("told state radio, adding …"), the medium and
// its description ("said in a statement accompanying its results"), an auxiliary after the words
// that follow an appositive subject's cue, a lead phrase with no clause ("On Friday,").
import type { Document } from '../text/document.js';
import { saysOn } from './after-cue.js';
import { forwardStart, onlyListener } from './content-start.js';
import { isCloseQuote, isQuoted } from './quotes.js';
import { contentEnd, hasFiniteVerb } from './sources.js';
import { mediumNounEnd } from './speaker-tail.js';
import type { CueTokens } from './types.js';
import { FINITE, mayBeFiniteVerb, RELATIVE_PRONOUNS } from './word-forms.js';

/** Does the cue end on its medium ("said in a statement") with no clause after it, only a phrase
 *  describing the medium ("accompanying its results", "posted on its website")? */
export function mediumDescribed(doc: Document, cue: CueTokens, hi: number): boolean {
  let medium = false;
  for (let k = cue.first + 1; k < cue.last && !medium; k++)
    medium = mediumNounEnd(doc, k, cue.last) === cue.last;
  if (!medium || cue.last >= hi) return false;
  const next = doc.tokens[cue.last];
  if (next.kind !== 'word' || next.cap || !/(?:ing|ed)$/.test(next.norm)) return false;
  return !hasFiniteVerb(doc, [cue.last, contentEnd(doc, cue.last, hi)]);
}

/** Does [lo, end) hold a quotation or a verb of a clause (not only a lead phrase: "On Friday,")? */
export function clauseOrQuoteIn(doc: Document, lo: number, end: number): boolean {
  for (let i = lo; i < end; i++)
    if (isQuoted(doc, i) || isCloseQuote(doc, i) || mayBeFiniteVerb(doc, i)) return true;
  return false;
}

/** "told state radio, adding …": only a listener after the cue, and a participle of saying after its comma. */
export function listenerThenSaying(doc: Document, cue: CueTokens, hi: number): boolean {
  let comma = -1;
  for (let j = cue.last; j < hi; j++) {
    const t = doc.tokens[j];
    if (t.text === ',') comma = j;
    if (t.kind === 'punct') break;
  }
  return comma > cue.last && saysOn(doc, comma + 1) && onlyListener(doc, cue, forwardStart(doc, cue, hi), hi);
}

/** Does an auxiliary ("would", "had", "is") come from `from` before the clause's next comma, relative pronoun or stop? */
export function auxiliaryInClause(doc: Document, from: number, end: number): boolean {
  for (let i = from; i < end; i++) {
    const t = doc.tokens[i];
    if (t.kind === 'punct' || RELATIVE_PRONOUNS.has(t.norm) || isQuoted(doc, i)) return false;
    if (FINITE.has(t.norm)) return true;
  }
  return false;
}
