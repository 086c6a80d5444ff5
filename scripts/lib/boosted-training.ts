// Training gradient-boosted trees (src/learn/boosted-trees.ts) for a yes/no label with the
// logistic loss: each tree is grown level by level on histograms of the features (up to 64 bins
// at quantiles), each leaf takes its Newton step, shrunk by the learning rate. Deterministic.
import type { BoostedTrees, Tree } from '../../src/learn/boosted-trees.js';

export interface BoostOptions {
  trees: number;
  depth: number;
  rate: number;
  /** Least examples in a leaf. */
  minLeaf: number;
  /** L2 penalty on leaf values. */
  lambda: number;
}

export const BOOST_DEFAULTS: BoostOptions = { trees: 150, depth: 3, rate: 0.1, minLeaf: 40, lambda: 1 };

const BINS = 64;

/** Bin edges of each feature: distinct quantiles, a value v falls in the first bin whose edge >= v. */
function binEdges(rows: readonly ArrayLike<number>[], features: number): number[][] {
  const edges: number[][] = [];
  for (let f = 0; f < features; f++) {
    const values = rows.map((r) => r[f]).sort((a, b) => a - b);
    const out: number[] = [];
    for (let b = 1; b < BINS; b++) {
      const v = values[Math.min(values.length - 1, Math.floor((b * values.length) / BINS))];
      if (out.length === 0 || v > out[out.length - 1]) out.push(v);
    }
    const top = values[values.length - 1];
    if (out.length === 0 || top > out[out.length - 1]) out.push(top);
    edges.push(out);
  }
  return edges;
}

function binOf(edges: number[], v: number): number {
  let lo = 0;
  let hi = edges.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v <= edges[mid]) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export function trainBoostedTrees(
  rows: readonly ArrayLike<number>[],
  labels: ArrayLike<number>,
  options: Partial<BoostOptions> = {},
): BoostedTrees {
  const o = { ...BOOST_DEFAULTS, ...options };
  const n = rows.length;
  const features = rows[0]?.length ?? 0;
  const edges = binEdges(rows, features);
  const bins = edges.map((e, f) => Uint8Array.from(rows, (r) => binOf(e, r[f])));
  let positives = 0;
  for (let i = 0; i < n; i++) positives += labels[i];
  const p0 = Math.min(0.99, Math.max(0.01, positives / n));
  const base = Math.log(p0 / (1 - p0));
  const score = new Float64Array(n).fill(base);
  const grad = new Float64Array(n);
  const hess = new Float64Array(n);
  const trees: Tree[] = [];
  const gHist = new Float64Array(BINS);
  const hHist = new Float64Array(BINS);
  const cHist = new Int32Array(BINS);
  for (let t = 0; t < o.trees; t++) {
    for (let i = 0; i < n; i++) {
      const p = 1 / (1 + Math.exp(-score[i]));
      grad[i] = p - labels[i];
      hess[i] = Math.max(1e-6, p * (1 - p));
    }
    const tree: Tree = { feature: [], threshold: [], left: [], right: [], value: [] };
    // The bin each inner node splits at, for scoring the training rows without looking it up.
    const splitBin: number[] = [];
    // Nodes to split, with their rows; grown breadth first so children come after their parent.
    const all = Int32Array.from({ length: n }, (_, i) => i);
    const queue: Array<{ node: number; rows: Int32Array; depth: number }> = [];
    const newNode = (): number => {
      splitBin.push(-1);
      tree.feature.push(-1);
      tree.threshold.push(0);
      tree.left.push(-1);
      tree.right.push(-1);
      tree.value.push(0);
      return tree.feature.length - 1;
    };
    queue.push({ node: newNode(), rows: all, depth: 0 });
    while (queue.length) {
      const { node, rows: idx, depth } = queue.shift()!;
      let G = 0;
      let H = 0;
      for (const i of idx) {
        G += grad[i];
        H += hess[i];
      }
      tree.value[node] = (-G / (H + o.lambda)) * o.rate;
      if (depth >= o.depth || idx.length < 2 * o.minLeaf) continue;
      let best = { gain: 1e-9, feature: -1, bin: -1 };
      const parent = (G * G) / (H + o.lambda);
      for (let f = 0; f < features; f++) {
        gHist.fill(0);
        hHist.fill(0);
        cHist.fill(0);
        const b = bins[f];
        for (const i of idx) {
          gHist[b[i]] += grad[i];
          hHist[b[i]] += hess[i];
          cHist[b[i]]++;
        }
        let gl = 0;
        let hl = 0;
        let cl = 0;
        for (let k = 0; k < edges[f].length - 1; k++) {
          gl += gHist[k];
          hl += hHist[k];
          cl += cHist[k];
          if (cl < o.minLeaf) continue;
          if (idx.length - cl < o.minLeaf) break;
          const gr = G - gl;
          const hr = H - hl;
          const gain = (gl * gl) / (hl + o.lambda) + (gr * gr) / (hr + o.lambda) - parent;
          if (gain > best.gain) best = { gain, feature: f, bin: k };
        }
      }
      if (best.feature < 0) continue;
      const b = bins[best.feature];
      const leftRows = idx.filter((i) => b[i] <= best.bin);
      const rightRows = idx.filter((i) => b[i] > best.bin);
      tree.feature[node] = best.feature;
      tree.threshold[node] = edges[best.feature][best.bin];
      splitBin[node] = best.bin;
      const l = newNode();
      const r = newNode();
      tree.left[node] = l;
      tree.right[node] = r;
      queue.push({ node: l, rows: leftRows, depth: depth + 1 });
      queue.push({ node: r, rows: rightRows, depth: depth + 1 });
    }
    // Inner nodes keep a value only while growing; a prediction reads leaves alone.
    for (let k = 0; k < tree.feature.length; k++) if (tree.feature[k] >= 0) tree.value[k] = 0;
    for (let i = 0; i < n; i++) {
      let k = 0;
      while (tree.feature[k] >= 0) k = bins[tree.feature[k]][i] <= splitBin[k] ? tree.left[k] : tree.right[k];
      score[i] += tree.value[k];
    }
    trees.push(tree);
  }
  return { base, trees };
}
