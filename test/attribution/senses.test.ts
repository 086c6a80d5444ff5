import assert from 'node:assert/strict';
import { test } from 'node:test';
import { senseClass, senseClassFromWordNet, wordnetLemmas } from '../../src/attribution/senses.js';

test('the precomputed sense-class table matches WordNet for every verb and noun lemma', () => {
  const lemmas = wordnetLemmas();
  assert.ok(lemmas.length > 50_000, `WordNet lemmas: ${lemmas.length}`);
  const wrong = lemmas.filter((l) => senseClass(l) !== senseClassFromWordNet(l));
  assert.deepEqual(wrong.slice(0, 10), []);
});

test('lemmas outside WordNet or with other characters have class 0', () => {
  for (const l of ['', 'zzxqv', 'Said', 'u.s.', '2016', 'say_so']) {
    assert.equal(senseClass(l), 0, l);
    assert.equal(senseClassFromWordNet(l), 0, l);
  }
  assert.notEqual(senseClass('say'), 0);
});
