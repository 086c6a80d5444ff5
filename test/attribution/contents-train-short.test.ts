// Contents that stopped too early, found on the train split's errors (every text here is
// invented): each test fails on the extractor as it was before its fix, unless its comment says it
// guards a fix's reach.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from './helpers.js';

/** The content pieces of the statement with this cue. */
const piecesOf = (text: string, cue: string) => {
  const content = analyze(text).find((s) => s.cue.text === cue)?.content;
  return content?.fragments?.length ? content.fragments.map((f) => f.text) : [content?.text];
};

test('a reported clause holding a quoted phrase goes on in the uncued quotation after it', () => {
  assert.deepEqual(
    piecesOf(
      'Mayor Tilda Brenn said the harbour plan was "dead on arrival" in the council. "Nobody on the east side wants it."',
      'said',
    ),
    ['the harbour plan was "dead on arrival" in the council', '"Nobody on the east side wants it."'],
  );
  assert.deepEqual(
    piecesOf(
      'The rail levy "hit the poorest towns hardest" last winter, said economist Oren Palk. "It has to be rethought."',
      'said',
    ),
    ['The rail levy "hit the poorest towns hardest" last winter', '"It has to be rethought."'],
  );
});

test('a reported clause with a quoted phrase still stops before a quotation with a cue of its own', () => {
  // Guards the fix's reach (passes before it too).
  assert.deepEqual(
    piecesOf(
      'Varga said the motion had "a fair chance" in the chamber. "We are short of votes," her deputy said.',
      'said',
    ),
    ['the motion had "a fair chance" in the chamber'],
  );
});
