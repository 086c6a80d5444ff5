// "The family keeps the source's wording." A machine translation round trip or a paraphrase
// rewords every sentence it takes; the other copies of the text (witnesses) keep the source's
// words, so each witness's sentences read closer to the source than to the rewording. The text's
// own signs mislead between an article and its translation (the round trip uses more familiar
// words than its source; it may run on past where a short source excerpt stops, or keep a
// dateline the source page lost), so where a pair reads as translated or paraphrased, the
// witnesses' wording decides (docs/trace.md).
import { alignDocuments, type Alignment } from '../reuse/align.js';
import type { Link } from './relation.js';
import { clearSide, witnessesOf, type SideVotes } from './witness-votes.js';

/** Witnesses whose sentences read closer to the traced article ('self') or to the linked one. */
export type WordingVotes = SideVotes;

/** A difference in mean similarity over the witness's sentences aligned with both that counts. */
export const WORDING_MARGIN = 0.02;

/** Similarity of each witness sentence aligned in `al` (witness against an article). */
function simBySentence(al: Alignment): Map<number, number> {
  const out = new Map<number, number>();
  for (const p of al.pairs) for (let s = p.a0; s < p.a1; s++) out.set(s, p.sim);
  return out;
}

/**
 * How much closer a witness's wording is to `a` than to `b`: over the witness's sentences aligned
 * with both, the mean similarity to `a` minus that to `b` (0 when none is aligned with both).
 */
export function wordingLean(witnessToA: Alignment, witnessToB: Alignment): number {
  return wordingComparison(witnessToA, witnessToB).lean;
}

/** wordingLean, and over how many of the witness's sentences (aligned with both) it was measured. */
export function wordingComparison(
  witnessToA: Alignment,
  witnessToB: Alignment,
): { lean: number; sentences: number } {
  const simA = simBySentence(witnessToA);
  let diff = 0;
  let n = 0;
  for (const [s, sim] of simBySentence(witnessToB)) {
    const a = simA.get(s);
    if (a === undefined) continue;
    diff += a - sim;
    n++;
  }
  return { lean: n ? diff / n : 0, sentences: n };
}

/** Votes of the article's other links (the strongest MAX_WITNESSES) between it and `link.other`. */
export function wordingVotes(link: Link, links: Link[]): WordingVotes {
  const votes: WordingVotes = { self: 0, other: 0 };
  for (const w of witnessesOf(link, links)) {
    const lean = wordingLean(w.ev.backward, alignDocuments(w.otherDoc, link.otherDoc));
    if (lean > WORDING_MARGIN) votes.self++;
    else if (lean < -WORDING_MARGIN) votes.other++;
  }
  return votes;
}

/** Least votes, and least ratio over the other side's, for the wording to decide. */
export const WORDING_MIN_VOTES = 2;
export const WORDING_RATIO = 3;

/** Which side the witnesses' wording clearly takes: 'self', 'other', or null. */
export function wordingSide(votes: WordingVotes): 'self' | 'other' | null {
  return clearSide(votes, WORDING_MIN_VOTES, WORDING_RATIO);
}
