// The Document: an article split once into paragraphs, sentences and tokens (with lemmas),
// all with offsets into `article.text`. Every analyzer reads this; none re-tokenizes.
import type { Article } from '../model.js';
import { wordInfo } from './lemma.js';
import { splitParagraphs, splitSentences, type Range } from './sentences.js';
import { QUOTE_CLOSE, QUOTE_NONE, QUOTE_OPEN, tokenEntry, type TokenEntry } from './token-table.js';
import { firstTokenFrom, skipSpaces, tokenEndAt, type Token } from './tokenize.js';

export interface DocToken extends Token {
  lemma: string;
  /** Index of the sentence holding this token. */
  sentence: number;
  /** True for a function word (see data/lexicon/stopwords.txt). */
  stop: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Inside double quotation marks (quote state resets at each paragraph). */
  quoted: boolean;
}

export interface Sentence extends Range {
  paragraph: number;
  /** Tokens [tokenStart, tokenEnd) of this sentence. */
  tokenStart: number;
  tokenEnd: number;
}

export interface Paragraph extends Range {
  sentenceStart: number;
  sentenceEnd: number;
}

export interface Document {
  article: Article;
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: DocToken[];
  /**
   * The token-table entry of each token (token-table.ts): a number per distinct token text, the
   * same in every Document of the thread, or -1 for a text the full table did not keep. Analyzers
   * memoise per entry in arrays indexed by it, which is cheaper than a Map keyed by the token's text.
   */
  tokenEntries: Int32Array;
}

// A text that takes every path of the tokenizer and the splitters once: tokenised before the first
// article, it gives V8 type feedback of every branch before it optimises them, so that the first
// rare character (a letter outside ASCII, a typographic quote, an abbreviation) does not undo the
// optimised code and compile it again, in every thread that tokenises.
const PRIMER =
  'Mr. Kirby said: “It’s 8,500 troops — 3.5% more, U.S. officials said.” Prices rose on the 21st.\n\n' +
  "Élan Über-cool naïve café; O’Brien's well‐known co-op (1990s) e.g. J. R. R. Tolkien!\r\n" +
  '"Yes," «non» „ja“ ‘no’ Ω Δ αβγ 東京 🙂 a\u00a0b\tc 10s 2nd 3rd 4th 12:30 p.m. A. B. Next…\n' +
  'a line that is long enough to look hard wrapped at about seventy characters wide\n' +
  'and so on for a few more lines without sentence ends at the ends of them all\n' +
  'so that the paragraph splitter tries joining the lines of a wrapped paragraph\n' +
  'into one paragraph, as old newswire text needs, and then goes on to the end';
let primed = false;

export function buildDocument(article: Article): Document {
  if (!primed) {
    primed = true;
    buildDocument({ id: '', text: PRIMER, date: null, title: null, url: null, outlet: null });
  }
  const text = article.text;
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const tokens: DocToken[] = [];
  const entries: number[] = [];
  for (const para of splitParagraphs(text)) {
    // Literals, not spreads ({ ...para, ... }): V8 gave each spread object a map of its own, which
    // made every later read of a paragraph or sentence field a slow, megamorphic one.
    const p: Paragraph = {
      start: para.start,
      end: para.end,
      sentenceStart: sentences.length,
      sentenceEnd: 0,
    };
    let quoted = false;
    for (const sent of splitSentences(text, para)) {
      const s: Sentence = {
        start: sent.start,
        end: sent.end,
        paragraph: paragraphs.length,
        tokenStart: tokens.length,
        tokenEnd: 0,
      };
      quoted = addTokens(text, sent.start, sent.end, sentences.length, quoted, tokens, entries);
      s.tokenEnd = tokens.length;
      sentences.push(s);
    }
    p.sentenceEnd = sentences.length;
    paragraphs.push(p);
  }
  return { article, text, paragraphs, sentences, tokens, tokenEntries: Int32Array.from(entries) };
}

/**
 * Appends the tokens of the sentence text[from, to); returns the quote state after them. (Per
 * sentence, not inline in buildDocument: a small function called often is optimised early.)
 */
function addTokens(
  text: string,
  from: number,
  to: number,
  sentence: number,
  quoted: boolean,
  tokens: DocToken[],
  entries: number[],
): boolean {
  for (let start = firstTokenFrom(text, from, to); start < to;) {
    const full = tokenEndAt(text, start);
    // A token never crosses the sentence end: it is clipped there.
    const end = full < to ? full : to;
    const e = tokenEntry(text, start, end);
    let inQuote = quoted;
    const q = e.quote;
    if (q !== QUOTE_NONE) {
      if (q === QUOTE_OPEN) quoted = inQuote = true;
      else if (q === QUOTE_CLOSE) quoted = false;
      else {
        quoted = !quoted;
        inQuote = true;
      }
    }
    if (e.lemma === '') addLemma(e);
    tokens.push({
      start,
      end,
      text: e.text,
      norm: e.norm,
      kind: e.kind,
      lemma: e.lemma,
      sentence,
      stop: e.stop,
      cap: e.cap,
      quoted: inQuote,
    });
    entries.push(e.index);
    start = skipSpaces(text, full, to);
  }
  return quoted;
}

/** A word's lemma and function-word flag, kept with its entry from its first Document on. */
function addLemma(e: TokenEntry): void {
  const info = wordInfo(e.norm);
  e.lemma = info.lemma;
  e.stop = info.stop;
}

/** The text of a range of the document. */
export function spanOf(
  doc: Document,
  start: number,
  end: number,
): { start: number; end: number; text: string } {
  return { start, end, text: doc.text.slice(start, end) };
}
