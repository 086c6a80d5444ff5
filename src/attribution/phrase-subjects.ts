// The head of a subject that a prepositional phrase follows ("Officials at the health department
// believe …", "Staff at the education department expect …"): the verb agrees with the plural
// head, not with the singular noun right before it.
import type { Document } from '../text/document.js';
import { isRegularPlural, mayBeFiniteVerb, pluralLemma } from './word-forms.js';

/** Prepositions that attach a place or body to a subject's head ("officials at", "staff in"). */
const ATTACHING = new Set(['at', 'in', 'from', 'within', 'inside', 'across']);
/** Nouns of a group that take a plural verb ("staff believe", "police say"). */
const PLURAL_COLLECTIVES = new Set(['staff', 'police', 'personnel', 'media']);
/** Most words between the preposition and the verb ("at the state health department"). */
const PHRASE_REACH = 5;

/**
 * Does the phrase ending right before token `verb` read as "PLURAL at/in … NOUN", a plural head
 * and a prepositional phrase of words that hold no verb? Then a bare verb at `verb` agrees with
 * that head. `lo` is the sentence's first token.
 */
export function pluralHeadBeforePhrase(doc: Document, verb: number, lo: number): boolean {
  for (let j = verb - 1; j > lo && verb - j <= PHRASE_REACH + 1; j--) {
    const t = doc.tokens[j];
    if (t.kind !== 'word' || t.quoted) return false;
    if (ATTACHING.has(t.norm)) {
      if (j === verb - 1) return false;
      const head = doc.tokens[j - 1];
      if (head.kind !== 'word') return false;
      return (
        PLURAL_COLLECTIVES.has(head.norm) ||
        (isRegularPlural(head) && !mayBeFiniteVerb(doc, j - 1)) ||
        (head.cap && pluralLemma(head) !== null)
      );
    }
    if (mayBeFiniteVerb(doc, j)) return false;
  }
  return false;
}
