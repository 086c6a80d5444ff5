// Speakers and cues found wrong by reading more invented news articles through `unspin analyze`
// (none quoted from a corpus): each test fails on the extractor as it was before its fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, byCue } from './helpers.js';

test('a noun after a possessive before an irregular verb of saying is the speaker’s ("His club said")', () => {
  const st = analyze('Reid was banned for six matches. His club said it would appeal.');
  const s = byCue(st, 'said');
  assert.equal(s.speaker?.text, 'His club');
  assert.equal(s.content.text, 'it would appeal');
});
