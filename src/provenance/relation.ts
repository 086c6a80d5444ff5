// Is one article derived from another, and which way? Decided from passage alignment.
import type { Alignment } from '../reuse/align.js';
import { dateValue } from '../input/dates.js';

export interface LinkEvidence {
  /** Copy-side alignment (this article against the other). */
  forward: Alignment;
  /** The other article aligned against this one. */
  backward: Alignment;
}

/** How much running text two articles share, 0..1 (coverage × similarity, best direction). */
export function strength(al: Alignment): number {
  return al.coverageCopy * al.meanSim;
}

/**
 * Derived (copied or rewritten) rather than independently written: enough aligned text, aligned
 * closely, and not only shared quotations. Independent reports of one event share facts and quotes
 * but rarely sentence after sentence of running text.
 */
export function isDerived(ev: LinkEvidence): boolean {
  const f = ev.forward;
  const b = ev.backward;
  const pairs = Math.max(f.pairs.length, b.pairs.length);
  const cover = Math.max(f.coverageCopy, b.coverageCopy);
  const unquoted = Math.max(f.unquotedCoverageCopy, b.unquotedCoverageCopy);
  const sim = Math.max(f.meanSim, b.meanSim);
  if (pairs === 0 || unquoted < 0.2) return false;
  if (pairs === 1) return cover >= 0.6 && sim >= 0.8;
  return cover >= 0.3 && sim >= 0.55;
}

export type Direction = 'other-is-source' | 'this-is-source';

/**
 * Which of two linked articles is the source. The earlier date wins where both are dated and differ;
 * otherwise containment: a copy mostly consists of its source's text (it cuts and adds little),
 * so the side more contained in the other is the copy. Ties go to the earlier stored article.
 */
export function direction(
  ev: LinkEvidence,
  thisDate: string | null,
  otherDate: string | null,
  thisKey: number,
  otherKey: number,
): Direction {
  const td = dateValue(thisDate);
  const od = dateValue(otherDate);
  if (td !== null && od !== null && td !== od) return od < td ? 'other-is-source' : 'this-is-source';
  const asym = ev.forward.coverageCopy - ev.backward.coverageCopy;
  if (asym > 0.08) return 'other-is-source';
  if (asym < -0.08) return 'this-is-source';
  return otherKey < thisKey ? 'other-is-source' : 'this-is-source';
}
