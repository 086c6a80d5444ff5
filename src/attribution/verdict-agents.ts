// "The army said it had seized the bridge, a claim rejected by rebel commanders": a claim noun in
// apposition to the clause before, with a participle of saying or of a telling stance and its
// agent. The agent speaks, the participle is the cue, and what it answers is the claim noun
// phrase, as PolNeAR marks it ("an allegation rejected by two separate reviews": content "an
// allegation"). The clause before keeps its own statement (its content ends before the comma:
// content-asides.ts).
import { loadPairs, wordSet } from '../lexicon/load.js';
import type { Document } from '../text/document.js';
import type { CueTokens } from './types.js';
import { makeFrame, type Frame } from './frame.js';
import { COMMENT_MARKS } from './comments.js';
import { isQuoted } from './quotes.js';
import { MAX_SOURCE } from './sources.js';

/** Words the claim's noun phrase may have before its noun ("a similar claim", "an earlier figure"). */
const MODIFIER_WORDS = 2;

/** Determiners that open the claim noun phrase. */
const OPENERS = new Set(['a', 'an']);

/** The frame of "…, a claim rejected by AGENT", or null. */
export function verdictByAgent(doc: Document, cue: CueTokens, lo: number, hi: number): Frame | null {
  if (cue.last - cue.first !== 1) return null;
  const det = claimBefore(doc, cue.first, lo, hi);
  if (det < 0) return null;
  // The agent runs to the next mark or the sentence's end.
  const by = cue.last;
  let end = by + 1;
  while (end < hi && end - by <= MAX_SOURCE && doc.tokens[end].kind !== 'punct') end++;
  if (end === by + 1 || end - by > MAX_SOURCE) return null;
  return makeFrame(cue, [by + 1, end], [[det, cue.first]], true);
}

/**
 * Is token i such a participle ("rejected" in "…, a claim rejected by …")? The tagger, which
 * seldom met the construction, leaves some untagged (cues.ts).
 */
export function isVerdictByAgent(doc: Document, i: number, lo: number, hi: number): boolean {
  return claimBefore(doc, i, lo, hi) >= 0;
}

/**
 * The determiner opening the claim noun phrase before the participle at token i (a participle of
 * saying or of a telling stance, then "by"), or -1.
 */
function claimBefore(doc: Document, i: number, lo: number, hi: number): number {
  const t = doc.tokens[i];
  if (t.kind !== 'word' || t.quoted || t.norm === t.lemma || !/(?:ed|en)$/.test(t.norm)) return -1;
  if (i + 2 >= hi || doc.tokens[i + 1].norm !== 'by') return -1;
  if (!wordSet('speech-verbs').has(t.lemma) && !loadPairs('stance-cues').has(t.lemma)) return -1;
  const noun = doc.tokens[i - 1];
  if (i - 1 <= lo || !wordSet('attribution-proposition-nouns').has(noun.norm)) return -1;
  let det = i - 2;
  while (det > lo && i - 2 - det < MODIFIER_WORDS && !OPENERS.has(doc.tokens[det].norm)) {
    const w = doc.tokens[det];
    if (w.kind !== 'word' || w.cap) return -1;
    det--;
  }
  if (det <= lo || !OPENERS.has(doc.tokens[det].norm)) return -1;
  return COMMENT_MARKS.has(doc.tokens[det - 1].text) && !isQuoted(doc, det - 1) ? det : -1;
}
