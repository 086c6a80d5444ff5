// A noun or gerund cue that opens its clause's subject ("Opposition to the levy has grown", "Her
// pledge to cut fares is a gamble", "Complaining about the drivers will not help"): the whole phrase, cue
// and content, is the subject of the verb that follows, so that verb and what it says are the
// narrator's, not the content. The learned end model (settle.ts) often runs on through them;
// PolNeAR ends the content before the clause's verb.
import { hasLemma } from '../lexicon/wordnet.js';
import type { Document } from '../text/document.js';
import { pastOpeningPhrases } from './opening-phrases.js';
import { isQuoted } from './quotes.js';
import type { CueTokens } from './types.js';
import {
  FINITE,
  isPossessiveForm,
  mayBeFiniteVerb,
  NOMINATIVE_PRONOUNS,
  NOUN_PHRASE_OPENERS,
  QUESTION_WORDS,
  RELATIVE_WORDS,
} from './word-forms.js';

/** Words that may open a sentence before its subject ("But her pledge …", "And even a hint …"). */
const SENTENCE_OPENERS = new Set(['but', 'and', 'yet', 'so', 'even', 'still', 'now', 'indeed']);

/** Words that open a clause rather than a noun phrase: such a content holds its own verbs. */
const CLAUSE_OPENERS = new Set(['that', 'whether', 'if', ...QUESTION_WORDS]);

/** Words that open a clause of time, reason or contrast inside the content. */
const SUBORDINATORS = new Set([
  ...['as', 'because', 'while', 'after', 'before', 'since', 'though', 'although', 'until', 'unless'],
  'once',
]);

/** Adverbs right before the clause's verb ("… only has", "… also will"). */
const ADVERBS = new Set(['also', 'only', 'not', 'still', 'never', 'even', 'already', 'now']);

/** Adverbs that may stand before a gerund or an adjective ("merely blaming", "strikingly harsh"). */
function isAdverb(norm: string): boolean {
  return norm.endsWith('ly') || norm === 'just' || norm === 'only' || norm === 'even';
}

/** Verbs of seeming and becoming, after a subject with no object ("… appears to have", "… seemed"). */
const LINKING = new Set([
  'appears',
  'appeared',
  'seems',
  'seemed',
  'remains',
  'remained',
  'becomes',
  'became',
]);

/** Their lemmas, which may be read as nouns ("remains"): a cue's head is no noun then. */
const LINKING_LEMMAS = new Set(['appear', 'seem', 'remain', 'become']);

/** Most words between the sentence's opening and the cue ("Mr. Ross's often bitter"). */
const MAX_LEAD = 5;

/** Prepositions a noun or gerund cue ends on before its object ("Opposition to", "attacks on"). */
const CUE_PREPOSITIONS = new Set([
  ...['to', 'for', 'of', 'on', 'about', 'against', 'among', 'over', 'with', 'toward', 'towards'],
]);

/**
 * Does the cue take a noun phrase or an infinitive, not a bare clause ("Claiming | the plan is
 * doomed", "Worried | the town might …")? It ends on its preposition ("Opposition to", "Support
 * for", "remarks about"), or it is a noun with an infinitive or its preposition after it ("Her
 * pledge | to cut fares", "His appeal | among farmers").
 */
function takesPhrase(doc: Document, cue: CueTokens, s: number): boolean {
  const last = doc.tokens[cue.last - 1];
  if (cue.last - 1 > cue.first && CUE_PREPOSITIONS.has(last.norm)) {
    // Its head a noun or a gerund, not a verb ("doubts remain | about").
    const head = doc.tokens[cue.last - 2];
    return head.norm.endsWith('ing') || (hasLemma(head.lemma, 'n') && !LINKING_LEMMAS.has(head.lemma));
  }
  // "Her pledge | to cut fares", "His appeal | among farmers": the noun's infinitive or phrase.
  const opener = doc.tokens[s].norm;
  return (
    (opener === 'to' || CUE_PREPOSITIONS.has(opener)) &&
    last.kind === 'word' &&
    hasLemma(last.lemma, 'n') &&
    !last.norm.endsWith('ing') &&
    !mayBeFiniteVerb(doc, cue.last - 1)
  );
}

/**
 * Does the cue open its sentence's subject: nothing before it but an opening conjunction, then at
 * most an article or possessive and adjectives ("Opposition to", "But the mayor's plea for", "His
 * harsh attacks on")? Not after a noun with no article: "Voters support" is a subject and its verb.
 */
