// `unspin reindex [--db DB] [--force]`: rebuilds the store's retrieval index with this version's
// fingerprints (after an upgrade that changed them); resumes a rebuild that was interrupted.
import { reindexStore } from '../reuse/reindex.js';
import { INDEX_VERSION } from '../reuse/fingerprint.js';
import { openStore } from '../store/open.js';
import { EXIT_OK, progressBar, type Io } from './common.js';

export async function reindexCommand(opts: { db?: string; force?: boolean }, io: Io): Promise<number> {
  const store = await openStore(opts.db);
  const bar = progressBar(io, 'reindex');
  try {
    const total = await store.countArticles();
    const done = await reindexStore(store, {
      force: opts.force,
      onProgress: (n) => bar.update(n, Math.max(n, total)),
    });
    bar.stop();
    if (!done) io.stderr.write(`the retrieval index is current (index version ${INDEX_VERSION})\n`);
    else {
      const from = done.resumed
        ? 'an interrupted rebuild finished'
        : `index version ${done.from ?? 'none'} → ${INDEX_VERSION}`;
      io.stderr.write(
        `retrieval index rebuilt: ${done.articles} article version${done.articles === 1 ? '' : 's'} indexed (${from})\n`,
      );
    }
    return EXIT_OK;
  } finally {
    bar.stop();
    await store.close();
  }
}
