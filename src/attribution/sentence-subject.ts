// The noun phrase that opens a sentence or a clause ("The GOP nominee", "About 200 researchers",
// "The biggest dockworkers' union"), past a dateline, an opening adverb, a question put, a phrase
// of time or place: the speaker of a participle or a second predicate that names none (settle.ts).
import { isIrregularVerbForm } from '../lexicon/exceptions.js';
import { wordSet } from '../lexicon/load.js';
import type { Document, DocToken } from '../text/document.js';
import { isAgentNoun } from './agents.js';
import { isAppealsBody } from './cue-repairs.js';
import { afterDateline } from './datelines.js';
import { AFFILIATION } from './name-extent.js';
import { isTitleWord, WEEKDAYS } from './names.js';
import { bareOpeningAdverbs, isOpeningAdverb } from './opening-adverbs.js';
import { lowercaseSubjectAt } from './lowercase-subjects.js';
import { pastOpeningPhrases } from './opening-phrases.js';
import { isAbbreviationDot } from './sources.js';
import { timePhrase } from './times.js';
import type { TokenRange } from './types.js';
import { ASKING_PARTICIPLES, FINITE, isPluralPossessiveMark, isRegularPlural } from './word-forms.js';

const NOUN_PHRASE_OPENER = /^(the|a|an|he|she|they|it|we|i|those|some|many|most|several|others|other|both)$/;
/** Plurals of groups that a lemma does not show ("state media", "local people"). */
const GROUP_PLURALS = new Set(['media', 'people', 'police', 'staff', 'personnel']);
const COUNT_WORDS = new Set(['hundred', 'hundreds', 'thousand', 'thousands', 'dozen', 'dozens', 'million']);
/** Words of an approximate count ("About 200 researchers"). */
const APPROXIMATIONS = new Set(['about', 'around', 'nearly', 'roughly', 'almost', 'some', 'over']);
const QUANTIFIER_OPENER =
  /^(some|many|most|several|few|both|all|other|two|three|four|five|dozens|hundreds|thousands)$/;

/** The noun phrase opening a sentence ("The GOP nominee", "Trump"), if it opens with one. */
export function sentenceSubject(doc: Document, sentence: number): TokenRange | null {
  const s = doc.sentences[sentence];
  // Past a dateline: "NORTHFIELD, March 3 (Wire) - The central bank held rates, saying ...".
  let start = afterDateline(doc, s.tokenStart, s.tokenEnd);
  // Past an opening conjunction before a phrase and its comma: "But on Monday, Reyn reversed himself, telling …".
  if (OPENING_CONJUNCTIONS.has(doc.tokens[start]?.norm ?? '')) start++;
  // Past an adverb or a time with no comma before a subject: "Then she shattered …, pledging",
  // "And even Vell tried …", "On Tuesday she doubled down …", "By Sunday afternoon she had …".
  const bare = start + bareOpeningAdverbs(doc, start);
  const timed = leadingTime(doc, bare, s.tokenEnd);
  if (timed > start && doc.tokens[timed]?.kind === 'word') {
    const subject = subjectAt(doc, timed, s.tokenEnd);
    // (Not a lone article before a noun cue: "But even a | passing promise that …".)
    if (subject && (subject[1] - subject[0] > 1 || !ARTICLES.has(doc.tokens[subject[0]].norm)))
      return subject;
  }
  // Past phrases before the subject: "Hours later, Vance returned …", "Instead, the senator is …".
  const main = pastOpeningPhrases(doc, start, s.tokenEnd);
  if (main > start && subjectAt(doc, main, s.tokenEnd)) return subjectAt(doc, main, s.tokenEnd);
  // Else the older skips below, from `start` again. They are not pastOpeningPhrases's: they pass
  // phrases it does not ("Asked about the delay,"; a title-case headline's) and try a lowercase
  // subject after one phrase only ("On Monday, in Dover, local groups …" gives none), so folding
  // them into it would change what is found.
  // Past an adverb and its comma: "Earlier, Whitcombe appeared at the rally and endorsed …".
  // ("Ultimately, Vell ignored the advice and refused …": any adverb, opening-adverbs.ts.)
  if (isOpeningAdverb(doc, start)) start += 2;
  // Past a question put to the subject: "Asked about the delay, Munsey declined to comment, saying …".
  if (ASKING_PARTICIPLES.has(doc.tokens[start]?.norm ?? '')) {
    let j = start + 1;
    while (j < s.tokenEnd && j - start < ASKED_REACH && doc.tokens[j].text !== ',') j++;
    if (j < s.tokenEnd - 1 && doc.tokens[j].text === ',') start = j + 1;
  }
  // Past a phrase opening the sentence: "In a note, Harwell cut its rating, saying …".
  if (LEAD_PREPOSITIONS.has(doc.tokens[start]?.norm ?? '')) {
    let j = start + 1;
    while (
      j < s.tokenEnd &&
      j - start < LEAD_REACH &&
      doc.tokens[j].kind === 'word' &&
      !FINITE.has(doc.tokens[j].norm)
    )
      j++;
    if (j < s.tokenEnd - 1 && doc.tokens[j].text === ',') start = j + 1;
  }
  // Past a time opening the clause: "Last year the company cut jobs", "In 2023 she postponed".
  let time = leadingTime(doc, start, s.tokenEnd);
  // ("On Monday, the ministry responded, saying …": and past its comma.)
  if (time > start && doc.tokens[time]?.text === ',') time++;
  const at = time > start ? time : start;
  // (After an opening phrase, a lowercase subject: "Overall, local groups reported …".)
  const lower = at > s.tokenStart ? lowercaseSubjectAt(doc, at, s.tokenEnd) : null;
  return (
    (time > start ? subjectAt(doc, time, s.tokenEnd) : null) ?? lower ?? subjectAt(doc, start, s.tokenEnd)
  );
}

