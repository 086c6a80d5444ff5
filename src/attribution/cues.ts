// Finds cue words ("said", "told reporters", "according to", "warned") with a trained
// averaged-perceptron tagger (B/I/O over tokens, greedy left to right).
import { isVerdictByAgent } from './verdict-agents.js';
import { blockAfterSaying } from './colon-quotations.js';
import { isEstimateCue, mayBeEstimateVerb } from './estimate-cues.js';
import { isPollLead, isPollTail } from './poll-leads.js';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DocToken, Document } from '../text/document.js';
import { cueFeatures, MAX_FEATURES, tokenHashes, type TokenHashes } from './features.js';
import {
  CUE_FORM_PLACES,
  CUE_PREV_PLACE,
  cueContextFeatures,
  cueEdgeFeatures,
  cueFormFeatures,
} from './cue-form-features.js';
import { FormBits, formScoresFor, type FormScores } from './form-scores.js';
import { readModelFile } from './model-file.js';
import { predictLabel, predictLabelFrom, type LoadedModel } from './perceptron.js';
import { isQuoted } from './quotes.js';
import { isAgentNoun } from './agents.js';
import { repairCue } from './cue-repairs.js';
import { HEARSAY } from './hearsay-cues.js';
import { PARTICLES } from './cue-end-repairs.js';
import { mendHeadlineCue } from './headline-cues.js';
import { isNoCue } from './no-cues.js';

export const CUE_LABELS = ['O', 'B', 'I'];
/**
 * How far below "no cue" a token may score and still start a cue. Generous on purpose: the
 * statement filter (filter.ts) then drops the candidates that are not statements. Chosen with
 * the filter by 4-fold cross-validation on the train split (docs/attribution.md).
 */
const CUE_START_MARGIN = 22;
/**
 * A second, more generous pass over a sentence where some token scored within this of "no cue"
 * but not within CUE_START_MARGIN: its cues are added where they overlap none of the first
 * pass's. (In one pass, a weak start just before a real cue swallowed it: "row Opposition says".)
 */
const WIDE_START_MARGIN = 27;
export const CUE_MODEL_PATH = fileURLToPath(
  new URL('../../data/attribution/cue-model.json', import.meta.url),
);

import type { CueTokens } from './types.js';
import { isDenialComment, isDenialVerb } from './comment-cues.js';
import {
  CLAUSAL_MARGIN,
  CUE_AUXILIARIES,
  isClausalLexiconCue,
  isHearingHeard,
  isImpersonalPassive,
  isSayingAfterAnonymity,
  isPassiveBySaying,
  isReceivedSaying,
  lexiconCueAt,
  lexiconMargin,
  mayBeLexiconRuleCue,
  RECEIVED_MARGIN,
} from './lexicon-cues.js';
export type { CueTokens } from './types.js';

let cached: LoadedModel | null = null;
export function loadCueModel(): LoadedModel {
  if (!cached) {
    if (!existsSync(CUE_MODEL_PATH)) throw new Error(`attribution cue model missing: ${CUE_MODEL_PATH}`);
    cached = readModelFile(CUE_MODEL_PATH).model;
  }
  return cached;
}

export function sentenceHasQuote(doc: Document, lo: number, hi: number): boolean {
  for (let j = lo; j < hi; j++) if (doc.tokens[j].quoted) return true;
  return false;
}

const PUNCT_CUES = new Set([':', '—', '―', '–', '-']);
// Scratch buffers of the tagger (one tagging runs at a time: JavaScript is single-threaded).
const FEATURES = new Uint32Array(MAX_FEATURES);
const SCORES = new Float64Array(CUE_LABELS.length);
let OFFSETS = new Int32Array(256);
const FORM_SCORES = new WeakMap<LoadedModel, FormScores>();

/**
 * Where each token's per-form sums start (see form-scores.ts), in OFFSETS[j - lo]; false when a
 * token of the sentence has no memoised form.
 */
function formOffsets(h: TokenHashes, cache: FormScores, lo: number, hi: number): boolean {
  if (OFFSETS.length < hi - lo) OFFSETS = new Int32Array(2 * (hi - lo));
  for (let j = lo; j < hi; j++) {
    const at = cache.offsetOf(h, j);
    if (at < 0) return false;
    OFFSETS[j - lo] = at;
  }
  return true;
}

/**
 * Puts into `scores` the integer sums of token i's features that come from single word forms
 * (cueFormFeatures at each place, cueEdgeFeatures beyond the sentence and the bias), with the
 * previous token's tag `prevLabel`.
 */
