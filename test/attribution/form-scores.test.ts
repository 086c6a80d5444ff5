// Scoring with per-form sums (form-scores.ts) must give what the full feature lists give: the
// split feature functions together list exactly the features of cueFeatures and endFeatures, and
// the tagger's scores are those of predictLabel over cueFeatures.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  END_FORM_PLACES,
  endContextFeatures,
  endEdgeFeatures,
  endFeatures,
  endFormFeatures,
} from '../../src/attribution/bounds.js';
import { endContext } from '../../src/attribution/end-context.js';
import { loadCueModel, sentenceHasQuote, tagSentence } from '../../src/attribution/cues.js';
import { cueFeatures, MAX_FEATURES, tokenHashes, type TokenHashes } from '../../src/attribution/features.js';
import {
  CUE_FORM_PLACES,
  CUE_PREV_PLACE,
  cueContextFeatures,
  cueEdgeFeatures,
  cueFormFeatures,
} from '../../src/attribution/cue-form-features.js';
import { predictLabel } from '../../src/attribution/perceptron.js';
import type { Document } from '../../src/text/document.js';
import { docOf } from './helpers.js';

const TEXT =
  '“We will not wait,” she said. He told reporters: the U.S. plan, worth $1,000, is dead — “over”. ' +
  'The Kremlin denied it; THEY said "no" (twice), according to officials who insisted that it was so.\n\n' +
  'Pentagon spokesman John Kirby warned on Thursday that Russia could stage a fake attack. Said.';

const sorted = (a: Uint32Array, n: number) => [...a.subarray(0, n)].sort((x, y) => x - y);

/** Features of token j's form at a place, or of the edge when j is outside [lo, hi). */
function placed(
  h: TokenHashes,
  j: number,
  place: number,
  inside: boolean,
  form: typeof cueFormFeatures,
  edge: typeof cueEdgeFeatures,
): number[] {
  const out = new Uint32Array(16);
  const n = inside ? form(h, j, place, out) : edge(place, out);
  return [...out.subarray(0, n)];
}

test('cue features split by word form and context are exactly cueFeatures', () => {
  const doc: Document = docOf(TEXT);
  const h = tokenHashes(doc);
  const full = new Uint32Array(MAX_FEATURES);
  const rest = new Uint32Array(MAX_FEATURES);
  assert.equal(CUE_FORM_PLACES, 8);
  for (const s of doc.sentences) {
    const [lo, hi] = [s.tokenStart, s.tokenEnd];
    for (let i = lo; i < hi; i++) {
      for (const prev of [0, 1, 2]) {
        for (const quoted of [false, true]) {
          const expected = sorted(full, cueFeatures(doc, h, i, lo, hi, prev, quoted, full));
          const parts = [...rest.subarray(0, cueContextFeatures(doc, h, i, lo, hi, quoted, rest))];
          parts.push(...placed(h, i, 0, true, cueFormFeatures, cueEdgeFeatures));
          parts.push(...placed(h, i, 0, false, cueFormFeatures, cueEdgeFeatures));
          parts.push(...placed(h, i, CUE_PREV_PLACE + prev, true, cueFormFeatures, cueEdgeFeatures));
          [-1, -2, 1, 2].forEach((offset, k) => {
            const j = i + offset;
            parts.push(...placed(h, j, k + 1, j >= lo && j < hi, cueFormFeatures, cueEdgeFeatures));
          });
          assert.deepEqual(
            parts.sort((x, y) => x - y),
            expected,
            `${doc.tokens[i].text} ${prev} ${quoted}`,
          );
        }
      }
    }
  }
});

test('end features split by word form and context are exactly endFeatures', () => {
  const doc = docOf(TEXT);
  const h = tokenHashes(doc);
  const full = new Uint32Array(64);
  const rest = new Uint32Array(64);
  assert.equal(END_FORM_PLACES, 3);
  const cue = doc.tokens.findIndex((t) => t.norm === 'warned');
  const s = doc.sentences[doc.tokens[cue].sentence];
  const ctx = endContext(doc, h, cue, cue + 1, cue + 1);
  // A content may be followed past its sentence end (hi).
  for (let i = ctx.start + 1; i < Math.min(doc.tokens.length, s.tokenEnd + 3); i++) {
    const expected = sorted(full, endFeatures(doc, h, i, ctx, full));
    const parts = [...rest.subarray(0, endContextFeatures(doc, h, i, ctx, rest))];
    parts.push(...placed(h, i, 0, true, endFormFeatures, endEdgeFeatures));
    parts.push(...placed(h, i, 0, false, endFormFeatures, endEdgeFeatures));
    parts.push(...placed(h, i - 1, 1, true, endFormFeatures, endEdgeFeatures));
    parts.push(...placed(h, i + 1, 2, i + 1 < ctx.hi, endFormFeatures, endEdgeFeatures));
    assert.deepEqual(
      parts.sort((x, y) => x - y),
      expected,
      doc.tokens[i].text,
    );
  }
});

test('the tagger scores with per-form sums as predictLabel does over cueFeatures', () => {
  const model = loadCueModel();
  const features = new Uint32Array(MAX_FEATURES);
  const scores = new Float64Array(3);
  for (const text of [TEXT, 'Other words, said Other People, warmed the memo. She SAID so, insisting.']) {
    const doc = docOf(text);
    const h = tokenHashes(doc);
    for (const s of doc.sentences) {
      const [lo, hi] = [s.tokenStart, s.tokenEnd];
      const margins: number[] = [];
      const labels = tagSentence(doc, h, model, lo, hi, margins);
      const quoted = sentenceHasQuote(doc, lo, hi);
      labels.forEach((label, k) => {
        if (margins[k] === -99) return; // skipped token
        const prev = k === 0 ? 0 : labels[k - 1];
        predictLabel(model, features, cueFeatures(doc, h, lo + k, lo, hi, prev, quoted, features), scores);
        assert.equal(margins[k], scores[1] - scores[0], doc.tokens[lo + k].text);
      });
    }
  }
});
