import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prepareAll } from '../../src/reuse/prepare-pool.js';
import { prepareArticle } from '../../src/reuse/prepare.js';
import { article, EDITED, ORIGINAL, SPUN, UNRELATED } from '../fixtures/articles.js';

for (const threads of [2, 3]) {
  test(`${threads} threads (${threads - 1} workers and the calling thread) prepare what the calling thread alone does, in input order`, async () => {
    const texts = [ORIGINAL, EDITED, SPUN, UNRELATED];
    const articles = Array.from({ length: 850 }, (_, i) => article(`a${i}`, `${texts[i % 4]}\n\nItem ${i}.`));
    const pooled = [];
    for await (const p of prepareAll(articles, { threads, threshold: 10 })) pooled.push(p);
    assert.equal(pooled.length, articles.length);
    for (let i = 0; i < articles.length; i += 37) {
      const direct = prepareArticle(articles[i]);
      assert.equal(pooled[i].article.id, `a${i}`);
      assert.equal(pooled[i].hash, direct.hash);
      assert.deepEqual(pooled[i].fingerprint, direct.fingerprint);
      // (A worker's units arrive as a Uint8Array, the calling thread's are a Buffer: the same bytes.)
      assert.deepEqual(Buffer.from(pooled[i].units!), Buffer.from(direct.units!));
    }
  });
}
