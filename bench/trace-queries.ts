// Traces the planted copies of a cached bench store one by one and prints CPU time per query
// (for profiling with `node --cpu-prof`). Usage: node --import tsx bench/trace-queries.ts SIZE [N]
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { SqliteStore } from '../src/store/sqlite.js';
import { traceKeys } from '../src/provenance/run.js';
import { readManifest, storePaths } from './synthetic-store.js';

const size = Number(process.argv[2] ?? '10000');
const n = Number(process.argv[3] ?? '200');
const cache = join(process.env.TMPDIR ?? tmpdir(), 'unspin-bench');
const m = readManifest(cache, size);
if (!m) throw new Error(`no cached store of ${size}`);
const store = new SqliteStore(storePaths(cache, size).db);
const cpu: number[] = [];
let found = 0;
for (const p of m.planted.slice(0, n)) {
  const key = (await store.getArticle(p.copyId))!.key;
  const c0 = process.cpuUsage();
  const rec = (await traceKeys(store, [key])).get(key)!;
  const c = process.cpuUsage(c0);
  cpu.push((c.user + c.system) / 1000);
  if (rec.source?.id === p.sourceId) found++;
}
cpu.sort((a, b) => a - b);
const q = (x: number) => cpu[Math.min(cpu.length - 1, Math.ceil(x * cpu.length) - 1)];
console.log(
  `${size}: ${cpu.length} traces, cpu p50 ${q(0.5).toFixed(1)} ms, p99 ${q(0.99).toFixed(1)} ms, mean ${(cpu.reduce((a, b) => a + b, 0) / cpu.length).toFixed(1)} ms, recall ${found}/${cpu.length}`,
);
await store.close();
