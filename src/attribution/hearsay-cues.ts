// Cues of hearsay and of unnamed news ("the boats [reportedly] sank", "The ruling [follows
// reports] that …"), where no one is named as the sayer: the cue repairs repairCue
// (cue-repairs.ts) applies, and the word lists and test that cues.ts, passive.ts and spans.ts
// read. Kept apart because those modules need them without the rest of the cue repairs.
import { wordSet } from '../lexicon/load.js';
import type { Document } from '../text/document.js';
import type { CueTokens } from './types.js';

/** Adverbs of hearsay, which report with no one named: "the helicopters [reportedly] landed". */
export const HEARSAY = new Set(['reportedly', 'allegedly', 'purportedly', 'supposedly']);

/**
 * "Two police boats [reportedly sank near] the harbour": a cue opened by an adverb of hearsay
 * ends after it unless a verb of saying or believing follows ("reportedly told", "reportedly
 * believe"); what follows is reported, not a way of saying it.
 */
export function endAfterHearsay(doc: Document, c: CueTokens): void {
  if (c.last - c.first < 2) return;
  // "The club [have reportedly agreed] terms": the auxiliary before the adverb goes too.
  let k = c.first;
  while (k < c.last - 1 && !HEARSAY.has(doc.tokens[k].norm)) k++;
  if (!HEARSAY.has(doc.tokens[k].norm) || k + 1 >= c.last) return;
  if (k > c.first && !CUE_AUXILIARY_WORDS.has(doc.tokens[c.first].norm)) return;
  if (wordSet('speech-verbs').has(doc.tokens[k + 1].lemma)) return;
  c.first = k;
  c.last = k + 1;
}

/** Verbs of what comes after news ("The ruling follows reports that …"). */
const FOLLOWING = new Set(['follow', 'come']);
/** Nouns of news no one is named for. */
const NEWS_NOUNS = new Set([
  'reports',
  'claims',
  'allegations',
  'rumours',
  'rumors',
  'accusations',
  'warnings',
]);

/** Does cue c open on a news noun after "follows", "comes amid", "came after"? */
export function followsNews(doc: Document, c: CueTokens): boolean {
  if (!NEWS_NOUNS.has(doc.tokens[c.first].norm)) return false;
  let v = c.first - 1;
  if (v > 0 && (doc.tokens[v].norm === 'amid' || doc.tokens[v].norm === 'after')) v--;
  return v >= 0 && FOLLOWING.has(doc.tokens[v].lemma);
}

/**
 * "The ruling [follows reports] that the player had failed a test", "It [comes amid claims]
 * that …": the ruling reports nothing; the cue is the news noun, whose sayers are not named.
 */
export function startAtReportsFollowed(doc: Document, c: CueTokens): void {
  if (!FOLLOWING.has(doc.tokens[c.first].lemma)) return;
  for (let k = c.first + 1; k < c.last; k++)
    if (NEWS_NOUNS.has(doc.tokens[k].norm)) {
      c.first = k;
      return;
    }
}

/** Auxiliaries a cue may open with before an adverb of hearsay ("have reportedly agreed"). */
const CUE_AUXILIARY_WORDS = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would']);
