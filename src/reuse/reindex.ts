// Rebuilding a store's retrieval index with this version's fingerprints, after an upgrade that
// changed what an article stores (INDEX_VERSION). Batches are transactions that record how far
// the rebuild has come, so an interrupted rebuild resumes where it stopped; articles and traces
// are not touched.
import type { Fingerprint, IndexState, Store, StoredArticle } from '../store/store.js';
import { INDEX_VERSION } from './fingerprint.js';
import { prepareAll } from './prepare-pool.js';

const REINDEX_BATCH = 500;

export interface ReindexResult {
  /** The index version before (null: a store that never held an article; 0: a rebuild stopped). */
  from: number | null;
  /** Article versions indexed by this run. */
  articles: number;
  /** True when this run finished a rebuild that an earlier one began. */
  resumed: boolean;
}

/** Why a store's index (in this state) needs rebuilding, for a command to tell its user; null when it does not. */
export function staleIndexNotice({ version }: IndexState): string | null {
  if (version === null || version === INDEX_VERSION) return null;
  if (version === 0)
    return 'the store’s retrieval index is being rebuilt and is incomplete: run `unspin reindex` to finish it';
  if (version > INDEX_VERSION)
    return `the store’s retrieval index was built by a newer unspin (index version ${version}; this one writes ${INDEX_VERSION})`;
  return `the store’s retrieval index was built by an older unspin (index version ${version}, now ${INDEX_VERSION}): some copies may not be found until \`unspin reindex\` rebuilds it`;
}

/** Rebuilds the index unless it is current (or `force`); returns null when nothing was done. */
export async function reindexStore(
  store: Store,
  opts: { force?: boolean; onProgress?: (articles: number) => void } = {},
): Promise<ReindexResult | null> {
  const state = await store.indexState();
  if (state.version === INDEX_VERSION && !opts.force) return null;
  const resumed = state.version === 0 && state.rebuiltThrough !== null;
  let after = 0;
  if (resumed) after = state.rebuiltThrough!;
  else await store.clearIndex();
  let articles = 0;
  let items: { key: number; fingerprint: Fingerprint }[] = [];
  const flush = async () => {
    await store.reindexArticles(items, items[items.length - 1].key);
    articles += items.length;
    items = [];
    opts.onProgress?.(articles);
  };
  // Fingerprints are computed on worker threads, as ingest's are (their packed units are not used).
  for await (const prepared of prepareAll(storedAfter(store, after))) {
    items.push({ key: (prepared.article as StoredArticle).key, fingerprint: prepared.fingerprint });
    if (items.length === REINDEX_BATCH) await flush();
  }
  if (items.length) await flush();
  await store.finishReindex(INDEX_VERSION);
  return { from: state.version, articles, resumed };
}

/** Every stored article version with a key above `after`, in key order, read in batches. */
async function* storedAfter(store: Store, after: number): AsyncGenerator<StoredArticle> {
  for (;;) {
    const batch = await store.articlesAfter(after, REINDEX_BATCH);
    if (batch.length === 0) return;
    yield* batch;
    after = batch[batch.length - 1].key;
  }
}
