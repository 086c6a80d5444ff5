// The PostgreSQL store on a real server: the Store contract, writers running at once, kill -9
// during ingest, and the CLI giving the same trace report as on SQLite. The server's URL comes
// from UNSPIN_TEST_PG (.ci/run starts one with scripts/ci/start-postgres.sh); without it the
// tests are skipped with a message.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { PostgresStore } from '../../src/store/postgres.js';
import { openStore } from '../../src/store/open.js';
import { ingestArticles } from '../../src/reuse/ingest.js';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../cli/io.js';
import { article, EDITED, ORIGINAL, UNRELATED } from '../fixtures/articles.js';
import { storeContract } from './contract.js';

const SERVER = process.env.UNSPIN_TEST_PG;
const SKIP = SERVER
  ? false
  : 'PostgreSQL store tests skipped: set UNSPIN_TEST_PG=postgres://... (bash scripts/ci/start-postgres.sh starts a throw-away server; .ci/run does this)';

const schemas: string[] = [];
/** A URL of a store in a fresh schema of the test server. */
function freshUrl(): string {
  const schema = `unspin_test_${randomBytes(6).toString('hex')}`;
  schemas.push(schema);
  const url = new URL(SERVER!);
  url.searchParams.set('schema', schema);
  return url.toString();
}

after(async () => {
  if (!SERVER || schemas.length === 0) return;
  const client = new pg.Client({ connectionString: SERVER });
  await client.connect();
  for (const s of schemas) await client.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
  await client.end();
});

if (SKIP) test('PostgreSQL store', { skip: SKIP }, () => {});
else {
  storeContract('PostgreSQL', () => PostgresStore.connect(freshUrl()));

  test('PostgreSQL: a postgres:// store URL opens a PostgreSQL store; a bad schema name is refused', async () => {
    const store = await openStore(freshUrl());
    assert.ok(store instanceof PostgresStore);
    await store.close();
    await assert.rejects(openStore(`${SERVER}?schema=x;drop`), /bad schema name/);
  });

  test('PostgreSQL: writers at once keep one latest version per id and every version whole', async () => {
    const url = freshUrl();
    const stores = await Promise.all([PostgresStore.connect(url), PostgresStore.connect(url)]);
    try {
      // Both write the same ids: identical text is a no-op, each different text a new version.
      const texts = [ORIGINAL, EDITED, UNRELATED];
      const batches = (w: number) =>
        Array.from({ length: 6 }, (_, b) =>
          Array.from({ length: 10 }, (_, i) =>
            article(`id${i}`, `${texts[(b + w) % 3]}\n\nWriter ${w} batch ${b}.`),
          ),
        );
      await Promise.all(
        stores.map(async (s, w) => {
          for (const batch of batches(w)) await ingestArticles(s, batch);
        }),
      );
      const store = stores[0];
      assert.equal(await store.countArticles(), 10);
      const latest = await store.listArticles();
      assert.deepEqual(latest.map((a) => a.id).sort(), Array.from({ length: 10 }, (_, i) => `id${i}`).sort());
      for (const a of latest) {
        // Two writers, six batches each: twelve distinct texts per id, versions 1..12.
        assert.equal(a.version, 12, `${a.id} has every version`);
        assert.equal(createHash('sha256').update(a.text).digest('hex'), a.hash);
      }
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });

  test('PostgreSQL: kill -9 during ingest loses nothing committed and leaves no half-written article', async () => {
    const url = freshUrl();
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(import.meta.dirname, 'crash-child.ts'), url],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const exited = new Promise((r) => child.once('close', r));
    let committed = 0;
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (buf: Buffer) => {
        for (const m of buf.toString().matchAll(/committed (\d+)/g)) committed = Number(m[1]);
        if (committed >= 600) {
          child.kill('SIGKILL');
          resolve();
        }
      });
      child.on('exit', () => resolve());
      child.on('error', reject);
    });
    await exited;
    assert.ok(committed >= 600, 'the child committed batches before it was killed');
    const store = await PostgresStore.connect(url);
    try {
      const rows = await store.listArticles();
      assert.ok(rows.length >= committed, `${rows.length} stored >= ${committed} reported committed`);
      assert.equal(rows.length % 200, 0, 'whole batches only');
      assert.equal(await store.countArticles(), rows.length);
      for (const r of rows) assert.equal(createHash('sha256').update(r.text).digest('hex'), r.hash);
      for (const r of rows) assert.ok(await store.getUnits(r.key), `article ${r.id} has its units`);
    } finally {
      await store.close();
    }
  });

  test('PostgreSQL: trace and stories report exactly what they report on SQLite', async () => {
    const story = path.join(import.meta.dirname, '..', '..', 'data', 'demo', 'story.jsonl');
    const dir = mkdtempSync(path.join(tmpdir(), 'unspin-pg-cli-'));
    const outputs: string[][] = [];
    for (const db of [path.join(dir, 'store.db'), freshUrl()]) {
      const io = memoryIo();
      assert.equal(await main(['trace', story, '--db', db, '--json'], io), 0, io.err());
      const io2 = memoryIo();
      assert.equal(await main(['stories', '--db', db, '--json'], io2), 0, io2.err());
      outputs.push([io.out(), io2.out()]);
    }
    const [sqlite, postgres] = outputs;
    assert.ok(sqlite[0].split('\n').filter(Boolean).length >= 8, 'the demo story was traced');
    assert.equal(postgres[0], sqlite[0], 'trace --json');
    assert.equal(postgres[1], sqlite[1], 'stories --json');
  });
}
