// Stories in small stores: each real story cluster is traced alone into a fresh SQLite store (as a
// user tracing one story's reports into a new file would), and the stories it forms are printed.
// Every cluster is one event, so one story per cluster is right.
//   node --import tsx scripts/trace-eval/small-stores.ts [--data DIR]
// Needs ../shared/data/story-clusters (skips with a message when absent).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite.js';
import { ingestArticles } from '../../src/reuse/ingest.js';
import { traceKeys } from '../../src/provenance/run.js';
import { hasClusters, loadClusters } from './clusters.js';
import { SHARED_DATA_DIR } from '../lib/seed-article.js';

const i = process.argv.indexOf('--data');
const DATA = i >= 0 ? resolve(process.argv[i + 1]) : SHARED_DATA_DIR;

async function main(): Promise<void> {
  if (!hasClusters(DATA)) {
    console.log(`small-stores: no story clusters at ${DATA}; skipped.`);
    return;
  }
  const all = loadClusters(DATA);
  const clusters = [...new Set(all.map((a) => a.cluster))];
  let whole = 0;
  for (const cluster of clusters) {
    const dir = mkdtempSync(join(tmpdir(), 'unspin-small-'));
    const store = new SqliteStore(join(dir, 'store.db'));
    try {
      const put = await ingestArticles(
        store,
        all.filter((a) => a.cluster === cluster).map((a) => a.article),
      );
      await traceKeys(
        store,
        put.map((p) => p.key),
      );
      const stories = await store.listStories();
      const ids = new Map(put.map((p) => [p.key, p.id]));
      if (stories.length === 1) whole++;
      console.log(
        `${cluster}: ${put.length} articles, ${stories.length} ${stories.length === 1 ? 'story' : 'stories'}: ` +
          stories.map((s) => s.members.map((k) => ids.get(k)).join(' ')).join(' | '),
      );
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  console.log(`clusters forming one story each: ${whole} of ${clusters.length}`);
}

await main();
