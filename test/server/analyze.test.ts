// POST /api/analyze: one article analysed on its own, through hono's app.request(), over a real
// SQLite store that must stay as it was.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createApp, type UnspinApp } from '../../src/server/app.js';
import type { AnalyzeResult, Health } from '../../src/server/types.js';
import { HOSTILE_TEXT, makeFixtureStore, SPUN, type Fixture } from './fixtures.js';

let fx: Fixture;
let srv: UnspinApp;

before(async () => {
  fx = await makeFixtureStore();
  srv = createApp(fx.store, { uiDir: fx.dir, maxBodyBytes: 64 * 1024 });
});
after(async () => fx.cleanup());

function post(body: string, type = 'application/json'): Promise<Response> {
  return Promise.resolve(
    srv.app.request('/api/analyze', { method: 'POST', headers: { 'content-type': type }, body }),
  );
}

test('analyze: spun wording with its likely original, figures, statements and the restored text; nothing stored', async () => {
  const before = (await (await srv.app.request('/api/health')).json()) as Health;
  const text = `${SPUN}\n\nAbout 8,5000 drivers face detours, the mayor stated.`;
  const res = await post(JSON.stringify({ text, title: 'Bridge', date: '2022-02-04' }));
  assert.equal(res.status, 200);
  const r = (await res.json()) as AnalyzeResult;
  assert.deepEqual(Object.keys(r), [
    'id',
    'date',
    'title',
    'text',
    'spin',
    'spin_verdict',
    'figures',
    'statements',
    'restored',
  ]);
  assert.equal(r.text, text);
  assert.equal(r.spin_verdict?.findings, r.spin!.length);
  // Two spun wordings are too few to call the whole article spun (src/spin/verdict.ts).
  assert.equal(r.spin!.length, 2);
  assert.equal(r.spin_verdict?.reads_spun, false, JSON.stringify(r.spin_verdict));
  assert.equal(r.date, '2022-02-04');
  assert.equal(r.title, 'Bridge');
  const latest = r.spin!.find((f) => f.text === 'latest');
  assert.equal(latest?.suggestion, 'recent');
  for (const f of [...r.spin!, ...r.figures!]) assert.equal(text.slice(f.start, f.end), f.text);
  assert.equal(r.figures!.find((f) => f.text === '8,5000')?.malformed, true);
  assert.ok(r.statements!.some((s) => s.speaker_name === 'Maria Okafor'));
  assert.match(r.restored!, /in recent days/);
  assert.doesNotMatch(r.restored!, /latest days/);
  const after = (await (await srv.app.request('/api/health')).json()) as Health;
  assert.equal(after.articles, before.articles, 'nothing is stored');
});

test('analyze: an HTML page is reduced to its main text; hostile text comes back as data', async () => {
  const html = `<html><head><title>Harbour</title></head><body><article><p>${HOSTILE_TEXT.split('\n\n').join('</p><p>')}</p></article></body></html>`;
  const res = await post(JSON.stringify({ html }));
  assert.equal(res.status, 200);
  const r = (await res.json()) as AnalyzeResult;
  assert.equal(r.id, 'posted');
  assert.match(r.text, /officials met on Tuesday/);
  assert.doesNotMatch(r.text, /<p>/);
  assert.match(res.headers.get('content-type') ?? '', /application\/json/);
});

test('analyze: bad requests say why', async () => {
  const cases: Array<[string, string, number, RegExp]> = [
    [JSON.stringify({ text: 'Officials said so.' }), 'text/plain', 415, /application\/json/],
    ['{"text": "unterminated', 'application/json', 400, /invalid JSON/],
    [JSON.stringify({ title: 'no text' }), 'application/json', 400, /missing "text" or "html"/],
    [JSON.stringify({ text: '   ' }), 'application/json', 400, /empty article/],
    [JSON.stringify({ text: 'Officials said so.', date: 'yesterday' }), 'application/json', 400, /date/],
    [JSON.stringify([{ text: 'a list' }]), 'application/json', 400, /not a JSON object/],
    [JSON.stringify({ text: 'x'.repeat(70 * 1024) }), 'application/json', 413, /larger than/],
  ];
  for (const [body, type, status, message] of cases) {
    const res = await post(body, type);
    assert.equal(res.status, status, body.slice(0, 60));
    assert.match(((await res.json()) as { error: string }).error, message);
  }
});
