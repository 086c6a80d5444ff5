// Attribution: who says what. extractStatements(doc) finds cues with a trained tagger, then
// each cue's source and content from the shape of the reporting clause, resolves the
// speaker's name and classifies the stance of the statement.
import { hasLemma } from '../lexicon/wordnet.js';
import type { Span } from '../model.js';
import type { Document } from '../text/document.js';
import { addresseeOf } from './addressee.js';
import { loadEndModel } from './bounds.js';
import { findCues, loadCueModel } from './cues.js';
import { FILTER_FEATURES, frameScore, loadFilterModel, type FilterModel } from './filter.js';
import { DENSE_FEATURES, denseFeatures } from './filter-dense.js';
import { predictTrees } from '../learn/boosted-trees.js';
import type { LoadedModel } from './perceptron.js';
import { tokenHashes, type TokenHashes } from './features.js';
import { isQuoted } from './quotes.js';
import { titleQuoteEnd } from './titles.js';
import { isPageLabel } from './labels.js';
import { isNameRoll } from './name-rolls.js';
import { continueQuotations } from './continued-quotes.js';
import { quotesAfterGestures } from './gesture-quotes.js';
import { attributionView } from './resplit.js';
import { dropMediumEchoes } from './medium-echoes.js';
import { resolveSpeakers } from './speakers.js';
import { speakerMentions } from './speaker-mentions.js';
import type { Mentions } from './mentions.js';
import { finalContents } from './final-content.js';
import { dropNested } from './nesting.js';
import { repairSources } from './source-repairs.js';
import { END_MARGIN, settleFrames, type EndDecoding, type EndMemo, type EndSettings } from './settle.js';
import { frameOf, type Frame, type TokenRange } from './spans.js';
import { hasTellingCue, stanceOf } from './stance.js';
import { isJudged, keptUnjudged } from './kept-frames.js';

export { isJudged };
import { accusedByComment } from './comments.js';
import type { ContentSpan, Stance, Statement, StatementType } from './types.js';

export type { Statement, Stance, StatementType, ContentSpan } from './types.js';
export { STANCES } from './types.js';

function charSpan(doc: Document, [s, e]: TokenRange): Span {
  const start = doc.tokens[s].start;
  const end = doc.tokens[e - 1].end;
  return { start, end, text: doc.text.slice(start, end) };
}

/** Verbs of naming, whose "that" is an object, no conjunction ("called that a lie"). */
const NAMING_VERBS = new Set(['call', 'brand', 'label', 'dub', 'term']);

/**
 * direct: every word of the content is quoted (a leading "that" aside); indirect: none is; else
 * mixed. A quoted title is no quotation ("postponed her “Glasshouse” tour": indirect), unless it
 * is what the cue right before it says ("has been called the “Lion of the North”").
 */