function formSums(
  cache: FormScores,
  lo: number,
  hi: number,
  i: number,
  prevLabel: number,
  scores: Float64Array,
): void {
  const sums = cache.table();
  const edges = cache.edges;
  const n = cache.n;
  const self = OFFSETS[i - lo];
  const afterPrev = self + (CUE_PREV_PLACE + prevLabel) * n;
  const p1 = i - 1 >= lo ? OFFSETS[i - 1 - lo] + n : -1;
  const p2 = i - 2 >= lo ? OFFSETS[i - 2 - lo] + 2 * n : -1;
  const n1 = i + 1 < hi ? OFFSETS[i + 1 - lo] + 3 * n : -1;
  const n2 = i + 2 < hi ? OFFSETS[i + 2 - lo] + 4 * n : -1;
  for (let k = 0; k < n; k++) {
    scores[k] =
      edges[k] +
      sums[self + k] +
      sums[afterPrev + k] +
      (p1 >= 0 ? sums[p1 + k] : edges[n + k]) +
      (p2 >= 0 ? sums[p2 + k] : edges[2 * n + k]) +
      (n1 >= 0 ? sums[n1 + k] : edges[3 * n + k]) +
      (n2 >= 0 ? sums[n2 + k] : edges[4 * n + k]);
  }
}

/** Tags one sentence; returns the label index of each token (and its margin, into `margins`). */
export function tagSentence(
  doc: Document,
  h: TokenHashes,
  model: LoadedModel,
  lo: number,
  hi: number,
  margins?: number[],
): number[] {
  const { labels, scoresOut } = tagInto(doc, h, model, lo, hi);
  const out: number[] = [];
  for (let k = 0; k < hi - lo; k++) {
    out.push(labels[k]);
    margins?.push(scoresOut[k]);
  }
  return out;
}

// What a token's word form allows the rules after the tagger (tagInto): most forms allow none, and
// one test of these bits spares them each rule's own lookups in its word lists.
const LEXICON_RULES = 1; // the rules of lexicon-cues.ts
const DENIAL_VERB = 2; // isDenialComment
const HEARSAY_WORD = 4;
const PUNCT_CUE = 8;
const AS_WORD = 16; // isAsPer
const ESTIMATE_VERB = 32; // isEstimateCue
const RULE_BITS = new FormBits(
  (t: DocToken) =>
    (mayBeLexiconRuleCue(t) ? LEXICON_RULES : 0) |
    (isDenialVerb(t) ? DENIAL_VERB : 0) |
    (t.kind === 'word' && HEARSAY.has(t.norm) ? HEARSAY_WORD : 0) |
    (t.kind === 'punct' && PUNCT_CUES.has(t.text) ? PUNCT_CUE : 0) |
    (t.norm === 'as' ? AS_WORD : 0) |
    (mayBeEstimateVerb(t) ? ESTIMATE_VERB : 0),
);

// The labels and margins of the sentence tagged last (scratch, grown as needed): typed arrays, as
// arrays built per sentence were a good part of the extractor's garbage.
let LABELS = new Uint8Array(256);
let MARGINS = new Float64Array(256);

/**
 * Tags tokens [lo, hi): the label index of token lo + k goes to labels[k], and how far its score for
 * starting a cue is above "no cue" to scoresOut[k] (-99 for a token not scored). Both arrays are
 * overwritten by the next call.
 */
