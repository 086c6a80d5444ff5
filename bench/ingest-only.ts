// Ingests the first N articles of the bench's ingest sample into a fresh SQLite file and prints the
// process CPU time (all threads) and wall-clock time: the bench's ingest figure alone, for comparing
// two versions of the code. Run it under callgrind to count instructions (all threads), which vary
// far less than times on a loaded machine:
//   valgrind --tool=callgrind --callgrind-out-file=/dev/null node --no-concurrent-recompilation \
//     --import tsx bench/ingest-only.ts 4000 [DIST]
// and subtract the same run with N = 0 (start-up, loading the sample). DIST is a directory of built
// code (default: this checkout's dist/, as `npm run bench` ingests; from the sources without it).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hasCorpus, loadCorpus } from '../scripts/trace-eval/corpus.js';
import { toArticle } from '../scripts/trace-eval/synthetic.js';
import { Rng } from '../scripts/lib/rng.js';
import type { ingestArticles as IngestArticles } from '../src/reuse/ingest.js';
import type { SqliteStore as Store } from '../src/store/sqlite.js';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DATA = resolve(REPO, process.env.UNSPIN_DATA ?? '../shared/data');

async function main(): Promise<void> {
  if (!hasCorpus(DATA)) {
    console.log(`ingest-only skipped: news corpus not found at ${DATA}.`);
    return;
  }
  const n = Number(process.argv[2] ?? '4000');
  const dist = resolve(process.argv[3] ?? join(REPO, 'dist'));
  const built = existsSync(join(dist, 'reuse', 'ingest.js'));
  const code = built ? dist : join(REPO, 'src');
  const ext = built ? 'js' : 'ts';
  const { SqliteStore } = (await import(join(code, 'store', `sqlite.${ext}`))) as {
    SqliteStore: typeof Store;
  };
  const { ingestArticles } = (await import(join(code, 'reuse', `ingest.${ext}`))) as {
    ingestArticles: typeof IngestArticles;
  };
  // The bench's ingest sample (bench.ts: Rng(3)), its first n articles.
  const corpus = loadCorpus(DATA);
  const articles = new Rng(3).sample(corpus, Math.min(10_000, corpus.length)).slice(0, n).map(toArticle);
  const dir = mkdtempSync(join(tmpdir(), 'unspin-ingest-only-'));
  try {
    const store = new SqliteStore(join(dir, 'store.sqlite'));
    const cpu = process.cpuUsage();
    const t0 = performance.now();
    await ingestArticles(store, articles);
    const wall = (performance.now() - t0) / 1000;
    const used = process.cpuUsage(cpu);
    await store.close();
    const cpuS = (used.user + used.system) / 1e6;
    console.log(
      `${articles.length} articles (${built ? `built code in ${dist}` : 'sources'}): ` +
        `CPU ${cpuS.toFixed(2)} s, wall ${wall.toFixed(2)} s, ${(articles.length / wall).toFixed(0)} articles/s`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
