// Sources of reporting clauses: the noun phrase after a cue ("said Sen. John Smith") and whether it
// names a speaker, with the sentence edges every source finder shares (where its content ends, an
// abbreviation's dot, what opens it). The noun phrase before a cue: source-before.ts; when words
// after a cue are a clause rather than a speaker (appositives: appositives.ts).
import { wordSet } from '../lexicon/load.js';
import type { Document } from '../text/document.js';
import { isQuoted } from './quotes.js';
import type { TokenRange } from './types.js';
import { DETERMINERS, isTitleWord, POSSESSIVES } from './names.js';
import { mediumNounEnd } from './speaker-tail.js';
import { namesListAfter } from './noun-lists.js';
import { FINITE, isPluralPossessiveMark } from './word-forms.js';

export { FINITE, PREPOSITIONS } from './word-forms.js';

const SENTENCE_FINAL = new Set(['.', '!', '?']);
export const MAX_SOURCE = 12;
/** Sentence end without its final full stop (a closing quotation mark after it stays). */
export function contentEnd(doc: Document, lo: number, hi: number): number {
  let end = hi;
  while (end > lo && SENTENCE_FINAL.has(doc.tokens[end - 1].text)) end--;
  return end;
}

/** A full stop that ends an abbreviation or initial ("Rep.", "Mr.", "(D-Wis.)"), not a sentence. */
export function isAbbreviationDot(doc: Document, j: number): boolean {
  if (doc.tokens[j].text !== '.' || j === 0) return false;
  const prev = doc.tokens[j - 1];
  const next = doc.tokens[j + 1];
  // A dot inside a word ("MarineTraffic.com", "Yahoo.co.jp").
  if (
    prev.kind === 'word' &&
    next?.kind === 'word' &&
    prev.end === doc.tokens[j].start &&
    next.start === doc.tokens[j].end
  )
    return true;
  if (prev.kind !== 'word' || !prev.cap) return false;
  return prev.text.length <= 4 || wordSet('abbreviations').has(prev.norm) || doc.tokens[j + 1]?.text === ')';
}

/** After "to", a lowercase word that opens no noun phrase of a person or body ("to loud applause"). */
function isAdjunctTo(doc: Document, i: number): boolean {
  const t = doc.tokens[i];
  return !!t && t.kind === 'word' && !t.cap && !DETERMINERS.has(t.norm) && !POSSESSIVES.has(t.norm);
}

/** Words whose "to" keeps its object in a source ("people close to them"). */
const NEAR_TO = new Set(['close', 'closest', 'near', 'loyal', 'allied']);

/** Source noun phrase right after `from` ("..., said Sen. John Smith, a Democrat."). */
export function sourceAfter(doc: Document, from: number, hi: number): TokenRange | null {
  let end = from;
  const stop = contentEnd(doc, from, hi);
  while (end < stop && end - from < MAX_SOURCE) {
    const t = doc.tokens[end];
    // "said Jonas Weber of the Patients’ Forum": a plural possessive's apostrophe stays in the span.
    const possessive = end > from && doc.tokens[end + 1]?.kind === 'word' && isPluralPossessiveMark(doc, end);
    // "a statement from Halder & Finch": an ampersand between capitalised words joins one name.
    const ampersand = t.text === '&' && end > from && !!doc.tokens[end - 1].cap && !!doc.tokens[end + 1]?.cap;
    // "said 45-year-old Tom Reed": a hyphen joins a number to its word.
    const numberHyphen =
      t.text === '-' &&
      end > from &&
      doc.tokens[end - 1].kind === 'number' &&
      doc.tokens[end + 1]?.kind === 'word';
    if (
      isQuoted(doc, end) ||
      (t.kind === 'punct' &&
        t.text !== '.' &&
        t.text !== '(' &&
        t.text !== ')' &&
        !possessive &&
        !ampersand &&
        !numberHyphen &&
        !(end > from && namesListAfter(doc, from, end, stop)))
    )
      break;
    if (t.kind === 'word' && end > from && (t.norm === 'on' || t.norm === 'in' || t.norm === 'who')) break;
    // "said Lindahl | afterwards", "said the minister | later in the day": the saying's time.
    if (t.kind === 'word' && end > from && TIME_AFTER_NAME.has(t.norm) && !doc.tokens[end - 1].stop) break;
    // "said Governor Patricia Lemaire | at a briefing": a name, then the occasion of the saying.
    if (end > from && doc.tokens[end - 1].cap && mediumNounEnd(doc, end, stop) > 0) break;
    // "shouted one man | to loud applause": "to" before no noun phrase of its own opens an adjunct
    // (not "an adviser to the president").
    // ("people close to them": "close to" keeps its object.)
    if (t.norm === 'to' && end > from && isAdjunctTo(doc, end + 1) && !NEAR_TO.has(doc.tokens[end - 1].norm))
      break;
    end++;
  }
  return end > from ? [from, end] : null;
}

