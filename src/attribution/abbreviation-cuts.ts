// A content end the learned end model may put right after an abbreviation's full stop: "said he
// would meet Sen. | Alma Ferris" parts a title from its name. The sentence splitter has already
// read that full stop as no sentence end, so the name that follows belongs to the content.
import type { Document } from '../text/document.js';
import { isAbbreviationDot } from './sources.js';

/** Does a cut before token `cut` part an abbreviation ("Sen.", "Gov.") from the name after it? */
export function cutAfterAbbreviation(doc: Document, s: number, cut: number, e: number): boolean {
  if (cut - 2 < s || cut >= e) return false;
  const next = doc.tokens[cut];
  return (
    next.kind === 'word' &&
    next.cap &&
    next.sentence === doc.tokens[cut - 1].sentence &&
    isAbbreviationDot(doc, cut - 1)
  );
}
