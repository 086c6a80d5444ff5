// Packed sentence units: an article's content units (see features.ts) as one Uint32Array, stored
// at ingest so that tracing can screen a candidate without re-reading and re-tokenising it.
//
// Layout: [stamp, sentence count, units per sentence…, unit words…]. A unit word is the unit's
// 32-bit hash with its lowest bit replaced by the "strong" flag (a name or a number, weight 1.6).
// The stamp identifies how units were computed (format, lexicons, lemmatiser version); units
// stored under another stamp are ignored and the article is read and tokenised instead.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Document } from '../text/document.js';
import { hash32, mix32 } from '../text/hash.js';
import { MAX_CANDIDATE_SENTENCES, NO_SHARED_NAMES, SUPPORTED } from './align.js';
import { unitHashes } from './features.js';

/** Bump when tokenising, sentence splitting, lemmas or content units change. */
const UNITS_FORMAT = 1;
const LEXICONS = ['abbreviations', 'stopwords', 'synonym-classes'];
const STRONG_WEIGHT = 1.6;

let stamp: number | null = null;

/** Identifies the unit computation: format version, the lexicons it reads, the lemmatiser version. */
export function unitsStamp(): number {
  if (stamp === null) {
    const dir = fileURLToPath(new URL('../../data/lexicon/', import.meta.url));
    const wink = createRequire(import.meta.url)('wink-lemmatizer/package.json') as { version: string };
    let h = mix32(UNITS_FORMAT, hash32(wink.version));
    for (const name of LEXICONS) h = mix32(h, hash32(readFileSync(`${dir}${name}.txt`, 'utf8')));
    stamp = h;
  }
  return stamp;
}

/** The Document's sentence units, packed. */
export function packUnits(doc: Document): Uint32Array {
  const { hashes, strong, perSentence } = unitHashes(doc);
  const sentences = perSentence.length;
  const out = new Uint32Array(2 + sentences + hashes.length);
  out[0] = unitsStamp();
  out[1] = sentences;
  out.set(perSentence, 2);
  let w = 2 + sentences;
  for (let i = 0; i < hashes.length; i++) out[w++] = ((hashes[i] & ~1) | strong[i]) >>> 0;
  return out;
}

/** Packed units as stored bytes, and back (null when malformed or computed differently). */
export function unitsToBytes(units: Uint32Array): Buffer {
  return Buffer.from(units.buffer, units.byteOffset, units.byteLength);
}

export function unitsFromBytes(bytes: Uint8Array): Uint32Array | null {
  if (bytes.byteLength < 8 || bytes.byteLength % 4 !== 0) return null;
  // Copy: SQLite blobs need not be 4-byte aligned.
  const units = new Uint32Array(bytes.byteLength / 4);
  new Uint8Array(units.buffer).set(bytes);
  if (units[0] !== unitsStamp()) return null;
  const sentences = units[1];
  if (2 + sentences > units.length) return null;
  let n = 0;
  for (let i = 0; i < sentences; i++) n += units[2 + i];
  return 2 + sentences + n === units.length ? units : null;
}

interface HashedBag {
  bag: Map<number, number>;
  weight: number;
  strong: Set<number>;
}

function bagOf(units: Uint32Array, from: number, to: number): HashedBag {
  const bag = new Map<number, number>();
  const strong = new Set<number>();
  let weight = 0;
  for (let w = from; w < to; w++) {
    const key = units[w] >>> 1;
    const uw = units[w] & 1 ? STRONG_WEIGHT : 1;
    bag.set(key, (bag.get(key) ?? 0) + uw);
    weight += uw;
    if (uw > 1) strong.add(key);
  }
  return { bag, weight, strong };
}

/** One side of the screen, prepared once: sentence bags and, per unit, the sentences holding it. */
interface Screen {
  bags: HashedBag[];
  postings: Map<number, number[]>;
}

const screens = new WeakMap<Uint32Array, Screen>();

