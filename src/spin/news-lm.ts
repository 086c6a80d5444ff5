// A news-trained trigram language model (CMU Sphinx's generic US English model, BSD-2; built into
// data/spin/cmu-lm.bin.gz by scripts/spin/build-lm.ts): log P(word | two words before) with
// Katz back-off, over lowercase words without punctuation. The spin detector reads it for what
// the shipped counts lack: news idiom ("told reporters", "military equipment") and the news
// frequency of a word.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeLm, type LmTables } from './lm-format.js';

export const SHIPPED_LM_FILE = fileURLToPath(new URL('../../data/spin/cmu-lm.bin.gz', import.meta.url));

/** Word id of "no word here" (a number, a name the model lacks, the far side of a sentence). */
export const NO_WORD = -1;

/** log P of a word the model lacks (below every unigram in the shipped model, about 1e-9). */
const UNKNOWN_LOG_P = -20;

/** The bigram look-up cache has 2^(32 - BIGRAM_CACHE_SHIFT) slots. */
const BIGRAM_CACHE_SHIFT = 14;

export class NewsLm {
  readonly start: number;
  readonly end: number;
  /** Recent bigram look-ups: left word, right word and index per slot of 4 (one cache line
   *  holds 4 slots; a slot's three values are read together). */
  private readonly cached = new Int32Array(4 << (32 - BIGRAM_CACHE_SHIFT)).fill(-1);
  /** Word → id (made on first use). */
  private ids: Map<string, number> | null = null;
  /** An upper bound of every logP3 of a known word (log probabilities, but a back-off weight
   *  may be positive): for bounds that rule a path out unread. */
  readonly maxLogP3: number;
  constructor(readonly t: LmTables) {
    this.start = this.find('<s>');
    this.end = this.find('</s>');
    const most = (a: ArrayLike<number>): number => {
      let m = -Infinity;
      for (let k = 0; k < a.length; k++) if (a[k] > m) m = a[k];
      return m;
    };
    const uni = most(t.uniProb);
    const p2 = Math.max(uni, most(t.biProbLevels), most(t.uniBackoff) + uni);
    this.maxLogP3 = Math.max(p2, most(t.triProbLevels), most(t.biBackoffLevels) + p2);
  }

  get size(): number {
    return this.t.words.length;
  }

  /** Id of a (lowercase) word, or NO_WORD. */
  find(word: string): number {
    // A map, not a binary search of the sorted words: each step of that search compares with a
    // string elsewhere in the heap (a cache miss), 17 steps per word; the map takes about 10 ms
    // to make, on first use.
    return (this.ids ??= new Map(this.t.words.map((w, id) => [w, id]))).get(word) ?? NO_WORD;
  }

  /** Natural-log unigram probability (UNKNOWN_LOG_P for NO_WORD). */
  unigram(w: number): number {
    return w < 0 ? UNKNOWN_LOG_P : this.t.uniProb[w];
  }

  /** Index of bigram (a, b), or -1. */
  bigram(a: number, b: number): number {
    if (a < 0 || b < 0) return -1;
    // A direct-mapped cache of recent look-ups: the search runs over the left word's bigrams
    // (tens of thousands for "the"), one cache miss per step; pairs recur from sentence to
    // sentence ("the" + a candidate).
    const at = ((Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) >>> BIGRAM_CACHE_SHIFT) << 2;
    const cached = this.cached;
    if (cached[at] === a && cached[at + 1] === b) return cached[at + 2];
    const t = this.t;
    const k = search(t.biRight, t.biStart[a], t.biStart[a + 1], b);
    cached[at] = a;
    cached[at + 1] = b;
    cached[at + 2] = k;
    return k;
  }

  /** True when the model holds the bigram (a, b). */
  hasBigram(a: number, b: number): boolean {
    return this.bigram(a, b) >= 0;
  }

  /** log P(w | v) with back-off; v may be NO_WORD (then the unigram). */
  logP2(v: number, w: number): number {
    if (w < 0) return UNKNOWN_LOG_P;
    if (v < 0) return this.t.uniProb[w];
    const k = this.bigram(v, w);
    const t = this.t;
    return k >= 0 ? t.biProbLevels[t.biProb[k]] : t.uniBackoff[v] + t.uniProb[w];
  }

  /** log P(w | u v) with back-off; u and v may be NO_WORD (a shorter history). */
  logP3(u: number, v: number, w: number): number {
    if (w < 0) return UNKNOWN_LOG_P;
    if (u < 0 || v < 0) return this.logP2(v, w);
    const t = this.t;
    const uv = this.bigram(u, v);
    if (uv < 0) return this.logP2(v, w);
    const k = search(t.triRight, t.triStart[uv], t.triStart[uv + 1], w);
    return k >= 0 ? t.triProbLevels[t.triProb[k]] : t.biBackoffLevels[t.biBackoff[uv]] + this.logP2(v, w);
  }

  /**
   * log P of the words seq[from..to) and of the `after` words following them, each given the two
   * words before it (seq[from - 2], seq[from - 1] may be NO_WORD, and so may later ones, which
   * cuts the history there). The words from `to` on are scored only while inside seq.
   */
  span(seq: ArrayLike<number>, seqLength: number, from: number, to: number, after: number): number {
    let s = 0;
    const last = Math.min(seqLength, to + after);
    for (let i = from; i < last; i++) {
      const w = seq[i];
      if (w < 0) {
        if (i >= to) break; // history cut: the words beyond score alike for any replacement
        continue;
      }
      s += this.logP3(i >= 2 ? seq[i - 2] : NO_WORD, i >= 1 ? seq[i - 1] : NO_WORD, w);
    }
    return s;
  }
}

/** Index of `x` in the ascending `a[from..to)`, or -1. */
export function search(a: Uint32Array, from: number, to: number, x: number): number {
  let lo = from;
  let hi = to - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = a[mid];
    if (v < x) lo = mid + 1;
    else if (v > x) hi = mid - 1;
    else return mid;
  }
  return -1;
}

let shipped: NewsLm | null | undefined;

/** Makes detectors created from now on read `lm` instead of the shipped model (null: none). */
export function setNewsLm(lm: NewsLm | null): void {
  shipped = lm;
}

/** The shipped news language model (loaded on first use), or null when its file is missing. */
export function shippedNewsLm(): NewsLm | null {
  if (shipped === undefined)
    shipped = existsSync(SHIPPED_LM_FILE) ? new NewsLm(decodeLm(readFileSync(SHIPPED_LM_FILE))) : null;
  return shipped;
}
