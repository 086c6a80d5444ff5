// Lemmas without a part-of-speech tagger: WordNet-based exception lists (wink-lemmatizer) tried
// as verb first (told→tell, informed→inform), then noun (troops→troop). Memoised per word.
import { createRequire } from 'node:module';
import { wordSet } from '../lexicon/load.js';

interface WinkLemmatizer {
  noun(w: string): string;
  verb(w: string): string;
  adjective(w: string): string;
}
const lemmatizer = createRequire(import.meta.url)('wink-lemmatizer') as WinkLemmatizer;

const memo = new Map<string, string>();
const MEMO_LIMIT = 200_000;

export function isStopword(norm: string): boolean {
  return wordSet('stopwords').has(norm);
}

/** Lemma of a lowercased word token. Numbers and stopwords are returned unchanged. */
export function lemmaOf(norm: string): string {
  const hit = memo.get(norm);
  if (hit !== undefined) return hit;
  let lemma = norm;
  if (norm.length > 3 && /^[a-z][a-z'-]*$/.test(norm) && !isStopword(norm)) {
    const v = lemmatizer.verb(norm);
    if (v !== norm && (/(?:ed|ing|s)$/.test(norm) || v.length + 2 >= norm.length)) lemma = v;
    else {
      const n = lemmatizer.noun(norm);
      lemma = n || norm;
    }
  }
  if (memo.size < MEMO_LIMIT) memo.set(norm, lemma);
  return lemma;
}
