import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDocument } from '../../src/text/document.js';
import { sentenceWords } from '../../src/changes/words.js';

const keys = (text: string) => {
  const d = buildDocument({ id: 'x', text, date: null, title: null, url: null, outlet: null });
  return sentenceWords(d, 0, d.sentences.length).map((w) => w.key);
};

test('a pronoun contraction is compared written out, even capitalised', () => {
  assert.deepEqual(keys("It's over. He's here."), ['it', 'is', 'over', 'he', 'is', 'here']);
});

test("a name's possessive is still the name", () => {
  assert.deepEqual(keys("They met Rayan's father."), ['they', 'met', 'rayan', 'father']);
});
