// The speed-ups must not change what the models compute: the compact weight table scores as the
// dense one did, and the per-token precomputations agree with their definitions.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { shapeOf, tokenHashes } from '../../src/attribution/features.js';
import { loadModel, predictLabel, type PerceptronModel } from '../../src/attribution/perceptron.js';
import { docOf } from './helpers.js';

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

test('compact perceptron weights score like the dense table', () => {
  for (const labels of [
    ['a', 'b'],
    ['O', 'B', 'I'],
    ['w', 'x', 'y', 'z'],
  ]) {
    const random = seeded(labels.length);
    const bits = 12;
    const slots = [...new Set(Array.from({ length: 900 }, () => Math.floor(random() * (1 << bits))))].sort(
      (a, b) => a - b,
    );
    // Some rows round to zero, as slots with tiny weights do in the shipped models.
    const weights = slots.map(() =>
      labels.map(() => (random() < 0.1 ? 1e-7 : Math.round((random() - 0.5) * 4000) / 1000)),
    );
    const model: PerceptronModel = { labels, bits, slots, weights };
    const loaded = loadModel(model);
    let maxAbs = 1e-9;
    for (const row of weights) for (const w of row) maxAbs = Math.max(maxAbs, Math.abs(w));
    const scale = 32767 / maxAbs;
    const dense = new Map(slots.map((slot, k) => [slot, weights[k].map((w) => Math.round(w * scale))]));
    const features = new Uint32Array(40);
    const scores = new Float64Array(labels.length);
    for (let trial = 0; trial < 500; trial++) {
      const count = 1 + Math.floor(random() * 40);
      for (let i = 0; i < count; i++) features[i] = Math.floor(random() * 2 ** 32);
      const expected = labels.map((_, k) => {
        let sum = 0;
        for (let i = 0; i < count; i++) sum += dense.get(features[i] & ((1 << bits) - 1))?.[k] ?? 0;
        return sum / scale;
      });
      let best = 0;
      for (let k = 1; k < labels.length; k++) if (expected[k] > expected[best]) best = k;
      assert.equal(predictLabel(loaded, features, count, scores), best);
      assert.deepEqual([...scores], expected);
    }
  }
});

test('precomputed token shapes agree with shapeOf, and memoised hashes with fresh ones', () => {
  const text =
    '“We will not wait,” she said. He told reporters: the U.S. plan, worth $1,000, is dead — “over”. ' +
    'The Kremlin denied it; THEY said "no" (twice).';
  const doc = docOf(text);
  const first = tokenHashes(doc);
  tokenHashes(docOf('Other words, said Other People, warmed the memo. She SAID so.'));
  const again = tokenHashes(doc);
  assert.deepEqual(again, first);
  for (const s of doc.sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd; i++)
      assert.equal(first.shape[i], shapeOf(doc, i, s.tokenStart, s.tokenEnd), doc.tokens[i].text);
  }
});

test('a slot listed twice or out of order scores as in the dense table (the last row wins)', () => {
  const model: PerceptronModel = {
    labels: ['a', 'b'],
    bits: 4,
    slots: [9, 3, 9, 40],
    weights: [
      [1, -1],
      [0.5, 0.25],
      [-2, 2],
      [7, 7],
    ],
  };
  const loaded = loadModel(model);
  const scores = new Float64Array(2);
  const scale = 32767 / 7;
  const score = (...features: number[]) => {
    predictLabel(loaded, Uint32Array.from(features), features.length, scores);
    return [...scores];
  };
  assert.deepEqual(score(9), [Math.round(-2 * scale) / scale, Math.round(2 * scale) / scale]);
  assert.deepEqual(score(3, 9 + 16), [
    (Math.round(0.5 * scale) + Math.round(-2 * scale)) / scale,
    (Math.round(0.25 * scale) + Math.round(2 * scale)) / scale,
  ]);
  assert.deepEqual(score(40 & 15), [0, 0]); // slot 40 is outside a 16-slot table: the dense one dropped it
});
