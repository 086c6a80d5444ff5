// Where the reported content begins after its cue: past commas, an adjunct ("said on Monday
// that"), a listener ("told reporters the plan was dead") or up to "that", an opening quotation
// or a colon close by (spans.ts builds frames with it).
import { wordSet } from '../lexicon/load.js';
import { isIrregularVerbForm } from '../lexicon/exceptions.js';
import { hasLemma } from '../lexicon/wordnet.js';
import type { DocToken, Document } from '../text/document.js';
import type { CueTokens } from './types.js';
import { DETERMINERS, POSSESSIVES } from './names.js';
import { isOpenQuote } from './quotes.js';
import { contentEnd, hasFiniteVerb, SUBJECT_OPENERS } from './sources.js';
import { isThatTime, timeAfter } from './times.js';
import { pastLeadingAsides } from './leading-asides.js';
import { mediumNounEnd } from './speaker-tail.js';
import { isWordnetVerb } from './features.js';
import { saysOn, wordsAfter } from './after-cue.js';
import {
  FINITE,
  isRegularPlural,
  mayBeFiniteVerb,
  NOMINATIVE_PRONOUNS,
  OBJECT_PRONOUNS,
  QUESTION_WORDS,
} from './word-forms.js';

/** "at least 12 people", "at most a dozen": a quantity opening the content, not an adjunct. */
function opensQuantity(doc: Document, i: number, hi: number): boolean {
  const next = i + 1 < hi ? doc.tokens[i + 1].norm : '';
  return doc.tokens[i].norm === 'at' && (next === 'least' || next === 'most');
}

/** Where the reported content begins after a cue: at "that", an opening quotation or a colon, if close by. */
export function forwardStart(doc: Document, cue: CueTokens, hi: number): number {
  const adjuncts = wordSet('attribution-adjuncts');
  const tellVerbs = wordSet('attribution-tell-verbs');
  let from = cue.last;
  while (from < hi && (doc.tokens[from].text === ',' || doc.tokens[from].text === ':')) from++;
  // "cautioned, however, that …": a discourse adverb in commas belongs to the reporting clause.
  if (
    from + 1 < hi &&
    from > cue.last &&
    DISCOURSE_ADVERBS.has(doc.tokens[from].norm) &&
    doc.tokens[from + 1].text === ','
  )
    from += 2;
  from = pastLeadingAsides(doc, cue, from, hi);
  // "said Monday they …", "said on Friday the …": the time is the saying's, not the content's (in
  // PolNeAR train, 73 of 76 contents after such a time start after it).
  from += timeAfter(doc, from, hi);
  const lastCueWord = doc.tokens[cue.last - 1];
  const listener = tellVerbs.has(lastCueWord.lemma) || tellVerbs.has(lastCueWord.norm);
  // "said to the journalists during a briefing that ...": the listener is skipped like an adjunct.
  // "said in a statement on | its website that …": a cue ending on a preposition leaves its noun
  // phrase after it, an adjunct like those that open with a preposition.
  const opensAdjunct =
    from < hi &&
    ((adjuncts.has(doc.tokens[from].norm) && !opensQuantity(doc, from, hi)) ||
      endsOnAdjunctPreposition(doc, cue) ||
      // "said in a statement | issued by his agent that …": the medium's participle and agent.
      (from + 1 < hi && /(?:ed|en)$/.test(doc.tokens[from].norm) && doc.tokens[from + 1].norm === 'by') ||
      ((wordSet('speech-core').has(lastCueWord.lemma) || wordSet('speech-verbs').has(lastCueWord.lemma)) &&
        toListener(doc, from, hi)));
  if (!listener && !opensAdjunct) return from;
  // "promised to review the rise but said …": an infinitive right after the cue is its content,
  // not a listener before a clause further on.
  if (listener && isInfinitive(doc, from, hi)) return from;
  // "asked whether the government would resign": the question word opens the content (PolNeAR
  // train: 125 contents open on "whether", none start after it); it is no listener.
  if (listener && from < hi && QUESTION_WORDS.has(doc.tokens[from].norm)) return from;
  // "deep-sea mining, which she warned | could destroy ecosystems that …": an auxiliary opens no
  // listener; the clause it opens is the content, and a "that" in it a relative.
  if (listener && from < hi && FINITE.has(doc.tokens[from].norm)) return from;
  for (let j = from; j < Math.min(hi, from + START_REACH); j++) {
    const t = doc.tokens[j];
    // "told state radio, adding that …": the "that" is the next statement's.
    if (t.text === ',' && saysOn(doc, j + 1)) return from;
    // "urged both sides to avoid any step that cannot be undone": the listener's infinitive is the
    // content; a "that" after it opens a relative clause inside it.
    if (listener && j > from && isBareInfinitive(doc, j, hi) && isListenerBefore(doc, from, j)) return from;
    // "asked Alison Drummond whether the bonuses were fair": the question opens the content.
    if (listener && j > from && (t.norm === 'whether' || t.norm === 'if') && isListenerBefore(doc, from, j))
      return j;
    // (Past the usual reach only a "that" after an aside's comma: "…, seen by reporters, that".)
    if (j - from >= NEAR_REACH && !(t.norm === 'that' && doc.tokens[j - 1].text === ',')) {
      if (t.kind === 'punct' && t.text !== ',') break;
      continue;
    }
    if (t.norm === 'that' && !isThatTime(doc, j)) {
      // "warned both sides against any step that cannot be undone", "told reporters the deal that
      // was signed would hold": a "that" after a noun phrase of its own and before a verb opens a
      // relative clause, not the content.
      if (!isRelativeThat(doc, from, j)) return j;
      return listener ? afterListener(doc, from, hi) : from;
    }
    if (isOpenQuote(doc, j)) {
      // "told residents to “stay calm”", "urged him not to “…”": the quotation is the listener's
      // infinitive, and the content opens on the listener as it does when the infinitive is not
      // quoted ("urged both sides to return to talks"). (PolNeAR train and dev mark 2 of 6 such
      // contents so, 4 from "to"; too few to read two ways one shape.)
      if (listener && j > from + 1 && doc.tokens[j - 1].norm === 'to' && isListenerBefore(doc, from, j - 1))
        return from;
      // "told reporters the firm was “looking at every option”": the quotation ends a clause
      // that starts after the listener.
      const clause = listener ? afterListener(doc, from, hi) : from;
      if (clause > from && clause < j) return clause;
      // "warned the plan was “reckless”": a clause of its own opens after the cue, no listener.
      return listener && hasFiniteVerb(doc, [from + 1, j]) && !OBJECT_PRONOUNS.has(doc.tokens[from].norm)
        ? from
        : j;
    }
    if (t.text === ':') return j + 1;
    // A hyphen inside a word ("a 42-page opinion") is no break.
    const joined = t.text === '-' && t.start === doc.tokens[j - 1]?.end;
    if (t.kind === 'punct' && t.text !== ',' && !joined) break;
  }
  return listener ? afterListener(doc, from, hi) : from;
}