function screenOf(units: Uint32Array): Screen {
  let s = screens.get(units);
  if (s) return s;
  const sentences = units[1];
  const bags: HashedBag[] = [];
  const postings = new Map<number, number[]>();
  let w = 2 + sentences;
  for (let i = 0; i < sentences; i++) {
    const end = w + units[2 + i];
    const b = bagOf(units, w, end);
    for (const k of b.bag.keys()) {
      const p = postings.get(k);
      if (p) p.push(i);
      else postings.set(k, [i]);
    }
    bags.push(b);
    w = end;
  }
  screens.set(units, (s = { bags, postings }));
  return s;
}

/** Upper bounds of what alignDocuments(a, b) and alignDocuments(b, a) can cover (see coverageBounds). */
export interface CoverageBounds {
  /** Bound of alignDocuments(a, b).coverageCopy: 0 when no sentence of a can pair. */
  forward: number;
  /** Bound of alignDocuments(b, a).coverageCopy. */
  backward: number;
}

/**
 * A conservative screen of two articles by their packed units, without their Documents. Alignment
 * pairs a sentence only when its Dice similarity with the other side reaches at least SUPPORTED;
 * here similarities are computed as alignment computes them, but over hashed units, where a
 * collision can only merge units and so only raise a similarity. A sentence with no partner at
 * SUPPORTED here cannot be in any aligned pair, so the weight of the sentences that have one
 * bounds each side's coverage. `a` is prepared once and kept (tracing screens one article
 * against many).
 */
export function coverageBounds(a: Uint32Array, b: Uint32Array): CoverageBounds {
  const sa = screenOf(a);
  // Allow for float rounding in the sums.
  const min = SUPPORTED - 1e-9;
  const pairedA = new Uint8Array(sa.bags.length);
  const markedUnits = new Set<number>();
  let coveredB = 0;
  let totalB = 0;
  const sentences = b[1];
  let w = 2 + sentences;
  for (let j = 0; j < sentences; j++) {
    const from = w;
    const end = w + b[2 + j];
    w = end;
    // Weight of this sentence, and of its units that `a` holds at all: with s of its weight w
    // shared, no sentence of `a` reaches a Dice similarity above 2s / (s + w).
    let weight = 0;
    let shared = 0;
    for (let x = from; x < end; x++) {
      const uw = b[x] & 1 ? STRONG_WEIGHT : 1;
      weight += uw;
      if (sa.postings.has(b[x] >>> 1)) shared += uw;
    }
    totalB += weight;
    if (shared === 0 || (2 * shared) / (shared + weight) < min) continue;
    const y = bagOf(b, from, end);
    const seen = new Set<number>();
    let many = false;
    gather: for (const k of y.bag.keys()) {
      for (const i of sa.postings.get(k) ?? []) {
        seen.add(i);
        if (seen.size > MAX_CANDIDATE_SENTENCES) {
          many = true;
          break gather;
        }
      }
    }
    if (many) {
      // More sentences share its units than alignment compares (align.ts): count it as paired,
      // and every sentence of `a` holding one of its units too, each unit's postings once.
      for (const k of y.bag.keys()) {
        if (markedUnits.has(k)) continue;
        markedUnits.add(k);
        for (const i of sa.postings.get(k) ?? []) pairedA[i] = 1;
      }
      coveredB += weight;
      continue;
    }
    let paired = false;
    for (const i of seen) {
      const x = sa.bags[i];
      const d = x.weight + y.weight;
      if (d === 0) continue;
      let overlap = 0;
      for (const [k, v] of y.bag) {
        const u = x.bag.get(k);
        if (u !== undefined) overlap += Math.min(u, v);
      }
      let sim = (2 * overlap) / d;
      if (!namesMayAgree(x.strong, y.strong)) sim *= NO_SHARED_NAMES;
      if (sim >= min) pairedA[i] = 1;
      paired ||= sim >= min;
    }
    if (paired) coveredB += weight;
  }
  let coveredA = 0;
  let totalA = 0;
  sa.bags.forEach((x, i) => {
    totalA += x.weight;
    if (pairedA[i]) coveredA += x.weight;
  });
  return { forward: coveredA / (totalA || 1), backward: coveredB / (totalB || 1) };
}

function namesMayAgree(x: Set<number>, y: Set<number>): boolean {
  if (x.size < 2 || y.size < 2) return true;
  for (const k of x) if (y.has(k)) return true;
  return false;
}
