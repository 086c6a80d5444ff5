// End-to-end: the UI in real headless Chromium over a real server and store.
import { after, afterEach, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SKIP_REASON, startEnv, url, watchedPage, type Env, type WatchedPage } from './harness.js';
import { SPUN } from '../server/fixtures.js';

/** STATEMENTS_SHOWN in web/src/components/analysis.tsx (the tests do not compile the UI's JSX). */
const STATEMENTS_SHOWN = 200;

let env: Env;
let w: WatchedPage;

// Without Chromium, one skipped test says why (and CI's summary counts it as skipped).
if (SKIP_REASON) test('web UI in headless Chromium', { skip: SKIP_REASON }, () => {});
else
  describe('web UI', () => {
    before(async () => {
      env = await startEnv();
    });
    after(async () => env?.close());
    afterEach(async () => {
      const { problems, dialogs } = w;
      await w.page.close();
      assert.deepEqual(problems, [], 'no console errors');
      assert.deepEqual(dialogs, [], 'no dialogs');
    });

    test('the story list shows stories with their first publisher and copies by kind', async () => {
      w = await watchedPage(env);
      const { page } = w;
      await page.goto(url(env));
      const card = page.locator('.story-card', { hasText: 'Old Mill bridge to close for repairs' });
      await card.waitFor();
      assert.match(await card.innerText(), /First published by Wire Agency on 2022-02-03/);
      assert.match(await card.innerText(), /1 verbatim/);
      assert.equal(await card.locator('svg.sparkline rect').count(), 3);
      // Filter by outlet and copy kind: only the bridge story has a verbatim copy in the Daily Herald.
      await page.fill('input[name=outlet]', 'herald');
      await page.selectOption('select[name=kind]', 'verbatim');
      await page.click('form.filters button[type=submit]');
      await page.waitForFunction(
        () => location.hash.includes('kind=verbatim') && location.hash.includes('outlet=herald'),
      );
      await page.locator('#story-count', { hasText: '1 story' }).waitFor();
      assert.deepEqual(await page.locator('.story-link').allInnerTexts(), [
        'Old Mill bridge to close for repairs',
      ]);
    });

    test("the demo story opens with its timeline, provenance and outlets; a copy's diff lists what the trace recorded", async () => {
      w = await watchedPage(env);
      const { page } = w;
      await page.goto(url(env));
      await page
        .locator('.story-link', { hasText: 'Pentagon says Russia planned fake attack video' })
        .click();
      await page.locator('h1', { hasText: 'Pentagon says Russia planned fake attack video' }).waitFor();
      const storyId = decodeURIComponent(await page.evaluate(() => location.hash.split('/').pop() ?? ''));
      const story = (await (
        await fetch(new URL(`/api/stories/${encodeURIComponent(storyId)}`, env.server.url))
      ).json()) as {
        articles: { date: string | null }[];
        edges: unknown[];
      };
      assert.equal(
        await page.locator('svg.chart circle').count(),
        story.articles.filter((a) => a.date).length,
      );
      assert.equal(await page.locator('svg.graph .edge').count(), story.edges.length);
      assert.equal(await page.locator('table.outlets tbody tr').count(), story.articles.length);
      // Who alleges what: one entry per claim the API reports, the accusation against Russia among them.
      const { claims } = (await (
        await fetch(new URL(`/api/stories/${encodeURIComponent(storyId)}/claims`, env.server.url))
      ).json()) as { claims: { accused: string | null }[] };
      assert.ok(claims.some((c) => c.accused === 'Russia'));
      await page.locator('.claim', { hasText: 'preparing a fabricated attack' }).first().waitFor();
      assert.equal(await page.locator('li.claim').count(), claims.length);
      await page.locator('table.outlets tr', { hasText: 'Frontline Digest' }).locator('a.diff-link').click();
      await page.locator('.diff-row').first().waitFor();
      const pair = (await (
        await fetch(new URL('/api/articles/farm-edited/pair', env.server.url))
      ).json()) as {
        changes: unknown[];
        rows: unknown[];
      };
      assert.equal(await page.locator('.diff-row').count(), pair.rows.length);
      assert.equal(await page.locator('#changes li').count(), pair.changes.length);
      if (pair.changes.length === 0)
        await page.locator('.lede', { hasText: 'No typed change recorded.' }).waitFor();
    });

    test("a copy's diff shows aligned passages and its typed changes, most serious first", async () => {
      w = await watchedPage(env);
      const { page } = w;
      await page.goto(url(env));
      await page.locator('.story-link', { hasText: 'Old Mill bridge to close for repairs' }).click();
      await page.locator('svg.graph').waitFor();
      assert.match(await page.locator('svg.graph').innerHTML(), /verbatim 100%/);
      await page.locator('table.outlets tr', { hasText: 'Content Farm' }).locator('a.diff-link').click();
      await page.locator('#changes').waitFor();
      const kinds = await page.locator('#changes li .ckind').allInnerTexts();
      assert.deepEqual(kinds, ['number changed', 'spun phrase', 'spun phrase']);
      assert.ok((await page.locator('.diff-row').count()) > 1, 'passage by passage');
      const copyMark = page.locator('.diff-row .cell.copy mark', { hasText: '5,800' });
      const sourceMark = page.locator('.diff-row .cell.source mark', { hasText: '8,500' });
      assert.equal(await copyMark.count(), 1);
      assert.equal(await sourceMark.count(), 1);
      // The marks of one change sit in the same row.
      const row = page.locator('.diff-row', { has: page.locator('.cell.copy mark', { hasText: '5,800' }) });
      assert.match(await row.locator('.cell.source').innerText(), /8,500/);
      // Activating a change focuses its mark.
      await page.locator('#changes li').first().locator('button').click();
      assert.equal(await page.evaluate(() => document.activeElement?.textContent), '5,800');
      // Filter by change kind, then keep only the passages with a shown change.
      await page.locator('.chip', { hasText: 'number changed' }).click();
      assert.equal(await page.locator('#changes li:visible').count(), 1);
      assert.deepEqual(await page.locator('.diff-row mark').allInnerTexts(), ['5,800', '8,500']);
      await page.locator('.only-changed input').check();
      assert.equal(await page.locator('.diff-row').count(), 1);
      assert.match(await page.locator('.diff-row').innerText(), /5,800[\s\S]*8,500/);
    });

    test('an article with no stored source whose wording reads as spun says so', async () => {
      w = await watchedPage(env);
      const { page } = w;
      await page.goto(url(env, `/article/${encodeURIComponent('data/demo/lone-spun-copy.txt')}`));
      const verdict = page.locator('#lone-spun');
      await verdict.waitFor();
      assert.match(
        await verdict.innerText(),
        /none stored, but its wording reads as machine-spun \(\d+ spun phrases/,
      );
      assert.ok((await page.locator('#article-text mark.spin').count()) >= 3);
      // A source-less article that reads clean keeps the plain wording.
      await page.goto(url(env, `/article/${encodeURIComponent('independent-report')}`));
      await page.locator('#article-text').waitFor();
      assert.equal(await page.locator('#lone-spun').count(), 0);
      assert.match(
        await page.locator('dl.meta').innerText(),
        /none stored: an original or independent report/,
      );
    });

    test('hostile article text renders as text: no markup, no script, no dialog', async () => {
      w = await watchedPage(env);
      const { page } = w;
      await page.goto(url(env, `/article/${encodeURIComponent('xss-<1>')}`));
      const text = page.locator('#article-text');
      await text.waitFor();
      const shown = await text.innerText();
      assert.match(shown, /<img src=x onerror=alert\(1\)>/);
      assert.match(shown, /<script>alert\("xss"\)<\/script>/);
      assert.equal(await page.locator('main img, main script, main b, main i').count(), 0);
      assert.equal(await page.locator('h1').innerText(), '<script>alert(2)</script> Harbour plan');
      assert.equal(
        await page.locator('a[href^="javascript:"]').count(),
        0,
        'a javascript: URL is not a link',
      );
      // The story list and search show the hostile title and snippet as text too.
      await page.goto(url(env, `/search?q=harbour`));
      await page.locator('.snippet').waitFor();
      assert.match(await page.locator('.snippet').innerText(), /"<b>bold<\/b>"/);
      await page.goto(url(env));
      await page.locator('.story-link', { hasText: '<script>alert(2)</script>' }).waitFor();
      assert.equal(await page.locator('main script, main img').count(), 0);
      await page.waitForTimeout(100); // give an injected handler a chance to fire, should one exist
    });

    test('keyboard: / searches, j moves through items, Enter opens, u goes up', async () => {
      w = await watchedPage(env);
      const { page } = w;
      await page.goto(url(env));
      await page.locator('.story-link').first().waitFor();
      await page.keyboard.press('j');
      const first = await page.evaluate(() => document.activeElement?.className);
      assert.equal(first, 'story-link');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => location.hash.startsWith('#/story/'));
      await page.locator('table.outlets').waitFor();
      await page.keyboard.press('u');
      await page.waitForFunction(() => location.hash === '#/');
      await page.keyboard.press('/');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'search');
      await page.keyboard.type('Okafor');
      await page.keyboard.press('Enter');
      await page.locator('ol.results li').first().waitFor();
      assert.ok((await page.locator('ol.results li').count()) >= 1);
    });

    test('a pasted article is analysed on its own: spun wording with its original, the restored text, statements; hostile text stays text', async () => {
      w = await watchedPage(env);
      const { page } = w;
      await page.goto(url(env));
      await page.click('a.top-link');
      await page.waitForFunction(() => location.hash === '#/analyze');
      const before = (await (await fetch(new URL('/api/health', env.server.url))).json()) as {
        articles: number;
      };
      await page.fill(
        'textarea[name=text]',
        `${SPUN}\n\n<img src=x onerror=alert(1)> About 8,5000 drivers face detours, the mayor stated.`,
      );
      await page.click('form.analyze-form button[type=submit]');
      await page.locator('#analyze-summary').waitFor();
      const latest = page.locator('#article-text mark.spin', {
        hasText: 'latest',
      });
      assert.equal(await latest.first().getAttribute('data-tip'), 'original: recent');
      assert.equal(await page.locator('#article-text mark.figure-bad', { hasText: '8,5000' }).count(), 1);
      assert.match(await page.locator('#restored-text').innerText(), /in recent days/);
      assert.ok((await page.locator('table.statements tbody tr').count()) >= 1);
      assert.match(await page.locator('#article-text').innerText(), /<img src=x onerror=alert\(1\)>/);
      assert.equal(await page.locator('main img, main script').count(), 0);
      const after = (await (await fetch(new URL('/api/health', env.server.url))).json()) as {
        articles: number;
      };
      assert.equal(after.articles, before.articles, 'nothing is stored');
      await page.waitForTimeout(100); // give an injected handler a chance to fire, should one exist
    });

    test('an article of hundreds of statements lists them 200 at a time', async () => {
      w = await watchedPage(env);
      const { page } = w;
      await page.goto(`${url(env)}#/analyze`);
      const text = Array.from(
        { length: 250 },
        (_, k) => `The mayor said bridge ${k} would open in May.`,
      ).join(' ');
      await page.fill('textarea[name=text]', text);
      await page.click('form.analyze-form button[type=submit]');
      await page.locator('#analyze-summary').waitFor();
      const rows = page.locator('table.statements tbody tr');
      assert.equal(await rows.count(), STATEMENTS_SHOWN);
      await page.click('button.show-more');
      await page.waitForFunction(() => document.querySelectorAll('table.statements tbody tr').length === 250);
      assert.equal(await page.locator('button.show-more').count(), 0);
    });

    test('a statement reported within another is listed under it', async () => {
      w = await watchedPage(env);
      const { page } = w;
      await page.goto(`${url(env)}#/analyze`);
      await page.fill(
        'textarea[name=text]',
        'Dorian Vale has denied the charges, his lawyer said on Tuesday.',
      );
      await page.click('form.analyze-form button[type=submit]');
      await page.locator('#analyze-summary').waitFor();
      const rows = page.locator('table.statements tbody tr');
      assert.equal(await rows.count(), 2);
      assert.equal(await rows.nth(0).getAttribute('class'), null);
      assert.equal(await rows.nth(1).getAttribute('class'), 'nested');
      assert.match(await rows.nth(1).innerText(), /Dorian Vale\s+—\s+deny/);
    });

    test('the diff page fits a phone screen', async () => {
      w = await watchedPage(env);
      const { page } = w;
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(url(env, '/diff/spun-3'));
      await page.locator('.diff-row').first().waitFor();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      assert.equal(overflow, 0, 'no horizontal scrolling');
    });
  });
