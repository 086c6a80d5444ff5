import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bandKeys, estimateJaccard, minhash } from '../../src/reuse/minhash.js';
import { hash32 } from '../../src/text/hash.js';

const features = (from: number, to: number) =>
  Array.from({ length: to - from }, (_, i) => hash32(`shingle ${from + i}`));

test('MinHash keeps the minimum of each hash function, so similar sets share bands', () => {
  const a = features(0, 200);
  const b = features(20, 220); // Jaccard 180/220 ≈ 0.82
  const c = features(1000, 1200); // disjoint
  const sa = minhash(a);
  assert.deepEqual(minhash(a), sa, 'deterministic');
  assert.deepEqual(minhash([...a].reverse()), sa, 'independent of order');
  const jab = estimateJaccard(sa, minhash(b));
  assert.ok(jab > 0.6 && jab <= 1, `estimate ${jab} for a true Jaccard of 0.82`);
  assert.ok(estimateJaccard(sa, minhash(c)) < 0.15);
  const shared = bandKeys(sa).filter((k) => bandKeys(minhash(b)).includes(k)).length;
  assert.ok(shared >= 6, `${shared} of 16 bands shared`);
  assert.equal(bandKeys(sa).filter((k) => bandKeys(minhash(c)).includes(k)).length, 0);
});

test('an empty set has no bands', () => {
  assert.deepEqual(bandKeys(minhash([])), []);
});
