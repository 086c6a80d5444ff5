// Ingest jobs in a Redis queue (BullMQ), for scale-out: `unspin serve --queue redis://...` puts
// POSTed jobs there, and any number of `unspin worker --queue redis://... --db DB` processes, on
// this machine or others, take them, store and trace the articles, and report progress back
// through the queue. With a PostgreSQL store every server and worker sees the same articles.
import { randomUUID } from 'node:crypto';
import { Queue, QueueEvents, Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import type { Article } from '../model.js';
import type { Store } from '../store/store.js';
import { BusyError, newJob, runIngestJob, type IngestJobs, type ParsedBody } from './ingest-jobs.js';
import type { IngestJob } from './types.js';

export const DEFAULT_QUEUE_NAME = 'unspin-ingest';
/** Jobs that may wait before POST /api/ingest answers 503 (workers are too few or stopped). */
export const MAX_WAITING_JOBS = 64;
/** Finished jobs kept for GET /api/ingest/:job. */
const FINISHED_KEPT = 1_000;
/** Progress is sent to Redis at most this often while a job runs. */
const PROGRESS_EVERY_MS = 250;

interface JobData {
  format: IngestJob['format'];
  articles: Article[];
  errors: string[];
  records: number;
  created_at: string;
}

type IngestQueueJob = Job<JobData, IngestJob>;

/** BullMQ's connection options for a redis:// URL (workers block, so no retry limit per request). */
function connection(url: string) {
  return { url, maxRetriesPerRequest: null };
}

/** A redis:// URL with any password hidden, for messages. */
export function shownUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'the queue';
  }
}

/**
 * Rejects when the Redis server at `url` does not answer within `ms` (a wrong URL would otherwise
 * leave requests waiting for a connection that never comes).
 */
export async function checkQueue(url: string, ms = 5_000): Promise<void> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  redis.on('error', () => {});
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      redis.connect().then(() => redis.ping()),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('no answer')), ms);
      }),
    ]);
  } catch (e) {
    throw new Error(`cannot reach the queue at ${shownUrl(url)} (${(e as Error).message})`);
  } finally {
    clearTimeout(timer);
    redis.disconnect();
  }
}

/** The job's record as GET /api/ingest/:job shows it, from the queue's state and the last progress sent. */
function recordOf(job: IngestQueueJob, state: string): IngestJob {
  if (state === 'completed' && job.returnvalue) return job.returnvalue;
  const progress = job.progress;
  const base =
    typeof progress === 'object' && progress !== null && 'state' in progress
      ? (progress as IngestJob)
      : { ...newJob(job.id!, job.data.format, job.data), created_at: job.data.created_at };
  const shown: IngestJob['state'] =
    state === 'active'
      ? 'running'
      : state === 'failed'
        ? 'failed'
        : state === 'completed'
          ? 'done'
          : base.state;
  return { ...base, state: shown };
}

/** The server's side: submits jobs to the queue and reads their progress. */
export class RedisIngestQueue implements IngestJobs {
  private readonly queue: Queue<JobData, IngestJob>;
  private readonly events: QueueEvents;

  constructor(url: string, onStored: () => void, name = DEFAULT_QUEUE_NAME) {
    this.queue = new Queue<JobData, IngestJob>(name, { connection: connection(url) });
    this.events = new QueueEvents(name, { connection: connection(url) });
    // A worker anywhere finished a job: stored articles changed, cached story views are stale.
    this.events.on('completed', onStored);
    this.events.on('failed', onStored);
    // Connection errors are retried by the client; an unhandled 'error' event would end the process.
    this.queue.on('error', () => {});
    this.events.on('error', () => {});
  }

  async submit(format: IngestJob['format'], parsed: ParsedBody): Promise<IngestJob> {
    if ((await this.queue.getWaitingCount()) >= MAX_WAITING_JOBS)
      throw new BusyError('too many ingest jobs waiting; retry later');
    const job = newJob(randomUUID(), format, parsed);
    await this.queue.add(
      'ingest',
      {
        format,
        articles: parsed.articles,
        errors: parsed.errors,
        records: parsed.records,
        created_at: job.created_at,
      },
      { jobId: job.id, removeOnComplete: { count: FINISHED_KEPT }, removeOnFail: { count: FINISHED_KEPT } },
    );
    return job;
  }

  async get(id: string): Promise<IngestJob | null> {
    // The state first, then the job: a job read while running and found completed a moment later
    // would have no result yet.
    const state = await this.queue.getJobState(id);
    if (state === 'unknown') return null;
    const job = (await this.queue.getJob(id)) as IngestQueueJob | undefined;
    return job ? recordOf(job, state) : null;
  }

  /** Jobs run in the workers, not here. */
  async idle(): Promise<void> {}

  async close(): Promise<void> {
    await this.events.close();
    await this.queue.close();
  }
}

export interface IngestWorker {
  close(): Promise<void>;
}

/**
 * The worker's side: takes jobs from the queue, stores and traces their articles in `store`,
 * sends progress while they run; `onJob` hears of each finished job.
 */
export function startIngestWorker(
  store: Store,
  url: string,
  opts: { name?: string; concurrency?: number; onJob?: (job: IngestJob) => void } = {},
): IngestWorker {
  const worker = new Worker<JobData, IngestJob>(
    opts.name ?? DEFAULT_QUEUE_NAME,
    async (job) => {
      const record = { ...newJob(job.id!, job.data.format, job.data), created_at: job.data.created_at };
      let sent = 0;
      await runIngestJob(store, record, job.data.articles, (r) => {
        const now = Date.now();
        if (now - sent < PROGRESS_EVERY_MS) return;
        sent = now;
        job.updateProgress({ ...r }).catch(() => {});
      });
      opts.onJob?.(record);
      return record;
    },
    { connection: connection(url), concurrency: opts.concurrency ?? 1 },
  );
  worker.on('error', () => {});
  return { close: () => worker.close() };
}
