// Where reported content ends when it follows its cue ("X said A and warned B", "X attacked
// Machado in early-morning tweets"): an averaged perceptron trained on PolNeAR decides, token by
// token after the content's start, whether the content stops before this token.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Document } from '../text/document.js';
import type { EndContext } from './end-context.js';
import { CLAUSE_WORD_MARK, mix, type TokenHashes } from './features.js';
import { formScoresFor, type FormScores } from './form-scores.js';
import { readModelFile } from './model-file.js';
import { predictLabelFrom, type LoadedModel } from './perceptron.js';
import { isCloseQuote, isOpenQuote, isQuoted } from './quotes.js';

export const END_LABELS = ['C', 'S'];
export const END_FEATURES = 40;
export const END_MODEL_PATH = fileURLToPath(
  new URL('../../data/attribution/end-model.json', import.meta.url),
);

let cached: LoadedModel | null = null;
export function loadEndModel(): LoadedModel {
  if (!cached) {
    if (!existsSync(END_MODEL_PATH)) throw new Error(`attribution end model missing: ${END_MODEL_PATH}`);
    cached = readModelFile(END_MODEL_PATH).model;
  }
  return cached;
}

function bucket(n: number): number {
  return n <= 3 ? n : n <= 5 ? 4 : n <= 8 ? 5 : n <= 12 ? 6 : n <= 20 ? 7 : 8;
}

/** May the content stop right before token i? Not inside a quotation (before its opening mark is fine). */
export function endAllowed(doc: Document, i: number): boolean {
  return !isQuoted(doc, i) || isOpenQuote(doc, i);
}

/** Features of "the content stops before token i" (i > ctx.start); returns how many. */
export function endFeatures(
  doc: Document,
  h: TokenHashes,
  i: number,
  ctx: EndContext,
  out: Uint32Array,
): number {
  const { hi } = ctx;
  const w = h.word[i];
  const l = h.lemma[i];
  const p1 = h.word[i - 1];
  const n1 = i + 1 < hi ? h.word[i + 1] : 0;
  const nl = i + 1 < hi ? h.lemma[i + 1] : 0;
  const d = bucket(i - ctx.start);
  const left = bucket(hi - i);
  let k = 0;
  out[k++] = mix(100, 0);
  out[k++] = mix(101, w);
  out[k++] = mix(102, l);
  out[k++] = mix(103, p1);
  out[k++] = mix(104, n1);
  out[k++] = mix(105, p1, w);
  out[k++] = mix(106, w, n1);
  out[k++] = mix(107, w, nl);
  out[k++] = mix(108, w, i + 1 < hi ? h.verb[i + 1] : 2);
  // shapeOf(doc, i, ctx.start, hi) and shapeOf(doc, i + 1, ctx.start, hi), precomputed (i > start;
  // a content followed across sentences may pass hi).
  out[k++] = mix(109, i >= hi ? 2 : h.shape[i], i + 1 >= hi ? 2 : h.shape[i + 1]);
  out[k++] = mix(110, d);
  out[k++] = mix(111, d, w);
  out[k++] = mix(112, left);
  out[k++] = mix(113, left, w);
  out[k++] = mix(114, ctx.cueLemma, w);
  out[k++] = mix(115, ctx.speech, w);
  out[k++] = mix(116, ctx.opener, w);
  out[k++] = mix(117, ctx.speech, d);
  out[k++] = mix(118, isCloseQuote(doc, i - 1) ? 1 : 0, w);
  out[k++] = mix(119, h.verb[i], p1);
  out[k++] = mix(120, ctx.cueLemma, d);
  out[k++] = mix(121, ctx.opener, d);
  out[k++] = mix(122, ctx.speech, p1, w);
  out[k++] = mix(123, h.suffix[i], p1);
  // Word clusters (clusters.ts) of the token and the one before.
  out[k++] = mix(125, h.cluster[i] >> 2);
  out[k++] = mix(126, h.cluster[i - 1] >> 4, h.cluster[i] >> 4);
  out[k++] = mix(127, h.cluster[i] >> 2, d);
  out[k++] = mix(128, ctx.speech, h.cluster[i] >> 2);
  // A comma, "and" or "but" seen earlier in the content, with the current word.
  let clause = 0;
  for (let j = i - 1; j > ctx.start && j >= i - 12; j--) {
    if (h.marks[j] & CLAUSE_WORD_MARK) {
      clause = h.word[j];
      break;
    }
  }
  out[k++] = mix(124, clause, w);
  // The cue's clause: subordinate ("While X said A, B") or relative ("voters who say A were ...").
  out[k++] = mix(129, ctx.subordinator, w);
  out[k++] = mix(130, ctx.subordinator === 0 ? 0 : 1, w, clause);
  out[k++] = mix(132, ctx.relative, w);
  out[k++] = mix(133, ctx.relative, h.shape[i], i + 1 >= hi ? 2 : h.shape[i + 1]);
  k = clauseVerbFeatures(ctx, i, d, w, out, k);
  return k;
}

