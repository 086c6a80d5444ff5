// A subject "that" right before a cue verb is the cue's source, as PolNeAR marks it: "a
// foundation that focuses on …", "polls that showed …", "That suggests …". A complement's "that"
// ("said that …") has a subject of its own after it, so a verb right after "that" is the
// relative's (or the demonstrative's) own. Its resolved name is the noun phrase before it.
import { isIrregularVerbForm } from '../lexicon/exceptions.js';
import { wordSet } from '../lexicon/load.js';
import { hasLemma } from '../lexicon/wordnet.js';
import type { Document } from '../text/document.js';
import { cueVerbStart } from './cue-adverbs.js';
import {
  FINITE,
  isRegularPlural,
  mayBeFiniteVerb,
  NOUN_PHRASE_OPENERS,
  PASSIVE_AUXILIARIES,
  PREPOSITIONS,
} from './word-forms.js';

/** Words after which "that" is a conjunction, not a subject ("so that", "now that"). */
const CONJUNCTION_LEADS = new Set([
  ...['so', 'now', 'such', 'given', 'except', 'provided', 'assuming'],
  ...['is', 'was', 'are', 'were', 'be', 'been', 'being', 'and', 'or', 'but', 'than'],
]);

/**
 * Is token j a subject "that" of the cue at token `cue` (only auxiliaries and adverbs between)?
 * "That" opening the sentence is a demonstrative subject; inside it, "that" must follow a word
 * that is no verb taking a complement ("warned that …") nor a conjunction's lead ("so that …").
 */
export function isSubjectThat(doc: Document, j: number, cue: number, lo: number): boolean {
  if (j < lo || doc.tokens[j].norm !== 'that') return false;
  // ("crews that once argued …": the verb past the cue's adverbs.)
  const v = doc.tokens[cue] ? cueVerbStart(doc, cue, doc.sentences[doc.tokens[cue].sentence].tokenEnd) : cue;
  const verb = doc.tokens[v];
  if (!verb || verb.kind !== 'word' || verb.cap) return false;
  // ("a village that has rejected": "has", whatever its lemma reads, is no bare verb.)
  const bare = verb.norm === verb.lemma && verb.norm !== 'has';
  if (!mayBeFiniteVerb(doc, v) && !(bare && hasLemma(verb.norm, 'v'))) return false;
  // The word right after "that" reads as a verb or auxiliary of its own clause.
  if (j + 1 !== cue && !mayBeFiniteVerb(doc, j + 1)) return false;
  // "places that are labeled …": a passive's subject is no source.
  if (PASSIVE_AUXILIARIES.has(doc.tokens[v - 1].norm) && isParticiple(verb.norm)) return false;
  const prev = doc.tokens[j - 1];
  // A bare verb right after "that" takes a plural ("groups that oppose"), not "That dislike of".
  if (bare && j + 1 === cue && (j === lo || !prev || !isRegularPlural(prev))) return false;
  if (j === lo) return true;
  if (!prev || prev.kind !== 'word' || CONJUNCTION_LEADS.has(prev.norm)) return false;
  // "warned that", "says that", "found that": a verb taking a complement (a past form, or a verb
  // of saying's).
  if (prev.norm !== prev.lemma && mayBeFiniteVerb(doc, j - 1)) {
    if (!prev.norm.endsWith('s') || wordSet('speech-verbs').has(prev.lemma)) return false;
  }
  return true;
}

function isParticiple(norm: string): boolean {
  return norm.endsWith('ed') || norm.endsWith('en') || isIrregularVerbForm(norm);
}

/** Longest antecedent read for a relative "that". */
const MAX_ANTECEDENT = 6;

/**
 * The name of a relative "that" at token `at`: the noun phrase right before it ("based on polls
 * that show …" → "polls", "a new poll that shows …" → "a new poll"), back to its determiner,
 * and not past a verb or a preposition; null when no noun ends right before.
 */
export function thatAntecedent(doc: Document, at: number): string | null {
  const lo = doc.sentences[doc.tokens[at].sentence].tokenStart;
  const head = doc.tokens[at - 1];
  if (at <= lo || !head || head.kind !== 'word' || head.stop) return null;
  let start = at - 1;
  for (let j = at - 2; j >= lo && at - j <= MAX_ANTECEDENT; j--) {
    const t = doc.tokens[j];
    // "Coca-Cola", "a 16-year-old": a hyphen inside a word.
    if (t.text === '-' && doc.tokens[j - 1]?.end === t.start && doc.tokens[j + 1].start === t.end) continue;
    if (t.kind === 'number') {
      start = j;
      continue;
    }
    if (t.kind !== 'word') break;
    if (NOUN_PHRASE_OPENERS.has(t.norm)) {
      start = j;
      break;
    }
    if (t.stop || PREPOSITIONS.has(t.norm) || FINITE.has(t.norm)) break;
    // Not past a verb ("The agency provides poll results that …"), an adverb or "including".
    if (!t.cap && mayBeFiniteVerb(doc, j) && !(isRegularPlural(t) && hasLemma(t.lemma, 'n'))) break;
    if (t.norm === 'including' || (t.norm.endsWith('ly') && hasLemma(t.norm, 'r'))) break;
    start = j;
  }
  // A lone capitalised word may be a sentence's first word, not a name ("Marlow is …" aside).
  return doc.text.slice(doc.tokens[start].start, head.end);
}
