// Gradient-boosted decision trees over a few dense numbers: what a linear model cannot do with
// them is let one decide how another counts ("a short content is fine after a sure cue, suspect
// after a doubtful one"). Prediction only; training is in scripts/lib/boosted-training.ts. Used by
// the attribution filter's last stage (src/attribution/filter-dense.ts).

/** One tree as parallel arrays over its nodes; a leaf has feature −1 and its value. */
export interface Tree {
  feature: number[];
  threshold: number[];
  left: number[];
  right: number[];
  value: number[];
}

/** Log-odds = base + the sum of every tree's leaf for x (x[feature] <= threshold goes left). */
export interface BoostedTrees {
  base: number;
  trees: Tree[];
}

export function predictTrees(model: BoostedTrees, x: ArrayLike<number>): number {
  let sum = model.base;
  for (const t of model.trees) {
    let n = 0;
    while (t.feature[n] >= 0) n = x[t.feature[n]] <= t.threshold[n] ? t.left[n] : t.right[n];
    sum += t.value[n];
  }
  return sum;
}

/** Checks a parsed model's shape (it is read from a file). */
export function isBoostedTrees(v: unknown): v is BoostedTrees {
  if (!v || typeof v !== 'object') return false;
  const m = v as { base?: unknown; trees?: unknown };
  if (typeof m.base !== 'number' || !Array.isArray(m.trees)) return false;
  return m.trees.every((t: unknown) => {
    if (!t || typeof t !== 'object') return false;
    const r = t as Record<string, unknown>;
    const fields = ['feature', 'threshold', 'left', 'right', 'value'];
    if (!fields.every((k) => Array.isArray(r[k]))) return false;
    const n = (r.feature as unknown[]).length;
    if (!fields.every((k) => (r[k] as unknown[]).length === n)) return false;
    const feature = r.feature as number[];
    const left = r.left as number[];
    const right = r.right as number[];
    // Children point forward, so walking a tree always ends at a leaf.
    return feature.every((f, i) => f < 0 || (left[i] > i && left[i] < n && right[i] > i && right[i] < n));
  });
}
