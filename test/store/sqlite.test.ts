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
import { traceKeys } from '../../src/provenance/run.js';
import { article, EDITED, ORIGINAL, UNRELATED } from '../fixtures/articles.js';
import { storeContract } from './contract.js';

const tmpDb = () => path.join(mkdtempSync(path.join(tmpdir(), 'unspin-store-')), 'store.db');

storeContract('SQLite', async () => new SqliteStore(tmpDb()));

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
