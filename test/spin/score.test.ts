import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diffWords, emptyTally, tallyFindings } from '../../scripts/spin/score.js';
import type { SpinFinding } from '../../src/spin/index.js';

// Invented sentences: a spun copy and the text it was spun from.
const spun = 'The worth motion stalled within the final 12 months, the merchants stated.';
const original = 'The price action stalled in the last year, the traders said.';

function finding(word: string, suggestion: string): SpinFinding {
  const start = spun.indexOf(word);
  return { text: word, start, end: start + word.length, suggestion, confidence: 0.9 };
}

test('the gold changes are the runs of differing words, each with the words it replaced', () => {
  const gold = diffWords(spun, original).map((g) => [spun.slice(g.start, g.end), g.original]);
  assert.deepEqual(gold, [
    ['worth motion', 'price action'],
    ['within', 'in'],
    ['final 12 months', 'last year'],
    ['merchants stated', 'traders said'],
  ]);
});

test('changed words count word by word in a run as long as its original, whole otherwise', () => {
  const tally = emptyTally();
  const findings = [
    finding('worth', 'price'), // one of two words of "worth motion" put back
    finding('within', 'in'), // a whole run
    finding('final', 'last'), // "final 12 months" for "last year": only the whole run counts
    finding('merchants', 'traders'),
    finding('stated', 'said'), // with "merchants", the whole run word by word
  ];
  tallyFindings(tally, spun, findings, diffWords(spun, original));
  assert.equal(tally.changes, 4);
  assert.equal(tally.foundChanges, 4);
  assert.equal(tally.restoredChanges, 2);
  assert.equal(tally.changedWords, 2 + 1 + 3 + 2);
  assert.equal(tally.restoredWords, 1 + 1 + 0 + 2);
});

test('a wrong original restores nothing, and findings outside the runs are not counted as words', () => {
  const tally = emptyTally();
  tallyFindings(
    tally,
    spun,
    [finding('worth', 'value'), finding('stalled', 'stopped')],
    diffWords(spun, original),
  );
  assert.equal(tally.findings, 2);
  assert.equal(tally.correctFindings, 1);
  assert.equal(tally.restoredWords, 0);
  assert.equal(tally.changedWords, 8);
});
