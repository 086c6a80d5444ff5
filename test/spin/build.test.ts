import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildModelInMemory, loadSpinModel } from '../../src/spin/index.js';

const TEXT = 'Congress passed the budget. Congress will vote again next week.';

test("a user's model adds the stored articles to the shipped counts", async () => {
  const shipped = loadSpinModel();
  const user = await buildModelInMemory([TEXT], 'test articles');
  const count = (m: typeof shipped, w: string) => m.counts.count(m.counts.find(w));
  assert.equal(count(user, 'congress'), count(shipped, 'congress') + 2);
  assert.deepEqual(user.meta.sources.slice(0, -1), shipped.meta.sources);
  assert.match(user.meta.sources.at(-1)!, /^1 articles \(\d+ words\): test articles$/);
});

test('the shipped model names every source it was built from, with its licence', () => {
  const { sources } = loadSpinModel().meta;
  assert.ok(sources.some((s) => /WordNet/.test(s) && /licence/i.test(s)));
  assert.ok(sources.some((s) => /State of the Union/.test(s) && /public domain/.test(s)));
  assert.ok(sources.some((s) => /World Factbook/.test(s) && /public domain/.test(s)));
});

test('a WordNet-only base leaves the open texts out', async () => {
  const model = await buildModelInMemory([TEXT], 'test articles', 'wordnet');
  assert.equal(model.meta.sources.length, 2);
  assert.ok(!model.meta.sources.some((s) => /State of the Union/.test(s)));
});
