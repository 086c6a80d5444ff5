// Two one-word replacements in a row scored together by the news LM: each node's LM term was read
// next to the other's written word ("military" next to "gear", "equipment" next to "navy"), so the
// Viterbi's step between them adds the LM's joint verdict on both less their single verdicts. That
// difference holds only the terms at their junction (SentenceLm.pairTerms and the terms beside
// it), a few look-ups, and has an upper bound without the pair's own look-ups, so that paths that
// cannot win are never read (lattice.ts) and dominance pruning stays exact (dominance.ts).
// Phrases and multiword candidates get no joint term (0). Two replacements by the same word
// ("monetary financial" -> "economic economic") are ruled out: the term is -Infinity (the LM holds
// such doubled bigrams, from lists written without their commas, but no spinner writes two
// different words for one repeated word).
import type { JointPairTerm, LatticeNode } from './lattice.js';
import type { SentenceLm } from './lm-context.js';
import type { CandidateIds } from './candidate-lists.js';

export class JointLmPairs implements JointPairTerm {
  /** `weight`: options.lmWeight (positive). */
  constructor(
    private readonly slm: SentenceLm,
    private readonly weight: number,
  ) {}

  /** The model id of a one-word candidate, or NO_WORD. */
  oneWordId(c: CandidateIds): number {
    return this.slm.oneWordId(c);
  }

  /** The node's terms with the written word after it (cached on the node). */
  private rightOf(node: LatticeNode): number {
    if (Number.isNaN(node.lmRight)) node.lmRight = this.slm.rightTerms(node.lmWord, node.start);
    return node.lmRight;
  }

  /** The node's terms with the written word before it (cached on the node). */
  private leftOf(node: LatticeNode): number {
    if (Number.isNaN(node.lmLeft)) node.lmLeft = this.slm.leftTerms(node.lmWord, node.start - 1);
    return node.lmLeft;
  }

  /** The joint term without its pair terms (NaN: none for this pair). */
  private sides(left: LatticeNode, right: LatticeNode): number {
    if (left.lmWord < 0 || right.lmWord < 0) return NaN;
    return this.slm.writtenPairTerms(left.start) - this.rightOf(left) - this.leftOf(right);
  }

  term(left: LatticeNode, right: LatticeNode): number {
    const sides = this.sides(left, right);
    if (Number.isNaN(sides)) return 0;
    if (left.lmWord === right.lmWord) return -Infinity;
    return this.weight * (this.slm.pairTerms(left.lmWord, right.lmWord, left.start) + sides);
  }

  bound(left: LatticeNode, right: LatticeNode): number {
    const sides = this.sides(left, right);
    if (Number.isNaN(sides)) return 0;
    if (left.lmWord === right.lmWord) return -Infinity;
    return this.weight * (this.slm.maxPairTerms(left.start) + sides);
  }

  /** The joint term less its bound for one-word replacements by LM words wa and wb of tokens i
   *  and i + 1 (at most 0; both words known). */
  slack(wa: number, wb: number, i: number): number {
    if (wa === wb) return -Infinity;
    return this.weight * (this.slm.pairTerms(wa, wb, i) - this.slm.maxPairTerms(i));
  }

  /** Bounds for DominanceCheck, for a one-word replacement by LM word w of token i: the part of
   *  the joint term with a replacement before it that depends on w (NaN: none). */
  asRight(w: number, i: number): number {
    return w < 0 ? NaN : -this.weight * this.slm.leftTerms(w, i - 1);
  }

  /** The part that depends on w of the joint term with a replacement after it (NaN: none). */
  asLeft(w: number, i: number): number {
    return w < 0 ? NaN : -this.weight * this.slm.rightTerms(w, i);
  }

  /** The rest of the bound for a replacement `left` before the junction after its token: the
   *  joint term's bound less `asRight` of what follows (NaN: no joint term with it). */
  boundWithLeft(left: LatticeNode): number {
    if (left.lmWord < 0) return NaN;
    const i = left.start;
    return this.weight * (this.slm.maxPairTerms(i) + this.slm.writtenPairTerms(i) - this.rightOf(left));
  }

  /** The rest of the bound for a one-word replacement by LM word w of token i + 1, after the
   *  junction after token i: the bound less `asLeft` of what precedes (NaN: none). */
  boundWithRight(w: number, i: number): number {
    if (w < 0) return NaN;
    return this.weight * (this.slm.maxPairTerms(i) + this.slm.writtenPairTerms(i) - this.slm.leftTerms(w, i));
  }
}
