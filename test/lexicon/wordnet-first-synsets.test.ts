// firstSynsets reads a lemma's first senses by a binary search in an index file's text while that
// file's map of every lemma is not loaded: its answers must be those of the map (synsetsOf).
// node:test runs each file in its own process, so the maps are not loaded when this one starts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstSynsets, lemmaSet, synsetsOf, type WordNetPos } from '../../src/lexicon/wordnet.js';

const CASES: [string, WordNetPos][] = [
  ['official', 'n'],
  ['spokesman', 'n'],
  ['Peace Process', 'n'],
  ["'hood", 'n'],
  ['zyrian', 'n'],
  ['aardvark', 'n'],
  ['no-such-lemma', 'n'],
  ['zzzz', 'n'],
  ['', 'n'],
  ['say', 'v'],
  ['zoom_along', 'v'],
  ['able', 'a'],
  ['quickly', 'r'],
];

test('firstSynsets before any map is loaded gives the first senses synsetsOf gives', () => {
  // Read them all before synsetsOf loads a map (after which firstSynsets reads the map too).
  const read = CASES.map(([lemma, pos]) => firstSynsets(lemma, pos, 3).map((s) => s.id));
  CASES.forEach(([lemma, pos], i) => {
    assert.deepEqual(
      read[i],
      synsetsOf(lemma, pos)
        .slice(0, 3)
        .map((s) => s.id),
      `${pos} ${lemma}`,
    );
  });
  assert.ok(read[0].length > 0 && read[6].length === 0);
});

test('firstSynsets agrees with synsetsOf for a spread of noun lemmas once the map is loaded', () => {
  const nouns = [...lemmaSet('n')].filter((_, i) => i % 997 === 0);
  for (const lemma of nouns)
    assert.deepEqual(
      firstSynsets(lemma, 'n', 2).map((s) => s.id),
      synsetsOf(lemma, 'n')
        .slice(0, 2)
        .map((s) => s.id),
    );
});
