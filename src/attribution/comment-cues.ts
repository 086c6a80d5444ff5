// A denial that comments on the clause before it ("…, a claim opposition groups reject", "— an
// allegation that the ministry has denied", "…, which officials dispute") is a cue even when the
// tagger scores its bare or distant verb far below one: the statement it makes (comments.ts
// builds it) is the one a reader of a disputed story needs.
import { wordSet } from '../lexicon/load.js';
import type { DocToken, Document } from '../text/document.js';
import { bareCommentNoun, COMMENT_MARKS, commentOpens } from './comments.js';

/** Verbs of denial a comment may end on. */
const DENIAL_VERBS = new Set(['deny', 'reject', 'dismiss', 'dispute', 'refute', 'rebut', 'refuse']);

/** Auxiliaries and adverbs between the commenter and the verb ("has long denied"). */
const BETWEEN = new Set(['has', 'have', 'had', 'does', 'do', 'did', 'also', 'long', 'always', 'both']);

/** Words a commenter may have at most ("opposition groups", "the Kremlin's spokesman"). */
const MAX_COMMENTER = 5;

/** Is the token's word form a verb of denial (what isDenialComment asks of the form)? */
export function isDenialVerb(t: DocToken): boolean {
  return t.kind === 'word' && DENIAL_VERBS.has(t.lemma);
}

/** Token i is a verb of denial closing a comment on the clause before it. */
export function isDenialComment(doc: Document, i: number, lo: number): boolean {
  const t = doc.tokens[i];
  if (t.quoted || !isDenialVerb(t)) return false;
  let j = i - 1;
  while (j >= lo && (BETWEEN.has(doc.tokens[j].norm) || doc.tokens[j].norm.endsWith('ly'))) j--;
  const subjectEnd = j;
  while (j >= lo && subjectEnd - j < MAX_COMMENTER && doc.tokens[j].kind === 'word') {
    const w = doc.tokens[j];
    if (w.norm === 'which' || w.norm === 'that' || wordSet('attribution-proposition-nouns').has(w.norm))
      break;
    j--;
  }
  if (j === subjectEnd || j < lo) return false;
  // ", which officials dispute"
  if (doc.tokens[j].norm === 'which') return j > lo && COMMENT_MARKS.has(doc.tokens[j - 1].text);
  // "a claim that …": the "that" of a relative clause on the noun before it.
  if (doc.tokens[j].norm === 'that') j--;
  // "…, a claim …", "…, charges …": the same openings as the comment's frame (comments.ts).
  return (j - 1 >= lo && commentOpens(doc, [j - 1, i], lo)) || bareCommentNoun(doc, j, lo);
}
