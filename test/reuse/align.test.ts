import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDocument } from '../../src/text/document.js';
import { alignDocuments } from '../../src/reuse/align.js';
import { directionEvidence, linkEvidence } from '../../src/provenance/relation.js';
import type { Article } from '../../src/model.js';

const doc = (id: string, text: string) =>
  buildDocument({ id, text, date: null, title: null, url: null, outlet: null } satisfies Article);

// A short report of our own, and a sentence another report of the same event adds.
const S = [
  'Firefighters in Harlow Vale spent six hours on Sunday putting out a blaze at the old paper mill on Canal Road.',
  'Nobody was hurt, but the roof of the main hall collapsed and smoke could be seen from the motorway.',
  'Fire chief Maria Lindqvist said the cause was still unknown and investigators would return on Monday.',
  'The mill closed in 2009 and its owners had planned to turn it into flats for about 120 families.',
  'Residents of nearby streets were asked to keep their windows shut until the evening.',
];
const OTHER =
  'A neighbour filmed the flames from her garden and posted the clip, which was shared thousands of times.';

test('a page that moves sentences around and puts another report’s sentence between them pads no shared stretch', () => {
  const original = doc('original', S.join(' '));
  // A scraped page: the last three sentences in reverse order, the other report's sentence
  // between two of them, then the first two.
  const mixed = doc('mixed', [S[4], S[3], OTHER, S[2], S[0], S[1]].join(' '));
  const al = alignDocuments(mixed, original);
  assert.equal(al.pairs.length, 5);
  assert.equal(al.innerGapCopy, 0);
  assert.equal(al.innerGapSource, 0);
  // So trimming does not read the mixed page as the original's source (its added sentence is
  // left to containment, which weighs it against what the page lacks).
  const ev = linkEvidence(mixed, original);
  assert.ok(ev);
  assert.equal(directionEvidence(ev, null, null).terms.trimming, 0);
});

test('a sentence inserted between two sentences kept in order is padding; one cut from between them, trimming', () => {
  const original = doc('original', S.join(' '));
  const padded = doc('padded', [S[0], S[1], OTHER, S[2], S[3], S[4]].join(' '));
  const padding = alignDocuments(padded, original);
  assert.ok(padding.innerGapCopy > 0.1, `copy gap ${padding.innerGapCopy}`);
  assert.equal(padding.innerGapSource, 0);
  const trimmed = doc('trimmed', [S[0], S[1], S[3], S[4]].join(' '));
  const trimming = alignDocuments(trimmed, original);
  assert.equal(trimming.innerGapCopy, 0);
  assert.ok(trimming.innerGapSource > 0.1, `source gap ${trimming.innerGapSource}`);
});
