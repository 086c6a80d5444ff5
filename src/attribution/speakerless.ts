// Sources that name no one. The source finder takes the words before a cue; when what stands
// there is a clause of the narrator's ("Clinton faced | questions about", "It is wrong | to
// attribute"), a lone adverb or adjective ("Rather than | questions"), nobody in the text is said
// to say it: PolNeAR gives no source.
import { hasLemma } from '../lexicon/wordnet.js';
import type { Document } from '../text/document.js';
import type { Frame } from './frame.js';
import { isPronoun } from './pronouns.js';
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
  if (!f.source || f.source[1] - f.source[0] !== 1) return false;
  const s = f.source[0];
  const t = doc.tokens[s];
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
