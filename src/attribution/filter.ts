// Is a candidate statement real? An averaged perceptron over the shape of the whole frame
// (the tagger's confidence in the cue, the cue's words, what the source and content look like)
// drops candidates that look like a cue word used otherwise ("made the comments", "features
// images of"). Trained on statements extracted from PolNeAR train articles by a cue tagger
// that had not seen them (see scripts/attribution/train-filter.ts).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Document } from '../text/document.js';
import { mix, shapeOf, type TokenHashes } from './features.js';
import { readModelFile } from './model-file.js';
import { predictLabel, type LoadedModel } from './perceptron.js';
import { atClauseBreak } from './contents.js';
import { finalContentFeatures, type FinalContent } from './final-content.js';
import { isQuoted } from './quotes.js';
import { isBoostedTrees, type BoostedTrees } from '../learn/boosted-trees.js';
import type { Frame } from './spans.js';

export const FILTER_LABELS = ['no', 'yes'];
export const FILTER_FEATURES = 68;
export const FILTER_MODEL_PATH = fileURLToPath(
  new URL('../../data/attribution/filter-model.json', import.meta.url),
);

/**
 * The filter's weights and the margin below which a candidate is dropped; with boosted trees
 * (filter-dense.ts), the perceptron's margin is one of their numbers and the trees' log-odds must
 * pass `boostedThreshold` instead.
 */
export interface FilterModel {
  model: LoadedModel;
  threshold: number;
  boosted?: BoostedTrees | null;
  boostedThreshold?: number;
}

let cached: FilterModel | null = null;
export function loadFilterModel(): FilterModel {
  if (!cached) {
    if (!existsSync(FILTER_MODEL_PATH))
      throw new Error(`attribution filter model missing: ${FILTER_MODEL_PATH}`);
    const { model, fields } = readModelFile(FILTER_MODEL_PATH);
    const boosted = fields.boosted === undefined ? null : fields.boosted;
    if (boosted !== null && !isBoostedTrees(boosted))
      throw new Error(`attribution filter model: malformed boosted trees in ${FILTER_MODEL_PATH}`);
    cached = {
      model,
      threshold: fields.threshold as number,
      boosted,
      boostedThreshold: typeof fields.boostedThreshold === 'number' ? fields.boostedThreshold : 0,
    };
  }
  return cached;
}

function bucket(n: number): number {
  return n <= 3 ? n : n <= 5 ? 4 : n <= 8 ? 5 : n <= 12 ? 6 : n <= 20 ? 7 : n <= 35 ? 8 : 9;
}

const PRONOUN = /^(he|she|they|it|we|i|you|who)$/;

/** A candidate's source: 0 none, 1 a pronoun, 2 ending on a capitalised word, 3 another phrase. */
export function sourceKind(doc: Document, f: Frame): number {
  const src = f.source;
  if (!src) return 0;
  if (src[1] - src[0] === 1 && PRONOUN.test(doc.tokens[src[0]].norm)) return 1;
  return doc.tokens[src[1] - 1].cap ? 2 : 3;
}

/** What contentShape returns; one object, overwritten by each call (the filter's hot path). */
const SHAPE = { words: 0, quoted: 0, side: 0 };

/**
 * A candidate's content: its words (punctuation aside), how many of them are quoted, and its side
 * of the cue (0 before it, 1 after it, 2 around it). The result is overwritten by the next call.
 */
export function contentShape(doc: Document, f: Frame): Readonly<typeof SHAPE> {
  let words = 0;
  let quoted = 0;
  for (const [a, b] of f.content)
    for (let i = a; i < b; i++) {
      if (doc.tokens[i].kind === 'punct') continue;
      words++;
      if (isQuoted(doc, i)) quoted++;
    }
  const { first, last } = f.cue;
  const cStart = f.content.length ? f.content[0][0] : first;
  const cEnd = f.content.length ? f.content[f.content.length - 1][1] : last;
  SHAPE.words = words;
  SHAPE.quoted = quoted;
  SHAPE.side = cEnd <= first ? 0 : cStart >= last ? 1 : 2;
  return SHAPE;
}

