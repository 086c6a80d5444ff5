// Ruling out a replacement before its pair counts are read. A one-word replacement N of the written
// word W at token i can never be on the best path when, for every node p that may end at i and
// every node q that may start at i + 1, the path p → N → q scores less than p → W → q:
//   pair(p, N) - pair(p, W) + inner(N) + pair(N, q) - pair(W, q) < 0.
// Each pair with N is bounded from above without the pair table (AssociationScorer.logPBound);
// pair(p, W) is known for the nodes already built (their right scores), and pair(W, q) is bounded
// from below by a count of 0 for the candidates of token i + 1. The Viterbi then never takes N
// (its comparisons are strict, and every path through N has a better one through W), so leaving
// N out of the lattice changes no path and no finding, and saves reading its pair counts (most
// candidates of most words: the change cost is far above what their context can earn back).
// With the news LM's joint term between two replacements in a row (joint-pairs.ts), each pair of
// N with a replacement before it adds that term (exact: those nodes are few), and each pair with
// a candidate after it an upper bound of it, split into N's part (read once per N) and the
// candidate's (once per token); where that bound alone would keep N, the term itself is read.
import type { CandidateIds } from './candidate-lists.js';
import type { LatticeNode } from './lattice.js';
import type { AssociationScorer } from './scoring.js';
import type { JointLmPairs } from './joint-pairs.js';

/** The WordNet phrases starting at one token (at most two: of 2 and 3 words), with their
 *  candidate lists. */
export class PhraseLists {
  /** The token (-1: none yet). */
  at = -1;
  count = 0;
  readonly lists: CandidateIds[][] = [];
  readonly written: string[] = [];
  readonly lens: number[] = [];
}

/** Nats by which a ruled-out path must trail, far above rounding errors in the sums. */
const MARGIN = 1e-6;

export class DominanceCheck {
  /** Replacements ending at the current token: last id and pair score with the written word. */
  private prevLast = new Int32Array(16);
  private prevScore = new Float64Array(16);
  /** The neighbour's part of the joint term's bound (JointLmPairs.boundWithLeft; NaN: none). */
  private prevJoint = new Float64Array(16);
  /** Their LM words (LatticeNode.lmWord). */
  private prevWord = new Int32Array(16);
  /** Some replacement before has a joint term with the token's one-word replacements. */
  private prevJoints = false;
  private prevCount = 0;
  /** First ids of the candidates of the next token, with exp(-lower bound) of their pair with
   *  the written word (AssociationScorer.unseenFactor). */
  private nextFirst = new Int32Array(16);
  private nextFactor = new Float64Array(16);
  /** nextFactor times exp(the neighbour's part of the joint term's bound), or NaN: none. */
  private nextJointFactor = new Float64Array(16);
  /** Their LM words (NO_WORD: several words, or unknown). */
  private nextWord = new Int32Array(16);
  private nextCount = 0;

  /** `joint`: the news LM's joint term of two replacements in a row, when the detector adds it. */
  constructor(
    private readonly scorer: AssociationScorer,
    private readonly joint: JointLmPairs | null = null,
  ) {}

  /** Token i's setting (see `at`), read on the first `dominated` call. */
  private lattice: readonly LatticeNode[][] = [];
  private k = 0;
  private i = 0;
  private writtenId = 0;
  private next: readonly CandidateIds[] | null = null;
  private phrases: PhraseLists | null = null;
  private ready = false;

  /**
   * Sets up token i (relative position k of `lattice`, whose earlier positions are built): its
   * written id, the one-word candidates of token i + 1 (null: none) and the phrases starting there.
   */
  at(
    lattice: readonly LatticeNode[][],
    k: number,
    i: number,
    writtenId: number,
    next: readonly CandidateIds[] | null,
    phrases: PhraseLists | null,
  ): void {
    this.lattice = lattice;
    this.k = k;
    this.i = i;
    this.writtenId = writtenId;
    this.next = next;
    this.phrases = phrases;
    this.ready = false;
  }

  /** Lists the nodes around token i (most tokens never need them). */
  private prepare(): void {
    this.ready = true;
    const { lattice, k, i, writtenId, next, phrases } = this;
    this.prevCount = 0;
    this.prevJoints = false;
    // Nodes ending at i start at most 3 tokens earlier (phrases have at most 3 words).
    for (let back = 1; back <= 3 && back <= k; back++) {
      for (const node of lattice[k - back]) {
        if (node.suggestion === null || node.end !== i) continue;
        if (this.prevCount === this.prevLast.length) this.growPrev();
        this.prevLast[this.prevCount] = node.last;
        this.prevScore[this.prevCount] = node.rightScore;
        this.prevJoint[this.prevCount] = this.joint ? this.joint.boundWithLeft(node) : NaN;
        this.prevWord[this.prevCount] = node.lmWord;
        if (!Number.isNaN(this.prevJoint[this.prevCount])) this.prevJoints = true;
        this.prevCount++;
      }
    }
    this.nextCount = 0;
    if (next) this.addNext(writtenId, next, true);
    for (let p = 0; p < (phrases?.count ?? 0); p++) this.addNext(writtenId, phrases!.lists[p], false);
  }

