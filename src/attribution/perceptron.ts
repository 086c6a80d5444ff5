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
 * A model ready for scoring. Weights are stored as 16-bit integers (weights × `scale`), and only
 * for the slots that hold some: a bitmap of used slots with a running count per 32 slots gives a
 * slot's row (popcount), so the tagger walks through about 1.5 MB instead of a dense 6 MB table
 * (most features of a token hit no slot, and the bitmap answers those from cache).
 */
export interface LoadedModel {
  labels: string[];
  mask: number;
  scale: number;
  /** Per 32 slots: [bitmap of slots with weights, rows before them], interleaved. */
  index: Uint32Array;
  /** One row of `labels.length` weights per used slot, in slot order. */
  rows: Int16Array;
}

/** A model as loadModelFrom reads it: weights flat, `labels.length` per slot. */
export interface FlatModel {
  labels: string[];
  bits: number;
  slots: ArrayLike<number>;
  weights: Float64Array;
}

export function loadModel(model: PerceptronModel): LoadedModel {
  const n = model.labels.length;
  const weights = new Float64Array(model.slots.length * n);
  model.weights.forEach((row, k) => weights.set(row.slice(0, n), k * n));
  return loadModelFrom({ labels: model.labels, bits: model.bits, slots: model.slots, weights });
}

export function loadModelFrom(model: FlatModel): LoadedModel {
  const n = model.labels.length;
  const { slots, weights } = model;
  let maxAbs = 1e-9;
  for (let at = 0; at < weights.length; at++) maxAbs = Math.max(maxAbs, Math.abs(weights[at]));
  const scale = 32767 / maxAbs;
  const size = 1 << model.bits;
  // Rows in slot order; a slot listed twice keeps its last row, and rows that round to all
  // zeros are left out (they add nothing to any score).
  // Trained models list slots in ascending order; sort only when they do not.
  let sorted = true;
  for (let k = 1; k < slots.length && sorted; k++) if (slots[k] < slots[k - 1]) sorted = false;
  let order: Int32Array | null = null;
  if (!sorted) {
    order = new Int32Array(slots.length);
    for (let k = 0; k < order.length; k++) order[k] = k;
    order.sort((a, b) => slots[a] - slots[b] || a - b);
  }
  const kept: number[] = [];
  for (let o = 0; o < slots.length; o++) {
    const k = order ? order[o] : o;
    if (o + 1 < slots.length && slots[order ? order[o + 1] : o + 1] === slots[k]) continue;
    if (slots[k] < 0 || slots[k] >= size) continue;
    for (let j = 0; j < n; j++) {
      if (Math.round(weights[k * n + j] * scale) !== 0) {
        kept.push(k);
        break;
      }
    }
  }
  const index = new Uint32Array(2 * Math.max(1, size >>> 5));
  const rows = new Int16Array(kept.length * n);
  kept.forEach((k, r) => {
    const slot = slots[k];
    index[2 * (slot >>> 5)] |= 1 << (slot & 31);
    for (let j = 0; j < n; j++) rows[r * n + j] = Math.round(weights[k * n + j] * scale);
  });
  // Rows before each group of 32 slots.
  let count = 0;
  for (let w = 0; w < index.length; w += 2) {
    index[w + 1] = count;
    count += popcount(index[w]);
  }
  return { labels: model.labels, mask: size - 1, scale, index, rows };
}

/** Number of set bits of a 32-bit integer. */
function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** Offset in `rows` of the weights of a feature's slot, or -1 when the slot holds none. */
function rowOf(model: LoadedModel, feature: number, n: number): number {
  const slot = feature & model.mask;
  const w = (slot >>> 5) << 1;
  const bits = model.index[w];
  const bit = 1 << (slot & 31);
  if ((bits & bit) === 0) return -1;
  return (model.index[w + 1] + popcount(bits & (bit - 1))) * n;
}

// The rows of the features predictLabelFrom scores (scratch, grown as needed).
let ROW_SCRATCH = new Int32Array(256);

/** Best label for `count` hashed features; `scores` receives the per-label scores. */
export function predictLabel(
  model: LoadedModel,
  features: Uint32Array,
  count: number,
  scores: Float64Array,
): number {
  scores.fill(0);
  return predictLabelFrom(model, features, count, scores);
}

/**
 * predictLabel with part of the features summed beforehand: `scores` holds on entry the integer
 * sums (weights × scale, as in `rows`) of the features not listed. Integer sums are exact, so the
 * result is predictLabel's for all the features together, in any grouping.
 */
export function predictLabelFrom(
  model: LoadedModel,
  features: Uint32Array,
  count: number,
  scores: Float64Array,
): number {
  const n = model.labels.length;
  const rows = model.rows;
  if (n === 2 || n === 3) {
    let s0 = scores[0];
    let s1 = scores[1];
    let s2 = n === 3 ? scores[2] : 0;
    // All the features' rows first, then their weights: the loads of each pass (most of them cache
    // misses, in a model of megabytes) do not wait on one another.
    if (ROW_SCRATCH.length < count) ROW_SCRATCH = new Int32Array(2 * count);
    const at = ROW_SCRATCH;
    for (let i = 0; i < count; i++) at[i] = rowOf(model, features[i], n);
    for (let i = 0; i < count; i++) {
      const row = at[i];
      if (row < 0) continue;
      s0 += rows[row];
      s1 += rows[row + 1];
      if (n === 3) s2 += rows[row + 2];
    }
    scores[0] = s0;
    scores[1] = s1;
    if (n === 3) scores[2] = s2;
  } else {
    for (let i = 0; i < count; i++) {
      const at = rowOf(model, features[i], n);
      if (at < 0) continue;
      for (let k = 0; k < n; k++) scores[k] += rows[at + k];
    }
  }
  let best = 0;
  for (let k = 0; k < n; k++) scores[k] /= model.scale;
  for (let k = 1; k < n; k++) if (scores[k] > scores[best]) best = k;
  return best;
}

/** Adds the integer weight sums of `count` features to into[at], into[at + 1], ... (one per label). */
export function addRowSums(
  model: LoadedModel,
  features: Uint32Array,
  count: number,
  into: Int32Array,
  at: number,
): void {
  const n = model.labels.length;
  for (let i = 0; i < count; i++) {
    const row = rowOf(model, features[i], n);
    if (row < 0) continue;
    for (let k = 0; k < n; k++) into[at + k] += model.rows[row + k];
  }
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

  /**
   * For structured training (a choice among several outputs, each a sum of labelled feature
   * sets): `tick` starts one example, `scoreInto` reads the current per-label scores of a feature
   * set, `nudge` adds `delta` to one label's weights of it.
   */
  tick(): void {
    this.clock++;
  }

  scoreInto(features: Uint32Array, count: number, out: Float64Array): void {
    out.fill(0);
    for (let i = 0; i < count; i++) {
      const base = (features[i] & this.mask) * this.n;
      for (let k = 0; k < this.n; k++) out[k] += this.weights[base + k];
    }
  }

  nudge(features: Uint32Array, count: number, label: number, delta: number): void {
    for (let i = 0; i < count; i++) this.bump((features[i] & this.mask) * this.n + label, delta);
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
