// Phrases that open a sentence, or sit in its commas, around a saying: "Pressed on the promise,
// she said, …" and "When asked about it, she replied, …" (the scene, not what was said; the
// question itself a statement with no asker: askedClause), "Lamenting their luck, farmers say, …" (a saying of
// its own, to its comma), "Despite claims that …, regulators …" (no one named, unless "from" or
// "by" names them: leadAgent), ", who prosecutors say ran the scheme," (to the comma); and clauses
// that embed a saying ("what Marlow says the levy will raise", "a law that critics say would …").
// spans.ts builds the frames with them.
import { wordSet } from '../lexicon/load.js';
import { hasLemma } from '../lexicon/wordnet.js';
import { isAgentNoun } from './agents.js';
import type { DocToken, Document } from '../text/document.js';
import { isCloseQuote, isOpenQuote, isQuoted } from './quotes.js';
import { makeFrame, type Frame } from './frame.js';
import { hasFiniteVerb } from './sources.js';
import type { CueTokens, TokenRange } from './types.js';
import { timePhrase } from './times.js';
import { ASKING_PARTICIPLES, FINITE, mayBeFiniteVerb, pluralLemma } from './word-forms.js';

/**
 * "Pressed on the promise, she said, “…”": a participle phrase opening the sentence, with no
 * clause of its own, sets the scene; it is not what was said.
 */
export function isParticipialLead(doc: Document, lo: number, comma: number): boolean {
  const t = doc.tokens[lo];
  if (t.kind !== 'word' || t.norm === t.lemma || !/(?:ed|ing)$/.test(t.norm)) return false;
  if (hasFiniteVerb(doc, [lo, comma])) return false;
  for (let i = lo + 1; i < comma; i++) if (mayBeFiniteVerb(doc, i) || isQuoted(doc, i)) return false;
  return true;
}

/** Words that open a clause setting the scene of a reply ("When asked …", "After the vote …"). */
const SCENE_SUBORDINATORS = new Set([
  'when',
  'whenever',
  'after',
  'before',
  'while',
  'once',
  'asked',
  'pressed',
  'questioned',
]);

/**
 * "When asked about the budget, the minister replied, “…”", "…, and when pressed on the cost, she
 * replied, “…”": an adverbial clause just before the speaker, opening the sentence or after ", and",
 * sets the scene of the quotation that follows; it is not what was said.
 */
export function isSceneClause(doc: Document, lo: number, comma: number): boolean {
  let start = lo;
  for (let i = comma - 1; i > lo; i--) {
    if (isQuoted(doc, i)) return false;
    if (doc.tokens[i].text !== ',') continue;
    const next = doc.tokens[i + 1].norm;
    if (next !== 'and' && next !== 'but') return false;
    start = i + 2;
    break;
  }
  if (start === lo && (doc.tokens[lo].norm === 'and' || doc.tokens[lo].norm === 'but')) start++;
  return comma - start >= 2 && SCENE_SUBORDINATORS.has(doc.tokens[start].norm);
}

/**
 * "Lamenting their luck, Mexicans often say, …", "Asked whether he would run, Ortiz smiled": a
 * participle phrase opening the sentence ends at its comma, and the sentence's own clause is no
 * part of its content. Returns that end (after a quotation the comma closes), or -1.
 */
export function leadPhraseEnd(doc: Document, cue: CueTokens, piece: TokenRange): number {
  const t = doc.tokens[cue.first];
  if (t.kind !== 'word' || t.norm === 'according' || !/(?:ed|ing)$/.test(t.norm)) return -1;
  return leadCommaEnd(doc, piece);
}

/** Prepositions that open a sentence with the saying of others ("Amid warnings that …, …"). */
const LEAD_PREPOSITIONS = new Set(['despite', 'amid', 'amidst', 'after', 'following', 'given']);

/**
 * "Despite repeated claims that …", "Amid warnings that …": a plural noun cue (and at most two words
 * before it) right after a preposition that opens the sentence.
 */
export function opensPrepositionLead(doc: Document, cue: CueTokens, lo: number): boolean {
  const cueWord = doc.tokens[cue.last - 1];
  if (!LEAD_PREPOSITIONS.has(doc.tokens[lo].norm) || cue.first - lo > 3 || cue.first === lo) return false;
  // (After a preposition, "claims" and "reports" are nouns.)
  if (!cueWord.norm.endsWith('s') || cueWord.norm === cueWord.lemma) return false;
  for (let i = lo + 1; i < cue.first; i++)
    if (doc.tokens[i].kind !== 'word' || doc.tokens[i].cap) return false;
  return true;
}

/** Most words of the speakers named after a lead's noun ("warnings from | local rice farmers | that"). */
const MAX_LEAD_AGENT = 6;