function typeOf(doc: Document, pieces: TokenRange[], cueEnd: number): StatementType {
  let quoted = 0;
  let plain = 0;
  for (let k = 0; k < pieces.length; k++) {
    const s = pieces[k][0];
    const e = pieces[k][1];
    for (let i = s; i < e; i++) {
      const t = doc.tokens[i];
      if (t.kind === 'punct') {
        const title = i > cueEnd + 1 || i < cueEnd ? titleQuoteEnd(doc, i) : -1;
        if (title >= 0 && title < e) {
          plain += title - i - 1;
          i = title;
        }
        continue;
      }
      // (Not the object of a verb of naming: 'called that “a shameless lie”' is mixed.)
      if (i === s && t.norm === 'that' && !NAMING_VERBS.has(doc.tokens[cueEnd - 1]?.lemma ?? '')) continue;
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

export type { EndDecoding } from './settle.js';

/** A frame for each cue the tagger finds, as the reporting clause's shape gives it: the candidates. */
export function candidateFrames(doc: Document, h: TokenHashes, cueModel: LoadedModel): Frame[] {
  const frames: Frame[] = [];
  for (const cue of findCues(doc, cueModel, h)) {
    const frame = frameOf(doc, cue);
    // "Related: NATO allies weigh more troops": page furniture, not a statement.
    if (frame && !isPageLabel(doc, frame) && !isNameRoll(doc, frame)) frames.push(frame);
  }
  return frames;
}

/**
 * Candidates the statement filter keeps, plus those whose cue the tagger is sure of, "seem" and
 * "appear" cues, those built by explicit constructions and those whose cue carries a telling
 * stance ("accused", "denied", "warned", "welcomed").
 */
export function filterFrames(
  doc: Document,
  h: TokenHashes,
  frames: Frame[],
  filter: FilterModel,
  end: EndSettings,
  memo: EndMemo | null = null,
): Frame[] {
  const judged = new Uint8Array(frames.length);
  let any = false;
  for (let k = 0; k < frames.length; k++) {
    if (!keptUnjudged(doc, frames[k])) {
      judged[k] = 1;
      any = true;
    }
  }
  if (!any) return frames;
  // Each candidate's content as the steps after the filter would leave it if all were kept.
  const finals = finalContents(doc, h, frames, end, memo);
  // The filter compares a candidate with the others of its sentence: grouped once, not searched
  // for among all of the article's candidates each time.
  const bySentence = new Map<number, Frame[]>();
  for (const f of frames) {
    const group = bySentence.get(f.cue.sentence);
    if (group) group.push(f);
    else bySentence.set(f.cue.sentence, [f]);
  }
  const features = new Uint32Array(FILTER_FEATURES);
  const scores = new Float64Array(2);
  const dense = filter.boosted ? new Float64Array(DENSE_FEATURES.length) : null;
  const out: Frame[] = [];
  for (let k = 0; k < frames.length; k++) {
    const f = frames[k];
    if (judged[k] === 0) {
      out.push(f);
      continue;
    }
    const others = bySentence.get(f.cue.sentence) ?? frames;
    const margin = frameScore(doc, h, filter.model, f, features, scores, others, finals[k]);
    let keep: boolean;
    if (filter.boosted && dense) {
      // The perceptron's margin is the first of the numbers the boosted trees decide from.
      denseFeatures(doc, f, others, finals[k], margin, dense);
      keep = predictTrees(filter.boosted, dense) > (filter.boostedThreshold ?? 0);
    } else keep = margin > filter.threshold;
    // A cue with a telling stance is kept whatever the filter says (its stance is read only here,
    // for the candidates the filter drops: reading it for every candidate costs time).
    if (keep || hasTellingCue(doc, f)) out.push(f);
    else if (finals[k].nested && saysWithin(doc, f)) {
      // PolNeAR marks no statement inside another's content, so the filter learned to drop them;
      // one with a speaker and a plain verb of saying is kept to be reported within it.
      f.nestedOnly = true;
      out.push(f);
    }
  }
  return out;
}

/** A candidate with a speaker and a one-word cue of plain saying or believing the tagger scored
 *  above "no cue" (not "announced", "declared", "argued": as often acts or participles). */
function saysWithin(doc: Document, f: Frame): boolean {
  return (
    f.source !== null &&
    f.cue.last - f.cue.first === 1 &&
    (f.cue.score ?? 0) >= 0 &&
    PLAIN_SAYING.has(doc.tokens[f.cue.first].lemma)
  );
}
const PLAIN_SAYING = new Set(['say', 'tell', 'claim', 'insist', 'warn', 'predict', 'believe', 'think']);

/** The frames (token ranges) behind the statements; exported for evaluation and tests. */
export function extractFrames(doc: Document, options: ExtractOptions = {}): Frame[] {
  return extractFramesWithin(doc, options).frames;
}

/**
 * The frames behind the statements, and the statements each one's content reports in turn
 * ("Dorian Vale has denied the charges, his lawyer said": the denial, within the lawyer's).
 */
function extractFramesWithin(
  doc: Document,
  options: ExtractOptions,
): { frames: Frame[]; nested: Map<Frame, Frame[]> } {
  const h = tokenHashes(doc);
  let frames = candidateFrames(doc, h, options.cueModel ?? loadCueModel());
  const end = endSettings(options);
  const filter = options.filter === undefined ? loadFilterModel() : options.filter;
  // The end decisions of the filter's look ahead, reused when the kept contents are the same.
  const memo: EndMemo = new Map();
  if (filter) frames = filterFrames(doc, h, frames, filter, end, memo);
  const settled = settleFrames(doc, h, frames, end, null, memo);
  continueQuotations(doc, settled);
  for (const f of quotesAfterGestures(doc, settled)) settled.push(f);
  // A bare article or possessive is no speaker ("The [think] tank said"): such a frame goes before
  // the nesting rule, which would drop the statement inside its content.
  const nested = new Map<Frame, Frame[]>();
  const statements = dropNested(
    doc,
    // (A layout's "A:" is an interview's answer, no article.)
    dropMediumEchoes(
      doc,
      settled.filter((f) => f.content.length > 0 && (f.layout || !hasBareDeterminerSource(doc, f))),
    ),
    nested,
  );
  repairSources(doc, statements);
  for (const inner of nested.values()) repairSources(doc, inner);
  return { frames: statements, nested };
}

/** The content-end model and settings of the options (the shipped ones by default). */
export function endSettings(options: ExtractOptions): EndSettings {
  return {
    model: options.endModel ?? loadEndModel(),
    margin: options.endMargin ?? END_MARGIN,
    decoding: options.endDecoding ?? 'first',
  };
}

export function extractStatements(article: Document): Statement[] {
  return extractStatementsWith(article, {});
}

/** extractStatements with a chosen cue tagger or statement filter (for scripts). */
export function extractStatementsWith(article: Document, options: ExtractOptions): Statement[] {
  const doc = attributionView(article);
  const { frames, nested } = extractFramesWithin(doc, options);
  const mentions = speakerMentions(doc, frames);
  const names = resolveSpeakers(doc, frames, mentions);
  const innerNames = nested.size > 0 ? nestedNames(doc, frames, nested, mentions) : null;
  const out: Statement[] = [];
  const accused = accusedByComment(doc, frames);
  const statement = (f: Frame, name: string | null, calledACharge: boolean): Statement => ({
    speaker: f.source ? charSpan(doc, f.source) : null,
    speaker_name: name,
    cue: charSpan(doc, [f.cue.first, f.cue.last]),
    content: contentSpan(doc, f.content),
    type: typeOf(doc, f.content, f.cue.last),
    stance: accusedOr(stanceOf(doc, f), calledACharge),
    addressee: null,
    nested: [],
  });
  frames.forEach((f, k) => {
    const st = statement(f, names[k], accused.has(f));
    for (const g of nested.get(f) ?? []) {
      // (A source that repairSources left empty names no one: no statement of its own.)
      if (g.source) st.nested.push(statement(g, innerNames?.get(g) ?? null, false));
    }
    out.push(st);
  });
  // To whom each was said, read off the words around its cue in the article itself.
  for (const st of out) {
    st.addressee = addresseeOf(article, st);
    for (const inner of st.nested) inner.addressee = addresseeOf(article, inner);
  }
  return out;
}

/**
 * The speakers of the statements reported within others, resolved among all statements in text
 * order (a "he" inside a content may take up the speaker just before); the outer statements'
 * names are resolved without them, as PolNeAR's speakers are.
 */
function nestedNames(
  doc: Document,
  frames: Frame[],
  nested: Map<Frame, Frame[]>,
  mentions: Mentions,
): Map<Frame, string | null> {
  const all = [...frames];
  for (const inner of nested.values()) all.push(...inner);
  all.sort((a, b) => a.cue.first - b.cue.first);
  const names = resolveSpeakers(doc, all, mentions);
  const out = new Map<Frame, string | null>();
  all.forEach((f, k) => out.set(f, names[k]));
  return out;
}

/** A plain assertion a comment calls a charge accuses; other stances stay. */
function accusedOr(stance: Stance, calledACharge: boolean): Stance {
  return calledACharge && stance === 'assert' ? 'accuse' : stance;
}

/**
 * Is the frame's source a bare article or possessive? Then the "cue" was an adjective ("The
 * alleged plans") or a noun's first part ("The think tank said"); a possessive before a noun cue
 * is a speaker ("its earlier assurance that").
 */
function hasBareDeterminerSource(doc: Document, f: Frame): boolean {
  if (!f.source || f.source[1] - f.source[0] !== 1) return false;
  // "According to her, …": the object pronoun after the cue.
  if (f.source[0] >= f.cue.last && doc.tokens[f.source[0]].norm === 'her') return false;
  const text = doc.tokens[f.source[0]].text;
  return BARE_DETERMINER.test(text) && !(POSSESSIVE.test(text) && endsOnNoun(doc, f));
}

const BARE_DETERMINER = /^(?:the|a|an|its|their|his|her|our|my|your)$/i;
const POSSESSIVE = /^(?:its|their|his|her)$/i;

/** The cue is a short noun phrase ("earlier assurance", "claims of"), not a participle or adjective
 *  ("alleged") nor a longer run the tagger took for a cue ("central bank says"). */
function endsOnNoun(doc: Document, f: Frame): boolean {
  let last = f.cue.last - 1;
  if (last > f.cue.first && (doc.tokens[last].norm === 'of' || doc.tokens[last].norm === 'that')) last--;
  const t = doc.tokens[last];
  return (
    last - f.cue.first <= 1 && t.kind === 'word' && !/(?:ed|ing)$/.test(t.norm) && hasLemma(t.lemma, 'n')
  );
}
