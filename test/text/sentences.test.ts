// Sentence boundaries (src/text/sentences.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../src/text/sentences.js';

test('a full stop glued to the next sentence by lost spacing still ends a sentence', () => {
  const text =
    'Crowds cheered, she posted.Rescue crews reached the boat in 2018.The ferry sailed again. See BoatFinder.net or Node.js for details. It runs Fair.Market, a platform.';
  const sentences = splitSentences(text, { start: 0, end: text.length }).map((r) =>
    text.slice(r.start, r.end),
  );
  assert.deepEqual(sentences, [
    'Crowds cheered, she posted.',
    'Rescue crews reached the boat in 2018.',
    'The ferry sailed again.',
    'See BoatFinder.net or Node.js for details.',
    'It runs Fair.Market, a platform.',
  ]);
});
