import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignDocuments } from '../../src/reuse/align.js';
import { buildDocument } from '../../src/text/document.js';
import { wordingLean, wordingSide } from '../../src/provenance/family-wording.js';
import { article, EDITED, ORIGINAL, SPUN } from '../fixtures/articles.js';

const doc = (id: string, text: string) => buildDocument(article(id, text));

test("a witness's sentences read closer to the text it keeps than to a rewording of it", () => {
  const witness = doc('w', EDITED);
  const source = doc('s', ORIGINAL);
  const reworded = doc('r', SPUN);
  const lean = wordingLean(alignDocuments(witness, source), alignDocuments(witness, reworded));
  assert.ok(lean > 0.1, `lean ${lean}`);
  assert.ok(wordingLean(alignDocuments(witness, reworded), alignDocuments(witness, source)) < -0.1);
});

test('the wording decides only with two votes or more and three times the other side', () => {
  assert.equal(wordingSide({ self: 1, other: 0 }), null);
  assert.equal(wordingSide({ self: 2, other: 1 }), null);
  assert.equal(wordingSide({ self: 3, other: 1 }), 'self');
  assert.equal(wordingSide({ self: 0, other: 2 }), 'other');
});
