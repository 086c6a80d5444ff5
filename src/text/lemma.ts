// Lemmas without a part-of-speech tagger: WordNet-based exception lists (wink-lemmatizer) tried
// as verb first (told→tell, informed→inform), then noun (troops→troop). Memoised per word.
import { createRequire } from 'node:module';
import { wordSet } from '../lexicon/load.js';
import { preloadWinkWords } from './wink-words.js';

interface WinkLemmatizer {
  noun(w: string): string;
  verb(w: string): string;
  adjective(w: string): string;
}
preloadWinkWords();
const lemmatizer = createRequire(import.meta.url)('wink-lemmatizer') as WinkLemmatizer;

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
    const v = lemmatizer.verb(norm);
    if (v !== norm && (/(?:ed|ing|s)$/.test(norm) || v.length + 2 >= norm.length)) lemma = v;
    else {
      const n = lemmatizer.noun(norm);
      lemma = n || norm;
    }
  }
  return lemma;
}

/** The base of a comparative or superlative adjective ("largest" → "large"), else null. */
export function adjectiveBase(norm: string): string | null {
  if (!/(?:er|est)$/.test(norm) || norm.length < 5) return null;
  const base = lemmatizer.adjective(norm);
  return base && base !== norm ? base : null;
}
