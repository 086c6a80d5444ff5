import { test } from 'node:test';
import assert from 'node:assert/strict';
import { report, story } from './helpers.js';

const base = story('The U.S. defense program will center on new radar systems, the Pentagon said.');

test('house style: U.S./US, British spelling and punctuation are not changes', () => {
  const copy = story('The US defence programme will centre on new radar systems - the Pentagon said.');
  assert.deepEqual(report(base, copy), []);
});

test('site boilerplate and a dateline are not changes', () => {
  const copy = `Advertisement\n\nWASHINGTON (AP) — ${base}\n\nSign up for our newsletter to get the latest news.`;
  assert.deepEqual(report(base, copy), []);
});

test('a truncated excerpt is not a dropped sentence, even cut mid-sentence', () => {
  const cut = base.slice(0, base.indexOf('irrigation') + 4);
  assert.deepEqual(report(base, cut), []);
});

test('a longer copy whose extra text lies past the source excerpt is not an insertion', () => {
  const copy = `${base} The council also approved a new swimming pool for the town centre next spring.`;
  assert.deepEqual(report(base, copy), []);
});

test('reordering sentences keeps meaning: no change', () => {
  const parts = base.split(/(?<=\.) /);
  const copy = [parts[0], parts[2], parts[1], parts[3]].join(' ');
  assert.deepEqual(report(base, copy), []);
});

test('contractions, number words and month abbreviations are house style', () => {
  const s = story('Officials did not say whether four ministers would attend the summit on Oct. 12.');
  const c = story("Officials didn't say whether 4 ministers would attend the summit on October 12.");
  assert.deepEqual(report(s, c), []);
});

test('an abbreviated title is not a name change', () => {
  const s = story('Prime Minister Justin Trudeau met the provincial premiers to discuss the blockades.');
  const c = story('PM Justin Trudeau met the provincial premiers to discuss the blockades.');
  assert.deepEqual(report(s, c), []);
});

test('house-style wordings of one meaning are not changes', () => {
  const src = story('Police moved in to try to clear the blockade that had lasted for the last two weeks.');
  const copy = story(
    'Police moved in in a bid to clear the blockade that had lasted for the past two weeks.',
  );
  assert.deepEqual(report(src, copy), []);
});

test('a capital or seat of government standing for its country is not a change', () => {
  const source = story(
    'Pentagon spokesman John Kirby told reporters that the United States had information about the plot, which Russia denied.',
  );
  const copy = story(
    'Pentagon spokesman John Kirby told reporters that Washington had information about the plot, which the Kremlin denied.',
  );
  assert.deepEqual(report(source, copy), []);
  // Another country is a change.
  const other = story(
    'Pentagon spokesman John Kirby told reporters that Britain had information about the plot, which Russia denied.',
  );
  assert.ok(report(source, other).length > 0);
});