  /** `oneToken`: the list replaces the next token alone (its one-word candidates may have a
   *  joint term with N). */
  private addNext(writtenId: number, list: readonly CandidateIds[], oneToken: boolean): void {
    const joint = oneToken ? this.joint : null;
    for (const c of list) {
      if (this.nextCount === this.nextFirst.length) this.growNext();
      const factor = this.scorer.unseenFactor(writtenId, c.first);
      this.nextFirst[this.nextCount] = c.first;
      this.nextFactor[this.nextCount] = factor;
      const word = joint ? joint.oneWordId(c) : -1;
      this.nextJointFactor[this.nextCount] = joint
        ? factor * Math.exp(joint.boundWithRight(word, this.i))
        : NaN;
      this.nextWord[this.nextCount] = word;
      this.nextCount++;
    }
  }

  /**
   * True when candidate c (score `base` without the topic terms) cannot be on the best path:
   * `leftGain` and `rightGain` bound its pair scores with the written neighbours less the
   * written word's (`leftId`, `rightId`: those neighbours' ids). Only called for candidates whose
   * bound leaves no topic term (base + leftGain + rightGain at most -TOPIC_REACH).
   */
  dominated(c: CandidateIds, base: number, leftGain: number, rightGain: number, lmWord = -1): boolean {
    if (!this.ready) this.prepare();
    // c's part of the joint terms with the replacements before it (NaN: none).
    const asRight = this.joint && this.prevJoints ? this.joint.asRight(lmWord, this.i) : NaN;
    // Their bounds first; where those keep c, the terms themselves (exact, a few look-ups).
    if (this.ruledOut(c, base, this.leftBound(c, leftGain, lmWord, asRight, false), rightGain, lmWord))
      return true;
    if (Number.isNaN(asRight)) return false;
    return this.ruledOut(c, base, this.leftBound(c, leftGain, lmWord, asRight, true), rightGain, lmWord);
  }

  /** The most c's pairs with what ends at its token can gain over the written word's. */
  private leftBound(
    c: CandidateIds,
    leftGain: number,
    lmWord: number,
    asRight: number,
    exact: boolean,
  ): number {
    let left = leftGain;
    for (let j = 0; j < this.prevCount; j++) {
      let gain = this.scorer.logPBound(this.prevLast[j], c.first) - this.prevScore[j];
      if (!Number.isNaN(asRight) && !Number.isNaN(this.prevJoint[j])) {
        gain += this.prevJoint[j] + asRight;
        if (exact) gain += this.joint!.slack(this.prevWord[j], lmWord, this.i - 1);
      }
      if (gain > left) left = gain;
    }
    return left;
  }

  /** True when, gaining at most `left` before it, c's pairs after it leave every path short. */
  private ruledOut(c: CandidateIds, base: number, left: number, rightGain: number, lmWord: number): boolean {
    // Every pair after c must leave the path short: right < limit, i.e. for the next token's
    // candidates exp(bound - lower bound) < exp(limit) (products instead of logs).
    const limit = -MARGIN - base - left;
    if (rightGain >= limit) return false;
    if (this.nextCount === 0) return true;
    const most = Math.exp(limit);
    const joint = this.joint;
    const asLeft = joint ? joint.asLeft(lmWord, this.i) : NaN;
    const jointFactor = Number.isNaN(asLeft) ? NaN : Math.exp(asLeft);
    for (let j = 0; j < this.nextCount; j++) {
      const withJoint = this.nextJointFactor[j] * jointFactor;
      const ratio = this.scorer.ratioBound(c.last, this.nextFirst[j]);
      if (Number.isNaN(withJoint)) {
        if (ratio * this.nextFactor[j] >= most) return false;
      } else if (
        // The joint term's bound keeps c: its exact value may not.
        ratio * withJoint >= most &&
        ratio * withJoint * Math.exp(joint!.slack(lmWord, this.nextWord[j], this.i)) >= most
      )
        return false;
    }
    return true;
  }

  private growPrev(): void {
    this.prevLast = doubled(this.prevLast);
    this.prevScore = doubled(this.prevScore);
    this.prevJoint = doubled(this.prevJoint);
    this.prevWord = doubled(this.prevWord);
  }

  private growNext(): void {
    this.nextFirst = doubled(this.nextFirst);
    this.nextFactor = doubled(this.nextFactor);
    this.nextJointFactor = doubled(this.nextJointFactor);
    this.nextWord = doubled(this.nextWord);
  }
}

/** A typed array twice as long, holding a's values first. */
function doubled<T extends Int32Array | Float64Array>(a: T): T {
  const out = new (a.constructor as new (n: number) => T)(2 * a.length);
  out.set(a);
  return out;
}
