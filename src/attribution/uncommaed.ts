// "The bridge reopened at noon said Col. Ana Ruiz, head of the river police.": an inverted "said"
// whose comma was left out, a slip web copy often has. The name after the cue speaks; the clause
// before it is the content (spans.ts builds the frame).
import type { Document } from '../text/document.js';
import type { CueTokens, TokenRange } from './types.js';
import { isPersonName, splitTitle } from './names.js';
import { contentEnd, hasFiniteVerb, PRONOUN_SUBJECTS, sourceAfter } from './sources.js';

/** Lowercase words that cannot end a clause before an inverted "said": its subject's words. */
const NOT_CLAUSE_ENDS = new Set([
  ...PRONOUN_SUBJECTS,
  ...['who', 'which', 'that', 'and', 'or', 'but', 'also'],
  ...['officials', 'police', 'people', 'spokesman', 'spokeswoman', 'spokesperson'],
  ...['sources', 'analysts', 'experts', 'residents', 'witnesses'],
]);

/**
 * The speaker after a "said" or "says" that follows a clause without a comma, or null. Taken only
 * when a clause of three words or more ends in a lowercase word right before the cue, a person's
 * name follows it (with a title, or a first and last name), and nothing after the name but an
 * appositive.
 */
export function speakerAfterUncommaedSaid(
  doc: Document,
  cue: CueTokens,
  lo: number,
  hi: number,
): TokenRange | null {
  const i = cue.first;
  const t = doc.tokens[i];
  if (cue.last - i !== 1 || (t.norm !== 'said' && t.norm !== 'says') || i - lo < 3) return null;
  const before = doc.tokens[i - 1];
  if (before.kind !== 'word' || before.cap || before.quoted || NOT_CLAUSE_ENDS.has(before.norm)) return null;
  const source = sourceAfter(doc, cue.last, hi);
  if (!source || !doc.tokens[source[0]].cap) return null;
  // (Not a clause that ends in a name: "… said Vaultline had lent deposits to Meridian Arc.")
  const split = hasFiniteVerb(doc, source) ? null : splitTitle(doc, source[0], source[1]);
  if (!split) return null;
  const names = source[1] - split.nameStart;
  if (
    names < (split.titles.length > 0 ? 1 : 2) ||
    !isPersonName(doc, split.nameStart, source[1], split.titles)
  )
    return null;
  const end = contentEnd(doc, lo, hi);
  if (source[1] < end && doc.tokens[source[1]].text !== ',') return null;
  return hasFiniteVerb(doc, [source[1], end]) ? null : source;
}
