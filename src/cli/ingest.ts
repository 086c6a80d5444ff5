// `unspin ingest INPUT... [--db DB]`: adds articles to the store.
import { ingestArticles } from '../reuse/ingest.js';
import { openStore } from '../store/open.js';
import { readInputs } from '../input/read.js';
import { EXIT_OK, EXIT_USAGE, progressBar, warnIfIndexStale, type Io } from './common.js';

export async function ingestCommand(inputs: string[], opts: { db?: string }, io: Io): Promise<number> {
  const store = await openStore(opts.db);
  let errors = 0;
  const bar = progressBar(io, 'ingest');
  try {
    await warnIfIndexStale(store, io);
    const results = await ingestArticles(
      store,
      readInputs(inputs, {
        onError: (m) => {
          errors++;
          io.stderr.write(`${m}\n`);
        },
        stdin: io.stdin as import('node:stream').Readable,
      }),
      (p) => bar.update(p.read),
    );
    bar.stop();
    const added = results.filter((r) => r.outcome === 'new').length;
    const versions = results.filter((r) => r.outcome === 'version').length;
    const same = results.length - added - versions;
    io.stderr.write(
      `ingested ${results.length} article${results.length === 1 ? '' : 's'}: ${added} new, ${versions} new version${versions === 1 ? '' : 's'}, ${same} unchanged${errors ? `; ${errors} skipped` : ''}\n`,
    );
    return results.length === 0 ? EXIT_USAGE : EXIT_OK;
  } finally {
    bar.stop();
    await store.close();
  }
}
