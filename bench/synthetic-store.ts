// Large benchmark stores: synthetic articles assembled from random corpus sentences (300–500
// words each), plus real corpus articles with planted copies so retrieval has true hits.
// Built once into a cache dir and reused.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../src/model.js';
import { SqliteStore } from '../src/store/sqlite.js';
import { ingestArticles } from '../src/reuse/ingest.js';
import { type CorpusArticle, paragraphsOf, wordCount } from '../scripts/trace-eval/corpus.js';
import { Rng } from '../scripts/lib/rng.js';
import { generate, type Generator as CopyGenerator } from '../scripts/trace-eval/transforms.js';
import type { Thesaurus } from '../scripts/trace-eval/wordnet.js';

/** Bump when the store recipe changes, so stale caches are rebuilt (2: packed sentence units stored). */
export const RECIPE_VERSION = 2;
export const PLANTED = 200;
const PLANT_KINDS: CopyGenerator[] = [
  'edited',
  'spun',
  'paraphrased',
  'translated',
  'shuffled',
  'truncated',
  'verbatim',
];

export interface PlantedPair {
  copyId: string;
  sourceId: string;
  generator: CopyGenerator;
}

export interface BenchStoreManifest {
  recipe: number;
  size: number;
  articles: number;
  planted: PlantedPair[];
  buildSeconds: number;
  builtAt: string;
}

export interface Planting {
  sources: CorpusArticle[];
  copies: { article: Article; sourceId: string; generator: CopyGenerator }[];
  /** Sentences of every corpus article that is not a planted source. */
  pool: string[];
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export function planting(corpus: CorpusArticle[], th: Thesaurus, seed = 7): Planting {
  const rng = new Rng(seed);
  const eligible = corpus.filter((c) => {
    const n = wordCount(c.text);
    return n >= 150 && n <= 700;
  });
  const sources = rng.sample(eligible, PLANTED);
  const ids = new Set(sources.map((s) => s.id));
  const copies = sources.map((s, i) => {
    const generator = PLANT_KINDS[i % PLANT_KINDS.length];
    const crng = new Rng(seed * 7919 + i);
    return {
      article: {
        id: `bench-copy-${i}-${generator}`,
        text: generate(generator, crng, th, s.text),
        date: s.date ? addDays(s.date, crng.int(1, 6)) : null,
        title: null,
        url: null,
        outlet: 'copies.example',
      },
      sourceId: s.id,
      generator,
    };
  });
  const pool: string[] = [];
  for (const c of corpus) {
    if (ids.has(c.id)) continue;
    for (const p of paragraphsOf(c.text)) for (const s of p) if (s.length >= 30) pool.push(s);
  }
  return { sources, copies, pool };
}

function* syntheticArticles(pool: string[], n: number, seed: number): Generator<Article> {
  const rng = new Rng(seed);
  for (let i = 0; i < n; i++) {
    const target = rng.int(300, 501);
    const paras: string[] = [];
    let words = 0;
    let para: string[] = [];
    while (words < target) {
      const s = pool[rng.int(0, pool.length)];
      para.push(s);
      words += s.split(' ').length;
      if (para.length >= rng.int(2, 5)) {
        paras.push(para.join(' '));
        para = [];
      }
    }
    if (para.length) paras.push(para.join(' '));
    yield {
      id: `bench-syn-${i}`,
      text: paras.join('\n\n'),
      date: rng.chance(0.7) ? addDays('1990-01-01', rng.int(0, 5000)) : null,
      title: null,
      url: null,
      outlet: 'synthetic.example',
    };
  }
}

export function storePaths(cacheDir: string, size: number): { db: string; manifest: string } {
  const base = join(cacheDir, `store-${size}-r${RECIPE_VERSION}`);
  return { db: `${base}.sqlite`, manifest: `${base}.json` };
}

export function readManifest(cacheDir: string, size: number): BenchStoreManifest | null {
  const p = storePaths(cacheDir, size);
  if (!existsSync(p.db) || !existsSync(p.manifest)) return null;
  const m = JSON.parse(readFileSync(p.manifest, 'utf8')) as BenchStoreManifest;
  return m.recipe === RECIPE_VERSION && m.size === size ? m : null;
}

/**
 * Builds a store of `size` articles: `size − 2·PLANTED` synthetic ones, the planted sources and
 * their copies, in an interleaved order. Writes to a temp name, then renames (a crash leaves no
 * half-built cache behind).
 */
export async function buildStore(
  cacheDir: string,
  size: number,
  plant: Planting,
  log: (s: string) => void,
): Promise<BenchStoreManifest> {
  mkdirSync(cacheDir, { recursive: true });
  const p = storePaths(cacheDir, size);
  const tmp = `${p.db}.building`;
  for (const f of [tmp, `${tmp}-wal`, `${tmp}-shm`]) rmSync(f, { force: true });
  const store = new SqliteStore(tmp);
  const t0 = performance.now();
  const nSynthetic = Math.max(0, size - 2 * plant.sources.length);
  const real: Article[] = [
    ...plant.sources.map((s): Article => ({
      id: s.id,
      text: s.text,
      date: s.date,
      title: s.title,
      url: null,
      outlet: s.source,
    })),
    ...plant.copies.map((c) => c.article),
  ];
  const every = Math.max(1, Math.floor(nSynthetic / (real.length + 1)));
  let last = performance.now();
  function* all(): Generator<Article> {
    let r = 0;
    let i = 0;
    for (const a of syntheticArticles(plant.pool, nSynthetic, 1000 + size)) {
      yield a;
      if (++i % every === 0 && r < real.length) yield real[r++];
    }
    while (r < real.length) yield real[r++];
  }
  await ingestArticles(store, all(), (pr) => {
    if (performance.now() - last > 10_000) {
      last = performance.now();
      const rate = pr.read / ((last - t0) / 1000);
      log(
        `  building ${size}: ${pr.read}/${size} (${rate.toFixed(0)}/s, ~${((size - pr.read) / rate).toFixed(0)}s left)`,
      );
    }
  });
  const articles = await store.countArticles();
  await store.close();
  renameSync(tmp, p.db);
  for (const f of [`${tmp}-wal`, `${tmp}-shm`]) rmSync(f, { force: true });
  const manifest: BenchStoreManifest = {
    recipe: RECIPE_VERSION,
    size,
    articles,
    planted: plant.copies.map((c) => ({
      copyId: c.article.id,
      sourceId: c.sourceId,
      generator: c.generator,
    })),
    buildSeconds: (performance.now() - t0) / 1000,
    builtAt: new Date().toISOString(),
  };
  writeFileSync(p.manifest, JSON.stringify(manifest, null, 2));
  return manifest;
}
