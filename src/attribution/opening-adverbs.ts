// An adverb that opens a sentence before its comma ("Ultimately,", "Publicly,", "Instead,",
// "Overall,") is the narrator's comment on the clause, never its subject: the one who speaks a
// second predicate or a participle is the noun phrase after the comma.
import { hasLemma } from '../lexicon/wordnet.js';
import type { Document } from '../text/document.js';
import { LEADING_ADVERBS } from './word-forms.js';

/** Adverbs that WordNet also knows as nouns, yet open a sentence only as adverbs. */
const NOUN_LIKE_ADVERBS = new Set(['overall', 'still', 'first', 'again', 'likewise']);

/** Is token i an adverb followed by a comma ("Essentially,", "Nonetheless,")? */
export function isOpeningAdverb(doc: Document, i: number): boolean {
  const t = doc.tokens[i];
  if (!t || t.kind !== 'word' || doc.tokens[i + 1]?.text !== ',') return false;
  if (LEADING_ADVERBS.has(t.norm) || NOUN_LIKE_ADVERBS.has(t.norm)) return true;
  if (!hasLemma(t.norm, 'r')) return false;
  // "Kelly," or "Early," may be a name: an adverb in -ly, or one that is no noun.
  return (t.norm.endsWith('ly') && t.norm.length > 4) || !hasLemma(t.norm, 'n');
}
