// WordNet's exception lists (irregular inflections: "met" → meet, "told" → tell, "mice" → mouse),
// as shipped by the wink-lexicon package (WordNet licence).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
export const VERB_EXCEPTIONS = require('wink-lexicon/src/wn-verb-exceptions.js') as Record<string, string>;
export const NOUN_EXCEPTIONS = require('wink-lexicon/src/wn-noun-exceptions.js') as Record<string, string>;

// A Set of the forms: asked for nearly every word an article holds, and Set.has is quicker than
// a property lookup on an object of thousands of keys.
const IRREGULAR_VERB_FORMS: ReadonlySet<string> = new Set(Object.keys(VERB_EXCEPTIONS));

/** Is this lowercase word an irregular form of a verb ("met", "spoke", "told")? */
export function isIrregularVerbForm(norm: string): boolean {
  return IRREGULAR_VERB_FORMS.has(norm);
}
