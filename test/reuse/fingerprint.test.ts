import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDocument } from '../../src/text/document.js';
import { fingerprint, STORED_ANCHORS } from '../../src/reuse/fingerprint.js';
import { anchorTerms } from '../../src/reuse/features.js';
import { article, ORIGINAL } from '../fixtures/articles.js';

test('the anchors an article stores skip its title-case headline, photo caption and byline', () => {
  const page = [
    'Council Votes To Close Elm Street Bridge After Engineers Find Cracks',
    'FILE PHOTO: Traffic crosses the Elm Street Bridge in Northbridge, Maine, on May 26, 2021, seen from the River Walk Park Tower. (Photo by Dana Wells/Getty Images)',
    'By SAM REYES and ANN COLE, Northbridge Times',
    ORIGINAL,
  ].join('\n\n');
  const doc = buildDocument(article('page', page));
  const bare = buildDocument(article('bare', ORIGINAL));
  // Without the framing, the headline and caption use up the anchors stored.
  assert.ok(anchorTerms(doc, STORED_ANCHORS).includes('votes'));
  assert.deepEqual(fingerprint(doc).anchors, fingerprint(bare).anchors);
});
