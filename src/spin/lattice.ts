// The best path through a sentence's lattice of choices (Viterbi): at each token, keep the written
// word(s) or replace them by a candidate original; a path's score is the sum of its nodes' inner
// scores and of the pair scores between consecutive nodes.

export interface LatticeNode {
  start: number;
  /** Token index after the node. */
  end: number;
  /** LM ids of the node's words. */
  ids: number[];
  /** log P of the node's inner word pairs, minus the change cost. */
  inner: number;
  /** Replacement text, or null when the node keeps the written tokens. */
  suggestion: string | null;
}

/**
 * The best path through `lattice` (nodes by start token, relative to `from`), starting from a
 * sentence-start node of id `startId`. `pair(k, prev, node)` scores `prev` followed by `node`
 * at relative token k (`node` null: the sentence end).
 */
export function bestPath(
  lattice: LatticeNode[][],
  from: number,
  startId: number,
  pair: (k: number, prev: LatticeNode, node: LatticeNode | null) => number,
): LatticeNode[] {
  const n = lattice.length;
  // ending[k]: paths covering tokens [from, from + k), each ending in a node, with a back link.
  const ending: Array<Array<{ node: LatticeNode; score: number; back: number; backK: number }>> = [];
  for (let k = 0; k <= n; k++) ending.push([]);
  ending[0].push({
    node: { start: from, end: from, ids: [startId], inner: 0, suggestion: null },
    score: 0,
    back: -1,
    backK: -1,
  });
  for (let k = 0; k < n; k++) {
    const prevs = ending[k];
    if (!prevs.length) continue;
    for (const node of lattice[k]) {
      let best = -Infinity;
      let back = -1;
      for (let j = 0; j < prevs.length; j++) {
        const s = prevs[j].score + pair(k, prevs[j].node, node);
        if (s > best) {
          best = s;
          back = j;
        }
      }
      ending[k + node.end - node.start].push({ node, score: best + node.inner, back, backK: k });
    }
  }
  let bestFinal = -Infinity;
  let bestJ = -1;
  ending[n].forEach((e, j) => {
    const s = e.score + pair(n, e.node, null);
    if (s > bestFinal) {
      bestFinal = s;
      bestJ = j;
    }
  });
  const path: LatticeNode[] = [];
  for (let k = n, j = bestJ; j >= 0 && k > 0;) {
    const e = ending[k][j];
    path.push(e.node);
    j = e.back;
    k = e.backK;
  }
  return path.reverse();
}
