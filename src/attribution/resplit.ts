// A view of a Document whose sentences are also split where a quotation opens right after a
// sentence-final mark ("... overhaul. ''It's a small fix,'' said Paul Ferris."). The text
// splitter keeps such runs in one sentence; the reporting-clause rules need them apart. A
// "sentence" longer than any news sentence is cut into pieces too (MAX_SENTENCE_TOKENS).
import type { Document, DocToken, Paragraph, Sentence } from '../text/document.js';
import { isOpenQuote } from './quotes.js';
import { afterDateline } from './datelines.js';

const FINAL = new Set(['.', '?', '!']);

/**
 * Tokens a sentence of the view may hold. News sentences stay far below it (the longest of PolNeAR
 * train and dev has 220); a longer "sentence" is a list, a table or hostile input, and the rules
 * that compare a sentence's cues and contents pairwise would take its square in time.
 */
export const MAX_SENTENCE_TOKENS = 300;

/** Within this many tokens before the limit, a cut is made after a comma or semicolon if there is one. */
const CUT_SLACK = 60;

/** Cut points inside [lo, hi) that keep every piece at most MAX_SENTENCE_TOKENS long. */
function lengthCuts(doc: Document, lo: number, hi: number): number[] {
  const out: number[] = [];
  let start = lo;
  while (hi - start > MAX_SENTENCE_TOKENS) {
    let cut = start + MAX_SENTENCE_TOKENS;
    for (let j = cut - 1; j > cut - CUT_SLACK; j--) {
      const t = doc.tokens[j].text;
      if (t === ',' || t === ';') {
        cut = j + 1;
        break;
      }
    }
    out.push(cut);
    start = cut;
  }
  return out;
}

/** Token indexes inside sentence [lo, hi) where a new sentence should start. */
function splitPoints(doc: Document, lo: number, hi: number): number[] {
  const out: number[] = [];
  // "DAYTON, Ohio — Republican nominee …": a dateline is no part of the clause after it (no
  // speaker, no content); nor is a live page's time stamp ("09:58 The met office has warned").
  const dateline = afterDateline(doc, lo, hi);
  if (dateline > lo) out.push(dateline);
  for (let i = lo + 1; i + 2 < hi; i++) {
    const t = doc.tokens[i];
    if (t.kind !== 'punct' || !FINAL.has(t.text) || !isOpenQuote(doc, i + 1)) continue;
    // '' is two tokens; the word after the mark(s) must open like a sentence.
    let w = i + 2;
    if (doc.tokens[w].text === "'" && doc.tokens[w].start === doc.tokens[i + 1].end) w++;
    // An editor's insertion may open the quotation: "“(The volunteers) did ...”".
    if (w + 1 < hi && (doc.tokens[w].text === '(' || doc.tokens[w].text === '[')) w++;
    const word = doc.tokens[w];
    if (word && word.cap && doc.tokens[i + 1].start > t.end) out.push(i + 1);
  }
  return out;
}

/** The cut points `cuts` of sentence [lo, hi), with more where a piece would be too long. */
function withLengthCuts(doc: Document, lo: number, hi: number, cuts: number[]): number[] {
  if (hi - lo <= MAX_SENTENCE_TOKENS) return cuts;
  const out: number[] = [];
  const bounds = [lo, ...cuts, hi];
  for (let k = 0; k + 1 < bounds.length; k++) {
    if (k > 0) out.push(bounds[k]);
    for (const c of lengthCuts(doc, bounds[k], bounds[k + 1])) out.push(c);
  }
  return out;
}

// Copies are built as buildDocument builds documents and tokens (the same fields in the same
// order), so that they have the same hidden classes: spread copies have others, and the code that
// reads documents and tokens of both kinds is optimised, thrown away and optimised again.

function withSentence(t: DocToken, sentence: number): DocToken {
  return {
    start: t.start,
    end: t.end,
    text: t.text,
    norm: t.norm,
    kind: t.kind,
    lemma: t.lemma,
    sentence,
    stop: t.stop,
    cap: t.cap,
    quoted: t.quoted,
  };
}

/** The document itself when nothing needs splitting, else a copy with finer sentences. */
export function attributionView(doc: Document): Document {
  // Loops, not map(): map makes holey arrays, of another hidden class than buildDocument's.
  const cuts: number[][] = [];
  let any = false;
  for (const s of doc.sentences) {
    const c = withLengthCuts(doc, s.tokenStart, s.tokenEnd, splitPoints(doc, s.tokenStart, s.tokenEnd));
    if (c.length > 0) any = true;
    cuts.push(c);
  }
  if (!any) return doc;
  const sentences: Sentence[] = [];
  const tokens: DocToken[] = doc.tokens.slice();
  // Field by field in buildDocument's order, not a spread: a spread copy gets a hidden class of
  // its own, and code reading both kinds of paragraph would turn polymorphic. Each field is written
  // once, in the literal: V8 takes such a field for a constant, and a later write to it (in the first
  // article that needs splitting) threw away the optimised code reading paragraphs or sentences.
  const paragraphs: Paragraph[] = [];
  doc.paragraphs.forEach((p, pi) => {
    const sentenceStart = sentences.length;
    for (let si = p.sentenceStart; si < p.sentenceEnd; si++) {
      const s = doc.sentences[si];
      const bounds = [s.tokenStart, ...cuts[si], s.tokenEnd];
      for (let k = 0; k + 1 < bounds.length; k++) {
        const [a, b] = [bounds[k], bounds[k + 1]];
        const piece: Sentence = {
          start: k === 0 ? s.start : doc.tokens[a].start,
          end: k + 2 === bounds.length ? s.end : doc.tokens[b - 1].end,
          paragraph: pi,
          tokenStart: a,
          tokenEnd: b,
        };
        for (let i = a; i < b; i++) {
          if (tokens[i].sentence !== sentences.length) tokens[i] = withSentence(tokens[i], sentences.length);
        }
        sentences.push(piece);
      }
    }
    paragraphs.push({ start: p.start, end: p.end, sentenceStart, sentenceEnd: sentences.length });
  });
  return {
    article: doc.article,
    text: doc.text,
    paragraphs,
    sentences,
    tokens,
    tokenEntries: doc.tokenEntries,
  };
}
