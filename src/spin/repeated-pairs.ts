// Two neighbouring replacements an article repeats, claimed as one swap. A spinner that writes
// "value motion" for price action does so wherever the phrase stands, and neither word alone reads
// better replaced ("price motion", "value action"): only the two together do. On the reading that
// records repeated swaps (repeated-swaps.ts), the gains of each pair of one-word replacements of
// two neighbouring written words are summed over the article; a pair seen at two places or more
// whose summed gains pay its two change costs, and that pays one at one place at least, is claimed,
// and both of its replacements cost options.repeatedTokenCost wherever the two written words
// stand together again.
import type { LatticeNode } from './lattice.js';
import { addTo, GainTally } from './repeated-swaps.js';

/** The written words around a replacement and the neighbouring pair scores, at one place. */
export interface PairPlace {
  /** The written words at tokens i - 1 and i. */
  firstNorm: string;
  secondNorm: string;
  /** log P of the written pairs (before i - 1, i - 1), (i - 1, i) and (i, after i). */
  linkLeft: number;
  linkMiddle: number;
  linkRight: number;
}

export class RepeatedPairs {
  /** "first\tsecond\tfirst suggestion\tsecond suggestion" → summed gains and occurrences. */
  private readonly gains = new GainTally();
  /** Claimed pairs: "first\tsecond" → first suggestions, and → second suggestions. */
  private readonly claimedFirst = new Map<string, Set<string>>();
  private readonly claimedSecond = new Map<string, Set<string>>();

  reset(): void {
    this.gains.clear();
    this.claimedFirst.clear();
    this.claimedSecond.clear();
  }

  /**
   * Adds the pairs of one-word replacements of tokens i - 1 (`before`) and i (`nodes`), each
   * node's first element keeping the written word, with their joint gains: both nodes' scores
   * with the written words outside the pair and `pairLogP` between them, less the written words',
   * both change costs given back. Only gains above `floor` count.
   */
  observe(
    before: readonly LatticeNode[],
    nodes: readonly LatticeNode[],
    place: PairPlace,
    changeCost: number,
    floor: number,
    pairLogP: (left: number, right: number) => number,
  ): void {
    const written = place.linkLeft + place.linkMiddle + place.linkRight;
    const i = nodes[0].start;
    for (let m = 1; m < before.length; m++) {
      const a = before[m];
      if (a.end !== i || a.start !== i - 1 || a.suggestion === null) continue;
      const left = a.inner + a.leftScore + 2 * changeCost - written;
      for (let n = 1; n < nodes.length; n++) {
        const b = nodes[n];
        if (b.end !== i + 1 || b.suggestion === null) continue;
        const gain = left + pairLogP(a.last, b.first) + b.inner + b.rightScore;
        if (gain <= floor) continue;
        this.gains.add(`${place.firstNorm}\t${place.secondNorm}\t${a.suggestion}\t${b.suggestion}`, gain);
      }
    }
  }

  /**
   * Claims the pairs seen at least `minCount` times whose summed gains exceed two change costs
   * and that gain at least `minMax` at one place; returns the written words concerned.
   */
  decide(changeCost: number, minCount: number, minMax: number): ReadonlySet<string> {
    const words = new Set<string>();
    for (const key of this.gains.passing(minCount, 2 * changeCost, minMax)) {
      const [first, second, firstSuggestion, secondSuggestion] = key.split('\t');
      const written = `${first}\t${second}`;
      addTo(this.claimedFirst, written, firstSuggestion);
      addTo(this.claimedSecond, written, secondSuggestion);
      words.add(first);
      words.add(second);
    }
    return words;
  }

  /** Whether replacing written `norm` by `suggestion` belongs to a claimed pair, with the written
   *  word before it (`previous`) or after it (`next`); '' for none. */
  claims(previous: string, norm: string, suggestion: string, next: string): boolean {
    if (this.claimedFirst.size === 0) return false;
    return (
      (next !== '' && (this.claimedFirst.get(`${norm}\t${next}`)?.has(suggestion) ?? false)) ||
      (previous !== '' && (this.claimedSecond.get(`${previous}\t${norm}`)?.has(suggestion) ?? false))
    );
  }
}
