// A pronoun fused with its auxiliary in one token ("He’s", "They’re"): when a generous cue opens
// on such a token, the pronoun is the subject, who speaks or holds the view, and leaves the cue
// ("[He’s not saying]", "[They’re supportive of]"), whatever word follows it.
import type { Document } from '../text/document.js';

/** A subject pronoun and its contracted auxiliary, as one token. */
export const SUBJECT_CONTRACTION = /^(?:he|she|it|they|we|i|who)[’'](?:s|re|ve|d|ll|m)$/;

/**
 * Is token i a subject pronoun's contraction that leaves the cue? Not before "been", which may
 * open an agentless passive whose subject is no source ("He’s been praised for").
 */
export function contractedSubject(doc: Document, i: number): boolean {
  return SUBJECT_CONTRACTION.test(doc.tokens[i].norm) && doc.tokens[i + 1]?.norm !== 'been';
}
