// Prepares articles on worker threads, in order, while the main thread writes to the store.
// Small inputs (under half the threshold) never start a worker: the first articles are prepared in
// the calling thread, and the pool starts only once an input reaches half the threshold.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Article } from '../model.js';
import type { ArticleToPut, Fingerprint } from '../store/store.js';
import { prepareArticle } from './prepare.js';

/** Articles prepared in-thread before the pool starts. */
export const POOL_THRESHOLD = 500;
const CHUNK = 200;

type Prepared = { hash: string; fingerprint: Fingerprint; units?: Uint8Array }[];

/**
 * Built, the worker is prepare-worker.js beside this file. Run from sources (tests, scripts: through
 * tsx), it is the .ts file, and the worker registers tsx's loader before importing it.
 */
function startWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./prepare-worker.js', import.meta.url));
  const url = new URL('./prepare-worker.ts', import.meta.url).href;
  return new Worker(
    `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(url)}); })`,
    {
      eval: true,
    },
  );
}

class Pool {
  private workers: Worker[] = [];
  private next = 0;
  private seq = 0;
  private pending = new Map<number, { resolve: (p: Prepared) => void; reject: (e: Error) => void }>();

  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      const w = startWorker();
      w.on('message', (m: { id: number; prepared: Prepared }) => {
        this.pending.get(m.id)?.resolve(m.prepared);
        this.pending.delete(m.id);
      });
      w.on('error', (e) => {
        for (const p of this.pending.values()) p.reject(e);
        this.pending.clear();
      });
      this.workers.push(w);
    }
  }

  run(articles: Article[]): Promise<Prepared> {
    const id = this.seq++;
    return new Promise<Prepared>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.workers[this.next++ % this.workers.length].postMessage({ id, articles });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** Prepared articles in input order; worker threads take over past POOL_THRESHOLD articles. */
export async function* prepareAll(
  articles: AsyncIterable<Article> | Iterable<Article>,
  opts: { workers?: number; threshold?: number } = {},
): AsyncGenerator<ArticleToPut> {
  const threshold = opts.threshold ?? POOL_THRESHOLD;
  const size = opts.workers ?? availableParallelism();
  let pool: Pool | null = null;
  let count = 0;
  let chunk: Article[] = [];
  const inflight: { articles: Article[]; result: Promise<Prepared> }[] = [];
  try {
    for await (const a of articles) {
      count++;
      // Workers take a few hundred milliseconds to start (loading lexicons): they start once half
      // the threshold is read, while this thread prepares the rest of it.
      if (!pool && size >= 2 && count > threshold / 2) pool = new Pool(size);
      if (!pool || count <= threshold) {
        yield prepareArticle(a);
        continue;
      }
      chunk.push(a);
      if (chunk.length >= CHUNK) {
        inflight.push({ articles: chunk, result: pool.run(chunk) });
        chunk = [];
        // Keep every worker busy, but bound memory.
        while (inflight.length > size * 2) yield* drain(inflight.shift()!);
      }
    }
    if (chunk.length) inflight.push({ articles: chunk, result: pool!.run(chunk) });
    while (inflight.length) yield* drain(inflight.shift()!);
  } finally {
    await pool?.close();
  }
}

async function* drain(job: { articles: Article[]; result: Promise<Prepared> }): AsyncGenerator<ArticleToPut> {
  const prepared = await job.result;
  for (let i = 0; i < job.articles.length; i++) yield { article: job.articles[i], ...prepared[i] };
}
