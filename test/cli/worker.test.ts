import { test } from 'node:test';
import assert from 'node:assert/strict';
import { main } from '../../src/cli/main.js';
import { memoryIo } from './io.js';

test('worker: --queue is required and must be a redis:// URL; --concurrency is checked', async () => {
  const io = memoryIo();
  assert.equal(await main(['worker'], io), 2);
  assert.match(io.err(), /--queue/);
  const io2 = memoryIo();
  assert.equal(await main(['worker', '--queue', 'http://127.0.0.1:6379'], io2), 2);
  assert.match(io2.err(), /redis:\/\//);
  const io3 = memoryIo();
  assert.equal(await main(['worker', '--queue', 'redis://127.0.0.1:1', '--concurrency', '0'], io3), 2);
  assert.match(io3.err(), /concurrency/);
});
