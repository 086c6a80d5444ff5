// Sentence boundaries (src/text/sentences.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../src/text/sentences.js';

test('a full stop glued to the next sentence by lost spacing still ends a sentence', () => {
  const text =
    'Fans cheered, he tweeted.Salvage teams freed the ship in 2019.The port reopened. See ShipWatch.com or Node.js for details. It runs Legit.Exchange, a platform.';
  const sentences = splitSentences(text, { start: 0, end: text.length }).map((r) =>
    text.slice(r.start, r.end),
  );
  assert.deepEqual(sentences, [
    'Fans cheered, he tweeted.',
    'Salvage teams freed the ship in 2019.',
    'The port reopened.',
    'See ShipWatch.com or Node.js for details.',
    'It runs Legit.Exchange, a platform.',
  ]);
});
