// An adverb that opens a sentence before its comma ("Ultimately,", "Publicly,", "Instead,",
// "Overall,") is the narrator's comment on the clause, never its subject: the one who speaks a
// second predicate or a participle is the noun phrase after the comma. One reader of such
// adverbs serves sentence-subject.ts, opening-phrases.ts and aside-subjects.ts.
import { hasLemma } from '../lexicon/wordnet.js';
import type { DocToken, Document } from '../text/document.js';
import { LEADING_ADVERBS } from './word-forms.js';

/** Adverbs that WordNet also knows as nouns (or not at all), yet open a sentence only as adverbs. */
const LISTED_ADVERBS = new Set([
  ...['overall', 'still', 'first', 'again', 'likewise', 'instead', 'however', 'yet', 'together'],
  ...['meanwhile', 'moreover', 'indeed', 'now', 'then', 'later', 'earlier', 'today', 'yesterday'],
  ...['tonight', 'afterward', 'afterwards', 'nevertheless', 'nonetheless', 'similarly', 'separately'],
  ...['also', 'ultimately', 'finally', 'eventually', 'previously', 'recently', 'initially'],
  ...['originally', 'furthermore', 'additionally', 'otherwise', 'thus', 'therefore'],
  ...['consequently', 'subsequently'],
]);

/**
 * May the word be such an adverb: a listed one, or a WordNet adverb in -ly or that is no noun
 * ("Kelly" or "Early" may be a name, so a capitalised -ly word must be a WordNet adverb too)?
 */
export function isAdverbWord(t: DocToken): boolean {
  if (t.kind !== 'word') return false;
  if (LEADING_ADVERBS.has(t.norm) || LISTED_ADVERBS.has(t.norm)) return true;
  if (!hasLemma(t.norm, 'r')) return false;
  return (t.norm.endsWith('ly') && t.norm.length > 4) || !hasLemma(t.norm, 'n');
}

/** Is token i an adverb followed by a comma ("Essentially,", "Nonetheless,")? */
export function isOpeningAdverb(doc: Document, i: number): boolean {
  const t = doc.tokens[i];
  return !!t && doc.tokens[i + 1]?.text === ',' && isAdverbWord(t);
}

/** Adverbs that open a clause with no comma before its subject: a step in a story ("Then she
 *  pledged …", "And now Vell has taken on …") or a focus word ("And even the mayor tried …"). */
const BARE_OPENERS = new Set(['then', 'now', 'even']);

/**
 * How many such adverbs stand at token i ("Then", "now even"), at most two: the subject a
 * participle after the main clause hangs on comes after them (in PolNeAR train, "Then she shattered
 * …, pledging" and "And even X tried …, noting" are the subject's). 0 when none.
 */
export function bareOpeningAdverbs(doc: Document, i: number): number {
  let n = 0;
  while (n < 2 && BARE_OPENERS.has(doc.tokens[i + n]?.norm ?? '')) n++;
  return n;
}
