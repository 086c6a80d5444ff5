// The findings of a sentence's best path (lattice.ts): each replaced span whose local margin over
// the written words, as a logistic, reaches the minimum confidence, and whose suggestion was seen
// next to its neighbours (in the counts, or as a bigram of the news LM).
import type { Document } from '../text/document.js';
import type { JointPairTerm, LatticeNode } from './lattice.js';
import { matchCase, type AssociationScorer } from './scoring.js';
import type { NgramCounts } from './model.js';
import type { DetectOptions, SpinFinding } from './options.js';
import type { DocumentWords } from './document-words.js';

/** What the findings of a path are read against. */
export interface PathContext {
  scorer: AssociationScorer;
  counts: NgramCounts;
  options: DetectOptions;
  /** Findings under this confidence are dropped (options.minConfidence, or spunMinConfidence in
   *  a reading as spun). */
  minConfidence: number;
  /** log P of the inner word pairs of written ids (CandidateLists.innerLogP). */
  innerLogP(ids: readonly number[]): number;
  /** The document's token ids in the counts, and the sentence boundaries' ids. */
  written: Pick<DocumentWords, 'tokenIds' | 'startId' | 'endId'>;
  /** What two replacements in a row earn together (the news LM), or null. */
  joint: JointPairTerm | null;
}

export function findingsOfPath(doc: Document, path: readonly LatticeNode[], at: PathContext): SpinFinding[] {
  const { scorer, counts, options } = at;
  const { tokenIds, startId, endId } = at.written;
  const out: SpinFinding[] = [];
  for (let p = 0; p < path.length; p++) {
    const node = path[p];
    if (node.suggestion === null) continue;
    const prev = p > 0 ? path[p - 1] : null;
    const next = p + 1 < path.length ? path[p + 1] : null;
    const prevId = prev ? prev.last : startId;
    const nextId = next ? next.first : endId;
    const written: number[] = [];
    for (let i = node.start; i < node.end; i++) written.push(tokenIds[i]);
    const writtenScore =
      scorer.logP(prevId, written[0]) +
      at.innerLogP(written) +
      scorer.logP(written[written.length - 1], nextId);
    let changedScore = scorer.logP(prevId, node.first) + node.inner + scorer.logP(node.last, nextId);
    // Next to other replacements, its news LM verdict is the one with them in place.
    if (at.joint && prev?.suggestion != null) changedScore += at.joint.term(prev, node);
    if (at.joint && next?.suggestion != null) changedScore += at.joint.term(node, next);
    const margin = changedScore - writtenScore;
    const evidence = counts.pairCount(prevId, node.first) + counts.pairCount(node.last, nextId);
    if (evidence < options.minEvidence && !node.lmSeen) continue;
    const confidence = 1 / (1 + Math.exp(-margin));
    if (confidence < at.minConfidence) continue;
    const start = doc.tokens[node.start].start;
    const end = doc.tokens[node.end - 1].end;
    const text = doc.text.slice(start, end);
    out.push({
      text,
      start,
      end,
      suggestion: matchCase(node.suggestion, text),
      confidence: Math.round(confidence * 1000) / 1000,
    });
  }
  return out;
}
