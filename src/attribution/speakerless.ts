// Sources that name no one. The source finder takes the words before a cue; when what stands
// there is a clause of the narrator's ("Marlow faced | questions about", "It is wrong | to
// attribute"), a lone adverb or adjective ("Rather than | questions"), nobody in the text is said
// to say it: PolNeAR gives no source.
import { hasLemma } from '../lexicon/wordnet.js';
import type { Document } from '../text/document.js';
import type { Frame } from './frame.js';
import { isPronoun } from './pronoun-words.js';
import { PREPOSITIONS } from './word-forms.js';

/**
 * Verbs that stir up or suffer talk, beyond word-forms.ts RECEIVING (which also finds cues):
 * "stoked speculation", "has endured questions", "garnered scrutiny" are said by others.
 */
export const STIRRING: ReadonlySet<string> = new Set([
  'stoke',
  'garner',
  'endure',
  'stir',
  'fan',
  'field',
  'drive',
  'generate',
  'ignite',
  'reignite',
  'revive',
  'weather',
  'elicit',
  'inspire',
]);

/** Contractions of an expletive and "is" or "us": "it's | clear", "there's | distrust", "let's | look". */
const EXPLETIVE_CONTRACTIONS = new Set(["it's", "there's", "that's", "let's"]);

/** Closed-class words that open a clause or a phrase, not a noun phrase. */
const CLAUSE_WORDS = new Set(['whenever', 'why', 'rather', 'instead', 'minus', 'among', 'amid', 'despite']);

/**
 * Is the frame's source one word that cannot name anyone: a contracted expletive, a clause word,
 * or a word WordNet knows only as an adverb, adjective or verb form ("sober | discourses ... attacks
 * on", "driven | speculation")? Names, nouns and pronouns stay (an unknown capitalised word is a name).
 */
export function namesNoOne(doc: Document, f: Frame): boolean {
  if (f.source && isExpletiveJudgement(doc, f.source, f.cue.first)) return true;
  if (!f.source || f.source[1] - f.source[0] !== 1) return false;
  const s = f.source[0];
  const t = doc.tokens[s];
  if (t.norm === 'it' && isExtraposedIt(doc, f)) return true;
  if (t.kind !== 'word' || isPronoun(t.norm) || QUANTIFIERS.has(t.norm)) return false;
  // (Not before a progressive's participle: "It's calling the ruling unfair" is the union's.)
  if (EXPLETIVE_CONTRACTIONS.has(t.norm))
    return t.norm === "let's" || !doc.tokens[f.cue.first].norm.endsWith('ing');
  // A capitalised word after a sentence's first is a name.
  if (t.cap && s > doc.sentences[f.cue.sentence].tokenStart) return false;
  if (PREPOSITIONS.has(t.norm) || CLAUSE_WORDS.has(t.norm)) return true;
  if (hasLemma(t.norm, 'n')) return false;
  // An inflected verb ("driven", "raised", "involves"), whatever noun its lemma also is. (Opening
  // a sentence, only a participle: "Stokes said", "Speakes said" are names.)
  if (t.lemma !== t.norm && hasLemma(t.lemma, 'v') && /(?:ed|en|s)$/.test(t.norm))
    return t.cap ? !t.norm.endsWith('s') : !t.norm.endsWith('s') || !hasLemma(t.lemma, 'n');
  // (An adjective right before a noun cue may say whose it is: "Democratic | allegations"; a
  // capitalised one may be a name: "Southern said".)
  return hasLemma(t.norm, 'r') || (hasLemma(t.norm, 'a') && !t.cap && f.source[1] < f.cue.first);
}

/** Quantifiers that stand for people ("Many | fear", "some | say", "both | embrace"). */
const QUANTIFIERS = new Set([
  ...['many', 'some', 'both', 'all', 'another', 'most', 'several', 'few', 'each', 'either', 'neither'],
  ...['none', 'one', 'others', 'more', 'less', 'much', 'any', 'various', 'numerous', 'half'],
]);

/** Modals before a linking "be" ("It would be wrong to …"). */
const MODALS = ['would', 'will', 'may', 'might', 'could'];

