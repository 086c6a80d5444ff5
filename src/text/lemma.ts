// Lemmas without a part-of-speech tagger: WordNet's rules and exception lists (as wink-lemmatizer
// applies them, morphy.ts) tried as verb first (told→tell, informed→inform), then noun
// (troops→troop). Memoised per word.
import { wordSet } from '../lexicon/load.js';
import { isVerbLemma, lemmatizeAdjective, lemmatizeNoun, lemmatizeVerb } from './morphy.js';

export interface WordInfo {
  lemma: string;
  /** A function word (data/lexicon/stopwords.txt). */
  stop: boolean;
}

// One memo lookup per token: tokenizing is on the ingest hot path.
const memo = new Map<string, WordInfo>();
const MEMO_LIMIT = 200_000;
let stopwords: Set<string> | null = null;

export function isStopword(norm: string): boolean {
  stopwords ??= wordSet('stopwords');
  return stopwords.has(norm);
}

/** Lemma and function-word flag of a lowercased word token (memoised). */
export function wordInfo(norm: string): WordInfo {
  let info = memo.get(norm);
  if (info === undefined) {
    info = { lemma: computeLemma(norm), stop: isStopword(norm) };
    if (memo.size < MEMO_LIMIT) memo.set(norm, info);
  }
  return info;
}

/** Lemma of a lowercased word token. Numbers and stopwords are returned unchanged. */
export function lemmaOf(norm: string): string {
  return wordInfo(norm).lemma;
}

function computeLemma(norm: string): string {
  let lemma = norm;
  if (norm.length > 3 && /^[a-z][a-z'-]*$/.test(norm) && !isStopword(norm)) {
    const v = shortVowelVerb(norm) ?? lemmatizeVerb(norm);
    if (v !== norm && (/(?:ed|ing|s)$/.test(norm) || v.length + 2 >= norm.length)) lemma = v;
    // "discuss", "boss": no plural ends in "ss" (not "discus", "bos").
    else if (norm.endsWith('ss')) lemma = norm;
    else {
      const n = lemmatizeNoun(norm);
      lemma = n || norm;
    }
  }
  return lemma;
}

/** A stem ending in one consonant after one vowel after a consonant ("hop", "hat", "rob"). */
const SHORT_VOWEL_STEM = /(?:^|[^aeiou])[aeiou][bcdfgklmnprstvz]$/;

/**
 * "hoped", "hating": Morphy strips the ending and takes "hop" and "hat", verbs too, where English
 * spelling would have doubled their consonant ("hopped", in WordNet's exceptions); the stem with
 * its "e" is the verb ("hope", "hate", "rate", "fine", "stage"). Null for other words.
 */
function shortVowelVerb(norm: string): string | null {
  const m = /^(.+)(?:ed|ing)$/.exec(norm);
  if (!m || !SHORT_VOWEL_STEM.test(m[1])) return null;
  return isVerbLemma(`${m[1]}e`) ? `${m[1]}e` : null;
}

/** The base of a comparative or superlative adjective ("largest" → "large"), else null. */
export function adjectiveBase(norm: string): string | null {
  if (!/(?:er|est)$/.test(norm) || norm.length < 5) return null;
  const base = lemmatizeAdjective(norm);
  return base && base !== norm ? base : null;
}