/**
 * How far after the cue's adjuncts "that", a quotation or a colon may still open the content
 * ("told employees in an internal memo, seen by reporters, that …").
 */
const START_REACH = 14;
/** How far any of them may open the content. */
const NEAR_REACH = 10;

/** Adverbs set off by commas between a cue and its content ("said, however, that"). */
const DISCOURSE_ADVERBS = new Set([
  'however',
  'though',
  'nevertheless',
  'nonetheless',
  'again',
  'too',
  'also',
  'meanwhile',
]);

/** Prepositions a generous cue may end on before its adjunct's noun phrase ("said in a statement on"). */
const CUE_END_PREPOSITIONS = new Set(['on', 'in', 'at', 'during', 'after']);

/**
 * Prepositions that close the medium of a verb of saying and open whom it was for or with ("argued
 * in a column for | the Courier that", "said in an interview with | the paper that", "wrote in a
 * note to | clients that"); after other
 * verbs they open what the noun asks for ("made a plea for | the party to unite").
 */
const MEDIUM_PARTNER_PREPOSITIONS = new Set(['for', 'with', 'to']);

/**
 * Does the cue end on a preposition after a noun phrase of its own ("said in a statement on", "told
 * reporters in an interview at")? Not a phrasal verb's particle ("called on", "focus on").
 */
function endsOnAdjunctPreposition(doc: Document, cue: CueTokens): boolean {
  const p = cue.last - 1;
  if (p - cue.first < 3) return false;
  const preposition = doc.tokens[p].norm;
  const partner =
    MEDIUM_PARTNER_PREPOSITIONS.has(preposition) && wordSet('speech-verbs').has(doc.tokens[cue.first].lemma);
  if (!CUE_END_PREPOSITIONS.has(preposition) && !partner) return false;
  const determiner = doc.tokens[p - 2].norm;
  return DETERMINERS.has(determiner) || POSSESSIVES.has(determiner);
}

const CLAUSE_SUBJECTS = new Set([...SUBJECT_OPENERS, 'his', 'their', 'its', 'there']);

/** Words before a pronoun that make its clause an adjunct or a question, not the content. */
const NOT_CONTENT_OPENERS = new Set([
  ...['who', 'whom', 'what', 'which', 'why', 'how', 'when', 'where', 'whether', 'if'],
  ...['as', 'while', 'after', 'before', 'because', 'since', 'until', 'once', 'though', 'although'],
]);

