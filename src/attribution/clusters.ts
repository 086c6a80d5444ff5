// Word clusters (data/attribution/word-clusters.txt, built from the shipped GloVe word vectors by
// scripts/attribution/build-word-clusters.ts): words used alike in news text share a cluster
// ("insisted", "stressed", "acknowledged"), so what the models learn from frequent words carries
// over to rare ones. A word's number is a path in a hierarchy of 32 → 128 → 512 → 2,048 clusters.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const CLUSTER_TABLE_PATH = fileURLToPath(
  new URL('../../data/attribution/word-clusters.txt', import.meta.url),
);

/** The cluster number of words missing from the table (its coarser levels differ from every known one). */
export const NO_CLUSTER = 0xffff;

/**
 * The table as read: the file's text and an open-addressing hash table over its lines (word
 * start, length and cluster number in typed arrays), instead of a Map of 100,000 word strings
 * (a tenth of a second and 11 MB less to load; words are looked up once per word form).
 */
interface ClusterTable {
  text: string;
  /** Per hash bucket: 1 + the entry's number, 0 when empty. */
  buckets: Int32Array;
  starts: Int32Array;
  lengths: Int32Array;
  clusters: Uint16Array;
}

let table: ClusterTable | null = null;

/** FNV-1a over text[from, to). */
function hashRange(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Is the table's entry `entry` the word s[from, to)? */
function isWord(t: ClusterTable, entry: number, s: string, from: number, to: number): boolean {
  const start = t.starts[entry];
  if (t.lengths[entry] !== to - from) return false;
  for (let i = from; i < to; i++) if (t.text.charCodeAt(start + i - from) !== s.charCodeAt(i)) return false;
  return true;
}

/** The bucket holding the word s[from, to), or the empty one where it would go. */
function bucketOf(t: ClusterTable, s: string, from: number, to: number): number {
  const mask = t.buckets.length - 1;
  for (let b = hashRange(s, from, to) & mask; ; b = (b + 1) & mask) {
    const entry = t.buckets[b] - 1;
    if (entry < 0 || isWord(t, entry, s, from, to)) return b;
  }
}

/** The number in text[from, to), as Number() reads it. */
function numberAt(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return Number(text.slice(from, to));
    value = value * 10 + c;
  }
  return from < to ? value : 0;
}

function readTable(): ClusterTable {
  const text = existsSync(CLUSTER_TABLE_PATH) ? readFileSync(CLUSTER_TABLE_PATH, 'utf8') : '';
  let lines = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines++;
  let size = 1024;
  while (size < 2 * (lines + 1)) size *= 2;
  const t: ClusterTable = {
    text,
    buckets: new Int32Array(size),
    starts: new Int32Array(lines + 1),
    lengths: new Int32Array(lines + 1),
    clusters: new Uint16Array(lines + 1),
  };
  let count = 0;
  let at = 0;
  while (at < text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const tab = text.indexOf('\t', at);
    if (text.charCodeAt(at) !== 35 /* # */ && tab >= 0 && tab < end) {
      const b = bucketOf(t, text, at, tab);
      // A word listed twice keeps its last number, as a Map would.
      let entry = t.buckets[b] - 1;
      if (entry < 0) {
        entry = count++;
        t.buckets[b] = entry + 1;
        t.starts[entry] = at;
        t.lengths[entry] = tab - at;
      }
      t.clusters[entry] = numberAt(text, tab + 1, end);
    }
    at = end + 1;
  }
  return t;
}

/** The cluster path of a lowercase word, NO_CLUSTER when unknown. Levels: >> 2 (512), >> 4 (128), >> 6 (32). */
export function wordCluster(word: string): number {
  table ??= readTable();
  const entry = table.buckets[bucketOf(table, word, 0, word.length)] - 1;
  return entry < 0 ? NO_CLUSTER : table.clusters[entry];
}
