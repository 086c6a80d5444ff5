// Prepares articles on worker threads and in the calling thread, in order, while the calling thread
// also writes them to the store (src/parallel/ordered-map.ts). Small inputs (under half the
// threshold) never start a worker.
import type { Article } from '../model.js';
import type { ArticleToPut } from '../store/store.js';
import { orderedMap, siblingWorker } from '../parallel/ordered-map.js';
import { prepareArticle } from './prepare.js';

/** Articles prepared in-thread before the pool starts. */
export const POOL_THRESHOLD = 500;
const CHUNK = 100;

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
  const mapped = orderedMap(articles, prepareArticle, siblingWorker(import.meta.url, 'prepare-worker'), {
    threads: opts.threads,
    threshold: opts.threshold ?? POOL_THRESHOLD,
    chunk: CHUNK,
  });
  for await (const [article, p] of mapped) {
    // A literal, not a spread: spread objects can each get a map of their own in V8.
    yield { article, hash: p.hash, fingerprint: p.fingerprint, units: p.units };
  }
}
