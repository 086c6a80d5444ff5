// What happens to the statements the filter keeps, before nesting is resolved: layout-marked
// statements join them, cues without a source inherit one, agentless passives lose theirs,
// quotations are followed, contents yield to other statements and the learned end model cuts
// the contents that follow their cue. The statement filter runs the same steps on a copy of all
// candidates to see each content as it will finally be (final-content.ts).
import { wordSet } from '../lexicon/load.js';
import { hasLemma } from '../lexicon/wordnet.js';
import { isAgentNoun } from './agents.js';
import { beforeSpeakerTail } from './speaker-tail.js';
import type { Document } from '../text/document.js';
import { endContext, globalEnd, learnedEnd, END_FEATURES } from './bounds.js';
import { clipOverlaps, extendOpenQuotations, extendQuotations, trimPiece } from './contents.js';
import type { TokenHashes } from './features.js';
import { headlineSubject, isHeadlineSentence } from './headline.js';
import { labelFrames } from './labels.js';
import { passiveWithoutAgent } from './passive.js';
import type { LoadedModel } from './perceptron.js';
import { isQuoted } from './quotes.js';
import { afterDateline } from './datelines.js';
import { sentenceSubject, subjectAt } from './sentence-subject.js';
import { coordinatedAsideSubject, coordinatedRelative } from './coordinated-subjects.js';
import { openingParticipleClause, pastOpeningPhrases } from './opening-phrases.js';
import { clauseSpeakerBefore, prepositionClauseSubject } from './preposition-participles.js';
import { relativeOfConjunct } from './relative-reach.js';
import { beforeCueWords, isAbbreviationDot, sourceBefore } from './sources.js';
import {
  beforeNarratorComment,
  cutBeforeJoinedThatClause,
  cutBeforeNamedComplement,
  cutBeforeTimedComplement,
  cutInsideSubject,
  quotationGoesOn,
} from './end-overrides.js';
import { beforeTrailingTime } from './trailing-times.js';
import { verbAfterSubjectAside } from './subject-asides.js';
import { cutAfterAbbreviation } from './abbreviation-cuts.js';
import { runOnAfterColons, takeBlockAfterColon } from './colon-quotations.js';
import { afterAsides, cutBeforeInfinitive, timeClauseOfInfinitive } from './content-asides.js';
import { ASKING_PARTICIPLES, opensThatClause } from './word-forms.js';
import type { CueTokens } from './types.js';
import type { Frame, TokenRange } from './spans.js';

/** "first": the first token where stopping wins by the margin; "global": the best end as a whole. */
export type EndDecoding = 'first' | 'global';

/** The content-end model and how it decides. */
export interface EndSettings {
  model: LoadedModel;
  margin: number;
  decoding: EndDecoding;
}

/**
 * A cue without its own source takes the source of the previous statement in the sentence when
 * it continues it: "X welcomed A and thanked B", "X said A, adding B".
 */