/** A word ending in an agent's suffix, plural ("irrigators", "lobbyists"): people who do something. */
const AGENTIVE_PLURAL = /[a-z]{3}(?:ers|ors|ists|ians)$/;

/** May a lead's "from" phrase ending on word t name who made the claims: a name, a noun of a
 *  person, body or group, or a plural agent's noun WordNet lacks? */
function mayName(t: DocToken): boolean {
  if (t.kind !== 'word') return false;
  if (t.cap || isAgentNoun(pluralLemma(t) ?? t.lemma)) return true;
  return AGENTIVE_PLURAL.test(t.norm) && !hasLemma(t.lemma, 'n') && !hasLemma(t.norm.slice(0, -1), 'n');
}

/**
 * "Despite warnings from irrigators that …", "Amid claims by rival bidders that …": who made the
 * claims, named after "from" or "by" right after the noun cue, up to the "that" opening what they
 * said: that span and the "that", or null. Its head must be a name or a noun of a person, body or
 * group ("claims from last year that …" names no one).
 */
export function leadAgent(
  doc: Document,
  cue: CueTokens,
  hi: number,
): { source: TokenRange; that: number } | null {
  const by = doc.tokens[cue.last]?.norm;
  if (by !== 'from' && by !== 'by') return null;
  const first = cue.last + 1;
  for (let j = first + 1; j < hi && j - first <= MAX_LEAD_AGENT; j++) {
    const t = doc.tokens[j];
    if (t.norm === 'that' && !isQuoted(doc, j)) {
      const head = doc.tokens[j - 1];
      return mayName(head) ? { source: [first, j], that: j } : null;
    }
    if ((t.kind === 'punct' && t.text !== '.' && t.text !== '&') || isQuoted(doc, j) || FINITE.has(t.norm))
      return null;
  }
  return null;
}

/** Does a source at `first` follow ", who" or ", which" (a relative clause in commas)? */
export function inCommaRelative(doc: Document, first: number): boolean {
  const relative = doc.tokens[first - 1]?.norm;
  return (relative === 'who' || relative === 'which') && doc.tokens[first - 2]?.text === ',';
}

/** The end of a phrase opening the sentence (or a clause in commas): its first comma outside a quotation, or -1. */
export function leadCommaEnd(doc: Document, [s, e]: TokenRange): number {
  for (let j = s + 1; j < e - 1; j++) {
    if (doc.tokens[j].text !== ',') continue;
    if (isCloseQuote(doc, j + 1)) return j + 2;
    if (!isQuoted(doc, j)) return j;
  }
  return -1;
}

/** Longest subject read after an opening participle phrase ("Citing safety, the city's mayor …"). */
const MAX_LEAD_SUBJECT = 6;

/** The subject of the clause after the comma at `comma` when a finite verb ends it, or null. */
export function clauseSubjectAt(doc: Document, comma: number, hi: number): TokenRange | null {
  let from = comma;
  while (from < hi && doc.tokens[from].kind === 'punct') from++;
  const skip = wordSet('attribution-source-skip');
  for (let j = from; j < hi && j - from <= MAX_LEAD_SUBJECT; j++) {
    const t = doc.tokens[j];
    if (t.kind !== 'word') return null;
    if (j > from && (mayBeFiniteVerb(doc, j) || skip.has(t.norm) || (!t.cap && t.norm.endsWith('ly'))))
      return [from, j];
  }
  return null;
}

/**
 * Does a relative clause in commas (", whose …", ", who …", ", which …") close with the comma at
 * `comma`? A quoted title in it ("who rose to fame on “Island Hearts”,") is no quotation of speech:
 * its words are all capitalised.
 */
export function relativeClosesAt(doc: Document, lo: number, comma: number): boolean {
  for (let j = comma - 1; j > lo + 1; j--) {
    const t = doc.tokens[j];
    const title = (t.kind === 'word' && t.cap) || isOpenQuote(doc, j) || isCloseQuote(doc, j);
    if (t.text === ',' || (isQuoted(doc, j) && !title)) return false;
    if ((t.norm === 'whose' || t.norm === 'who' || t.norm === 'which') && doc.tokens[j - 1].text === ',')
      return true;
  }
  return false;
}

/** Is the cue a participle of citing or saying right after a comma ("…, citing intelligence, said")? */
export function asideParticiple(doc: Document, cue: CueTokens): boolean {
  const t = doc.tokens[cue.first];
  if (
    cue.first === 0 ||
    doc.tokens[cue.first - 1].text !== ',' ||
    !t.norm.endsWith('ing') ||
    t.norm === t.lemma
  )
    return false;
  return t.lemma === 'cite' || t.lemma === 'quote' || wordSet('speech-verbs').has(t.lemma);
}

