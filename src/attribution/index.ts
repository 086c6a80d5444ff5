// Attribution: who says what. extractStatements(doc) finds cues with a trained tagger, then
// each cue's source and content from the shape of the reporting clause, resolves the
// speaker's name and classifies the stance of the statement.
import type { Span } from '../model.js';
import type { Document } from '../text/document.js';
import { addresseeOf } from './addressee.js';
import { endContext, END_FEATURES, globalEnd, learnedEnd, loadEndModel } from './bounds.js';
import { findCues, loadCueModel } from './cues.js';
import { FILTER_FEATURES, frameScore, loadFilterModel, type FilterModel } from './filter.js';
import type { LoadedModel } from './perceptron.js';
import { tokenHashes, type TokenHashes } from './features.js';
import { isQuoted } from './quotes.js';
import { attributionView } from './resplit.js';
import { resolveSpeakers } from './speakers.js';
import { clipOverlaps, extendOpenQuotations, extendQuotations, trimPiece } from './contents.js';
import { labelFrames } from './labels.js';
import { isRaisingCue, passiveWithoutAgent } from './passive.js';
import { frameOf, type Frame, type TokenRange } from './spans.js';
import { hasTellingCue, stanceOf } from './stance.js';
import type { ContentSpan, Statement, StatementType } from './types.js';

export type { Statement, Stance, StatementType, ContentSpan } from './types.js';
export { STANCES } from './types.js';

function charSpan(doc: Document, [s, e]: TokenRange): Span {
  const start = doc.tokens[s].start;
  const end = doc.tokens[e - 1].end;
  return { start, end, text: doc.text.slice(start, end) };
}

/** direct: every word of the content is quoted (a leading "that" aside); indirect: none is; else mixed. */
function typeOf(doc: Document, pieces: TokenRange[]): StatementType {
  let quoted = 0;
  let plain = 0;
  for (let k = 0; k < pieces.length; k++) {
    const s = pieces[k][0];
    const e = pieces[k][1];
    for (let i = s; i < e; i++) {
      const t = doc.tokens[i];
      if (t.kind === 'punct') continue;
      if (i === s && t.norm === 'that') continue;
      if (isQuoted(doc, i)) quoted++;
      else plain++;
    }
  }
  if (quoted > 0 && plain === 0) return 'direct';
  if (quoted === 0) return 'indirect';
  return 'mixed';
}

function contentSpan(doc: Document, pieces: TokenRange[]): ContentSpan {
  const whole = charSpan(doc, [pieces[0][0], pieces[pieces.length - 1][1]]);
  if (pieces.length === 1) return whole;
  return { ...whole, fragments: pieces.map((p) => charSpan(doc, p)) };
}

/**
 * A cue without its own source takes the source of the previous statement in the sentence when
 * it continues it: "X welcomed A and thanked B", "X said A, adding B".
 */
function inheritSources(doc: Document, frames: Frame[]): void {
  frames.forEach((f, k) => {
    const prev = k > 0 ? frames[k - 1] : null;
    // Guarded: a read out of bounds (a cue opening the document) throws away the compiled code.
    const before = f.cue.first > 0 ? doc.tokens[f.cue.first - 1] : undefined;
    const participle = doc.tokens[f.cue.first].norm.endsWith('ing') && before?.text === ',';
    const coordinated = before?.norm === 'and' || before?.norm === 'but';
    const sourceIsWeak =
      !f.source ||
      (f.source[1] - f.source[0] === 1 &&
        doc.tokens[f.source[0]].stop &&
        !PRONOUN.test(doc.tokens[f.source[0]].norm));
    if (!sourceIsWeak) return;
    if (
      prev &&
      prev.cue.sentence === f.cue.sentence &&
      prev.source &&
      (participle || coordinated || !f.source)
    ) {
      f.source = prev.source;
    } else if (participle) {
      // "Trump attacked the ruling, saying ...": the subject of the sentence speaks.
      f.source = sentenceSubject(doc, f.cue.sentence) ?? f.source;
    } else if (
      !f.source &&
      (doc.tokens[f.cue.first].norm.endsWith('ing') || coordinated) &&
      f.cue.first > doc.sentences[f.cue.sentence].tokenStart + 1
    ) {
      // "Trump took a heckler in stride, saying ...", "Fields tweeted a photograph and said ...",
      // with no earlier statement in the sentence to inherit from: the sentence's subject speaks.
      f.source = sentenceSubject(doc, f.cue.sentence) ?? f.source;
    } else if (!f.source && doc.tokens[f.cue.first].norm.endsWith('ing')) {
      // "Citing the report, Trump said ...": an opening participle is spoken by the main clause's subject.
      f.source = subjectAfterOpeningClause(doc, f) ?? f.source;
    }
  });
}

