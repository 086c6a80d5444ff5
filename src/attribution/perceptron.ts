// A multi-class averaged perceptron over hashed features (Collins 2002). Features are 32-bit
// hashes folded into a fixed table, so scoring allocates nothing and a trained model ships
// as a sparse list of (slot, weights) pairs.

export interface PerceptronModel {
  labels: string[];
  /** log2 of the number of feature slots. */
  bits: number;
  /** Sparse averaged weights: slot numbers and, for each, one weight per label. */
  slots: number[];
  weights: number[][];
}

/**
 * A model ready for scoring: a dense table of slot × label weights, stored as 16-bit integers
 * (weights × `scale`) to halve the memory the tagger walks through per token.
 */
export interface LoadedModel {
  labels: string[];
  mask: number;
  scale: number;
  table: Int16Array;
}

export function loadModel(model: PerceptronModel): LoadedModel {
  const n = model.labels.length;
  let maxAbs = 1e-9;
  for (const row of model.weights) for (const w of row) maxAbs = Math.max(maxAbs, Math.abs(w));
  const scale = 32767 / maxAbs;
  const table = new Int16Array((1 << model.bits) * n);
  model.slots.forEach((slot, k) => {
    for (let j = 0; j < n; j++) table[slot * n + j] = Math.round(model.weights[k][j] * scale);
  });
  return { labels: model.labels, mask: (1 << model.bits) - 1, scale, table };
}

/** Best label for `count` hashed features; `scores` receives the per-label scores. */
export function predictLabel(
  model: LoadedModel,
  features: Uint32Array,
  count: number,
  scores: Float64Array,
): number {
  const n = model.labels.length;
  scores.fill(0);
  for (let i = 0; i < count; i++) {
    const base = (features[i] & model.mask) * n;
    for (let k = 0; k < n; k++) scores[k] += model.table[base + k];
  }
  let best = 0;
  for (let k = 0; k < n; k++) scores[k] /= model.scale;
  for (let k = 1; k < n; k++) if (scores[k] > scores[best]) best = k;
  return best;
}

/** Trainer state: current weights, running totals for averaging, and the update clock. */
export class PerceptronTrainer {
  private readonly n: number;
  private readonly mask: number;
  private readonly weights: Float64Array;
  private readonly totals: Float64Array;
  private readonly stamps: Float64Array;
  private readonly scores: Float64Array;
  private clock = 0;

  constructor(
    readonly labels: string[],
    readonly bits: number,
  ) {
    this.n = labels.length;
    this.mask = (1 << bits) - 1;
    const size = (1 << bits) * this.n;
    this.weights = new Float64Array(size);
    this.totals = new Float64Array(size);
    this.stamps = new Float64Array(size);
    this.scores = new Float64Array(this.n);
  }

  predict(features: Uint32Array, count: number): number {
    this.scores.fill(0);
    for (let i = 0; i < count; i++) {
      const base = (features[i] & this.mask) * this.n;
      for (let k = 0; k < this.n; k++) this.scores[k] += this.weights[base + k];
    }
    let best = 0;
    for (let k = 1; k < this.n; k++) if (this.scores[k] > this.scores[best]) best = k;
    return best;
  }

  /** One online step; returns the label predicted before the update. */
  learn(features: Uint32Array, count: number, gold: number): number {
    this.clock++;
    const guess = this.predict(features, count);
    if (guess !== gold) {
      for (let i = 0; i < count; i++) {
        const base = (features[i] & this.mask) * this.n;
        this.bump(base + gold, 1);
        this.bump(base + guess, -1);
      }
    }
    return guess;
  }

  private bump(at: number, delta: number): void {
    this.totals[at] += (this.clock - this.stamps[at]) * this.weights[at];
    this.stamps[at] = this.clock;
    this.weights[at] += delta;
  }

  /** The averaged model, dropping slots whose weights are all below `minAbs`. */
  averaged(minAbs = 0): PerceptronModel {
    const slots: number[] = [];
    const weights: number[][] = [];
    const clock = Math.max(1, this.clock);
    for (let slot = 0; slot <= this.mask; slot++) {
      const row: number[] = [];
      let keep = false;
      for (let k = 0; k < this.n; k++) {
        const at = slot * this.n + k;
        const total = this.totals[at] + (this.clock - this.stamps[at]) * this.weights[at];
        const avg = Math.round((total / clock) * 1000) / 1000;
        if (Math.abs(avg) > minAbs) keep = true;
        row.push(avg);
      }
      if (keep) {
        slots.push(slot);
        weights.push(row);
      }
    }
    return { labels: this.labels, bits: this.bits, slots, weights };
  }
}
