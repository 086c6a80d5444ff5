import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { SqliteStore } from '../../src/store/sqlite.js';
import { ingestArticles } from '../../src/reuse/ingest.js';
import { buildDocument } from '../../src/text/document.js';
import { fingerprint, QUERY_ANCHORS } from '../../src/reuse/fingerprint.js';
import { packUnits, unitsFromBytes } from '../../src/reuse/units.js';
import { traceKeys } from '../../src/provenance/run.js';
import { article, EDITED, ORIGINAL, UNRELATED } from '../fixtures/articles.js';

const tmpDb = () => path.join(mkdtempSync(path.join(tmpdir(), 'unspin-store-')), 'store.db');

test('re-ingesting identical text is a no-op; new text under the same id is a new version', async () => {
  const store = new SqliteStore(tmpDb());
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
  assert.equal(await store.countArticles(), 1);
  // The old version is kept but no longer retrieved as a candidate.
  const cands = await store.candidates(fingerprint(buildDocument(article('q', ORIGINAL)), QUERY_ANCHORS), {
    limit: 10,
  });
  assert.deepEqual(
    cands.map((c) => c.key),
    [v2.key],
  );
  await store.close();
});

test('candidates: a copy finds its source, unrelated text does not', async () => {
  const store = new SqliteStore(tmpDb());
  const put = await ingestArticles(store, [article('orig', ORIGINAL), article('other', UNRELATED)]);
  const q = fingerprint(buildDocument(article('copy', EDITED)), QUERY_ANCHORS);
  const cands = await store.candidates(q, { limit: 5 });
  assert.equal(cands[0]?.key, put[0].key);
  assert.ok(!cands.some((c) => c.key === put[1].key && c.bandHits > 0));
  await store.close();
});

test('full-text search treats user input as plain terms', async () => {
  const store = new SqliteStore(tmpDb());
  await ingestArticles(store, [article('orig', ORIGINAL), article('other', UNRELATED)]);
  const hits = await store.search('bridge" OR * NEAR(', 10);
  assert.deepEqual(
    hits.map((h) => h.id),
    [],
  );
  assert.deepEqual(
    (await store.search('shuttle buses', 10)).map((h) => h.id),
    ['orig'],
  );
  await store.close();
});

test('stories: assign, merge, list', async () => {
  const store = new SqliteStore(tmpDb());
  const s1 = await store.newStoryId();
  const s2 = await store.newStoryId();
  assert.notEqual(s1, s2);
  await store.assignStory(1, s1);
  await store.assignStory(2, s2);
  await store.assignStory(3, s2);
  await store.mergeStories(s2, s1);
  assert.deepEqual(await store.listStories(), [{ id: s1, members: [1, 2, 3] }]);
  assert.equal(await store.storyOf(3), s1);
  await store.close();
});

test('kill -9 during ingest loses nothing committed and leaves no half-written article', async () => {
  const db = tmpDb();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'crash-child.ts'), db],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const exited = new Promise((r) => child.once('close', r));
  let committed = 0;
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (buf: Buffer) => {
      for (const m of buf.toString().matchAll(/committed (\d+)/g)) committed = Number(m[1]);
      if (committed >= 1000) {
        child.kill('SIGKILL');
        resolve();
      }
    });
    child.on('exit', () => resolve());
    child.on('error', reject);
  });
  await exited;
  assert.ok(committed >= 1000, 'the child committed batches before it was killed');
  const raw = new Database(db);
  assert.equal(raw.pragma('integrity_check', { simple: true }), 'ok');
  const rows = raw.prepare('SELECT key, id, hash, text FROM articles').all() as {
    key: number;
    id: string;
    hash: string;
    text: string;
  }[];
  assert.ok(rows.length >= committed, `${rows.length} stored >= ${committed} reported committed`);
  assert.equal(rows.length % 200, 0, 'whole batches only');
  for (const r of rows) {
    assert.equal(createHash('sha256').update(r.text).digest('hex'), r.hash, `article ${r.id} is whole`);
  }
  const indexed = raw.prepare('SELECT count(DISTINCT key) AS n FROM lsh').get() as { n: number };
  assert.equal(indexed.n, rows.length, 'every stored article is indexed');
  raw.close();
  // The store opens and works after the crash.
  const store = new SqliteStore(db);
  assert.equal(await store.countArticles(), rows.length);
  await store.close();
});

test('article count and stored units follow new articles, versions and no-ops', async () => {
  const store = new SqliteStore(tmpDb());
  const [a] = await ingestArticles(store, [article('a', ORIGINAL), article('b', UNRELATED)]);
  assert.equal(await store.countArticles(), 2);
  await ingestArticles(store, [article('a', ORIGINAL)]);
  const [v2] = await ingestArticles(store, [article('a', EDITED)]);
  assert.equal(await store.countArticles(), 2);
  const stored = await store.getUnits(v2.key);
  assert.ok(stored, 'units are stored with each article');
  assert.deepEqual(unitsFromBytes(stored), packUnits(buildDocument(article('a', EDITED))));
  assert.ok(await store.getUnits(a.key));
  assert.equal(await store.getUnits(9999), null);
  assert.ok((await store.unitsBytes()) > 0);
  await store.close();
});

test('a store of schema 1 (no stored units, no article counter) opens, counts and traces', async () => {
  const db = tmpDb();
  let store = new SqliteStore(db);
  const put = await ingestArticles(store, [
    article('orig', ORIGINAL, '2024-05-07'),
    article('copy', EDITED, '2024-05-08'),
    article('other', UNRELATED, '2024-05-08'),
  ]);
  await store.close();
  // Back to schema 1, as an older unspin left it.
  const raw = new Database(db);
  raw.exec("DROP TABLE article_units; DELETE FROM counters WHERE name = 'articles'");
  raw.pragma('user_version = 1');
  raw.close();
  store = new SqliteStore(db);
  assert.equal(await store.countArticles(), 3);
  assert.equal(await store.getUnits(put[1].key), null);
  const rec = (await traceKeys(store, [put[1].key])).get(put[1].key)!;
  assert.equal(rec.source?.id, 'orig');
  await store.close();
});
