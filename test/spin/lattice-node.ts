// Lattice nodes for the spin tests: a one-word node at token `start` (first and last word id 0,
// no LM word, zero pair scores) unless `fields` say otherwise.
import type { LatticeNode } from '../../src/spin/lattice.js';

export function latticeNode(
  start: number,
  inner: number,
  suggestion: string | null,
  fields: Partial<LatticeNode> = {},
): LatticeNode {
  return {
    start,
    end: start + 1,
    first: 0,
    last: 0,
    inner,
    leftScore: 0,
    rightScore: 0,
    suggestion,
    lmSeen: true,
    lmWord: -1,
    lmLeft: NaN,
    lmRight: NaN,
    ...fields,
  };
}
