// What a copy changed relative to its source: typed, located, ranked changes.
//   changeReport(copyDoc, sourceDoc, alignDocuments(copyDoc, sourceDoc))
// For every aligned sentence pair, a word diff (house style folded away) is read for negation,
// hedges, attribution, figures, quotations, names and wording; sentences with no counterpart
// inside the covered stretch are insertions or drops. See docs/changes.md.
import type { Change, ChangeKind, CopyType } from '../model.js';
import type { Alignment, SentencePair } from '../reuse/align.js';
import type { Document } from '../text/document.js';
import { pairChanges } from './pair.js';
import { nearFigures } from './figures.js';
import { MIN_PAIR_SIM, secondChancePairs } from './pairing.js';
import { isHeadline, lastBody, unpairedSentences } from './sentences.js';

/** Seriousness of each kind: higher is more serious. */
export const SEVERITY: Record<ChangeKind, number> = {
  meaning_changed: 10,
  negation_flipped: 10,
  attribution_dropped: 9,
  quote_altered: 8,
  hedge_dropped: 7,
  name_changed: 6,
  number_changed: 6,
  sentence_inserted: 5,
  sentence_dropped: 3,
  spun_phrase: 2,
};

/** Changes below this confidence are not reported. */
export const MIN_CONFIDENCE = 0.4;

export interface ReportOptions {
  /** The copy's kind, when classified (see PairContext.copyType). */
  copyType?: CopyType;
}

export function changeReport(
  copy: Document,
  source: Document,
  alignment: Alignment,
  options: ReportOptions = {},
): Change[] {
  const out: Change[] = [];
  // A text cut off mid-sentence loses the end of its last sentence; one that ends a sentence there
  // is whole, and an edit at the end of that sentence is an edit.
  const lastA = cutMidSentence(copy) ? lastBody(copy) : Infinity;
  const lastB = cutMidSentence(source) ? lastBody(source) : Infinity;
  const extra = secondChancePairs(copy, source, alignment);
  for (const pair of [...usablePairs(copy, source, alignment), ...extra]) {
    out.push(
      ...pairChanges({
        copy,
        source,
        pair,
        copyTruncated: pair.a1 - 1 >= lastA,
        sourceTruncated: pair.b1 - 1 >= lastB,
        copyType: options.copyType,
      }),
    );
  }
  out.push(...unpairedSentences(copy, source, alignment, extra));
  if (alignment.pairs.length > 0) out.push(...nearFigures(copy, source));
  const kept = out.filter((c) => c.confidence >= MIN_CONFIDENCE);
  // A synonym swap inside a more serious change is part of that change.
  const small = kept.filter((c) => c.kind !== 'spun_phrase' && c.copy && c.copy.end - c.copy.start < 80);
  return rank(
    dedupe(kept.filter((c) => c.kind !== 'spun_phrase' || !small.some((k) => overlaps(k.copy, c.copy)))),
  );
}

/** A full stop, question or exclamation mark (not an ellipsis) ending a sentence, with its closing quotes. */
const COMPLETE = /(?<!\.\.)[.!?]["'”’)]*$/;

/**
 * Does the last sentence of the text (boilerplate aside) stop without a sentence-ending mark, or
 * with an ellipsis ("... the ministry said the talks …")?
 */
function cutMidSentence(doc: Document): boolean {
  if (doc.sentences.length === 0) return false;
  const s = doc.sentences[lastBody(doc)];
  return !COMPLETE.test(doc.text.slice(s.start, s.end).trimEnd());
}

/**
 * Pairs worth reading: similar enough, and the best copy pairing of each source sentence; a
 * title-case headline at either end of a pair is trimmed off (a pair of nothing but headlines is
 * skipped).
 */
function usablePairs(copy: Document, source: Document, al: Alignment): SentencePair[] {
  const best = new Map<number, number>();
  for (const p of al.pairs) for (let j = p.b0; j < p.b1; j++) best.set(j, Math.max(best.get(j) ?? 0, p.sim));
  const out: SentencePair[] = [];
  for (const p of al.pairs) {
    if (p.sim < MIN_PAIR_SIM) continue;
    let ok = true;
    for (let j = p.b0; j < p.b1; j++) if ((best.get(j) ?? 0) > p.sim) ok = false;
    if (!ok) continue;
    const q = { ...p };
    while (q.a0 < q.a1 && isHeadline(copy, q.a0)) q.a0++;
    while (q.a1 > q.a0 && isHeadline(copy, q.a1 - 1)) q.a1--;
    while (q.b0 < q.b1 && isHeadline(source, q.b0)) q.b0++;
    while (q.b1 > q.b0 && isHeadline(source, q.b1 - 1)) q.b1--;
    let inner = false;
    for (let i = q.a0; i < q.a1; i++) if (isHeadline(copy, i)) inner = true;
    for (let j = q.b0; j < q.b1; j++) if (isHeadline(source, j)) inner = true;
    if (q.a1 > q.a0 && q.b1 > q.b0 && !inner) out.push(q);
  }
  return out;
}

/** One change per copy location: where two overlap, keep the more serious (then more confident). */
function dedupe(changes: Change[]): Change[] {
  const sorted = [...changes].sort(compare);
  const kept: Change[] = [];
  for (const c of sorted) {
    const clash = kept.some(
      (k) =>
        k.kind === c.kind &&
        overlaps(k.copy, c.copy) &&
        (c.source === null || k.source === null || overlaps(k.source, c.source)),
    );
    if (!clash) kept.push(c);
  }
  return kept;
}

function overlaps(
  x: { start: number; end: number } | null,
  y: { start: number; end: number } | null,
): boolean {
  if (!x || !y) return x === y;
  return x.start < y.end && y.start < x.end;
}

function compare(x: Change, y: Change): number {
  return (
    SEVERITY[y.kind] * y.confidence - SEVERITY[x.kind] * x.confidence ||
    (x.copy?.start ?? x.source?.start ?? 0) - (y.copy?.start ?? y.source?.start ?? 0)
  );
}

/** Most serious first: seriousness weighted by confidence, then position in the copy. */
function rank(changes: Change[]): Change[] {
  return changes.map((c) => ({ ...c, confidence: Math.round(c.confidence * 100) / 100 })).sort(compare);
}
