// Child process for the crash-safety test: ingests batches forever, printing each committed count.
import { SqliteStore } from '../../src/store/sqlite.js';
import { ingestArticles } from '../../src/reuse/ingest.js';
import { ORIGINAL } from '../fixtures/articles.js';

const store = new SqliteStore(process.argv[2]);
let n = 0;
for (;;) {
  const batch = Array.from({ length: 200 }, () => {
    n++;
    return {
      id: `a${n}`,
      text: `${ORIGINAL}\n\nUpdate number ${n}.`,
      date: null,
      title: null,
      url: null,
      outlet: null,
    };
  });
  await ingestArticles(store, batch);
  process.stdout.write(`committed ${n}\n`);
}
