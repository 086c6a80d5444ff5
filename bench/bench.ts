// Speed benchmark: ingest throughput, trace latency against stores of 10k/100k(/1M) articles,
// index bytes per article, a brute-force shingle-Jaccard baseline measured in the same run, and
// analyzer throughput. Usage: npm run bench [-- --sizes 10000,100000 | --full] [--queries N]
// [--cache DIR] [--data DIR] [--reindex] [--analyze-articles N]. Prints a table; writes JSON to a fresh temp dir (path printed).
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SqliteStore } from '../src/store/sqlite.js';
import { ingestArticles } from '../src/reuse/ingest.js';
import { traceKeys } from '../src/provenance/run.js';
import { reindexStore, staleIndexNotice } from '../src/reuse/reindex.js';
import { fingerprint, QUERY_ANCHORS } from '../src/reuse/fingerprint.js';
import { CANDIDATES } from '../src/provenance/trace.js';
import { buildDocument } from '../src/text/document.js';
import { extractStatements } from '../src/attribution/index.js';
import { hasCorpus, loadCorpus, type CorpusArticle } from '../scripts/trace-eval/corpus.js';
import { jaccard, wordShingles } from '../scripts/trace-eval/metrics.js';
import { Rng } from '../scripts/lib/rng.js';
import { toArticle } from '../scripts/trace-eval/synthetic.js';
import { loadThesaurus } from '../scripts/trace-eval/wordnet.js';
import { revision } from '../scripts/trace-eval/revision.js';
import {
  buildStore,
  planting,
  readManifest,
  storePaths,
  type BenchStoreManifest,
} from './synthetic-store.js';
import { upgradeStore } from './upgrade-store.js';
import { analyzerLines, benchAnalyze } from './analyzers.js';
import { analyzeCommandLines, benchAnalyzeCommand } from './analyze-command.js';
import { benchLargeArticles, largeArticleLines } from './large-articles.js';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
function arg(name: string): string | null {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : null;
}
const DATA = resolve(REPO, arg('data') ?? process.env.UNSPIN_DATA ?? '../shared/data');
const FULL = process.argv.includes('--full');
/** Rebuild every store's index (as `unspin reindex --force`) and time it, even when it is current. */
const REINDEX = process.argv.includes('--reindex');
const SIZES = (arg('sizes') ?? (FULL ? '10000,100000,1000000' : '10000,100000')).split(',').map(Number);
const QUERIES = Number(arg('queries') ?? '200');
const CACHE = resolve(arg('cache') ?? join(process.env.TMPDIR ?? tmpdir(), 'unspin-bench'));
const INGEST_N = Number(arg('ingest') ?? '10000');
/** The baseline scans at most this many stored articles per query; beyond, latency is extrapolated. */
const BASELINE_SCAN = 100_000;
/** Queries the baseline runs when it scans more than 10k articles (each scan takes seconds). */
const BASELINE_QUERIES_LARGE = Number(arg('baseline-queries') ?? '50');

const log = (s: string) => process.stderr.write(s + '\n');
const out = (s = '') => process.stdout.write(s + '\n');

function quantile(xs: number[], q: number): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}

// --- ingest --------------------------------------------------------------------------------------

type IngestModules = {
  SqliteStore: typeof SqliteStore;
  ingestArticles: typeof ingestArticles;
  code: 'dist' | 'src';
};

/** Ingest from dist/ when it is built, else from the sources (said in the report). */
async function builtIngest(): Promise<IngestModules> {
  const dist = join(REPO, 'dist', 'reuse', 'ingest.js');
  if (!existsSync(dist)) return { SqliteStore, ingestArticles, code: 'src' };
  const store = (await import(join(REPO, 'dist', 'store', 'sqlite.js'))) as {
    SqliteStore: typeof SqliteStore;
  };
  const ingest = (await import(dist)) as { ingestArticles: typeof ingestArticles };
  return { SqliteStore: store.SqliteStore, ingestArticles: ingest.ingestArticles, code: 'dist' };
}