/**
 * "…, prosecutors said on Wednesday, in a case that …", "…, the ministry said on Monday, as
 * officials warned …": only the saying's time, then a comma, follows the cue.
 */
export function timeThenComma(doc: Document, last: number, hi: number): boolean {
  const time = timePhrase(doc, last, hi);
  return time > 0 && doc.tokens[last + time]?.text === ',';
}

/**
 * Is token i a relative "that"/"which" right after a noun ("a law that critics say would …"), not
 * a complement's "that" after a verb ("said that critics say …")?
 */
export function relativeAfterNoun(doc: Document, i: number): boolean {
  const t = doc.tokens[i];
  const noun = doc.tokens[i - 1];
  if (!t || !noun || (t.norm !== 'that' && t.norm !== 'which') || noun.kind !== 'word' || noun.cap)
    return false;
  return !mayBeFiniteVerb(doc, i - 1) && !noun.stop && hasLemma(noun.lemma, 'n');
}

/** A subject of a few words with no verb or adverb in it ("critics", "the union's lawyers"). */
export function plainSubject(doc: Document, [s, e]: TokenRange): boolean {
  if (e - s > 4) return false;
  for (let i = s; i < e; i++) if (mayBeFiniteVerb(doc, i) || doc.tokens[i].norm.endsWith('ly')) return false;
  return true;
}

/** Words opening a clause that embeds a saying ("what Marlow says the levy will raise"). */
export const WH_WORDS = new Set(['what', 'how', 'why', 'where']);

/**
 * The end of a clause embedded in a larger sentence: after its own verb, the first comma, or the
 * next auxiliary (the sentence's own verb: "how critics say the levy would hurt farmers | has divided the council").
 */
export function embeddedClauseEnd(doc: Document, [s, e]: TokenRange): number {
  // (Its verb an auxiliary or a past form: "some judges are eager" has "are", not "judges".)
  let j = s;
  while (
    j < e &&
    !(FINITE.has(doc.tokens[j].norm) || (mayBeFiniteVerb(doc, j) && !doc.tokens[j].norm.endsWith('s')))
  )
    j++;
  for (j++; j < e; j++) {
    const t = doc.tokens[j];
    if (isQuoted(doc, j)) continue;
    if (t.text === ',' || (FINITE.has(t.norm) && !t.cap)) return j;
  }
  return e;
}

/** Words that open an indirect question after "asked by X". */
const QUESTION_OPENERS = new Set(['whether', 'if', 'why', 'how', 'what', 'when', 'where', 'who', 'about']);

/** Participles of a question put to the speaker ("asked", "pressed on", "questioned about"). */

/**
 * "Asked whether the coach should go, he replied: …", "The minister, asked about the flights,
 * said …": a participle of asking that opens the sentence or stands in commas after its subject
 * reports the question (to the comma), with no asker named; the answer is the main clause's own
 * statement.
 */
export function askedClause(doc: Document, cue: CueTokens, lo: number, hi: number): Frame | null {
  const t = doc.tokens[cue.first];
  if (!ASKING_PARTICIPLES.has(t.norm)) return null;
  const opening = cue.first === lo || (cue.first === lo + 1 && doc.tokens[lo].norm === 'when');
  // (In commas after a subject with no verb yet: "The mayor thanked the crews, asked residents to
  // stay home and …" goes on with the mayor's own request.)
  const inCommas =
    cue.first - 1 > lo && doc.tokens[cue.first - 1].text === ',' && !hasFiniteVerb(doc, [lo, cue.first - 1]);
  if (opening ? cue.last - cue.first !== 1 || t.norm !== 'asked' : !inCommas || cue.last - cue.first > 2)
    return null;
  // "Asked, however, if ...": left to the general rules.
  if (doc.tokens[cue.last]?.text === ',') return null;
  // "Asked by reporters whether …": the reporters asked; the question follows them.
  let agent: TokenRange | null = null;
  if (doc.tokens[cue.last]?.norm === 'by') {
    let k = cue.last + 1;
    while (k < hi && doc.tokens[k].kind === 'word' && !QUESTION_OPENERS.has(doc.tokens[k].norm)) k++;
    if (k < hi && QUESTION_OPENERS.has(doc.tokens[k].norm) && k > cue.last + 1) agent = [cue.last + 1, k];
  }
  const from = agent ? agent[1] : cue.last;
  for (let j = cue.last + 1; j < hi; j++) {
    if (isQuoted(doc, j) && !isOpenQuote(doc, j)) continue;
    if (doc.tokens[j].text === ',')
      return opening || mayBeFiniteVerb(doc, j + 1) ? makeFrame(cue, agent, [[from, j]]) : null;
    if (doc.tokens[j].kind === 'punct' && doc.tokens[j].text !== '-' && !isOpenQuote(doc, j)) return null;
  }
  return null;
}
