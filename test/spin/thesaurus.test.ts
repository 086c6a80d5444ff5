import { test } from 'node:test';
import assert from 'node:assert/strict';
import { relatedFromWordNet, relatedLemmas } from '../../src/spin/thesaurus.js';
import { candidateOriginals } from '../../src/spin/candidates.js';

const key = (r: { pos: string; lemma: string; cost: number }) => `${r.pos}:${r.lemma}:${r.cost}`;

test('the shipped reversed thesaurus matches WordNet', () => {
  for (const lemma of ['state', 'guarantee', 'process', 'short-lived']) {
    assert.deepEqual(relatedLemmas(lemma).map(key).sort(), relatedFromWordNet(lemma).map(key).sort());
  }
});

test('synonyms cost nothing, looser relations cost more, names are never candidates', () => {
  const state = relatedLemmas('state');
  assert.equal(state.find((r) => r.pos === 'v' && r.lemma === 'say')?.cost, 0);
  assert.ok(state.every((r) => r.lemma !== 'state'));
  assert.ok(!relatedLemmas('tell').some((r) => r.lemma === 'william tell'));
});

test('candidate originals come back in the written inflection', () => {
  const texts = candidateOriginals('stated', 'state').map((c) => c.text);
  assert.ok(texts.includes('said'));
  assert.ok(!texts.includes('say'));
  const plural = candidateOriginals('guarantees', 'guarantee').map((c) => c.text);
  assert.ok(plural.includes('ensures') || plural.includes('warranties'));
});

test('a broader written word has its narrower words as candidates, at a cost', () => {
  // A thesaurus offers "vehicle" for "sled": reversed, "sled" is a candidate for "vehicle".
  const vehicle = relatedLemmas('vehicle');
  const sled = vehicle.find((r) => r.lemma === 'sled');
  assert.ok(sled && sled.cost > 0);
  const synonym = relatedLemmas('state').find((r) => r.lemma === 'say');
  assert.ok(synonym && sled.cost > synonym.cost);
});
