// The source noun phrase before a cue ("The family of a teenager who died after … said"): the
// words back from the cue past auxiliaries, adverbs and times, a possessor or a cleft's focus, and
// how far a subject runs across relative clauses, lists and joined nouns. Separate from sources.ts,
// which holds the source after a cue and the helpers both share; the tests on joined and opening
// noun phrases it uses are in subject-joins.ts.
import { wordSet } from '../lexicon/load.js';
import { hasLemma } from '../lexicon/wordnet.js';
import type { Document } from '../text/document.js';
import { isCloseQuote, isQuoted } from './quotes.js';
import { titleQuoteStartBefore } from './titles.js';
import type { TokenRange } from './types.js';
import { DETERMINERS, POSSESSIVES } from './names.js';
import { timeAfter, timeBefore } from './times.js';
import { commaInNounList } from './noun-lists.js';
import { isSubjectThat } from './relative-that.js';
import { relativeAcrossAdjunct, relativeBeforeAside } from './relative-reach.js';
import { isAbbreviationDot, MAX_SOURCE } from './sources.js';
import {
  definitePhraseAfterComma,
  listOfNames,
  nounPhraseOpensSentence,
  nounsAfterComma,
  nounsJoinedInPhrase,
  pluralsJoinedAtStart,
} from './subject-joins.js';
import {
  isPluralPossessiveMark,
  isRegularPlural,
  LEADING_ADVERBS,
  mayBeFiniteVerb,
  NOMINATIVE_PRONOUNS,
  PREPOSITIONS,
} from './word-forms.js';

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

const COMPARATIVES = new Set(['more', 'less', 'fewer', 'rather', 'other', 'greater']);