/** Features of a candidate statement; returns how many. */
export function frameFeatures(
  doc: Document,
  h: TokenHashes,
  f: Frame,
  out: Uint32Array,
  others: readonly Frame[],
  fin: FinalContent,
): number {
  const { first, last } = f.cue;
  const s = doc.sentences[f.cue.sentence];
  const lo = s.tokenStart;
  const hi = s.tokenEnd;
  const cueFirst = h.lemma[first];
  const cueLast = h.lemma[last - 1];
  const score = scoreOf(f);
  const shape = contentShape(doc, f);
  const contentTokens = shape.words;
  const quoted = shape.quoted;
  const side = shape.side;
  const type = quoted === 0 ? 0 : quoted === contentTokens ? 1 : 2;
  const cStart = f.content[0][0];
  const src = f.source;
  const srcKind = sourceKind(doc, f);
  const srcHead = src ? h.lemma[src[1] - 1] : 0;
  const next = last < hi ? h.word[last] : 1;
  const prev = first > lo ? h.word[first - 1] : 1;
  const opener = h.word[cStart];
  let k = 0;
  out[k++] = mix(200, 0);
  out[k++] = mix(201, score);
  out[k++] = mix(202, cueFirst);
  out[k++] = mix(203, cueLast);
  out[k++] = mix(204, cueFirst, cueLast);
  out[k++] = mix(205, last - first);
  out[k++] = mix(206, cueLast, score);
  out[k++] = mix(207, srcKind);
  out[k++] = mix(208, srcKind, cueLast);
  out[k++] = mix(209, srcHead);
  out[k++] = mix(210, type, side);
  out[k++] = mix(211, type, cueLast);
  out[k++] = mix(212, side, cueLast);
  out[k++] = mix(213, bucket(contentTokens));
  out[k++] = mix(214, bucket(contentTokens), cueLast);
  out[k++] = mix(215, opener);
  out[k++] = mix(216, opener, cueLast);
  out[k++] = mix(217, next, cueLast);
  out[k++] = mix(218, prev, cueLast);
  out[k++] = mix(219, shapeOf(doc, first - 1, lo, hi), shapeOf(doc, last, lo, hi));
  out[k++] = mix(220, h.verb[first], srcKind, side);
  out[k++] = mix(221, f.content.length > 1 ? 1 : 0, type);
  out[k++] = mix(222, srcKind, score);
  out[k++] = mix(223, type, score);
  out[k++] = mix(224, bucket(first - lo), side);
  out[k++] = mix(225, h.suffix[first], srcKind);
  out[k++] = mix(226, src ? bucket(src[1] - src[0]) : 99, srcKind);
  out[k++] = mix(227, next, h.verb[first]);
  out[k++] = mix(228, h.sense[first], h.sense[last - 1]);
  out[k++] = mix(229, h.sense[last - 1], srcKind, side);
  out[k++] = mix(230, h.sense[last - 1], type);
  // Word clusters of the cue, the content's first word, the source head and the word after the cue.
  const cFirst = h.cluster[first];
  const cLast = h.cluster[last - 1];
  out[k++] = mix(240, cLast >> 2);
  out[k++] = mix(241, cLast);
  out[k++] = mix(242, cFirst >> 2, cLast >> 2);
  out[k++] = mix(243, cLast >> 2, srcKind, side);
  out[k++] = mix(244, cLast >> 2, type);
  out[k++] = mix(245, h.cluster[cStart] >> 2);
  out[k++] = mix(246, h.cluster[cStart] >> 4, cLast >> 2);
  out[k++] = mix(247, src ? h.cluster[src[1] - 1] >> 4 : 0xfff, srcKind);
  out[k++] = mix(248, cLast >> 2, score);
  out[k++] = mix(249, last < hi ? h.cluster[last] >> 4 : 0xfff, cLast >> 2);
  k = neighbourFeatures(doc, f, others, cueLast, score, out, k);
  k = finalContentFeatures(doc, h, f, fin, cueLast, score, out, k);
  return k;
}

/**
 * The cue's tagger score rounded and clamped to [-12, 12]; | 0 turns Math.round's -0 into 0 (the
 * same feature hashes) and makes the result a small integer to V8, which would otherwise pass it
 * on as a heap number and deoptimise the feature functions that had only seen small integers.
 */
function scoreOf(f: Frame): number {
  return Math.max(-12, Math.min(12, Math.round(f.cue.score ?? 12))) | 0;
}

/**
 * The other candidates of the sentence: whether this cue sits inside another candidate's content
 * (PolNeAR gives each token one role) or holds one in its own, and how its tagger score ranks.
 */
function neighbourFeatures(
  doc: Document,
  f: Frame,
  others: readonly Frame[],
  cueLast: number,
  score: number,
  out: Uint32Array,
  k: number,
): number {
  let outer = 99;
  let held = 99;
  let rank = 0;
  let count = 0;
  for (const g of others) {
    if (g === f || g.cue.sentence !== f.cue.sentence) continue;
    count++;
    const gScore = scoreOf(g);
    if (gScore > score) rank++;
    if (insideContent(doc, f.cue.first, g, f)) outer = Math.min(outer, gScore >= 0 ? 1 : 0);
    if (insideContent(doc, g.cue.first, f, g)) held = Math.min(held, gScore >= 0 ? 1 : 0);
  }
  out[k++] = mix(231, outer, score >= 0 ? 1 : 0);
  out[k++] = mix(232, outer, cueLast);
  out[k++] = mix(233, held, score >= 0 ? 1 : 0);
  out[k++] = mix(234, Math.min(rank, 3), Math.min(count, 4));
  out[k++] = mix(235, Math.min(rank, 3), cueLast);
  return k;
}

/** Where the reporting clause of a candidate opens: its cue or its source, whichever comes first. */
function opening(g: Frame): number {
  return Math.min(g.cue.first, g.source?.[0] ?? g.cue.first);
}

/**
 * Is token i (of candidate `of`) inside g's content? Not when `of`'s reporting clause opens after a
 * clause break inside a content that follows its cue: that ends the content ("Moscow has demanded
 * “X,” the Kremlin said": contents.ts clips it there).
 */
export function insideContent(doc: Document, i: number, g: Frame, of: Frame): boolean {
  let inPiece = false;
  for (const [s, e] of g.content) if (i >= s && i < e) inPiece = true;
  return inPiece && !(g.cue.first < opening(of) && atClauseBreak(doc, opening(of)));
}

/** The margin of "real statement" over "not one" for a candidate. */
export function frameScore(
  doc: Document,
  h: TokenHashes,
  model: LoadedModel,
  f: Frame,
  features: Uint32Array,
  scores: Float64Array,
  others: readonly Frame[],
  fin: FinalContent,
): number {
  const count = frameFeatures(doc, h, f, features, others, fin);
  predictLabel(model, features, count, scores);
  return scores[1] - scores[0];
}