function tagInto(
  doc: Document,
  h: TokenHashes,
  model: LoadedModel,
  lo: number,
  hi: number,
  startMargin = CUE_START_MARGIN,
): { labels: Uint8Array; scoresOut: Float64Array } {
  if (LABELS.length < hi - lo) {
    LABELS = new Uint8Array(2 * (hi - lo));
    MARGINS = new Float64Array(2 * (hi - lo));
  }
  const labels = LABELS;
  const margins = MARGINS;
  const quoted = sentenceHasQuote(doc, lo, hi);
  const features = FEATURES;
  const scores = SCORES;
  const cache = formScoresFor(FORM_SCORES, model, CUE_FORM_PLACES, cueFormFeatures, cueEdgeFeatures);
  const byForm = formOffsets(h, cache, lo, hi);
  let prev = 0;
  let auxOpened = -10;
  // The rule bits of tokens i, i - 1 and i - 2.
  let may = 0;
  let may1 = 0;
  let may2 = 0;
  for (let i = lo; i < hi; i++) {
    const t = doc.tokens[i];
    may2 = may1;
    may1 = may;
    may = RULE_BITS.of(doc, h, i);
    if (prev === 0 && (t.kind === 'punct' ? (may & PUNCT_CUE) === 0 : t.quoted || isQuoted(doc, i))) {
      // Words inside a quotation are what is said, not who says it, and only a few punctuation
      // marks introduce speech (":", dashes): skip the rest (saves most of the cost). Quotations
      // between the doubled apostrophes of wire copy (''...'') count too (quotes.ts): the
      // document's own marks leave them out, and a cue found inside one cut its statement short.
      labels[i - lo] = 0;
      margins[i - lo] = -99;
      continue;
    }
    let label: number;
    if (byForm) {
      formSums(cache, lo, hi, i, prev, scores);
      const count = cueContextFeatures(doc, h, i, lo, hi, quoted, features);
      label = predictLabelFrom(model, features, count, scores);
    } else {
      const count = cueFeatures(doc, h, i, lo, hi, prev, quoted, features);
      label = predictLabel(model, features, count, scores);
    }
    margins[i - lo] = scores[1] - scores[0];
    // Lean towards starting a cue: the tagger, trained on sparse positives, under-predicts them.
    if (label === 0 && scores[1] + startMargin > scores[0]) label = 1;
    const lexical = (may & LEXICON_RULES) !== 0;
    if (
      label === 0 &&
      lexical &&
      scores[1] + lexiconMargin(doc, i, lo) > scores[0] &&
      lexiconCueAt(doc, i, lo, hi)
    )
      label = 1;
    if (label === 0 && (may & DENIAL_VERB) !== 0 && isDenialComment(doc, i, lo)) label = 1;
    if (
      label === 0 &&
      lexical &&
      scores[1] + CLAUSAL_MARGIN > scores[0] &&
      isClausalLexiconCue(doc, i, lo, hi, labels)
    )
      label = 1;
    if (label === 0 && lexical && scores[1] + CLAUSAL_MARGIN > scores[0] && isPassiveBySaying(doc, i, lo, hi))
      label = 1;
    if (label === 0 && lexical && isHearingHeard(doc, i, lo, hi)) label = 1;
    // "…, a figure disputed by the garrison": a claim's verdict and its agent (verdict-agents.ts).
    if (label === 0 && lexical && isVerdictByAgent(doc, i, lo, hi)) label = 1;
    // "…, while the militia puts the number at more than 500": a party's own figure.
    if (label === 0 && (may & ESTIMATE_VERB) !== 0 && isEstimateCue(doc, i, lo, hi)) label = 1;
    if (label === 0 && lexical && isImpersonalPassive(doc, i, lo, hi)) label = 1;
    if (label !== 1 && lexical && isSayingAfterAnonymity(doc, i, lo)) {
      label = 1;
      if (labels[i - 1 - lo] === 1) labels[i - 1 - lo] = 0;
    }
    // "as per the agency": a spun or clipped "according to", tagged like it.
    if ((may & AS_WORD) !== 0 && isAsPer(doc, i, hi)) label = 1;
    else if ((may1 & AS_WORD) !== 0 && i > lo && isAsPer(doc, i - 1, hi)) label = 2;
    else if ((may2 & AS_WORD) !== 0 && i > lo + 1 && isAsPer(doc, i - 2, hi)) label = 0; // its source ("as per Smith")
    // "The defendant allegedly forged …": an adverb of hearsay reports with no one named.
    if (label === 0 && prev === 0 && (may & HEARSAY_WORD) !== 0 && !t.quoted) label = 1;
    if (label === 0 && lexical && scores[1] + RECEIVED_MARGIN > scores[0] && isReceivedSaying(doc, i, lo))
      label = 1;
    // "The governor added: | (next paragraph) …": a block announced with no quotation marks.
    if (label === 0 && blockAfterSaying(doc, i, hi)) label = 1;
    else if (prev === 1 && t.text === ':' && blockAfterSaying(doc, i - 1, hi)) label = 2;
    // "In a Gazette poll released Monday, C": the "In" alone is the cue (poll-leads.ts).
    if (i === lo && isPollLead(doc, i, lo, hi)) label = 1;
    else if (i === lo + 1 && prev === 1 && isPollLead(doc, lo, lo, hi)) label = 0;
    // "Vask led Tilde by 5 points in a Gazette poll.": the "in" is the cue (poll-leads.ts).
    else if (t.norm === 'in' && isPollTail(doc, i, lo, hi)) label = 1;
    else if (prev === 1 && doc.tokens[i - 1].norm === 'in' && isPollTail(doc, i - 1, lo, hi)) label = 0;
    if (label === 2 && prev === 0) label = 1; // an I cannot start a cue
    // An auxiliary opened the cue through the lexicon: the cue is the auxiliary and its verb.
    if (auxOpened === i - 1) label = 2;
    else if (
      auxOpened === i - 2 &&
      label === 2 &&
      doc.tokens[i].kind === 'word' &&
      !PARTICLES.has(doc.tokens[i].norm)
    )
      label = 0;
    if (label === 1 && prev === 0 && margins[i - lo] + startMargin <= 0 && CUE_AUXILIARIES.has(t.norm))
      auxOpened = i;
    labels[i - lo] = label;
    prev = label;
  }
  return { labels, scoresOut: margins };
}