/** Verbs that put an adjective to an expletive "it" ("It is unclear", "it remained doubtful"). */
const LINKING = new Set([
  ...['is', 'was', 'be', 'been', 'remains', 'remained', 'became', 'becomes', 'seems', 'seemed'],
  ...MODALS,
]);

/** Words between such a verb and its adjective ("is not yet clear", "is far from certain"). */
const DEGREE = new Set([
  ...['not', "n't", 'also', 'still', 'yet', 'now', 'far', 'from', 'less', 'more', 'very', 'quite'],
  ...['entirely', 'increasingly', 'already', 'so', 'immediately', 'all', 'too', 'equally', 'even'],
]);

/** Words that may open a clause after the adjective ("whether", "that", "he"). */
const CLAUSE_OPENERS = new Set([
  ...['that', 'whether', 'if', 'how', 'why', 'what', 'who', 'when', 'where', 'which'],
  ...['he', 'she', 'they', 'we', 'i', 'it', 'the', 'a', 'an', 'this', 'there'],
]);

/**
 * "It is unclear whether …", "it was doubtful he would …", "It is obvious that …": an expletive
 * "it" before a linking verb and an adjective whose clause is the content stands for that clause;
 * the narrator judges, no one is said to (PolNeAR train: no source for any such cue).
 */
function isExtraposedIt(doc: Document, f: Frame): boolean {
  const { cue } = f;
  if (!f.source || f.source[1] !== cue.first || !LINKING.has(doc.tokens[cue.first].norm)) return false;
  let k = cue.first + 1;
  if (MODALS.includes(doc.tokens[cue.first].norm)) {
    if (doc.tokens[k]?.norm !== 'be') return false;
    k++;
  }
  while (k < cue.last - 1 && DEGREE.has(doc.tokens[k].norm)) k++;
  const adjective = doc.tokens[k];
  if (k !== cue.last - 1 || adjective.cap || !hasLemma(adjective.norm, 'a')) return false;
  const first = f.content[0]?.[0] ?? -1;
  if (first < cue.last || first > cue.last + 1) return false;
  const opener = doc.tokens[first];
  return CLAUSE_OPENERS.has(opener.norm) || (opener.cap && opener.kind === 'word');
}

/** Conjunctions before an expletive ("But it's | not clear"). */
const LEADING_CONJUNCTIONS = new Set(['but', 'yet', 'and', 'so', 'still']);
/** Words of a judgement after "it is" besides adjectives and adverbs ("worth", "no exaggeration"). */
const JUDGEMENT_WORDS = new Set(['not', "n't", 'no', 'worth', 'also', 'so']);

/**
 * "It is wrong | to attribute …", "It's easy | to criticise", "But it's | not clear",
 * "it's worth | pointing out", "It's no exaggeration | to call": an expletive "it", its "be" and
 * the writer's judgement (adjectives, adverbs, "no" + a noun) name no one (PolNeAR train: no source
 * for 8 of 9 such sources; "It's a strategy some | believe", "It is doubtful Vance | imagined"
 * name the one after the judgement and stay).
 */
function isExpletiveJudgement(doc: Document, source: [number, number], cueFirst: number): boolean {
  const end = source[1];
  let k = source[0];
  if (end !== cueFirst || end - k < 2) return false;
  if (LEADING_CONJUNCTIONS.has(doc.tokens[k].norm)) k++;
  if (doc.tokens[k]?.norm === "it's") k++;
  else if (doc.tokens[k]?.norm === 'it' && ['is', 'was'].includes(doc.tokens[k + 1]?.norm ?? '')) k += 2;
  else return false;
  // ("But it's | calling the ruling unfair": a progressive's participle is the union's act.)
  if (k === end) return !doc.tokens[cueFirst].norm.endsWith('ing');
  for (let j = k; j < end; j++) {
    const t = doc.tokens[j];
    if (t.kind !== 'word' || t.cap || t.norm.endsWith('ing')) return false;
    const judging = JUDGEMENT_WORDS.has(t.norm) || hasLemma(t.norm, 'a') || hasLemma(t.norm, 'r');
    if (!judging && doc.tokens[j - 1].norm !== 'no') return false;
  }
  return true;
}