const LISTENER_DETERMINERS = new Set([...DETERMINERS, ...POSSESSIVES, 'reporters', 'journalists']);

/** "to the journalists", "to reporters", "to Congress" after a verb of saying: a listener, not an
 *  infinitive (after other cues it may be the content: "pointed to the fact that ..."). */
export function toListener(doc: Document, from: number, hi: number): boolean {
  if (from + 1 >= hi || doc.tokens[from].norm !== 'to') return false;
  const next = doc.tokens[from + 1];
  return next.kind === 'word' && (LISTENER_DETERMINERS.has(next.norm) || next.cap);
}

/** "to review …": "to" before a lowercase word that opens no noun phrase. */
export function isInfinitive(doc: Document, from: number, hi: number): boolean {
  // (A cue may end the text: "Shares slump after profit warning".)
  if (from + 1 >= hi || doc.tokens[from].norm !== 'to') return false;
  const next = doc.tokens[from + 1];
  return next.kind === 'word' && !next.cap && !LISTENER_DETERMINERS.has(next.norm);
}

/** Prepositions inside a listener's noun phrase ("residents of the region"). */
export const LISTENER_PREPOSITIONS: ReadonlySet<string> = new Set([
  'of',
  'in',
  'for',
  'from',
  'at',
  'with',
  'on',
  'across',
]);

/**
 * "told reporters the plan was dead": a listener of one to three words, then a clause that
 * opens with a determiner or subject pronoun and has an auxiliary: the content is the clause.
 */
function afterListener(doc: Document, from: number, hi: number): number {
  let limit = Math.min(hi, from + 4);
  for (let j = from + 1; j < limit; j++) {
    const t = doc.tokens[j];
    // "told the Courier in an interview the economy …": the medium is the saying's.
    const medium = mediumNounEnd(doc, j, hi);
    if (medium > 0) {
      if (medium >= hi || doc.tokens[medium].kind !== 'word') return from;
      const clause = afterListener(doc, medium - 1, hi);
      return clause === medium - 1 ? from : clause;
    }
    if (t.kind !== 'word') return from;
    // "told lawmakers inflation was falling": after a one-word listener, a bare noun and an
    // auxiliary open the clause.
    if (
      j === from + 1 &&
      oneWordListener(doc.tokens[from]) &&
      !t.stop &&
      FINITE.has(doc.tokens[j + 1]?.norm ?? '')
    )
      return j;
    // ("told the jury her husband had …": a possessive "her" after the listener's noun.)
    const possessiveHer =
      t.norm === 'her' && j > from && !doc.tokens[j - 1].stop && doc.tokens[j - 1].kind === 'word';
    if (!CLAUSE_SUBJECTS.has(t.norm) && !possessiveHer) continue;
    // "urged residents of the region to stay indoors": a noun phrase after a preposition is
    // still the listener's.
    if (LISTENER_PREPOSITIONS.has(doc.tokens[j - 1].norm)) {
      limit = Math.min(hi, j + 4);
      continue;
    }
    // A nominative pronoun opens a clause with or without an auxiliary ("told the Courier they lacked").
    if (NOMINATIVE_PRONOUNS.has(t.norm) && !NOT_CONTENT_OPENERS.has(doc.tokens[j - 1].norm)) return j;
    return hasFiniteVerb(doc, [j, contentEnd(doc, j, hi)]) || pastVerbAfterNoun(doc, j + 1, hi) ? j : from;
  }
  return from;
}

/** A verb in the past right after a short noun phrase from token i ("the rebels | fired first"). */
function pastVerbAfterNoun(doc: Document, i: number, hi: number): boolean {
  for (let k = i + 1; k < Math.min(hi, i + 3); k++) {
    const t = doc.tokens[k];
    if (t.kind !== 'word') return false;
    const past = (t.norm.endsWith('ed') && t.norm !== t.lemma) || isIrregularVerbForm(t.norm);
    if (past && mayBeFiniteVerb(doc, k) && hasLemma(doc.tokens[k - 1].lemma, 'n')) return true;
  }
  return false;
}

/** A listener of one word: an object pronoun or a bare plural ("them", "lawmakers"). */
function oneWordListener(t: DocToken): boolean {
  return t.kind === 'word' && (OBJECT_PRONOUNS.has(t.norm) || (!t.cap && isRegularPlural(t)));
}

/** "to avoid": "to" and a verb's bare form (not "to educators"). */
function isBareInfinitive(doc: Document, j: number, hi: number): boolean {
  if (!isInfinitive(doc, j, hi)) return false;
  const verb = doc.tokens[j + 1];
  return verb.norm === verb.lemma && isWordnetVerb(verb.lemma);
}

