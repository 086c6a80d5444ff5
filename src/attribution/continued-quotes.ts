// Quotations that go on in paragraphs of their own, with no cue there: news style gives a
// speaker's words a paragraph each after the first ("“A,” he said. ¶ “B.”"), and a statement
// introduced by a colon at a paragraph's end ("The Kremlin said in a statement: ¶ “…”"). A reader
// credits those paragraphs to the speaker before them; PolNeAR does too (in train, 89 of 104
// whole-quotation paragraphs without a cue of their own belong to a cue in an earlier paragraph).
import type { Document } from '../text/document.js';
import { isCloseQuote, isOpenQuote, quoteEndAcrossParagraphs } from './quotes.js';
import type { CueTokens, TokenRange } from './types.js';
import type { Frame } from './frame.js';

/** Paragraphs after a statement's own that it may run on into. */
const MAX_CONTINUED = 3;

/** Token range [start, end) of paragraph p. */
function paragraphRange(doc: Document, p: number): TokenRange {
  const para = doc.paragraphs[p];
  return [doc.sentences[para.sentenceStart].tokenStart, doc.sentences[para.sentenceEnd - 1].tokenEnd];
}

/** The paragraph holding token i. */
function paragraphOf(doc: Document, i: number): number {
  return doc.sentences[doc.tokens[i].sentence].paragraph;
}

/**
 * The whole-quotation extent of paragraph p: from its opening mark to the quotation's close, when
 * the paragraph opens with a quotation that closes at its (or a later paragraph's) last token.
 * Null otherwise.
 */
export function quotationParagraph(doc: Document, p: number): TokenRange | null {
  const [start, end] = paragraphRange(doc, p);
  if (end - start < 3 || !isOpenQuote(doc, start)) return null;
  const close = quoteEndAcrossParagraphs(doc, start);
  if (!isCloseQuote(doc, close)) return null;
  const [, closeParaEnd] = paragraphRange(doc, paragraphOf(doc, close));
  // Only punctuation may follow the closing mark in its paragraph.
  for (let j = close + 1; j < closeParaEnd; j++) if (doc.tokens[j].kind !== 'punct') return null;
  return [start, close + 1];
}

/** Token marks of every frame's cue, source and content (one pass, not one per paragraph). */
export function takenTokens(doc: Document, frames: readonly Frame[]): Uint8Array {
  const marks = new Uint8Array(doc.tokens.length);
  const mark = ([a, b]: TokenRange) => marks.fill(1, a, b);
  for (const f of frames) {
    mark([f.cue.first, f.cue.last]);
    if (f.source) mark(f.source);
    for (const piece of f.content) mark(piece);
  }
  return marks;
}

/** Is some token of [s, e) marked? */
export function taken(marks: Uint8Array, [s, e]: TokenRange): boolean {
  for (let i = s; i < e; i++) if (marks[i] === 1) return true;
  return false;
}

/**
 * The quotation a cue introduces with a colon at its paragraph's end ("released the following
 * statement: ¶ “…”"): the whole-quotation paragraph after it, or null.
 */
export function quotationAfterColon(doc: Document, cue: CueTokens): TokenRange | null {
  const p = paragraphOf(doc, cue.first);
  const [, end] = paragraphRange(doc, p);
  if (doc.tokens[cue.last - 1].text !== ':' || cue.last !== end || p + 1 >= doc.paragraphs.length)
    return null;
  return quotationParagraph(doc, p + 1);
}

function colonEndsParagraph(doc: Document, f: Frame): boolean {
  return quotationAfterColon(doc, f.cue) !== null;
}

/** Does the frame's content end with a closing quotation mark, as the last words of its paragraph? */
function quoteEndsParagraph(doc: Document, f: Frame): boolean {
  // (Length-checked, not read at -1: an out-of-range read deoptimises the caller.)
  if (f.content.length === 0) return false;
  const close = f.content[f.content.length - 1][1] - 1;
  if (!isCloseQuote(doc, close)) return false;
  const p = paragraphOf(doc, close);
  const [, end] = paragraphRange(doc, p);
  // The quotation, then at most the reporting clause ("“A,” he said.").
  for (let j = close + 1; j < end; j++) {
    const inFrame = (j >= f.cue.first && j < f.cue.last) || (f.source && j >= f.source[0] && j < f.source[1]);
    if (!inFrame && doc.tokens[j].kind !== 'punct') return false;
  }
  return true;
}

/**
 * Appends to the last statement of a paragraph the whole-quotation paragraphs that follow it with
 * no statement of their own: when its content is a quotation ending the paragraph, or its cue ends
 * the paragraph with a colon (the quotations are then its whole content). Mutates the frames'
 * contents.
 */
export function continueQuotations(doc: Document, frames: Frame[]): void {
  if (doc.paragraphs.length < 2 || frames.length === 0) return;
  const lastInParagraph = new Map<number, Frame>();
  for (const f of frames) {
    const p = paragraphOf(doc, f.cue.first);
    const prev = lastInParagraph.get(p);
    if (!prev || prev.cue.first < f.cue.first) lastInParagraph.set(p, f);
  }
  const marks = takenTokens(doc, frames);
  for (const [p, f] of lastInParagraph) {
    const colon = colonEndsParagraph(doc, f);
    if (!colon && !quoteEndsParagraph(doc, f)) continue;
    // Before a colon that ends the paragraph stands the reporting clause's own matter ("In a 1963
    // speech, he declared:"), which the clause's shape took for the content.
    const before = f.content;
    if (colon) f.content = [];
    let q = p + 1;
    while (q < doc.paragraphs.length && q - p <= MAX_CONTINUED) {
      const quote = quotationParagraph(doc, q);
      if (!quote || taken(marks, quote)) break;
      f.content.push(quote);
      marks.fill(1, quote[0], quote[1]);
      q = paragraphOf(doc, quote[1] - 1) + 1;
    }
    if (f.content.length === 0) f.content = before;
  }
  continueBackwards(doc, frames, marks);
}

/**
 * “A. ¶ “B,” the envoy said.: a paragraph that opens a quotation and leaves it open (news style
 * for a quotation that goes on) belongs to the speaker of the quotation that opens the next
 * paragraph. Prepends such paragraphs (up to MAX_CONTINUED) to that statement's content.
 */
function continueBackwards(doc: Document, frames: Frame[], marks: Uint8Array): void {
  for (const f of frames) {
    const first = f.content[0];
    if (!first || !isOpenQuote(doc, first[0])) continue;
    let p = paragraphOf(doc, first[0]);
    if (paragraphRange(doc, p)[0] !== first[0]) continue;
    while (p > 0 && paragraphOf(doc, first[0]) - p < MAX_CONTINUED) {
      const [start, end] = paragraphRange(doc, p - 1);
      // (The same mark as the quotation it goes on in: a stray straight quote in a text of curly
      // ones opens nothing.)
      const same = doc.tokens[start].text === doc.tokens[first[0]].text;
      if (end - start < 3 || !same || !isOpenQuote(doc, start) || taken(marks, [start, end])) break;
      let open = true;
      for (let j = start + 1; j < end && open; j++)
        if (isCloseQuote(doc, j) || isOpenQuote(doc, j)) open = false;
      if (!open) break;
      f.content.unshift([start, end]);
      marks.fill(1, start, end);
      p--;
    }
  }
}