/** "Citing the report, Trump ...": the subject after the participial clause that opens the sentence. */
function subjectAfterOpeningClause(doc: Document, f: Frame): TokenRange | null {
  const s = doc.sentences[f.cue.sentence];
  if (f.cue.first !== s.tokenStart) return null;
  let comma = f.cue.last;
  while (comma < s.tokenEnd && doc.tokens[comma].text !== ',' && !isQuoted(doc, comma)) comma++;
  if (comma >= s.tokenEnd || doc.tokens[comma].text !== ',') return null;
  let end = comma + 1;
  while (
    end < s.tokenEnd &&
    end - comma <= 4 &&
    doc.tokens[end].kind === 'word' &&
    (doc.tokens[end].cap || PRONOUN.test(doc.tokens[end].norm))
  )
    end++;
  return end > comma + 1 ? [comma + 1, end] : null;
}
const PRONOUN = /^(he|she|they|we|i|it)$/;
const NOUN_PHRASE_OPENER = /^(the|a|an|he|she|they|it|we|i)$/;

/** The noun phrase opening a sentence ("The GOP nominee", "Trump"), if it opens with one. */
function sentenceSubject(doc: Document, sentence: number): TokenRange | null {
  const s = doc.sentences[sentence];
  const first = doc.tokens[s.tokenStart];
  if (!first || first.kind !== 'word' || (first.stop && !NOUN_PHRASE_OPENER.test(first.norm))) return null;
  let end = s.tokenStart;
  while (end < s.tokenEnd && end - s.tokenStart < 8) {
    const t = doc.tokens[end];
    const np =
      t.kind === 'word' &&
      (t.cap ||
        NOUN_PHRASE_OPENER.test(t.norm) ||
        (end > s.tokenStart && doc.tokens[end - 1].norm === 'the'));
    if (!np) break;
    end++;
  }
  return end > s.tokenStart ? [s.tokenStart, end] : null;
}

/**
 * A cue inside another statement's content is part of what that speaker said ("Clinton says
 * she hopes ..."): it is reported by the outer statement, not a statement of its own.
 */
function dropNested(doc: Document, frames: Frame[]): Frame[] {
  // A layout-marked line ("PENCE: ...") opens a statement of its own: content running over it
  // (a quotation left open across paragraphs) stops where the line starts.
  for (const g of frames) {
    if (!g.layout) continue;
    const start = Math.min(g.cue.first, g.source?.[0] ?? g.cue.first, g.content[0][0]);
    for (const f of frames) {
      if (f === g || !inContent(g.cue.first, f)) continue;
      const kept: TokenRange[] = [];
      for (const [s, e] of f.content) {
        const end = Math.min(e, start);
        if (hasWord(doc, s, end)) kept.push([s, end]);
      }
      f.content = kept;
    }
  }
  splitMutualNesting(doc, frames);
  const out: Frame[] = [];
  for (const f of frames) {
    if (f.content.length === 0) continue;
    let nested = false;
    for (const g of frames) if (g !== f && inContent(f.cue.first, g)) nested = true;
    if (!nested) out.push(f);
  }
  return out;
}

/**
 * "Western governments fear the forces are being readied for an invasion, something Moscow has
 * denied": each statement's content holds the other's cue, so the nesting rule would drop both.
 * The later one comments on what the earlier one reports: the earlier one's content ends before
 * the comment ("something", "which", "a claim" and its comma), and that is what the later one
 * denies or confirms.
 */
