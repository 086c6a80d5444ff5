// A Document's fingerprint for the store: LSH bands over content-lemma shingles (with synonym
// classes, so thesaurus spinning and light edits keep many shingles), and rare anchors.
import type { Document } from '../text/document.js';
import type { Fingerprint } from '../store/store.js';
import { cachedHash32, mix32 } from '../text/hash.js';
import { anchorTerms, sentenceUnits } from './features.js';
import { bandKeys, minhash } from './minhash.js';

/** How many anchors an article stores (the query side uses all of its anchors). */
export const STORED_ANCHORS = 16;
export const QUERY_ANCHORS = 64;

/** Shingle hashes: consecutive content units (stopwords skipped) within each sentence. */
export function shingles(doc: Document): Uint32Array {
  // A typed array, not a Set: 32-bit hashes are not small integers in V8, so a Set boxes each one.
  // Repeats are harmless: a MinHash signature is the same over a multiset and its set.
  const sents = sentenceUnits(doc);
  let n = 0;
  for (const units of sents) n += Math.max(0, units.length - 1);
  const out = new Uint32Array(n);
  let k = 0;
  for (const units of sents) {
    for (let i = 0; i + 1 < units.length; i++) out[k++] = mix32(units[i].hash, units[i + 1].hash);
  }
  return out;
}

/** Hashed anchors in reading order (names, numbers), at most `limit`. */
export function anchorHashes(doc: Document, limit: number): number[] {
  return anchorTerms(doc, limit).map((t) => cachedHash32(t));
}

export function fingerprint(doc: Document, anchorLimit = STORED_ANCHORS): Fingerprint {
  return { bands: bandKeys(minhash(shingles(doc))), anchors: anchorHashes(doc, anchorLimit) };
}
