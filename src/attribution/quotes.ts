// Quotation marks as token positions: which mark opens, which closes, and where a quotation
// that runs across sentences (or paragraphs) starts and ends.
import type { Document } from '../text/document.js';

const OPEN = new Set(['“', '«', '„']);
const CLOSE = new Set(['”', '»']);

export function isOpenQuote(doc: Document, i: number): boolean {
  const t = doc.tokens[i];
  if (!t || t.kind !== 'punct') return false;
  if (OPEN.has(t.text)) return true;
  if (t.text !== '"') return false;
  const next = doc.tokens[i + 1];
  return !!next && next.quoted && doc.tokens[i + 1].sentence === t.sentence;
}

export function isCloseQuote(doc: Document, i: number): boolean {
  const t = doc.tokens[i];
  if (!t || t.kind !== 'punct') return false;
  if (CLOSE.has(t.text)) return true;
  return t.text === '"' && !isOpenQuote(doc, i);
}

/** Token range [first, end) of the paragraph holding token i. */
export function paragraphTokens(doc: Document, i: number): [number, number] {
  const p = doc.paragraphs[doc.sentences[doc.tokens[i].sentence].paragraph];
  return [doc.sentences[p.sentenceStart].tokenStart, doc.sentences[p.sentenceEnd - 1].tokenEnd];
}

/** The opening mark of the quotation that the closing mark at `close` ends (or the paragraph start). */
export function quoteStartBefore(doc: Document, close: number): number {
  const [first] = paragraphTokens(doc, close);
  for (let j = close - 1; j >= first; j--) {
    if (isOpenQuote(doc, j)) return j;
    if (isCloseQuote(doc, j)) return j + 1;
  }
  return first;
}

/** The closing mark (inclusive index) of the quotation opened at `open`, or the paragraph's last token. */
export function quoteEndAfter(doc: Document, open: number): number {
  const [, end] = paragraphTokens(doc, open);
  for (let j = open + 1; j < end; j++) {
    if (isCloseQuote(doc, j)) return j;
    if (isOpenQuote(doc, j)) return j - 1;
  }
  return end - 1;
}

/**
 * The end (inclusive) of a quotation opened at `open`, following it into later paragraphs when
 * a paragraph ends with the quotation still open and the next one re-opens it (news style).
 */
export function quoteEndAcrossParagraphs(doc: Document, open: number): number {
  let close = quoteEndAfter(doc, open);
  while (!isCloseQuote(doc, close)) {
    const next = close + 1;
    if (next >= doc.tokens.length || !isOpenQuote(doc, next)) break;
    const [paraStart] = paragraphTokens(doc, next);
    if (paraStart !== next) break;
    close = quoteEndAfter(doc, next);
  }
  return close;
}