function inheritSources(doc: Document, frames: Frame[]): void {
  frames.forEach((f, k) => {
    // Guarded: a read out of bounds (a cue opening the document) throws away the compiled code.
    const before = f.cue.first > 0 ? doc.tokens[f.cue.first - 1] : undefined;
    const participle = doc.tokens[f.cue.first].norm.endsWith('ing') && before?.text === ',';
    let prev = k > 0 ? (participle ? outerOf(doc, frames, k - 1) : frames[k - 1]) : null;
    // "After thanking the crowd, she …", "Having heard the plea, Judge Marr …": the main clause speaks.
    const opening = openingSubject(doc, f);
    if (opening) {
      f.source = opening;
      return;
    }
    // "… and said", "… but otherwise said": an adverb may stand between the conjunction and the cue.
    const lo = doc.sentences[f.cue.sentence].tokenStart;
    const j = f.cue.first > lo ? beforeCueWords(doc, f.cue.first - 1, lo) : -1;
    const conjunction = j >= lo ? doc.tokens[j].norm : '';
    const coordinated = conjunction === 'and' || conjunction === 'but';
    // "Lenk said the attack was bold and the attribution appeared solid but cautioned …": a thing
    // that cannot speak hands the saying on to the speaker before it in the sentence.
    if (coordinated && prev?.source && !maySpeak(doc, prev.source))
      for (let i = k - 2; i >= 0 && frames[i].cue.sentence === f.cue.sentence; i--)
        if (frames[i].source && maySpeak(doc, frames[i].source!)) {
          prev = frames[i];
          break;
        }
    // A participle after a preposition ("by telling", "for acknowledging"): whatever stands
    // before the preposition is no speaker of its own.
    // (Not a passive: "after being nominated by …".)
    const afterPreposition =
      j >= lo &&
      doc.tokens[f.cue.first].norm.endsWith('ing') &&
      doc.tokens[f.cue.first].norm !== 'being' &&
      PARTICIPLE_PREPOSITIONS.has(conjunction);
    if (afterPreposition) {
      // "He courted students last month by telling them …", "She was attacked for acknowledging
      // that …": the subject of the clause holding the preposition speaks.
      // "…, the company said, without disclosing whether …": after a comma, the clause before speaks.
      const subject =
        clauseSpeakerBefore(doc, j, prev) ??
        clauseSubject(doc, j) ??
        (doc.tokens[j - 1]?.text === ',' && prev?.cue.sentence === f.cue.sentence ? prev.source : null) ??
        prepositionClauseSubject(doc, j);
      if (subject) {
        f.source = subject;
        return;
      }
    }
    const sourceIsWeak =
      !f.source ||
      (f.source[1] - f.source[0] === 1 &&
        doc.tokens[f.source[0]].stop &&
        !PRONOUN.test(doc.tokens[f.source[0]].norm)) ||
      // "Asked about the delay, Munsey declined to comment, saying …": the question is no speaker.
      ASKING_PARTICIPLES.has(doc.tokens[f.source[0]].norm);
    if (!sourceIsWeak) return;
    // "…, and when pressed on the cost, she replied": whoever pressed her is not named.
    if (PASSIVE_LEADS.has(conjunction) && PAST_PARTICIPLE.test(doc.tokens[f.cue.first].norm)) return;
    // "Tarn, who saw the crash and described it": the relative pronoun both verbs share.
    const shared = coordinated ? relativeOfConjunct(doc, j, lo) : null;
    if (shared) {
      f.source = shared;
      return;
    }
    if (
      prev &&
      prev.cue.sentence === f.cue.sentence &&
      prev.source &&
      (participle || coordinated || !f.source)
    ) {
      f.source = prev.source;
    } else if (participle) {
      // "The embargo will widen, the ministry stated, adding …": the reporting clause before the
      // comma speaks, whether or not its own statement was kept.
      const verb = doc.tokens[f.cue.first - 2];
      if (
        verb?.kind === 'word' &&
        verb.norm !== verb.lemma &&
        verb.sentence === f.cue.sentence &&
        wordSet('speech-verbs').has(verb.lemma)
      ) {
        const reporter = sourceBefore(doc, f.cue.first - 2, lo);
        if (reporter) {
          f.source = reporter;
          return;
        }
      }
      // "Trump attacked the ruling, saying ...": the subject of the sentence speaks, unless it
      // cannot and a subordinate clause's subject can ("Shares fell after the company cut its
      // forecast, blaming ...").
      const main = sentenceSubject(doc, f.cue.sentence);
      f.source = (main && subordinateSpeaker(doc, main, f.cue.first - 1)) ?? main ?? f.source;
    } else if (
      !f.source &&
      (doc.tokens[f.cue.first].norm.endsWith('ing') || coordinated) &&
      f.cue.first > doc.sentences[f.cue.sentence].tokenStart + 1
    ) {
      // "Trump took a heckler in stride, saying ...", "Fields tweeted a photograph and said ...",
      // with no earlier statement in the sentence to inherit from: the sentence's subject speaks
      // (or the first predicate's relative pronoun or subject set off by asides: coordinated-subjects.ts).
      const relative = coordinated ? coordinatedRelative(doc, j, lo) : null;
      f.source =
        relative ??
        sentenceSubject(doc, f.cue.sentence) ??
        (coordinated ? coordinatedAsideSubject(doc, j, lo, f.cue.sentence) : null) ??
        f.source;
    } else if (!f.source && doc.tokens[f.cue.first].norm.endsWith('ing')) {
      // "Citing the report, Trump said ...": an opening participle is spoken by the main clause's subject.
      f.source = subjectAfterOpeningClause(doc, f) ?? f.source;
    } else if (!f.source && before?.text === ',' && isHeadlineSentence(doc, f.cue.sentence)) {
      // "Regulator sues stablecoin issuer, says reserves were missing": a headline's second verb
      // is its subject's, whether or not the first made a statement.
      f.source = headlineSubject(doc) ?? f.source;
    }
  });
}