const OPENING_CONJUNCTIONS = new Set(['but', 'and', 'yet']);
const ARTICLES = new Set(['a', 'an', 'the']);

/** Prepositions opening a phrase before the subject ("In a note,", "After the vote,"). */
const LEAD_PREPOSITIONS = new Set([
  'in',
  'on',
  'at',
  'after',
  'during',
  'under',
  'with',
  'for',
  'by',
  'despite',
]);
/** Tokens such a phrase may run before its comma. */
const LEAD_REACH = 8;

/** Tokens an opening question may run before its comma ("Asked about the decision to sail,"). */
const ASKED_REACH = 20;

/** Prepositions before a year that opens a clause ("In 2023 she …"). */
const YEAR_PREPOSITIONS = new Set(['in', 'by', 'since', 'until']);

/** Where the clause goes on after a time phrase at `start` with no comma ("Last year the …",
 *  "In 2023 she …"), or `start` when there is none. */
function leadingTime(doc: Document, start: number, end: number): number {
  const phrase = timePhrase(doc, start, end);
  if (phrase > 0) return start + phrase;
  // ("By Sunday afternoon she …": a deadline's "by" before a day.)
  if (doc.tokens[start]?.norm === 'by' && WEEKDAYS.has(doc.tokens[start + 1]?.norm ?? '')) {
    const day = timePhrase(doc, start + 1, end);
    if (day > 0) return start + 1 + day;
  }
  const year = doc.tokens[start + 1];
  if (
    YEAR_PREPOSITIONS.has(doc.tokens[start]?.norm ?? '') &&
    year?.kind === 'number' &&
    /^\d{4}$/.test(year.text)
  )
    return start + 2;
  return start;
}

/** "the company cut jobs": a verb whose past is its base form ("cut", "set") after a noun is the
 *  verb, not a word of the noun phrase ("the budget cut" after "the" is one). */
function samePastVerb(norm: string, prev: DocToken | null): boolean {
  return prev !== null && prev.norm !== 'the' && wordSet('spin-same-past').has(norm);
}

/** "The officers’ union": a plural possessive's apostrophe inside the noun phrase, a word after it. */
function pluralPossessiveAt(doc: Document, i: number): boolean {
  return doc.tokens[i + 1]?.kind === 'word' && isPluralPossessiveMark(doc, i);
}

