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

test('honorifics of Nigerian and Irish copy ("Hon.", "Engr.", "Fr.", "Pst.") end no sentence', () => {
  const text =
    '"We told them," said Hon. Tunde Alabi. The chairman, Engr. Kemi Ojo, agreed. She wrote to Fr. Cathal Rooney. Pst. Dayo Ajayi prayed. It was signed by Maeve Barr. He left.';
  const sentences = splitSentences(text, { start: 0, end: text.length }).map((r) =>
    text.slice(r.start, r.end),
  );
  assert.deepEqual(sentences, [
    '"We told them," said Hon. Tunde Alabi.',
    'The chairman, Engr. Kemi Ojo, agreed.',
    'She wrote to Fr. Cathal Rooney.',
    'Pst. Dayo Ajayi prayed.',
    'It was signed by Maeve Barr.',
    'He left.',
  ]);
});
