import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSpinModel } from '../../src/spin/model.js';
import { CandidateLists } from '../../src/spin/candidate-lists.js';
import { AssociationScorer } from '../../src/spin/scoring.js';
import { DEFAULT_DETECT_OPTIONS } from '../../src/spin/options.js';
import { SubstitutionTable } from '../../src/spin/learned.js';
import { PairTable } from '../../src/spin/pairs.js';

const model = loadSpinModel();
const scorer = new AssociationScorer(model.counts, DEFAULT_DETECT_OPTIONS.smoothing);
const lists = () => new CandidateLists(model.counts, scorer, DEFAULT_DETECT_OPTIONS, new SubstitutionTable());

test('candidate lists read from thesaurus rows equal those built from lemma strings', () => {
  const fast = lists();
  const reference = lists();
  const written: Array<[string, string]> = [
    ['stated', 'state'],
    ['guarantees', 'guarantee'],
    ['informed', 'inform'],
    ['navy', 'navy'],
    ['gear', 'gear'],
    ['running', 'run'],
    ['authorized', 'authorize'],
    ['children', 'child'],
    ['keep up', 'keep up'],
    ['kept up', 'keep up'],
    ['short-lived', 'short-lived'],
    ['percentage points', 'percentage point'],
    ['zzzz', 'zzzz'],
  ];
  // Every word of the model too, a slice of them: base forms and inflected-looking ones.
  const words = model.counts.words;
  for (let id = 0; id < words.length; id += 37)
    written.push([words[id], words[id].replace(/(?:s|ed|ing)$/, '')]);
  for (const [norm, lemma] of written) {
    assert.deepEqual(fast.build(norm, lemma), reference.buildFromStrings(norm, lemma), `${norm} (${lemma})`);
  }
});

test('a pair table bounds every count it holds without reading the pair', () => {
  const table = new PairTable();
  for (let i = 0; i < 5000; i++) table.add((i * 7) % 300, (i * 13) % 400, 1 + (i % 5));
  assert.equal(table.maxCount(1, 2), 0xffffffff); // no bounds before the table has been used
  for (let i = 0; i <= 100_000; i++) table.get(i % 300, i % 400); // bounds made with the filter
  for (let left = 0; left < 310; left += 3)
    for (let right = 0; right < 410; right += 7)
      assert.ok(table.maxCount(left, right) >= table.get(left, right));
  table.add(5, 5, 1000); // a change makes the bounds again
  assert.ok(table.maxCount(5, 5) >= 1000);
});
