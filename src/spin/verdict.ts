// Whether a lone article as a whole reads as machine-spun, from its spin findings: a verdict for
// a user holding one article and no source (`analyze`, and `trace` when no stored article is its
// source). The detector is kept quiet on clean news (about 0.3 false findings per 1,000 words),
// while a spinner swaps about one word in five, so a spun article carries many findings and a
// clean one none or one or two. The thresholds were chosen on the development slice of the news
// corpus (no clean article of 200 above them) and are measured on held-out articles by
// `npm run eval:spin` (docs/spin.md, "Article verdict").
import type { Document } from '../text/document.js';
import type { SpinFinding } from './options.js';

export interface SpinVerdict {
  /** True when the article reads as machine-spun. */
  reads_spun: boolean;
  /** Findings, and how many differ in their written wording. */
  findings: number;
  distinct: number;
  /** Words of the article, and findings per 1,000 of them. */
  words: number;
  per_1000_words: number;
}

/** Distinct spun wordings needed: one or two odd words are not a spinner's work. */
export const VERDICT_MIN_DISTINCT = 3;
/** Findings per 1,000 words needed, the article's length counted with VERDICT_LENGTH_PRIOR more
 *  words, so that a short clean article with two findings stays below. */
export const VERDICT_MIN_RATE = 5;
export const VERDICT_LENGTH_PRIOR = 100;

/** The article's words (tokens of kind word). */
export function countWords(doc: Document): number {
  let words = 0;
  for (const t of doc.tokens) if (t.kind === 'word') words++;
  return words;
}

/** The verdict on `doc` from its findings; `words` when the caller has counted them already. */
export function spinVerdict(
  doc: Document,
  spin: readonly SpinFinding[],
  words = countWords(doc),
): SpinVerdict {
  const distinct = new Set(spin.map((f) => f.text.toLowerCase())).size;
  const smoothed = (1000 * spin.length) / (words + VERDICT_LENGTH_PRIOR);
  return {
    reads_spun: distinct >= VERDICT_MIN_DISTINCT && smoothed >= VERDICT_MIN_RATE,
    findings: spin.length,
    distinct,
    words,
    per_1000_words: words ? Math.round((1e4 * spin.length) / words) / 10 : 0,
  };
}
