// Ingest: article → Document → fingerprint → store, one transaction per batch.
import type { Article } from '../model.js';
import type { PutResult, Store } from '../store/store.js';
import { prepareAll } from './prepare-pool.js';
import { INDEX_VERSION } from './fingerprint.js';

export const BATCH_SIZE = 500;

export interface IngestProgress {
  read: number;
  added: number;
  unchanged: number;
  versions: number;
}

/** Stores every article; returns one result per article in input order. */
export async function ingestArticles(
  store: Store,
  articles: AsyncIterable<Article> | Iterable<Article>,
  onProgress?: (p: IngestProgress) => void,
  poolOptions: { threads?: number; threshold?: number } = {},
): Promise<PutResult[]> {
  // A new store records the version of the fingerprints it is indexed with; none is added to an
  // index half rebuilt (reindex.ts).
  const { version } = await store.indexState();
  if (version === 0)
    throw new Error('the store’s retrieval index is being rebuilt: run `unspin reindex` to finish it first');
  if (version === null) await store.initIndexVersion(INDEX_VERSION);
  const results: PutResult[] = [];
  const progress: IngestProgress = { read: 0, added: 0, unchanged: 0, versions: 0 };
  let batch: Parameters<Store['putArticles']>[0] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const res = await store.putArticles(batch);
    batch = [];
    for (const r of res) {
      results.push(r);
      if (r.outcome === 'new') progress.added++;
      else if (r.outcome === 'version') progress.versions++;
      else progress.unchanged++;
    }
    onProgress?.(progress);
  };
  for await (const prepared of prepareAll(articles, poolOptions)) {
    progress.read++;
    batch.push(prepared);
    if (batch.length >= BATCH_SIZE) await flush();
  }
  await flush();
  return results;
}
