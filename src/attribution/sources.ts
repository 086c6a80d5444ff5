// Sources of reporting clauses: the noun phrase before or after a cue, a dateline before it, and
// when words after a cue are a clause rather than a speaker (appositives: appositives.ts).
import { wordSet } from '../lexicon/load.js';
import { isIrregularVerbForm } from '../lexicon/exceptions.js';
import { hasLemma } from '../lexicon/wordnet.js';
import type { DocToken, Document } from '../text/document.js';
import { isCloseQuote, isQuoted } from './quotes.js';
import { titleQuoteStartBefore } from './titles.js';
import type { TokenRange } from './types.js';
import { DETERMINERS, isTitleWord, POSSESSIVES, WEEKDAYS } from './names.js';
import { timeAfter, timeBefore } from './times.js';
import { mediumNounEnd } from './speaker-tail.js';
import { commaInNounList, namesListAfter } from './noun-lists.js';
import { isSubjectThat } from './relative-that.js';
import { relativeAcrossAdjunct, relativeBeforeAside } from './relative-reach.js';
import {
  FINITE,
  isPluralPossessiveMark,
  isRegularPlural,
  pluralLemma,
  LEADING_ADVERBS,
  mayBeFiniteVerb,
  NOMINATIVE_PRONOUNS,
  PREPOSITIONS,
} from './word-forms.js';

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

/**
 * "officials almost uniformly expressed", "officials privately warned": a lowercase adverb in -ly
 * (one WordNet has as an adverb and never as a noun, so not "family", "weekly"), or "almost".
 */
function isMannerAdverb(doc: Document, j: number): boolean {
  const t = doc.tokens[j];
  if (t.kind !== 'word' || t.cap) return false;
  if (t.norm === 'almost') return true;
  return t.norm.length > 4 && t.norm.endsWith('ly') && hasLemma(t.norm, 'r') && !hasLemma(t.norm, 'n');
}

/**
 * The last token before a cue that is not an auxiliary, an adverb (attribution-source-skip) or
 * "for his part" ("Stoltenberg, for his part, warned"), from `j` back; lo - 1 when none.
 */
export function beforeCueWords(doc: Document, j: number, lo: number): number {
  const skip = wordSet('attribution-source-skip');
  for (;;) {
    // Not a capitalised word inside the sentence: "Memory First", "Harbour Still" are names.
    while (
      j >= lo &&
      (skip.has(doc.tokens[j].norm) || isMannerAdverb(doc, j)) &&
      // ("Five years earlier": a time phrase, read whole below.)
      timeBefore(doc, j, lo) === 0 &&
      !(doc.tokens[j].cap && j > lo && doc.tokens[j - 1].cap && doc.tokens[j - 1].kind === 'word')
    )
      j--;
    const comma = j >= lo && doc.tokens[j].text === ',' ? 1 : 0;
    const k = j - comma;
    if (
      k - 2 >= lo &&
      doc.tokens[k].norm === 'part' &&
      POSSESSIVES.has(doc.tokens[k - 1].norm) &&
      // ("on his part": a spun or translated "for his part".)
      (doc.tokens[k - 2].norm === 'for' || doc.tokens[k - 2].norm === 'on')
    ) {
      j = k - 3;
      // The comma before "for his part" goes with it when one closed it.
      if (comma && j >= lo && doc.tokens[j].text === ',') j--;
      continue;
    }
    const time = timeBefore(doc, j, lo);
    if (time > 0) {
      j -= time;
      continue;
    }
    return j;
  }
}

/** Longest subject read when a relative clause is part of it ("The family of a teenager who …"). */
const MAX_RELATIVE_SOURCE = 20;

/** Words that may stand inside a relative clause in a subject ("who died after …", "who gave his
 *  name only as …"). */
const RELATIVE_INNER = new Set(['after', 'before', 'when', 'while', 'since', 'until', 'because', 'as']);

/**
 * The "who" or "whose" before token j, with no punctuation between (but a hyphen inside a word:
 * "a 16-year-old girl who …"), that follows a noun phrase opening the sentence ("The father of a
 * girl who died after …"), or -1.
 */