/** The main clause's subject for a participle cue in a phrase opening its sentence ("After
 *  thanking the crowd, she …"), or for one after the main clause whose source was read in such a
 *  phrase ("Hours later, Vance returned …, telling …" took "Hours"); null otherwise. */
function openingSubject(doc: Document, f: Frame): TokenRange | null {
  const s = doc.sentences[f.cue.sentence];
  if (isHeadlineSentence(doc, f.cue.sentence)) return null;
  const start = afterDateline(doc, s.tokenStart, f.cue.first);
  let main = openingParticipleClause(doc, f.cue.first, start);
  if (main < 0) {
    const cue = doc.tokens[f.cue.first];
    if (!f.source || !cue.norm.endsWith('ing') || cue.norm === cue.lemma) return null;
    main = pastOpeningPhrases(doc, start, s.tokenEnd);
    if (main <= start || f.source[1] > main || f.cue.first < main) return null;
  } else if (f.source && f.source[0] >= main) return null;
  return subjectAt(doc, main, s.tokenEnd);
}

/** May the span's head speak: a name, a pronoun, or a noun of a person, body or group? */
function maySpeak(doc: Document, [, e]: TokenRange): boolean {
  const head = doc.tokens[e - 1];
  return head.kind !== 'word' || head.cap || PRONOUN.test(head.norm) || isAgentNoun(head.lemma);
}

/**
 * Frame k, or the frame before it in the sentence whose "that" clause holds its cue: "Sharpe
 * denied that the council [had ignored] warnings, insisting …" goes on with Sharpe's statement,
 * not with the candidate inside it.
 */
function outerOf(doc: Document, frames: readonly Frame[], k: number): Frame {
  const f = frames[k];
  for (let j = 0; j < k; j++) {
    const g = frames[j];
    const [s, e] = g.content[0] ?? [0, 0];
    if (g.cue.sentence === f.cue.sentence && opensThatClause(doc, s) && s <= f.cue.first && f.cue.first < e)
      return g;
  }
  return f;
}

/** A past participle's ending ("pressed", "asked"). */
const PAST_PARTICIPLE = /ed$/;

/** Words before a passive participle that make it a clause with no subject ("when asked"). */
const PASSIVE_LEADS = new Set(['when', 'if', 'once', 'unless']);

/** Words opening a subordinate clause whose subject may speak the participle after it. */
const SUBORDINATORS = new Set([
  'after',
  'when',
  'as',
  'because',
  'since',
  'while',
  'before',
  'until',
  'once',
]);

/**
 * "Talks broke down after the delegation walked out, accusing …": when the sentence's subject
 * names no one who can speak (its head no person, body or group in WordNet, nor a name or a
 * pronoun) and the clause just before the participle's comma opens with a subordinating word and
 * a subject that can, that subject speaks. Null otherwise.
 */
