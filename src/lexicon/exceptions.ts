// WordNet's exception lists (irregular inflections: "met" → meet, "told" → tell, "mice" → mouse),
// as shipped by the wink-lexicon package (WordNet licence).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
export const VERB_EXCEPTIONS = require('wink-lexicon/src/wn-verb-exceptions.js') as Record<string, string>;
export const NOUN_EXCEPTIONS = require('wink-lexicon/src/wn-noun-exceptions.js') as Record<string, string>;

/** Is this lowercase word an irregular form of a verb ("met", "spoke", "told")? */
export function isIrregularVerbForm(norm: string): boolean {
  return Object.hasOwn(VERB_EXCEPTIONS, norm);
}
