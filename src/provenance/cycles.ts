// No cycle of sources in one store. Each article's source is chosen from its own links, with its
// own witnesses (source-choice.ts), and the pairwise evidence read from one side is not exactly the
// reverse of the evidence read from the other (each side aligns its own sentences first). So two
// copies of one text with little to tell them apart can each name the other as its source: seen on
// the real story clusters, a page and its verbatim copy (text evidence 0.04, same day) traced to
// each other. Before a source is recorded, the stored chain of sources from it is followed; where
// it leads back to the article, the cycle is broken (trace.ts): the two readings of the text
// contradict each other, so the article's other links (witnesses) decide where they clearly side
// with one (see cycleWitnesses), and otherwise the stronger direction stands: the weakest edge of
// the cycle gives way.
import type { Store, TraceRecord } from '../store/store.js';
import type { Document } from '../text/document.js';
import { classifyCopy, copySignals } from './classify-copy.js';
import { closenessVotes, closerSide } from './family-closeness.js';
import type { Link } from './relation.js';

/** One stored "derives from" edge: `key` was traced to `sourceKey` with this direction evidence. */
export interface SourceEdge {
  key: number;
  sourceKey: number;
  evidence: number;
}

/** Stored sources followed at most from a new source; real chains are a few links long. */
export const MAX_CHAIN = 32;

/** How sure a record is that its source is the source (dates give 1, text less). */
export function edgeEvidence(rec: TraceRecord): number {
  return rec.direction?.evidence ?? 0;
}

/**
 * The stored edges sourceKey → … → key when tracing `key` to `sourceKey` would close a cycle of
 * sources, else null. One store read per edge followed (one per article that has a source, for
 * the usual chain of one).
 */
export async function closedCycle(
  store: Store,
  key: number,
  sourceKey: number,
): Promise<SourceEdge[] | null> {
  const edges: SourceEdge[] = [];
  const seen = new Set<number>([sourceKey]);
  let at = sourceKey;
  for (let i = 0; i < MAX_CHAIN; i++) {
    const rec = await store.getTrace(at);
    if (!rec?.source) return null;
    edges.push({ key: at, sourceKey: rec.source.key, evidence: edgeEvidence(rec) });
    if (rec.source.key === key) return edges;
    // A loop that does not pass through this article (left by records traced before this guard).
    if (seen.has(rec.source.key)) return null;
    seen.add(rec.source.key);
    at = rec.source.key;
  }
  return null;
}

/** The weakest edge of a cycle's stored part (the first of equals). */
export function weakestEdge(edges: SourceEdge[]): SourceEdge {
  return edges.reduce((w, e) => (e.evidence < w.evidence ? e : w));
}

/**
 * Where the article's choice of `source` would close a cycle, its other links vote as in
 * family-closeness.ts whatever the text evidence: 'self' (the article is the source's source, so
 * it gives way), 'other' (the stored reading gives way), or null. On the real story clusters a
 * page and its verbatim copy wrapped in a site's captions and promotions each read the other as
 * the source (0.27 and 0.24): the page's own edited copy follows the page. Never for a spun pair
 * (content farms re-spin each other's output, so sibling spins side with the copy).
 */
export function cycleWitnesses(self: Document, source: Link, links: Link[]): 'self' | 'other' | null {
  if (links.length < 2) return null;
  if (classifyCopy(copySignals(self, source.otherDoc, source.ev.forward)) === 'spun') return null;
  return closerSide(closenessVotes(self, source, links));
}
