// Security: headers, Host/Origin guard, static serving without traversal, errors without
// internals, and a real listening server on 127.0.0.1.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp, type UnspinApp } from '../../src/server/app.js';
import { startServer } from '../../src/server/serve.js';
import type { Store } from '../../src/store/store.js';
import { makeFixtureStore, type Fixture } from './fixtures.js';

let fx: Fixture;
let ui: string;
let srv: UnspinApp;

before(async () => {
  fx = await makeFixtureStore();
  // A fake built UI, with a secret next to it and a symlink pointing out of it.
  const base = mkdtempSync(path.join(tmpdir(), 'unspin-ui-'));
  ui = path.join(base, 'dist');
  mkdirSync(path.join(ui, 'assets'), { recursive: true });
  writeFileSync(
    path.join(ui, 'index.html'),
    '<!doctype html><title>ui</title><script type="module" src="/assets/app.js"></script>',
  );
  writeFileSync(path.join(ui, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(path.join(ui, '.env'), 'SECRET=1');
  writeFileSync(path.join(base, 'secret.txt'), 'SECRET');
  symlinkSync(path.join(base, 'secret.txt'), path.join(ui, 'assets', 'link.txt'));
  srv = createApp(fx.store, { uiDir: ui });
});
after(async () => {
  await fx.cleanup();
  rmSync(path.dirname(ui), { recursive: true, force: true });
});

describe('headers', () => {
  test('every response carries a strict CSP with no inline scripts, and nosniff', async () => {
    for (const p of ['/', '/api/health', '/api/nope', '/assets/app.js']) {
      const res = await srv.app.request(p);
      const csp = res.headers.get('content-security-policy') ?? '';
      assert.match(csp, /script-src 'self'(;|$)/, p);
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/, p);
      assert.match(csp, /frame-ancestors 'none'/);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    }
  });
});

describe('static files', () => {
  test('serves the built UI with proper types and caching', async () => {
    const index = await srv.app.request('/');
    assert.equal(index.status, 200);
    assert.match(await index.text(), /<title>ui<\/title>/);
    const js = await srv.app.request('/assets/app.js');
    assert.equal(js.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.match(js.headers.get('cache-control') ?? '', /immutable/);
  });

  test('no path traversal, no dot-files, no symlinks out of the root', async () => {
    for (const p of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
      '/.env',
      '/assets/link.txt',
      '/%00index.html',
      '/%E0%A4%A',
    ]) {
      const res = await srv.app.request(p);
      assert.equal(res.status, 404, p);
      assert.doesNotMatch(await res.text(), /SECRET/, p);
    }
  });

  test('without a built UI, / says how to build it and the API still works', async () => {
    const bare = createApp(fx.store, { uiDir: path.join(ui, 'missing') });
    const res = await bare.app.request('/');
    assert.match(await res.text(), /npm run build:web/);
    assert.equal((await bare.app.request('/api/health')).status, 200);
  });
});

describe('guards', () => {
  test('a foreign Host header is refused (DNS rebinding)', async () => {
    const res = await srv.app.request('/api/health', { headers: { host: 'evil.example:8080' } });
    assert.equal(res.status, 403);
    assert.equal((await srv.app.request('/api/health', { headers: { host: '127.0.0.1:8080' } })).status, 200);
    assert.equal((await srv.app.request('/api/health', { headers: { host: 'localhost' } })).status, 200);
  });

  test('internal errors say nothing about internals', async () => {
    const broken = new Proxy(fx.store, {
      get(target, prop, receiver) {
        if (prop === 'listStories')
          return async () => {
            throw new Error('SQLITE_CORRUPT at /secret/path/db.sqlite');
          };
        return Reflect.get(target, prop, receiver) as unknown;
      },
    }) as Store;
    const origWrite = process.stderr.write;
    process.stderr.write = (() => true) as typeof process.stderr.write;
    try {
      const res = await createApp(broken).app.request('/api/stories');
      assert.equal(res.status, 500);
      const body = await res.text();
      assert.deepEqual(JSON.parse(body), { error: 'internal error' });
    } finally {
      process.stderr.write = origWrite;
    }
  });
});

describe('listening server', () => {
  test('listens on 127.0.0.1 by default and answers over HTTP', async () => {
    const running = await startServer(fx.store, { port: 0, uiDir: ui });
    try {
      assert.match(running.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
      const res = await fetch(new URL('/api/health', running.url));
      assert.equal(res.status, 200);
      assert.equal(((await res.json()) as { articles: number }).articles, 4);
    } finally {
      await running.close();
    }
  });
});
