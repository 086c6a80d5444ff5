// The verb of saying in a title-case headline ("Campaign Denies Report That Candidate Will Drop
// Out"): the tagger, which reads capitals as names, misses it or takes the noun after it for the
// cue ("Report", "Claim"). cues.ts puts the cue on the verb.
import { wordSet } from '../lexicon/load.js';
import type { Document } from '../text/document.js';
import { isTitleCaseHeadline } from './headline.js';
import { isCapitalisedVerb } from './name-mentions.js';
import type { CueTokens } from './types.js';

/** Verbs a headline reports a saying with ("Denies", "Rejects", "Warns", "Says"). */
const HEADLINE_VERBS = new Set([
  ...['say', 'deny', 'reject', 'accuse', 'warn', 'urge', 'claim', 'insist', 'vow', 'pledge'],
  ...['blame', 'dismiss', 'admit', 'welcome', 'demand', 'slam', 'criticize', 'criticise'],
]);

/** Puts the cue of a title-case headline on its verb of saying (cues are mended in place). */
export function mendHeadlineCue(doc: Document, cues: CueTokens[]): void {
  if (doc.sentences.length === 0 || !isTitleCaseHeadline(doc)) return;
  const s = doc.sentences[0];
  let verb = -1;
  for (let i = s.tokenStart + 1; i < s.tokenEnd - 1 && verb < 0; i++) {
    const t = doc.tokens[i];
    const inflected = t.kind === 'word' && t.norm !== t.lemma && t.norm.endsWith('s');
    if (
      (inflected || isCapitalisedVerb(t)) &&
      (HEADLINE_VERBS.has(t.lemma) || wordSet('speech-core').has(t.lemma))
    )
      verb = i;
  }
  if (verb < 0) return;
  // The noun right after the verb ("Denies Report That …") is what is denied, not a cue.
  const after = cues.findIndex((c) => c.first === verb + 1 && c.last === verb + 2);
  if (after >= 0) cues.splice(after, 1);
  if (cues.some((c) => c.first <= verb && verb < c.last)) return;
  let at = 0;
  while (at < cues.length && cues[at].first < verb) at++;
  cues.splice(at, 0, { first: verb, last: verb + 1, sentence: 0, score: 0 });
}