/** Adverbs of time that end an inverted speaker ("said Lindahl afterwards"). */
const TIME_AFTER_NAME = new Set([
  'afterwards',
  'afterward',
  'later',
  'earlier',
  'today',
  'yesterday',
  'tonight',
]);

export const PRONOUN_SUBJECTS = new Set(['he', 'she', 'they', 'we', 'i', 'it']);
/** Articles and subject pronouns: words a clause or a source may open with. */
export const SUBJECT_OPENERS = ['the', 'a', 'an', ...PRONOUN_SUBJECTS];
const SPEAKER_OPENERS = new Set([
  ...SUBJECT_OPENERS,
  'one',
  'another',
  'his',
  'her',
  'their',
  'its',
  'mr',
  'mrs',
  'ms',
]);

/** Does an inverted source ("said Mr. Smith", "said the official") start like a speaker? */
export function namesSpeaker(doc: Document, [start, end]: TokenRange): boolean {
  const t = doc.tokens[start];
  if (t.cap || SPEAKER_OPENERS.has(t.norm) || QUANTIFIERS.has(t.norm)) return true;
  // "political scientist Jane Roe", "lobbyist and party strategist John Doe": a
  // description holding a name; "analysts", "some Democrats": a few words ending in a plural.
  const words = doc.tokens.slice(start, Math.min(end, start + 6));
  if (words.some((w) => w.cap) || (end - start <= 3 && /[^s]s$/.test(doc.tokens[end - 1].norm))) return true;
  // A headline's bare title or source ending the sentence: "…, says governor", "…, study suggests".
  const last = doc.tokens[end - 1];
  return (
    end - start <= 2 &&
    contentEnd(doc, doc.sentences[t.sentence].tokenStart, doc.sentences[t.sentence].tokenEnd) <= end &&
    (isTitleWord(last.norm) || BARE_SOURCES.has(last.norm))
  );
}

/** Sources a headline names without an article ("…, study suggests", "…, says report"). */
const BARE_SOURCES = new Set(['study', 'report', 'survey', 'poll', 'research', 'data', 'figures', 'police']);

export const QUANTIFIERS = new Set([
  'several',
  'some',
  'many',
  'most',
  'few',
  'both',
  'all',
  'other',
  'two',
  'three',
]);

/** "..., said Trump's nomination will test ...": an auxiliary or modal makes the words after the cue a clause, not a speaker. */
export function hasFiniteVerb(doc: Document, [s, e]: TokenRange): boolean {
  for (let i = s; i < e; i++) if (FINITE.has(doc.tokens[i].norm)) return true;
  return false;
}

const OPENING_CONJUNCTIONS = new Set(['but', 'and', 'yet', 'so', 'still', 'meanwhile', 'now']);

/** Does token i open the sentence, or follow only an opening conjunction ("But Megan Hester, ...")
 *  or "now" ("Now Megan Hester, …, said")? */
export function opensSentence(doc: Document, i: number, lo: number): boolean {
  return i === lo || (i === lo + 1 && OPENING_CONJUNCTIONS.has(doc.tokens[lo].norm));
}
