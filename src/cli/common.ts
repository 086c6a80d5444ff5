// What every command shares: reading inputs with error reporting, exit codes, progress.
import cliProgress from 'cli-progress';
import type { Article } from '../model.js';
import { readInputs } from '../input/read.js';
import type { IndexState, Store } from '../store/store.js';
import { staleIndexNotice } from '../reuse/reindex.js';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

export class UsageError extends Error {}

export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream;
}

export const processIo: Io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin };

/** The inputs' articles as they are read; bad records go to stderr as `FILE[:LINE]: reason`
 *  (and are counted by `onBad`, when given). */
export function inputArticles(inputs: string[], io: Io, onBad?: () => void): AsyncGenerator<Article> {
  return readInputs(inputs, {
    onError: (m) => {
      onBad?.();
      io.stderr.write(`${m}\n`);
    },
    stdin: io.stdin as import('node:stream').Readable,
  });
}

/** Reads all inputs; bad records go to stderr as `FILE[:LINE]: reason`. */
export async function collectArticles(
  inputs: string[],
  io: Io,
): Promise<{ articles: Article[]; errors: number }> {
  let errors = 0;
  const articles: Article[] = [];
  for await (const a of inputArticles(inputs, io, () => errors++)) articles.push(a);
  return { articles, errors };
}

/** A progress bar on a terminal, nothing otherwise. */
export function progressBar(
  io: Io,
  label: string,
): { update(n: number, total?: number): void; stop(): void } {
  if (!io.stderr.isTTY) return { update() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    {
      format: `${label} [{bar}] {value}/{total}`,
      stream: io.stderr as NodeJS.WritableStream,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(n, total) {
      if (!started) {
        bar.start(total ?? n, n);
        started = true;
      } else {
        if (total !== undefined) bar.setTotal(total);
        bar.update(n);
      }
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

/** Resolves on the first SIGINT or SIGTERM (a long-running command's end). */
export function untilSignal(): Promise<void> {
  return new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/** `--queue` takes a Redis URL (redis:// or rediss:// for TLS). */
export function checkQueueUrl(url: string): void {
  if (!/^rediss?:\/\//i.test(url)) throw new UsageError('--queue takes a redis:// URL');
}

/** Tells the user when the store's retrieval index needs `unspin reindex`; returns its state. */
export async function warnIfIndexStale(store: Store, io: Io): Promise<IndexState> {
  const state = await store.indexState();
  const notice = staleIndexNotice(state);
  if (notice) io.stderr.write(`unspin: ${notice}\n`);
  return state;
}
