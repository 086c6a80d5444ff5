// What follows a cue, read before a frame is built (spans.ts): whether a content follows or only an
// adjunct, a listener or the tail of an inverted speaker ("..., said a trader in Hong Kong").
import { wordSet } from '../lexicon/load.js';
import type { Document } from '../text/document.js';
import type { CueTokens } from './types.js';
import { isWordnetVerb } from './features.js';
import { WEEKDAYS } from './names.js';
import { isOpenQuote, isQuoted } from './quotes.js';
import { hasFiniteVerb } from './sources.js';
import { timePhrase } from './times.js';
import { FINITE, mayBeFiniteVerb, RELATIVE_WORDS } from './word-forms.js';

/** Number of word tokens after the cue before the sentence ends (0 when a quotation opens right away). */
export function wordsAfter(doc: Document, from: number, hi: number): number {
  let j = from;
  while (j < hi && doc.tokens[j].text === ',') j++;
  if (j > from && isOpenQuote(doc, j)) return 0;
  let n = 0;
  for (; j < hi; j++) if (doc.tokens[j].kind === 'word' || doc.tokens[j].kind === 'number') n++;
  return n;
}

/** Does what follows the cue look like content: "that", a quotation, a colon, or a clause not opening with an adjunct? */
export function contentFollows(doc: Document, from: number, hi: number): boolean {
  const adjuncts = wordSet('attribution-adjuncts');
  // "C, it said, and D": the clause goes on after the inserted tag; nothing of its own follows it.
  if (doc.tokens[from]?.text === ',' && COORDINATORS.has(doc.tokens[from + 1]?.norm ?? '')) return false;
  // "The talks, he said, had produced a deal that …": the interrupted clause resumes on its verb.
  if (doc.tokens[from]?.text === ',' && from + 1 < hi && FINITE.has(doc.tokens[from + 1].norm)) return false;
  // "C, officials said, a move that miners warned …", "C, the agency said, the biggest drop in a
  // decade": the narrator's noun phrase on what was said (its "that" opens a relative clause).
  if (doc.tokens[from]?.text === ',' && narratorNounPhrase(doc, from + 1, hi, true)) return false;
  for (let j = from; j < Math.min(hi, from + 10); j++) {
    const t = doc.tokens[j];
    if (t.norm === 'that' || t.text === ':' || (isOpenQuote(doc, j) && j === from)) return true;
    if (j === from && t.kind === 'word' && !adjuncts.has(t.norm) && !timeEndsClause(doc, j, hi)) return true;
    if (t.kind === 'punct' && t.text !== ',') return false;
    // "C, the maker said on Thursday, though experts cautioned that …": a clause of its own.
    if (t.text === ',' && j > from && SUBORDINATORS.has(doc.tokens[j + 1]?.norm ?? '')) return false;
    // "C, police said, adding that …", "C, the bank said, and added that …": a second statement of
    // the speaker's, not this one's content.
    if (t.text === ',' && saysOn(doc, j + 1)) return false;
  }
  return false;
}

/** "said late on Sunday.", "said late on Sunday, adding …": a time phrase that ends the clause is the saying's. */
function timeEndsClause(doc: Document, j: number, hi: number): boolean {
  const n = timePhrase(doc, j, hi);
  return n > 0 && (j + n >= hi || doc.tokens[j + n].kind === 'punct');
}

/** A participle of saying ("adding", "noting") or "and" and a verb of saying in the past at token i. */
export function saysOn(doc: Document, i: number): boolean {
  const t = doc.tokens[i];
  if (!t || t.kind !== 'word') return false;
  const speech = wordSet('speech-verbs');
  if (t.norm.endsWith('ing')) return speech.has(t.lemma);
  const next = doc.tokens[i + 1];
  return (
    t.norm === 'and' &&
    !!next &&
    next.norm !== next.lemma &&
    next.norm.endsWith('ed') &&
    speech.has(next.lemma)
  );
}

const COORDINATORS = new Set(['and', 'but', 'or']);

/** Words opening a clause of their own after a comma. */
const SUBORDINATORS = new Set(['though', 'although', 'while', 'whereas', 'but', 'because', 'even', 'unless']);

export const OBJECTS = new Set(['it', 'him', 'her', 'them', 'us', 'me', 'this', 'that']);

/** Prepositions of the phrases that may close an inverted source: where the speaker works or was. */
const PLACE_LEADS = new Set(['in', 'at', 'with', 'of', 'from', 'on', 'for']);

/**
 * "..., said a dealer in Zurich with a large broker.": from `from` to the sentence's end `end`
 * only prepositional phrases, no clause (no "that", quotation, comma, or finite verb): the
 * inverted source's tail, not content.
 */
