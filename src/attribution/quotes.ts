// Quotation marks as token positions: which mark opens, which closes, which tokens are quoted,
// and where a quotation that runs across sentences (or paragraphs) starts and ends.
// Besides “…”, «…» and "…", the doubled apostrophes of some wire copy (''…'') count as quotes.
import type { Document } from '../text/document.js';

const OPEN = new Set(['“', '«', '„']);
const CLOSE = new Set(['”', '»']);

interface QuoteMarks {
  open: Uint8Array;
  close: Uint8Array;
  quoted: Uint8Array;
}

const cache = new WeakMap<Document, QuoteMarks>();
// The document asked about last: the rules ask about one document many times in a row.
let lastDoc: Document | null = null;
let lastMarks: QuoteMarks | null = null;

function marksOf(doc: Document): QuoteMarks {
  if (doc === lastDoc && lastMarks) return lastMarks;
  let marks = cache.get(doc);
  if (marks) {
    lastDoc = doc;
    lastMarks = marks;
    return marks;
  }
  const n = doc.tokens.length;
  marks = { open: new Uint8Array(n), close: new Uint8Array(n), quoted: new Uint8Array(n) };
  for (const p of doc.paragraphs) {
    if (p.sentenceEnd <= p.sentenceStart) continue;
    const first = doc.sentences[p.sentenceStart].tokenStart;
    const end = doc.sentences[p.sentenceEnd - 1].tokenEnd;
    let inside = false;
    for (let i = first; i < end; i++) {
      let t = doc.tokens[i];
      let next = doc.tokens[i + 1];
      let doubled = t.text === "'" && next && i + 1 < end && next.text === "'" && next.start === t.end;
      const third = doc.tokens[i + 2];
      if (doubled && inside && i + 2 < end && third.text === "'" && third.start === next.end) {
        // ''... 'old-school,''': a single mark closing an inner quotation, then the doubled one.
        marks.quoted[i] = 1;
        i++;
        [t, next, doubled] = [next, third, true];
      }
      if (t.kind === 'punct' && (OPEN.has(t.text) || CLOSE.has(t.text) || t.text === '"' || doubled)) {
        const opening: boolean = OPEN.has(t.text) || (!CLOSE.has(t.text) && !inside);
        const last = doubled ? i + 1 : i;
        for (let j = i; j <= last; j++) marks.quoted[j] = 1;
        if (opening) marks.open[i] = 1;
        else marks.close[last] = 1;
        inside = opening;
        i = last;
        continue;
      }
      if (inside) marks.quoted[i] = 1;
    }
  }
  cache.set(doc, marks);
  lastDoc = doc;
  lastMarks = marks;
  return marks;
}

export function isOpenQuote(doc: Document, i: number): boolean {
  return i >= 0 && i < doc.tokens.length && marksOf(doc).open[i] === 1;
}

export function isCloseQuote(doc: Document, i: number): boolean {
  return i >= 0 && i < doc.tokens.length && marksOf(doc).close[i] === 1;
}

/** Inside a quotation (marks included). */
export function isQuoted(doc: Document, i: number): boolean {
  return marksOf(doc).quoted[i] === 1;
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
