// A text's headline: its first paragraph when that is one sentence with no closing punctuation.
// Headlines drop "is" and "was" ("Striker banned for six matches"), so some rules read them apart.
import type { Document } from '../text/document.js';

/** The first paragraph is one sentence with no closing punctuation: a headline. */
export function isHeadline(doc: Document): boolean {
  const first = doc.paragraphs[0];
  if (!first || first.sentenceEnd - first.sentenceStart !== 1) return false;
  const last = doc.tokens[doc.sentences[first.sentenceStart].tokenEnd - 1];
  return !!last && !['.', '!', '?', '”', '"'].includes(last.text);
}

/** Sentence `s` is the text's headline. */
export function isHeadlineSentence(doc: Document, s: number): boolean {
  return s === 0 && isHeadline(doc);
}

/** Is the headline written in title case (most of its words capitalised)? */
export function isTitleCaseHeadline(doc: Document): boolean {
  if (!isHeadline(doc)) return false;
  const s = doc.sentences[0];
  let words = 0;
  let caps = 0;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = doc.tokens[i];
    if (t.kind !== 'word') continue;
    words++;
    if (t.cap) caps++;
  }
  return words >= 3 && caps >= 0.7 * words;
}
