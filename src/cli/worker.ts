// `unspin worker --queue REDIS_URL [--db DB] [--concurrency N]`: takes ingest jobs that
// `unspin serve --queue` put in a Redis queue, stores and traces their articles, until
// SIGINT/SIGTERM (the job in hand is finished first). Run as many as the work needs, on this
// machine or others; with a PostgreSQL store (--db postgres://...) they all share one store.
import { defaultDbPath, openStore } from '../store/open.js';
import { checkQueue, shownUrl, startIngestWorker } from '../server/redis-jobs.js';
import {
  EXIT_FAILURE,
  EXIT_OK,
  UsageError,
  checkQueueUrl,
  untilSignal,
  warnIfIndexStale,
  type Io,
} from './common.js';

export async function workerCommand(
  opts: { db?: string; queue: string; concurrency?: string },
  io: Io,
): Promise<number> {
  const concurrency = opts.concurrency === undefined ? 1 : Number(opts.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64)
    throw new UsageError(`bad --concurrency ${opts.concurrency} (1..64)`);
  checkQueueUrl(opts.queue);
  try {
    await checkQueue(opts.queue);
  } catch (e) {
    io.stderr.write(`unspin worker: ${(e as Error).message}\n`);
    return EXIT_FAILURE;
  }
  const store = await openStore(opts.db);
  await warnIfIndexStale(store, io);
  const worker = startIngestWorker(store, opts.queue, {
    concurrency,
    onJob: (job) =>
      io.stderr.write(
        `job ${job.id}: ${job.state}, ${job.added} new, ${job.versions} new versions, ${job.unchanged} unchanged, ${job.traced} traced\n`,
      ),
  });
  const db = opts.db || defaultDbPath();
  io.stdout.write(
    `unspin worker: taking ingest jobs from ${shownUrl(opts.queue)} into ${db.includes('://') ? shownUrl(db) : db}\n`,
  );
  await untilSignal();
  await worker.close();
  await store.close();
  return EXIT_OK;
}
