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
import { NO_SHARED_NAMES, SUPPORTED } from './align.js';
import { sentenceUnits } from './features.js';

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
  const units = sentenceUnits(doc);
  let n = 0;
  for (const s of units) n += s.length;
  const out = new Uint32Array(2 + units.length + n);
  out[0] = unitsStamp();
  out[1] = units.length;
  let w = 2 + units.length;
  units.forEach((s, i) => {
    out[2 + i] = s.length;
    for (const u of s) out[w++] = ((u.hash & ~1) | (u.weight > 1 ? 1 : 0)) >>> 0;
  });
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

function hashedBags(units: Uint32Array): HashedBag[] {
  const sentences = units[1];
  const out: HashedBag[] = [];
  let w = 2 + sentences;
  for (let i = 0; i < sentences; i++) {
    const bag = new Map<number, number>();
    const strong = new Set<number>();
    let weight = 0;
    for (const end = w + units[2 + i]; w < end; w++) {
      const key = units[w] >>> 1;
      const uw = units[w] & 1 ? STRONG_WEIGHT : 1;
      bag.set(key, (bag.get(key) ?? 0) + uw);
      weight += uw;
      if (uw > 1) strong.add(key);
    }
    out.push({ bag, weight, strong });
  }
  return out;
}

/**
 * Can any sentence of `a` pair with a sentence of `b` in alignDocuments(a, b)? A conservative
 * screen: similarities are computed as alignment computes them, but over hashed units, where a
 * collision can only merge units and so only raise a similarity. When this returns false, the
 * alignment of a with b has no sentence pairs; when true, it may or may not.
 */
export function mayAlign(a: Uint32Array, b: Uint32Array): boolean {
  const ba = hashedBags(a);
  const bb = hashedBags(b);
  const postings = new Map<number, number[]>();
  bb.forEach(({ bag }, j) => {
    for (const k of bag.keys()) {
      const p = postings.get(k);
      if (p) p.push(j);
      else postings.set(k, [j]);
    }
  });
  // Every accepted pair needs at least SUPPORTED similarity; allow for float rounding.
  const min = SUPPORTED - 1e-9;
  for (const x of ba) {
    const seen = new Set<number>();
    for (const k of x.bag.keys()) for (const j of postings.get(k) ?? []) seen.add(j);
    for (const j of seen) {
      const y = bb[j];
      const d = x.weight + y.weight;
      if (d === 0) continue;
      let shared = 0;
      for (const [k, w] of x.bag) {
        const v = y.bag.get(k);
        if (v !== undefined) shared += Math.min(w, v);
      }
      let sim = (2 * shared) / d;
      if (!namesMayAgree(x.strong, y.strong)) sim *= NO_SHARED_NAMES;
      if (sim >= min) return true;
    }
  }
  return false;
}

function namesMayAgree(x: Set<number>, y: Set<number>): boolean {
  if (x.size < 2 || y.size < 2) return true;
  for (const k of x) if (y.has(k)) return true;
  return false;
}
