import { test } from 'node:test';
import assert from 'node:assert/strict';
import { traceAll } from './helpers.js';
import { article, INDEPENDENT, ORIGINAL } from '../fixtures/articles.js';

const FIRST_PARAGRAPHS = ORIGINAL.split('\n\n').slice(0, 4).join('\n\n');

// The second report (INDEPENDENT) reworded, as a rewriting site works it into its page.
const SECOND_REWORDED = `Months of detours lie ahead for drivers in Northbridge. The Elm Street bridge, one of the two river crossings of the town, is going to close this summer, Mayor Helen Ortiz declared, after an inspection from Castell and Burke found rusted steel.

Residents who talked to this paper were split. Some welcomed the caution; others said that the town ignored the warnings for years.

The bill for the repairs, estimated at $2.3 million, is going to be mostly paid by the state.`;

test('a page that rewords two reports into one is the source of neither', async () => {
  const { by, store } = await traceAll([
    article('first-report', ORIGINAL, '2024-05-01'),
    article('second-report', INDEPENDENT),
    article('mixed', `${FIRST_PARAGRAPHS}\n\n${SECOND_REWORDED}`, '2024-05-03'),
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

test('an excerpt of the new lead of an update stays a copy of the update', async () => {
  // A wire update: a new lead above the earlier version's text, carried word for word by the excerpt.
  const { by, store } = await traceAll([
    article('first-version', ORIGINAL, '2024-05-01'),
    article('excerpt', INDEPENDENT),
    article('update', `${INDEPENDENT}\n\n${FIRST_PARAGRAPHS}`, '2024-05-03'),
  ]);
  assert.equal(by('update').source?.id, 'first-version');
  assert.equal(by('excerpt').source?.id, 'update');
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
