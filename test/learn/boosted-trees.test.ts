// Boosted trees (src/learn/boosted-trees.ts, trained by scripts/lib/boosted-training.ts) learn what
// a linear model cannot: a label that depends on how two numbers combine. A malformed tree in a
// model file is refused, not walked.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { trainBoostedTrees } from '../../scripts/lib/boosted-training.js';
import { isBoostedTrees, predictTrees } from '../../src/learn/boosted-trees.js';

function xorData(n: number, seed: number): { rows: Float64Array[]; labels: number[] } {
  let state = seed;
  const rand = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const rows: Float64Array[] = [];
  const labels: number[] = [];
  for (let k = 0; k < n; k++) {
    const row = Float64Array.from([rand() * 2 - 1, rand() * 2 - 1, rand()]);
    rows.push(row);
    labels.push(row[0] > 0 !== row[1] > 0 ? 1 : 0);
  }
  return { rows, labels };
}

test('boosted trees learn a label no weighted sum of the numbers gives (exclusive or)', () => {
  const train = xorData(2000, 7);
  const model = trainBoostedTrees(train.rows, train.labels, { trees: 60 });
  const held = xorData(500, 99);
  let right = 0;
  held.rows.forEach((row, k) => {
    if (predictTrees(model, row) > 0 === (held.labels[k] === 1)) right++;
  });
  assert.ok(right / held.rows.length > 0.9, `accuracy ${right / held.rows.length}`);
  assert.ok(isBoostedTrees(JSON.parse(JSON.stringify(model))));
});

test('training is deterministic', () => {
  const { rows, labels } = xorData(600, 3);
  const a = JSON.stringify(trainBoostedTrees(rows, labels, { trees: 10 }));
  const b = JSON.stringify(trainBoostedTrees(rows, labels, { trees: 10 }));
  assert.equal(a, b);
});

test('a malformed tree is refused: a child pointing back, or arrays of different lengths', () => {
  const leaf = { feature: [-1], threshold: [0], left: [-1], right: [-1], value: [0.5] };
  assert.ok(isBoostedTrees({ base: 0, trees: [leaf] }));
  const loop = { feature: [0, -1], threshold: [0, 0], left: [0, -1], right: [1, -1], value: [0, 1] };
  assert.equal(isBoostedTrees({ base: 0, trees: [loop] }), false);
  const short = {
    feature: [0, -1, -1],
    threshold: [0],
    left: [1, -1, -1],
    right: [2, -1, -1],
    value: [0, 1, 2],
  };
  assert.equal(isBoostedTrees({ base: 0, trees: [short] }), false);
  assert.equal(isBoostedTrees({ trees: [] }), false);
});
