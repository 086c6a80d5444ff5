// Attribution: who says what. extractStatements(doc) finds cues with a trained tagger, then
// each cue's source and content from the shape of the reporting clause, resolves the
// speaker's name and classifies the stance of the statement.
import { wordSet } from '../lexicon/load.js';
import { hasLemma } from '../lexicon/wordnet.js';
import type { Span } from '../model.js';
import type { Document } from '../text/document.js';
import { addresseeOf } from './addressee.js';
import { loadEndModel } from './bounds.js';
import { findCues, loadCueModel } from './cues.js';
import { isEvidenceHeard } from './lexicon-cues.js';
import { FILTER_FEATURES, frameScore, loadFilterModel, type FilterModel } from './filter.js';
import { DENSE_FEATURES, denseFeatures } from './filter-dense.js';
import { predictTrees } from '../learn/boosted-trees.js';
import type { LoadedModel } from './perceptron.js';
import { tokenHashes, type TokenHashes } from './features.js';
import { isCloseQuote, isOpenQuote, isQuoted } from './quotes.js';
import { isPageLabel } from './labels.js';
import { continueQuotations } from './continued-quotes.js';
import { quotesAfterGestures } from './gesture-quotes.js';
import { attributionView } from './resplit.js';
import { resolveSpeakers } from './speakers.js';
import { finalContents } from './final-content.js';
import { dropNested } from './nesting.js';
import { isReceivedFromNamed, repairSources } from './source-repairs.js';
import { isRaisingCue } from './passive.js';
import { END_MARGIN, settleFrames, type EndDecoding, type EndMemo, type EndSettings } from './settle.js';
import { frameOf, type Frame, type TokenRange } from './spans.js';
import { hasFiniteVerb } from './sources.js';
import { timePhrase } from './times.js';
import { mayBeFiniteVerb } from './word-forms.js';
import { hasTellingCue, isDirective, stanceOf } from './stance.js';
import { accusedByComment } from './comments.js';
import type { ContentSpan, Stance, Statement, StatementType } from './types.js';

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
    if (frame && !isPageLabel(doc, frame)) frames.push(frame);
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
  }
  return out;
}

/**
 * Does the statement filter decide on this candidate? A cue the tagger is sure of stays ("“X,” the
 * Kremlin said in a statement"), and so does a "seem"/"appear" cue, which PolNeAR mostly annotates
 * ("the supporters seemed unperturbed"), a frame built by an explicit construction, and a cue with
 * a telling stance: claims and denials are made of them.
 */
export function isJudged(doc: Document, f: Frame): boolean {
  return !keptUnjudged(doc, f) && !hasTellingCue(doc, f);
}

/** Kept before the filter reads it: a sure cue, a "seem"/"appear" cue or an explicit construction. */
function keptUnjudged(doc: Document, f: Frame): boolean {
  return (
    (f.cue.score !== null && f.cue.score >= SURE_CUE) ||
    isRaisingCue(doc, f) ||
    f.rule ||
    isFrontedTelling(doc, f) ||
    isFrontedSaying(doc, f) ||
    isCalledQuotation(doc, f) ||
    isReceivedFromNamed(doc, f) ||
    isEvidenceHeard(doc, f) ||
    isDirective(doc, f) ||
    isSaidQuotation(doc, f)
  );
}

/**
 * "… ― its founder said, “That is smart business.”": a speaker, a verb of saying, a comma or colon
 * and a quotation running to the sentence's end. The shape leaves no doubt; the filter, which
 * reads a cue the tagger was not sure of, could drop it.
 */
function isSaidQuotation(doc: Document, f: Frame): boolean {
  const { cue, source, content } = f;
  if (!source || source[1] !== cue.first || content.length !== 1 || cue.last - cue.first !== 1) return false;
  if (!wordSet('speech-core').has(doc.tokens[cue.first].lemma)) return false;
  const [s, e] = content[0];
  const mark = doc.tokens[cue.last]?.text;
  if (s !== cue.last + 1 || (mark !== ',' && mark !== ':') || !isOpenQuote(doc, s)) return false;
  let last = doc.sentences[cue.sentence].tokenEnd - 1;
  while (last > e && doc.tokens[last].kind === 'punct') last--;
  return isCloseQuote(doc, e - 1) && last < e;
}

/**
 * "Walking cuts the risk, a study suggests.", "…, study suggests" (a headline): a clause, its comma,
 * a speaker and an inflected verb of saying that ends the sentence. The shape leaves no doubt;
 * the filter, which reads the cue's words and the source, dropped such statements.
 */
function isFrontedSaying(doc: Document, f: Frame): boolean {
  const { cue, source, content } = f;
  if (!source || content.length !== 1 || cue.last - cue.first !== 1) return false;
  const verb = doc.tokens[cue.first];
  if (verb.norm === verb.lemma || !wordSet('speech-verbs').has(verb.lemma)) return false;
  const [s, e] = content[0];
  if (e > source[0] || doc.tokens[e]?.text !== ',' || source[0] !== e + 1 || source[1] !== cue.first)
    return false;
  if (source[1] - source[0] > 4) return false;
  // Nothing but the sentence's end after the cue.
  const end = doc.sentences[cue.sentence].tokenEnd;
  for (let i = cue.last; i < end; i++) if (doc.tokens[i].kind !== 'punct') return false;
  if (hasFiniteVerb(doc, [s, e])) return true;
  for (let i = s; i < e; i++) if (mayBeFiniteVerb(doc, i)) return true;
  return false;
}

