import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kinds, report, story } from './helpers.js';

// A copy spun word by word: the trace engine classifies it `spun` before reporting its changes.
const SOURCE = story(
  'Officials said they had information about the alleged plot and possible troop movements.',
);
const SPUN = story(
  'Officials stated they had data concerning the alleged plot and attainable troop movements.',
);

test('in a spun copy, a short swap no thesaurus explains is spin, not a new claim', () => {
  const source = story(
    'Kirby said the United States had information about the plot and had chosen to disclose it before it could happen.',
  );
  const copy = story(
    'Kirby said the United States had data concerning the plot and had opted to reveal it earlier than it could happen.',
  );
  const spun = report(source, copy, 'spun');
  assert.deepEqual(kinds(spun), ['spun_phrase', 'spun_phrase'], JSON.stringify(spun));
  assert.equal(spun[0].copy?.text, 'data concerning');
  assert.equal(spun[0].source?.text, 'information about');
  // In a copy not known to be spun, the same swaps read as different claims.
  assert.deepEqual(kinds(report(source, copy)), ['meaning_changed', 'meaning_changed']);
});

test('in a spun copy, a hedge swapped one for one is kept, not dropped', () => {
  assert.ok(!kinds(report(SOURCE, SPUN, 'spun')).includes('hedge_dropped'));
  // Dropped outright, it is reported even in a spun copy.
  const cut = story('Officials stated they had data concerning the alleged plot and troop movements.');
  assert.ok(kinds(report(SOURCE, cut, 'spun')).includes('hedge_dropped'));
});

test('a spun verb of saying keeps the attribution', () => {
  const source = story(
    'NATO chief Jens Stoltenberg, meanwhile, warned that the buildup was the largest in decades.',
  );
  const copy = story(
    'NATO chief Jens Stoltenberg, in the meantime, cautioned that the buildup was the largest in decades.',
  );
  assert.ok(!kinds(report(source, copy, 'spun')).includes('attribution_dropped'));
  assert.ok(!kinds(report(source, copy)).includes('attribution_dropped'));
});