function splitMutualNesting(doc: Document, frames: Frame[]): void {
  for (const b of frames) {
    const bStart = b.source ? Math.min(b.source[0], b.cue.first) : b.cue.first;
    const bContent = b.content[b.content.length - 1];
    // The commenting statement's content lies before it.
    if (!bContent || bContent[1] > bStart) continue;
    for (const a of frames) {
      if (a === b || a.cue.first >= b.cue.first || !inContent(b.cue.first, a) || !inContent(a.cue.first, b))
        continue;
      // Back from the comment's start to the comma or dash that opens it.
      let cut = bStart;
      while (cut > a.cue.last && doc.tokens[cut - 1].kind === 'word' && bStart - cut < 4) cut--;
      while (cut > a.cue.last && doc.tokens[cut - 1].kind === 'punct') cut--;
      const clipped: TokenRange[] = [];
      for (const [s, e] of a.content) if (s < cut) clipped.push([s, Math.min(e, cut)]);
      if (clipped.length === 0 || !clipped.some(([s, e]) => hasWord(doc, s, e))) continue;
      a.content = clipped;
      // A loop, not map(): map makes a holey array, another hidden class than the pushed ones, and
      // the code reading contents was thrown away on meeting it.
      const copy: TokenRange[] = [];
      for (const [s, e] of clipped) copy.push([s, e]);
      b.content = copy;
    }
  }
}

/** Is token i inside one of frame f's content pieces? */
function inContent(i: number, f: Frame): boolean {
  for (const [s, e] of f.content) if (i >= s && i < e) return true;
  return false;
}

/** Does [s, e) hold a token that is not punctuation? */
function hasWord(doc: Document, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (doc.tokens[i].kind !== 'punct') return true;
  return false;
}

/** How far "stop" must outscore "continue" to end a content early (chosen on the dev split). */
const END_MARGIN = 5;
/** Content after its cue ends where the learned end model says it stops (see bounds.ts). */
function cutContentEnds(
  doc: Document,
  h: TokenHashes,
  frames: Frame[],
  model: LoadedModel,
  margin: number,
  decoding: EndDecoding,
): void {
  const decide = decoding === 'global' ? globalEnd : learnedEnd;
  const features = new Uint32Array(END_FEATURES);
  const scores = new Float64Array(2);
  for (const f of frames) {
    const pieces: TokenRange[] = [];
    for (const [s, e] of f.content) {
      let piece: TokenRange = [s, e];
      if (s >= f.cue.last) {
        const ctx = endContext(doc, h, f.cue.first, f.cue.last, s);
        piece = trimPiece(doc, [s, decide(doc, h, model, ctx, e, margin, features, scores)]);
      }
      if (piece[1] > piece[0]) pieces.push(piece);
    }
    f.content = pieces;
  }
}

/** Options of extractFrames, for training and evaluation scripts. */
export interface ExtractOptions {
  /** The cue tagger (default: the shipped model). */
  cueModel?: LoadedModel;
  /** The statement filter (default: the shipped model); null keeps every candidate. */
  filter?: FilterModel | null;
  /** The content-end model (default: the shipped model) and its margin (default END_MARGIN). */
  endModel?: LoadedModel;
  endMargin?: number;
  /** How the end model's scores pick the end (default: the first stop past the margin). */
  endDecoding?: EndDecoding;
}

/** "first": the first token where stopping wins by the margin; "global": the best end as a whole. */
export type EndDecoding = 'first' | 'global';

/** A frame for each cue the tagger finds, as the reporting clause's shape gives it: the candidates. */
export function candidateFrames(doc: Document, h: TokenHashes, cueModel: LoadedModel): Frame[] {
  const frames: Frame[] = [];
  for (const cue of findCues(doc, cueModel, h)) {
    const frame = frameOf(doc, cue);
    if (frame) frames.push(frame);
  }
  return frames;
}

