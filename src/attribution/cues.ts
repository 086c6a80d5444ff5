// Finds cue words ("said", "told reporters", "according to", "warned") with a trained
// averaged-perceptron tagger (B/I/O over tokens, greedy left to right).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadPairs, wordSet } from '../lexicon/load.js';
import type { Document } from '../text/document.js';
import {
  CUE_FORM_PLACES,
  CUE_PREV_PLACE,
  cueContextFeatures,
  cueEdgeFeatures,
  cueFeatures,
  cueFormFeatures,
  MAX_FEATURES,
  tokenHashes,
  type TokenHashes,
} from './features.js';
import { formScoresFor, type FormScores } from './form-scores.js';
import { readModelFile } from './model-file.js';
import { predictLabel, predictLabelFrom, type LoadedModel } from './perceptron.js';
import { isQuoted } from './quotes.js';
import { HEARSAY, PARTICLES, PASSIVE_AUXILIARIES, repairCue } from './cue-repairs.js';
import { isNoCue } from './no-cues.js';

export const CUE_LABELS = ['O', 'B', 'I'];
/** How far below "no cue" a lexicon verb of saying may score and still be taken as a cue. */
const LEXICON_MARGIN = 30;
/**
 * How far below "no cue" a token may score and still start a cue. Generous on purpose: the
 * statement filter (filter.ts) then drops the candidates that are not statements. Chosen with
 * the filter by 4-fold cross-validation on the train split (docs/attribution.md).
 */
const CUE_START_MARGIN = 22;
export const CUE_MODEL_PATH = fileURLToPath(
  new URL('../../data/attribution/cue-model.json', import.meta.url),
);

import type { CueTokens } from './types.js';
import {
  FINITE,
  isRegularPlural,
  mayBeFiniteVerb,
  NOMINATIVE_PRONOUNS,
  NOUN_PHRASE_OPENERS,
  pluralLemma,
  RECEIVING,
} from './word-forms.js';
import { PREPOSITIONS } from './sources.js';
import { isDenialComment } from './comment-cues.js';
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
const VERB_FORM = /(?:ed|s)$/;

/** A verb of saying from the lexicon, used as a verb ("stated that", "informed reporters"), outside quotations. */
function isLexiconCue(doc: Document, i: number, lo: number, hi: number): boolean {
  const t = doc.tokens[i];
  if (t.kind !== 'word' || t.quoted || !wordSet('speech-verbs').has(t.lemma)) return false;
  if (t.lemma === t.norm && !VERB_FORM.test(t.norm)) return false; // bare "say"/"claim": often a noun or infinitive
  const prev = i > lo ? doc.tokens[i - 1] : null;
  if (prev && (NOUN_PHRASE_OPENERS.has(prev.norm) || prev.norm === 'to')) return false;
  if (!/(?:ed|s|told|said|wrote|thought|made)$/.test(t.norm) && t.lemma === t.norm) return false;
  const next = i + 1 < hi ? doc.tokens[i + 1] : null;
  const prevIsSubject = !!prev && (prev.cap || prev.kind === 'word') && prev.text !== ',';
  const nextIsComplement =
    !next ||
    next.norm === 'that' ||
    next.text === ':' ||
    next.text === ',' ||
    next.text === '.' ||
    next.kind === 'word' ||
    next.text === '“' ||
    next.text === '"';
  return prevIsSubject && nextIsComplement;
}

/** Nouns of saying that a subject receives ("faces calls to resign", "drew criticism from"). */
const RECEIVED_SAYINGS = new Set([
  'call',
  'calls',
  'demand',
  'demands',
  'criticism',
  'accusation',
  'accusations',
]);
/** How far below "no cue" such a noun may score and still start a cue (the tagger reads it as
 *  a plain noun: -25 to -35 in "faces growing calls", "is facing calls"). */
const RECEIVED_MARGIN = 45;
/** Words between a verb of receiving and its noun ("is facing growing calls"). */
const RECEIVED_REACH = 3;

/**
 * "Senator Rob Whitaker is facing calls to resign": a noun of saying a few words after a verb of
 * receiving or causing (word-forms.ts RECEIVING), with only modifiers between, is a cue the
 * tagger leaves just under its margin after "is facing" (source-repairs.ts gives it the others'
 * voice).
 */
