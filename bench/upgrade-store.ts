// Upgrades a cached bench store of recipe 1 to recipe 2 in place of a rebuild: the two recipes
// store the same articles, fingerprints and index, and recipe 2 adds each article's packed
// sentence units, computed here from the stored text as ingest computes them (units-worker.ts).
// A rebuild of the 1M store takes far longer than computing its units. An interrupted upgrade
// resumes where it stopped.
import { availableParallelism } from 'node:os';
import { copyFileSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SqliteStore } from '../src/store/sqlite.js';
import { RECIPE_VERSION, storePaths, type BenchStoreManifest } from './synthetic-store.js';
import { orderedMap, siblingWorker } from '../src/parallel/ordered-map.js';
import { unitsOfText } from './units-worker.js';

const FROM_RECIPE = 1;
const CHUNK = 500;

/** Upgrades the recipe-1 store of `size` if there is one; returns its new manifest, else null. */
export async function upgradeStore(
  cacheDir: string,
  size: number,
  log: (s: string) => void,
): Promise<BenchStoreManifest | null> {
  if (RECIPE_VERSION !== 2) return null;
  const base = join(cacheDir, `store-${size}-r${FROM_RECIPE}`);
  const old = { db: `${base}.sqlite`, manifest: `${base}.json` };
  if (!existsSync(old.db) || !existsSync(old.manifest)) return null;
  const m = JSON.parse(readFileSync(old.manifest, 'utf8')) as BenchStoreManifest;
  if (m.recipe !== FROM_RECIPE || m.size !== size) return null;
  const p = storePaths(cacheDir, size);
  const tmp = `${p.db}.upgrading`;
  const t0 = performance.now();
  if (existsSync(tmp)) log(`  resuming the upgrade of the recipe-${FROM_RECIPE} store of ${size}`);
  else {
    log(`  upgrading the recipe-${FROM_RECIPE} store of ${size} (adding packed sentence units)`);
    copyFileSync(old.db, `${tmp}.copy`);
    renameSync(`${tmp}.copy`, tmp);
  }
  const store = new SqliteStore(tmp); // applies the schema migration that adds the units table
  const db = store.db;
  const start = db.prepare<[], { k: number | null }>('SELECT max(key) AS k FROM article_units').get()?.k ?? 0;
  const page = db.prepare<[number, number], { key: number; text: string }>(
    'SELECT key, text FROM articles WHERE key > ? ORDER BY key LIMIT ?',
  );
  const put = db.prepare('INSERT OR REPLACE INTO article_units (key, units) VALUES (?, ?)');
  const write = db.transaction((keys: number[], units: Uint8Array[]) => {
    keys.forEach((k, i) => put.run(k, units[i]));
  });
  /** The stored rows after the last one upgraded, page by page. */
  async function* rowsAfter(after: number): AsyncGenerator<{ key: number; text: string }> {
    for (;;) {
      const rows = page.all(after, CHUNK);
      if (!rows.length) return;
      after = rows[rows.length - 1].key;
      yield* rows;
    }
  }
  // Every core computes units (workers and this thread), in key order.
  const units = orderedMap(
    rowsAfter(start),
    (r) => unitsOfText(r.text),
    siblingWorker(import.meta.url, 'units-worker'),
    { threads: Math.max(2, availableParallelism()), threshold: 0, chunk: CHUNK },
  );
  let keys: number[] = [];
  let batch: Uint8Array[] = [];
  let done = 0;
  let last = performance.now();
  for await (const [row, u] of units) {
    keys.push(row.key);
    batch.push(u);
    if (keys.length < CHUNK) continue;
    write(keys, batch);
    done += keys.length;
    keys = [];
    batch = [];
    if (performance.now() - last > 10_000) {
      last = performance.now();
      log(`  upgrading ${size}: ${done} more articles (${(done / ((last - t0) / 1000)).toFixed(0)}/s)`);
    }
  }
  if (keys.length) write(keys, batch);
  await store.close();
  renameSync(tmp, p.db);
  for (const f of [`${tmp}-wal`, `${tmp}-shm`]) rmSync(f, { force: true });
  const upgradeSeconds = (performance.now() - t0) / 1000;
  const manifest: BenchStoreManifest = { ...m, recipe: RECIPE_VERSION, builtAt: new Date().toISOString() };
  writeFileSync(
    p.manifest,
    JSON.stringify({ ...manifest, upgradedFrom: FROM_RECIPE, upgradeSeconds }, null, 2),
  );
  log(`  upgraded in ${upgradeSeconds.toFixed(0)}s`);
  return manifest;
}
