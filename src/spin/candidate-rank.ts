// Which candidate originals make the cut when a word has more than maxCandidates: the order in
// which candidate lists are read. By default the most frequent in the model's counts first; the
// options can rank by news frequency (the news LM's unigrams) and charge the relation + channel
// cost, so that a rarer close synonym can keep its place over a common loose one.
import type { NgramCounts } from './model.js';
import { shippedNewsLm, type NewsLm } from './news-lm.js';
import type { DetectOptions } from './options.js';

export class CandidateRank {
  private readonly lm: NewsLm | null;
  /** News LM log unigram probability by model id (NaN: not yet looked up). */
  private readonly newsLogP: Float64Array | null;
  private readonly costWeight: number;
  /** Whether key() reads its cost (callers skip computing it otherwise). */
  readonly usesCost: boolean;

  constructor(
    private readonly counts: NgramCounts,
    options: Pick<DetectOptions, 'candidateRanking' | 'candidateRankCost'>,
  ) {
    this.lm = options.candidateRanking === 'news' ? shippedNewsLm() : null;
    this.newsLogP = this.lm ? new Float64Array(counts.words.length).fill(NaN) : null;
    this.costWeight = options.candidateRankCost;
    this.usesCost = this.costWeight !== 0;
  }

  /** Higher first: the rank of a candidate whose (first) word has model id `id` and whose
   *  relation + channel cost is `cost`. With the default options, the word's count. */
  key(id: number, cost: number): number {
    const lm = this.lm;
    if (lm && this.newsLogP) {
      let logP = this.newsLogP[id];
      if (Number.isNaN(logP)) logP = this.newsLogP[id] = lm.unigram(lm.find(this.counts.words[id]));
      return logP - this.costWeight * cost;
    }
    if (this.costWeight === 0) return this.counts.count(id);
    return Math.log(Math.max(0.5, this.counts.count(id))) - this.costWeight * cost;
  }
}
