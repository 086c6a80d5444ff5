// "The family sits closest to the source." Syndicated news spreads as a star: each copy takes the
// source's text and adds its own changes (a cut, an inserted sentence, page furniture, sentences
// moved). So another member of the family (a witness) holds more of the source's text, and in its
// order, than of a sibling copy's, which carries the sibling's changes on top of the witness's own.
// Used only where two linked articles' own text shows no direction (a shuffled or padded copy of
// an undated page): the witnesses then decide instead of the storage order (docs/trace.md).
import { alignDocuments, type Alignment } from '../reuse/align.js';
import type { Document } from '../text/document.js';
import { strength, type Link } from './relation.js';
import { clearSide, MAX_WITNESSES, witnessesOf, type SideVotes } from './witness-votes.js';

/** Share of an alignment's sentence pairs out of the other side's order. */
export function outOfOrder(al: Alignment): number {
  let last = -1;
  let n = 0;
  for (const p of al.pairs) {
    if (p.b0 < last) n++;
    last = p.b0;
  }
  return al.pairs.length ? n / al.pairs.length : 0;
}

/** How close a witness is to an article: its text held either way, and its order. */
interface Closeness {
  /** Strength of the witness against the article plus that of the article against the witness. */
  shared: number;
  /** Share of the witness's aligned sentences out of the article's order. */
  moved: number;
}

function closeness(witnessAgainst: Alignment, againstWitness: Alignment): Closeness {
  return { shared: strength(witnessAgainst) + strength(againstWitness), moved: outOfOrder(witnessAgainst) };
}

/** A difference in order (share of pairs moved) that counts; below it, shared text decides. */
export const ORDER_MARGIN = 0.05;
/** A difference in shared text that counts (sum of two strengths, 0..2). */
const SHARED_MARGIN = 0.02;
/** Witnesses closer to the traced article ('self') or to the linked one ('other'). */
export type ClosenessVotes = SideVotes;

/**
 * Votes of the article's other links (witnesses) between the article and `link.other`: each
 * witness that shares text with both votes for the one it follows in order, or else holds more
 * text with, by a margin; the rest abstain.
 */
export function closenessVotes(self: Document, link: Link, links: Link[]): ClosenessVotes {
  const votes: ClosenessVotes = { self: 0, other: 0 };
  for (const w of witnessesOf(link, links)) {
    const toOther = alignDocuments(w.otherDoc, link.otherDoc);
    // A witness of this text shares some of it with both articles.
    if (toOther.pairs.length === 0) continue;
    const near = closeness(w.ev.backward, w.ev.forward);
    count(votes, near, closeness(toOther, alignDocuments(link.otherDoc, w.otherDoc)));
  }
  return votes;
}

/** The same votes between two documents `a` ('self') and `b` ('other'), every alignment computed. */
export function closenessVotesOf(a: Document, b: Document, witnesses: Document[]): ClosenessVotes {
  const votes: ClosenessVotes = { self: 0, other: 0 };
  for (const w of witnesses.slice(0, MAX_WITNESSES)) {
    const toA = alignDocuments(w, a);
    const toB = alignDocuments(w, b);
    if (toA.pairs.length === 0 || toB.pairs.length === 0) continue;
    count(votes, closeness(toA, alignDocuments(a, w)), closeness(toB, alignDocuments(b, w)));
  }
  return votes;
}

/** One witness's vote: for the side it follows in order, else the side it shares more text with. */
function count(votes: ClosenessVotes, self: Closeness, other: Closeness): void {
  let v = 0;
  if (self.moved + ORDER_MARGIN < other.moved) v = 1;
  else if (other.moved + ORDER_MARGIN < self.moved) v = -1;
  else if (self.shared > other.shared + SHARED_MARGIN) v = 1;
  else if (other.shared > self.shared + SHARED_MARGIN) v = -1;
  if (v > 0) votes.self++;
  if (v < 0) votes.other++;
}

/** How many times the other side's votes a side needs (and at least one vote) to decide. */
const CLOSENESS_RATIO = 2;

/** Which side the witnesses take: 'self' (the traced article is the source), 'other', or null. */
export function closerSide(votes: ClosenessVotes): 'self' | 'other' | null {
  return clearSide(votes, 1, CLOSENESS_RATIO);
}