function subordinateSpeaker(doc: Document, main: TokenRange, comma: number): TokenRange | null {
  const head = doc.tokens[main[1] - 1];
  const opensSentence = main[1] - main[0] === 1;
  if (head.kind !== 'word' || PRONOUN.test(head.norm) || (head.cap && !opensSentence)) return null;
  if (!hasLemma(head.lemma, 'n') || isAgentNoun(head.lemma)) return null;
  for (let j = comma - 1; j >= main[1] && comma - j <= CLAUSE_REACH; j--) {
    const t = doc.tokens[j];
    if (t.kind === 'punct' && !isAbbreviationDot(doc, j)) return null;
    if (!SUBORDINATORS.has(t.norm) || isQuoted(doc, j)) continue;
    const subject = subjectAt(doc, j + 1, comma);
    if (!subject) return null;
    const last = doc.tokens[subject[1] - 1];
    const agent = last.cap || PRONOUN.test(last.norm) || isAgentNoun(last.lemma);
    return agent && last.norm !== 'it' ? subject : null;
  }
  return null;
}

/** Words before a participle whose subject is the clause's ("by telling", "while talking"). */
const PARTICIPLE_PREPOSITIONS = new Set([
  ...['by', 'for', 'of', 'about', 'from', 'without', 'in', 'on'],
  // ("who has stumbled while talking about …", "told the radio after hinting …")
  ...['while', 'after', 'before'],
]);

/** Tokens back from a participle's preposition within which its clause's start is looked for. */
const CLAUSE_REACH = 60;

/**
 * The subject of the clause holding token `at`: the noun phrase after the last comma, semicolon or
 * dash before it (outside quotations), or opening the sentence.
 */
