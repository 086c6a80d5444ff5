// Prepares articles on worker threads and in the calling thread, in order, while the calling thread
// also writes them to the store.
// Small inputs (under half the threshold) never start a worker: the first articles are prepared in
// the calling thread, and the pool starts only once an input reaches half the threshold.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Article } from '../model.js';
import type { ArticleToPut, Fingerprint } from '../store/store.js';
import { prepareArticle } from './prepare.js';

/** Articles prepared in-thread before the pool starts. */
export const POOL_THRESHOLD = 500;
const CHUNK = 100;

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

/** Chunks a worker holds at once: one it works on and one ready for it. */
const PENDING_PER_WORKER = 2;

class Pool {
  private workers: Worker[] = [];
  private load: number[] = [];
  private seq = 0;
  private pending = new Map<number, { resolve: (p: Prepared) => void; reject: (e: Error) => void }>();

  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      const w = startWorker();
      w.on('message', (m: { id: number; prepared: Prepared }) => {
        this.load[i]--;
        this.pending.get(m.id)?.resolve(m.prepared);
        this.pending.delete(m.id);
      });
      w.on('error', (e) => {
        for (const p of this.pending.values()) p.reject(e);
        this.pending.clear();
      });
      this.workers.push(w);
      this.load.push(0);
    }
  }

  /** The worker with room for another chunk, or -1 when every worker has its fill. */
  freeWorker(): number {
    let best = -1;
    for (let i = 0; i < this.load.length; i++)
      if (this.load[i] < PENDING_PER_WORKER && (best === -1 || this.load[i] < this.load[best])) best = i;
    return best;
  }

  run(worker: number, articles: Article[]): Promise<Prepared> {
    const id = this.seq++;
    this.load[worker]++;
    return new Promise<Prepared>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.workers[worker].postMessage({ id, articles });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** A chunk of input, prepared by a worker (`result`) or by the calling thread (`done` at once). */
interface Job {
  articles: Article[];
  result: Promise<Prepared> | null;
  done: Prepared | null;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Prepared articles in input order. Past POOL_THRESHOLD articles, `threads - 1` worker threads
 * prepare chunks of them, and the calling thread prepares a chunk itself whenever every worker
 * already has its fill (instead of waiting), besides storing what is prepared: on two cores, two
 * busy threads, and each thread that prepares pays once for compiling and warming the tokenizer.
 */
export async function* prepareAll(
  articles: AsyncIterable<Article> | Iterable<Article>,
  opts: { threads?: number; threshold?: number } = {},
): AsyncGenerator<ArticleToPut> {
  const threshold = opts.threshold ?? POOL_THRESHOLD;
  const threads = opts.threads ?? availableParallelism();
  let pool: Pool | null = null;
  let count = 0;
  let chunk: Article[] = [];
  const queue: Job[] = [];
  // Memory bound: chunks read ahead of the one to store next.
  const maxQueued = threads * 4;
  const dispatch = async (articles: Article[]): Promise<void> => {
    const worker = pool!.freeWorker();
    if (worker === -1) {
      queue.push({ articles, result: null, done: articles.map(prepareArticle) });
      await nextTurn(); // let the workers' finished chunks come in
      return;
    }
    const job: Job = { articles, result: pool!.run(worker, articles), done: null };
    // A failure is raised where the chunk is awaited (below); this handler only records success.
    job.result!.then(
      (p) => (job.done = p),
      () => undefined,
    );
    queue.push(job);
  };
  try {
    for await (const a of articles) {
      count++;
      // Workers take a few hundred milliseconds to start (loading lexicons): they start once half
      // the threshold is read, while this thread prepares the rest of it.
      if (!pool && threads >= 2 && count > threshold / 2) pool = new Pool(threads - 1);
      if (!pool || count <= threshold) {
        yield prepareArticle(a);
        continue;
      }
      chunk.push(a);
      if (chunk.length < CHUNK) continue;
      await dispatch(chunk);
      chunk = [];
      while (queue.length && (queue[0].done || queue.length > maxQueued)) yield* drain(queue.shift()!);
    }
    if (chunk.length) await dispatch(chunk);
    while (queue.length) yield* drain(queue.shift()!);
  } finally {
    await pool?.close();
  }
}

async function* drain(job: Job): AsyncGenerator<ArticleToPut> {
  const prepared = job.done ?? (await job.result!);
  for (let i = 0; i < job.articles.length; i++) {
    const p = prepared[i];
    // A literal, not a spread: spread objects can each get a map of their own in V8.
    yield { article: job.articles[i], hash: p.hash, fingerprint: p.fingerprint, units: p.units };
  }
}