async function benchIngest(dir: string, corpus: CorpusArticle[]) {
  const rng = new Rng(3);
  const arts = rng.sample(corpus, Math.min(INGEST_N, corpus.length)).map(toArticle);
  const bytes = arts.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  // The built code, as `unspin ingest` runs it (`npm run bench` builds it first): run from the
  // sources, each worker thread would first load the TypeScript loader.
  const built = await builtIngest();
  const store = new built.SqliteStore(join(dir, 'ingest.sqlite'));
  const t0 = performance.now();
  await built.ingestArticles(store, arts);
  const s = (performance.now() - t0) / 1000;
  const idx = await store.indexBytes();
  const units = await store.unitsBytes();
  await store.close();
  // Baseline: tokenising alone (buildDocument), the floor any analysis pays.
  const t1 = performance.now();
  for (const a of arts) buildDocument(a);
  const docS = (performance.now() - t1) / 1000;
  // Stage split: tokenising + fingerprinting without the store.
  const t2 = performance.now();
  for (const a of arts) fingerprint(buildDocument(a));
  const fpS = (performance.now() - t2) / 1000;
  return {
    code: built.code,
    fingerprintArticlesPerSecond: arts.length / fpS,
    articles: arts.length,
    seconds: s,
    articlesPerSecond: arts.length / s,
    mbPerSecond: bytes / 1e6 / s,
    buildDocumentArticlesPerSecond: arts.length / docS,
    indexBytesPerArticle: idx / arts.length,
    unitsBytesPerArticle: units / arts.length,
  };
}

// --- trace + baseline ----------------------------------------------------------------------------

interface SizeResult {
  size: number;
  articles: number;
  buildSeconds: number;
  builtNow: boolean;
  indexBytesPerArticle: number;
  unitsBytesPerArticle: number;
  queries: number;
  traceP50: number;
  traceP99: number;
  traceMean: number;
  /** One-time loading of the models a trace reads (not in the percentiles). */
  modelLoadMs: number;
  unspinRecall: number;
  retrievalRecall: number;
  baselineP50: number;
  baselineP99: number;
  baselineExtrapolated: boolean;
  baselineScanned: number;
  baselineRecall: number;
  baselineQueries: number;
  baselineIndexSeconds: number;
  /** Article versions per second of the index rebuild, when this run rebuilt it. */
  reindexPerSecond: number | null;
  ratioP50: number;
  perGenerator: Record<string, { n: number; unspin: number; baseline: number }>;
}

