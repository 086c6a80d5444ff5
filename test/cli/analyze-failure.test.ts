// An article whose text trips an analyser is reported and skipped, not the end of the run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../src/cli/analyze-article.js';
import type { Article } from '../../src/model.js';

test('an analyser error on one article comes back as a failure with its reason', () => {
  const broken = {
    id: 'broken',
    get text(): string {
      throw new Error('unreadable text');
    },
    date: null,
    title: null,
    url: null,
    outlet: null,
  } satisfies Article;
  assert.deepEqual(analyzeArticle(broken, false), { failed: 'unreadable text' });
  const fine = analyzeArticle(
    {
      id: 'ok',
      text: 'The mayor said the bridge would reopen.',
      date: null,
      title: null,
      url: null,
      outlet: null,
    },
    false,
  );
  assert.ok('statements' in fine && fine.statements.length === 1);
});
