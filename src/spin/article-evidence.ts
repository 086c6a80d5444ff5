// Whether an article reads as spun, from the detector's own first pass over it: the rate of its
// word positions where some candidate original reads better than the written word by more than
// `spunGainThreshold` nats before the change cost (its LM term, pair and topic fit less its
// relation costs). Spinners swap about one word in five, so a spun article has many such
// positions; clean news has a few (rare words, odd idiom). The detector then lowers its change
// cost, and offers Moby originals, only in articles that read as spun (docs/spin.md).
import type { Document } from '../text/document.js';
import { countWords } from './verdict.js';
import type { LatticeNode } from './lattice.js';
import type { DetectOptions } from './options.js';

/** Words added to an article's length before the rate is taken, so that one or two such
 *  positions weigh less in a short article. */
const LENGTH_PRIOR = 50;

export class SpunArticleEvidence {
  private hits = 0;

  constructor(private readonly options: DetectOptions) {}

  reset(): void {
    this.hits = 0;
    this.articleWords = 0;
    this.garbledFigures = 0;
  }

  /**
   * Counts position `i` when one of its one-word replacement nodes (nodes[1..]; nodes[0] keeps
   * the written word) beats the written word by more than the threshold, the change cost
   * `changeCost` given back. `left` and `right` are the written pairs' scores around it.
   */
  observe(nodes: readonly LatticeNode[], i: number, changeCost: number, left: number, right: number): void {
    let best = -Infinity;
    for (let n = 1; n < nodes.length; n++) {
      const node = nodes[n];
      if (node.end === i + 1) best = Math.max(best, node.inner + node.leftScore + node.rightScore);
    }
    const gain = best + changeCost - left - right;
    if (gain > this.options.spunGainThreshold) this.hits++;
  }

  /** Words of the article (set by `count`). */
  private articleWords = 0;

  /** Words of the article counted by `count`. */
  get words(): number {
    return this.articleWords;
  }

  /** Garbled figures of the article (set by `count`). */
  private garbledFigures = 0;

  /** Counts the article's words (before `weight` or `full`), given its garbled figures
   *  (figures.ts garbledFigureCount). */
  count(doc: Document, garbledFigures = 0): void {
    this.articleWords = countWords(doc);
    this.garbledFigures = garbledFigures;
  }

  /** How much the article reads as spun, 0 to 1: the rate of such positions per 1,000 words,
   *  plus garbledFigureRate per garbled figure, scaled from 0 at spunRateLow to 1 at
   *  spunRateHigh. */
  weight(): number {
    const rate =
      (1000 * this.hits) / (this.articleWords + LENGTH_PRIOR) +
      this.options.garbledFigureRate * this.garbledFigures;
    const { spunRateLow, spunRateHigh } = this.options;
    return Math.max(0, Math.min(1, (rate - spunRateLow) / (spunRateHigh - spunRateLow)));
  }

  /** True when the positions counted so far already give the full weight, whatever the rest of
   *  the article holds (counts only grow): the first reading may stop there. */
  full(): boolean {
    return this.weight() >= 1;
  }
}
