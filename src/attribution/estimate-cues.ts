// "The ministry says 312 people have died, while the militia puts the number at more than 500": a
// verb of estimating with its noun phrase and "at" a figure is the party's own claim of the figure,
// a statement (PolNeAR train marks "puts X's approval at 50 percent", "put his net worth at",
// "pegged him at"). The tagger, which met few, leaves most untagged (cues.ts).
import type { DocToken, Document } from '../text/document.js';
import { estimateAt } from './after-cue.js';
import { makeFrame, type Frame } from './frame.js';
import { sourceBefore } from './source-before.js';
import type { CueTokens } from './types.js';

/** Lemmas of verbs that set a figure on something ("put the toll at", "pegged the cost at"). */
const ESTIMATING = new Set(['put', 'peg', 'place', 'estimate']);

/** May the token's word form be such a verb (what isEstimateCue asks of the form)? */
export function mayBeEstimateVerb(t: DocToken): boolean {
  return t.kind === 'word' && ESTIMATING.has(t.lemma);
}

/** Is token i a verb of estimating, then a noun phrase and "at" a figure ("puts the number at 500")? */
export function isEstimateCue(doc: Document, i: number, lo: number, hi: number): boolean {
  const prev = i > lo ? doc.tokens[i - 1] : null;
  // ("to put the number at …": an intent, not the estimate.)
  if (!prev || prev.norm === 'to') return false;
  return mayBeEstimateVerb(doc.tokens[i]) && estimateAt(doc, i, hi);
}

/** Marks that close the estimate's figure ("at more than 500, up from …"). */
const CLOSING = new Set([',', ';', ':', '.', '!', '?', '—', '–']);

/**
 * The estimate's frame: its subject speaks, and what it claims is the noun phrase and its figure
 * ("the militia | puts | the number at more than 500"). Built by this rule, so kept without the
 * statement filter, which has seen too few to keep them. Null for other cues.
 */
export function estimateFrame(doc: Document, cue: CueTokens, lo: number, hi: number): Frame | null {
  if (cue.last - cue.first !== 1 || !isEstimateCue(doc, cue.first, lo, hi)) return null;
  const source = sourceBefore(doc, cue.first, lo);
  if (!source) return null;
  let end = cue.last;
  while (end < hi && !CLOSING.has(doc.tokens[end].text)) end++;
  return makeFrame(cue, source, [[cue.last, end]], true);
}