function relativeOpenerBefore(doc: Document, j: number, lo: number): number {
  for (let k = j - 1; k > lo; k--) {
    const t = doc.tokens[k];
    if (
      t.kind === 'punct' &&
      !(t.text === '-' && doc.tokens[k - 1].end === t.start && doc.tokens[k + 1]?.start === t.end)
    )
      return -1;
    if (
      (t.norm === 'who' || t.norm === 'whose') &&
      (nounPhraseOpensSentence(doc, k - 1, lo) ||
        nounPhraseOpensSentence(doc, k - 1, afterOpeningQuote(doc, k - 1, lo)))
    )
      return k;
  }
  return -1;
}

/**
 * Where the words ending at token `last` start when a quotation opening the sentence stands before
 * them ("“The dam will hold,” | a commander who …"), or `lo`.
 */
function afterOpeningQuote(doc: Document, last: number, lo: number): number {
  let j = last;
  while (j > lo && doc.tokens[j - 1].kind === 'word') j--;
  return j - 2 > lo && isCloseQuote(doc, j - 1) && QUOTE_END_MARKS.has(doc.tokens[j - 2].text) ? j : lo;
}
/** Marks that close a quotation before its reporting clause ("“…,” she said"). */
const QUOTE_END_MARKS = new Set([',', '?', '!']);

