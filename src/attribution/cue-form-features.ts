// The cue tagger's features split in two for scoring (cues.ts): those that depend on one token's
// word form alone, whose weights a scorer sums once per form and place, and the rest. Together
// they are exactly cueFeatures' features (test/attribution/speed-equivalence.test.ts checks it);
// training keeps cueFeatures (features.ts), whose order its floating-point sums depend on.
import type { Document } from '../text/document.js';
import { BOS, CLAUSE_MARK, COMPLEMENT_MARK, EOS, LABEL_HASH, mix, type TokenHashes } from './features.js';

/**
 * Places of a token relative to the one scored: itself, i-1, i-2, i+1, i+2, then itself again
 * after a token tagged O, B or I (the features of the form with the previous tag).
 */
export const CUE_FORM_PLACES = 8;
/** The place of the token itself after a token tagged `prevLabel`. */
export const CUE_PREV_PLACE = 5;

/** Features of token j's word form as seen from a token at place `place` (see CUE_FORM_PLACES). */
export function cueFormFeatures(h: TokenHashes, j: number, place: number, out: Uint32Array): number {
  const w = h.word[j];
  const c = h.cluster[j];
  switch (place) {
    case 0:
      out[0] = mix(1, w);
      out[1] = mix(2, h.lemma[j]);
      out[2] = mix(16, h.suffix[j]);
      out[3] = mix(30, h.sense[j]);
      out[4] = mix(40, c >> 4);
      out[5] = mix(41, c >> 2);
      out[6] = mix(42, c);
      out[7] = mix(43, h.lemmaCluster[j] >> 2);
      return 8;
    case 1:
      out[0] = mix(3, w);
      out[1] = mix(46, c >> 2);
      return 2;
    case 2:
      out[0] = mix(5, w);
      out[1] = mix(48, c >> 4);
      return 2;
    case 3:
      out[0] = mix(4, w);
      out[1] = mix(47, c >> 2);
      return 2;
    case 4:
      out[0] = mix(6, w);
      out[1] = mix(49, c >> 4);
      return 2;
    default: {
      const prev = LABEL_HASH[place - CUE_PREV_PLACE];
      out[0] = mix(12, prev);
      out[1] = mix(13, prev, h.lemma[j]);
      out[2] = mix(33, h.sense[j], prev);
      out[3] = mix(45, c >> 2, prev);
      return 4;
    }
  }
}

/** What cueFormFeatures gives for a place outside the sentence (1-4), and the bias feature (0). */
export function cueEdgeFeatures(place: number, out: Uint32Array): number {
  switch (place) {
    case 0:
      out[0] = mix(0, 0);
      return 1;
    case 1:
      out[0] = mix(3, BOS);
      out[1] = mix(46, 1);
      return 2;
    case 2:
      out[0] = mix(5, BOS);
      out[1] = mix(48, 1);
      return 2;
    case 3:
      out[0] = mix(4, EOS);
      out[1] = mix(47, 2);
      return 2;
    case 4:
      out[0] = mix(6, EOS);
      out[1] = mix(49, 2);
      return 2;
    default:
      return 0; // the token itself is never outside its sentence
  }
}

const CAP_FEATURES = [mix(15, 0), mix(15, 1)];
const FIRST_FEATURE = mix(17, 1);
const QUOTE_STATE_FEATURES = [0, 1, 2, 3].map((q) => mix(19, q));

/** The features of cueFeatures that cueFormFeatures and cueEdgeFeatures leave out. */
export function cueContextFeatures(
  doc: Document,
  h: TokenHashes,
  i: number,
  lo: number,
  hi: number,
  sentenceHasQuote: boolean,
  out: Uint32Array,
): number {
  const t = doc.tokens[i];
  const w = h.word[i];
  const l = h.lemma[i];
  const p1 = i - 1 < lo ? BOS : h.word[i - 1];
  const p2 = i - 2 < lo ? BOS : h.word[i - 2];
  const n1 = i + 1 >= hi ? EOS : h.word[i + 1];
  const n2 = i + 2 >= hi ? EOS : h.word[i + 2];
  let k = 0;
  out[k++] = mix(7, p1, w);
  out[k++] = mix(8, w, n1);
  out[k++] = mix(9, l, n1);
  out[k++] = mix(10, p2, p1, l);
  out[k++] = mix(11, l, n1, n2);
  out[k++] = mix(14, t.quoted ? 1 : 0, l);
  out[k++] = CAP_FEATURES[t.cap ? 1 : 0];
  if (i === lo) out[k++] = FIRST_FEATURE;
  if (i + 1 >= hi || (i + 2 === hi && doc.tokens[i + 1].kind === 'punct')) out[k++] = mix(18, l);
  out[k++] = QUOTE_STATE_FEATURES[sentenceHasQuote ? (t.quoted ? 1 : 2) : 3];
  const p1shape = i - 1 < lo ? 1 : h.shape[i - 1];
  const n1shape = i + 1 >= hi ? 2 : h.shape[i + 1];
  const verb = h.verb[i];
  out[k++] = mix(21, verb, p1shape);
  out[k++] = mix(22, verb, n1shape);
  out[k++] = mix(23, p1shape, l);
  out[k++] = mix(24, verb, t.quoted ? 1 : 0, i === lo ? 1 : 0);
  out[k++] = mix(25, l, n1shape);
  out[k++] = mix(26, w, p1shape, n1shape);
  out[k++] = mix(27, p1, l, n1);
  const sense = h.sense[i];
  const c2 = h.cluster[i] >> 2;
  out[k++] = mix(31, sense, n1shape);
  out[k++] = mix(32, sense, p1shape);
  out[k++] = mix(44, c2, n1shape);
  for (let j = i + 1; j < Math.min(hi, i + 5); j++) {
    if (h.marks[j] & COMPLEMENT_MARK) {
      out[k++] = mix(28, j - i, l);
      out[k++] = mix(29, j - i, verb);
      out[k++] = mix(50, j - i, c2);
      break;
    }
  }
  for (let j = i - 1; j >= Math.max(lo, i - 4); j--) {
    if (h.marks[j] & CLAUSE_MARK) {
      out[k++] = mix(20, i - j, l);
      out[k++] = mix(51, i - j, c2);
      break;
    }
  }
  return k;
}
