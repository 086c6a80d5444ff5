// Quoted titles of works ("her “Glasshouse” tour", "will appear in “Quiet Harbour”", "a novel
// titled “Salt Road”"): quotation marks that name a work, not words that someone said.
import { hasLemma } from '../lexicon/wordnet.js';
import type { Document } from '../text/document.js';
import { DETERMINERS, POSSESSIVES } from './names.js';
import { isCloseQuote, isOpenQuote, quoteStartBefore } from './quotes.js';
import { mayBeFiniteVerb, NOUN_PHRASE_OPENERS, pluralLemma, PREPOSITIONS } from './word-forms.js';
import { isAgentNoun } from './agents.js';

/** Participles that give a name ("a town called Hope", "an album titled “Blue Ferns”"). */
export const NAMING = new Set(['called', 'named', 'dubbed', 'titled', 'entitled']);

/** The most words a title may run to. */
const TITLE_WORDS = 6;

/** Prepositions that compare with words rather than name a work ("dismissed it as “Nonsense”"). */
const NOT_BEFORE_TITLE = new Set(['as', 'like', 'to']);

/** The opening mark of the title whose quotation closes at `close`, after token `lo`, or -1. */
export function titleQuoteStartBefore(doc: Document, close: number, lo: number): number {
  if (!isCloseQuote(doc, close)) return -1;
  const open = quoteStartBefore(doc, close);
  return open > lo && titleQuoteEnd(doc, open) === close ? open : -1;
}

/**
 * The closing mark of the title whose quotation opens at `open`, or -1: a few words in title case
 * (the first capitalised, the others capitalised or function words; no punctuation) inside a noun
 * phrase: after a determiner, a possessive, a preposition or a naming participle, between the
 * commas of an appositive to a lowercase noun ("a single, “Harbour Lights”, on Friday"), or before
 * the lowercase noun it modifies ("the “Glasshouse” tour").
 */
export function titleQuoteEnd(doc: Document, open: number): number {
  if (open < 1 || !isOpenQuote(doc, open)) return -1;
  const sentence = doc.tokens[open].sentence;
  let close = open + 1;
  for (; close < doc.tokens.length && !isCloseQuote(doc, close); close++) {
    const t = doc.tokens[close];
    if (t.sentence !== sentence || close - open > TITLE_WORDS) return -1;
    if (t.kind === 'number') continue;
    if (t.kind !== 'word' || !(t.cap || (t.stop && close > open + 1))) return -1;
  }
  if (close === open + 1 || close >= doc.tokens.length) return -1;
  // A title's last word is capitalised ("“I'm with her”" is a chant).
  const end = doc.tokens[close - 1];
  if (end.kind === 'word' && !end.cap) return -1;
  const before = doc.tokens[open - 1];
  // (Bounds-checked here and below: an out-of-range read deoptimises the caller.)
  const after = close + 1 < doc.tokens.length ? doc.tokens[close + 1] : undefined;
  if (before.sentence !== sentence) return -1;
  const framed =
    before.kind === 'word' &&
    !before.cap &&
    (DETERMINERS.has(before.norm) ||
      POSSESSIVES.has(before.norm) ||
      NAMING.has(before.norm) ||
      (PREPOSITIONS.has(before.norm) && !NOT_BEFORE_TITLE.has(before.norm)));
  if (framed) return close;
  const noun = open >= 2 ? doc.tokens[open - 2] : undefined;
  const appositive =
    before.text === ',' &&
    after?.text === ',' &&
    noun?.kind === 'word' &&
    !noun.cap &&
    !noun.stop &&
    hasLemma(noun.lemma, 'n');
  if (appositive) return close;
  // Before a noun, between the modifiers of its noun phrase ("disaffected “Leave” supporters"; not
  // "called Rubio “Little Marco” multiple times", "a message reading “Thank you Harwell” moments
  // after").
  const modified =
    after?.kind === 'word' &&
    after.sentence === sentence &&
    !after.cap &&
    !after.stop &&
    hasLemma(after.lemma, 'n') &&
    !hasLemma(after.norm, 'a') &&
    !mayBeFiniteVerb(doc, close + 1) &&
    before.kind === 'word' &&
    !before.cap &&
    !before.norm.endsWith('ing') &&
    !mayBeFiniteVerb(doc, open - 1) &&
    (hasLemma(before.norm, 'a') || hasLemma(before.lemma, 'n'));
  return modified ? close : -1;
}

/**
 * "The novel, called “Salt Road”, won", "A new show titled “Paper Moons” opens": a naming
 * participle right after a lowercase noun of a thing (or after the comma that follows it), before a
 * quoted title, names the thing. (Not after people: "Critics dubbed “Project Fear” a flop".)
 */
export function namesWork(doc: Document, i: number): boolean {
  if (titleQuoteEnd(doc, i + 1) < 0) return false;
  const at = doc.tokens[i - 1].text === ',' ? i - 2 : i - 1;
  const noun = doc.tokens[at];
  if (
    !noun ||
    noun.kind !== 'word' ||
    noun.cap ||
    noun.stop ||
    !hasLemma(noun.lemma, 'n') ||
    isAgentNoun(noun.lemma) ||
    isAgentNoun(pluralLemma(noun) ?? noun.lemma)
  )
    return false;
  // The noun ends a noun phrase: a determiner, an adjective or a noun before it (not "for
  // example, named “…”", an adverbial before the subject's verb).
  const before = doc.tokens[at - 1];
  return (
    !!before &&
    before.kind === 'word' &&
    !PREPOSITIONS.has(before.norm) &&
    (NOUN_PHRASE_OPENERS.has(before.norm) || hasLemma(before.norm, 'a') || hasLemma(before.norm, 'n'))
  );
}
