// The shipped statement filter has two stages: the perceptron, then boosted trees over its margin
// and the candidate's dense numbers (src/attribution/filter-dense.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadFilterModel } from '../../src/attribution/filter.js';
import { DENSE_FEATURES } from '../../src/attribution/filter-dense.js';

test('the shipped statement filter carries boosted trees over its dense features', () => {
  const filter = loadFilterModel();
  assert.ok(filter.boosted, 'boosted trees in data/attribution/filter-model.json');
  const used = new Set(filter.boosted.trees.flatMap((t) => t.feature.filter((f) => f >= 0)));
  assert.ok([...used].every((f) => f < DENSE_FEATURES.length));
  // The perceptron's margin (feature 0) is what the trees split on most.
  assert.ok(used.has(0));
});