/** Source noun phrase ending right before `before` (auxiliaries and adverbs skipped). */
export function sourceBefore(doc: Document, before: number, lo: number): TokenRange | null {
  const boundary = wordSet('attribution-clause-boundaries');
  let j = beforeCueWords(doc, before - 1, lo);
  // A dash right before the cue closes an aside ("the author of a study -- said"): read on past it.
  while (j > lo && doc.tokens[j].text === '-') j--;
  const end = j + 1;
  const cleft = cleftFocus(doc, j, lo);
  if (cleft) return cleft;
  const possessor = possessorBefore(doc, before, lo);
  if (possessor) return possessor;
  // "reversing its earlier assurance that …": a possessive determiner before a noun cue is
  // whose the saying is.
  if (j >= lo && j === before - 1 && POSSESSIVES.has(doc.tokens[j].norm)) return [j, end];
  // A relative pronoun right before the cue is its subject ("the group, which reported ...").
  if (j >= lo && (doc.tokens[j].norm === 'who' || doc.tokens[j].norm === 'which')) return [j, end];
  // So is a subject "that" ("a foundation that focuses on …", "That suggests …").
  if (isSubjectThat(doc, j, before, lo)) return [j, end];
  // Or one a little before it, across an adjunct or an aside ("who, on Friday, criticized").
  const relative =
    relativeAcrossAdjunct(doc, before, lo) ?? (j >= lo ? relativeBeforeAside(doc, j, lo) : null);
  if (relative) return relative;
  // So is a subject pronoun, whatever stands before it ("Late on Sunday in a radio chat with
  // a local station she slammed …": no comma closes the fronted adjunct).
  // ("In 2015 she warned …": a year before it too.)
  if (j > lo && NOMINATIVE_PRONOUNS.has(doc.tokens[j].norm) && doc.tokens[j - 1].kind !== 'punct')
    return [j, end];
  let start = end;
  // A subject with a relative clause may run longer ("The family of a teenager who died after …"):
  // looked for only once the span is that long (this runs for every candidate).
  const last = j;
  let reach = MAX_SOURCE;
  while (j >= lo && end - j <= reach) {
    if (end - j === MAX_SOURCE && last > lo && relativeOpenerBefore(doc, last + 1, lo) >= 0)
      reach = MAX_RELATIVE_SOURCE;
    // "An insider who worked on “The Salt Road” claimed": a quoted title after a preposition in
    // the subject's relative clause.
    const title = titleQuoteStartBefore(doc, j, lo);
    if (
      title >= 0 &&
      PREPOSITIONS.has(doc.tokens[title - 1].norm) &&
      relativeOpenerBefore(doc, title, lo) >= 0
    ) {
      start = title;
      j = title - 1;
      continue;
    }
    const t = doc.tokens[j];
    if (isQuoted(doc, j)) break;
    // A plural possessive's apostrophe ("Supporters' group chairman") stays in the span.
    const possessive = j > lo && isPluralPossessiveMark(doc, j);
    // A hyphen inside a word stays ("Coca-Cola"); one standing apart is a dash and ends the span.
    const hyphen =
      t.text === '-' &&
      j > lo &&
      doc.tokens[j - 1].kind !== 'punct' &&
      doc.tokens[j - 1].end === t.start &&
      // ("The 4-3 majority": between figures too.)
      (doc.tokens[j + 1]?.kind === 'word' || doc.tokens[j + 1]?.kind === 'number') &&
      doc.tokens[j + 1].start === t.end;
    // "Marks & Spencer": an ampersand between capitalised words joins one name.
    const ampersand = t.text === '&' && j > lo && !!doc.tokens[j - 1].cap && !!doc.tokens[j + 1]?.cap;
    // "The Austin, Texas-based company": a city's comma before its state's "-based".
    const basedIn =
      t.text === ',' &&
      j > lo &&
      !!doc.tokens[j - 1].cap &&
      /^\p{Lu}[\p{L}.]*-based$/u.test(doc.tokens[j + 1]?.text ?? '');
    if (
      t.kind === 'punct' &&
      !(
        t.text === '(' ||
        t.text === ')' ||
        hyphen ||
        ampersand ||
        basedIn ||
        isAbbreviationDot(doc, j) ||
        possessive ||
        listOfNames(doc, j, start, end) ||
        (start < end && commaInNounList(doc, j, end, lo))
      )
    )
      break;
    // "Activists who campaigned for more than a decade", "More than 300 artists": a comparative's
    // "than" is no clause's boundary.
    const comparative = t.norm === 'than' && j > lo && COMPARATIVES.has(doc.tokens[j - 1].norm);
    if (t.kind === 'word' && boundary.has(t.norm) && !comparative) {
      // "The nurses' union and the doctors' association said": two noun phrases, the first opening
      // the sentence, speak together; so do "Neither he nor the unions would say".
      // After "Neither … nor" the second may be a name or open with a possessive ("Neither Lopez
      // nor her deputy would say").
      const after = doc.tokens[j + 1];
      const neitherNor = t.norm === 'nor' && doc.tokens[lo].norm === 'neither';
      const joinedOpener =
        (t.norm === 'and' || neitherNor) &&
        start < end &&
        (DETERMINERS.has(after.norm) || (neitherNor && (POSSESSIVES.has(after.norm) || after.cap))) &&
        nounPhraseOpensSentence(doc, j - 1, lo);
      const andBetweenNames =
        joinedOpener ||
        (t.norm === 'and' &&
          ((doc.tokens[j - 1]?.cap && doc.tokens[j + 1]?.cap) ||
            (start < end && nounsAfterComma(doc, j, lo)) ||
            (start < end && nounsJoinedInPhrase(doc, j, lo)) ||
            (start < end && pluralsJoinedAtStart(doc, j, lo, end))));
      // "Republican lawmakers who drafted the law accused ...": the relative clause's antecedent
      // is the subject, the clause part of its span (as PolNeAR marks sources).
      // So is a subject "that" ("Civil rights groups that brought the suit hailed …"): a verb follows
      // it at once, where a complement's "that" has a subject after it ("claims that rivals …").
      // "A woman whose son died in the crash said": "whose" too; and a subordinate word inside
      // such a clause ("a teenager who died after being detained …") does not end the span.
      if (RELATIVE_INNER.has(t.norm) && relativeOpenerBefore(doc, j, lo) >= 0) {
        start = j;
        j--;
        continue;
      }
      const relative =
        j - 1 >= lo &&
        doc.tokens[j - 1].kind === 'word' &&
        (t.norm === 'who' ||
          (t.norm === 'whose' && nounPhraseOpensSentence(doc, j - 1, lo)) ||
          (t.norm === 'that' &&
            isRegularPlural(doc.tokens[j - 1]) &&
            !doc.tokens[j + 1].cap &&
            // ("Firms that rely on …": a plural's verb may be its bare form.)
            (mayBeFiniteVerb(doc, j + 1) ||
              (doc.tokens[j + 1].norm === doc.tokens[j + 1].lemma &&
                hasLemma(doc.tokens[j + 1].norm, 'v'))) &&
            nounPhraseOpensSentence(doc, j - 1, lo)) ||
          // "…, the company that built it said": a speaker after its content, with a relative clause.
          ((t.norm === 'that' || t.norm === 'which') &&
            mayBeFiniteVerb(doc, j + 1) &&
            definitePhraseAfterComma(doc, j - 1, lo)) ||
          // "A group that researchers link to Varkand claimed": an object's relative clause, its
          // own subject a lowercase plural, on the noun phrase opening the sentence.
          (t.norm === 'that' &&
            DETERMINERS.has(doc.tokens[lo].norm) &&
            isRegularPlural(doc.tokens[j + 1]) &&
            !doc.tokens[j + 1].cap &&
            !isRegularPlural(doc.tokens[j - 1]) &&
            nounPhraseOpensSentence(doc, j - 1, lo)));
      if (!andBetweenNames && !(relative && !boundary.has(doc.tokens[j - 1].norm))) break;
    }
    start = j;
    j--;
  }
  // A long description cut by the length limit keeps its article ("an official speaking on …").
  if (end - j > MAX_SOURCE && j >= lo && DETERMINERS.has(doc.tokens[j].norm)) start = j;
  const opened = start;
  // Not a word glued to the next one ("AT&T"), nor "At least two artists".
  while (
    start < end &&
    ((PREPOSITIONS.has(doc.tokens[start].norm) &&
      doc.tokens[start + 1]?.start !== doc.tokens[start].end &&
      !(doc.tokens[start].norm === 'at' && /^(?:least|most)$/.test(doc.tokens[start + 1]?.norm ?? ''))) ||
      doc.tokens[start].text === ')')
  )
    start++;
  // "Then the mayor said", "Later Ms Holt told": an adverb opening the sentence is no part of it.
  // So is a time phrase there ("Earlier this month Harwell reported").
  if (end - start > 1 && start === lo && LEADING_ADVERBS.has(doc.tokens[start].norm)) start++;
  if (start === lo || LEADING_ADVERBS.has(doc.tokens[start - 1]?.norm ?? '')) {
    const time = timeAfter(doc, start, end);
    if (time > 0 && start + time < end) start += time;
  } else if (opened === lo && start > opened) {
    // "On Friday the union urged calm": the preposition went above, its time goes too.
    const time = timeAfter(doc, opened, end);
    if (time > 0 && opened + time > start && opened + time < end) start = opened + time;
  }
  return start < end ? [start, end] : null;
}

