// Upper bounds of the news LM's log probabilities that need fewer look-ups than the values
// themselves (news-lm.ts), so that the spin detector can rule out a candidate whose LM term,
// even at its bound, leaves it no chance (lm-context.ts deltaBound): most candidates of most
// suspect words. Made once per model from its tables (about 4 M steps).
import type { LmTables } from './lm-format.js';

export class LmBounds {
  /** Per bigram: the code of its trigrams' largest probability (0 when it has none: the lowest
   *  level, still a bound). Codes are ascending with their values (quantiseLevels), so the
   *  largest code holds the largest value. */
  readonly triMaxCode: Uint8Array;
  /** Per word w, over its bigrams (w, y): the largest probability, the largest back-off weight,
   *  and the largest trigram probability after (w, y) (-Infinity: none). */
  readonly biProbMax: Float32Array;
  readonly biBackoffMax: Float32Array;
  readonly triAfterMax: Float32Array;
  /** Per word x, over the bigrams (y, x) ending in it: the largest probability and back-off
   *  weight; over the trigrams ending in it: the largest probability (-Infinity: none). */
  readonly biProbEndMax: Float32Array;
  readonly biBackoffEndMax: Float32Array;
  readonly triEndMax: Float32Array;

  constructor(t: LmTables) {
    const words = t.words.length;
    const nBi = t.biRight.length;
    this.triMaxCode = new Uint8Array(nBi);
    for (let b = 0; b < nBi; b++) {
      let most = 0;
      for (let k = t.triStart[b]; k < t.triStart[b + 1]; k++) most = Math.max(most, t.triProb[k]);
      this.triMaxCode[b] = most;
    }
    this.biProbMax = new Float32Array(words).fill(-Infinity);
    this.biBackoffMax = new Float32Array(words).fill(-Infinity);
    this.triAfterMax = new Float32Array(words).fill(-Infinity);
    for (let w = 0; w < words; w++) {
      let prob = -Infinity;
      let backoff = -Infinity;
      let tri = -Infinity;
      for (let b = t.biStart[w]; b < t.biStart[w + 1]; b++) {
        prob = Math.max(prob, t.biProbLevels[t.biProb[b]]);
        backoff = Math.max(backoff, t.biBackoffLevels[t.biBackoff[b]]);
        if (t.triStart[b + 1] > t.triStart[b]) tri = Math.max(tri, t.triProbLevels[this.triMaxCode[b]]);
      }
      this.biProbMax[w] = prob;
      this.biBackoffMax[w] = backoff;
      this.triAfterMax[w] = tri;
    }
    this.biProbEndMax = new Float32Array(words).fill(-Infinity);
    this.biBackoffEndMax = new Float32Array(words).fill(-Infinity);
    this.triEndMax = new Float32Array(words).fill(-Infinity);
    for (let b = 0; b < nBi; b++) {
      const x = t.biRight[b];
      this.biProbEndMax[x] = Math.max(this.biProbEndMax[x], t.biProbLevels[t.biProb[b]]);
      this.biBackoffEndMax[x] = Math.max(this.biBackoffEndMax[x], t.biBackoffLevels[t.biBackoff[b]]);
    }
    for (let k = 0; k < t.triRight.length; k++) {
      const x = t.triRight[k];
      this.triEndMax[x] = Math.max(this.triEndMax[x], t.triProbLevels[t.triProb[k]]);
    }
  }
}
