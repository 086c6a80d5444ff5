// What happens to the statements the filter keeps, before nesting is resolved: layout-marked
// statements join them, cues without a source inherit one, agentless passives lose theirs,
// quotations are followed, contents yield to other statements and the learned end model cuts
// the contents that follow their cue. The statement filter runs the same steps on a copy of all
// candidates to see each content as it will finally be (final-content.ts).

import { beforeSpeakerTail } from './speaker-tail.js';
import type { Document } from '../text/document.js';
import { globalEnd, learnedEnd, END_FEATURES } from './bounds.js';
import { endContext } from './end-context.js';
import { clipOverlaps, extendOpenQuotations, extendQuotations, trimPiece } from './contents.js';
import type { TokenHashes } from './features.js';
import { labelFrames } from './labels.js';
import { passiveWithoutAgent } from './passive.js';
import type { LoadedModel } from './perceptron.js';
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
import type { CueTokens } from './types.js';
import type { Frame, TokenRange } from './spans.js';
import { inheritSources } from './inherit-sources.js';
import { beforeCueClause, beforeJoinedPredicate } from './joined-predicates.js';
import { beforeSubjectsVerb } from './subject-cues.js';

/** "first": the first token where stopping wins by the margin; "global": the best end as a whole. */
export type EndDecoding = 'first' | 'global';

/** The content-end model and how it decides. */
export interface EndSettings {
  model: LoadedModel;
  margin: number;
  decoding: EndDecoding;
}

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
          // The memo holds the margin, a double, so V8 stores it as doubles: read offsets back as
          // small integers, or every content piece made here is a double array (slower to read).
          e = known[at + 2] | 0;
          piece = [known[at + 3] | 0, known[at + 4] | 0];
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
  cut = beforeCueClause(doc, s, beforeJoinedPredicate(doc, s, cut));
  cut = beforeSubjectsVerb(doc, cue, s, cut);
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
