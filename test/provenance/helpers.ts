// Ingests articles into a fresh SQLite store and traces them all.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Article } from '../../src/model.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import type { TraceRecord } from '../../src/store/store.js';
import { ingestArticles } from '../../src/reuse/ingest.js';
import { traceKeys } from '../../src/provenance/run.js';

export async function traceAll(
  articles: Article[],
): Promise<{ store: SqliteStore; by: (id: string) => TraceRecord; keyOf: (id: string) => number }> {
  const store = new SqliteStore(path.join(mkdtempSync(path.join(tmpdir(), 'unspin-trace-')), 's.db'));
  const put = await ingestArticles(store, articles);
  const keyOf = (id: string) => put.find((p) => p.id === id)!.key;
  const recs = await traceKeys(
    store,
    put.map((p) => p.key),
  );
  return { store, by: (id) => recs.get(keyOf(id))!, keyOf };
}
