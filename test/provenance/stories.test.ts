import { test } from 'node:test';
import assert from 'node:assert/strict';
import { article, EDITED, INDEPENDENT, ORIGINAL, UNRELATED, VERBATIM } from '../fixtures/articles.js';
import { traceAll } from './helpers.js';
import { buildDocument } from '../../src/text/document.js';
import { SAME_EVENT_OVERLAP, sameEventScore } from '../../src/provenance/stories.js';

// A recurring kind of report: the same agency, traders and ports, told anew every few days.
const REPORTS = [
  'The Commodity Credit Corporation accepted bonus offers from Cargill and Continental Grain on wheat for Yemen, shipped from Galveston and New Orleans.',
  'Cargill and Continental Grain won export bonuses on flour for Jordan, paid by the Commodity Credit Corporation in stocks held at Galveston and New Orleans.',
  'Barley for Tunisia will leave Galveston and New Orleans under a bonus the Commodity Credit Corporation awarded to Cargill and Continental Grain.',
  'Continental Grain and Cargill secured Commodity Credit Corporation bonuses covering sorghum to Egypt, loading at New Orleans and Galveston next month.',
  'Rice destined for Morocco earned Cargill and Continental Grain a bonus from the Commodity Credit Corporation, with cargoes due from New Orleans and Galveston.',
];

test('reports naming the same agencies chain within a week into one story, not beyond', async () => {
  const { store, keyOf } = await traceAll([
    article('r1', REPORTS[0], '1987-03-02'),
    article('r2', REPORTS[1], '1987-03-05'),
    article('r3', REPORTS[2], '1987-03-08'),
    article('r4', REPORTS[3], '1987-03-11'),
    article('r5', REPORTS[4], '1987-03-14'),
    // Other news, so that the reports' shared names count as rare.
    article('bridge', ORIGINAL, '1987-03-03'),
    article('detours', INDEPENDENT, '1987-03-04'),
    article('airlines', UNRELATED, '1987-03-06'),
    article(
      'airlines-2',
      UNRELATED.replace('Wednesday', 'Thursday').replace('third', 'fourth'),
      '1987-03-12',
    ),
  ]);
  const story = async (id: string) => store.storyOf(keyOf(id));
  // Each report is within four days of the one before; the first three fall in the first week.
  assert.equal(await story('r2'), await story('r1'));
  assert.equal(await story('r3'), await story('r1'));
  assert.notEqual(await story('r5'), await story('r1'));
  await store.close();
});

test('names every stored article holds still count as the same event in a small store', async () => {
  // Only reports of the bridge closure are stored: the shared names are in every one of them.
  const { store } = await traceAll([
    article('bridge', ORIGINAL, '2024-05-07'),
    article('bridge-verbatim', VERBATIM, '2024-05-07'),
    article('bridge-edited', EDITED, '2024-05-08'),
    article('detours', INDEPENDENT, '2024-05-08'),
  ]);
  const doc = (text: string) => buildDocument(article('q', text));
  assert.ok((await sameEventScore(store, doc(ORIGINAL), doc(INDEPENDENT))) >= SAME_EVENT_OVERLAP);
  assert.ok((await sameEventScore(store, doc(ORIGINAL), doc(UNRELATED))) < SAME_EVENT_OVERLAP);
  await store.close();
});
