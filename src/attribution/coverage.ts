// Which statements' contents hold a given cue, found without comparing every pair of statements:
// the nesting rules ask it of every cue, and an article of thousands of statements (a long
// transcript, or hostile input made of "he said" sentences) made the pairwise loops take tens of
// seconds per megabyte.
import type { Frame } from './spans.js';

const NONE: readonly Frame[] = [];

/**
 * For a fixed set of token positions (the cues asked about), the frames whose content pieces
 * cover each position. A frame whose content changed since it was added may be listed where it
 * no longer reaches, never missing where it does as long as every frame given new content is
 * added again: callers check the content itself before acting.
 */
export class ContentCoverage {
  private readonly points: number[];
  private readonly covering: Frame[][];

  constructor(positions: readonly number[], frames: Iterable<Frame>) {
    // Plain arrays sorted and deduplicated in place: this runs several times per document on a
    // handful of positions, where a Set, a typed array or Array.from cost more than the work.
    // (Mostly given in text order already, which a sort with a comparator would still pay for.)
    // Copied in a loop into a literal, not slice()d: the positions come from map(), whose arrays
    // are holey (packed when empty), and lowerBound, optimised for one kind, was thrown away on
    // meeting the other.
    const points: number[] = [];
    for (let k = 0; k < positions.length; k++) points.push(positions[k]);
    if (!ascending(points)) points.sort((a, b) => a - b);
    let n = 0;
    for (let k = 0; k < points.length; k++)
      if (k === 0 || points[k] !== points[n - 1]) points[n++] = points[k];
    points.length = n;
    this.points = points;
    this.covering = [];
    for (let k = 0; k < n; k++) this.covering.push([]);
    for (const f of frames) this.add(f);
  }

  /** Lists f at every position its content pieces cover now. */
  add(f: Frame): void {
    const points = this.points;
    for (const piece of f.content) {
      const s = piece[0];
      const e = piece[1];
      for (let k = lowerBound(points, s); k < points.length && points[k] < e; k++) {
        const list = this.covering[k];
        if (list[list.length - 1] !== f) list.push(f);
      }
    }
  }

  /** The frames listed at token i (one of the positions given), in the order they were added. */
  at(i: number): readonly Frame[] {
    const k = lowerBound(this.points, i);
    return k < this.points.length && this.points[k] === i ? this.covering[k] : NONE;
  }
}

function ascending(a: readonly number[]): boolean {
  for (let k = 1; k < a.length; k++) if (a[k] < a[k - 1]) return false;
  return true;
}

/** The first index of a sorted array whose value is at least x. */
export function lowerBound(a: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
