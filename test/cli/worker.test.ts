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

test('worker and serve --queue say at once when the Redis server cannot be reached', async () => {
  // Port 1 on the loopback: nothing listens there, the connection is refused at once.
  const io = memoryIo();
  assert.equal(await main(['worker', '--queue', 'redis://127.0.0.1:1', '--db', ':memory:'], io), 1);
  assert.match(io.err(), /cannot reach the queue at redis:\/\/127\.0\.0\.1:1/);
  const io2 = memoryIo();
  assert.equal(await main(['serve', '--queue', 'redis://:secret@127.0.0.1:1', '--port', '0'], io2), 1);
  assert.match(io2.err(), /cannot reach the queue/);
  assert.doesNotMatch(io2.err(), /secret/, 'the password is not shown');
});
