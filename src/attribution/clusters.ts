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

let table: Map<string, number> | null = null;

function readTable(): Map<string, number> {
  const out = new Map<string, number>();
  if (!existsSync(CLUSTER_TABLE_PATH)) return out;
  const text = readFileSync(CLUSTER_TABLE_PATH, 'utf8');
  let at = 0;
  while (at < text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    if (text.charCodeAt(at) !== 35 /* # */) {
      const tab = text.indexOf('\t', at);
      out.set(text.slice(at, tab), Number(text.slice(tab + 1, end)));
    }
    at = end + 1;
  }
  return out;
}

/** The cluster path of a lowercase word, NO_CLUSTER when unknown. Levels: >> 2 (512), >> 4 (128), >> 6 (32). */
export function wordCluster(word: string): number {
  table ??= readTable();
  return table.get(word) ?? NO_CLUSTER;
}
