import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headlineOf } from '../../src/report/story-view.js';

test('an untitled page: its headline line, not the furniture, dateline or byline above it', () => {
  const page = [
    'Advertisement',
    'Feb. 5, 2022 / 6:33 PM',
    '',
    'Boy dies after days trapped in a well',
    '',
    'By Jane Roe',
    'Rescue workers line up after the boy was found. They had dug for days.',
  ].join('\n');
  assert.equal(headlineOf(page), 'Boy dies after days trapped in a well');
});

test('an untitled page without a headline line: its lead sentence', () => {
  const page = 'Hundreds of mourners gathered on Monday. The funeral was held in the village.';
  assert.equal(headlineOf(page), 'Hundreds of mourners gathered on Monday.');
});

test('a teaser cut mid-word is no headline', () => {
  const page = 'Data company Refinitiv es\nShips queued for days at the canal. Traffic resumed on Monday.';
  assert.equal(headlineOf(page), 'Ships queued for days at the canal.');
});
