// The PostgreSQL store against the SQLite store in the same run: ingest throughput and trace
// latency of planted copies, on the same articles (news corpus articles plus the bench's planted
// sources and copies). Usage:
//   node --import tsx bench/postgres.ts --url postgres://user@host/db [--articles 10000] [--queries 100]
//     [--reindex]   also rebuild each store's retrieval index (as `unspin reindex --force`), timed,
//                   and trace the planted copies again on the rebuilt index
// The PostgreSQL store is made in a fresh schema of that database and dropped afterwards. Uses
// the built code (dist/, `npm run build`) when present, as the commands run it.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import pg from 'pg';
import type { Article } from '../src/model.js';
import type { Store } from '../src/store/store.js';
import type { ingestArticles as IngestFn } from '../src/reuse/ingest.js';
import type { traceKeys as TraceFn } from '../src/provenance/run.js';
import type { reindexStore as ReindexFn } from '../src/reuse/reindex.js';
import type { openStore as OpenFn } from '../src/store/open.js';
import { hasCorpus, loadCorpus } from '../scripts/trace-eval/corpus.js';
import { toArticle } from '../scripts/trace-eval/synthetic.js';
import { loadThesaurus } from '../scripts/trace-eval/wordnet.js';
import { revision } from '../scripts/trace-eval/revision.js';
import { Rng } from '../scripts/lib/rng.js';
import { planting } from './synthetic-store.js';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name: string): string | null => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : null;
};
const URL_ARG = arg('url') ?? process.env.UNSPIN_TEST_PG ?? null;
const ARTICLES = Number(arg('articles') ?? '10000');
const REINDEX = process.argv.includes('--reindex');
const QUERIES = Number(arg('queries') ?? '100');
const DATA = resolve(REPO, arg('data') ?? process.env.UNSPIN_DATA ?? '../shared/data');

interface Code {
  openStore: typeof OpenFn;
  ingestArticles: typeof IngestFn;
  traceKeys: typeof TraceFn;
  reindexStore: typeof ReindexFn;
  from: 'dist' | 'src';
}

async function code(): Promise<Code> {
  const base = existsSync(join(REPO, 'dist', 'store', 'postgres.js')) ? 'dist' : 'src';
  const ext = base === 'dist' ? 'js' : 'ts';
  const load = async <T>(p: string): Promise<T> => (await import(join(REPO, base, `${p}.${ext}`))) as T;
  return {
    openStore: (await load<{ openStore: typeof OpenFn }>('store/open')).openStore,
    ingestArticles: (await load<{ ingestArticles: typeof IngestFn }>('reuse/ingest')).ingestArticles,
    traceKeys: (await load<{ traceKeys: typeof TraceFn }>('provenance/run')).traceKeys,
    reindexStore: (await load<{ reindexStore: typeof ReindexFn }>('reuse/reindex')).reindexStore,
    from: base,
  };
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}

interface Result {
  ingestSeconds: number;
  p50: number;
  p99: number;
  found: number;
  queries: number;
  /** With --reindex: the rebuild's time, and the planted copies traced to their source after it. */
  reindexSeconds?: number;
  foundAfterReindex?: number;
}

async function run(c: Code, store: Store, articles: Article[], copies: { id: string; sourceId: string }[]) {
  const t0 = performance.now();
  // Batches of 500, as `unspin ingest` reads a large input.
  for (let i = 0; i < articles.length; i += 500) await c.ingestArticles(store, articles.slice(i, i + 500));
  const ingestSeconds = (performance.now() - t0) / 1000;
  // The models a trace reads load once per process: a first trace, untimed, so that neither store pays it.
  const first = (await store.getArticle(copies[0].id))!.key;
  await c.traceKeys(store, [first]);
  const lat: number[] = [];
  let found = 0;
  for (const q of copies) {
    const key = (await store.getArticle(q.id))!.key;
    const t = performance.now();
    const rec = (await c.traceKeys(store, [key])).get(key)!;
    lat.push(performance.now() - t);
    if (rec.source?.id === q.sourceId) found++;
  }
  const r: Result = {
    ingestSeconds,
    p50: quantile(lat, 0.5),
    p99: quantile(lat, 0.99),
    found,
    queries: copies.length,
  };
  if (REINDEX) {
    const t = performance.now();
    await c.reindexStore(store, { force: true });
    r.reindexSeconds = (performance.now() - t) / 1000;
    r.foundAfterReindex = 0;
    for (const q of copies) {
      const key = (await store.getArticle(q.id))!.key;
      const rec = (await c.traceKeys(store, [key])).get(key)!;
      if (rec.source?.id === q.sourceId) r.foundAfterReindex++;
    }
  }
  return r;
}

