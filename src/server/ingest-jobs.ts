// Ingest by POST: the body is parsed at once (it is size-limited), then stored and traced in the
// background, one job at a time, with progress the client can poll.
import { randomUUID } from 'node:crypto';
import type { Article } from '../model.js';
import { articleFromJson } from '../input/read.js';
import { InputError } from '../input/limits.js';
import { feedItems } from '../input/feed.js';
import { ingestArticles } from '../reuse/ingest.js';
import { traceKeys } from '../provenance/run.js';
import type { Store } from '../store/store.js';
import type { IngestJob } from './types.js';

const MAX_ERRORS_KEPT = 50;
const MAX_IDS_KEPT = 200;
const MAX_JOBS_KEPT = 100;
export const MAX_PENDING_JOBS = 8;

export class BusyError extends Error {}

function reason(e: unknown): string {
  if (e instanceof InputError) return e.message;
  if (e instanceof SyntaxError) return `invalid JSON (${e.message.slice(0, 80)})`;
  throw e;
}

/** Parses a JSONL body; bad lines are returned as `line N: reason`. */
export function parseJsonl(body: string): ParsedBody {
  const articles: Article[] = [];
  const errors: string[] = [];
  let records = 0;
  body.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    records++;
    try {
      articles.push(articleFromJson(JSON.parse(line)));
    } catch (e) {
      errors.push(`line ${i + 1}: ${reason(e)}`);
    }
  });
  return { articles, errors, records };
}

/** Parses an HTML page posted with its id (and optional metadata) in the query string. */
export function parseHtml(
  html: string,
  meta: Record<string, string | undefined>,
): { articles: Article[]; errors: string[]; records: number } {
  try {
    return { articles: [articleFromJson({ ...meta, html })], errors: [], records: 1 };
  } catch (e) {
    return { articles: [], errors: [`page: ${reason(e)}`], records: 1 };
  }
}

/** Parses an RSS or Atom feed body; bad items are returned as `line N: reason`. */
export function parseFeedBody(xml: string): { articles: Article[]; errors: string[]; records: number } {
  let items;
  try {
    items = feedItems(xml, 'feed');
  } catch (e) {
    return { articles: [], errors: [`feed: ${reason(e)}`], records: 0 };
  }
  const articles: Article[] = [];
  const errors: string[] = [];
  for (const item of items) {
    try {
      articles.push(item.read());
    } catch (e) {
      errors.push(`line ${item.line}: ${reason(e)}`);
    }
  }
  return { articles, errors, records: items.length };
}

export interface ParsedBody {
  articles: Article[];
  errors: string[];
  records: number;
}

/**
 * Where ingest jobs wait and run: in this process (IngestQueue), or in a Redis queue that
 * `unspin worker` processes take jobs from (RedisIngestQueue, src/server/redis-jobs.ts).
 */
export interface IngestJobs {
  /** Queues parsed articles; rejects with BusyError when too many jobs wait. */
  submit(format: IngestJob['format'], parsed: ParsedBody): Promise<IngestJob>;
  get(id: string): Promise<IngestJob | null>;
  /** Resolves when every job this process queued and runs has finished. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

/** A new job's record, before it runs. */
export function newJob(id: string, format: IngestJob['format'], parsed: ParsedBody): IngestJob {
  return {
    id,
    state: 'queued',
    format,
    created_at: new Date().toISOString(),
    finished_at: null,
    records: parsed.records,
    read: 0,
    added: 0,
    unchanged: 0,
    versions: 0,
    traced: 0,
    to_trace: 0,
    error_count: parsed.errors.length,
    errors: parsed.errors.slice(0, MAX_ERRORS_KEPT),
    articles: [],
  };
}

/**
 * Stores and traces a job's articles, keeping `job` up to date as it goes (`onProgress` after each
 * step); ends with the job done, or failed with a reason that says nothing of internals.
 */
export async function runIngestJob(
  store: Store,
  job: IngestJob,
  articles: Article[],
  onProgress: (job: IngestJob) => void = () => {},
): Promise<IngestJob> {
  job.state = 'running';
  onProgress(job);
  try {
    const put = await ingestArticles(store, articles, (p) => {
      job.read = p.read;
      job.added = p.added;
      job.unchanged = p.unchanged;
      job.versions = p.versions;
      onProgress(job);
    });
    job.articles = put.slice(0, MAX_IDS_KEPT).map((p) => p.id);
    const keys = put.filter((p) => p.outcome !== 'unchanged').map((p) => p.key);
    job.to_trace = keys.length;
    await traceKeys(store, keys, (done) => {
      job.traced = done;
      onProgress(job);
    });
    job.state = 'done';
  } catch (e) {
    job.state = 'failed';
    job.error_count++;
    job.errors.push('internal error while storing');
    process.stderr.write(`unspin: ingest job ${job.id} failed: ${(e as Error).message}\n`);
  }
  job.finished_at = new Date().toISOString();
  onProgress(job);
  return job;
}

/** Jobs run in this process, one at a time. */
export class IngestQueue implements IngestJobs {
  private jobs = new Map<string, IngestJob>();
  private chain: Promise<void> = Promise.resolve();
  private pending = 0;

  constructor(
    private readonly store: Store,
    private readonly onStored: () => void,
  ) {}

  async get(id: string): Promise<IngestJob | null> {
    return this.jobs.get(id) ?? null;
  }

  async submit(format: IngestJob['format'], parsed: ParsedBody): Promise<IngestJob> {
    if (this.pending >= MAX_PENDING_JOBS) throw new BusyError('too many ingest jobs waiting; retry later');
    const job = newJob(randomUUID(), format, parsed);
    this.jobs.set(job.id, job);
    while (this.jobs.size > MAX_JOBS_KEPT) {
      const oldest = [...this.jobs.values()].find((j) => j.state === 'done' || j.state === 'failed');
      if (!oldest) break;
      this.jobs.delete(oldest.id);
    }
    this.pending++;
    this.chain = this.chain
      .then(async () => {
        await runIngestJob(this.store, job, parsed.articles);
        this.onStored();
      })
      .finally(() => this.pending--);
    return job;
  }

  idle(): Promise<void> {
    return this.chain;
  }

  async close(): Promise<void> {
    await this.chain;
  }
}