export function isReceivedSaying(doc: Document, i: number, lo: number): boolean {
  const t = doc.tokens[i];
  if (t.kind !== 'word' || t.quoted || !RECEIVED_SAYINGS.has(t.norm)) return false;
  for (let j = i - 1; j >= lo && i - j <= RECEIVED_REACH; j--) {
    const w = doc.tokens[j];
    if (w.kind !== 'word') return false;
    if (RECEIVING.has(w.lemma) && w.norm !== w.lemma) return true;
  }
  return false;
}

const CUE_AUXILIARIES = new Set(['has', 'have', 'had']);

/** How far below "no cue" a verb of saying before a clause may score and still be taken. */
const CLAUSAL_MARGIN = 75;
const WH_WORDS = new Set(['when', 'whether', 'why', 'how', 'what', 'who', 'if', 'where']);
const MODALS = new Set(['would', 'will', 'could', 'can', 'may', 'might', 'should', 'did', 'does', 'do']);

/**
 * "The decision was criticised by the union", "He is alleged to have …": a verb of saying or of a
 * telling stance ("criticise", "welcome", "condemn", "allege") as a passive participle before its
 * agent or an infinitive. The tagger, which scores the
 * subject's noun in, may leave it far below "no cue" ("decision" beside "ruling").
 */
/** Bodies that hear evidence ("The court heard that …"). */
export const HEARING_BODIES: ReadonlySet<string> = new Set([
  ...['court', 'jury', 'inquest', 'tribunal', 'hearing', 'inquiry', 'committee', 'panel', 'trial'],
]);

/**
 * "The court heard that Pettigrew was watching a video", "the inquest heard": evidence given
 * before a court, by no one the sentence names (source-repairs.ts drops the body as speaker).
 */
function isHearingHeard(doc: Document, i: number, lo: number, hi: number): boolean {
  const t = doc.tokens[i];
  if (t.norm !== 'heard' || t.quoted || i === lo || i + 1 >= hi) return false;
  const body = doc.tokens[i - 1];
  if (!HEARING_BODIES.has(body.norm)) return false;
  const next = doc.tokens[i + 1];
  return next.norm === 'that' || next.norm === 'how' || (next.kind === 'word' && next.cap);
}

/** Verbs of telling stances that also name a deed of force. */
const PHYSICAL_TOO = new Set(['attack', 'hit', 'strike', 'slam', 'blast', 'target', 'threaten', 'fire']);

/** Verbs of hearsay whose passive takes an infinitive ("is alleged to have", "is said to be"). */
const RAISING_HEARSAY = new Set(['allege', 'say', 'report', 'rumour', 'rumor', 'claim']);

let stanceCueLemmas: Map<string, string> | null = null;
/** A cue lemma of the stance lexicon (data/lexicon/stance-cues.txt: "condemn", "welcome"). */
function isStanceCueLemma(lemma: string): boolean {
  return (stanceCueLemmas ??= loadPairs('stance-cues')).has(lemma);
}

function isPassiveBySaying(doc: Document, i: number, lo: number, hi: number): boolean {
  const t = doc.tokens[i];
  // "by" its agent, or "to" a raising infinitive ("is alleged to have forged").
  const next = i + 1 < hi ? doc.tokens[i + 1].norm : '';
  if (t.kind !== 'word' || t.cap || t.quoted) return false;
  if (next !== 'by' && !(next === 'to' && RAISING_HEARSAY.has(t.lemma))) return false;
  if (!/(?:ed|en)$/.test(t.norm) || t.norm === t.lemma) return false;
  if (!wordSet('speech-verbs').has(t.lemma) && !isStanceCueLemma(t.lemma)) return false;
  // Verbs of force as much as of words: "were attacked by Iran".
  if (PHYSICAL_TOO.has(t.lemma)) return false;
  let j = i - 1;
  if (j > lo && doc.tokens[j].norm.endsWith('ly')) j--;
  return j >= lo && PASSIVE_AUXILIARIES.has(doc.tokens[j].norm);
}

/**
 * "Analysts at Harwell Securities estimate the painting could sell for …", "Neither Lopez nor
 * her deputy would say when …": a verb of saying after its subject (a plural, a subject pronoun
 * or a modal) and before a clause ("that", a question word, or a noun phrase and its finite verb).
 * The tagger reads such a bare verb as a noun or an infinitive. Only as the sentence's first
 * verb, with no cue before it: after one ("X said …, and the U.S. would demand that …") or after
 * another verb ("is seizing upon a New York Times report that …") it is part of a clause or an
 * object, and so it is after a preposition ("the help of states that …").
 */
