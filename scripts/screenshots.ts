// Saves screenshots of the main pages to docs/screenshots/ (run: node --import tsx scripts/screenshots.ts
// [NAME...], NAME one of the shots below to take only those).
// Uses the test fixture plus the bundled demo story, a fresh UI build and Chromium (CHROMIUM_PATH or
// /usr/bin/chromium).
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, startEnv, url, watchedPage } from '../test/e2e/harness.js';

const OUT = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));

async function main(): Promise<number> {
  if (!existsSync(CHROMIUM)) {
    process.stderr.write(`Chromium not found at ${CHROMIUM}; set CHROMIUM_PATH\n`);
    return 1;
  }
  mkdirSync(OUT, { recursive: true });
  const env = await startEnv();
  try {
    const w = await watchedPage(env);
    const { page } = w;
    const shots: {
      name: string;
      hash: string;
      wait: string;
      width?: number;
      full?: boolean;
      /** Text pasted into the analyze page's form before the shot. */
      paste?: string;
    }[] = [
      { name: 'stories', hash: '/', wait: '.story-card' },
      { name: 'story', hash: '/story/s3', wait: 'svg.graph', full: true },
      { name: 'article', hash: '/article/farm-spun', wait: '#article-text' },
      { name: 'diff', hash: '/diff/spun-3', wait: '#changes', full: true },
      { name: 'diff-phone', hash: '/diff/spun-3', wait: '#changes', width: 390 },
      { name: 'analyze', hash: '/analyze', wait: '#analyze-summary', paste: '' },
    ];
    // The analyze page gets the demo's spun copy pasted in.
    const spun = (await (await fetch(new URL('/api/articles/farm-spun', env.server.url))).json()) as {
      text: string;
    };
    shots[shots.length - 1].paste = spun.text;
    const only = process.argv.slice(2);
    // The demo story's id depends on ingest order; find it by its first publisher.
    const list = (await (await fetch(new URL('/api/stories?limit=200', env.server.url))).json()) as {
      stories: { id: string; first_publisher: { id: string } | null }[];
    };
    const demo = list.stories.find((s) => s.first_publisher?.id === 'dod-original');
    if (demo) shots[1].hash = `/story/${encodeURIComponent(demo.id)}`;
    for (const s of shots) {
      if (only.length && !only.includes(s.name)) continue;
      await page.setViewportSize({ width: s.width ?? 1280, height: s.width ? 844 : 900 });
      await page.goto(url(env, s.hash));
      if (s.paste !== undefined) {
        await page.fill('textarea[name=text]', s.paste);
        await page.click('form.analyze-form button[type=submit]');
      }
      await page.locator(s.wait).first().waitFor();
      await page.screenshot({ path: `${OUT}${s.name}.png`, fullPage: s.full ?? false });
      process.stdout.write(`docs/screenshots/${s.name}.png\n`);
    }
    if (w.problems.length) process.stderr.write(`page problems:\n${w.problems.join('\n')}\n`);
    return w.problems.length ? 1 : 0;
  } finally {
    await env.close();
  }
}

main().then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
