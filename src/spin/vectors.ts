// News-trained word vectors (GloVe, src/lexicon/embeddings.ts) seen through a spin model's ids:
// how alike a written word and a candidate original are, how common each is in news (the GloVe
// frequency rank), and how well a word fits the content words around it. The shipped counts come
// from State of the Union and Factbook prose; the vectors were trained on Wikipedia and newswire,
// so they know news usage ("told reporters", "military equipment") the counts rarely saw.
import { embeddings, type Embeddings } from '../lexicon/embeddings.js';
import type { NgramCounts } from './model.js';

/** Added to news frequency ranks before their ratio or log is taken. */
export const RANK_OFFSET = 100;
/** Rank taken for a word the vectors lack (they hold the 100,000 commonest). */
const UNRANKED = 100_000;
/** Mean log(news rank + RANK_OFFSET) of an article's content words at which the rare-words bonus
 *  starts and is full (clean news: median 7.25, 99th percentile 7.8). */
const RARE_WORDS_FROM = 7.6;
const RARE_WORDS_FULL = 7.9;
const RARE_WORDS_MIN_WORDS = 30;

/** The rare-words weight (0 to 1) of an article whose content words' mean log(news rank + 100)
 *  is `meanLogRank`. */
export function rareWordsScale(meanLogRank: number): number {
  return Math.max(0, Math.min(1, (meanLogRank - RARE_WORDS_FROM) / (RARE_WORDS_FULL - RARE_WORDS_FROM)));
}

/**
 * How much an article's vocabulary looks spun, 0 to 1: the mean log(news rank + RANK_OFFSET) of
 * its content words (`counted(i)` for token i; `rankOf(i)`: NaN without a vector), scaled by
 * rareWordsScale. Spinners put rarer words for common ones all through an article; news copy
 * reads commoner.
 */
export function rareWordsWeight(
  tokens: number,
  counted: (i: number) => boolean,
  rankOf: (i: number) => number,
): number {
  let sum = 0;
  let n = 0;
  for (let i = 0; i < tokens; i++) {
    if (!counted(i)) continue;
    const rank = rankOf(i);
    sum += Math.log((Number.isNaN(rank) ? UNRANKED : rank) + RANK_OFFSET);
    n++;
  }
  return n < RARE_WORDS_MIN_WORDS ? 0 : rareWordsScale(sum / n);
}

/** Not yet looked up (ids of unknown words are -1). */
const UNSET = -2;

export class ModelVectors {
  /** Embedding index by model id (UNSET until looked up). */
  private byId: Int32Array;
  /** The current context's summed vector and its length (see setContext). */
  private readonly context: Float64Array;
  private contextNorm = 0;

  constructor(
    private readonly counts: NgramCounts,
    private readonly vectors: Embeddings,
  ) {
    this.byId = new Int32Array(counts.words.length).fill(UNSET);
    this.context = new Float64Array(vectors.dims);
  }

  /** Embedding index of model id `id` (-1: no vector). */
  indexOf(id: number): number {
    if (id < 0) return -1;
    if (id >= this.byId.length) {
      const grown = new Int32Array(this.counts.words.length).fill(UNSET);
      grown.set(this.byId);
      this.byId = grown;
    }
    let at = this.byId[id];
    if (at === UNSET) at = this.byId[id] = this.vectors.index(this.counts.words[id]);
    return at;
  }

  /** Cosine of two model ids' vectors, NaN when either has none. */
  similarity(a: number, b: number): number {
    const i = this.indexOf(a);
    const j = this.indexOf(b);
    return i < 0 || j < 0 ? NaN : this.vectors.cosine(i, j);
  }

  /** Frequency rank in the vectors' (news) corpus, from 0; NaN without a vector. */
  rank(id: number): number {
    const i = this.indexOf(id);
    return i < 0 ? NaN : i;
  }

  /** Makes the context the sum of the unit vectors of `ids` (model ids; those without a vector,
   *  and `skip`, the written word itself when it recurs nearby, are left out). Returns how many
   *  went in. */
  setContext(ids: readonly number[], skip = -1): number {
    const sum = this.context;
    sum.fill(0);
    let n = 0;
    for (const id of ids) {
      if (id === skip) continue;
      const i = this.indexOf(id);
      if (i < 0) continue;
      const v = this.vectors.vector(i);
      const inv = this.vectors.inverseNorm(i);
      for (let k = 0; k < sum.length; k++) sum[k] += v[k] * inv;
      n++;
    }
    let s = 0;
    for (let k = 0; k < sum.length; k++) s += sum[k] * sum[k];
    this.contextNorm = s > 0 ? Math.sqrt(s) : 0;
    return n;
  }

  /** Cosine of model id `id` with the current context; NaN without a vector or context. */
  contextFit(id: number): number {
    const i = this.indexOf(id);
    if (i < 0 || this.contextNorm === 0) return NaN;
    const v = this.vectors.vector(i);
    const sum = this.context;
    let s = 0;
    for (let k = 0; k < sum.length; k++) s += v[k] * sum[k];
    return (s * this.vectors.inverseNorm(i)) / this.contextNorm;
  }
}

/** Vectors for a model, or null when the shipped vectors are missing. */
export function modelVectors(counts: NgramCounts): ModelVectors | null {
  const vectors = embeddings();
  return vectors ? new ModelVectors(counts, vectors) : null;
}
