// "“Who would sell it now?” Lena Marsh said of the bakery in May.": a question or exclamation
// closing its quotation ends the text sentence, so the speaker's sentence holds only the tag; what
// follows its cue ("of the bakery", "as she left the stage", ", clutching the lectern", "to a crowd
// of 500") is the saying's circumstance, not what was said. The quotation before is the content
// (spans.ts, with quoteBeforeSentence).
import { wordSet } from '../lexicon/load.js';
import type { Document } from '../text/document.js';
import { isOpenQuote } from './quotes.js';
import { timePhrase } from './times.js';
import type { CueTokens } from './types.js';
import { FINITE } from './word-forms.js';

/** Words opening a clause of time, manner or reason on the saying ("said as she left"). */
const CLAUSE_OPENERS = new Set([
  ...['as', 'while', 'when', 'after', 'before', 'because', 'though', 'although', 'since', 'until'],
  'whereas',
]);

/** Prepositions opening a phrase on the saying: its topic, audience, medium, place or time. */
const PREPOSITIONS = new Set([
  ...['of', 'about', 'to', 'on', 'in', 'at', 'during', 'from', 'with', 'without', 'via', 'through'],
  ...['over', 'outside', 'inside', 'near', 'ahead', 'after', 'before', 'under', 'into', 'onto'],
]);

/** Most words of one phrase after the cue ("to a crowd of some 600 supporters in the town square"). */
const PHRASE_WORDS = 14;

/** Most words of a listener after a telling cue ("told reporters", "told the local radio station"). */
const LISTENER_WORDS = 5;

/** Does the phrase from j run to a comma, a clause opener or the end with no verb, "that" or quotation? Returns its end or -1. */
function phraseEnd(doc: Document, j: number, hi: number, most: number): number {
  let words = 0;
  for (; j < hi; j++) {
    const t = doc.tokens[j];
    if (t.text === ',' || CLAUSE_OPENERS.has(t.norm)) return j;
    if (t.kind === 'punct') {
      if (t.text === '.' || t.text === '!' || t.text === '?') return j;
      if (t.text !== '-' && t.text !== '’' && t.text !== "'") return -1;
      continue;
    }
    if ((FINITE.has(t.norm) && !t.cap) || t.norm === 'that' || t.norm === 'who' || t.norm === 'which')
      return -1;
    if (++words > most) return -1;
  }
  return j;
}

/**
 * Is all that follows the cue up to the sentence end (hi) a circumstance of the saying: phrases
 * of topic, listener, place or time, a participle after a comma or a clause of time or manner?
 */
export function onlyCircumstanceAfter(doc: Document, cue: CueTokens, hi: number): boolean {
  let j = cue.last;
  if (j >= hi) return false;
  const adjuncts = wordSet('attribution-adjuncts');
  const tells = wordSet('attribution-tell-verbs');
  const lastCue = doc.tokens[cue.last - 1].norm;
  // "said of the bakery", "said about the plan": the topic phrase the cue's preposition opens.
  if (lastCue === 'of' || lastCue === 'about') {
    j = phraseEnd(doc, j, hi, PHRASE_WORDS);
    if (j < 0) return false;
  } else if (tells.has(doc.tokens[cue.first].lemma) && cue.last - cue.first === 1) {
    // "told reporters during a call": the listener.
    const t = doc.tokens[j];
    if (t.kind === 'word' && !PREPOSITIONS.has(t.norm) && !CLAUSE_OPENERS.has(t.norm)) {
      j = phraseEnd(doc, j, hi, LISTENER_WORDS);
      if (j < 0) return false;
    }
  }
  let seen = j > cue.last;
  while (j < hi) {
    const t = doc.tokens[j];
    if (t.text === '.' || t.text === '!' || t.text === '?') break;
    if (t.text === ',') {
      j++;
      continue;
    }
    if (isOpenQuote(doc, j) || t.text === ':' || t.norm === 'that') return false;
    // "said as she left", "said, clutching the lectern": the rest is the saying's circumstance.
    if (CLAUSE_OPENERS.has(t.norm)) return true;
    if (doc.tokens[j - 1].text === ',' && t.kind === 'word' && !t.cap && /[a-z]ing$/.test(t.norm))
      return true;
    if (PREPOSITIONS.has(t.norm)) {
      const end = phraseEnd(doc, j + 1, hi, PHRASE_WORDS);
      if (end < 0) return false;
      j = end;
      seen = true;
      continue;
    }
    const time = timePhrase(doc, j, hi);
    if (time > 0) {
      j += time;
      seen = true;
      continue;
    }
    if (adjuncts.has(t.norm) || (t.kind === 'word' && !t.cap && t.norm.endsWith('ly'))) {
      j++;
      seen = true;
      continue;
    }
    return false;
  }
  return seen;
}
