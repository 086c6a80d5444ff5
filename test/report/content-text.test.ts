import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentText } from '../../src/report/content-text.js';
import { analyzeArticle } from '../../src/cli/analyze-article.js';

test('a split quotation reads as its pieces, without the cue between them', () => {
  const text = '“The bridge will reopen in May,” the mayor said, “and the ferry will stop.”';
  const r = analyzeArticle({ id: 'q', text, date: null, title: null, url: null, outlet: null }, false);
  assert.ok('statements' in r);
  const s = r.statements.find((x) => x.cue.text === 'said');
  assert.ok(s?.content.fragments?.length, JSON.stringify(s));
  assert.equal(contentText(s.content), '“The bridge will reopen in May,” … “and the ferry will stop.”');
  assert.equal(contentText({ text: 'plain' }), 'plain');
});
