// Ingest by POST: JSONL and HTML bodies, background processing with progress, limits.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createApp, type UnspinApp } from '../../src/server/app.js';
import type { ArticleDetail, IngestJob } from '../../src/server/types.js';
import { makeFixtureStore, ORIGINAL, type Fixture } from './fixtures.js';

let fx: Fixture;
let srv: UnspinApp;

before(async () => {
  fx = await makeFixtureStore();
  srv = createApp(fx.store, { uiDir: fx.dir, maxBodyBytes: 64 * 1024 });
});
after(async () => fx.cleanup());

const post = (body: string, type: string, query = '', headers: Record<string, string> = {}) =>
  srv.app.request(`/api/ingest${query}`, {
    method: 'POST',
    body,
    headers: { 'content-type': type, ...headers },
  });

describe('ingest', () => {
  test('JSONL: valid lines are stored and traced in the background; bad lines are reported', async () => {
    const lines = [
      JSON.stringify({
        id: 'late-copy',
        text: ORIGINAL.replace('recent days', 'the past week'),
        date: '2022-02-06',
        outlet: 'Late Post',
      }),
      '{not json',
      JSON.stringify({ id: 'no-text' }),
      JSON.stringify({
        id: 'other',
        text: 'A quiet day at the library: the reading room reopened after repairs to its roof.',
        date: '2022-05-01',
      }),
    ].join('\n');
    const res = await post(lines, 'application/x-ndjson');
    assert.equal(res.status, 202);
    const job = (await res.json()) as IngestJob;
    assert.equal(res.headers.get('location'), `/api/ingest/${job.id}`);
    assert.equal(job.records, 4);
    assert.equal(job.error_count, 2);
    assert.deepEqual(
      job.errors.map((e) => e.split(':')[0]),
      ['line 2', 'line 3'],
    );
    await srv.idle();
    const done = (await (await srv.app.request(`/api/ingest/${job.id}`)).json()) as IngestJob;
    assert.equal(done.state, 'done');
    assert.equal(done.added, 2);
    assert.equal(done.traced, 2);
    assert.deepEqual(done.articles, ['late-copy', 'other']);
    const a = (await (await srv.app.request('/api/articles/late-copy')).json()) as ArticleDetail;
    assert.ok(['wire-1', 'daily-7'].includes(a.trace?.source?.id ?? ''), 'traced to the wire story');
  });

  test('HTML: the page text is extracted and stored under ?id=', async () => {
    const html = `<html><head><title>Library reopens</title></head><body><article><h1>Library reopens</h1>
      <p>The city library reopened on Monday after a year of repairs to its roof and reading room, officials said.</p>
      <p>Visitors queued from early morning; the mayor said the building would now stay open late on Thursdays.</p></article></body></html>`;
    const res = await post(html, 'text/html', '?id=lib-1&date=2022-06-01&outlet=City%20News');
    assert.equal(res.status, 202);
    await srv.idle();
    const a = (await (await srv.app.request('/api/articles/lib-1')).json()) as ArticleDetail;
    assert.match(a.text, /reopened on Monday/);
    assert.doesNotMatch(a.text, /<p>/);
    assert.equal(a.outlet, 'City News');
    assert.equal(a.date, '2022-06-01');
    assert.equal((await post(html, 'text/html')).status, 400, 'id required');
  });

  test('feeds: each RSS or Atom item is an article; bad items are reported by line', async () => {
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>City News</title>
<item><guid>feed-1</guid><title>Pool reopens</title><link>https://city.example/pool</link>
<pubDate>Wed, 01 Jun 2022 09:00:00 GMT</pubDate>
<description>&lt;p&gt;The city pool reopened on Wednesday after repairs to its roof, officials said.&lt;/p&gt;</description></item>
<item><guid>feed-2</guid><pubDate>not a date</pubDate><description>Text.</description></item>
</channel></rss>`;
    const res = await post(rss, 'application/rss+xml');
    assert.equal(res.status, 202);
    const job = (await res.json()) as IngestJob;
    assert.equal(job.format, 'feed');
    assert.deepEqual(job.errors, ['line 5: unparseable date "not a date"']);
    await srv.idle();
    const a = (await (await srv.app.request('/api/articles/feed-1')).json()) as ArticleDetail;
    assert.equal(a.text, 'The city pool reopened on Wednesday after repairs to its roof, officials said.');
    assert.equal(a.outlet, 'City News');
    assert.equal(a.date, '2022-06-01T09:00:00Z');
    const notFeed = await post('<html><body>x</body></html>', 'text/xml');
    assert.equal(notFeed.status, 400);
    assert.match(JSON.stringify(await notFeed.json()), /not an RSS or Atom feed/);
  });

  test('rejects simple content types, empty bodies, oversized bodies and foreign origins', async () => {
    const line = JSON.stringify({ id: 'x', text: 'Some text here.' });
    assert.equal((await post(line, 'text/plain')).status, 415);
    assert.equal((await post(line, 'application/x-www-form-urlencoded')).status, 415);
    assert.equal((await post('\n\n', 'application/x-ndjson')).status, 400);
    const big = JSON.stringify({ id: 'big', text: 'word '.repeat(20_000) });
    const res = await post(big, 'application/x-ndjson');
    assert.equal(res.status, 413);
    assert.equal(
      (await post(line, 'application/x-ndjson', '', { origin: 'https://evil.example' })).status,
      403,
    );
    assert.equal((await post(line, 'application/x-ndjson', '', { origin: 'null' })).status, 403);
    assert.equal((await srv.app.request('/api/articles/x')).status, 404, 'nothing was stored');
    assert.equal((await srv.app.request('/api/ingest/unknown-job')).status, 404);
  });
});