function isClausalLexiconCue(doc: Document, i: number, lo: number, hi: number, labels: Uint8Array): boolean {
  const t = doc.tokens[i];
  if (t.kind !== 'word' || t.cap || t.quoted || !wordSet('speech-verbs').has(t.lemma)) return false;
  if (i === lo || i + 2 >= hi) return false;
  const prev = doc.tokens[i - 1];
  if (PREPOSITIONS.has(prev.norm)) return false;
  const bare = t.norm === t.lemma;
  const subjectBefore = bare
    ? MODALS.has(prev.norm) ||
      NOMINATIVE_PRONOUNS.has(prev.norm) ||
      (prev.norm !== 'he' && (isRegularPlural(prev) || (prev.cap && pluralLemma(prev) !== null)))
    : prev.kind === 'word' && !NOUN_PHRASE_OPENERS.has(prev.norm) && prev.norm !== 'to';
  if (!subjectBefore) return false;
  const verbBefore = bare && MODALS.has(prev.norm) ? i - 2 : i - 1;
  for (let j = lo; j <= verbBefore; j++) if (labels[j - lo] !== 0 || mayBeFiniteVerb(doc, j)) return false;
  const next = doc.tokens[i + 1];
  if (next.norm === 'that' || WH_WORDS.has(next.norm)) return doc.tokens[i + 2].kind === 'word';
  if (!(NOUN_PHRASE_OPENERS.has(next.norm) || NOMINATIVE_PRONOUNS.has(next.norm))) return false;
  for (let j = i + 2; j < hi && j <= i + 5; j++) {
    const w = doc.tokens[j];
    if (w.kind !== 'word') return false;
    if (FINITE.has(w.norm)) return true;
  }
  return false;
}

/**
 * A lexicon cue at token i, or the auxiliary that opens one ("The United States [has accused]
 * Russia of ...": the tagger learned such cues as starting at "has", and a long name before it
 * had left "has" just under the generous margin, and "accused", scored as a start, far below).
 */
function lexiconCueAt(doc: Document, i: number, lo: number, hi: number): boolean {
  if (isLexiconCue(doc, i, lo, hi)) return true;
  return CUE_AUXILIARIES.has(doc.tokens[i].norm) && i + 1 < hi && isLexiconCue(doc, i + 1, lo, hi);
}

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
  for (let i = lo; i < hi; i++) {
    const t = doc.tokens[i];
    if (prev === 0 && (t.kind === 'punct' ? !PUNCT_CUES.has(t.text) : t.quoted || isQuoted(doc, i))) {
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
    if (label === 0 && scores[1] + CUE_START_MARGIN > scores[0]) label = 1;
    if (label === 0 && scores[1] + LEXICON_MARGIN > scores[0] && lexiconCueAt(doc, i, lo, hi)) label = 1;
    if (label === 0 && isDenialComment(doc, i, lo)) label = 1;
    if (label === 0 && scores[1] + CLAUSAL_MARGIN > scores[0] && isClausalLexiconCue(doc, i, lo, hi, labels))
      label = 1;
    if (label === 0 && scores[1] + CLAUSAL_MARGIN > scores[0] && isPassiveBySaying(doc, i, lo, hi)) label = 1;
    if (label === 0 && isHearingHeard(doc, i, lo, hi)) label = 1;
    // "The defendant allegedly forged …": an adverb of hearsay reports with no one named.
    if (label === 0 && prev === 0 && t.kind === 'word' && HEARSAY.has(t.norm) && !t.quoted) label = 1;
    if (label === 0 && scores[1] + RECEIVED_MARGIN > scores[0] && isReceivedSaying(doc, i, lo)) label = 1;
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
    if (label === 1 && prev === 0 && margins[i - lo] + CUE_START_MARGIN <= 0 && CUE_AUXILIARIES.has(t.norm))
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
  const { labels, scoresOut } = tagInto(doc, h, model, s.tokenStart, s.tokenEnd);
  const before = cues.length;
  let open: CueTokens | null = null;
  for (let k = 0; k < s.tokenEnd - s.tokenStart; k++) {
    const label = labels[k];
    const i = s.tokenStart + k;
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
  if (cues.length - before > MAX_CUES_PER_SENTENCE) keepSurest(cues, before);
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
