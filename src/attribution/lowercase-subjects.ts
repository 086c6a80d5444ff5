// A subject after an opening phrase and its comma need not be capitalised ("Earlier this week,
// senior members of the board wrote …", "On taxes, both oppose …", "Overall, local groups
// reported …"): subjectAt reads a noun phrase that opens with a capital or an article, and
// without this the opening phrase itself was taken for the speaker.
import { hasLemma } from '../lexicon/wordnet.js';
import type { Document } from '../text/document.js';
import { isQuoted } from './quotes.js';
import type { TokenRange } from './types.js';
import { mayBeFiniteVerb } from './word-forms.js';

/** Words that stand alone for a plural subject named before ("both oppose", "all agreed"). */
const ALONE = new Set(['both', 'all']);

/** Words a lowercase noun phrase may run before its verb ("senior party members"). */
const REACH = 5;

/**
 * The lowercase noun phrase at token `at` ("local groups", "senior members") when a verb, an
 * adverb and a verb, or an "of" follows it; null otherwise.
 */
export function lowercaseSubjectAt(doc: Document, at: number, limit: number): TokenRange | null {
  const first = doc.tokens[at];
  if (!first || first.kind !== 'word' || first.cap || isQuoted(doc, at)) return null;
  // ("both oppose": a plural's present tense is its base form.)
  // "both houses of the assembly": the quantifier opens the noun phrase.
  const quantified = ALONE.has(first.norm);
  if (quantified) {
    const next = doc.tokens[at + 1];
    if (!next || next.kind !== 'word' || next.stop) return null;
    const verb = !next.norm.endsWith('s') && next.norm === next.lemma && hasLemma(next.norm, 'v');
    if (verb || (!next.norm.endsWith('s') && verbFollows(doc, at + 1, limit))) return [at, at + 1];
  }
  const head = quantified ? at + 1 : at;
  let j = head;
  while (j < limit && j - head < REACH) {
    const t = doc.tokens[j];
    if (t.kind !== 'word' || t.cap || t.stop || isQuoted(doc, j)) break;
    // ("local groups reported", "both houses of": a plural in -s before the verb or "of" is the
    // head noun.)
    const plural = t.norm.endsWith('s') && (j > at || quantified);
    if (
      mayBeFiniteVerb(doc, j) &&
      !(plural && (verbFollows(doc, j + 1, limit) || doc.tokens[j + 1]?.norm === 'of'))
    )
      break;
    j++;
  }
  if (j === head || !hasLemma(doc.tokens[j - 1].lemma, 'n')) return null;
  return verbFollows(doc, j, limit) || doc.tokens[j]?.norm === 'of' ? [at, j] : null;
}

/** A finite verb at token j, or an adverb and then one ("also wrote"). */
function verbFollows(doc: Document, j: number, limit: number): boolean {
  if (j >= limit || doc.tokens[j].kind !== 'word') return false;
  if (mayBeFiniteVerb(doc, j)) return true;
  return hasLemma(doc.tokens[j].norm, 'r') && j + 1 < limit && mayBeFiniteVerb(doc, j + 1);
}
