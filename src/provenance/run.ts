// Traces a set of stored articles (after ingest), in order, and returns their records.
import type { Store, TraceRecord } from '../store/store.js';
import { ArticleCache } from '../reuse/article-cache.js';
import { traceArticle } from './trace.js';

export async function traceKeys(
  store: Store,
  keys: number[],
  onProgress?: (done: number, total: number) => void,
): Promise<Map<number, TraceRecord>> {
  const cache = new ArticleCache(store);
  const out = new Map<number, TraceRecord>();
  const unique = [...new Set(keys)];
  for (const key of unique) {
    // A record traced again to break a cycle of sources replaces the one returned before.
    const revised = (rec: TraceRecord) => {
      if (out.has(rec.key)) out.set(rec.key, rec);
    };
    out.set(key, await traceArticle(store, cache, key, revised));
    onProgress?.(out.size, unique.length);
  }
  return out;
}