/**
 * "A judge in the murder and arson trial": "and" between two bare lowercase nouns, after a
 * preposition that follows the sentence's opening noun phrase, joins nouns inside the phrase.
 */
function nounsJoinedInPhrase(doc: Document, and: number, lo: number): boolean {
  const before = doc.tokens[and - 1];
  const after = doc.tokens[and + 1];
  const bare = (t: DocToken | undefined) =>
    !!t && t.kind === 'word' && !t.cap && !t.stop && hasLemma(t.lemma, 'n') && !FINITE.has(t.norm);
  if (!bare(before) || !bare(after)) return false;
  for (let k = and - 2; k > lo; k--) {
    const t = doc.tokens[k];
    if (t.kind !== 'word' || FINITE.has(t.norm)) return false;
    if (PREPOSITIONS.has(t.norm)) return nounPhraseOpensSentence(doc, k - 1, lo);
  }
  return false;
}

/** Plurals that need no -s ("Police and prosecutors said"). */
const BARE_PLURALS = new Set(['police', 'staff', 'media', 'clergy', 'personnel']);

/**
 * "Parents and teachers criticised …", "Police and prosecutors said": two bare plurals joined at
 * the start of the sentence speak together.
 */
function pluralsJoinedAtStart(doc: Document, and: number, lo: number, end: number): boolean {
  const plural = (t: DocToken) =>
    t.kind === 'word' && (BARE_PLURALS.has(t.norm) || hasLemma(pluralLemma(t) ?? '', 'n'));
  // ("Mountain guides and ski resort operators": the first may have a modifier too.)
  if (and <= lo || !plural(doc.tokens[and - 1])) return false;
  if (!opensSentence(doc, and - 1, lo) && !(and - 1 - lo <= 2 && nounPhraseOpensSentence(doc, and - 1, lo)))
    return false;
  // The second may have a modifier of its own ("free-speech advocates").
  if (end - and - 1 > 4 || !plural(doc.tokens[end - 1])) return false;
  for (let k = and + 1; k < end; k++) {
    const t = doc.tokens[k];
    if (t.cap || FINITE.has(t.norm) || (t.kind === 'punct' && t.text !== '-')) return false;
  }
  return true;
}

