// A text's headline: its first paragraph when that is one sentence with no closing punctuation.
// Headlines drop "is" and "was" ("Striker banned for six matches"), so some rules read them apart.
import { hasLemma } from '../lexicon/wordnet.js';
import type { Document } from '../text/document.js';
import type { TokenRange } from './types.js';

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

/**
 * The subject opening a headline, up to its first verb in -s ("Regulator | sues stablecoin issuer,
 * says …", "Rail union | rejects pay offer"), or null when no such verb follows a word or two.
 */
export function headlineSubject(doc: Document): TokenRange | null {
  const s = doc.sentences[0];
  if (!s) return null;
  for (let i = s.tokenStart + 1; i < s.tokenEnd && i - s.tokenStart <= 5; i++) {
    const t = doc.tokens[i];
    if (t.kind !== 'word') return null;
    if (t.norm !== t.lemma && t.norm.endsWith('s') && hasLemma(t.lemma, 'v')) return [s.tokenStart, i];
    // "Dunmore Textiles to close mill, blames …": a headline's future.
    const next = doc.tokens[i + 1];
    if (t.norm === 'to' && next?.kind === 'word' && next.norm === next.lemma && hasLemma(next.lemma, 'v'))
      return [s.tokenStart, i];
  }
  return null;
}
