// A reporting frame: a cue with the source and content found around it (spans.ts builds them;
// passives, labels, contents and the statement filter read them).
import type { CueTokens, TokenRange } from './types.js';

export interface Frame {
  cue: CueTokens;
  source: TokenRange | null;
  /** One or more pieces of content, in text order. */
  content: TokenRange[];
  /** Built by an explicit construction (passive agent, relative denial, speaker label): kept without the statement filter. */
  rule: boolean;
  /** Marked by layout (a transcript line "NAME: ...", a pull quote): a statement of its own wherever it sits. */
  layout: boolean;
  /** A trailing comment ("..., something Moscow has denied"): the token where what it answers
   *  starts in the clause before (spans.ts deniedStart), applied once nesting is resolved;
   *  -1 for other frames. */
  answersFrom: number;
  /** Kept past the statement filter only to be reported within another statement's content
   *  ("Talks stalled after the militia said it would not pull back, mediators said"): dropped
   *  if it ends up a statement of its own (nesting.ts). */
  nestedOnly: boolean;
}

/**
 * Every frame is made here, with all its fields in one order, so that all frames share one
 * hidden class in V8: code reading frames stays monomorphic (frames with and without the
 * optional flags had three classes, and optimised code was thrown away on meeting another).
 */
export function makeFrame(
  cue: CueTokens,
  source: TokenRange | null,
  content: TokenRange[],
  rule = false,
  layout = false,
): Frame {
  // The cue is written twice, a placeholder in the literal and then the cue: V8 takes a field that
  // only the literal writes for a constant and compiles the code reading frames on that premise;
  // repairSources replacing a frame's cue, hundreds of articles in, threw away the optimised code
  // of ~50 functions at once. Written twice in the first frame, the field is variable from the start.
  const frame: Frame = { cue: NO_CUE, source, content, rule, layout, answersFrom: -1, nestedOnly: false };
  frame.cue = cue;
  return frame;
}

/** A one-token cue with no tagger score (a speaker label's colon); cues too have all their fields. */
export function cueAt(token: number, sentence: number): CueTokens {
  return { first: token, last: token + 1, sentence, score: null };
}

// Made when the module loads, before any tagger cue (score a number): V8 then keeps every cue's
// score as a tagged field from the start, where a first null score after cues with numbers
// (cueAt, a speaker label, articles in) changed the field's representation and threw away the
// optimised code reading cues.
const NO_CUE = cueAt(-1, -1);
