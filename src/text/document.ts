// The Document: an article split once into paragraphs, sentences and tokens (with lemmas),
// all with offsets into `article.text`. Every analyzer reads this; none re-tokenizes.
import type { Article } from '../model.js';
import { wordInfo } from './lemma.js';
import { splitParagraphs, splitSentences, type Range } from './sentences.js';
import { scanTokens, type Token } from './tokenize.js';

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
}

const OPEN_QUOTES = new Set(['“', '«', '„']);
const CLOSE_QUOTES = new Set(['”', '»']);
const CAP_RE = /^\p{Lu}/u;
function isUpper(code: number, ch: string): boolean {
  if (code < 128) return code >= 65 && code <= 90;
  return CAP_RE.test(ch);
}

export function buildDocument(article: Article): Document {
  const text = article.text;
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const tokens: DocToken[] = [];
  for (const para of splitParagraphs(text)) {
    const p: Paragraph = { ...para, sentenceStart: sentences.length, sentenceEnd: 0 };
    let quoted = false;
    for (const sent of splitSentences(text, para)) {
      const s: Sentence = { ...sent, paragraph: paragraphs.length, tokenStart: tokens.length, tokenEnd: 0 };
      const sentence = sentences.length;
      scanTokens(text, sent.start, sent.end, (start, t, norm, kind) => {
        let inQuote: boolean = quoted;
        if (kind === 'punct') {
          if (OPEN_QUOTES.has(t)) quoted = inQuote = true;
          else if (CLOSE_QUOTES.has(t)) quoted = false;
          else if (t === '"') {
            quoted = !quoted;
            inQuote = true;
          }
        }
        const info = kind === 'word' ? wordInfo(norm) : null;
        tokens.push({
          start,
          end: start + t.length,
          text: t,
          norm,
          kind,
          lemma: info ? info.lemma : norm,
          sentence,
          stop: info ? info.stop : false,
          cap: kind === 'word' && isUpper(t.charCodeAt(0), t[0]),
          quoted: inQuote,
        });
      });
      s.tokenEnd = tokens.length;
      sentences.push(s);
    }
    p.sentenceEnd = sentences.length;
    paragraphs.push(p);
  }
  return { article, text, paragraphs, sentences, tokens };
}

/** The text of a range of the document. */
export function spanOf(
  doc: Document,
  start: number,
  end: number,
): { start: number; end: number; text: string } {
  return { start, end, text: doc.text.slice(start, end) };
}