async function benchSize(size: number, plantFn: () => ReturnType<typeof planting>): Promise<SizeResult> {
  let manifest: BenchStoreManifest | null = readManifest(CACHE, size);
  let builtNow = false;
  if (!manifest) manifest = await upgradeStore(CACHE, size, log);
  if (!manifest) {
    log(`building the ${size}-article store in ${CACHE} (once; reused by later runs)`);
    manifest = await buildStore(CACHE, size, plantFn(), log);
    builtNow = true;
    log(`  built in ${manifest.buildSeconds.toFixed(0)}s`);
  }
  const store = new SqliteStore(storePaths(CACHE, size).db);
  // A store cached by an older unspin holds older fingerprints: rebuild its index as a user would.
  const stale = staleIndexNotice(await store.indexState());
  let reindexPerSecond: number | null = null;
  if (stale || REINDEX) {
    log(`${size}: ${stale ?? 'rebuilding the index (--reindex)'}; rebuilding it`);
    const tIndex = performance.now();
    const done = (await reindexStore(store, { force: true }))!;
    const s = (performance.now() - tIndex) / 1000;
    reindexPerSecond = done.articles / s;
    log(`  reindexed ${done.articles} articles in ${s.toFixed(0)}s (${reindexPerSecond.toFixed(0)}/s)`);
  }
  const count = await store.countArticles();
  const indexBytes = await store.indexBytes();
  const unitsBytes = await store.unitsBytes();
  const planted = manifest.planted.slice(0, QUERIES);
  const keyOfId = async (id: string) => (await store.getArticle(id))!.key;

  // Models the trace reads (attribution statements in the change report) load once per process:
  // timed apart, then each planted copy is traced on its own (cold document cache), end to end.
  const tLoad = performance.now();
  const warm = 'The minister said on Monday that talks would resume.';
  extractStatements(
    buildDocument({ id: 'warm-up', text: warm, date: null, title: null, url: null, outlet: null }),
  );
  const modelLoadMs = performance.now() - tLoad;
  const lat: number[] = [];
  let found = 0;
  let retrieved = 0;
  const perGen: SizeResult['perGenerator'] = {};
  const unspinHit = new Map<string, boolean>();
  for (const p of planted) {
    const key = await keyOfId(p.copyId);
    const srcKey = await keyOfId(p.sourceId);
    const t0 = performance.now();
    const rec = (await traceKeys(store, [key])).get(key)!;
    lat.push(performance.now() - t0);
    const ok = rec.source?.id === p.sourceId;
    if (ok) found++;
    unspinHit.set(p.copyId, ok);
    const q = await store.getArticleByKey(key);
    const cands = await store.candidates(fingerprint(buildDocument(q!), QUERY_ANCHORS), {
      limit: CANDIDATES,
      exclude: key,
    });
    if (cands.some((c) => c.key === srcKey)) retrieved++;
  }

  // Baseline: brute-force word-3-gram Jaccard of the query against every stored article (top 1).
  const tIdx = performance.now();
  const scan = Math.min(count, BASELINE_SCAN);
  const ids: string[] = [];
  const sets: Uint32Array[] = [];
  const plantedIds = new Set(planted.flatMap((p) => [p.copyId, p.sourceId]));
  const all = await store.listArticles();
  const rng = new Rng(size);
  // Beyond the scan limit, a random sample plus the planted articles (recall there is optimistic).
  const chosen =
    count <= BASELINE_SCAN
      ? all
      : [
          ...all.filter((a) => plantedIds.has(a.id)),
          ...rng.sample(
            all.filter((a) => !plantedIds.has(a.id)),
            scan - plantedIds.size,
          ),
        ];
  for (const a of chosen) {
    ids.push(a.id);
    sets.push(wordShingles(a.text));
  }
  const baselineIndexSeconds = (performance.now() - tIdx) / 1000;
  const blat: number[] = [];
  let bfound = 0;
  const byId = new Map(all.map((a) => [a.id, a]));
  // A full scan per query is slow at large sizes: there, time the baseline on a subset of queries.
  const baseQueries = sets.length > 10_000 ? planted.slice(0, BASELINE_QUERIES_LARGE) : planted;
  for (const p of baseQueries) {
    const t0 = performance.now();
    const q = wordShingles(byId.get(p.copyId)!.text);
    let best = -1;
    let bestJ = -1;
    for (let i = 0; i < sets.length; i++) {
      if (ids[i] === p.copyId) continue;
      const j = jaccard(q, sets[i]);
      if (j > bestJ) [best, bestJ] = [i, j];
    }
    blat.push(((performance.now() - t0) * count) / sets.length);
    const ok = best >= 0 && bestJ > 0 && ids[best] === p.sourceId;
    if (ok) bfound++;
    const g = (perGen[p.generator] ??= { n: 0, unspin: 0, baseline: 0 });
    g.n++;
    if (unspinHit.get(p.copyId)) g.unspin++;
    if (ok) g.baseline++;
  }
  await store.close();
  const r: SizeResult = {
    size,
    articles: count,
    buildSeconds: manifest.buildSeconds,
    builtNow,
    indexBytesPerArticle: indexBytes / count,
    unitsBytesPerArticle: unitsBytes / count,
    queries: planted.length,
    traceP50: quantile(lat, 0.5),
    traceP99: quantile(lat, 0.99),
    traceMean: lat.reduce((a, b) => a + b, 0) / lat.length,
    modelLoadMs,
    unspinRecall: found / planted.length,
    retrievalRecall: retrieved / planted.length,
    baselineP50: quantile(blat, 0.5),
    baselineP99: quantile(blat, 0.99),
    baselineExtrapolated: sets.length < count,
    baselineScanned: sets.length,
    baselineRecall: bfound / baseQueries.length,
    baselineQueries: baseQueries.length,
    baselineIndexSeconds: (baselineIndexSeconds * count) / sets.length,
    reindexPerSecond,
    ratioP50: quantile(lat, 0.5) / quantile(blat, 0.5),
    perGenerator: perGen,
  };
  return r;
}

// --- main ----------------------------------------------------------------------------------------

