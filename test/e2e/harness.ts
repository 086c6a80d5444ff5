// Browser test harness: a freshly built UI, a real server on 127.0.0.1:0 over a real SQLite store,
// and Debian's Chromium driven by playwright-core. Tests skip when Chromium is absent.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/server/serve.js';
import { collectArticles } from '../../src/cli/common.js';
import { DEMO_DIR } from '../../src/cli/demo.js';
import { makeFixtureStore, quietIo, type Fixture } from '../server/fixtures.js';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const SKIP_REASON = existsSync(CHROMIUM)
  ? false
  : `Chromium not found at ${CHROMIUM}: browser tests skipped (install it with "apt-get install -y chromium", or set CHROMIUM_PATH)`;

const WEB_CONFIG = fileURLToPath(new URL('../../web/vite.config.ts', import.meta.url));
const REPO = fileURLToPath(new URL('../../', import.meta.url));

/** Builds the current UI source into a temporary directory. */
export async function buildUi(): Promise<string> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'unspin-ui-'));
  const { build } = await import('vite');
  await build({ configFile: WEB_CONFIG, logLevel: 'error', build: { outDir, emptyOutDir: true } });
  return outDir;
}

export interface Env {
  fx: Fixture;
  server: RunningServer;
  ui: string;
  context: BrowserContext;
  profile: string;
  close(): Promise<void>;
}

/** Fixture store plus the bundled demo story, served with a fresh UI build, and a browser. */
export async function startEnv(): Promise<Env> {
  const { articles } = await collectArticles([DEMO_DIR], quietIo());
  // A file's id is its path as given; keep it relative to the repository so no machine path shows.
  const demo = articles.map((a) => (path.isAbsolute(a.id) ? { ...a, id: path.relative(REPO, a.id) } : a));
  const fx = await makeFixtureStore(demo);
  const ui = await buildUi();
  const server = await startServer(fx.store, { port: 0, uiDir: ui });
  const profile = mkdtempSync(path.join(tmpdir(), 'unspin-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-quic',
      '--disable-sync',
    ],
    viewport: { width: 1280, height: 900 },
  });
  return {
    fx,
    server,
    ui,
    context,
    profile,
    async close() {
      await context.close();
      await server.close();
      await fx.cleanup();
      rmSync(ui, { recursive: true, force: true });
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface WatchedPage {
  page: Page;
  /** Console errors, page errors and failed requests seen so far. */
  problems: string[];
  /** Dialogs (alert, confirm ...) that opened. */
  dialogs: string[];
}

/** A new page that records every console error, uncaught error and dialog. */
export async function watchedPage(env: Env): Promise<WatchedPage> {
  const page = await env.context.newPage();
  const problems: string[] = [];
  const dialogs: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  return { page, problems, dialogs };
}

export const url = (env: Env, hash = '') => `${env.server.url}${hash ? `#${hash.replace(/^#/, '')}` : ''}`;
