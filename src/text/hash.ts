// Small, fast non-cryptographic hashes, shared by fingerprints and model features.

/** FNV-1a over UTF-16 code units, 32-bit unsigned. */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Mixes two 32-bit values into one (murmur3 finaliser on a combination). */
export function mix32(a: number, b: number): number {
  let h = (Math.imul(a, 0x9e3779b1) ^ b) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const memo = new Map<string, number>();

/** hash32 memoised for frequent strings (words, lemmas): hot loops hash the same few thousand. */
export function cachedHash32(s: string): number {
  let h = memo.get(s);
  if (h === undefined) {
    h = hash32(s);
    if (memo.size < 500_000) memo.set(s, h);
  }
  return h;
}
