// The ordered worker pool (src/parallel/ordered-map.ts): results in input order whichever thread
// mapped them, and a worker's failure fails the map instead of leaving it waiting.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { orderedMap, siblingWorker } from '../../src/parallel/ordered-map.js';
import { double } from './double.js';

const worker = siblingWorker(import.meta.url, 'map-worker');

async function mapAll(items: number[], threads: number): Promise<number[]> {
  const out: number[] = [];
  for await (const [item, doubled] of orderedMap(items, double, worker, {
    threads,
    threshold: 4,
    chunk: 3,
  })) {
    assert.equal(doubled, 2 * item);
    out.push(item);
  }
  return out;
}

test('ordered map: input order, whichever thread mapped each chunk', async () => {
  const items = Array.from({ length: 200 }, (_, i) => i + 20);
  for (const threads of [1, 2, 3]) assert.deepEqual(await mapAll(items, threads), items);
});

test('ordered map: an error thrown on a worker fails the map', async () => {
  const items = Array.from({ length: 60 }, (_, i) => i + 20);
  items[40] = 13;
  await assert.rejects(mapAll(items, 2), /unlucky/);
});

test('ordered map: a worker that exits fails the map instead of leaving it waiting', async () => {
  // Past the threshold every item stops the worker that maps it (the calling thread doubles it):
  // the first chunk past it goes to the worker.
  const items = Array.from({ length: 60 }, (_, i) => (i < 4 ? i + 20 : 666));
  await assert.rejects(mapAll(items, 2), /worker thread exited \(code 3\)/);
});
