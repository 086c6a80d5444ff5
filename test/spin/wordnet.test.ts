import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  multiwordLemma,
  startsMultiwordLemma,
  synonyms,
  synsetsOf,
  hasLemma,
} from '../../src/lexicon/wordnet.js';

test('synonyms share a synset, both ways', () => {
  assert.ok(synonyms('say', 'v').includes('state'));
  assert.ok(synonyms('state', 'v').includes('say'));
  assert.ok(!synonyms('say', 'v').includes('say'));
});

test('synsetsOf reads lemmas, pointers and glosses at byte offsets', () => {
  const synsets = synsetsOf('guarantee', 'v');
  assert.ok(synsets.length > 0);
  for (const s of synsets) {
    assert.equal(s.pos, 'v');
    assert.ok(s.lemmas.includes('guarantee'));
    assert.ok(s.gloss.length > 0);
  }
  assert.ok(synsets.some((s) => s.lemmas.includes('ensure')));
});

test('multiword lemmas are found whether written with spaces or hyphens', () => {
  assert.equal(multiwordLemma('short lived'), 'short-lived');
  assert.equal(multiwordLemma('keep up'), 'keep up');
  assert.ok(startsMultiwordLemma('keep'));
  assert.equal(multiwordLemma('keep the'), undefined);
  assert.ok(hasLemma('keep up', 'v'));
  assert.ok(!hasLemma('qwzx'));
});
