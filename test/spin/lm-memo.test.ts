import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TokenLmMemo } from '../../src/spin/lm-memo.js';

test('LM memo: entries are found by token and word id, a delta once it is set', () => {
  const memo = new TokenLmMemo();
  assert.equal(memo.add(0, 7, true), -1, 'no document started: nothing kept');
  memo.reset(10);
  const a = memo.add(3, 7, true);
  const b = memo.add(3, 9, false);
  assert.ok(a >= 0 && b >= 0);
  assert.equal(memo.find(3, 7), a);
  assert.equal(memo.find(3, 9), b);
  assert.equal(memo.find(3, 8), -1);
  assert.equal(memo.find(4, 7), -1);
  assert.equal(memo.seen(a), true);
  assert.equal(memo.seen(b), false);
  assert.ok(Number.isNaN(memo.delta(a)));
  memo.setDelta(a, -2.5);
  assert.equal(memo.delta(a), -2.5);
});

test("LM memo: a token's entries stay together; a new document drops the old ones", () => {
  const memo = new TokenLmMemo();
  memo.reset(10);
  memo.add(3, 7, true);
  memo.add(4, 1, true);
  // Token 3's run is no longer the last one: a later candidate of it is not kept.
  assert.equal(memo.add(3, 8, true), -1);
  assert.equal(memo.find(3, 8), -1);
  // Token 4's run is: kept, and it grows past the first allocation.
  for (let id = 2; id < 3000; id++) assert.ok(memo.add(4, id, id % 2 === 0) >= 0);
  assert.equal(memo.seen(memo.find(4, 2998)), true);
  memo.reset(10);
  assert.equal(memo.find(3, 7), -1);
  assert.equal(memo.find(4, 1), -1);
});
