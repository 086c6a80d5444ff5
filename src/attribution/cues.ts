// Finds cue words ("said", "told reporters", "according to", "warned") with a trained
// averaged-perceptron tagger (B/I/O over tokens, greedy left to right).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { wordSet } from '../lexicon/load.js';
import type { Document } from '../text/document.js';
import { cueFeatures, MAX_FEATURES, tokenHashes, type TokenHashes } from './features.js';
import { loadModel, predictLabel, type LoadedModel, type PerceptronModel } from './perceptron.js';
import { hasFiniteVerb, PRONOUN_SUBJECTS } from './sources.js';

export const CUE_LABELS = ['O', 'B', 'I'];
/** How far below "no cue" a lexicon verb of saying may score and still be taken as a cue. */
const LEXICON_MARGIN = 30;
/**
 * How far below "no cue" a token may score and still start a cue. Generous on purpose: the
 * statement filter (filter.ts) then drops the candidates that are not statements. Chosen with
 * the filter by cross-validation on the train split (scripts/attribution/train-filter.ts).
 */
const CUE_START_MARGIN = 22;
export const CUE_MODEL_PATH = fileURLToPath(
  new URL('../../data/attribution/cue-model.json', import.meta.url),
);

/** A cue as a token range [first, last) within one sentence. */
export interface CueTokens {
  first: number;
  last: number;
  sentence: number;
  /** How far the tagger's score for starting a cue here was above "no cue" (may be negative). */
  score?: number;
}

let cached: LoadedModel | null = null;
export function loadCueModel(): LoadedModel {
  if (!cached) {
    if (!existsSync(CUE_MODEL_PATH)) throw new Error(`attribution cue model missing: ${CUE_MODEL_PATH}`);
    cached = loadModel(JSON.parse(readFileSync(CUE_MODEL_PATH, 'utf8')) as PerceptronModel);
  }
  return cached;
}

export function sentenceHasQuote(doc: Document, lo: number, hi: number): boolean {
  for (let j = lo; j < hi; j++) if (doc.tokens[j].quoted) return true;
  return false;
}

const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  'this',
  'these',
  'those',
]);
const PUNCT_CUES = new Set([':', '—', '―', '–', '-']);
const VERB_FORM = /(?:ed|s)$/;

