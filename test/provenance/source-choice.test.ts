import { test } from 'node:test';
import assert from 'node:assert/strict';
import { article, EDITED, ORIGINAL, SPUN } from '../fixtures/articles.js';
import { traceAll } from './helpers.js';

// A second farm re-spins the first farm's output: the two spun copies share more text with each
// other than either shares with the original report.
const RESPUN = SPUN.replace('fissures', 'cracks')
  .replace('value the metropolis', 'price the metropolis')
  .replace('examined', 'inspected')
  .replace('commerce', 'enterprise')
  .replace('predicted', 'anticipated');

test('a copy of a copy is traced back to the original it derives from', async () => {
  const { store, by } = await traceAll([
    article('respun', RESPUN, '2024-05-09'),
    article('spun', SPUN, '2024-05-09'),
    article('original', ORIGINAL, '2024-05-07'),
  ]);
  assert.equal(by('original').source, null);
  assert.equal(by('spun').source?.id, 'original');
  assert.equal(by('respun').source?.id, 'original', 'climbed from the closer spun copy to the original');
  assert.equal(by('respun').copyType, 'spun');
  await store.close();
});

// A republisher prints the report under a photo caption, rewords its lead and drops its last
// paragraph; a third site prints the same caption above the report's lead, word for word.
const CAPTION =
  'Traffic crosses the Elm Street bridge in Northbridge on Monday. (Photo by Dana Wells/Northbridge Times)';
const LEAD = ORIGINAL.split('\n\n')[0];
const REPUBLISHED = `${CAPTION}\n\n${ORIGINAL.split('\n\n')
  .slice(0, -1)
  .join('\n\n')
  .replace(
    'voted on Tuesday to close the Elm Street bridge for repairs',
    'decided on Tuesday to shut the Elm Street bridge for repair work',
  )}`;

test('the source is the article carrying the copy’s running text, not one sharing its caption', async () => {
  const { store, by } = await traceAll([
    article('original', ORIGINAL),
    article('republished', REPUBLISHED),
    article('excerpt', `Northbridge closes bridge\n\n${CAPTION}\n\n${LEAD}`),
  ]);
  assert.equal(by('excerpt').source?.id, 'original');
  assert.equal(by('excerpt').copyType, 'verbatim');
  await store.close();
});

test('a wire page republished after its copies dates its text by the earliest of them', async () => {
  const paragraphs = ORIGINAL.split('\n\n');
  const wire = `NORTHBRIDGE (AP) — ${ORIGINAL}`;
  // Copies of the wire text, dated ten days before the stored wire page, without its dateline.
  const copy = [...paragraphs.slice(0, 3), ...paragraphs.slice(4, 6)].join('\n\n');
  // A page of the same day carrying most of the wire text and more of its own.
  const longer = [
    ...paragraphs.slice(0, 5),
    'The vote was 7 to 2, with councillors Sam Reyes and Ann Cole against the closure.',
    'A public meeting on the detour is planned for next week at the Northbridge library.',
    'Reyes said the council had been warned about the supports two years ago and did nothing.',
    'Cole said she feared the repairs would cost far more than the $2.3 million now planned.',
  ].join('\n\n');
  const { store, by } = await traceAll([
    article('wire', wire, '2022-02-14'),
    article('copy', copy, '2022-02-04'),
    article('edited', EDITED, '2022-02-04'),
    article('longer', longer, '2022-02-04'),
  ]);
  assert.equal(by('copy').source?.id, 'wire');
  assert.equal(by('copy').direction?.terms.datesOverruled, -1);
  // Its text was out by the 4th: the page of the 4th is no longer older than it.
  assert.equal(by('wire').source, null);
  await store.close();
});

// A later wire version rewrites every paragraph of the first and adds one.
const REWRITE = `Northbridge's city council decided on Tuesday to shut the Elm Street bridge for repair work once engineers discovered cracks in two steel supports.

Helen Ortiz, the mayor, said the bridge would stay closed for roughly 14 weeks at a cost of $2.3 million to the city, largely paid by a state grant.

“We cannot take chances with a bridge that carries 18,000 vehicles a day,” Ortiz told reporters at City Hall.

The Castell and Burke engineering firm examined the bridge in March and found that corrosion had weakened its supports faster than anticipated.

Shop owners on Elm Street said the detour would hurt their business over the busy summer season.

The council also agreed to run free shuttle buses across the river for as long as the bridge stays shut.

The city's transport department said work should start on June 3.

Councillors Sam Reyes and Ann Cole voted against the closure.`;

test('a copy of the first version is traced to it, not to a later version that holds more of the story', async () => {
  const first = ORIGINAL.split('\n\n').slice(0, 5).join('\n\n');
  const { store, by } = await traceAll([
    article('first', first, '2024-05-07'),
    article('rewrite', REWRITE, '2024-05-07'),
    article('copy', ORIGINAL, '2024-05-10'),
  ]);
  // Both are older and account for about as much of the copy (the first version is an excerpt):
  // the copy's sentences keep the first version's wording.
  assert.equal(by('copy').source?.id, 'first');
  assert.deepEqual(by('copy').family, [], 'the rewrite does not carry the same text');
  await store.close();
});
