// A Document's fingerprint for the store: LSH bands over content-lemma shingles (with synonym
// classes, so thesaurus spinning and light edits keep many shingles), and rare anchors.
import type { Document } from '../text/document.js';
import type { Fingerprint } from '../store/store.js';
import { cachedHash32, mix32 } from '../text/hash.js';
import { anchorTerms, isFurniture, unitHashes } from './features.js';
import { bandKeys, minhash } from './minhash.js';
import { isFraming } from './framing.js';

/**
 * The version of the fingerprints below, recorded with a store's retrieval index: a store indexed
 * by an older version is rebuilt by `unspin reindex` (reindex.ts). Raise it whenever what an
 * article stores changes. 1: anchors from the whole page outside furniture; 2: the framing at the
 * top of a page (headline, photo caption, byline) left out as well.
 */
export const INDEX_VERSION = 2;

/** How many anchors an article stores (the query side uses all of its anchors). */
export const STORED_ANCHORS = 16;
export const QUERY_ANCHORS = 64;

/** Shingle hashes: consecutive content units (stopwords skipped) within each sentence. */
export function shingles(doc: Document): Uint32Array {
  // A typed array, not a Set: 32-bit hashes are not small integers in V8, so a Set boxes each one.
  // Repeats are harmless: a MinHash signature is the same over a multiset and its set.
  const { hashes, perSentence } = unitHashes(doc);
  let n = 0;
  for (let s = 0; s < perSentence.length; s++) n += Math.max(0, perSentence[s] - 1);
  const out = new Uint32Array(n);
  let k = 0;
  let first = 0;
  for (let s = 0; s < perSentence.length; s++) {
    const end = first + perSentence[s];
    for (let i = first; i + 1 < end; i++) out[k++] = mix32(hashes[i], hashes[i + 1]);
    first = end;
  }
  return out;
}

/** Hashed anchors in reading order (names, numbers), at most `limit`. */
export function anchorHashes(doc: Document, limit: number): number[] {
  return anchorTerms(doc, limit).map((t) => cachedHash32(t));
}

/**
 * The fingerprint's anchors also leave out the framing at the top of a page, before its running
 * text: a title-case headline ("Mayor Says Port Will Reopen In May") makes every word name-like,
 * and a headline, photo caption and byline can use up the few anchors an article stores, so that
 * its copies no longer find it. Short lines further down (a table of figures) are left alone. (Story
 * grouping reads more anchors, furniture left out only: see stories.ts.)
 */
export function fingerprint(doc: Document, anchorLimit = STORED_ANCHORS): Fingerprint {
  let top = true;
  // anchorTerms asks about each paragraph once, in reading order.
  const skip = (paragraph: string, sentences: number): boolean => {
    if (top && isFraming(paragraph, sentences)) return true;
    top = false;
    return isFurniture(paragraph);
  };
  const anchors = anchorTerms(doc, anchorLimit, skip).map((t) => cachedHash32(t));
  return { bands: bandKeys(minhash(shingles(doc))), anchors };
}
