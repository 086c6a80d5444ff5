// Upgrades a cached bench store of recipe 1 to recipe 2 in place of a rebuild: the two recipes
// store the same articles, fingerprints and index, and recipe 2 adds each article's packed
// sentence units, computed here from the stored text as ingest computes them (units-worker.ts).
// A rebuild of the 1M store takes far longer than computing its units. An interrupted upgrade
// resumes where it stopped.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { copyFileSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SqliteStore } from '../src/store/sqlite.js';
import { RECIPE_VERSION, storePaths, type BenchStoreManifest } from './synthetic-store.js';

const FROM_RECIPE = 1;
const CHUNK = 500;

function startWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./units-worker.js', import.meta.url));
  const url = new URL('./units-worker.ts', import.meta.url).href;
  return new Worker(
    `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(url)}); })`,
    { eval: true },
  );
}

/** Packed units of many texts on worker threads, results in input order. */
class UnitsPool {
  private workers: Worker[] = [];
  private seq = 0;
  private pending = new Map<number, { resolve: (u: Uint8Array[]) => void; reject: (e: Error) => void }>();
  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      const w = startWorker();
      w.on('message', (m: { id: number; units: Uint8Array[] }) => {
        this.pending.get(m.id)?.resolve(m.units);
        this.pending.delete(m.id);
      });
      w.on('error', (e) => {
        for (const p of this.pending.values()) p.reject(e);
        this.pending.clear();
      });
      this.workers.push(w);
    }
  }
  run(texts: string[]): Promise<Uint8Array[]> {
    const id = this.seq++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.workers[id % this.workers.length].postMessage({ id, texts });
    });
  }
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

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
  const workers = Math.max(2, availableParallelism());
  const pool = new UnitsPool(workers);
  const inflight: { keys: number[]; units: Promise<Uint8Array[]> }[] = [];
  let after = start;
  let done = 0;
  let last = performance.now();
  try {
    for (;;) {
      const rows = page.all(after, CHUNK);
      if (rows.length) {
        after = rows[rows.length - 1].key;
        inflight.push({ keys: rows.map((r) => r.key), units: pool.run(rows.map((r) => r.text)) });
      }
      while (inflight.length > (rows.length ? workers * 2 : 0)) {
        const job = inflight.shift()!;
        write(job.keys, await job.units);
        done += job.keys.length;
      }
      if (!rows.length) break;
      if (performance.now() - last > 10_000) {
        last = performance.now();
        log(`  upgrading ${size}: ${done} more articles (${(done / ((last - t0) / 1000)).toFixed(0)}/s)`);
      }
    }
  } finally {
    await pool.close();
  }
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
