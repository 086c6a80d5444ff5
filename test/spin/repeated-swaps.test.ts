// A swap the article repeats is claimed once (src/spin/repeated-swaps.ts): its local gains are
// summed over the article, and it is claimed when they pay one change cost and it wins at one
// place at least.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RepeatedSwaps } from '../../src/spin/repeated-swaps.js';
import type { LatticeNode } from '../../src/spin/lattice.js';
import { latticeNode } from './lattice-node.js';

/** Nodes at token i: the written word, then one replacement per [suggestion, inner score]. */
function nodesAt(i: number, replacements: Array<[string, number]>): LatticeNode[] {
  return [latticeNode(i, 0, null), ...replacements.map(([s, inner]) => latticeNode(i, inner, s))];
}

test('repeated swaps: claimed when the summed gains pay one change cost and one place wins', () => {
  const swaps = new RepeatedSwaps();
  const cost = 5;
  const floor = -1;
  const observe = (i: number, norm: string, replacements: Array<[string, number]>): void =>
    swaps.observe(nodesAt(i, replacements), i, norm, cost, 0, 0, floor);
  // Inner scores include -cost: gains (cost given back) of 6, 2 and 1 for "said"; 3 and 3 for
  // "declared"; 9 once for "put".
  observe(3, 'stated', [
    ['said', 1],
    ['declared', -2],
  ]);
  observe(9, 'stated', [
    ['said', -3],
    ['declared', -2],
  ]);
  observe(14, 'stated', [['said', -4]]);
  observe(20, 'placed', [['put', 4]]);
  // A gain under the floor does not count (here -20 + 5 = -15; counted, the sum would be -6).
  observe(25, 'stated', [['said', -20]]);
  const words = swaps.decide(cost, 2, cost);
  assert.deepEqual([...words], ['stated']);
  assert.ok(swaps.claims('stated', 'said'));
  // Summed 6 > 5 but never above the cost at one place: not claimed.
  assert.ok(!swaps.claims('stated', 'declared'));
  // Seen once: not claimed, however much it gains.
  assert.ok(!swaps.claims('placed', 'put'));
  swaps.reset();
  assert.ok(!swaps.claims('stated', 'said'));
});

test('repeated swaps: the inflected forms of one swap are separate swaps', () => {
  const swaps = new RepeatedSwaps();
  const cost = 5;
  const observe = (i: number, norm: string, suggestion: string, inner: number) =>
    swaps.observe(nodesAt(i, [[suggestion, inner]]), i, norm, cost, 0, 0, -1);
  // Gains 6 and 1: once each by written word, so nothing is claimed.
  observe(2, 'ensures', 'guarantees', 1);
  observe(8, 'ensure', 'guarantee', -4);
  assert.equal(swaps.decide(cost, 2, cost).size, 0);
  assert.ok(!swaps.claims('ensures', 'guarantees'));
});
