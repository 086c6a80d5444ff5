// The Hono app: JSON API over a Store (see docs/api.md) plus the built web UI.
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Store } from '../store/store.js';
import { Analyzer } from './analysis.js';
import {
  BusyError,
  IngestQueue,
  parseFeedBody,
  parseHtml,
  parseJsonl,
  type IngestJobs,
} from './ingest-jobs.js';
import { buildPair, rankChanges } from './pair.js';
import { hostGuard, securityHeaders } from './security.js';
import { DEFAULT_UI_DIR, NOT_BUILT_PAGE, staticFile, uiBuilt } from './static.js';
import { filterStories, storyDetail, StoryViews } from './stories.js';
import { isCopyType } from '../report/story-view.js';
import type { AnalyzeResult, ArticleDetail, Health, SearchResult, StoryClaims } from './types.js';
import { articleFromJson } from '../input/read.js';
import { InputError } from '../input/limits.js';
import type { Article } from '../model.js';
import { directionReasons } from '../report/direction.js';

export const API_VERSION = '1';
export const DEFAULT_MAX_BODY_BYTES = 16 * 1024 * 1024;

// Only non-simple content types: a form on another site cannot post any of them.
const FORMAT_OF_TYPE = new Map<string, 'jsonl' | 'html' | 'feed'>([
  ['application/x-ndjson', 'jsonl'],
  ['application/jsonl', 'jsonl'],
  ['application/json', 'jsonl'],
  ['text/html', 'html'],
  ['application/rss+xml', 'feed'],
  ['application/atom+xml', 'feed'],
  ['application/xml', 'feed'],
  ['text/xml', 'feed'],
]);

export interface AppOptions {
  /** Directory of the built UI (default: web/dist of this package). */
  uiDir?: string;
  /** Refuse requests whose Host header is not a loopback name (default true). */
  loopbackOnly?: boolean;
  /** Largest accepted ingest body, in bytes. */
  maxBodyBytes?: number;
  /**
   * Where POSTed ingest jobs go (default: run in this process). Given a shared queue, the app
   * calls its `onStored` hook when a job finishes so that cached story views are refreshed.
   */
  jobs?: (onStored: () => void) => IngestJobs;
}

export interface UnspinApp {
  app: Hono;
  /** Resolves when queued ingest jobs are done (for tests and shutdown). */
  idle(): Promise<void>;
  /** Stops taking jobs and lets go of the queue's connections. */
  close(): Promise<void>;
}

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

function intParam(raw: string | undefined, dflt: number, min: number, max: number): number | null {
  if (raw === undefined || raw === '') return dflt;
  if (!/^\d+$/.test(raw)) return null;
  const n = Number(raw);
  return n < min || n > max ? null : n;
}

const bad = (c: Context, message: string) => c.json({ error: message }, 400);
const notFound = (c: Context, message = 'not found') => c.json({ error: message }, 404);

