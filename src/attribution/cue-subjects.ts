// Cue ends before the reported clause's subject, which the tagger's generous cue ran onto:
// "The authority [said repeated] testing had found …", "Traders [said demand for] crude was
// weakening", "messages that the company [said encouraged] harassment" (cue-repairs.ts calls them).
import { wordSet } from '../lexicon/load.js';
import type { Document } from '../text/document.js';
import type { CueTokens } from './types.js';
import { FINITE, mayBeFiniteVerb } from './word-forms.js';

/** Prepositions inside a reported clause's subject ("demand for crude", "warnings about the flood"). */
const SUBJECT_PREPOSITIONS = new Set(['for', 'about', 'of', 'from', 'over', 'in']);

/** A finite verb within a few words after token i, with no punctuation before it ("crude | was"). */
function verbSoonAfter(doc: Document, i: number): boolean {
  for (let k = i; k < Math.min(doc.tokens.length, i + 4); k++) {
    if (doc.tokens[k].kind !== 'word') return false;
    if (k > i && mayBeFiniteVerb(doc, k)) return true;
  }
  return false;
}

/**
 * "messages that the company [said encouraged] harassment": in a relative clause whose gap is the
 * reported clause's subject, the core verb of saying is followed at once by that clause's verb,
 * which is no part of the cue.
 */
export function endBeforeGapVerb(doc: Document, c: CueTokens): void {
  if (c.last - c.first < 2) return;
  const say = doc.tokens[c.first];
  const next = doc.tokens[c.first + 1];
  // (A past form only: "Some reports have …", "Colonial notes issued …" are nouns.)
  if (say.norm === say.lemma || say.norm.endsWith('s') || !wordSet('speech-core').has(say.lemma)) return;
  if (!mayBeFiniteVerb(doc, c.first + 1) || wordSet('speech-verbs').has(next.lemma)) return;
  c.last = c.first + 1;
}

/**
 * "The authority [said repeated] testing had found …": a core verb of saying whose cue runs on into
 * lowercase words that an auxiliary follows within two words has taken the start of its content's
 * subject; it ends after the verb.
 */
export function endBeforeSpilledSubject(doc: Document, c: CueTokens): void {
  if (c.last - c.first < 2 || c.last - c.first > 3 || !wordSet('speech-core').has(doc.tokens[c.first].lemma))
    return;
  // "Traders [said demand for] crude was weakening": the subject's noun and its preposition.
  if (c.last - c.first === 3 && SUBJECT_PREPOSITIONS.has(doc.tokens[c.last - 1].norm)) {
    const noun = doc.tokens[c.first + 1];
    if (noun.kind === 'word' && !noun.cap && !noun.stop && verbSoonAfter(doc, c.last)) c.last = c.first + 1;
    return;
  }
  for (let j = c.first + 1; j < c.last; j++) {
    const t = doc.tokens[j];
    if (t.kind !== 'word' || t.cap || t.stop) return;
  }
  for (let k = c.last; k < Math.min(doc.tokens.length, c.last + 2); k++) {
    const t = doc.tokens[k];
    if (FINITE.has(t.norm)) {
      c.last = c.first + 1;
      return;
    }
    if (t.kind !== 'word' || t.cap || t.stop) return;
  }
}
