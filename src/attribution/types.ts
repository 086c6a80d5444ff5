// The shape of an attributed statement, as in the `analyze` JSON contract (`statements`).
import type { Span } from '../model.js';

export type StatementType = 'direct' | 'indirect' | 'mixed';

/** Tokens [start, end) of a Document. */
export type TokenRange = [number, number];

/** A cue as a token range [first, last) within one sentence. */
export interface CueTokens {
  first: number;
  last: number;
  sentence: number;
  /**
   * How far the tagger's score for starting a cue here was above "no cue" (may be negative); null
   * for a cue the tagger did not give (a speaker label's colon).
   */
  score: number | null;
}

export type Stance =
  | 'assert'
  | 'accuse'
  | 'deny'
  | 'warn'
  | 'offer'
  | 'call'
  | 'welcome'
  | 'acknowledge'
  | 'believe'
  | 'intend'
  | 'ask'
  | 'decline';

export const STANCES: readonly Stance[] = [
  'assert',
  'accuse',
  'deny',
  'warn',
  'offer',
  'call',
  'welcome',
  'acknowledge',
  'believe',
  'intend',
  'ask',
  'decline',
];

/** A content span; `fragments` lists the pieces when a quotation is split by "he said". */
export interface ContentSpan extends Span {
  fragments?: Span[];
}

export interface Statement {
  /** The words that name the source (a pronoun is a span too), or null when unnamed. */
  speaker: Span | null;
  /** The resolved name (pronouns and descriptions resolved to the person), or null. */
  speaker_name: string | null;
  cue: Span;
  content: ContentSpan;
  type: StatementType;
  stance: Stance;
  /** To whom it was said ("told reporters", "in an interview with CNN"), or null when the text names no one. */
  addressee: Span | null;
  /** Statements its content reports in turn ("X has denied the charges, his lawyer said": X's
   *  denial, within the lawyer's statement), each with no statements nested in it. */
  nested: Statement[];
}
