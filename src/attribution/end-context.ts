// What the content-end decisions (bounds.ts) know about a statement besides the tokens they
// score: its cue (its lemma, whether it is a verb of speech, the subordinating word or relative
// pronoun opening its clause), where its content starts, its sentence's end and the content's
// first finite verb.
import { wordSet } from '../lexicon/load.js';
import type { Document } from '../text/document.js';
import { FINITE_MARK, type TokenHashes } from './features.js';
import { isQuoted } from './quotes.js';
import { FINITE } from './sources.js';

/** What the end decisions need to know about the statement: its cue and where its content starts. */
export interface EndContext {
  start: number;
  /** Sentence end (exclusive). */
  hi: number;
  cueLemma: number;
  speech: number;
  opener: number;
  /**
   * The subordinating word that opens the cue's clause ("While X said A, B", "Although X hoped A,
   * B"), or 0: such a content usually ends at the comma that closes the clause.
   */
  subordinator: number;
  /** 1 when the cue's source is a relative pronoun ("voters who say A were divided"). */
  relative: number;
  /** The first token from `start` on that may be a finite verb (mayBeFiniteVerb), or `hi`. */
  firstFinite: number;
}

const SUBORDINATORS = new Set([
  'although',
  'though',
  'while',
  'whereas',
  'as',
  'when',
  'if',
  'because',
  'after',
  'before',
  'since',
  'once',
  'until',
  'unless',
]);

const RELATIVES = new Set(['who', 'which', 'that']);
const ADVERB = /ly$/;

/** 1 when a relative pronoun stands right before the cue (adverbs and auxiliaries aside). */
function relativeBefore(doc: Document, cueFirst: number): number {
  for (let j = cueFirst - 1; j >= 0 && j >= cueFirst - 3; j--) {
    const t = doc.tokens[j];
    if (RELATIVES.has(t.norm)) return 1;
    if (!(ADVERB.test(t.norm) || FINITE.has(t.norm) || t.norm === 'also' || t.norm === 'not')) return 0;
  }
  return 0;
}

/** The subordinating word opening the clause of a cue at `cueFirst` (no comma between), or 0. */
function subordinatorOf(doc: Document, h: TokenHashes, lo: number, cueFirst: number): number {
  for (let j = cueFirst - 1; j >= lo; j--) {
    const t = doc.tokens[j];
    if (t.text === ',' || t.text === ';' || isQuoted(doc, j)) return 0;
    if (SUBORDINATORS.has(t.norm)) return h.word[j];
  }
  return 0;
}

/** The context of a content starting at token `start` after the cue [cueFirst, cueLast). */
export function endContext(
  doc: Document,
  h: TokenHashes,
  cueFirst: number,
  cueLast: number,
  start: number,
): EndContext {
  const core = wordSet('speech-core');
  let speech = 0;
  for (let i = cueFirst; i < cueLast; i++) if (core.has(doc.tokens[i].lemma)) speech = 1;
  const s = doc.sentences[doc.tokens[start].sentence];
  let firstFinite = start;
  while (firstFinite < s.tokenEnd && !(h.marks[firstFinite] & FINITE_MARK)) firstFinite++;
  return {
    start,
    hi: s.tokenEnd,
    cueLemma: h.lemma[cueLast - 1],
    speech,
    opener: h.word[start],
    subordinator: subordinatorOf(doc, h, doc.sentences[doc.tokens[cueFirst].sentence].tokenStart, cueFirst),
    relative: relativeBefore(doc, cueFirst),
    firstFinite,
  };
}