/**
 * How far above "no cue" the tagger's score for a cue must be for the statement filter to keep
 * it whatever it says (chosen by 4-fold cross-validation on train; docs/attribution.md).
 */
const SURE_CUE = 40;

/**
 * Candidates the statement filter keeps, plus those whose cue the tagger is sure of, "seem" and
 * "appear" cues, those built by explicit constructions and those whose cue carries a telling
 * stance ("accused", "denied", "warned", "welcomed").
 */
export function filterFrames(doc: Document, h: TokenHashes, frames: Frame[], filter: FilterModel): Frame[] {
  const features = new Uint32Array(FILTER_FEATURES);
  const scores = new Float64Array(2);
  return frames.filter((f) => {
    // A cue the tagger is sure of stays ("“X,” the Kremlin said in a statement"), and so does a
    // "seem"/"appear" cue, which PolNeAR mostly annotates ("the supporters seemed unperturbed").
    if ((f.cue.score !== null && f.cue.score >= SURE_CUE) || isRaisingCue(doc, f)) return true;
    // Cues with a telling stance are kept whatever the filter says: claims and denials are made of them.
    if (f.rule || frameScore(doc, h, filter.model, f, features, scores, frames) > filter.threshold)
      return true;
    return hasTellingCue(doc, f);
  });
}

/** The frames (token ranges) behind the statements; exported for evaluation and tests. */
export function extractFrames(doc: Document, options: ExtractOptions = {}): Frame[] {
  const h = tokenHashes(doc);
  let frames = candidateFrames(doc, h, options.cueModel ?? loadCueModel());
  const filter = options.filter === undefined ? loadFilterModel() : options.filter;
  if (filter) frames = filterFrames(doc, h, frames, filter);
  const layout = labelFrames(doc, frames);
  if (layout.length > 0) {
    const cues = new Set(layout.map((f) => f.cue.first));
    frames = [...frames.filter((f) => !cues.has(f.cue.first)), ...layout].sort(
      (a, b) => a.cue.first - b.cue.first,
    );
  }
  inheritSources(doc, frames);
  for (const f of frames) if (!f.rule) passiveWithoutAgent(doc, f);
  extendQuotations(doc, frames);
  extendOpenQuotations(doc, frames);
  clipOverlaps(doc, frames);
  for (const f of frames) {
    const pieces: TokenRange[] = [];
    for (const p of f.content) {
      const piece = trimPiece(doc, p);
      if (piece[1] > piece[0]) pieces.push(piece);
    }
    f.content = pieces;
  }
  cutContentEnds(
    doc,
    h,
    frames,
    options.endModel ?? loadEndModel(),
    options.endMargin ?? END_MARGIN,
    options.endDecoding ?? 'first',
  );
  return dropNested(
    doc,
    frames.filter((f) => f.content.length > 0),
  );
}

export function extractStatements(article: Document): Statement[] {
  return extractStatementsWith(article, {});
}

/** extractStatements with a chosen cue tagger or statement filter (for scripts). */
export function extractStatementsWith(article: Document, options: ExtractOptions): Statement[] {
  const doc = attributionView(article);
  const frames = extractFrames(doc, options);
  const names = resolveSpeakers(doc, frames);
  const out: Statement[] = [];
  frames.forEach((f, k) => {
    const speaker = f.source ? charSpan(doc, f.source) : null;
    // A bare article or possessive is no speaker: the "cue" was an adjective ("The alleged plans").
    if (speaker && BARE_DETERMINER.test(speaker.text)) return;
    out.push({
      speaker,
      speaker_name: names[k],
      cue: charSpan(doc, [f.cue.first, f.cue.last]),
      content: contentSpan(doc, f.content),
      type: typeOf(doc, f.content),
      stance: stanceOf(doc, f),
      addressee: null,
    });
  });
  // To whom each was said, read off the words around its cue in the article itself.
  for (const st of out) st.addressee = addresseeOf(article, st);
  return out;
}

const BARE_DETERMINER = /^(?:the|a|an|its|their|his|her|our|my|your)$/i;
