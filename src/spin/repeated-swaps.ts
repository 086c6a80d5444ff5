// One claim per swap, not per occurrence. A thesaurus spinner replaces a word the same way
// wherever it stands ("stated" for said, "safety" for security, four times in one article), so in
// an article that reads as spun the change cost of a swap seen several times is paid once: when
// the local gains of the same replacement of the same written word, summed over the article,
// exceed one change cost, each occurrence is read again at a small cost of its own
// (options.repeatedTokenCost) and restored where its own context still prefers the original.
// Keyed by the written word as written: keyed by lemma instead, so that the inflected forms of
// one swap add up, it restored nothing more (docs/spin.md, "Repeated swaps").
import type { LatticeNode } from './lattice.js';

/** Local gains of swaps summed over an article, by key: sum, occurrences and the largest. */
class GainTally {
  private readonly gains = new Map<string, { sum: number; count: number; max: number }>();

  clear(): void {
    this.gains.clear();
  }

  add(key: string, gain: number): void {
    const g = this.gains.get(key);
    if (g) {
      g.sum += gain;
      g.count++;
      g.max = Math.max(g.max, gain);
    } else this.gains.set(key, { sum: gain, count: 1, max: gain });
  }

  /** The keys seen at least `minCount` times whose gains sum to more than `minSum` and reach
   *  `minMax` at one place at least. */
  *passing(minCount: number, minSum: number, minMax: number): Generator<string> {
    for (const [key, g] of this.gains)
      if (g.count >= minCount && g.sum > minSum && g.max >= minMax) yield key;
  }
}

/** Adds `value` to the set `map` holds under `key`. */
function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

export class RepeatedSwaps {
  /** "written\tsuggestion" → summed local gains (before the change cost) and occurrences. */
  private readonly gains = new GainTally();
  /** The swaps claimed for the article (see decide), by written word. */
  private readonly claimed = new Map<string, Set<string>>();

  reset(): void {
    this.gains.clear();
    this.claimed.clear();
  }

  /**
   * Adds the one-word replacements of written word `norm` at token i (nodes[1..]; nodes[0] keeps
   * it) with their local gains: the node's score with its written neighbours less the written
   * word's (`left`, `right`), the change cost `changeCost` given back. Only gains above `floor`
   * count: the detector leaves out, unread, replacements that trail the written word by more
   * (dominance.ts), so what is summed does not depend on that check.
   */
  observe(
    nodes: readonly LatticeNode[],
    i: number,
    norm: string,
    changeCost: number,
    left: number,
    right: number,
    floor: number,
  ): void {
    for (let n = 1; n < nodes.length; n++) {
      const node = nodes[n];
      if (node.end !== i + 1 || node.suggestion === null) continue;
      const gain = node.inner + node.leftScore + node.rightScore + changeCost - left - right;
      if (gain > floor) this.gains.add(`${norm}\t${node.suggestion}`, gain);
    }
  }

  /**
   * Claims the swaps seen at least `minCount` times whose summed gains exceed `changeCost` and
   * that gain at least `minMax` at one place at least (a swap the reading would take there
   * alone); returns the written words concerned.
   */
  decide(changeCost: number, minCount: number, minMax: number): ReadonlySet<string> {
    const words = new Set<string>();
    for (const key of this.gains.passing(minCount, changeCost, minMax)) {
      const tab = key.indexOf('\t');
      const norm = key.slice(0, tab);
      addTo(this.claimed, norm, key.slice(tab + 1));
      words.add(norm);
    }
    return words;
  }

  /** Whether replacing written `norm` by `suggestion` is a claimed swap. */
  claims(norm: string, suggestion: string): boolean {
    return this.claimed.get(norm)?.has(suggestion) ?? false;
  }
}
