// `unspin analyze --jobs N`: an input of ANALYZE_POOL_MIN articles or more (lowered here to keep the
// test short) is analysed by worker threads and the calling thread; the output must be what one
// thread gives, in input order, with the chosen model.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import { analyzeCommand, defaultJobs } from '../../src/cli/analyze.js';
import { EDITED, ORIGINAL, SPUN, UNRELATED } from '../fixtures/articles.js';
import { memoryIo } from './io.js';

const dir = mkdtempSync(path.join(tmpdir(), 'unspin-analyze-jobs-'));
const texts = [ORIGINAL, EDITED, SPUN, UNRELATED];
// Enough articles for the pool to start (poolMin) and the workers to take chunks of them.
const poolMin = 60;
const count = poolMin + 85;
const feed = path.join(dir, 'feed.jsonl');
writeFileSync(
  feed,
  Array.from({ length: count }, (_, i) =>
    JSON.stringify({ id: `a${i}`, text: `${texts[i % 4]}\n\nItem ${i}: about 8,5000 drivers face detours.` }),
  ).join('\n') + '\n',
);

/** analyze INPUT with the given options (jobs as on the command line), pooled from `poolMin`. */
async function run(
  input: string,
  opts: { json?: boolean; restore?: boolean; model?: string; jobs: string },
): Promise<string> {
  const io = memoryIo();
  assert.equal(await analyzeCommand([input], { ...opts, poolMin }, io), 0, io.err());
  return io.out();
}

test('analyze --jobs 2 prints what one thread does, in input order', async () => {
  const one = await run(feed, { json: true, jobs: '1' });
  const two = await run(feed, { json: true, jobs: '2' });
  assert.equal(two, one);
  const ids = two
    .trim()
    .split('\n')
    .map((l) => (JSON.parse(l) as { id: string }).id);
  assert.deepEqual(
    ids,
    Array.from({ length: count }, (_, i) => `a${i}`),
  );
  // The spun copies' findings come from the workers too.
  const lastSpun = count - 1 - ((count - 1 - 2) % 4); // the last SPUN article (i % 4 = 2)
  const last = JSON.parse(two.trim().split('\n')[lastSpun]) as { spin: unknown[]; figures: unknown[] };
  assert.ok(last.spin.length > 0 && last.figures.length > 0);
  assert.equal(await run(feed, { restore: true, jobs: '2' }), await run(feed, { restore: true, jobs: '1' }));
});

test('analyze --jobs: the workers use the model the command chose', async () => {
  // A model that learned "metropolis" → city from a traced spun copy (as in cli.test.ts).
  const db = path.join(dir, 'store.db');
  writeFileSync(path.join(dir, 'original.txt'), `date 2024-05-07\n${ORIGINAL}`);
  writeFileSync(path.join(dir, 'spun.txt'), `date 2024-05-09\n${SPUN}`);
  const traced = memoryIo();
  assert.equal(
    await main(['trace', path.join(dir, 'original.txt'), path.join(dir, 'spun.txt'), '--db', db], traced),
    0,
    traced.err(),
  );
  const model = path.join(dir, 'model');
  assert.equal(await main(['model', '--db', db, '--out', model], memoryIo()), 0);
  const fresh = path.join(dir, 'fresh.jsonl');
  const page =
    'The metropolis council will shut the park for fixes whereas engineers examined the helps, ' +
    'and the mayor stated the work would final about six weeks.';
  writeFileSync(
    fresh,
    Array.from({ length: count }, (_, i) => JSON.stringify({ id: `p${i}`, text: `${page} Item ${i}.` })).join(
      '\n',
    ) + '\n',
  );
  const out = await run(fresh, { json: true, jobs: '2', model });
  const lastFound = (JSON.parse(out.trim().split('\n')[count - 1]) as { spin: Array<{ suggestion: string }> })
    .spin;
  assert.ok(
    lastFound.some((f) => f.suggestion === 'city'),
    JSON.stringify(lastFound),
  );
  assert.equal(out, await run(fresh, { json: true, jobs: '1', model }));
});

test('analyze --jobs takes a whole number of at least 1', async () => {
  for (const bad of ['0', '-2', '1.5', 'many']) {
    const io = memoryIo();
    assert.equal(await main(['analyze', feed, '--jobs', bad], io), 2, bad);
    assert.match(io.err(), /--jobs must be a whole number of at least 1/);
  }
});

test('analyze --jobs by default: one thread per core, at most 8, within free memory', () => {
  assert.equal(defaultJobs(2, 16e9), 2);
  assert.equal(defaultJobs(64, 64e9), 8);
  assert.equal(defaultJobs(16, 1.3e9), 3); // 400 MB a thread
  assert.equal(defaultJobs(4, 100e6), 1);
});

test('analyze --jobs: a bad record read after the pool started is reported and skipped, the rest analysed in order', async () => {
  const lines = Array.from({ length: count }, (_, i) =>
    JSON.stringify({ id: `b${i}`, text: `${texts[i % 4]}\n\nItem ${i}.` }),
  );
  lines[100] = '{"id": "broken", "text": ';
  const file = path.join(dir, 'broken.jsonl');
  writeFileSync(file, lines.join('\n') + '\n');
  const io = memoryIo();
  assert.equal(await analyzeCommand([file], { json: true, jobs: '2', poolMin }, io), 0, io.err());
  assert.match(io.err(), /broken\.jsonl:101: invalid JSON/);
  const ids = io
    .out()
    .trim()
    .split('\n')
    .map((l) => (JSON.parse(l) as { id: string }).id);
  assert.deepEqual(
    ids,
    Array.from({ length: count }, (_, i) => `b${i}`).filter((_, i) => i !== 100),
  );
});
