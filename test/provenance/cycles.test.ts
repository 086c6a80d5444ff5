import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SqliteStore } from '../../src/store/sqlite.js';
import type { TraceRecord } from '../../src/store/store.js';
import { ingestArticles } from '../../src/reuse/ingest.js';
import { traceKeys } from '../../src/provenance/run.js';
import { closedCycle } from '../../src/provenance/cycles.js';
import { traceArticle } from '../../src/provenance/trace.js';
import { ArticleCache } from '../../src/reuse/article-cache.js';
import { article, ORIGINAL, VERBATIM } from '../fixtures/articles.js';

/**
 * A store holding a page and its verbatim copy, where the page's stored record (written by hand,
 * as two traces that read the pair differently would) names the copy as its source.
 */
async function storeWithReversedRecord(evidence: number) {
  const store = new SqliteStore(path.join(mkdtempSync(path.join(tmpdir(), 'unspin-cycles-')), 's.db'));
  const put = await ingestArticles(store, [article('page', ORIGINAL), article('copy', VERBATIM)]);
  const [page, copy] = put.map((p) => p.key);
  const reversed: TraceRecord = {
    key: page,
    id: 'page',
    source: { key: copy, id: 'copy', similarity: 0.9 },
    copyType: 'verbatim',
    family: [],
    passages: [],
    direction: { basis: 'text', evidence, terms: { containment: evidence } },
    changes: [],
    signals: {},
    tracedAt: new Date().toISOString(),
  };
  await store.saveTrace(reversed);
  return { store, page, copy };
}

test('the stored chain of sources is followed back to the article', async () => {
  const { store, page, copy } = await storeWithReversedRecord(0.5);
  assert.deepEqual(await closedCycle(store, copy, page), [{ key: page, sourceKey: copy, evidence: 0.5 }]);
  assert.equal(await closedCycle(store, page, copy), null, 'the copy has no record yet');
  store.close();
});

test('a weaker stored direction gives way: that record is traced again without the article', async () => {
  const { store, page, copy } = await storeWithReversedRecord(0.01);
  const recs = await traceKeys(store, [copy]);
  assert.equal(recs.get(copy)!.source?.key, page, 'the copy is traced to the page');
  assert.ok(recs.get(copy)!.direction!.evidence > 0.01);
  assert.equal((await store.getTrace(page))!.source, null, 'the page no longer names its copy');
  store.close();
});

test('a stronger stored direction stands: the article does not close the cycle', async () => {
  const { store, page, copy } = await storeWithReversedRecord(0.99);
  const recs = await traceKeys(store, [copy]);
  assert.equal(recs.get(copy)!.source, null);
  assert.equal((await store.getTrace(page))!.source?.key, copy);
  store.close();
});

test('a record traced again is handed to the caller', async () => {
  const { store, page, copy } = await storeWithReversedRecord(0.01);
  const revised: TraceRecord[] = [];
  const rec = await traceArticle(store, new ArticleCache(store), copy, (r) => revised.push(r));
  assert.equal(rec.source?.key, page);
  assert.deepEqual(
    revised.map((r) => [r.key, r.source]),
    [[page, null]],
  );
  assert.deepEqual(revised[0], await store.getTrace(page));
  store.close();
});