// endFeatures split for scoring, as cueFeatures is (features.ts): the features of one word form at
// a fixed place (the token itself, the one before, the one after) are summed once per form
// (form-scores.ts); endContextFeatures gives the rest. Training keeps endFeatures.
export const END_FORM_PLACES = 3;

export function endFormFeatures(h: TokenHashes, j: number, place: number, out: Uint32Array): number {
  if (place === 0) {
    out[0] = mix(101, h.word[j]);
    out[1] = mix(102, h.lemma[j]);
    out[2] = mix(125, h.cluster[j] >> 2);
    return 3;
  }
  out[0] = mix(place === 1 ? 103 : 104, h.word[j]);
  return 1;
}

/** The bias (place 0) and the feature of "no token after" (place 2; the token before always exists). */
export function endEdgeFeatures(place: number, out: Uint32Array): number {
  if (place === 1) return 0;
  out[0] = place === 0 ? mix(100, 0) : mix(104, 0);
  return 1;
}

/** The features of endFeatures that endFormFeatures and endEdgeFeatures leave out. */
export function endContextFeatures(
  doc: Document,
  h: TokenHashes,
  i: number,
  ctx: EndContext,
  out: Uint32Array,
): number {
  const { hi } = ctx;
  const w = h.word[i];
  const p1 = h.word[i - 1];
  const n1 = i + 1 < hi ? h.word[i + 1] : 0;
  const nl = i + 1 < hi ? h.lemma[i + 1] : 0;
  const d = bucket(i - ctx.start);
  const left = bucket(hi - i);
  let k = 0;
  out[k++] = mix(105, p1, w);
  out[k++] = mix(106, w, n1);
  out[k++] = mix(107, w, nl);
  out[k++] = mix(108, w, i + 1 < hi ? h.verb[i + 1] : 2);
  out[k++] = mix(109, i >= hi ? 2 : h.shape[i], i + 1 >= hi ? 2 : h.shape[i + 1]);
  out[k++] = mix(110, d);
  out[k++] = mix(111, d, w);
  out[k++] = mix(112, left);
  out[k++] = mix(113, left, w);
  out[k++] = mix(114, ctx.cueLemma, w);
  out[k++] = mix(115, ctx.speech, w);
  out[k++] = mix(116, ctx.opener, w);
  out[k++] = mix(117, ctx.speech, d);
  out[k++] = mix(118, isCloseQuote(doc, i - 1) ? 1 : 0, w);
  out[k++] = mix(119, h.verb[i], p1);
  out[k++] = mix(120, ctx.cueLemma, d);
  out[k++] = mix(121, ctx.opener, d);
  out[k++] = mix(122, ctx.speech, p1, w);
  out[k++] = mix(123, h.suffix[i], p1);
  out[k++] = mix(126, h.cluster[i - 1] >> 4, h.cluster[i] >> 4);
  out[k++] = mix(127, h.cluster[i] >> 2, d);
  out[k++] = mix(128, ctx.speech, h.cluster[i] >> 2);
  let clause = 0;
  for (let j = i - 1; j > ctx.start && j >= i - 12; j--) {
    if (h.marks[j] & CLAUSE_WORD_MARK) {
      clause = h.word[j];
      break;
    }
  }
  out[k++] = mix(124, clause, w);
  // The cue's clause: subordinate ("While X said A, B") or relative ("voters who say A were ...").
  out[k++] = mix(129, ctx.subordinator, w);
  out[k++] = mix(130, ctx.subordinator === 0 ? 0 : 1, w, clause);
  out[k++] = mix(132, ctx.relative, w);
  out[k++] = mix(133, ctx.relative, h.shape[i], i + 1 >= hi ? 2 : h.shape[i + 1]);
  k = clauseVerbFeatures(ctx, i, d, w, out, k);
  return k;
}

/**
 * Whether the content so far holds a finite verb, with the current word and distance: a clause
 * ("that the talks had failed in May") runs on past its adjuncts, a noun phrase object ("backed
 * Ana Pires during the campaign") stops before them.
 */
