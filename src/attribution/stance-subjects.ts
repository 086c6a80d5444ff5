// Verbs of saying that also name what a thing does: "the lease calls for repairs" (requires),
// "the new trams offer faster journeys" (provide), "heavy losses threatened the fund" (endangered),
// "rising supplies pressed prices down" (pushed). Their stance (a call, an offer, a warning) holds
// only when the subject can speak: a name, a pronoun, a person or body ("the union", "analysts"),
// or a voiced document ("the report calls for"); not a thing, a figure or a document of terms.
import type { DocToken, Document } from '../text/document.js';
import { hasLemma } from '../lexicon/wordnet.js';
import { isAgentNoun } from './agents.js';
import { isAdverbToken } from './cue-adverbs.js';
import { BODY_NOUNS, DETERMINERS, isOrganisationWord, POSSESSIVES } from './names.js';
import { PREPOSITIONS } from './sources.js';
import { isPronoun } from './pronoun-words.js';
import { senseClass } from './senses.js';
import type { Frame } from './spans.js';

/** Lemmas of cue verbs with a sense that things do ("calls for", "offers", "threatened"). */
const THING_SENSES = new Set(['call', 'offer', 'threaten', 'press', 'promise']);

/** Nouns of terms, schemes and figures, which "call for" or "offer" what they hold ("the contract
 *  calls for", "the forecast called for a rise"): no speakers, whatever other sense WordNet gives
 *  them ("settlement": a colony; "plan": a drawing). */
const TERMS = new Set([
  ...['contract', 'agreement', 'settlement', 'deal', 'accord', 'pact', 'treaty', 'plan', 'proposal'],
  ...['bill', 'budget', 'forecast', 'estimate', 'projection', 'law', 'rule', 'scheme', 'programme'],
  ...['program', 'package', 'legislation', 'regulation', 'arrangement', 'lease', 'timetable'],
]);

/** Places that speak through their governments ("Latin American countries", "the state"). */
const PLACES = new Set(['country', 'nation', 'state', 'province', 'city', 'town', 'region', 'capital']);

/** Words that end a subject's head before what qualifies it ("the settlement with the chief"). */
const HEAD_ENDS = new Set([
  'with',
  'of',
  'for',
  'from',
  'at',
  'in',
  'on',
  'by',
  'between',
  'to',
  'that',
  'which',
]);

/**
 * Is the cue's verb one that things do too, and its subject a thing that cannot speak ("the
 * contract calls for", "supplies pressed the market down")? Then the cue gives no stance.
 */
export function thingSubject(doc: Document, frame: Frame): boolean {
  if (!frame.source) return false;
  const words: DocToken[] = [];
  for (let i = frame.cue.first; i < frame.cue.last; i++)
    if (doc.tokens[i].kind === 'word') words.push(doc.tokens[i]);
  // The cue's verb: its first word that is not an auxiliary, a modal or an adverb ("would offer").
  // Not a noun of an appeal ("ended the meeting with a call for"): its speaker is not the subject.
  const v = words.findIndex((w) => !w.stop && !isAdverbToken(w));
  if (v < 0 || !THING_SENSES.has(words[v].lemma)) return false;
  if (words.slice(0, v).some((w) => DETERMINERS.has(w.norm) || POSSESSIVES.has(w.norm))) return false;
  // Not a span that opens on a preposition ("under pressure from a bloc of investors"): no subject.
  const opener = doc.tokens[frame.source[0]].norm;
  if (PREPOSITIONS.has(opener) || opener === 'under' || opener === 'amid') return false;
  const head = subjectHead(doc, frame.source[0], frame.source[1]);
  return head >= 0 && !canSpeak(doc, head);
}

/** The index of the last word of a subject before a preposition or relative that qualifies it, or -1. */
function subjectHead(doc: Document, start: number, end: number): number {
  let head = -1;
  for (let i = start; i < end; i++) {
    const t = doc.tokens[i];
    if (t.kind !== 'word') {
      if (head >= 0) break;
      continue;
    }
    if (head >= 0 && HEAD_ENDS.has(t.norm)) break;
    head = i;
  }
  return head;
}

/** Can a subject with the head word at token i speak? (Unknown words may: only a known thing cannot.) */
function canSpeak(doc: Document, i: number): boolean {
  const head = doc.tokens[i];
  // (A capital is read as a name even opening the sentence: "Highvale threatened a lawsuit".)
  if (head.cap || isPronoun(head.norm) || DETERMINERS.has(head.norm) || /\d/.test(head.norm)) return true;
  if (TERMS.has(head.lemma) || TERMS.has(head.norm)) return false;
  if (
    PLACES.has(head.lemma) ||
    BODY_NOUNS.has(head.norm) ||
    BODY_NOUNS.has(head.lemma) ||
    isOrganisationWord(head.norm)
  )
    return true;
  if (!hasLemma(head.lemma, 'n') || isAgentNoun(head.lemma)) return true;
  // A voiced document: a noun whose first sense is one of communication ("report", "letter").
  return ((senseClass(head.lemma) >> 12) & 3) === 1;
}
