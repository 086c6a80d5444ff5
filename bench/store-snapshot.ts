// Ingests a fixed set of corpus articles into a fresh SQLite file and prints a sha256 of what the
// store holds, so that a change meant to leave stored content alone (a speed-up of ingest or of the
// store) can be checked: run it before and after and compare the hashes.
//   node --import tsx bench/store-snapshot.ts [N]      (default 2,000 articles)
// The first N articles of the bench's ingest sample are ingested (worker threads past the pool
// threshold, as `unspin ingest` does), then the first N/5 again, every second one with new text (new
// versions; the others unchanged). Every table's rows are hashed in key order, with their SQLite
// types; `ingested_at` (a clock time) is left out. Needs ../shared/data (skips without it).
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SqliteStore } from '../src/store/sqlite.js';
import { ingestArticles } from '../src/reuse/ingest.js';
import { hasCorpus, loadCorpus } from '../scripts/trace-eval/corpus.js';
import { toArticle } from '../scripts/trace-eval/synthetic.js';
import { Rng } from '../scripts/lib/rng.js';

const DATA = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  process.env.UNSPIN_DATA ?? '../shared/data',
);

const TABLES: Record<string, string> = {
  articles: `SELECT key, id, version, latest, hash, text, date, title, url, outlet,
    typeof(date), typeof(title), typeof(url), typeof(outlet) FROM articles ORDER BY key`,
  lsh: 'SELECT band, key, typeof(band), typeof(key) FROM lsh ORDER BY band, key',
  anchors: 'SELECT anchor, key, typeof(anchor), typeof(key) FROM anchors ORDER BY anchor, key',
  anchor_df: 'SELECT anchor, n, typeof(anchor), typeof(n) FROM anchor_df ORDER BY anchor',
  article_units: 'SELECT key, hex(units) FROM article_units ORDER BY key',
  counters: 'SELECT name, value FROM counters ORDER BY name',
  user_version: 'PRAGMA user_version',
};

async function main(): Promise<void> {
  if (!hasCorpus(DATA)) {
    console.log(`store-snapshot skipped: news corpus not found at ${DATA}.`);
    return;
  }
  const n = Number(process.argv[2] ?? '2000');
  // The bench's ingest sample (bench.ts: Rng(3)), its first n articles.
  const corpus = loadCorpus(DATA);
  const articles = new Rng(3).sample(corpus, Math.min(10_000, corpus.length)).slice(0, n).map(toArticle);
  const again = articles
    .slice(0, Math.floor(n / 5))
    .map((a, i) =>
      i % 2 ? { ...a, text: `${a.text}\n\nUpdated: officials said 42 more troops arrived.` } : a,
    );
  const dir = mkdtempSync(join(tmpdir(), 'unspin-store-snapshot-'));
  try {
    const store = new SqliteStore(join(dir, 'store.sqlite'));
    const first = await ingestArticles(store, articles);
    const second = await ingestArticles(store, again, undefined, { threshold: 100 });
    const hash = createHash('sha256').update(JSON.stringify([first, second]));
    const counts: string[] = [];
    for (const [table, sql] of Object.entries(TABLES)) {
      const rows = store.db.prepare(sql).raw().all();
      counts.push(`${table} ${rows.length}`);
      hash.update(`\n${table}\n${JSON.stringify(rows)}`);
    }
    await store.close();
    console.log(`${counts.join(', ')}; sha256 ${hash.digest('hex')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