function clauseVerbFeatures(
  ctx: EndContext,
  i: number,
  d: number,
  w: number,
  out: Uint32Array,
  k: number,
): number {
  const finite = ctx.firstFinite < i ? 1 : 0;
  out[k++] = mix(134, finite, w);
  out[k++] = mix(135, finite, d);
  return k;
}

const FORM_SCORES = new WeakMap<LoadedModel, FormScores>();

/**
 * Puts into `scores` the integer sums of the features of "stop before token i" that come from
 * single word forms; false when a form is not memoised (then nothing is written).
 */
function endFormSums(
  cache: FormScores,
  h: TokenHashes,
  i: number,
  hi: number,
  scores: Float64Array,
): boolean {
  const self = cache.offsetOf(h, i);
  const before = cache.offsetOf(h, i - 1);
  const after = i + 1 < hi ? cache.offsetOf(h, i + 1) : -2;
  if (self < 0 || before < 0 || after === -1) return false;
  const sums = cache.table();
  const edges = cache.edges;
  const n = cache.n;
  for (let k = 0; k < n; k++) {
    scores[k] =
      edges[k] +
      sums[self + k] +
      sums[before + n + k] +
      (after >= 0 ? sums[after + 2 * n + k] : edges[2 * n + k]);
  }
  return true;
}

/** Scores of "continue" and "stop before token i" into `scores`. */
function endScores(
  doc: Document,
  h: TokenHashes,
  model: LoadedModel,
  cache: FormScores,
  ctx: EndContext,
  i: number,
  features: Uint32Array,
  scores: Float64Array,
): void {
  if (endFormSums(cache, h, i, ctx.hi, scores)) {
    predictLabelFrom(model, features, endContextFeatures(doc, h, i, ctx, features), scores);
  } else {
    scores.fill(0);
    predictLabelFrom(model, features, endFeatures(doc, h, i, ctx, features), scores);
  }
}

/**
 * The end (exclusive) of a content piece [s, e) that follows its cue, as the model decides:
 * the first token where stopping outscores continuing by `margin`. With `note`, note[0] gets the
 * margin of "stop" there, or the highest one seen when the content runs on to e. With `from`, no
 * stop before it is considered.
 */
export function learnedEnd(
  doc: Document,
  h: TokenHashes,
  model: LoadedModel,
  ctx: EndContext,
  e: number,
  margin: number,
  features: Uint32Array,
  scores: Float64Array,
  note?: Float64Array,
  from = 0,
): number {
  const cache = formScoresFor(FORM_SCORES, model, END_FORM_PLACES, endFormFeatures, endEdgeFeatures);
  let highest = -99;
  for (let i = Math.max(ctx.start + 1, from); i < e; i++) {
    if (!endAllowed(doc, i)) continue;
    endScores(doc, h, model, cache, ctx, i, features, scores);
    const stop = scores[1] - scores[0];
    if (stop > highest) highest = stop;
    if (stop > margin) {
      if (note) note[0] = stop;
      return i;
    }
  }
  if (note) note[0] = highest;
  return e;
}

const FINAL = new Set(['.', '!', '?']);

/** The last place a content may be cut before: the sentence end (or e) less its final marks. */
export function lastCut(doc: Document, ctx: EndContext, e: number): number {
  let last = Math.min(e, ctx.hi);
  while (last > ctx.start && FINAL.has(doc.tokens[last - 1].text)) last--;
  return last;
}

/**
 * The end of a content piece [s, e) chosen as a whole: each place where it may stop scores the
 * "continue" scores of the tokens before it plus the "stop" score of its own token, and running on
 * to e scores the "continue" scores alone; the best wins, running on when it is within `margin`
 * of it. The model for this is trained on that choice (scripts/attribution/end-training.ts).
 */
export function globalEnd(
  doc: Document,
  h: TokenHashes,
  model: LoadedModel,
  ctx: EndContext,
  e: number,
  margin: number,
  features: Uint32Array,
  scores: Float64Array,
  note?: Float64Array,
): number {
  const cache = formScoresFor(FORM_SCORES, model, END_FORM_PLACES, endFormFeatures, endEdgeFeatures);
  if (note) note[0] = 0;
  const last = lastCut(doc, ctx, e);
  let carried = 0;
  let best = e;
  let bestScore = -Infinity;
  for (let i = ctx.start + 1; i < last; i++) {
    if (!endAllowed(doc, i)) continue;
    endScores(doc, h, model, cache, ctx, i, features, scores);
    if (carried + scores[1] > bestScore) {
      bestScore = carried + scores[1];
      best = i;
    }
    carried += scores[0];
  }
  return carried + margin >= bestScore ? e : best;
}