/** Words of the object between "called" and the quotation it is called ("the summit"). */
const CALLED_OBJECT_WORDS = 5;

/**
 * "…, while its counterpart called the summit “a turning point”": a speaker, "called", its object
 * and the quoted words it was called. The quotation leaves no doubt that this is a saying, not a
 * naming ("a town called Hope"); the filter, which reads "called" as often a naming, dropped it.
 */
function isCalledQuotation(doc: Document, f: Frame): boolean {
  const { cue, source, content } = f;
  if (!source || content.length !== 1 || cue.last - cue.first !== 1 || doc.tokens[cue.first].lemma !== 'call')
    return false;
  const [s, e] = content[0];
  if (s !== cue.last || !isCloseQuote(doc, e - 1)) return false;
  for (let i = s; i < e && i - s <= CALLED_OBJECT_WORDS; i++) {
    const t = doc.tokens[i];
    if (isOpenQuote(doc, i)) return i > s;
    if (t.kind !== 'word') return false;
  }
  return false;
}

/** Verbs by which a document or a study reports a finding ("…, figures show."), or a body makes
 *  a fact known ("…, the firm confirmed on Thursday."). */
const FINDING_LEMMAS = new Set(['show', 'find', 'suggest', 'indicate']);
const DISCLOSING_LEMMAS = new Set(['confirm', 'reveal', 'disclose', 'announce', 'admit', 'acknowledge']);

/**
 * "The plan was shelved, people familiar with the matter told Reuters.": a clause, its comma, a
 * speaker and "told" with only its listener after it, to the sentence end; so too "Rents rose 9
 * percent, figures show." and "…, a survey found." with nothing after the verb (PolNeAR train and
 * dev: 21 of 27 such verbs after a clause are gold cues). The shape leaves no doubt, and the
 * filter, which reads the cue's words and the source's length, dropped it.
 */
function isFrontedTelling(doc: Document, f: Frame): boolean {
  const { cue, source, content } = f;
  const lemma = doc.tokens[cue.first].lemma;
  const telling = lemma === 'tell';
  if (
    !source ||
    content.length !== 1 ||
    cue.last - cue.first !== 1 ||
    (!telling && !FINDING_LEMMAS.has(lemma) && !DISCLOSING_LEMMAS.has(lemma))
  )
    return false;
  const [s, e] = content[0];
  if (e > source[0] || doc.tokens[e]?.text !== ',' || source[0] !== e + 1 || source[1] !== cue.first)
    return false;
  // Only a listener of up to four words after "told", a time after a disclosing verb ("confirmed
  // on Thursday"), nothing after the others, then the full stop.
  const end = doc.sentences[cue.sentence].tokenEnd;
  const stop = end - 1;
  const time = DISCLOSING_LEMMAS.has(lemma) ? timePhrase(doc, cue.last, stop) : 0;
  if (
    doc.tokens[stop].text !== '.' ||
    stop - cue.last - time > (telling ? 4 : 0) ||
    (telling && stop <= cue.last)
  )
    return false;
  for (let i = cue.last; i < stop; i++)
    if (doc.tokens[i].kind !== 'word' || doc.tokens[i].norm === 'that') return false;
  // What was told is a clause ("The plan was shelved"), not a noun phrase.
  if (hasFiniteVerb(doc, [s, e]) || doc.tokens.slice(s, e).some((t) => t.norm.endsWith('ed'))) return true;
  // "Rents rose 9 percent": an irregular past after the subject.
  for (let i = s + 1; i < e; i++) if (mayBeFiniteVerb(doc, i)) return true;
  return false;
}

/** The frames (token ranges) behind the statements; exported for evaluation and tests. */
export function extractFrames(doc: Document, options: ExtractOptions = {}): Frame[] {
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
  const statements = dropNested(
    doc,
    settled.filter((f) => f.content.length > 0 && !hasBareDeterminerSource(doc, f)),
  );
  repairSources(doc, statements);
  return statements;
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
  const frames = extractFrames(doc, options);
  const names = resolveSpeakers(doc, frames);
  const out: Statement[] = [];
  const accused = accusedByComment(doc, frames);
  frames.forEach((f, k) => {
    const speaker = f.source ? charSpan(doc, f.source) : null;
    out.push({
      speaker,
      speaker_name: names[k],
      cue: charSpan(doc, [f.cue.first, f.cue.last]),
      content: contentSpan(doc, f.content),
      type: typeOf(doc, f.content),
      stance: accusedOr(stanceOf(doc, f), accused.has(f)),
      addressee: null,
    });
  });
  // To whom each was said, read off the words around its cue in the article itself.
  for (const st of out) st.addressee = addresseeOf(article, st);
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