/** The noun phrase opening a clause at token `start` (before `limit`), if it opens with one. */
export function subjectAt(doc: Document, start: number, limit: number): TokenRange | null {
  const first = doc.tokens[start];
  // "About 200 researchers": an approximation before a count.
  const approximate = APPROXIMATIONS.has(first?.norm ?? '') && doc.tokens[start + 1]?.kind === 'number';
  if (!first || first.kind !== 'word' || (first.stop && !NOUN_PHRASE_OPENER.test(first.norm) && !approximate))
    return null;
  let end = approximate ? start + 2 : start;
  let sawCount = false;
  while (end < limit && end - start < 8) {
    const t = doc.tokens[end];
    // After "the" or a possessive, uninflected lowercase words go on ("the central bank",
    // "Northfield's central bank"); an inflected one is the verb ("held").
    const prev = end > start ? doc.tokens[end - 1] : null;
    const modified =
      prev !== null &&
      (prev.norm === 'the' ||
        /[’']s$/.test(prev.text) ||
        (!prev.cap && prev.kind === 'word') ||
        // ("Several hundred students": a function word capitalised to open the sentence.)
        (end - 1 === start && QUANTIFIER_OPENER.test(prev.norm)) ||
        // "The Orsenian government": a capitalised modifier after the article.
        (prev.cap && end - 2 >= start && doc.tokens[end - 2].norm === 'the') ||
        (end - 1 > start && isPluralPossessiveMark(doc, end - 1)));
    // "Pop singer Mara Quinn", "Budget airline SkyNorth": a capitalised modifier before a noun of
    // a person or body (not a verb: "Quinn cancelled").
    // ("Green Party leader Anna Vell": after a capitalised run too.)
    const described =
      prev !== null &&
      prev.cap &&
      t.kind === 'word' &&
      !t.cap &&
      // ("Drusovian officials": a plural too.)
      (t.norm === t.lemma || t.norm === `${t.lemma}s`) &&
      (isTitleWord(t.lemma) || isAgentNoun(t.lemma));
    // "Mrs. Ruiz": a title's abbreviation dot inside the name.
    // "Hundreds of nurses", "Dozens of angry residents": a count's "of" and its plural.
    const counted =
      t.kind === 'word' &&
      ((t.norm === 'of' && prev !== null && COUNT_WORDS.has(prev.norm)) ||
        (end - 2 >= start &&
          (prev?.norm === 'of' || (!t.cap && end - 3 >= start && doc.tokens[end - 2].norm === 'of')) &&
          COUNT_WORDS.has(doc.tokens[prev?.norm === 'of' ? end - 2 : end - 3].norm) &&
          !t.cap &&
          (isRegularPlural(t) || GROUP_PLURALS.has(t.norm) || t.norm === t.lemma)));
    sawCount ||= counted;
    // "The Review of Arts critic Ines Vale": "of" inside a name in title case.
    const inName =
      t.norm === 'of' &&
      !t.cap &&
      prev !== null &&
      prev.cap &&
      prev.kind === 'word' &&
      !!doc.tokens[end + 1]?.cap;
    const np =
      counted ||
      inName ||
      described ||
      (t.kind === 'punct' && end > start && (isAbbreviationDot(doc, end) || pluralPossessiveAt(doc, end))) ||
      (t.kind === 'word' &&
        (t.cap ||
          NOUN_PHRASE_OPENER.test(t.norm) ||
          prev?.norm === 'the' ||
          (modified &&
            (t.norm === t.lemma || GROUP_PLURALS.has(t.norm)) &&
            !t.stop &&
            !isIrregularVerbForm(t.norm) &&
            !samePastVerb(t.norm, prev)))) ||
      // "A federal appeals court": a noun before the body it names.
      (modified && isAppealsBody(doc, end)) ||
      // "The biggest dockworkers' union": a plural owner before the body.
      (modified && t.kind === 'word' && !t.cap && isRegularPlural(t) && pluralPossessiveAt(doc, end + 1)) ||
      // "Several hundred students", "12 teachers": a plural after a count.
      (prev !== null &&
        // ("other economists", "both houses": after a quantifier opening the phrase too.)
        (prev.kind === 'number' ||
          COUNT_WORDS.has(prev.norm) ||
          (end - 1 === start && QUANTIFIER_OPENER.test(prev.norm))) &&
        t.kind === 'word' &&
        !t.cap &&
        isRegularPlural(t));
    if (!np) break;
    end++;
  }
  // "Analysts at Fenmore Capital", "Those at the Pentagon": where the speakers work.
  if (end > start && end + 1 < limit && AFFILIATION.has(doc.tokens[end].norm)) {
    let k = end + 1;
    if (doc.tokens[k].norm === 'the') k++;
    let run = k;
    while (run < limit && doc.tokens[run].cap && doc.tokens[run].kind === 'word') run++;
    if (run > k) end = run;
  }
  // (A count of things is no speaker: "About 10,000 visas are awarded …".)
  if ((approximate || sawCount) && end > start && !isAgentNoun(doc.tokens[end - 1].lemma)) return null;
  return end > start ? [start, end] : null;
}
