// Two neighbouring replacements an article repeats are claimed as one swap
// (src/spin/repeated-pairs.ts): their joint gains are summed over the article.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RepeatedPairs, type PairPlace } from '../../src/spin/repeated-pairs.js';
import type { LatticeNode } from '../../src/spin/lattice.js';
import { latticeNode } from './lattice-node.js';

/** Nodes at token i: the written word, then one replacement per [suggestion, LM id, inner score]. */
function nodesAt(i: number, replacements: Array<[string, number, number]>): LatticeNode[] {
  return [
    latticeNode(i, 0, null),
    ...replacements.map(([s, id, inner]) => latticeNode(i, inner, s, { first: id, last: id })),
  ];
}

const place: PairPlace = {
  firstNorm: 'value',
  secondNorm: 'motion',
  linkLeft: 0,
  linkMiddle: -4,
  linkRight: 0,
};

test('repeated pairs: two replacements that read well only together are claimed as one swap', () => {
  const pairs = new RepeatedPairs();
  const cost = 5;
  // Each replacement alone only gives its change cost back; together they read 6 nats better
  // than the written pair.
  const pairLogP = (left: number, right: number): number => (left === 1 && right === 2 ? 2 : -8);
  const observe = (i: number): void =>
    pairs.observe(
      nodesAt(i - 1, [
        ['price', 1, -5],
        ['rate', 3, -5],
      ]),
      nodesAt(i, [['action', 2, -5]]),
      place,
      cost,
      -1,
      pairLogP,
    );
  // Gain of (price, action): -5 - 5 + 2 * 5 + 2 (their pair) + 4 (the written pair given back) = 6.
  // (rate, action): -8 + 4 = -4, under the floor.
  observe(3);
  observe(9);
  assert.deepEqual([...pairs.decide(cost, 3, cost)], []);
  assert.deepEqual([...pairs.decide(cost, 2, cost)].sort(), ['motion', 'value']);
  assert.ok(pairs.claims('', 'value', 'price', 'motion'));
  assert.ok(pairs.claims('value', 'motion', 'action', ''));
  // Only next to the other written word of the pair.
  assert.ok(!pairs.claims('', 'value', 'price', 'move'));
  assert.ok(!pairs.claims('', 'value', 'rate', 'motion'));
  pairs.reset();
  assert.ok(!pairs.claims('', 'value', 'price', 'motion'));
});

test('repeated pairs: gains that do not pay both change costs are not claimed', () => {
  const pairs = new RepeatedPairs();
  const cost = 5;
  const pairLogP = (): number => 0;
  // Each place gains -5 - 5 + 10 + 0 + 4 = 4: summed 8, under two change costs (10).
  for (const i of [3, 9])
    pairs.observe(
      nodesAt(i - 1, [['price', 1, -5]]),
      nodesAt(i, [['action', 2, -5]]),
      place,
      cost,
      -1,
      pairLogP,
    );
  assert.equal(pairs.decide(cost, 2, 0).size, 0);
});