/** Words a subject's noun phrase before a relative "that" may have ("Civil rights groups"). */
const RELATIVE_HEAD_REACH = 5;

/** Words of a noun phrase opening the sentence before its relative clause ("The family of a young girl who …"). */
const OPENING_HEAD_WORDS = 7;

/** The lowercase or capitalised words ending at token `last` run back to the sentence's start. */
function nounPhraseOpensSentence(doc: Document, last: number, lo: number): boolean {
  // (A compound's glued pieces, "16-year-old", count as one word.)
  let words = 0;
  for (let j = last; j >= lo && words < OPENING_HEAD_WORDS; j--) {
    const t = doc.tokens[j];
    // A plural possessive's apostrophe stays in the phrase ("The nurses' union").
    const apostrophe = (t.text === "'" || t.text === '’') && j > lo && doc.tokens[j - 1].end === t.start;
    // So do a compound's figures and hyphens ("a 16-year-old girl").
    const inWord =
      (t.kind === 'number' || t.text === '-') &&
      ((j > lo && doc.tokens[j - 1].end === t.start) || doc.tokens[j + 1]?.start === t.end);
    if ((t.kind !== 'word' && !apostrophe && !inWord) || FINITE.has(t.norm)) return false;
    if (t.kind === 'word' && !(j > lo && doc.tokens[j - 1].end === t.start)) words++;
    // Nor a clause: "Prices rose and the analysts said".
    if (!t.cap && ((t.norm.endsWith('ed') && t.norm !== t.lemma) || isIrregularVerbForm(t.norm)))
      return false;
    // Not a gerund's object: "Closing the shops that sold …".
    if (opensSentence(doc, j, lo)) return !t.norm.endsWith('ing');
  }
  return false;
}

/** A noun phrase ending at token `last` opens on "the" right after a comma ("…, the company"). */
function definitePhraseAfterComma(doc: Document, last: number, lo: number): boolean {
  for (let j = last; j > lo && last - j < RELATIVE_HEAD_REACH; j--) {
    const t = doc.tokens[j];
    if (t.kind !== 'word' || FINITE.has(t.norm)) return false;
    if (t.norm === 'the') return doc.tokens[j - 1].text === ',' || isCloseQuote(doc, j - 1);
  }
  return false;
}

/**
 * "The foreign ministries of Arland, Beskia and Corvo said": a comma in a list of names that
 * ends the speaker, between capitalised words, with one "and" between names after it.
 */
