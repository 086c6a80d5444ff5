// The kind of copy, from measurable signals of the aligned passages:
// identical sentences, word retention, substitution pattern, function-word shifts, reordering.
import type { CopyType } from '../model.js';
import type { Alignment } from '../reuse/align.js';
import type { Document } from '../text/document.js';
import { diffSequences } from '../reuse/token-diff.js';
import { canonical } from '../reuse/synonyms.js';
import { bodyCoverage } from './framing.js';

export interface CopySignals {
  [name: string]: number;
  /** Share of aligned copy sentences identical to their source (words only). */
  identical: number;
  /** Share of copy words kept from the source, in aligned sentences. */
  kept: number;
  /** Share of copy words in one-for-one substitutions (same-length gaps of 1–3 words). */
  substituted: number;
  /** Share of substitutions that are synonyms in the lexicon's synonym classes. */
  synonymous: number;
  /** Share of changed words that are function words (typical of machine translation). */
  functionShift: number;
  /** Share of aligned pairs out of source order. */
  reordered: number;
  /** Share of pairs that split or merge sentences. */
  splitMerge: number;
  coverageCopy: number;
  coverageSource: number;
  /** Coverage of the copy's running text, leaving out its headline, captions and page furniture. */
  coverageBody: number;
  /** Source text missing inside the copied stretch (cuts), as a share of the source. */
  cut: number;
  /** Words inside quotation marks in the aligned source sentences. */
  quotedWords: number;
  /** Share of those the copy kept word for word (1 when there are none). */
  quoteKept: number;
}

function words(
  doc: Document,
  from: number,
  to: number,
): { norm: string[]; stop: boolean[]; lemma: string[]; quoted: boolean[] } {
  const norm: string[] = [];
  const stop: boolean[] = [];
  const lemma: string[] = [];
  const quoted: boolean[] = [];
  for (let s = from; s < to; s++) {
    const sen = doc.sentences[s];
    for (let i = sen.tokenStart; i < sen.tokenEnd; i++) {
      const t = doc.tokens[i];
      if (t.kind === 'punct') continue;
      norm.push(t.norm.replace(/\./g, ''));
      stop.push(t.stop);
      lemma.push(t.lemma);
      quoted.push(t.quoted);
    }
  }
  return { norm, stop, lemma, quoted };
}

export function copySignals(copy: Document, source: Document, al: Alignment): CopySignals {
  let identical = 0;
  let total = 0;
  let kept = 0;
  let substituted = 0;
  let synonymous = 0;
  let substPairs = 0;
  let changed = 0;
  let changedFunction = 0;
  let reordered = 0;
  let splitMerge = 0;
  let quotedWords = 0;
  let quotedLost = 0;
  let lastB = -1;
  for (const p of al.pairs) {
    const a = words(copy, p.a0, p.a1);
    const b = words(source, p.b0, p.b1);
    total += a.norm.length;
    if (a.norm.join(' ') === b.norm.join(' ')) identical++;
    if (p.a1 - p.a0 > 1 || p.b1 - p.b0 > 1) splitMerge++;
    if (p.b0 < lastB) reordered++;
    lastB = p.b0;
    const d = diffSequences(a.norm, b.norm);
    kept += d.matched;
    for (const q of b.quoted) if (q) quotedWords++;
    for (const g of d.gaps) {
      for (let j = g.b0; j < g.b1; j++) if (b.quoted[j]) quotedLost++;
      const la = g.a1 - g.a0;
      const lb = g.b1 - g.b0;
      for (let i = g.a0; i < g.a1; i++) {
        changed++;
        if (a.stop[i]) changedFunction++;
      }
      if (la >= 1 && la <= 3 && lb >= 1 && lb <= 3 && Math.abs(la - lb) <= 1) {
        substituted += la;
        substPairs++;
        if (
          la === 1 &&
          lb === 1 &&
          canonical(a.lemma[g.a0]) === canonical(b.lemma[g.b0]) &&
          a.lemma[g.a0] !== b.lemma[g.b0]
        )
          synonymous++;
      }
    }
  }
  const n = Math.max(1, al.pairs.length);
  const t = Math.max(1, total);
  return {
    identical: identical / n,
    kept: kept / t,
    substituted: substituted / t,
    synonymous: substPairs ? synonymous / substPairs : 0,
    functionShift: changed ? changedFunction / changed : 0,
    reordered: reordered / n,
    splitMerge: splitMerge / n,
    coverageCopy: al.coverageCopy,
    coverageSource: al.coverageSource,
    coverageBody: bodyCoverage(copy, al),
    cut: al.innerGapSource,
    quotedWords,
    quoteKept: quotedWords ? 1 - quotedLost / quotedWords : 1,
  };
}

/**
 * Rules over the signals; thresholds set on the real story clusters and the synthetic benchmark
 * (docs/trace.md). Light edits keep nearly every word and swap few; spinning swaps many words
 * one for one and keeps sentence shape; translation and paraphrase reword more freely.
 */
const MIN_QUOTED_WORDS = 10;
const QUOTE_KEPT_MAX_SUBSTITUTED = 0.12;
/**
 * ... as long as the editor kept most of the reporting's words too: a language model's paraphrase
 * also leaves quotations alone but rewrites nearly half the rest (kept 0.53 on the bundled demo's;
 * the real edited copies that reword most keep 0.77).
 */
const QUOTE_KEPT_MIN_KEPT = 0.7;

export function classifyCopy(s: CopySignals): CopyType {
  // Word for word apart from furniture and a cut-off end; reordering or inner cuts make it an edit.
  if (s.kept >= 0.97 && s.substituted < 0.015 && s.coverageBody >= 0.85 && s.cut < 0.05 && s.reordered < 0.1)
    return 'verbatim';
  if (s.substituted < 0.07) return 'edited';
  // An editor rewords the reporting but leaves quotations alone; machine translation, paraphrasing
  // tools and spinners reword inside quotation marks too.
  if (
    s.substituted < QUOTE_KEPT_MAX_SUBSTITUTED &&
    s.kept >= QUOTE_KEPT_MIN_KEPT &&
    s.quotedWords >= MIN_QUOTED_WORDS &&
    s.quoteKept >= 0.95
  )
    return 'edited';
  // Spinning swaps content words one for one and keeps sentence shape and function words.
  const swapShare = s.substituted / Math.max(0.01, 1 - s.kept);
  if (swapShare >= 0.65 && s.functionShift < 0.35 && s.splitMerge < 0.05 && s.reordered < 0.2) return 'spun';
  // Machine translation keeps more wording than a paraphrase and shifts function words.
  return s.kept >= 0.72 || s.functionShift >= 0.42 ? 'translated' : 'paraphrased';
}
