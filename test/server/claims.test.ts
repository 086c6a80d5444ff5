// GET /api/stories/:id/claims on a real SQLite store: an allegation, its denial, and a traced copy
// that dropped the denial.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createApp, type UnspinApp } from '../../src/server/app.js';
import type { StoryClaims, StoryList } from '../../src/server/types.js';
import { makeFixtureStore, type Fixture } from './fixtures.js';

const WIRE = `The Pentagon accused Russia on Wednesday of preparing a fabricated attack by Ukrainian forces to justify an invasion of its neighbour.

Defense officials said the plan involved a staged explosion near the border and a video of the aftermath that would be shown on Russian television within days.

The Kremlin denied the accusation and said the United States was spreading panic to distract from its own deployments in eastern Europe.

Russia has moved tens of thousands of troops to the border region in recent weeks, according to satellite images published by a private company.

Talks between the two sides are due to resume in Geneva next week, diplomats said.`;

const COPY = WIRE.replace(
  '\n\nThe Kremlin denied the accusation and said the United States was spreading panic to distract from its own deployments in eastern Europe.',
  '',
);

let fx: Fixture;
let srv: UnspinApp;

before(async () => {
  fx = await makeFixtureStore([
    {
      id: 'claim-wire',
      text: WIRE,
      date: '2022-04-06',
      title: 'Pentagon accuses Russia',
      url: null,
      outlet: 'Wire',
    },
    { id: 'claim-copy', text: COPY, date: '2022-04-07', title: null, url: null, outlet: 'Kiosk' },
  ]);
  srv = createApp(fx.store, { uiDir: fx.dir });
});
after(async () => fx.cleanup());

async function get<T>(path: string, status = 200): Promise<T> {
  const res = await srv.app.request(path);
  assert.equal(res.status, status, `${path} → ${res.status}`);
  return (await res.json()) as T;
}

test("a story's claims: the allegation, its denial, and the copy that lost the denial", async () => {
  const list = await get<StoryList>('/api/stories?outlet=Kiosk');
  assert.equal(list.stories.length, 1);
  const id = list.stories[0].id;
  const body = await get<StoryClaims>(`/api/stories/${encodeURIComponent(id)}/claims`);
  assert.equal(body.story, id);
  assert.equal(body.claims.length, 1);
  const [claim] = body.claims;
  assert.equal(claim.accuser, 'Pentagon');
  assert.equal(claim.accused, 'Russia');
  assert.match(claim.allegation, /^preparing a fabricated attack/);
  assert.deepEqual(claim.reported_by.sort(), ['claim-copy', 'claim-wire']);
  assert.deepEqual(
    claim.denials.map((d) => [d.article, d.by]),
    [['claim-wire', 'Kremlin']],
  );
  assert.deepEqual(claim.lost_denial, ['claim-copy']);
});

test('a story without allegations has none; an unknown story is 404', async () => {
  const list = await get<StoryList>('/api/stories?outlet=Daily%20Herald');
  const body = await get<StoryClaims>(`/api/stories/${encodeURIComponent(list.stories[0].id)}/claims`);
  assert.deepEqual(body.claims, []);
  await get('/api/stories/no-such-story/claims', 404);
});
