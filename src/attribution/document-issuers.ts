// Documents that speak for whoever issued them: "Figures from the Regional Housing Board show",
// "Marlbeck Statistics Office figures show". speakers.ts (speaker-bodies.ts) names the issuer as
// the speaker.
import type { Document } from '../text/document.js';
import { DETERMINERS, POSSESSIVES } from './names.js';

/** Participles of what came to someone, who did not issue it ("obtained by", "seen by"). */
const OBTAINED = new Set(['obtained', 'seen', 'reviewed', 'viewed', 'leaked', 'acquired', 'received']);

/** Nouns of a document or its numbers, which speak for whoever issued them. */
const DOCUMENT_NOUNS = new Set([
  ...['figures', 'data', 'statistics', 'numbers', 'report', 'study', 'survey', 'poll', 'analysis'],
  ...['estimates', 'records', 'documents', 'minutes', 'statement', 'letter', 'filing', 'memo'],
  ...['review', 'audit', 'research', 'results', 'findings', 'projections', 'forecasts'],
]);

/**
 * "Figures from the Regional Housing Board", "a new report by the ombudsman": where the body that
 * issued a document starts in the span [first, end) (after its article when a capitalised name
 * follows), or -1. The document's noun comes first, or after an article and one lowercase word.
 */
export function documentBody(doc: Document, first: number, end: number): number {
  for (let p = first; p < Math.min(end - 2, first + 3); p++) {
    const t = doc.tokens[p];
    if (t.kind !== 'word' || (p > first && t.cap)) return -1;
    if (!DOCUMENT_NOUNS.has(t.norm)) {
      if (p > first && !DETERMINERS.has(doc.tokens[first].norm)) return -1;
      continue;
    }
    let at = p + 1;
    // "a memo obtained by the Ledger": the paper that got it, not who issued it.
    if (OBTAINED.has(doc.tokens[at].norm)) return -1;
    // "figures published on Friday by the authority": a participle and its time before "by".
    if (/[a-z]{3,}ed$/.test(doc.tokens[at].norm)) {
      const limit = Math.min(end - 1, at + 5);
      while (at < limit && doc.tokens[at].norm !== 'by' && doc.tokens[at].kind === 'word') at++;
      if (doc.tokens[at].norm !== 'by') return -1;
    }
    const by = doc.tokens[at].norm;
    // Not "of": "a review of records", "the minutes of the meeting" name what the document is about.
    if (by !== 'from' && by !== 'by') return -1;
    const body = at + 1;
    if (doc.tokens[body].kind !== 'word') return -1;
    const next = doc.tokens[body + 1];
    const named =
      DETERMINERS.has(doc.tokens[body].norm) && body + 1 < end && (next.cap || next.kind === 'number');
    return named ? body + 1 : body;
  }
  return -1;
}

/**
 * "Marlbeck Statistics Office figures show", "the Harbour Bank data showed", "Marlbeck Bureau of Statistics
 * figures": a capitalised name right before the span's last word, a document's noun, issued it.
 * The name's end (exclusive; the noun's index), or -1. Not a name that only opens the sentence
 * ("Official figures show").
 */
export function prenominalIssuerEnd(doc: Document, first: number, end: number): number {
  const noun = end - 1;
  // A capitalised noun is part of the name ("Kelby Data", a market researcher).
  if (noun - first < 1 || !DOCUMENT_NOUNS.has(doc.tokens[noun].norm) || doc.tokens[noun].cap) return -1;
  const start = DETERMINERS.has(doc.tokens[first].norm) ? first + 1 : first;
  if (start >= noun || !doc.tokens[start].cap || POSSESSIVES.has(doc.tokens[start].norm)) return -1;
  if (start === doc.sentences[doc.tokens[start].sentence].tokenStart && noun - start === 1) return -1;
  for (let i = start; i < noun; i++) {
    const t = doc.tokens[i];
    // "of" joins a name's parts ("Marlbeck Bureau of Statistics"); every other word is capitalised.
    if (t.kind !== 'word' || (!t.cap && !(t.norm === 'of' && i > start && doc.tokens[i + 1].cap))) return -1;
  }
  return noun;
}
