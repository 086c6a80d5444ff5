// What a copy changed relative to its source: typed, located, ranked changes.
//   changeReport(copyDoc, sourceDoc, alignDocuments(copyDoc, sourceDoc))
// For every aligned sentence pair, a word diff (house style folded away) is read for negation,
// hedges, attribution, figures, quotations, names and wording; sentences with no counterpart
// inside the covered stretch are insertions or drops. See docs/changes.md.
import type { Change, ChangeKind } from '../model.js';
import type { Alignment } from '../reuse/align.js';
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

export function changeReport(copy: Document, source: Document, alignment: Alignment): Change[] {
  const out: Change[] = [];
  const lastA = lastBody(copy);
  const lastB = lastBody(source);
  const extra = secondChancePairs(copy, source, alignment);
  for (const pair of [...usablePairs(copy, source, alignment), ...extra]) {
    out.push(
      ...pairChanges({
        copy,
        source,
        pair,
        copyTruncated: pair.a1 - 1 >= lastA,
        sourceTruncated: pair.b1 - 1 >= lastB,
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

/** Pairs worth reading: similar enough, not headlines, and the best copy pairing of each source sentence. */
function usablePairs(copy: Document, source: Document, al: Alignment) {
  const best = new Map<number, number>();
  for (const p of al.pairs) for (let j = p.b0; j < p.b1; j++) best.set(j, Math.max(best.get(j) ?? 0, p.sim));
  return al.pairs.filter((p) => {
    if (p.sim < MIN_PAIR_SIM) return false;
    for (let j = p.b0; j < p.b1; j++) if ((best.get(j) ?? 0) > p.sim) return false;
    for (let i = p.a0; i < p.a1; i++) if (isHeadline(copy, i)) return false;
    for (let j = p.b0; j < p.b1; j++) if (isHeadline(source, j)) return false;
    return true;
  });
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
