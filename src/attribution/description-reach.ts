// How far on from a description ("the mayor of Harbourton", a headline's "Minister") the person
// it describes may be named: to the end of its paragraph, or of the lead after a headline, within
// a bound. The speaker resolver (speakers.ts) hands this reach to the searches for a later name.
import type { Document } from '../text/document.js';
import { isHeadline } from './headline.js';

/** Tokens after a description within which a person named later may be the one it describes
 *  (also bounds the search on a hostile page of one endless paragraph). */
const LATER_REACH = 150;

/** The token after the end of the paragraph holding token i, at most LATER_REACH tokens on. A
 *  headline's reaches over the lead ("Minister rejects claims …" is the "Transport Minister Clara
 *  Vos" of the next paragraphs), and the lead's over the paragraph after it, where news names
 *  whom the lead described ("The mayor of Harbourton said …" / "Mayor Diane Okoye told …"). */
export function paragraphEnd(doc: Document, i: number): number {
  let p = doc.sentences[doc.tokens[i].sentence].paragraph;
  const headline = isHeadline(doc);
  if (p === 0 && headline) p = HEADLINE_LEAD;
  else if (p === (headline ? 1 : 0)) p++;
  p = Math.min(doc.paragraphs.length - 1, p);
  const paragraph = doc.paragraphs[p];
  return Math.min(doc.sentences[paragraph.sentenceEnd - 1].tokenEnd, i + LATER_REACH);
}

/** Paragraphs after a headline that its descriptions may be named in. */
const HEADLINE_LEAD = 2;
