// Child process for the crash-safety tests: ingests batches forever into the store named by its
// argument (a SQLite file or a postgres:// URL), printing each committed count.
import { openStore } from '../../src/store/open.js';
import { ingestArticles } from '../../src/reuse/ingest.js';
import { ORIGINAL } from '../fixtures/articles.js';

const store = await openStore(process.argv[2]);
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
