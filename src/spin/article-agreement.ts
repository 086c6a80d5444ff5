// "an lengthy slide", "a enormous rally": an indefinite article that does not agree
// with the word after it. A spinner swaps the word and leaves the article written for the
// original ("an extended slide", "a huge rally"), so the disagreement marks a swapped word, in
// open vocabulary, and tells which sound its original began with. In the 15 real spun articles
// of the development data 8 hold one (16 in all); edited news almost never does (docs/spin.md).
import type { Document } from '../text/document.js';

/** Vowel letters that open a consonant sound ("a unique", "a European", "a one-off", "a usual"). */
const CONSONANT_SOUND =
  /^(?:uni(?!n[^aeiou]|mp|d)|unan|use|usu|usa|uti|ura|uri|uro|ure|ubiq|eu|ewe|one|once|onc)/;
/** A silent "h" opens a vowel sound ("an hour", "an honest", "an heir"). */
const VOWEL_SOUND_H = /^(?:hour|honest|honor|honour|heir|herb)/;
/** Words written with either article ("a historic", "an historic"). */
const EITHER = /^histor/;

/** Does the (lowercase) word begin with a vowel sound, as far as spelling tells? */
export function opensWithVowelSound(word: string): boolean {
  const first = word.charCodeAt(0);
  // 'a' 'e' 'i' 'o' 'u'
  if (first === 97 || first === 101 || first === 105 || first === 111 || first === 117)
    return !CONSONANT_SOUND.test(word);
  return first === 104 && VOWEL_SOUND_H.test(word);
}

/**
 * Token indexes of the lowercase words after an "a" or "an" that does not agree with them. Only
 * plain lowercase words count: names, acronyms and figures ("an FBI agent", "a Uighur", "an 8%
 * rise") are read as letters or in ways spelling does not tell.
 */
export function disagreeingArticles(doc: Document): number[] {
  const out: number[] = [];
  const toks = doc.tokens;
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i];
    if (t.kind !== 'word' || (t.norm !== 'a' && t.norm !== 'an')) continue;
    // A capital "A" inside a sentence is a letter or a name ("Class A and B").
    if (t.cap && i > 0 && toks[i - 1].sentence === t.sentence) continue;
    const next = toks[i + 1];
    if (next.kind !== 'word' || next.cap || next.sentence !== t.sentence || !/^[a-z]/.test(next.norm))
      continue;
    // A function word after it ("a of", "an said") is a letter or a typo, no swap.
    if (next.stop || EITHER.test(next.norm)) continue;
    if ((t.norm === 'an') !== opensWithVowelSound(next.norm)) out.push(i + 1);
  }
  return out;
}

/** By token: 1 where the word after an "an" disagrees with it (its original opened with a vowel
 *  sound), 2 after such an "a", 0 elsewhere. */
export function agreementWants(doc: Document): Uint8Array {
  const out = new Uint8Array(doc.tokens.length);
  for (const i of disagreeingArticles(doc)) out[i] = doc.tokens[i - 1].norm === 'an' ? 1 : 2;
  return out;
}

/** Disagreeing articles that count as evidence of machine rewriting (article-evidence.ts), like
 *  garbled figures: two or more in an article (2 of the 22,233 news-corpus articles hold two, 94
 *  one, mostly typos such as "a offer"; 6 of the 15 real spun articles hold two or more). */
export const MIN_DISAGREEMENTS = 2;

export function articleDisagreementEvidence(doc: Document): number {
  return disagreementEvidence(agreementWants(doc));
}

/** The same, read off an article's `agreementWants` (the detector computes them once). */
export function disagreementEvidence(wants: Uint8Array): number {
  let n = 0;
  for (const w of wants) if (w !== 0) n++;
  return n >= MIN_DISAGREEMENTS ? n : 0;
}
