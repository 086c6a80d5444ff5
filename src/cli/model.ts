// `unspin model [--db DB] [--out DIR]`: builds or refreshes the lone-article spin model from the
// store, so unspinning learns the user's own news vocabulary (word and word-pair counts of the
// stored articles) and, from every traced spun copy, what its spinner wrote for which original
// wording (substitutions read off the copy's aligned passages with its source).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { defaultDbPath, isPostgresUrl, openStore } from '../store/open.js';
import type { Store } from '../store/store.js';
import { buildSpinModel } from '../spin/index.js';
import { spunCopyPassages } from '../provenance/spun-passages.js';
import { EXIT_OK, EXIT_USAGE, type Io } from './common.js';

/**
 * Where a store's spin model lives unless told otherwise: beside the store file; for a PostgreSQL
 * store, in the working directory, named after the database (and schema).
 */
export function defaultModelDir(db: string = defaultDbPath()): string {
  if (isPostgresUrl(db)) {
    const url = new URL(db);
    const schema = url.searchParams.get('schema');
    const name = `${decodeURIComponent(url.pathname.slice(1)) || 'postgres'}${schema ? `-${schema}` : ''}`;
    return `${name.replace(/[^A-Za-z0-9_.-]/g, '_')}.spin-model`;
  }
  const parsed = path.parse(db);
  return path.join(parsed.dir, `${parsed.name}.spin-model`);
}

/**
 * The spin model to read lone articles with: `dir` (a `--model` flag), else $UNSPIN_SPIN_MODEL,
 * else the one `unspin model` built from the store `db` (if any), else null: the shipped model.
 */
export function chooseSpinModel(dir: string | undefined, db?: string): string | null {
  const chosen = dir ?? process.env.UNSPIN_SPIN_MODEL;
  if (chosen) return chosen;
  const built = defaultModelDir(db);
  return existsSync(built) ? built : null;
}

/** Stored texts, except spun copies: their odd wording is what the counts must not learn. */
async function* storedTexts(store: Store, spun: ReadonlySet<number>): AsyncGenerator<string> {
  const page = 1_000;
  for (let offset = 0; ; offset += page) {
    const batch = await store.listArticles({ limit: page, offset });
    for (const a of batch) if (!spun.has(a.key)) yield a.text;
    if (batch.length < page) break;
  }
}

export async function modelCommand(opts: { db?: string; out?: string }, io: Io): Promise<number> {
  const out = opts.out ?? defaultModelDir(opts.db);
  const store = await openStore(opts.db);
  let built: { articles: number; words: number; substitutions: number };
  let copies: Set<number>;
  try {
    const learned = await spunCopyPassages(store);
    copies = learned.copies;
    built = await buildSpinModel(storedTexts(store, copies), out, {
      spunPassages: learned.pairs,
      spunCopies: copies.size,
    });
  } finally {
    await store.close();
  }
  if (built.articles === 0) {
    io.stderr.write('no articles stored: ingest some first (unspin ingest ...)\n');
    return EXIT_USAGE;
  }
  io.stderr.write(`spin model built from ${built.articles} articles (${built.words} words) in ${out}\n`);
  io.stderr.write(
    `${built.substitutions} substitutions learned from ${copies.size} traced spun copies` +
      (copies.size ? '\n' : ' (trace spun copies with their sources to learn more: unspin trace ...)\n'),
  );
  io.stderr.write(`unspin analyze uses it with --model ${out} (or UNSPIN_SPIN_MODEL=${out})\n`);
  return EXIT_OK;
}
