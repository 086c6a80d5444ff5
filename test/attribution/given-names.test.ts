import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadLines } from '../../src/lexicon/load.js';
import { givenNameLines } from '../../scripts/build-given-names.js';

test('the shipped given-names list is what the package’s name lists give (rebuild it after an upgrade)', () => {
  assert.deepEqual(loadLines('given-names'), givenNameLines().lines);
});
