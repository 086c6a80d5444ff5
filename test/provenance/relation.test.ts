import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDocument } from '../../src/text/document.js';
import { dateEvidence, linkEvidence, sourceEvidence } from '../../src/provenance/relation.js';
import { earlyShortMentions } from '../../src/provenance/first-mention.js';
import { article, ORIGINAL } from '../fixtures/articles.js';

// A site republishes the report word for word inside its navigation, share links and credits.
const WRAPPED = [
  'Home > News > Local > Northbridge council and city services',
  'Share on Facebook | Share on Twitter | Email this story to a friend',
  ORIGINAL,
  'Related: More news from the county | Subscribe to our newsletter | Contact the newsroom',
  'Copyright 2024 Riverside Daily Media Group. All rights reserved. Terms | Privacy | Cookies',
].join('\n\n');

test('undated, a copy wrapped in page furniture points to the bare report as its source', () => {
  const copy = buildDocument(article('copy', WRAPPED));
  const source = buildDocument(article('source', ORIGINAL));
  const forward = linkEvidence(copy, source);
  const backward = linkEvidence(source, copy);
  assert.ok(forward && backward);
  assert.ok(
    sourceEvidence(forward, null, null) > 0.02,
    `copy → source: ${sourceEvidence(forward, null, null)}`,
  );
  assert.ok(
    sourceEvidence(backward, null, null) < -0.02,
    `source → copy: ${sourceEvidence(backward, null, null)}`,
  );
  // The wrapping is measured as furniture on the copy side, whichever way the pair is read.
  assert.ok(forward.furnitureWeightThis > 0 && backward.furnitureWeightOther > 0);
});

test('dates decide direction, except one calendar day apart, which only hints', () => {
  assert.equal(dateEvidence('2022-02-10', '2022-02-03'), 1);
  assert.equal(dateEvidence('2022-02-03', '2022-02-10'), -1);
  assert.equal(dateEvidence('2022-02-03', '2022-02-03'), 0);
  assert.equal(dateEvidence(null, '2022-02-03'), 0);
  // Local dates of one story published across time zones.
  assert.equal(dateEvidence('2021-01-15', '2021-01-14'), 0.3);
  assert.equal(dateEvidence('2021-01-14', '2021-01-15'), -0.3);
  // With times on both sides, an hour apart decides.
  assert.equal(dateEvidence('2021-01-15T01:00:00Z', '2021-01-15T00:00:00Z'), 1);
});

test('a short mention before the full name marks moved sentences', () => {
  const inOrder = [
    'Archaeologist Maxime Aubert said the painting was at least 45,500 years old.',
    'Aubert said the team dated calcite that formed on top of it.',
  ].join('\n\n');
  const moved = inOrder.split('\n\n').reverse().join('\n\n');
  assert.equal(earlyShortMentions(buildDocument(article('a', inOrder))), 0);
  assert.equal(earlyShortMentions(buildDocument(article('b', moved))), 1);
  // A name that only ever appears short, or a word that starts a sentence, is not counted.
  assert.equal(
    earlyShortMentions(buildDocument(article('c', 'Officials said Smith left. Smith later returned.'))),
    0,
  );
});