/** Are tokens [from, to) a listener alone: a few words, no clause's subject pronoun or verb
 *  ("both sides", "400 union members"; not "the Courier they expect it")? */
function isListenerBefore(doc: Document, from: number, to: number): boolean {
  if (to - from > 6) return false;
  for (let k = from; k < to; k++) {
    const t = doc.tokens[k];
    if (t.norm === 'that' || NOMINATIVE_PRONOUNS.has(t.norm)) return false;
    // A verb (not a plural in -s: "both sides"), or a second noun phrase opening on an article
    // ("the Courier | the port plans to"), not one after a preposition ("residents of the region").
    if (mayBeFiniteVerb(doc, k) && !(t.norm.endsWith('s') && !FINITE.has(t.norm))) return false;
    if (k > from && DETERMINERS.has(t.norm) && !LISTENER_PREPOSITIONS.has(doc.tokens[k - 1].norm))
      return false;
  }
  return true;
}

/** Determiners and quantifiers that open a noun phrase a relative "that" may follow. */
const PHRASE_OPENERS = new Set([
  'the',
  'a',
  'an',
  'any',
  'every',
  'each',
  'some',
  'this',
  'these',
  'those',
  'no',
]);

/** Is the "that" at token j, after the noun phrase a determiner opens past `from` and before a
 *  verb, a relative pronoun ("any step | that cannot be undone")? */
function isRelativeThat(doc: Document, from: number, j: number): boolean {
  const before = doc.tokens[j - 1];
  if (j + 1 >= doc.tokens.length || !before || before.kind !== 'word' || before.cap) return false;
  let opened = false;
  for (let k = from + 1; k < j - 1; k++) if (PHRASE_OPENERS.has(doc.tokens[k].norm)) opened = true;
  const next = doc.tokens[j + 1];
  // An auxiliary or a verb in -ed ("that was signed", "that cannot", "that failed"), not a noun in
  // -s that opens a clause ("that deals were completed").
  const verb =
    FINITE.has(next.norm) ||
    next.norm === 'cannot' ||
    /n[’']t$/.test(next.norm) ||
    (next.norm.endsWith('ed') && mayBeFiniteVerb(doc, j + 1));
  return opened && verb;
}

/** After a "tell" cue, only a short listener and adjunct follow (no "that", quotation or colon). */
export function onlyListener(doc: Document, cue: CueTokens, start: number, hi: number): boolean {
  const tellVerbs = wordSet('attribution-tell-verbs');
  // "…, she revealed to the media.": a verb of saying and its listener after "to".
  const toPhrase = cue.last < hi && toListener(doc, cue.last, hi);
  // "…, the minister told reporters, days before …": the listener is in the cue.
  let tells = toPhrase;
  for (let i = cue.first; i < cue.last; i++) {
    const t = doc.tokens[i];
    if (tellVerbs.has(t.lemma) || tellVerbs.has(t.norm)) tells = true;
  }
  if (!tells) return false;
  if (start !== cue.last && !toPhrase) return false;
  let end = contentEnd(doc, cue.last, hi);
  // "…, she told state radio, adding that …": a second statement of hers ends the listener's clause.
  for (let j = cue.last; j < end; j++)
    if (doc.tokens[j].text === ',' && saysOn(doc, j + 1)) {
      end = j;
      break;
    }
  for (let j = cue.last; j < end; j++) {
    const t = doc.tokens[j];
    if (t.norm === 'that' || t.text === ':' || isOpenQuote(doc, j)) return false;
    // (A comma may come before an adjunct: "…, the company told staff, a month after …".)
  }
  // "told the Daily Courier on Thursday": a short listener, then only an adjunct.
  let listenerEnd = cue.last;
  while (listenerEnd < end && !ADJUNCT_PREPOSITIONS.has(doc.tokens[listenerEnd].norm)) listenerEnd++;
  // "urge residents to stay indoors": what the listener is told to do is content.
  for (let j = cue.last + 1; j < end; j++) if (isInfinitive(doc, j, end)) return false;
  return (
    wordsAfter(doc, cue.last, listenerEnd) <= 4 &&
    wordsAfter(doc, cue.last, end) <= LISTENER_TAIL &&
    !hasFiniteVerb(doc, [cue.last, end])
  );
}
/** Most words of a listener and its adjuncts after a telling cue ("told reporters at a briefing held in the capital on Friday"). */
const LISTENER_TAIL = 12;
const ADJUNCT_PREPOSITIONS = new Set([
  'on',
  'in',
  'at',
  'during',
  'after',
  'before',
  'this',
  'last',
  'earlier',
  'late',
]);
