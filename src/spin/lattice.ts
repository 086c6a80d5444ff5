// The best path through a sentence's lattice of choices (Viterbi): at each token, keep the written
// word(s) or replace them by a candidate original; a path's score is the sum of its nodes' inner
// scores and of the pair scores between consecutive nodes.
import type { AssociationScorer } from './scoring.js';

export interface LatticeNode {
  start: number;
  /** Token index after the node. */
  end: number;
  /** LM ids of the node's first and last words. */
  first: number;
  last: number;
  /** log P of the node's inner word pairs, minus the change cost. */
  inner: number;
  /** Pair scores with the written words around it: (written before, first) and (last, written
   *  after, or the sentence end). Every path through the node next to a written word uses one. */
  leftScore: number;
  rightScore: number;
  /** Replacement text, or null when the node keeps the written tokens. */
  suggestion: string | null;
  /** The news language model holds a bigram of the replacement with a written neighbour (its
   *  evidence when the counts have none). */
  lmSeen: boolean;
  /** For scoring two replacements in a row together (joint-pairs.ts): the news LM's id of a
   *  one-word replacement of one token (NO_WORD for any other node), and its terms with the
   *  written word after it and before it (NaN until read). */
  lmWord: number;
  lmLeft: number;
  lmRight: number;
}

/** What two replacements in a row earn together beyond their own inner scores, on top of the
 *  counts' pair score (the news LM's joint verdict less their single ones), and an upper bound
 *  of it read before it. */
export interface JointPairTerm {
  term(left: LatticeNode, right: LatticeNode): number;
  bound(left: LatticeNode, right: LatticeNode): number;
}

/** Nats added to a pair's upper bound before it rules a path out (far above rounding errors,
 *  far below any score difference that matters). */
const BOUND_SLACK = 1e-9;

/** Reused between sentences: paths (entries) ending at each token, as parallel arrays. */
const entryNode: LatticeNode[] = [];
let entryScore = new Float64Array(1024);
let entryBack = new Int32Array(1024);
/** Entries ending at each token: `endingCount[k]` of `endingAt[k]` are this sentence's. Counted
 *  rather than truncated: setting an array's length to 0 drops its storage, and refilling it
 *  allocates again, token after token. */
const endingAt: number[][] = [];
let endingCount = new Int32Array(256);

function addEnding(k: number, entry: number): void {
  endingAt[k][endingCount[k]++] = entry;
}

function addEntry(at: number, node: LatticeNode, score: number, back: number): void {
  if (at === entryScore.length) {
    const scores = new Float64Array(2 * at);
    scores.set(entryScore);
    entryScore = scores;
    const backs = new Int32Array(2 * at);
    backs.set(entryBack);
    entryBack = backs;
  }
  entryNode[at] = node;
  entryScore[at] = score;
  entryBack[at] = back;
}

/**
 * The best path through `lattice` (nodes by start token, relative to `from`; its first `n`
 * positions are the sentence's), starting from the
 * sentence-start node `start`. `link[k]` is the pair score of the written words around relative
 * token k (k = 0: after the sentence start; k = n: before its end). Two replacements
 * in a row are scored by `scorer` plus `joint`; a replacement next to written words by its own
 * left and right scores.
 */
export function bestPath(
  lattice: readonly LatticeNode[][],
  n: number,
  start: LatticeNode,
  link: Float64Array,
  scorer: AssociationScorer,
  joint: JointPairTerm | null = null,
): LatticeNode[] {
  while (endingAt.length <= n) endingAt.push([]);
  if (endingCount.length <= n) endingCount = new Int32Array(2 * (n + 1));
  endingCount.fill(0, 0, n + 1);
  let entries = 0;
  addEntry(entries, start, 0, -1);
  addEnding(0, entries++);
  for (let k = 0; k < n; k++) {
    const prevs = endingAt[k];
    const prevCount = endingCount[k];
    if (!prevCount) continue;
    for (const node of lattice[k]) {
      let best = -Infinity;
      let back = -1;
      const written = node.suggestion === null;
      for (let j = 0; j < prevCount; j++) {
        const p = prevs[j];
        const prev = entryNode[p];
        let pair: number;
        if (prev.suggestion === null) pair = written ? link[k] : node.leftScore;
        else if (written) pair = prev.rightScore;
        else {
          // Two replacements in a row: the pair (the counts' and the joint term) is read only when
          // upper bounds of both could beat the best so far; a path that cannot is never taken
          // (`s > best` is strict), so the result is the same. BOUND_SLACK covers rounding.
          const together = joint ? joint.bound(prev, node) : 0;
          if (entryScore[p] + together + scorer.logPBound(prev.last, node.first) + BOUND_SLACK <= best)
            continue;
          pair = (joint ? joint.term(prev, node) : 0) + scorer.logP(prev.last, node.first);
        }
        const s = entryScore[p] + pair;
        if (s > best) {
          best = s;
          back = p;
        }
      }
      addEntry(entries, node, best + node.inner, back);
      addEnding(k + node.end - node.start, entries++);
    }
  }
  let bestFinal = -Infinity;
  let bestEntry = -1;
  for (let j = 0; j < endingCount[n]; j++) {
    const e = endingAt[n][j];
    const prev = entryNode[e];
    const s = entryScore[e] + (prev.suggestion === null ? link[n] : prev.rightScore);
    if (s > bestFinal) {
      bestFinal = s;
      bestEntry = e;
    }
  }
  const path: LatticeNode[] = [];
  // Entry 0 is the sentence start, not part of the path.
  for (let e = bestEntry; e > 0; e = entryBack[e]) path.push(entryNode[e]);
  return path.reverse();
}