async function main(): Promise<number> {
  if (!URL_ARG) {
    process.stderr.write('bench/postgres: give --url postgres://... (or set UNSPIN_TEST_PG)\n');
    return 2;
  }
  if (!hasCorpus(DATA)) {
    process.stdout.write(`bench/postgres: news corpus not found at ${DATA}; skipping.\n`);
    return 0;
  }
  const c = await code();
  const corpus = loadCorpus(DATA);
  const plant = planting(corpus, loadThesaurus());
  const sourceIds = new Set(plant.sources.map((s) => s.id));
  const rng = new Rng(11);
  const others = rng.sample(
    corpus.filter((a) => !sourceIds.has(a.id)),
    Math.max(0, Math.min(ARTICLES - 2 * plant.sources.length, corpus.length - sourceIds.size)),
  );
  const articles = [
    ...others.map(toArticle),
    ...plant.sources.map(toArticle),
    ...plant.copies.map((x) => x.article),
  ];
  const queries = plant.copies.slice(0, QUERIES).map((x) => ({ id: x.article.id, sourceId: x.sourceId }));
  const schema = `unspin_bench_${randomBytes(4).toString('hex')}`;
  const pgUrl = new URL(URL_ARG);
  pgUrl.searchParams.set('schema', schema);
  const targets = {
    SQLite: join(mkdtempSync(join(tmpdir(), 'unspin-bench-pg-')), 'store.db'),
    PostgreSQL: pgUrl.toString(),
  } as const;
  const only = arg('only') as keyof typeof targets | null;
  if (only) {
    // A child run: one store, in a process of its own, its result as JSON on stdout.
    const store = await c.openStore(
      only === 'PostgreSQL' ? (arg('target') ?? targets.PostgreSQL) : targets.SQLite,
    );
    try {
      process.stdout.write(`${JSON.stringify(await run(c, store, articles, queries))}\n`);
    } finally {
      await store.close();
    }
    return 0;
  }
  // Each store in a fresh process, so that neither finds the models or caches the other loaded.
  const results: Record<string, Result> = {};
  try {
    for (const name of ['SQLite', 'PostgreSQL'] as const) {
      process.stderr.write(
        `bench/postgres: ${name}: ingest ${articles.length} articles, trace ${queries.length}\n`,
      );
      const args = [
        ...process.execArgv,
        fileURLToPath(import.meta.url),
        ...process.argv.slice(2),
        '--only',
        name,
      ];
      if (name === 'PostgreSQL') args.push('--target', targets.PostgreSQL);
      const child = spawnSync(process.execPath, args, {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      if (child.status !== 0) throw new Error(`${name} run failed (exit ${child.status})`);
      results[name] = JSON.parse(child.stdout.trim().split('\n').pop()!) as Result;
    }
  } finally {
    const client = new pg.Client({ connectionString: URL_ARG });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.end();
  }
  const s = results.SQLite;
  const p = results.PostgreSQL;
  const f = (x: number, d = 1) => x.toFixed(d);
  const out = (line = '') => process.stdout.write(`${line}\n`);
  out(
    `unspin bench/postgres (${new Date().toISOString()}; commit ${revision(REPO)}; node ${process.version}; ${c.from === 'dist' ? 'built code' : 'from the sources'})`,
  );
  out(
    `${articles.length} articles ingested in batches of 500; ${queries.length} planted copies traced one by one`,
  );
  out();
  out(
    ['store', 'ingest art/s', 'trace p50 ms', 'trace p99 ms', 'source found']
      .map((h) => h.padStart(14))
      .join(''),
  );
  for (const [name, r] of Object.entries(results))
    out(
      [
        name,
        f(articles.length / r.ingestSeconds, 0),
        f(r.p50),
        f(r.p99),
        `${f((100 * r.found) / r.queries, 0)}%`,
      ]
        .map((x) => x.padStart(14))
        .join(''),
    );
  out();
  out(
    `PostgreSQL / SQLite: ingest throughput ${f(s.ingestSeconds / p.ingestSeconds, 2)}×, trace p50 ${f(p.p50 / s.p50, 2)}×, p99 ${f(p.p99 / s.p99, 2)}×`,
  );
  if (REINDEX) {
    out();
    for (const [name, r] of Object.entries(results))
      out(
        `index rebuild, ${name}: ${f(r.reindexSeconds!)} s, ${f(articles.length / r.reindexSeconds!, 0)} articles/s ` +
          `(${f(r.ingestSeconds / r.reindexSeconds!, 2)} × its ingest); sources found after it ` +
          `${f((100 * r.foundAfterReindex!) / r.queries, 0)}%`,
      );
  }
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    process.stderr.write(`bench/postgres: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 1;
  },
);
