import { test } from 'node:test';
import assert from 'node:assert/strict';
import { traceAll } from './helpers.js';
import { article, INDEPENDENT, ORIGINAL } from '../fixtures/articles.js';

// A rewriting site's page that runs the first paragraphs of one report (dated before it) and then
// a second, separate report of the same event word for word.
const MIXED = `${ORIGINAL.split('\n\n').slice(0, 4).join('\n\n')}\n\n${INDEPENDENT}`;

test('a page mixing two reports is the source of neither', async () => {
  const { by, store } = await traceAll([
    article('first-report', ORIGINAL, '2024-05-01'),
    article('second-report', INDEPENDENT),
    article('mixed', MIXED, '2024-05-03'),
  ]);
  assert.equal(by('mixed').source?.id, 'first-report');
  assert.equal(
    by('second-report').source,
    null,
    'the mixed page holds all of it, and more, but is not its source',
  );
  assert.equal(by('first-report').source, null);
  store.close();
});

test('a fuller page that derives from nothing else stays the source of an excerpt', async () => {
  const excerpt = ORIGINAL.split('\n\n').slice(0, 2).join('\n\n');
  const { by, store } = await traceAll([
    article('report', ORIGINAL),
    article('excerpt', excerpt),
    article('second-report', INDEPENDENT),
  ]);
  assert.equal(by('excerpt').source?.id, 'report');
  store.close();
});
