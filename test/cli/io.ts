// An in-memory Io for running CLI commands inside tests.
import { PassThrough, Readable } from 'node:stream';
import type { Io } from '../../src/cli/common.js';

export function memoryIo(stdin = ''): Io & { out(): string; err(): string } {
  const out = new PassThrough();
  const err = new PassThrough();
  const chunks = { out: [] as Buffer[], err: [] as Buffer[] };
  out.on('data', (c: Buffer) => chunks.out.push(c));
  err.on('data', (c: Buffer) => chunks.err.push(c));
  return {
    stdout: out,
    stderr: err,
    stdin: Readable.from([Buffer.from(stdin)]),
    out: () => Buffer.concat(chunks.out).toString(),
    err: () => Buffer.concat(chunks.err).toString(),
  };
}
