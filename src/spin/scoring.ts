// Scores and word checks used by the spin detector (src/spin/detect.ts): association of word
// pairs and of a word with its sentence's content words, and the small tests that keep names,
// acronyms and spelling variants out of the candidates.
import type { DocToken } from '../text/document.js';
import type { NgramCounts } from './model.js';

/**
 * How much more often a word pair occurs than chance predicts, as a shrunk log ratio:
 * log((observed + a) / (expected + a)), expected = c(left) c(right) / N. A pair of common words
 * never seen together scores well below 0; a pair the model knows too little about scores about 0;
 * a collocation ("peace process") scores well above 0.
 */
export class AssociationScorer {
  private readonly total: number;
  constructor(
    readonly counts: NgramCounts,
    private readonly prior: number,
  ) {
    this.total = Math.max(1, counts.total);
  }

  logP(left: number, right: number): number {
    return this.logPOfCount(left, right, this.counts.pairCount(left, right));
  }

  /** An upper bound of logP(left, right) that does not read the pair table. */
  logPBound(left: number, right: number): number {
    return this.logPOfCount(left, right, this.counts.maxPairCount(left, right));
  }

  /** exp(logPBound(left, right)), without the log: (bound + prior) / (expected + prior). */
  ratioBound(left: number, right: number): number {
    const expected = (this.counts.count(left) * this.counts.count(right)) / this.total;
    return (this.counts.maxPairCount(left, right) + this.prior) / (expected + this.prior);
  }

  /** exp(-logPOfCount(left, right, 0)): (expected + prior) / prior, how far below 0 an unseen
   *  pair scores. */
  unseenFactor(left: number, right: number): number {
    const expected = (this.counts.count(left) * this.counts.count(right)) / this.total;
    return (expected + this.prior) / this.prior;
  }

  /** logP for a pair whose count (`observed`, the model's pairCount) the caller already has. */
  logPOfCount(left: number, right: number, observed: number): number {
    const expected = (this.counts.count(left) * this.counts.count(right)) / this.total;
    return Math.log((observed + this.prior) / (expected + this.prior));
  }

  /** Summed topic association of word `id` with the context content words. */
  topicFit(id: number, context: readonly number[]): number {
    const c = this.counts;
    const total = Math.max(1, c.topicTotal);
    const margin = id >= 0 && id < c.topicMargin.length ? c.topicMargin[id] : 0;
    if (!margin) return 0;
    let s = 0;
    for (const other of context) {
      const m = other >= 0 && other < c.topicMargin.length ? c.topicMargin[other] : 0;
      if (!m) continue;
      const expected = (margin * m) / (2 * total);
      const observed = c.topicCount(id, other);
      // log(p / (e + p)) = -log1p(e / p) ≈ -e / p for a tiny e (error below 1e-6): skips the log.
      if (observed === 0 && expected < 1e-3 * this.prior) s -= expected / this.prior;
      else s += Math.log((observed + this.prior) / (expected + this.prior));
    }
    return s;
  }
}

const ACRONYM_RE = /^[\p{Lu}\d.&-]+$/u;

export function eligible(tok: DocToken): boolean {
  return (
    tok.kind === 'word' &&
    !tok.stop &&
    tok.norm.length >= 3 &&
    !(tok.text.length > 1 && ACRONYM_RE.test(tok.text))
  );
}

/** "favour"/"favor", "profit"/"profits", "authorised"/"authorized": not a spinner's swap. */
/** The part of a word spellingVariant compares: its first five letters. */
export const spellingStem = (w: string): string => w.replace(/[^a-z]/g, '').slice(0, 5);

/** spellingStem(a) === stem, without making the string. */
function hasStem(a: string, stem: string): boolean {
  let k = 0;
  for (let i = 0; i < a.length && k < 5; i++) {
    const c = a.charCodeAt(i);
    if (c < 97 || c > 122) continue;
    if (k >= stem.length || stem.charCodeAt(k) !== c) return false;
    k++;
  }
  return k === stem.length;
}

/** `stemOfB`: spellingStem(b), when the caller compares many words with the same b. */
export function spellingVariant(a: string, b: string, stemOfB = spellingStem(b)): boolean {
  if (Math.abs(a.length - b.length) <= 3 && hasStem(a, stemOfB)) return true;
  if (abbreviates(b, a)) return true;
  return a.length >= 4 && b.length >= 4 && a[0] === b[0] && editDistanceAtMost(a, b, 2);
}

/** True when `short` abbreviates `long` ("pct"/"percent", "dlrs"/"dollars", "govt"): a short
 *  word ending in two consonants, with long's first letter and its letters in long's order.
 *  Spinners do not abbreviate. */
function abbreviates(short: string, long: string): boolean {
  if (short.length > 4 || long.length <= short.length + 1 || short[0] !== long[0]) return false;
  // Abbreviations end in two consonants and have at most one vowel ("big" is no abbreviation).
  if (/[aeiou]/.test(short.slice(-2)) || (short.match(/[aeiou]/g)?.length ?? 0) > 1) return false;
  let k = 1;
  for (let i = 1; i < long.length && k < short.length; i++) if (long[i] === short[k]) k++;
  return k === short.length;
}

/** Rows of editDistanceAtMost, reused. */
let previousRow = new Int32Array(64);
let currentRow = new Int32Array(64);

/** True when a and b differ by at most `max` single-letter edits ("rubles"/"roubles"). */
function editDistanceAtMost(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  if (previousRow.length <= b.length) {
    previousRow = new Int32Array(2 * (b.length + 1));
    currentRow = new Int32Array(2 * (b.length + 1));
  }
  let prev = previousRow;
  let row = currentRow;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let best = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1));
      row[j] = v;
      if (v < best) best = v;
    }
    if (best > max) return false;
    const swap = prev;
    prev = row;
    row = swap;
  }
  return prev[b.length] <= max;
}

export function matchCase(suggestion: string, written: string): string {
  if (written.length > 1 && written === written.toUpperCase()) return suggestion.toUpperCase();
  if (/^\p{Lu}/u.test(written)) {
    // Title-case each word when the written phrase was title-cased ("Related Press").
    const allCaps = written.split(/\s+/).every((w) => /^\p{Lu}/u.test(w));
    return allCaps
      ? suggestion.replace(/(^|\s)(\p{Ll})/gu, (_m, sp: string, c: string) => sp + c.toUpperCase())
      : suggestion[0].toUpperCase() + suggestion.slice(1);
  }
  return suggestion;
}
