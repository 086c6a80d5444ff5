import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDocument } from '../../src/text/document.js';
import {
  dateEvidence,
  directionEvidence,
  linkEvidence,
  MIN_WORDING_KEPT,
  sourceEvidence,
} from '../../src/provenance/relation.js';
import { alignDocuments } from '../../src/reuse/align.js';
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
    'Archaeologist Paul Vidal said the mural was at least 4,000 years old.',
    'Vidal said the team dated soot that formed on top of it.',
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

test('dates yield only to clear wire-text evidence against them', () => {
  // The wire page keeps the agency dateline; a page dated ten days earlier carries its text
  // without the dateline and with two paragraphs cut: the later page republished the wire text
  // that the earlier one copied.
  const wire = `NORTHBRIDGE (AP) — ${ORIGINAL}`;
  const paragraphs = ORIGINAL.split('\n\n');
  const copied = [...paragraphs.slice(0, 3), ...paragraphs.slice(4, 6)].join('\n\n');
  const copy = buildDocument(article('copy', copied));
  const page = buildDocument(article('wire', wire));
  const forward = linkEvidence(copy, page);
  const backward = linkEvidence(page, copy);
  assert.ok(forward && backward);
  const d = directionEvidence(forward, '2022-02-04', '2022-02-14');
  assert.equal(d.basis, 'text');
  assert.ok(d.evidence > 0.02, `copy → later wire page: ${d.evidence}`);
  assert.equal(d.terms.datesOverruled, -1);
  assert.ok(directionEvidence(backward, '2022-02-14', '2022-02-04').evidence < -0.02);
  // Without the dateline, the same cut text is no reason to doubt the dates.
  const bare = linkEvidence(copy, buildDocument(article('bare', ORIGINAL)))!;
  assert.deepEqual(directionEvidence(bare, '2022-02-04', '2022-02-14'), {
    basis: 'date',
    evidence: -1,
    terms: { date: -1 },
  });
});

test('independent reports sharing names, figures and a quotation are not linked; a copy keeping its wording is', () => {
  const quote =
    '"Thanks to the patience and courage of our rescue crews, we have brought home every one of the Harlan miners," Ruiz said';
  const report = (id: string, sentences: string[]) => buildDocument(article(id, sentences.join('\n\n')));
  const one = report('one', [
    'Governor Ana Ruiz announced on Thursday that Tom Hale and Lee Park were rescued from Harlan Ridge in Kent County, Ohio.',
    `${quote} in a statement.`,
    'Hale succeeded Dan Moss Park, who retired in October 2019.',
  ]);
  // The same facts and quotation in its own words.
  const other = report('other', [
    'Crews reached Tom Hale and Lee Park deep under Harlan Ridge near Kent County, Ohio, Ana Ruiz says.',
    `${quote}.`,
    'His predecessor Dan Moss Park quit in October 2019.',
  ]);
  // An edited copy of the first.
  const copy = report('copy', [
    'Governor Ana Ruiz announced on Thursday that Tom Hale and Lee Park had been rescued from Harlan Ridge in Kent County, Ohio.',
    `${quote} in a statement.`,
    'Hale succeeded Dan Moss Park, who left in October 2019.',
  ]);
  // Sentence for sentence, the independent reports align closely: on names, figures and the quote.
  const al = linkEvidence(copy, one)!.forward;
  assert.ok(al.wordingKept >= MIN_WORDING_KEPT, `copy keeps ${al.wordingKept}`);
  for (const [x, y] of [
    [one, other],
    [other, one],
  ]) {
    const forward = alignDocuments(x, y);
    assert.ok(forward.coverageCopy >= 0.9 && forward.meanSim >= 0.6, JSON.stringify(forward));
    assert.ok(forward.wordingKept < MIN_WORDING_KEPT, `independent keeps ${forward.wordingKept}`);
    assert.equal(linkEvidence(x, y), null);
  }
});
