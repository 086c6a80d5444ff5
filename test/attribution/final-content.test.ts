// The statement filter looks ahead at each candidate's final content (final-content.ts): the look
// ahead must leave the candidates as they were, and must see what the end model and the clipping
// will make of them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadCueModel } from '../../src/attribution/cues.js';
import { tokenHashes } from '../../src/attribution/features.js';
import { finalContents } from '../../src/attribution/final-content.js';
import { candidateFrames, endSettings, extractFrames } from '../../src/attribution/index.js';
import { attributionView } from '../../src/attribution/resplit.js';
import { docOf } from './helpers.js';

const TEXT =
  'Kirby said the troops were moving in early-morning tweets on Friday. ' +
  '“We are ready,” the minister said. “We will not wait.” ' +
  'Marsh, in an interview with the Daily Courier published on Monday, said she would stay.';

test('the look ahead leaves the candidates unchanged and gives one final content each', () => {
  const doc = attributionView(docOf(TEXT));
  const h = tokenHashes(doc);
  const candidates = candidateFrames(doc, h, loadCueModel());
  const before = JSON.stringify(candidates);
  const finals = finalContents(doc, h, candidates, endSettings({}));
  assert.equal(JSON.stringify(candidates), before);
  assert.equal(finals.length, candidates.length);
  // The quotation resuming after "said" joins the minister's final content, as it will in the output.
  const k = candidates.findIndex(
    (f) => doc.tokens[f.cue.first].text === 'said' && f.content[0][0] < f.cue.first,
  );
  assert.ok(k >= 0);
  assert.equal(finals[k].pieces.length, 2);
  // Here, where nothing is dropped that would clip another, each final content is the output.
  const kept = extractFrames(doc);
  for (const f of kept) {
    const c = candidates.findIndex((g) => g.cue.first === f.cue.first);
    if (c >= 0) assert.deepEqual(finals[c].pieces, f.content);
  }
});

test('a generous cue whose content opens on a surer cue is no statement; the surer one is', () => {
  const doc = attributionView(
    docOf('Marsh, in an interview with the Daily Courier published on Monday, said she would stay.'),
  );
  const cues = extractFrames(doc).map((f) => doc.tokens[f.cue.first].text);
  assert.deepEqual(cues, ['said']);
});
