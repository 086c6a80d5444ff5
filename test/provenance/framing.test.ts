import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignDocuments } from '../../src/reuse/align.js';
import { buildDocument } from '../../src/text/document.js';
import { classifyCopy, copySignals } from '../../src/provenance/classify-copy.js';
import { bodyCoverage, framingFlags, isFraming } from '../../src/provenance/framing.js';
import { isDerived, linkEvidence } from '../../src/provenance/relation.js';
import { article, ORIGINAL } from '../fixtures/articles.js';

// The first paragraph of the original, republished under the site's own headline and a photo
// caption: a word-for-word excerpt, not an edit.
const lead = ORIGINAL.split('\n\n')[0];
const WRAPPED = [
  'Crossing closed: what drivers need to know',
  'Evening traffic on the river crossing, seen from the east bank. (Photo courtesy of the Riverside Daily)',
  lead,
].join('\n\n');

test('headlines, photo captions and furniture are framing; running text is not', () => {
  assert.equal(isFraming('Northbridge shuts Elm Street bridge for 14 weeks', 1), true);
  assert.equal(isFraming('Traffic crosses the bridge on Monday. (City of Northbridge via AP)', 2), true);
  assert.equal(isFraming('Share this article', 1), true);
  assert.equal(isFraming('Volunteers searched for days to find the hiker. Picture: Staff', 2), true);
  assert.equal(isFraming(lead, 1), false);
  assert.equal(isFraming('Mayor Helen Ortiz said the closure would last about 14 weeks.', 1), false);
});

test('captions described in words, promotion blocks and texts printed twice are framing', () => {
  assert.equal(isFraming('This file image released by the State Department shows a reward notice.', 1), true);
  assert.equal(isFraming('In this photo taken on Monday, traffic crosses the bridge.', 1), true);
  const promo =
    "Stay in the game with our columnist's weekly newsletter for picks and in-depth breakdowns, sent every Friday morning Subscribe now>";
  assert.equal(isFraming(promo, 1), true);
  // "subscribe" in a long unclosed paragraph of running text (a wire sign-off) is no promotion.
  const running =
    'Investors agreed to subscribe for 65 million new shares at the offer price, the company said on Monday, adding that trading in them would begin next week on the main board - Reuter';
  assert.equal(isFraming(running, 1), false);

  const caption = 'Evening traffic on the river crossing, seen from the east bank on Monday.';
  const deck = 'Mayor Helen Ortiz said the bridge would close for 14 weeks, officials said';
  const doc = buildDocument(
    article(
      'c',
      [
        deck,
        caption,
        `${caption} Photo by Ana Ruiz/AP`,
        lead,
        'Mayor Helen Ortiz said the bridge would close for 14 weeks from Monday.',
      ].join('\n\n'),
    ),
  );
  // The alt text and its caption (credited), both framing; the deck restating a sentence is a
  // headline, and the sentence it restates stays running text.
  assert.deepEqual(framingFlags(doc), [true, true, true, false, false]);
});

test('a word-for-word excerpt under a new headline and caption is verbatim', () => {
  const copy = buildDocument(article('c', WRAPPED));
  const source = buildDocument(article('s', ORIGINAL));
  const al = alignDocuments(copy, source);
  assert.ok(al.coverageCopy < 0.85, `the headline and caption are not aligned: ${al.coverageCopy}`);
  assert.ok(bodyCoverage(copy, al) > 0.95);
  assert.equal(classifyCopy(copySignals(copy, source, al)), 'verbatim');
});

test('an unaligned paragraph of running text still counts against verbatim', () => {
  const added = `${WRAPPED}\n\nThe closure comes weeks after a second bridge in the county was found to need repairs of its own, officials said.`;
  const copy = buildDocument(article('c', added));
  const source = buildDocument(article('s', ORIGINAL));
  const al = alignDocuments(copy, source);
  assert.ok(bodyCoverage(copy, al) < 0.85);
  assert.notEqual(classifyCopy(copySignals(copy, source, al)), 'verbatim');
});

test('a one-paragraph excerpt whose headline and caption outweigh it still links to its source', () => {
  const LONG_FRAME = [
    'Crossing closed for the summer: what drivers, cyclists and bus riders need to know this week',
    'Evening traffic on the river crossing, seen from the east bank, with the old warehouses and the cathedral spire behind it. (Photo courtesy of the Riverside Daily)',
    lead,
  ].join('\n\n');
  const copy = buildDocument(article('c', LONG_FRAME));
  const source = buildDocument(article('s', ORIGINAL));
  const al = alignDocuments(copy, source);
  assert.equal(al.pairs.length, 1);
  assert.ok(al.coverageCopy < 0.6, `framing outweighs the lead: ${al.coverageCopy}`);
  const ev = linkEvidence(copy, source, al);
  assert.ok(ev, 'linked: the running text is all the source');
  assert.ok(isDerived(ev, copy, source));
  assert.ok(!isDerived(ev), 'without the documents, only the whole page counts');
});
