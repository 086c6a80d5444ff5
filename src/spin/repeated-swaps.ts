// One claim per swap, not per occurrence. A thesaurus spinner replaces a word the same way
// wherever it stands ("stated" for said, "safety" for security, four times in one article), so in
// an article that reads as spun the change cost of a swap seen several times is paid once: when
// the local gains of the same replacement of the same written word, summed over the article,
// exceed one change cost, each occurrence is read again at a small cost of its own
// (options.repeatedTokenCost) and restored where its own context still prefers the original.
// Keyed by lemma when asked (options.repeatedByLemma): the written word's lemma and the
// candidate's, so the inflected forms of one swap ("ensures" and "ensure" for guarantee(s)) add up.
import type { LatticeNode } from './lattice.js';

/** Local gains of swaps summed over an article, by key: sum, occurrences and the largest. */
export class GainTally {
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
export function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

export class RepeatedSwaps {
  /** "written\tsuggestion" → summed local gains (before the change cost) and occurrences. */
  private readonly gains = new GainTally();
  /** The swaps claimed for the article (see decide), by written word (or lemma). */
  private readonly claimed = new Map<string, Set<string>>();
  /** By lemma: "written\tsuggestion" → "written lemma\tcandidate lemma", for the lattice's
   *  nodes, which hold the suggestion's text only. */
  private readonly lemmaKeys = new Map<string, string>();
  private byLemma = false;

  reset(byLemma = false): void {
    this.gains.clear();
    this.claimed.clear();
    this.lemmaKeys.clear();
    this.byLemma = byLemma;
  }

  /** The written side of a swap's key: the written word, or its lemma. */
  writtenKey(norm: string, lemma: string): string {
    return this.byLemma ? lemma : norm;
  }

  /** Notes the lemmas of a candidate replacement (by lemma only), before it is observed. */
  noteLemmas(norm: string, suggestion: string, writtenLemma: string, candidateLemma: string): void {
    if (this.byLemma) this.lemmaKeys.set(`${norm}\t${suggestion}`, `${writtenLemma}\t${candidateLemma}`);
  }

  private keyOf(norm: string, suggestion: string): string {
    const key = `${norm}\t${suggestion}`;
    return this.byLemma ? (this.lemmaKeys.get(key) ?? key) : key;
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
      this.record(
        norm,
        node.suggestion,
        node.inner + node.leftScore + node.rightScore + changeCost - left - right,
        floor,
      );
    }
  }

  /** Adds one replacement of written word `norm` by `suggestion` gaining `gain` (the change cost
   *  given back), when above `floor` (see observe). */
  record(norm: string, suggestion: string, gain: number, floor: number): void {
    if (gain <= floor) return;
    this.gains.add(this.keyOf(norm, suggestion), gain);
  }

  /**
   * Claims the swaps seen at least `minCount` times whose summed gains exceed `changeCost` and
   * that gain at least `minMax` at one place at least (a swap the reading would take there
   * alone); returns the written words (or lemmas: writtenKey) concerned.
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

  /** Whether replacing written `norm` (lemma `writtenLemma`) by `suggestion` (lemma
   *  `candidateLemma`) is a claimed swap. */
  claims(norm: string, suggestion: string, writtenLemma: string, candidateLemma: string): boolean {
    return this.byLemma
      ? (this.claimed.get(writtenLemma)?.has(candidateLemma) ?? false)
      : (this.claimed.get(norm)?.has(suggestion) ?? false);
  }
}
