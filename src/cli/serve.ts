// `unspin serve [--db DB] [--port N] [--host H] [--queue REDIS_URL]`: HTTP API and web UI over
// the store, until SIGINT/SIGTERM. With --queue, POSTed ingest jobs go to a Redis queue that
// `unspin worker` processes take them from.
import { openStore, defaultDbPath } from '../store/open.js';
import { startServer } from '../server/serve.js';
import { uiBuilt, DEFAULT_UI_DIR } from '../server/static.js';
import type { IngestJobs } from '../server/ingest-jobs.js';
import {
  EXIT_FAILURE,
  EXIT_OK,
  UsageError,
  checkQueueUrl,
  untilSignal,
  warnIfIndexStale,
  type Io,
} from './common.js';

export async function serveCommand(
  opts: { db?: string; port?: string; host?: string; queue?: string },
  io: Io,
): Promise<number> {
  const port = opts.port === undefined ? 8080 : Number(opts.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`bad --port ${opts.port}`);
  const host = opts.host || '127.0.0.1';
  let jobs: ((onStored: () => void) => IngestJobs) | undefined;
  const queueUrl = opts.queue;
  if (queueUrl) {
    checkQueueUrl(queueUrl);
    const { checkQueue, RedisIngestQueue } = await import('../server/redis-jobs.js');
    try {
      await checkQueue(queueUrl);
    } catch (e) {
      io.stderr.write(`unspin serve: ${(e as Error).message}\n`);
      return EXIT_FAILURE;
    }
    jobs = (onStored) => new RedisIngestQueue(queueUrl, onStored);
  }
  const store = await openStore(opts.db);
  await warnIfIndexStale(store, io);
  let server;
  try {
    server = await startServer(store, { host, port, jobs });
  } catch (e) {
    await store.close();
    io.stderr.write(
      `unspin serve: cannot listen on ${host}:${port} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})\n`,
    );
    return EXIT_FAILURE;
  }
  io.stdout.write(`unspin: serving ${opts.db || defaultDbPath()} at ${server.url}\n`);
  if (!(await uiBuilt(DEFAULT_UI_DIR)))
    io.stdout.write('The web UI is not built (npm run build:web); the API works.\n');
  if (host !== '127.0.0.1' && host !== 'localhost' && host !== '::1')
    io.stderr.write(`warning: listening on ${host}: the API (including ingest) has no authentication\n`);
  if (opts.queue) {
    const { shownUrl } = await import('../server/redis-jobs.js');
    io.stdout.write(
      `Ingest jobs go to ${shownUrl(opts.queue)}: run unspin worker --queue URL --db DB to process them.\n`,
    );
  }
  io.stdout.write('Press Ctrl+C to stop.\n');
  const running = server;
  await untilSignal();
  await running.close();
  await running.idle();
  await store.close();
  return EXIT_OK;
}
