// API integration tests on a real SQLite store, through hono's app.request().
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createApp, type UnspinApp } from '../../src/server/app.js';
import type { ArticleDetail, Pair, SearchResult, StoryDetail, StoryList } from '../../src/server/types.js';
import { makeFixtureStore, ORIGINAL, SPUN, type Fixture } from './fixtures.js';

let fx: Fixture;
let srv: UnspinApp;

async function get<T>(path: string, status = 200): Promise<T> {
  const res = await srv.app.request(path);
  assert.equal(res.status, status, `${path} → ${res.status}`);
  assert.match(res.headers.get('content-type') ?? '', /application\/json/);
  return (await res.json()) as T;
}

before(async () => {
  fx = await makeFixtureStore();
  srv = createApp(fx.store, { uiDir: fx.dir });
});
after(async () => fx.cleanup());

describe('health', () => {
  test('reports counts and what is available', async () => {
    const h = await get<{ ok: boolean; articles: number; stories: number; ui: boolean }>('/api/health');
    assert.equal(h.ok, true);
    assert.equal(h.articles, 4);
    assert.equal(h.stories, 2);
    assert.equal(h.ui, false);
  });
});

describe('stories', () => {
  test('lists every story with its first publisher and copies by kind', async () => {
    const list = await get<StoryList>('/api/stories');
    assert.equal(list.total, 2);
    const s = list.stories.find((x) => x.first_publisher?.id === 'wire-1');
    assert.ok(s, 'the wire story is listed');
    assert.equal(s.article_count, 3);
    assert.equal(s.copies_by_kind.verbatim, 1);
    assert.deepEqual(s.outlets.sort(), ['Content Farm', 'Daily Herald', 'Wire Agency']);
    assert.equal(s.first_date, '2022-02-03');
  });

  test('filters by copy kind, outlet and date, and paginates', async () => {
    assert.deepEqual(
      (await get<StoryList>('/api/stories?kind=verbatim')).stories.map((s) => s.first_publisher?.id),
      ['wire-1'],
    );
    assert.deepEqual(
      (await get<StoryList>('/api/stories?outlet=herald')).stories.map((s) => s.first_publisher?.id),
      ['wire-1'],
    );
    assert.deepEqual(
      (await get<StoryList>('/api/stories?from=2022-03-01')).stories.map((s) => s.first_publisher?.id),
      ['xss-<1>'],
    );
    assert.deepEqual(
      (await get<StoryList>('/api/stories?to=2022-02-03')).stories.map((s) => s.first_publisher?.id),
      ['wire-1'],
    );
    const page = await get<StoryList>('/api/stories?limit=1&offset=1');
    assert.equal(page.total, 2);
    assert.equal(page.stories.length, 1);
    const first = await get<StoryList>('/api/stories?limit=1');
    assert.notEqual(first.stories[0].id, page.stories[0].id);
  });

  test('rejects bad parameters', async () => {
    await get('/api/stories?kind=bogus', 400);
    await get('/api/stories?from=yesterday', 400);
    await get('/api/stories?limit=0', 400);
    await get('/api/stories?offset=-1', 400);
  });

  test('a story has its timeline, provenance edges and outlet delays', async () => {
    const list = await get<StoryList>('/api/stories?kind=verbatim');
    const st = await get<StoryDetail>(`/api/stories/${list.stories[0].id}`);
    assert.equal(st.first_publisher.id, 'wire-1');
    assert.deepEqual(
      st.articles.map((a) => a.id),
      ['wire-1', 'daily-7', 'spun-3'],
    );
    const edge = st.edges.find((e) => e.to === 'daily-7');
    assert.deepEqual(edge && { from: edge.from, kind: edge.copy_type }, { from: 'wire-1', kind: 'verbatim' });
    assert.ok(st.edges.every((e) => e.similarity > 0 && e.similarity <= 1));
    assert.deepEqual(
      st.outlets.map((o) => o.delay_hours),
      [0, 24, 48],
    );
    assert.equal(st.timeline.length, 3);
    await get('/api/stories/nope', 404);
  });
});

describe('articles', () => {
  test('an article has text, metadata, trace, ranked changes and its copies', async () => {
    const a = await get<ArticleDetail>('/api/articles/spun-3');
    assert.equal(a.text, SPUN);
    assert.equal(a.outlet, 'Content Farm');
    assert.equal(a.trace?.source?.id, 'wire-1');
    assert.deepEqual(
      a.trace?.changes.map((c) => c.kind),
      ['number_changed', 'spun_phrase', 'spun_phrase'],
    );
    for (const c of a.trace!.changes) assert.equal(SPUN.slice(c.copy!.start, c.copy!.end), c.copy!.text);
    const src = await get<ArticleDetail>('/api/articles/wire-1');
    assert.equal(src.trace?.source, null);
    assert.deepEqual(src.copies.map((c) => c.id).sort(), ['daily-7', 'spun-3']);
  });

  test('analysis fields are lists when the analyzers exist, null otherwise', async () => {
    const h = await get<{ analyzers: { spin: boolean; statements: boolean } }>('/api/health');
    const a = await get<ArticleDetail>('/api/articles/wire-1');
    assert.equal(Array.isArray(a.spin), h.analyzers.spin);
    assert.equal(Array.isArray(a.statements), h.analyzers.statements);
    for (const s of a.statements ?? [])
      assert.equal(ORIGINAL.slice(s.content.start, s.content.end), s.content.text);
  });

  test('ids with special characters are addressed URL-encoded; unknown ids are 404', async () => {
    const a = await get<ArticleDetail>(`/api/articles/${encodeURIComponent('xss-<1>')}`);
    assert.match(a.text, /<img src=x onerror=alert\(1\)>/);
    await get('/api/articles/missing', 404);
  });

  test('the aligned pair lists passages with their typed changes', async () => {
    const p = await get<Pair>('/api/articles/spun-3/pair');
    assert.equal(p.source.id, 'wire-1');
    assert.ok(p.rows.length > 1, 'paragraph rows');
    for (const r of p.rows) {
      if (r.copy) assert.equal(SPUN.slice(r.copy.start, r.copy.end), r.copy.text);
      if (r.source) assert.equal(ORIGINAL.slice(r.source.start, r.source.end), r.source.text);
    }
    const withNumber = p.rows.find((r) => r.changes.some((i) => p.changes[i].kind === 'number_changed'));
    assert.ok(withNumber?.copy?.text.includes('5,800'));
    assert.ok(withNumber?.source?.text.includes('8,500'));
    await get('/api/articles/wire-1/pair', 404);
  });
});

describe('search', () => {
  test('finds articles by their words, with a snippet', async () => {
    const r = await get<SearchResult>('/api/search?q=harbour');
    assert.deepEqual(
      r.results.map((x) => x.id),
      ['xss-<1>'],
    );
    assert.match(r.results[0].snippet, /harbour/);
  });

  test('query syntax is not interpreted; an empty query is a bad request', async () => {
    const r = await get<SearchResult>(`/api/search?q=${encodeURIComponent('Okafor" OR (NEAR *')}`);
    assert.ok(r.results.every((x) => ['wire-1', 'daily-7', 'spun-3'].includes(x.id)));
    await get('/api/search?q=', 400);
  });
});