export function createApp(store: Store, opts: AppOptions = {}): UnspinApp {
  const uiDir = opts.uiDir ?? DEFAULT_UI_DIR;
  const views = new StoryViews(store);
  const analyzer = new Analyzer();
  const onStored = () => views.invalidate();
  const queue = opts.jobs ? opts.jobs(onStored) : new IngestQueue(store, onStored);
  const app = new Hono();

  app.use('*', securityHeaders());
  app.use('*', hostGuard(opts.loopbackOnly ?? true));

  app.get('/api/health', async (c) => {
    const body: Health = {
      ok: true,
      version: API_VERSION,
      articles: await store.countArticles(),
      stories: (await views.all()).length,
      ui: await uiBuilt(uiDir),
      analyzers: await analyzer.available(),
    };
    return c.json(body);
  });

  app.get('/api/stories', async (c) => {
    const q = c.req.query();
    const limit = intParam(q.limit, 20, 1, 200);
    const offset = intParam(q.offset, 0, 0, 1e9);
    if (limit === null || offset === null) return bad(c, 'limit must be 1..200 and offset ≥ 0');
    if ((q.from && !DATE_RE.test(q.from)) || (q.to && !DATE_RE.test(q.to)))
      return bad(c, 'from/to must be YYYY-MM-DD');
    if (q.kind && !isCopyType(q.kind)) return bad(c, 'unknown copy kind');
    const kind = q.kind && isCopyType(q.kind) ? q.kind : undefined;
    return c.json(
      filterStories(await views.all(), {
        from: q.from,
        to: q.to,
        outlet: q.outlet || undefined,
        kind,
        limit,
        offset,
      }),
    );
  });

  app.get('/api/stories/:id', async (c) => {
    const v = await views.get(c.req.param('id'));
    return v ? c.json(storyDetail(v)) : notFound(c, 'no such story');
  });

  app.get('/api/stories/:id/claims', async (c) => {
    const id = c.req.param('id');
    const claims = await views.claims(id);
    if (!claims) return notFound(c, 'no such story');
    const body: StoryClaims = { story: id, claims };
    return c.json(body);
  });

  app.get('/api/articles/:id', async (c) => {
    const a = await store.getArticle(c.req.param('id'));
    if (!a) return notFound(c, 'no such article');
    const rec = await store.getTrace(a.key);
    const story = await store.storyOf(a.key);
    const view = story ? await views.get(story) : null;
    const copies = (view?.articles ?? [])
      .filter((m) => m.source?.id === a.id && m.copy_type)
      .map((m) => ({ id: m.id, copy_type: m.copy_type!, similarity: m.source!.similarity }));
    const analysis = await analyzer.analyze(a);
    const body: ArticleDetail = {
      id: a.id,
      key: a.key,
      version: a.version,
      date: a.date,
      title: a.title,
      outlet: a.outlet,
      url: a.url,
      ingested_at: a.ingestedAt,
      text: a.text,
      story,
      trace: rec
        ? {
            source: rec.source ? { id: rec.source.id, similarity: rec.source.similarity } : null,
            copy_type: rec.copyType,
            why: rec.direction ? directionReasons(rec.direction) : null,
            family: rec.family,
            passages: rec.passages.length,
            changes: rankChanges(rec.changes),
          }
        : null,
      copies,
      ...analysis,
    };
    return c.json(body);
  });

  app.get('/api/articles/:id/pair', async (c) => {
    const copy = await store.getArticle(c.req.param('id'));
    if (!copy) return notFound(c, 'no such article');
    const rec = await store.getTrace(copy.key);
    if (!rec?.source) return notFound(c, 'this article has no traced source');
    const source = await store.getArticleByKey(rec.source.key);
    if (!source) return notFound(c, 'the source article is no longer stored');
    return c.json(buildPair(copy, source, rec));
  });

  app.get('/api/search', async (c) => {
    const query = (c.req.query('q') ?? '').slice(0, 500);
    const limit = intParam(c.req.query('limit'), 20, 1, 100);
    if (limit === null) return bad(c, 'limit must be 1..100');
    if (!query.trim()) return bad(c, 'q is required');
    const hits = await store.search(query, limit);
    const results: SearchResult['results'] = [];
    for (const h of hits) {
      const a = await store.getArticleByKey(h.key);
      results.push({
        id: h.id,
        key: h.key,
        title: a?.title ?? null,
        outlet: a?.outlet ?? null,
        date: a?.date ?? null,
        story: await store.storyOf(h.key),
        snippet: h.snippet,
      });
    }
    return c.json({ query, results } satisfies SearchResult);
  });

  const maxSize = opts.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  app.post(
    '/api/ingest',
    bodyLimit({ maxSize, onError: (c) => c.json({ error: `body larger than ${maxSize} bytes` }, 413) }),
    async (c) => {
      // A non-simple content type is required, so a form on another site cannot post here.
      const type = (c.req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
      const format = FORMAT_OF_TYPE.get(type);
      if (!format)
        return c.json(
          {
            error:
              'send JSON Lines (application/x-ndjson), an HTML page (text/html) or a feed (application/rss+xml)',
          },
          415,
        );
      const body = await c.req.text();
      const q = c.req.query();
      if (format === 'html' && !q.id) return bad(c, 'an HTML page needs ?id=');
      const parsed =
        format === 'html'
          ? parseHtml(body, { id: q.id, url: q.url, date: q.date, title: q.title, outlet: q.outlet })
          : format === 'feed'
            ? parseFeedBody(body)
            : parseJsonl(body);
      if (parsed.articles.length === 0)
        return c.json({ error: 'no valid article in the body', errors: parsed.errors.slice(0, 50) }, 400);
      try {
        const job = await queue.submit(format, parsed);
        c.header('Location', `/api/ingest/${job.id}`);
        return c.json(job, 202);
      } catch (e) {
        if (e instanceof BusyError) return c.json({ error: e.message }, 503);
        throw e;
      }
    },
  );

  // One article analysed on its own, stored nowhere: `{"text": ...}` or `{"html": ...}`, with
  // `id`, `title`, `date` optional (as a JSON line of `unspin ingest`, the id defaulting).
  app.post(
    '/api/analyze',
    bodyLimit({ maxSize, onError: (c) => c.json({ error: `body larger than ${maxSize} bytes` }, 413) }),
    async (c) => {
      // application/json only: not a type a form on another site can post.
      const type = (c.req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
      if (type !== 'application/json')
        return c.json({ error: 'send a JSON object (application/json) with "text" or "html"' }, 415);
      let article: Article;
      try {
        const body = JSON.parse(await c.req.text()) as unknown;
        const withId =
          typeof body === 'object' && body !== null && !Array.isArray(body) && !('id' in body)
            ? { ...body, id: 'posted' }
            : body;
        article = articleFromJson(withId);
      } catch (e) {
        if (e instanceof InputError) return bad(c, e.message);
        if (e instanceof SyntaxError) return bad(c, 'invalid JSON');
        throw e;
      }
      const a = await analyzer.analyzeText(article);
      const out: AnalyzeResult = {
        id: article.id,
        date: article.date,
        title: article.title,
        text: article.text,
        spin: a.spin,
        spin_verdict: a.spin_verdict,
        figures: a.figures,
        statements: a.statements,
        restored: a.restored,
      };
      return c.json(out);
    },
  );

  app.get('/api/ingest/:job', async (c) => {
    const job = await queue.get(c.req.param('job'));
    return job ? c.json(job) : notFound(c, 'no such job');
  });

  app.all('/api/*', (c) => notFound(c));

  app.get('*', async (c) => {
    const file = await staticFile(uiDir, c.req.path);
    if (file) {
      c.header('Content-Type', file.type);
      c.header('Cache-Control', file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      return c.body(new Uint8Array(file.body));
    }
    if (c.req.path === '/' || c.req.path === '/index.html') return c.html(NOT_BUILT_PAGE);
    return c.text('not found', 404);
  });

  app.notFound((c) => c.json({ error: 'not found' }, 404));
  app.onError((err, c) => {
    // Log the message only; the client learns nothing about internals.
    process.stderr.write(`unspin serve: ${c.req.method} ${c.req.path}: ${err.message}\n`);
    return c.json({ error: 'internal error' }, 500);
  });

  return { app, idle: () => queue.idle(), close: () => queue.close() };
}