async function main(): Promise<void> {
  if (!hasCorpus(DATA)) {
    out(`bench: news corpus not found at ${DATA}; skipping.`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'unspin-bench-run-'));
  const t0 = performance.now();
  const corpus = loadCorpus(DATA);
  const th = loadThesaurus();
  log(`ingest: ${INGEST_N} corpus articles into a fresh store`);
  const ingest = await benchIngest(dir, corpus);
  let plant: ReturnType<typeof planting> | null = null;
  const plantFn = () => (plant ??= planting(corpus, th));
  const sizes: SizeResult[] = [];
  for (const size of SIZES) {
    log(`trace: store of ${size}`);
    sizes.push(await benchSize(size, plantFn));
  }
  log('analyze: analyzer throughput');
  const analyze = process.argv.includes('--skip-analyze')
    ? { skipped: true }
    : await benchAnalyze(REPO, corpus);
  log('analyze: the command on one thread and on every core');
  const analyzeCommand = process.argv.includes('--skip-analyze')
    ? null
    : benchAnalyzeCommand(REPO, corpus, Number(arg('analyze-articles') ?? 4000));
  log('analyze: articles of 1 MB');
  const largeArticles = process.argv.includes('--skip-analyze') ? null : benchLargeArticles(corpus);

  const f = (x: number, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : '-');
  out();
  out(
    `unspin bench (${new Date().toISOString()}; commit ${revision(REPO)}; node ${process.version}; ${SIZES.join(', ')} articles)`,
  );
  out();
  out(
    `ingest (${ingest.articles} corpus articles, fresh SQLite file, ${ingest.code === 'dist' ? 'built code' : 'from the sources: dist/ not built'}): ${f(ingest.articlesPerSecond, 0)} articles/s, ${f(ingest.mbPerSecond, 2)} MB/s ` +
      `(target ≥ 2,000/s); index ${f(ingest.indexBytesPerArticle, 0)} B/article, ` +
      `stored sentence units ${f(ingest.unitsBytesPerArticle, 0)} B/article (not part of the index)`,
  );
  out(
    `  stages without the store: buildDocument ${f(ingest.buildDocumentArticlesPerSecond, 0)} articles/s, buildDocument + fingerprint ${f(ingest.fingerprintArticlesPerSecond, 0)} articles/s`,
  );
  out();
  const head = [
    'store',
    'index B/art',
    'units B/art',
    'trace p50 ms',
    'trace p99 ms',
    'base p50 ms',
    'base p99 ms',
    'p50 ratio',
    'unspin recall',
    `retrieval@${CANDIDATES}`,
    'base recall',
    'build s',
  ];
  out(head.map((h) => h.padStart(13)).join(''));
  for (const r of sizes) {
    out(
      [
        String(r.articles),
        f(r.indexBytesPerArticle, 0),
        f(r.unitsBytesPerArticle, 0),
        f(r.traceP50),
        f(r.traceP99),
        f(r.baselineP50) + (r.baselineExtrapolated ? '*' : ''),
        f(r.baselineP99) + (r.baselineExtrapolated ? '*' : ''),
        f(r.ratioP50, 3),
        `${f(100 * r.unspinRecall, 0)}%`,
        `${f(100 * r.retrievalRecall, 0)}%`,
        `${f(100 * r.baselineRecall, 0)}%`,
        f(r.buildSeconds, 0) + (r.builtNow ? '' : ' (cached)'),
      ]
        .map((c) => c.padStart(13))
        .join(''),
    );
  }
  out(
    `models a trace reads (attribution statements) load once per process before timing: ${sizes.map((r) => `${f(r.modelLoadMs, 0)} ms`).join(', ')}`,
  );
  const rebuilt = sizes.filter((r) => r.reindexPerSecond !== null);
  if (rebuilt.length)
    out(
      `index rebuilt by this run (unspin reindex): ${rebuilt.map((r) => `${r.articles} at ${f(r.reindexPerSecond!, 0)} articles/s (${f(r.reindexPerSecond! / ingest.articlesPerSecond, 2)} × ingest)`).join(', ')}`,
    );
  if (sizes.some((r) => r.baselineExtrapolated))
    out(
      `* baseline scanned a random ${BASELINE_SCAN} articles (plus the planted ones) and was scaled linearly to the store size`,
    );
  out(
    `ratio = unspin trace p50 / brute-force baseline p50 (lower is better). Baseline latency excludes building its shingle sets, which would otherwise be per query.`,
  );
  out();
  out('recall on planted copies by kind (unspin source found / baseline top-1 is the source):');
  for (const r of sizes)
    out(
      `  ${r.articles}: ` +
        Object.entries(r.perGenerator)
          .map(([g, v]) => `${g} ${v.unspin}/${v.baseline} of ${v.n}`)
          .join(', '),
    );
  out();
  for (const line of analyzerLines(analyze)) out(line);
  if (analyzeCommand) {
    out();
    for (const line of analyzeCommandLines(analyzeCommand)) out(line);
  }
  if (largeArticles) {
    out();
    for (const line of largeArticleLines(largeArticles)) out(line);
  }
  const results = {
    commit: revision(REPO),
    startedAt: new Date().toISOString(),
    node: process.version,
    cacheDir: CACHE,
    ingest,
    sizes,
    analyze,
    analyzeCommand,
    largeArticles,
    seconds: (performance.now() - t0) / 1000,
  };
  const file = join(dir, 'bench.json');
  writeFileSync(file, JSON.stringify(results, null, 2));
  out();
  out(`done in ${f(results.seconds, 0)}s; results: ${file}; store cache: ${CACHE}`);
}

await main();
