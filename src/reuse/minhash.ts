// MinHash signatures and LSH band keys (b bands of r rows), over 32-bit feature hashes.
import { mix32 } from '../text/hash.js';

export const BANDS = 16;
export const ROWS = 2;
const K = BANDS * ROWS;

// Fixed odd multipliers/offsets: signatures must be identical across runs and machines.
const A = new Uint32Array(K);
const B = new Uint32Array(K);
{
  let s = 0x2545f491;
  const next = () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return s >>> 0;
  };
  for (let i = 0; i < K; i++) {
    A[i] = next() | 1;
    B[i] = next();
  }
}

/** K minimum hash values over the features (all 0xffffffff when there are none). */
export function minhash(features: Iterable<number>): Uint32Array {
  const xs = features instanceof Uint32Array ? features : Uint32Array.from(features);
  const sig = new Uint32Array(K);
  // One permutation at a time over all features: its constants and running minimum stay in registers.
  for (let i = 0; i < K; i++) {
    const a = A[i];
    const b = B[i];
    let min = 0xffffffff;
    for (let j = 0; j < xs.length; j++) {
      let h = (Math.imul(a, xs[j]) + b) >>> 0;
      h ^= h >>> 15;
      h = Math.imul(h, 0x2c1b3c6d) >>> 0;
      h = (h ^ (h >>> 12)) >>> 0;
      if (h < min) min = h;
    }
    sig[i] = min;
  }
  return sig;
}

/** One key per band: band number in the high bits, a 32-bit hash of its rows below (fits 53 bits). */
export function bandKeys(sig: Uint32Array): number[] {
  if (sig[0] === 0xffffffff) return [];
  const out: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = b + 1;
    for (let r = 0; r < ROWS; r++) h = mix32(h, sig[b * ROWS + r]);
    out.push(b * 0x100000000 + h);
  }
  return out;
}

/** Estimated Jaccard similarity of two signatures. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < K; i++) if (a[i] === b[i]) same++;
  return same / K;
}
