// `unspin model [--db DB] [--out DIR]`: builds or refreshes the lone-article spin model from the
// articles in the store, so unspinning learns the user's own news vocabulary.
import path from 'node:path';
import { openStore, defaultDbPath } from '../store/open.js';
import { buildSpinModel } from '../spin/index.js';
import { EXIT_OK, EXIT_USAGE, type Io } from './common.js';

/** Where a store's spin model lives unless told otherwise: beside the store file. */
export function defaultModelDir(db: string = defaultDbPath()): string {
  const parsed = path.parse(db);
  return path.join(parsed.dir, `${parsed.name}.spin-model`);
}

async function* storedTexts(db: string | undefined): AsyncGenerator<string> {
  const store = await openStore(db);
  try {
    const page = 1_000;
    for (let offset = 0; ; offset += page) {
      const batch = await store.listArticles({ limit: page, offset });
      for (const a of batch) yield a.text;
      if (batch.length < page) break;
    }
  } finally {
    await store.close();
  }
}

export async function modelCommand(opts: { db?: string; out?: string }, io: Io): Promise<number> {
  const out = opts.out ?? defaultModelDir(opts.db);
  const { articles, words } = await buildSpinModel(storedTexts(opts.db), out);
  if (articles === 0) {
    io.stderr.write('no articles stored: ingest some first (unspin ingest ...)\n');
    return EXIT_USAGE;
  }
  io.stderr.write(`spin model built from ${articles} articles (${words} words) in ${out}\n`);
  io.stderr.write(`unspin analyze uses it with --model ${out} (or UNSPIN_SPIN_MODEL=${out})\n`);
  return EXIT_OK;
}
