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
import type { CandidateIds } from './candidate-lists.js';
import type { LatticeNode } from './lattice.js';
import type { AssociationScorer } from './scoring.js';

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
  private prevCount = 0;
  /** First ids of the candidates of the next token, with exp(-lower bound) of their pair with
   *  the written word (AssociationScorer.unseenFactor). */
  private nextFirst = new Int32Array(16);
  private nextFactor = new Float64Array(16);
  private nextCount = 0;

  constructor(private readonly scorer: AssociationScorer) {}

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
    // Nodes ending at i start at most 3 tokens earlier (phrases have at most 3 words).
    for (let back = 1; back <= 3 && back <= k; back++) {
      for (const node of lattice[k - back]) {
        if (node.suggestion === null || node.end !== i) continue;
        if (this.prevCount === this.prevLast.length) this.growPrev();
        this.prevLast[this.prevCount] = node.last;
        this.prevScore[this.prevCount] = node.rightScore;
        this.prevCount++;
      }
    }
    this.nextCount = 0;
    if (next) this.addNext(writtenId, next);
    for (let p = 0; p < (phrases?.count ?? 0); p++) this.addNext(writtenId, phrases!.lists[p]);
  }

  private addNext(writtenId: number, list: readonly CandidateIds[]): void {
    for (const c of list) {
      if (this.nextCount === this.nextFirst.length) this.growNext();
      this.nextFirst[this.nextCount] = c.first;
      this.nextFactor[this.nextCount] = this.scorer.unseenFactor(writtenId, c.first);
      this.nextCount++;
    }
  }

  /**
   * True when candidate c (score `base` without the topic terms) cannot be on the best path:
   * `leftGain` and `rightGain` bound its pair scores with the written neighbours less the
   * written word's (`leftId`, `rightId`: those neighbours' ids). Only called for candidates whose
   * bound leaves no topic term (base + leftGain + rightGain at most -TOPIC_REACH).
   */
  dominated(c: CandidateIds, base: number, leftGain: number, rightGain: number): boolean {
    if (!this.ready) this.prepare();
    let left = leftGain;
    for (let j = 0; j < this.prevCount; j++) {
      const gain = this.scorer.logPBound(this.prevLast[j], c.first) - this.prevScore[j];
      if (gain > left) left = gain;
    }
    // Every pair after c must leave the path short: right < limit, i.e. for the next token's
    // candidates exp(bound - lower bound) < exp(limit) (products instead of logs).
    const limit = -MARGIN - base - left;
    if (rightGain >= limit) return false;
    if (this.nextCount === 0) return true;
    const most = Math.exp(limit);
    for (let j = 0; j < this.nextCount; j++)
      if (this.scorer.ratioBound(c.last, this.nextFirst[j]) * this.nextFactor[j] >= most) return false;
    return true;
  }

  private growPrev(): void {
    this.prevLast = doubled(this.prevLast);
    this.prevScore = doubled(this.prevScore);
  }

  private growNext(): void {
    this.nextFirst = doubled(this.nextFirst);
    this.nextFactor = doubled(this.nextFactor);
  }
}

/** A typed array twice as long, holding a's values first. */
function doubled<T extends Int32Array | Float64Array>(a: T): T {
  const out = new (a.constructor as new (n: number) => T)(2 * a.length);
  out.set(a);
  return out;
}