export function findCues(
  doc: Document,
  model: LoadedModel = loadCueModel(),
  h: TokenHashes = tokenHashes(doc),
): CueTokens[] {
  const cues: CueTokens[] = [];
  for (let si = 0; si < doc.sentences.length; si++) sentenceCues(doc, h, model, si, cues);
  for (const c of cues) repairCue(doc, h, c);
  mendHeadlineCue(doc, cues);
  return cues.filter((c) => !isNoCue(doc, c));
}

/**
 * Tags sentence `si` and appends its cues. (A function of its own, so that findCues stays small:
 * compiled with this loop inlined, findCues was thrown away and compiled again three times.)
 */
function sentenceCues(
  doc: Document,
  h: TokenHashes,
  model: LoadedModel,
  si: number,
  cues: CueTokens[],
): void {
  const s = doc.sentences[si];
  const before = cues.length;
  const { labels, scoresOut } = tagInto(doc, h, model, s.tokenStart, s.tokenEnd);
  let wide = false;
  for (let k = 0; k < s.tokenEnd - s.tokenStart; k++)
    if (labels[k] === 0 && scoresOut[k] + WIDE_START_MARGIN > 0) wide = true;
  collectCues(labels, scoresOut, s.tokenStart, s.tokenEnd, si, cues);
  if (wide) {
    const sure = cues.length;
    const again = tagInto(doc, h, model, s.tokenStart, s.tokenEnd, WIDE_START_MARGIN);
    collectCues(again.labels, again.scoresOut, s.tokenStart, s.tokenEnd, si, cues);
    // Keep the second pass's cues that overlap none of the first's, in text order.
    const added = cues
      .splice(sure)
      .filter((c) => !cues.some((d, k) => k >= before && d.first < c.last && c.first < d.last));
    if (added.length > 0) {
      for (const c of added) cues.push(c);
      const sentence = cues.splice(before).sort((a, b) => a.first - b.first);
      for (const c of sentence) cues.push(c);
    }
  }
  if (cues.length - before > MAX_CUES_PER_SENTENCE) keepSurest(cues, before);
}

/** Appends the cues of a tagged sentence [lo, hi) (B opens one, I continues it). */
function collectCues(
  labels: Uint8Array,
  scoresOut: Float64Array,
  lo: number,
  hi: number,
  si: number,
  cues: CueTokens[],
): void {
  let open: CueTokens | null = null;
  for (let k = 0; k < hi - lo; k++) {
    const label = labels[k];
    const i = lo + k;
    if (label === 1) {
      if (open) cues.push(open);
      open = { first: i, last: i + 1, sentence: si, score: scoresOut[k] };
    } else if (label === 2 && open) open.last = i + 1;
    else if (label === 0 && open) {
      cues.push(open);
      open = null;
    }
  }
  if (open) cues.push(open);
}

/**
 * Cue candidates a sentence may give. News sentences hold a few; hundreds are a list or hostile
 * input, and the steps after compare a sentence's candidates pairwise.
 */
const MAX_CUES_PER_SENTENCE = 30;

/** Keeps the MAX_CUES_PER_SENTENCE candidates from index `from` on that the tagger is surest of, in text order. */
function keepSurest(cues: CueTokens[], from: number): void {
  const kept = cues
    .splice(from)
    .sort((a, b) => (b.score ?? 0) - (a.score ?? 0))
    .slice(0, MAX_CUES_PER_SENTENCE)
    .sort((a, b) => a.first - b.first);
  for (const c of kept) cues.push(c);
}

/** "as per" before a word ("as per the provincial agency"), outside quotations, whose noun phrase
 *  names someone who speaks: a name, a noun of a person, body or group, or of a report ("as per
 *  the contract" is no attribution). */
function isAsPer(doc: Document, i: number, hi: number): boolean {
  const t = doc.tokens[i];
  if (i + 2 >= hi || t.norm !== 'as' || t.quoted || doc.tokens[i + 1].norm !== 'per') return false;
  let j = i + 2;
  let named = false;
  // (Not `named ||= tokens[j++].cap`: once named, the short circuit would skip the j++ forever.)
  for (; j < hi && j - i < 9 && doc.tokens[j].kind === 'word'; j++) if (doc.tokens[j].cap) named = true;
  if (j === i + 2) return false;
  const head = doc.tokens[j - 1];
  return named || REPORTS.has(head.norm) || isAgentNoun(head.lemma);
}

/** Nouns of what reports a fact ("as per the report"). */
const REPORTS = new Set(['report', 'reports', 'statement', 'sources', 'figures', 'data', 'survey', 'study']);
