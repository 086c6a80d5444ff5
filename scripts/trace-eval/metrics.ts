// Scoring functions: word-3-gram shingles (for near-duplicate ground truth and the brute-force
// baseline), pairwise clustering F1 and confusion matrices.
import { COPY_TYPES, type CopyType } from '../../src/model.js';
import { hash32 } from '../../src/text/hash.js';

/** Hashed word 3-gram shingles of lowercase alphanumeric words, sorted and distinct. */
export function wordShingles(text: string): Uint32Array {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const set = new Set<number>();
  for (let i = 0; i + 2 < words.length; i++) set.add(fnv(`${words[i]} ${words[i + 1]} ${words[i + 2]}`));
  return Uint32Array.from(set).sort();
}

const fnv = hash32;

/** Size of the intersection of two sorted distinct arrays. */
export function intersectSize(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i];
    const y = b[j];
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

export function jaccard(a: Uint32Array, b: Uint32Array): number {
  const inter = intersectSize(a, b);
  const uni = a.length + b.length - inter;
  return uni ? inter / uni : 0;
}

/** Share of the smaller set inside the larger one. */
export function containment(a: Uint32Array, b: Uint32Array): number {
  const m = Math.min(a.length, b.length);
  return m ? intersectSize(a, b) / m : 0;
}

/**
 * For each query, the indexed texts sharing at least `minContainment` of the smaller shingle set.
 * Uses an inverted index and skips shingles held by more than `maxDf` texts (boilerplate).
 */
export function nearDuplicates(
  index: Uint32Array[],
  queries: number[],
  minContainment: number,
  maxDf = 50,
): Map<number, { i: number; containment: number; jaccard: number }[]> {
  const postings = new Map<number, number[]>();
  index.forEach((sh, i) => {
    for (const h of sh) {
      let p = postings.get(h);
      if (!p) postings.set(h, (p = []));
      p.push(i);
    }
  });
  const out = new Map<number, { i: number; containment: number; jaccard: number }[]>();
  for (const q of queries) {
    const counts = new Map<number, number>();
    for (const h of index[q]) {
      const p = postings.get(h)!;
      if (p.length > maxDf) continue;
      for (const i of p) if (i !== q) counts.set(i, (counts.get(i) ?? 0) + 1);
    }
    const hits: { i: number; containment: number; jaccard: number }[] = [];
    for (const [i, n] of counts) {
      const m = Math.min(index[q].length, index[i].length);
      if (m && n / m >= minContainment * 0.8) {
        const c = containment(index[q], index[i]);
        if (c >= minContainment) hits.push({ i, containment: c, jaccard: jaccard(index[q], index[i]) });
      }
    }
    out.set(q, hits);
  }
  return out;
}

/** Pairwise precision, recall and F1 of a predicted clustering against a gold one (same items). */
export function pairwiseF1(
  pred: Map<string, string>,
  gold: Map<string, string>,
): { p: number; r: number; f1: number; predPairs: number; goldPairs: number } {
  const items = [...gold.keys()];
  let tp = 0;
  let pp = 0;
  let gp = 0;
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const g = gold.get(items[i]) === gold.get(items[j]);
      const pa = pred.get(items[i]);
      const p = pa !== undefined && pa === pred.get(items[j]);
      if (g) gp++;
      if (p) pp++;
      if (g && p) tp++;
    }
  }
  const p = pp ? tp / pp : 1;
  const r = gp ? tp / gp : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, predPairs: pp, goldPairs: gp };
}

export type Confusion = Record<string, Record<string, number>>;

export function confusion(pairs: { gold: CopyType; pred: CopyType }[]): Confusion {
  const m: Confusion = {};
  for (const g of COPY_TYPES) m[g] = Object.fromEntries(COPY_TYPES.map((p) => [p, 0]));
  for (const { gold, pred } of pairs) m[gold][pred]++;
  return m;
}

export function formatConfusion(m: Confusion): string {
  const cols = COPY_TYPES;
  const rows = cols.filter((g) => cols.some((p) => m[g][p] > 0));
  const w = 12;
  const head = 'gold \\ pred'.padEnd(w) + cols.map((c) => c.slice(0, 10).padStart(w)).join('');
  const lines = rows.map((g) => g.padEnd(w) + cols.map((p) => String(m[g][p]).padStart(w)).join(''));
  return [head, ...lines].join('\n');
}

export function pct(x: number, n: number): string {
  return n ? `${((100 * x) / n).toFixed(1)}% (${x}/${n})` : 'n/a (0)';
}

/** Articles whose chain of sources comes back to them (a cycle of sources), over all records. */
export function articlesInSourceCycles(records: { key: number; source: { key: number } | null }[]): number {
  const sourceOf = new Map(records.map((r) => [r.key, r.source?.key ?? null]));
  let n = 0;
  for (const start of sourceOf.keys()) {
    const seen = new Set<number>();
    let at: number | null | undefined = start;
    while (at != null && !seen.has(at)) {
      seen.add(at);
      at = sourceOf.get(at);
    }
    if (at === start) n++;
  }
  return n;
}
