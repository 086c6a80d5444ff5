// The Store contract: one suite of tests that every store implementation passes (SQLite in
// sqlite.test.ts, PostgreSQL in postgres.test.ts), so that the engine behaves the same on each.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Store, TraceRecord } from '../../src/store/store.js';
import { ingestArticles } from '../../src/reuse/ingest.js';
import { buildDocument } from '../../src/text/document.js';
import { fingerprint, INDEX_VERSION, QUERY_ANCHORS } from '../../src/reuse/fingerprint.js';
import { reindexStore } from '../../src/reuse/reindex.js';
import { packUnits, unitsFromBytes } from '../../src/reuse/units.js';
import { traceKeys } from '../../src/provenance/run.js';
import { article, EDITED, ORIGINAL, SPUN, UNRELATED, VERBATIM } from '../fixtures/articles.js';

/** Runs the suite on fresh stores from `open` (each test opens and closes its own). */
export function storeContract(name: string, open: () => Promise<Store>): void {
  describe(`Store contract: ${name}`, () => {
    test('re-ingesting identical text is a no-op; new text under the same id is a new version', async () => {
      const store = await open();
      try {
        const [first] = await ingestArticles(store, [article('x', ORIGINAL, '2024-05-07')]);
        assert.equal(first.outcome, 'new');
        const [again] = await ingestArticles(store, [article('x', ORIGINAL, '2024-05-07')]);
        assert.deepEqual(again, { ...first, outcome: 'unchanged' });
        const [v2] = await ingestArticles(store, [article('x', EDITED, '2024-05-08')]);
        assert.equal(v2.outcome, 'version');
        assert.notEqual(v2.key, first.key);
        const latest = await store.getArticle('x');
        assert.equal(latest?.version, 2);
        assert.equal(latest?.text, EDITED);
        assert.equal((await store.getArticleByKey(first.key))?.text, ORIGINAL, 'the old version is kept');
        assert.equal(await store.countArticles(), 1);
        assert.deepEqual(
          (await store.listArticles()).map((a) => [a.id, a.version]),
          [['x', 2]],
        );
        // The old version is no longer retrieved as a candidate.
        const q = fingerprint(buildDocument(article('q', ORIGINAL)), QUERY_ANCHORS);
        assert.deepEqual(
          (await store.candidates(q, { limit: 10 })).map((c) => c.key),
          [v2.key],
        );
      } finally {
        await store.close();
      }
    });

    test('one batch holding an id twice: the repeat is a no-op, new text a new version', async () => {
      const store = await open();
      try {
        const put = await ingestArticles(store, [
          article('x', ORIGINAL),
          article('x', ORIGINAL),
          article('y', UNRELATED),
          article('x', EDITED),
        ]);
        assert.deepEqual(
          put.map((p) => [p.id, p.outcome]),
          [
            ['x', 'new'],
            ['x', 'unchanged'],
            ['y', 'new'],
            ['x', 'version'],
          ],
        );
        assert.equal(put[1].key, put[0].key);
        assert.equal((await store.getArticle('x'))?.text, EDITED);
        assert.equal((await store.getArticle('x'))?.key, put[3].key);
        assert.equal(await store.countArticles(), 2);
      } finally {
        await store.close();
      }
    });

    test('candidates: a copy finds its source, unrelated text does not; anchors are counted', async () => {
      const store = await open();
      try {
        const put = await ingestArticles(store, [article('orig', ORIGINAL), article('other', UNRELATED)]);
        const q = fingerprint(buildDocument(article('copy', EDITED)), QUERY_ANCHORS);
        const cands = await store.candidates(q, { limit: 5 });
        assert.equal(cands[0]?.key, put[0].key);
        assert.ok(cands[0].bandHits > 0 && cands[0].anchorScore > 0);
        assert.ok(!cands.some((c) => c.key === put[1].key && c.bandHits > 0));
        assert.deepEqual(await store.candidates(q, { limit: 5, exclude: put[0].key }), cands.slice(1));
        const counts = await store.anchorCounts([...q.anchors, 12345]);
        assert.equal(counts.get(12345), 0);
        assert.ok([...counts.values()].some((n) => n >= 1));
        assert.ok((await store.indexBytes()) > 0);
      } finally {
        await store.close();
      }
    });

    test('units are stored with each article; the count follows new articles, versions and no-ops', async () => {
      const store = await open();
      try {
        const [a] = await ingestArticles(store, [article('a', ORIGINAL), article('b', UNRELATED)]);
        assert.equal(await store.countArticles(), 2);
        await ingestArticles(store, [article('a', ORIGINAL)]);
        const [v2] = await ingestArticles(store, [article('a', EDITED)]);
        assert.equal(await store.countArticles(), 2);
        const stored = await store.getUnits(v2.key);
        assert.ok(stored, 'units are stored');
        assert.deepEqual(unitsFromBytes(stored), packUnits(buildDocument(article('a', EDITED))));
        assert.ok(await store.getUnits(a.key));
        assert.equal(await store.getUnits(9999), null);
        assert.ok((await store.unitsBytes()) > 0);
      } finally {
        await store.close();
      }
    });

    test('full-text search finds words, and treats user input as plain words', async () => {
      const store = await open();
      try {
        await ingestArticles(store, [article('orig', ORIGINAL), article('other', UNRELATED)]);
        const hits = await store.search('shuttle buses', 10);
        assert.deepEqual(
          hits.map((h) => h.id),
          ['orig'],
        );
        assert.match(hits[0].snippet, /\[shuttle\]|\[buses\]/i);
        for (const hostile of ['bridge" OR * NEAR(', "'); DROP TABLE articles; --", '!!&|:*']) {
          await store.search(hostile, 10);
        }
        assert.deepEqual(await store.search('   ', 10), []);
        assert.equal(await store.countArticles(), 2, 'nothing was dropped');
      } finally {
        await store.close();
      }
    });

    test('stories: new ids, assign, merge, list, first date', async () => {
      const store = await open();
      try {
        const put = await ingestArticles(store, [
          article('a', ORIGINAL, '2024-05-08'),
          article('b', EDITED, '2024-05-07'),
          article('c', UNRELATED),
        ]);
        const [k1, k2, k3] = put.map((p) => p.key);
        const s1 = await store.newStoryId();
        const s2 = await store.newStoryId();
        assert.notEqual(s1, s2);
        await store.assignStory(k1, s1);
        await store.assignStory(k2, s2);
        await store.assignStory(k3, s2);
        await store.mergeStories(s2, s1);
        assert.deepEqual(await store.listStories(), [{ id: s1, members: [k1, k2, k3] }]);
        assert.deepEqual(await store.listStories({ offset: 1 }), []);
        assert.equal(await store.storyOf(k3), s1);
        assert.equal(await store.storyOf(9999), null);
        assert.deepEqual(
          await store.storiesOf([k3, 9999, k1, k3]),
          new Map([
            [k3, s1],
            [k1, s1],
          ]),
        );
        assert.deepEqual(await store.storiesOf([]), new Map());
        assert.equal(await store.storyFirstDate(s1), '2024-05-07');
      } finally {
        await store.close();
      }
    });

    test('traces: saved whole, read back in key order, untraced articles listed', async () => {
      const store = await open();
      try {
        const put = await ingestArticles(store, [
          article('orig', ORIGINAL, '2024-05-07'),
          article('copy', VERBATIM, '2024-05-08'),
          article('spun', SPUN, '2024-05-09'),
        ]);
        assert.deepEqual(
          await store.untracedKeys(),
          put.map((p) => p.key),
        );
        const recs = await traceKeys(store, [put[1].key, put[2].key]);
        const copy = recs.get(put[1].key) as TraceRecord;
        assert.equal(copy.source?.id, 'orig');
        assert.equal(copy.copyType, 'verbatim');
        assert.equal(recs.get(put[2].key)?.copyType, 'spun');
        // Read back exactly as saved (same keys in the same order).
        assert.equal(JSON.stringify(await store.getTrace(put[1].key)), JSON.stringify(copy));
        assert.deepEqual(
          (await store.listTraces()).map((r) => r.id),
          ['copy', 'spun'],
        );
        assert.equal(await store.countUntraced(), 1);
        assert.deepEqual(await store.untracedKeys(), [put[0].key]);
        assert.equal(await store.getTrace(9999), null);
      } finally {
        await store.close();
      }
    });

    test('the retrieval index records its version; a rebuild (also one resumed) restores it exactly', async () => {
      const store = await open();
      try {
        assert.deepEqual(await store.indexState(), { version: null, rebuiltThrough: null });
        const put = await ingestArticles(store, [
          article('orig', ORIGINAL, '2024-05-07'),
          article('other', UNRELATED, '2024-05-08'),
          article('spun', SPUN, '2024-05-09'),
        ]);
        await ingestArticles(store, [article('other', VERBATIM, '2024-05-10')]);
        assert.deepEqual(await store.indexState(), { version: INDEX_VERSION, rebuiltThrough: null });
        assert.equal(await reindexStore(store), null, 'a current index is left alone');
        const queries = [ORIGINAL, EDITED, SPUN, UNRELATED].map((t) =>
          fingerprint(buildDocument(article('q', t)), QUERY_ANCHORS),
        );
        const retrieved = async () => Promise.all(queries.map((q) => store.candidates(q, { limit: 10 })));
        const before = await retrieved();
        const counts = await store.anchorCounts(queries.flatMap((q) => q.anchors));
        assert.ok(before[1].some((c) => c.key === put[0].key));

        await store.clearIndex();
        assert.deepEqual(await store.indexState(), { version: 0, rebuiltThrough: 0 });
        assert.deepEqual(await retrieved(), [[], [], [], []]);
        await assert.rejects(ingestArticles(store, [article('late', EDITED)]), /being rebuilt/);
        // Interrupted after the first article: the next run goes on from there.
        const [first] = await store.articlesAfter(0, 1);
        await store.reindexArticles(
          [{ key: first.key, fingerprint: fingerprint(buildDocument(first)) }],
          first.key,
        );
        assert.deepEqual(await store.indexState(), { version: 0, rebuiltThrough: first.key });
        assert.deepEqual(await reindexStore(store), { from: 0, articles: 3, resumed: true });
        assert.deepEqual(await store.indexState(), { version: INDEX_VERSION, rebuiltThrough: null });
        assert.deepEqual(await retrieved(), before);
        assert.deepEqual(await store.anchorCounts(queries.flatMap((q) => q.anchors)), counts);
        // Every stored version is indexed again (the old one is filtered out at query time).
        assert.deepEqual(await reindexStore(store, { force: true }), {
          from: INDEX_VERSION,
          articles: 4,
          resumed: false,
        });
        assert.deepEqual(await retrieved(), before);
        assert.equal((await store.articlesAfter(put[0].key, 10)).length, 3);
      } finally {
        await store.close();
      }
    });
  });
}
