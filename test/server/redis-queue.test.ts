// Scale-out ingest on a real Redis server: the app puts POSTed jobs in the queue, workers with
// their own store connections take them, and the app reports their progress and serves what they
// stored. The server's URL comes from UNSPIN_TEST_REDIS (.ci/run starts one with
// scripts/ci/start-redis.sh); without it the tests are skipped with a message. With
// UNSPIN_TEST_PG too, the same runs on a shared PostgreSQL store.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createApp } from '../../src/server/app.js';
import { checkQueue, RedisIngestQueue, startIngestWorker } from '../../src/server/redis-jobs.js';
import { openStore } from '../../src/store/open.js';
import type { IngestJob, StoryList } from '../../src/server/types.js';

const REDIS = process.env.UNSPIN_TEST_REDIS;
const PG = process.env.UNSPIN_TEST_PG;
const SKIP = REDIS
  ? false
  : 'Redis queue tests skipped: set UNSPIN_TEST_REDIS=redis://... (bash scripts/ci/start-redis.sh starts a throw-away server; .ci/run does this)';

const STORY = readFileSync(path.join(import.meta.dirname, '..', '..', 'data', 'demo', 'story.jsonl'), 'utf8');
const schemas: string[] = [];
const dirs: string[] = [];

after(async () => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  if (!PG || schemas.length === 0) return;
  const client = new pg.Client({ connectionString: PG });
  await client.connect();
  for (const s of schemas) await client.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
  await client.end();
});

function sqliteTarget(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'unspin-queue-'));
  dirs.push(dir);
  return path.join(dir, 'store.db');
}

function postgresTarget(): string {
  const schema = `unspin_queue_${randomBytes(5).toString('hex')}`;
  schemas.push(schema);
  const url = new URL(PG!);
  url.searchParams.set('schema', schema);
  return url.toString();
}

async function waitForJob(request: (p: string) => Promise<Response>, id: string): Promise<IngestJob> {
  for (let i = 0; i < 600; i++) {
    const job = (await (await request(`/api/ingest/${id}`)).json()) as IngestJob;
    if (job.state === 'done' || job.state === 'failed') return job;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`job ${id} did not finish`);
}

/** Two workers and a server, each with its own connection to the store at `target`. */
async function scaleOut(target: string): Promise<void> {
  const name = `unspin-test-${randomBytes(5).toString('hex')}`;
  const serverStore = await openStore(target);
  const workerStores = [await openStore(target), await openStore(target)];
  const workers = workerStores.map((s) => startIngestWorker(s, REDIS!, { name }));
  const { app, close } = createApp(serverStore, {
    jobs: (onStored) => new RedisIngestQueue(REDIS!, onStored, name),
  });
  const request = (p: string, init?: RequestInit) => Promise.resolve(app.request(p, init));
  try {
    const half = STORY.trim().split('\n');
    const bodies = [half.slice(0, 4).join('\n'), half.slice(4).join('\n') + '\nnot json'];
    const ids: string[] = [];
    for (const body of bodies) {
      const res = await request('/api/ingest', {
        method: 'POST',
        headers: { 'content-type': 'application/x-ndjson' },
        body,
      });
      assert.equal(res.status, 202);
      const job = (await res.json()) as IngestJob;
      assert.equal(job.state, 'queued');
      assert.equal(res.headers.get('location'), `/api/ingest/${job.id}`);
      ids.push(job.id);
    }
    const jobs = await Promise.all(ids.map((id) => waitForJob(request, id)));
    assert.deepEqual(
      jobs.map((j) => j.state),
      ['done', 'done'],
    );
    assert.equal(jobs[0].added + jobs[1].added, half.length, JSON.stringify(jobs));
    assert.equal(jobs[0].traced + jobs[1].traced, half.length);
    assert.deepEqual(jobs[1].errors, [
      `line ${half.length - 3}: invalid JSON (Unexpected token 'o', "not json" is not valid JSON)`,
    ]);
    // The server serves what the workers stored: the demo story, found after its cache was dropped.
    const list = (await (await request('/api/stories')).json()) as StoryList;
    assert.ok(list.stories.some((s) => s.article_count >= 7));
    assert.equal((await request('/api/ingest/no-such-job')).status, 404);
  } finally {
    await close();
    await Promise.all(workers.map((w) => w.close()));
    await Promise.all([serverStore, ...workerStores].map((s) => s.close()));
  }
}

if (SKIP) test('Redis ingest queue', { skip: SKIP }, () => {});
else {
  // A server that is down fails these tests at once with its URL, instead of leaving them waiting.
  before(() => checkQueue(REDIS!));

  test('Redis queue: jobs POSTed to the server are stored and traced by workers (SQLite store)', async () => {
    await scaleOut(sqliteTarget());
  });

  test(
    'Redis queue: the same with a shared PostgreSQL store',
    { skip: PG ? false : 'needs UNSPIN_TEST_PG as well' },
    async () => {
      await scaleOut(postgresTarget());
    },
  );
}