/** A verb of saying from the lexicon, used as a verb ("stated that", "informed reporters"), outside quotations. */
function isLexiconCue(doc: Document, i: number, lo: number, hi: number): boolean {
  const t = doc.tokens[i];
  if (t.kind !== 'word' || t.quoted || !wordSet('speech-verbs').has(t.lemma)) return false;
  if (t.lemma === t.norm && !VERB_FORM.test(t.norm)) return false; // bare "say"/"claim": often a noun or infinitive
  const prev = i > lo ? doc.tokens[i - 1] : null;
  if (prev && (DETERMINERS.has(prev.norm) || prev.norm === 'to')) return false;
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

// Scratch buffers of the tagger (one tagging runs at a time: JavaScript is single-threaded).
const FEATURES = new Uint32Array(MAX_FEATURES);
const SCORES = new Float64Array(CUE_LABELS.length);

/** Tags one sentence; returns the label index of each token. */
export function tagSentence(
  doc: Document,
  h: TokenHashes,
  model: LoadedModel,
  lo: number,
  hi: number,
  margins?: number[],
): number[] {
  const out: number[] = [];
  const quoted = sentenceHasQuote(doc, lo, hi);
  const features = FEATURES;
  const scores = SCORES;
  let prev = 0;
  for (let i = lo; i < hi; i++) {
    const t = doc.tokens[i];
    if (prev === 0 && (t.kind === 'punct' ? !PUNCT_CUES.has(t.text) : t.quoted)) {
      // Words inside a quotation are what is said, not who says it, and only a few punctuation
      // marks introduce speech (":", dashes): skip the rest (saves most of the cost).
      out.push(0);
      margins?.push(-99);
      continue;
    }
    const count = cueFeatures(doc, h, i, lo, hi, prev, quoted, features);
    let label = predictLabel(model, features, count, scores);
    margins?.push(scores[1] - scores[0]);
    // Lean towards starting a cue: the tagger, trained on sparse positives, under-predicts them.
    if (label === 0 && scores[1] + CUE_START_MARGIN > scores[0]) label = 1;
    if (label === 0 && scores[1] + LEXICON_MARGIN > scores[0] && isLexiconCue(doc, i, lo, hi)) label = 1;
    if (label === 2 && prev === 0) label = 1; // an I cannot start a cue
    out.push(label);
    prev = label;
  }
  return out;
}

export function findCues(
  doc: Document,
  model: LoadedModel = loadCueModel(),
  h: TokenHashes = tokenHashes(doc),
): CueTokens[] {
  const cues: CueTokens[] = [];
  doc.sentences.forEach((s, si) => {
    const margins: number[] = [];
    const labels = tagSentence(doc, h, model, s.tokenStart, s.tokenEnd, margins);
    let open: CueTokens | null = null;
    labels.forEach((label, k) => {
      const i = s.tokenStart + k;
      if (label === 1) {
        if (open) cues.push(open);
        open = { first: i, last: i + 1, sentence: si, score: margins[k] };
      } else if (label === 2 && open) open.last = i + 1;
      else if (label === 0 && open) {
        cues.push(open);
        open = null;
      }
    });
    if (open) cues.push(open);
  });
  for (const c of cues) trimSubject(doc, h, c);
  return cues.filter((c) => !isPluralNounSubject(doc, c));
}

const GAP_OPENERS = new Set(['that', 'which', 'who', 'what', 'everything', 'anything']);
const PARTICLES = new Set(['up', 'out', 'back', 'down', 'off', 'over', 'in', 'on', 'away', 'about']);

/**
 * "The US intelligence claims come as ...", "the reports suggest ...": a plural noun followed by
 * the sentence's verb is the subject, not a cue (a verb in -s is not followed by a bare verb).
 */
function isPluralNounSubject(doc: Document, c: CueTokens): boolean {
  const t = doc.tokens[c.first];
  const next = doc.tokens[c.first + 1];
  const prev = doc.tokens[c.first - 1];
  if (!next || !prev || t.norm === t.lemma || !t.norm.endsWith('s') || next.sentence !== t.sentence)
    return false;
  if (
    prev.kind !== 'word' ||
    prev.cap ||
    PRONOUN_SUBJECTS.has(prev.norm) ||
    next.cap ||
    PARTICLES.has(next.norm)
  )
    return false;
  // "a rise that the agency predicts will last": a relative clause, the verb's object gapped.
  for (let j = Math.max(0, c.first - 4); j < c.first; j++)
    if (GAP_OPENERS.has(doc.tokens[j].norm)) return false;
  return hasFiniteVerb(doc, [c.first + 1, c.first + 2]) || ARRIVAL_VERBS.has(next.norm);
}

/** Verbs that follow a noun subject ("the claims come as ...") and never a verb of saying. */
const ARRIVAL_VERBS = new Set(['come', 'came', 'follow', 'followed', 'emerged', 'surfaced']);

const SUBJECT_CONTRACTION = /^(?:he|she|it|they|we|i|who)[’'](?:s|re|ve|d|ll|m)$/;

/**
 * A generous cue start can swallow the end of the subject ("Zero [Hedge asked]", "[He’s
 * claiming]"): leading capitalised words (not opening the sentence) and pronoun contractions
 * leave the cue when a verb follows them in it.
 */
function trimSubject(doc: Document, h: TokenHashes, c: CueTokens): void {
  const sentenceStart = doc.sentences[c.sentence].tokenStart;
  let first = c.first;
  while (first + 1 < c.last) {
    const t = doc.tokens[first];
    const subject =
      t.kind === 'word' &&
      ((t.cap && first > sentenceStart && !t.quoted) || SUBJECT_CONTRACTION.test(t.norm));
    // "His [views were echoed by]": a plain word before an auxiliary is the subject's head.
    const beforeAuxiliary =
      t.kind === 'word' &&
      !t.norm.endsWith('ly') &&
      !hasFiniteVerb(doc, [first, first + 1]) &&
      hasFiniteVerb(doc, [first + 1, first + 2]);
    if (!beforeAuxiliary && (!subject || !h.verb[first + 1])) break;
    first++;
  }
  c.first = first;
}