export function onlyPlacesAfter(doc: Document, from: number, end: number): boolean {
  if (from >= end || !PLACE_LEADS.has(doc.tokens[from].norm)) return false;
  for (let j = from; j < end; j++) {
    const t = doc.tokens[j];
    // "in a statement that cited strong demand": a relative clause on the phrase's noun, which
    // ends the source; not "that" opening a clause of its own ("that sales rose").
    if (t.norm === 'that' && j > from && relativeThat(doc, j, end)) return true;
    // "said a farmer in the valley who would not give her name": so does "who" on a person.
    if ((t.norm === 'who' || t.norm === 'whose') && j > from) return !hasFiniteVerb(doc, [from, j]);
    if (t.norm === 'that' || t.text === ',' || t.text === ':' || isQuoted(doc, j)) return false;
  }
  return !hasFiniteVerb(doc, [from, end]);
}

/** Is the "that" at token j a relative pronoun: after a noun, before an inflected verb ("that cited")? */
function relativeThat(doc: Document, j: number, end: number): boolean {
  const before = doc.tokens[j - 1];
  const next = doc.tokens[j + 1];
  if (j + 1 >= end || before.kind !== 'word' || before.stop || next.kind !== 'word' || next.cap) return false;
  return (next.norm !== next.lemma && isWordnetVerb(next.lemma)) || FINITE.has(next.norm);
}

/** Prepositions a generous cue may end with ("said from his office", "said by telephone"). */
export const ADJUNCT_LEADS = new Set(['from', 'by', 'in', 'on', 'at', 'during']);

/** Does "that", a colon or an opening quotation follow the cue (after commas)? */
export function introducesContent(doc: Document, from: number, hi: number): boolean {
  let j = from;
  while (j < hi && doc.tokens[j].text === ',') j++;
  return j < hi && (doc.tokens[j].norm === 'that' || doc.tokens[j].text === ':' || isOpenQuote(doc, j));
}

/** Verbs whose object is always the listener, never an inverted speaker. */
const LISTENER_ONLY = new Set(['tell', 'inform', 'assure', 'brief', 'remind', 'notify']);

// Not "by": "The bill, opposed by Senate Democrats, ..." names its agent.
const ADJUNCT_OPENERS = new Set([
  ...[...ADJUNCT_LEADS].filter((w) => w !== 'by'),
  'of',
  'after',
  'before',
  'today',
  'yesterday',
  'tonight',
  'earlier',
  'later',
  'then',
  'last',
  'this',
]);

/** What follows the cue (or its last word: "said of", "said Thursday morning on") is an adjunct
 *  of time or place, or the listener of "told", not an inverted speaker. */
export function adjunctAfterCue(doc: Document, cue: CueTokens, hi: number): boolean {
  const lastWord = doc.tokens[cue.last - 1];
  // "..., Ines Okafor, the director of ..., told The Daily Beacon": the listener (not after
  // "wrote" or "warned": "“C,” writes Paul Ferreira").
  if (LISTENER_ONLY.has(lastWord.lemma)) return true;
  if (cue.last - cue.first > 1 && (ADJUNCT_OPENERS.has(lastWord.norm) || WEEKDAYS.has(lastWord.norm)))
    return true;
  if (cue.last >= hi) return false;
  const next = doc.tokens[cue.last];
  return next.kind === 'word' && (ADJUNCT_OPENERS.has(next.norm) || WEEKDAYS.has(next.norm));
}

/** The first comma after `from` within `max` tokens, outside quotations (-1 if none). */
export function commaAfter(doc: Document, from: number, hi: number, max: number): number {
  for (let j = from; j < hi && j - from <= max; j++) {
    if (isQuoted(doc, j) || isOpenQuote(doc, j)) return -1;
    if (doc.tokens[j].text === ',') return j;
  }
  return -1;
}

/** Tokens after ", while" within which a verb of saying makes the clause another party's. */
const CONTRAST_REACH = 6;
/** Longest appositive passed over after the other party's name. */
const APPOSITIVE_REACH = 8;

/** Words a time before "after"/"before" may have ("hours after", "two days before", "shortly after"). */
const TIME_MEASURES = new Set([
  'hours',
  'days',
  'weeks',
  'months',
  'minutes',
  'moments',
  'shortly',
  'soon',
  'just',
]);

/** How many words of a link that opens another party's clause start at token i (0: none):
 *  "while", "whereas", "hours after", "two days before" (not a bare "after": its clause is often
 *  the speaker's own reason). */
function linkWords(doc: Document, i: number, end: number): number {
  const at = (k: number): string => (i + k < end ? doc.tokens[i + k].norm : '');
  // (", with police officials saying …": another party's saying in an absolute clause.)
  if (at(0) === 'while' || at(0) === 'whereas' || at(0) === 'with') return 1;
  const measure = doc.tokens[i]?.kind === 'number' || NUMBER_WORDS.has(at(0)) ? 1 : 0;
  if (!TIME_MEASURES.has(at(measure))) return 0;
  return at(measure + 1) === 'after' || at(measure + 1) === 'before' ? measure + 2 : 0;
}

