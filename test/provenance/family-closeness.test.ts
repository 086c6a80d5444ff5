import { test } from 'node:test';
import assert from 'node:assert/strict';
import { article, EDITED, ORIGINAL } from '../fixtures/articles.js';
import { traceAll } from './helpers.js';

// The original's paragraphs with two neighbouring pairs swapped: the same sentences, so the text
// shows no direction (no cut, no padding, no name mentioned short before it is given in full).
const paragraphs = ORIGINAL.split('\n\n');
const SHUFFLED = [0, 1, 2, 4, 3, 6, 5].map((i) => paragraphs[i]).join('\n\n');

test('where the text shows no direction, the article the family follows in order is the source', async () => {
  // Stored first, the shuffled copy would be taken for the source by storage order alone.
  const { store, by } = await traceAll([
    article('shuffled', SHUFFLED),
    article('original', ORIGINAL),
    article('edited', EDITED),
  ]);
  assert.equal(by('original').source, null);
  assert.equal(by('shuffled').source?.id, 'original');
  assert.equal(by('shuffled').direction?.terms.familyCloser, 0.2);
  assert.equal(by('edited').source?.id, 'original');
  await store.close();
});
