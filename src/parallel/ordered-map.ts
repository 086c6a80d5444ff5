// Maps a stream of items through a function on worker threads and in the calling thread, and
// yields the results in input order. Used where each item is independent and costly enough to
// spread over the machine's cores: preparing articles for the store (src/reuse/prepare-pool.ts)
// and analysing them one by one (`unspin analyze`).
// Small inputs never start a worker: workers take a few hundred milliseconds to start (each
// loads its own lexicons and models), so the first `threshold` items are mapped in the calling
// thread, and the pool starts only once an input reaches half the threshold.
import { availableParallelism } from 'node:os';
import { parentPort, Worker, workerData } from 'node:worker_threads';

export interface OrderedMapOptions {
  /** Threads in all, the calling thread included (default: the machine's parallelism). */
  threads?: number;
  /** Items mapped in the calling thread before the pool takes chunks of them. */
  threshold: number;
  /** Items per chunk sent to a worker. */
  chunk: number;
  /** Handed to each worker (`workerInput()`), e.g. the model to load. */
  workerData?: unknown;
}

/**
 * The worker module beside `moduleUrl` named `stem` ("prepare-worker"): the built .js file, or,
 * run from sources (tests, scripts: through tsx), the .ts file.
 */
export function siblingWorker(moduleUrl: string, stem: string): URL {
  return new URL(`./${stem}${moduleUrl.endsWith('.ts') ? '.ts' : '.js'}`, moduleUrl);
}

function startWorker(url: URL, data: unknown): Worker {
  if (!url.pathname.endsWith('.ts')) return new Worker(url, { workerData: data });
  // From sources the worker registers tsx's loader before importing its module.
  return new Worker(
    `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); })`,
    { eval: true, workerData: data },
  );
}

/** In a worker module: maps each chunk the pool sends with `fn`. */
export function serveChunks<I, O>(fn: (item: I) => O): void {
  parentPort?.on('message', (msg: { id: number; items: I[] }) => {
    parentPort?.postMessage({ id: msg.id, results: msg.items.map(fn) });
  });
}

/** In a worker module: the pool's `workerData` option. */
export function workerInput<T>(): T {
  return workerData as T;
}

/** Chunks a worker holds at once: one it works on and one ready for it. */
const PENDING_PER_WORKER = 2;

class Pool<I, O> {
  private workers: Worker[] = [];
  private load: number[] = [];
  private seq = 0;
  private pending = new Map<number, { resolve: (r: O[]) => void; reject: (e: Error) => void }>();

  constructor(size: number, url: URL, data: unknown) {
    for (let i = 0; i < size; i++) {
      const w = startWorker(url, data);
      w.on('message', (m: { id: number; results: O[] }) => {
        this.load[i]--;
        this.pending.get(m.id)?.resolve(m.results);
        this.pending.delete(m.id);
      });
      // A worker that fails, or stops without an error event (killed, or exiting on its own),
      // fails what it was given rather than leaving it unanswered, and is given nothing more.
      w.on('error', (e) => this.failAll(i, e));
      w.on('exit', (code) => this.failAll(i, new Error(`worker thread exited (code ${code})`)));
      this.workers.push(w);
      this.load.push(0);
    }
  }

  private failAll(worker: number, e: Error): void {
    this.load[worker] = Infinity;
    for (const p of this.pending.values()) p.reject(e);
    this.pending.clear();
  }

  /** The worker with room for another chunk, or -1 when every worker has its fill. */
  freeWorker(): number {
    let best = -1;
    for (let i = 0; i < this.load.length; i++)
      if (this.load[i] < PENDING_PER_WORKER && (best === -1 || this.load[i] < this.load[best])) best = i;
    return best;
  }

  run(worker: number, items: I[]): Promise<O[]> {
    const id = this.seq++;
    this.load[worker]++;
    return new Promise<O[]>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.workers[worker].postMessage({ id, items });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** A chunk of input, mapped by a worker (`result`) or by the calling thread (`done` at once). */
interface Job<I, O> {
  items: I[];
  result: Promise<O[]> | null;
  done: O[] | null;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * [item, fn(item)] in input order. Past `threshold` items, `threads - 1` worker threads running
 * `workerUrl` (a module that calls serveChunks with the same function) map chunks of them, and
 * the calling thread maps a chunk itself whenever every worker already has its fill (instead of
 * waiting), besides consuming what is mapped: on two cores, two busy threads.
 */
export async function* orderedMap<I, O>(
  items: AsyncIterable<I> | Iterable<I>,
  fn: (item: I) => O,
  workerUrl: URL,
  opts: OrderedMapOptions,
): AsyncGenerator<[I, O]> {
  const { threshold, chunk: chunkSize } = opts;
  const threads = opts.threads ?? availableParallelism();
  let pool: Pool<I, O> | null = null;
  let count = 0;
  let chunk: I[] = [];
  const queue: Array<Job<I, O>> = [];
  // Memory bound: chunks read ahead of the one to consume next.
  const maxQueued = threads * 4;
  const dispatch = async (part: I[]): Promise<void> => {
    const worker = pool!.freeWorker();
    if (worker === -1) {
      queue.push({ items: part, result: null, done: part.map(fn) });
      await nextTurn(); // let the workers' finished chunks come in
      return;
    }
    const job: Job<I, O> = { items: part, result: pool!.run(worker, part), done: null };
    // A failure is raised where the chunk is awaited (below); this handler only records success.
    job.result!.then(
      (r) => (job.done = r),
      () => undefined,
    );
    queue.push(job);
  };
  try {
    for await (const item of items) {
      count++;
      // The workers start once half the threshold is read, while this thread maps the rest of it.
      if (!pool && threads >= 2 && count > threshold / 2)
        pool = new Pool<I, O>(threads - 1, workerUrl, opts.workerData);
      if (!pool || count <= threshold) {
        yield [item, fn(item)];
        continue;
      }
      chunk.push(item);
      if (chunk.length < chunkSize) continue;
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

async function* drain<I, O>(job: Job<I, O>): AsyncGenerator<[I, O]> {
  const results = job.done ?? (await job.result!);
  for (let i = 0; i < job.items.length; i++) yield [job.items[i], results[i]];
}
