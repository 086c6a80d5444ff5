import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SqliteStore } from '../../src/store/sqlite.js';
import { ingestArticles } from '../../src/reuse/ingest.js';
import { traceKeys } from '../../src/provenance/run.js';
import { article, ORIGINAL, SPUN } from '../fixtures/articles.js';

// A second farm re-spins the first farm's output: the two spun copies share more text with each
// other than either shares with the original report.
const RESPUN = SPUN.replace('fissures', 'cracks')
  .replace('value the metropolis', 'price the metropolis')
  .replace('examined', 'inspected')
  .replace('commerce', 'enterprise')
  .replace('predicted', 'anticipated');

test('a copy of a copy is traced back to the original it derives from', async () => {
  const store = new SqliteStore(path.join(mkdtempSync(path.join(tmpdir(), 'unspin-root-')), 's.db'));
  const put = await ingestArticles(store, [
    article('respun', RESPUN, '2024-05-09'),
    article('spun', SPUN, '2024-05-09'),
    article('original', ORIGINAL, '2024-05-07'),
  ]);
  const recs = await traceKeys(
    store,
    put.map((p) => p.key),
  );
  const by = (id: string) => recs.get(put.find((p) => p.id === id)!.key)!;
  assert.equal(by('original').source, null);
  assert.equal(by('spun').source?.id, 'original');
  assert.equal(by('respun').source?.id, 'original', 'climbed from the closer spun copy to the original');
  assert.equal(by('respun').copyType, 'spun');
  await store.close();
});