/** Words before a figure that make it approximate or a bound ("at more than 500", "at about 40"). */
const APPROXIMATORS = new Set([
  'more',
  'less',
  'fewer',
  'than',
  'about',
  'around',
  'nearly',
  'almost',
  'over',
  'under',
  'some',
  'just',
  'roughly',
  'at',
  'least',
  'most',
  'up',
  'to',
]);

/** Words of a figure written out ("at three", "at several hundred"). */
const FIGURE_WORDS = new Set([
  ...['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve'],
  ...['dozen', 'dozens', 'hundred', 'hundreds', 'thousand', 'thousands', 'several', 'zero'],
]);

/** Longest noun phrase between an estimating verb and its "at" ("puts the overall death toll at"). */
const ESTIMATE_NOUN_WORDS = 4;

/**
 * Does another party's estimate open at token k: a verb, a noun phrase opening on a determiner, and
 * "at" a figure ("the rebels put the figure at three", "the militia puts the number at more than
 * 500")? Such a clause reports that party's own count.
 */
export function estimateAt(doc: Document, k: number, end: number): boolean {
  const t = doc.tokens[k];
  if (t.kind !== 'word' || t.cap || t.quoted || !isWordnetVerb(t.lemma)) return false;
  const det = doc.tokens[k + 1]?.norm;
  if (det !== 'the' && det !== 'its' && det !== 'their' && det !== 'his' && det !== 'her') return false;
  for (let j = k + 2; j < end && j - k - 2 <= ESTIMATE_NOUN_WORDS; j++) {
    const w = doc.tokens[j];
    if (w.kind !== 'word') return false;
    if (w.norm !== 'at') continue;
    let f = j + 1;
    while (f < end && APPROXIMATORS.has(doc.tokens[f].norm)) f++;
    return f < end && (doc.tokens[f].kind === 'number' || FIGURE_WORDS.has(doc.tokens[f].norm));
  }
  return false;
}

const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'several', 'a', 'few']);

/**
 * "said it hoped the deal would help, | while its counterpart called it a turning point", "…, |
 * hours after the league said it had opened an investigation": a
 * contrast that reports another party's saying ends the content; one with no verb of saying stays
 * in it ("the poll said Ruiz would win the city, while Lind would win the suburbs": PolNeAR
 * train has 107 contents holding ", while" and 20 ending before it).
 */
export function contrastEnd(doc: Document, start: number, end: number): number {
  const core = wordSet('speech-core');
  for (let j = start + 1; j + 2 < end; j++) {
    if (doc.tokens[j].text !== ',' || isQuoted(doc, j)) continue;
    const words = linkWords(doc, j + 1, end);
    if (words === 0) continue;
    let reach = j + 1 + words + CONTRAST_REACH;
    for (let k = j + 1 + words + 1; k < Math.min(end, reach); k++) {
      const t = doc.tokens[k];
      // "…, while Tomas Brennik, chief economist at Northgate Capital, believes …": an
      // appositive in commas after the other party's name is passed over.
      if (t.text === ',' && doc.tokens[k - 1].cap) {
        const close = commaAfter(doc, k + 1, end, APPOSITIVE_REACH);
        if (close > k) {
          reach += close - k + 1;
          k = close;
          continue;
        }
      }
      if (t.kind === 'punct') break;
      if (t.norm !== t.lemma && !t.quoted && (core.has(t.lemma) || t.lemma === 'call')) return j;
      if (estimateAt(doc, k, end)) return j;
    }
  }
  return end;
}

/**
 * Does a noun phrase on what was said start at token `at`: an article, then words with no finite
 * verb up to a relative word or `end` ("…, officials said, a move that …", "…, the agency said, the
 * biggest drop in a decade")? Not a clause that resumes after a tag ("Now, she said, the two sides
 * don't talk"). With `punctuationEnds`, a comma or full stop ends the phrase too (and other
 * punctuation rules it out); without it, punctuation is read past.
 */
export function narratorNounPhrase(
  doc: Document,
  at: number,
  end: number,
  punctuationEnds: boolean,
): boolean {
  const first = doc.tokens[at]?.norm;
  if (first !== 'a' && first !== 'an' && first !== 'the') return false;
  for (let j = at + 1; j < end; j++) {
    const t = doc.tokens[j];
    if (RELATIVE_WORDS.has(t.norm)) return j > at + 1 && doc.tokens[j - 1].kind === 'word';
    if (t.kind === 'punct') {
      if (punctuationEnds) return t.text === '.' || t.text === ',';
      continue;
    }
    if (FINITE.has(t.norm) || mayBeFiniteVerb(doc, j) || /n[’']t$/.test(t.norm)) return false;
  }
  return true;
}
