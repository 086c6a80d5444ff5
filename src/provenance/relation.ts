// Is one article derived from another, and which way? Decided from passage alignment.
import type { Alignment } from '../reuse/align.js';
import { dateValue } from '../input/dates.js';
import type { Document } from '../text/document.js';
import { loadLines } from '../lexicon/load.js';

let furnitureRe: RegExp | null = null;
function furniturePattern(): RegExp {
  furnitureRe ??= new RegExp(
    `\\b(?:${loadLines('page-furniture')
      .map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('|')})\\b|\\|`,
    'i',
  );
  return furnitureRe;
}

/**
 * Share of a document's paragraphs that are page furniture outside the aligned text: short lines
 * of navigation, sharing and credits that sites wrap around the copies they publish.
 */
export function furnitureShare(doc: Document, aligned: { start: number; end: number }[]): number {
  if (doc.paragraphs.length === 0) return 0;
  let n = 0;
  for (const p of doc.paragraphs) {
    if (aligned.some((a) => a.start < p.end && a.end > p.start)) continue;
    const text = doc.text.slice(p.start, p.end);
    const words = text.split(/\s+/).length;
    if (words <= 25 && furniturePattern().test(text)) n++;
  }
  return n / doc.paragraphs.length;
}

export interface LinkEvidence {
  /** Copy-side alignment (this article against the other). */
  forward: Alignment;
  /** The other article aligned against this one. */
  backward: Alignment;
  /** Page furniture share of this article and of the other (see furnitureShare). */
  furnitureThis: number;
  furnitureOther: number;
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
  return derivedOneWay(ev.forward) || derivedOneWay(ev.backward);
}

/** One direction of the evidence: is the copy side (mostly) made of the other's running text? */
function derivedOneWay(al: Alignment): boolean {
  if (al.pairs.length === 0 || al.unquotedCoverageCopy < 0.2) return false;
  if (al.pairs.length === 1) return al.coverageCopy >= 0.6 && al.meanSim >= 0.8;
  return al.coverageCopy >= 0.35 && al.meanSim >= 0.55;
}

export type Direction = 'other-is-source' | 'this-is-source';

/**
 * Which of two linked articles is the source. The earlier date wins where both are dated and differ;
 * otherwise containment and trimming (below). Ties go to the earlier stored article.
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
  // Containment: how much of this article lies in the other, minus the reverse; and, inside the
  // aligned stretch (so truncated excerpts do not count), what the other has that this lacks:
  // copies trim their source more often than they pad it.
  const contain = ev.forward.coverageCopy - ev.backward.coverageCopy;
  const trimmed = ev.forward.innerGapSource - ev.forward.innerGapCopy;
  // Page furniture outside the shared text marks the republishing site's copy.
  const furniture = ev.furnitureThis - ev.furnitureOther;
  const asym = contain + trimmed + 0.5 * furniture;
  if (asym > 0.02) return 'other-is-source';
  if (asym < -0.02) return 'this-is-source';
  return otherKey < thisKey ? 'other-is-source' : 'this-is-source';
}