function clauseSubject(doc: Document, at: number): TokenRange | null {
  const s = doc.sentences[doc.tokens[at].sentence];
  let start = at;
  // Bounded, as a hostile sentence may hold thousands of such participles and no comma.
  while (start > s.tokenStart && at - start < CLAUSE_REACH) {
    const t = doc.tokens[start - 1];
    if ((t.text === ',' || t.text === ';' || t.text === '—') && !isQuoted(doc, start - 1)) break;
    start--;
  }
  if (at - start >= CLAUSE_REACH && start > s.tokenStart) return null;
  if (start === s.tokenStart) start = afterDateline(doc, s.tokenStart, s.tokenEnd);
  const subject = subjectAt(doc, start, at);
  return subject && subject[1] <= at ? subject : null;
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
/** How far "stop" must outscore "continue" to end a content early (chosen on the dev split). */
export const END_MARGIN = 5;
/** What the end model did to a frame's last content piece after its cue (for the statement filter). */
export interface EndNote {
  /** The piece's end before the cut and after it (token indexes, exclusive). */
  before: number;
  after: number;
  /** The end model's margin of "stop" at the chosen end, or its highest one when it ran on. */
  margin: number;
}

/**
 * End decisions already made in a document, per cue: the statement filter's look ahead settles
 * every candidate, and the contents of the candidates it keeps are mostly the same pieces then.
 * For each cue, [piece start, piece end, end before the cut, settled start, settled end, margin]
 * sextuples: the whole of what cutContentEnds makes of a piece, speaker tail and overrides included.
 */
export type EndMemo = Map<CueTokens, number[]>;

/** Numbers per piece in an EndMemo entry. */
const MEMO_STRIDE = 6;

/** The end model's working arrays, made once: typed arrays made per call cost more than the
 *  decisions the memo leaves to make. */
const END_SCRATCH = {
  features: new Uint32Array(END_FEATURES),
  scores: new Float64Array(2),
  margin: new Float64Array(1),
};

/** Content after its cue ends where the learned end model says it stops (see bounds.ts). */
function cutContentEnds(
  doc: Document,
  h: TokenHashes,
  frames: Frame[],
  end: EndSettings,
  notes: Map<Frame, EndNote> | null,
  memo: EndMemo | null,
): void {
  const decide = end.decoding === 'global' ? globalEnd : learnedEnd;
  const features = END_SCRATCH.features;
  const scores = END_SCRATCH.scores;
  const margin = END_SCRATCH.margin;
  for (const f of frames) {
    const pieces: TokenRange[] = [];
    for (const [s, whole] of f.content) {
      let piece: TokenRange;
      // A speaker's line in a transcript ("BERG: …") runs to its paragraph's end.
      if (s >= f.cue.last && !f.layout) {
        const known = memo?.get(f.cue);
        let at = -1;
        if (known)
          for (let k = 0; k < known.length; k += MEMO_STRIDE)
            if (known[k] === s && known[k + 1] === whole) at = k;
        let e: number;
        if (known && at >= 0) {
          e = known[at + 2];
          piece = [known[at + 3], known[at + 4]];
          margin[0] = known[at + 5];
        } else {
          e = beforeSpeakerTail(doc, h, s, whole);
          piece = cutPiece(doc, h, f.cue, s, e, end, decide, features, scores, margin);
          if (memo) {
            const entry = [s, whole, e, piece[0], piece[1], margin[0]];
            if (known) known.push(...entry);
            else memo.set(f.cue, entry);
          }
        }
        if (notes) notes.set(f, { before: e, after: piece[1], margin: margin[0] });
      } else piece = [s, s >= f.cue.last ? beforeSpeakerTail(doc, h, s, whole) : whole];
      if (piece[1] > piece[0]) pieces.push(piece);
    }
    f.content = pieces;
  }
}

/** A piece [s, e) after its cue, cut where the end model and its overrides say; margin[0] gets the model's margin. */
function cutPiece(
  doc: Document,
  h: TokenHashes,
  cue: CueTokens,
  s: number,
  e: number,
  end: EndSettings,
  decide: typeof learnedEnd | typeof globalEnd,
  features: Uint32Array,
  scores: Float64Array,
  margin: Float64Array,
): TokenRange {
  const ctx = endContext(doc, h, cue.first, cue.last, s);
  let cut = decide(doc, h, end.model, ctx, e, end.margin, features, scores, margin);
  if (
    cutInsideSubject(doc, s, cut, e) ||
    cutBeforeTimedComplement(doc, cue, cut, e) ||
    cutBeforeNamedComplement(doc, cue, cut, e) ||
    cutBeforeJoinedThatClause(doc, cut, e) ||
    cutBeforeInfinitive(doc, s, cut, e)
  )
    cut = e;
  // "said that the mayor | , who took office in May, had cut …": decided again after the verb.
  const verb = end.decoding === 'first' ? verbAfterSubjectAside(doc, s, cut, e) : -1;
  if (verb > 0)
    cut = learnedEnd(doc, h, end.model, ctx, e, end.margin, features, scores, undefined, verb + 1);
  // "would meet Sen. | Alma Ferris": decided again past the name's first word.
  if (end.decoding === 'first' && cutAfterAbbreviation(doc, s, cut, e))
    cut = learnedEnd(doc, h, end.model, ctx, e, end.margin, features, scores, undefined, cut + 1);
  // "urged the council to act | before it began in May": the time clause is the act's; the end is
  // decided again after its verb.
  const timed = end.decoding === 'first' ? timeClauseOfInfinitive(doc, s, cut, e) : -1;
  if (timed > 0) cut = learnedEnd(doc, h, end.model, ctx, e, end.margin, features, scores, undefined, timed);
  // "the leaflet “deliberately and cynically” | suggests …": a cut right after
  // a quotation inside the clause, the clause going on, is decided again after it.
  if (end.decoding === 'first' && quotationGoesOn(doc, s, cut, e))
    cut = learnedEnd(doc, h, end.model, ctx, e, end.margin, features, scores, undefined, cut + 1);
  cut = beforeNarratorComment(doc, s, cut);
  cut = beforeTrailingTime(doc, s, cut);
  cut = afterAsides(doc, cue, s, cut);
  return trimPiece(doc, [s, cut]);
}

/**
 * The steps between the statement filter and nesting, on the frames kept (mutated): returns them
 * with the layout-marked statements, in text order, contents settled (some may be empty). With
 * `notes`, records what the end model did to each frame; with `memo`, reuses and records its
 * decisions.
 */
export function settleFrames(
  doc: Document,
  h: TokenHashes,
  kept: Frame[],
  end: EndSettings,
  notes: Map<Frame, EndNote> | null = null,
  memo: EndMemo | null = null,
): Frame[] {
  let frames = kept;
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
  cutContentEnds(doc, h, frames, end, notes, memo);
  runOnAfterColons(doc, frames);
  takeBlockAfterColon(doc, frames);
  return frames;
}
