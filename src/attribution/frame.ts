// A reporting frame: a cue with the source and content found around it (spans.ts builds them;
// passives, labels, contents and the statement filter read them).
import type { CueTokens } from './cues.js';
import type { TokenRange } from './types.js';

export interface Frame {
  cue: CueTokens;
  source: TokenRange | null;
  /** One or more pieces of content, in text order. */
  content: TokenRange[];
  /** Built by an explicit construction (passive agent, relative denial, speaker label): kept without the statement filter. */
  rule?: boolean;
  /** Marked by layout (a transcript line "NAME: ...", a pull quote): a statement of its own wherever it sits. */
  layout?: boolean;
}