function listOfNames(doc: Document, comma: number, start: number, end: number): boolean {
  if (doc.tokens[comma].text !== ',' || start >= end || !doc.tokens[comma - 1]?.cap) return false;
  // The item before the comma is a name too: no time ("On Tuesday, Ada Marren and …"), nor the
  // object of a preposition ("bids by Entertainment Inc, S and P noted").
  let k = comma - 1;
  while (k > 0 && doc.tokens[k - 1].cap && doc.tokens[k - 1].kind === 'word') k--;
  if (WEEKDAYS.has(doc.tokens[comma - 1].norm) || PREPOSITIONS.has(doc.tokens[k].norm)) return false;
  // (But "the ministries of | Arland, Beskia and Corvo": a body's "of" leads into the list.)
  if (k > 0 && doc.tokens[k - 1].norm !== 'of' && PREPOSITIONS.has(doc.tokens[k - 1].norm)) return false;
  let ands = 0;
  for (let m = comma + 1; m < end; m++) {
    const t = doc.tokens[m];
    if (t.norm === 'and' && !t.cap) ands++;
    else if (t.kind !== 'word' || !t.cap) return false;
  }
  return ands === 1 && doc.tokens[comma + 1].cap && doc.tokens[end - 1].cap;
}

/** Tokens back from a possessive within which its noun phrase's article is looked for. */
const POSSESSOR_REACH = 3;

/**
 * "the group’s [attacks on]", "Trump’s [claim]": a cue right after a possessive is a noun, and its
 * source is the possessor with its "’s" (as PolNeAR marks it, 160 of 171 times in train): the
 * name it ends, and lowercase words back to their article. Null when the word before the cue is
 * no possessive.
 */
function possessorBefore(doc: Document, before: number, lo: number): TokenRange | null {
  const p = before - 1;
  if (p < lo || !/[’']s$/.test(doc.tokens[p].text) || doc.tokens[p].kind !== 'word') return null;
  let k = p;
  // The capitalised name it ends ("Standard and Poor’s", "Mrs. Clinton’s").
  while (k - 1 >= lo) {
    const t = doc.tokens[k - 1];
    const joins = (t.norm === 'and' || t.norm === 'of' || t.text === '&') && doc.tokens[k - 2]?.cap;
    if ((t.kind === 'word' && t.cap) || isAbbreviationDot(doc, k - 1) || joins) k--;
    else break;
  }
  // Lowercase modifiers back to an article ("the terror group’s", "the Trump campaign’s").
  let d = k - 1;
  while (d >= lo && k - d <= POSSESSOR_REACH) {
    const t = doc.tokens[d];
    if (t.kind !== 'word' || t.cap || t.stop) break;
    d--;
  }
  if (d >= lo && DETERMINERS.has(doc.tokens[d].norm)) k = d;
  return [k, before];
}

/** Words before "and" within which a comma must open a list of speakers. */
const JOINED_REACH = 4;

/**
 * "…, aid groups and envoys said": the words between a comma and the "and" at token
 * `and` are a noun phrase (no verb or auxiliary among them), so the two speak together. Not
 * "Prices rose and analysts said", whose first part is a clause.
 */
function nounsAfterComma(doc: Document, and: number, lo: number): boolean {
  for (let k = and - 1; k >= lo && and - k <= JOINED_REACH + 1; k--) {
    const t = doc.tokens[k];
    if (t.text === ',') return k < and - 1 && !isQuoted(doc, k);
    if (t.kind !== 'word' || FINITE.has(t.norm) || (t.norm !== t.lemma && !t.norm.endsWith('s')))
      return false;
  }
  return false;
}

/**
 * "It was the club that announced her retirement": in a cleft sentence the focused phrase between
 * "it was" and "that"/"who" (token j) is the subject of the cue after it. Null when j is no such end.
 */
export function cleftFocus(doc: Document, j: number, lo: number): TokenRange | null {
  if (j < lo || (doc.tokens[j].norm !== 'that' && doc.tokens[j].norm !== 'who')) return null;
  for (let k = j - 1; k > lo && j - k <= MAX_SOURCE; k--) {
    const t = doc.tokens[k];
    if (t.kind === 'punct' && !/[’']/.test(t.text)) return null;
    if ((t.norm === 'was' || t.norm === 'is') && doc.tokens[k - 1].norm === 'it')
      return k + 1 < j ? [k + 1, j] : null;
  }
  return null;
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

const COMPARATIVES = new Set(['more', 'less', 'fewer', 'rather', 'other', 'greater']);

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