function cueOpensSubject(doc: Document, cue: CueTokens): boolean {
  const first = doc.tokens[cue.first];
  if (first.kind !== 'word' || FINITE.has(first.norm) || /n['’]t$/u.test(first.norm)) return false;
  const sentence = doc.sentences[first.sentence];
  // Past a phrase of time or place and its comma ("In most states, voting for …").
  let j = pastOpeningPhrases(doc, sentence.tokenStart, sentence.tokenEnd);
  if (j > cue.first) j = sentence.tokenStart;
  while (j < cue.first && SENTENCE_OPENERS.has(doc.tokens[j].norm)) j++;
  if (j === cue.first) return true;
  if (cue.first - j > MAX_LEAD) return false;
  // Adverbs alone before a gerund ("Merely blaming …").
  let adverbs = j;
  while (adverbs < cue.first && isAdverb(doc.tokens[adverbs].norm)) adverbs++;
  if (adverbs === cue.first) return first.norm.endsWith('ing');
  const lead = doc.tokens[j];
  // The phrase opens on an article or a possessive ("Ms. Lind's", "the town's"), after a title.
  let k = j;
  while (k < cue.first && doc.tokens[k].cap && !isPossessiveForm(doc.tokens[k].norm) && k - j < 3) k++;
  const opener =
    NOUN_PHRASE_OPENERS.has(lead.norm) || (k < cue.first && isPossessiveForm(doc.tokens[k].norm));
  if (!opener) return false;
  for (let m = (NOUN_PHRASE_OPENERS.has(lead.norm) ? j : k) + 1; m < cue.first; m++) {
    const t = doc.tokens[m];
    if (t.kind !== 'word' || t.cap || FINITE.has(t.norm) || mayBeFiniteVerb(doc, m)) return false;
    if (NOMINATIVE_PRONOUNS.has(t.norm) || RELATIVE_WORDS.has(t.norm)) return false;
    // Adjectives and adverbs only: a noun there ("the town's voters | say") is the subject.
    if (!hasLemma(t.lemma, 'a') && !isAdverb(t.norm) && !t.norm.endsWith('ing')) return false;
  }
  // A form in -s after an adjective is a noun before its preposition ("sharp remarks about").
  return (
    !mayBeFiniteVerb(doc, cue.first) ||
    NOUN_PHRASE_OPENERS.has(doc.tokens[cue.first - 1].norm) ||
    CUE_PREPOSITIONS.has(doc.tokens[cue.last - 1].norm)
  );
}

/**
 * The end of a content piece [s, cut) right after its cue before the verb of the clause whose
 * subject the cue opens ("Opposition to | the levy | has grown"), when the content up to it is a
 * noun phrase or an infinitive (no clause opener, relative, subject pronoun or mark of a break);
 * else `cut`.
 */
export function beforeSubjectsVerb(doc: Document, cue: CueTokens, s: number, cut: number): number {
  if (s !== cue.last || cut - s < 2) return cut;
  if (CLAUSE_OPENERS.has(doc.tokens[s].norm) || !takesPhrase(doc, cue, s) || !cueOpensSubject(doc, cue))
    return cut;
  for (let k = s + 1; k < cut; k++) {
    const t = doc.tokens[k];
    if (isQuoted(doc, k)) continue;
    if (t.kind === 'punct') {
      if (t.text === '(' || t.text === ')' || t.text === '.') continue;
      return cut;
    }
    if (RELATIVE_WORDS.has(t.norm) || t.norm === 'whose' || NOMINATIVE_PRONOUNS.has(t.norm)) return cut;
    // A clause of its own opens ("… came as the facts were …"): the verb after it is that clause's.
    if (CLAUSE_OPENERS.has(t.norm) || SUBORDINATORS.has(t.norm)) return cut;
    if (!FINITE.has(t.norm) && !LINKING.has(t.norm) && !/n['’]t$/u.test(t.norm)) continue;
    // "The fear for the mayor | is that …": what is feared is the clause after the verb.
    if (CLAUSE_OPENERS.has(doc.tokens[k + 1]?.norm ?? '') || doc.tokens[k + 1]?.text === ':') return cut;
    let end = k;
    while (end - 1 > s && ADVERBS.has(doc.tokens[end - 1].norm)) end--;
    return end;
  }
  return cut;
}
