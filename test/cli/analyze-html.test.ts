// `unspin analyze --format html`: one self-contained page, every article's text escaped with its
// spun wording marked and its statements listed; no script can run in it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import { analyzeCommand } from '../../src/cli/analyze.js';
import { SPUN } from '../fixtures/articles.js';
import { memoryIo } from './io.js';

const dir = mkdtempSync(path.join(tmpdir(), 'unspin-analyze-html-'));
const feed = path.join(dir, 'feed.jsonl');
const hostile =
  'Officials said <img src=x onerror=alert(1)> the "plan" & <script>alert(2)</script> was ready.';
writeFileSync(
  feed,
  [
    JSON.stringify({
      id: 'spun',
      title: 'Bridge <b>closes</b>',
      text: `${SPUN}\n\nAbout 8,5000 drivers face detours.`,
    }),
    JSON.stringify({ id: 'hostile', text: hostile }),
  ].join('\n') + '\n',
);

test('analyze --format html: one page, text escaped, spun wording marked with its original, statements listed', async () => {
  const io = memoryIo();
  assert.equal(await main(['analyze', feed, '--format', 'html'], io), 0, io.err());
  const html = io.out();
  assert.match(html, /^<!doctype html>/);
  assert.equal(html.match(/<html/g)?.length, 1);
  assert.match(html, /Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"/);
  assert.match(html, /The <mark title="original: city \(\d\.\d\d\)">metropolis<\/mark> council/);
  assert.match(html, /<mark class="fig" title="malformed figure">8,5000<\/mark>/);
  assert.match(html, /<h2>Bridge &lt;b&gt;closes&lt;\/b&gt;<\/h2>/);
  assert.match(html, /<td>Helen Ortiz<\/td>/);
  assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/);
  assert.match(html, /&lt;script&gt;alert\(2\)&lt;\/script&gt;/);
  assert.doesNotMatch(html, /<img|<script|<b>/);
  assert.match(html, /<\/body><\/html>\n$/);
});

test('analyze --format html on several threads gives the same page; an unknown format is a usage error', async () => {
  const one = memoryIo();
  const two = memoryIo();
  assert.equal(await analyzeCommand([feed], { format: 'html', jobs: '1' }, one), 0);
  assert.equal(await analyzeCommand([feed], { format: 'html', jobs: '2', poolMin: 1 }, two), 0);
  assert.equal(two.out(), one.out());
  const bad = memoryIo();
  assert.equal(await main(['analyze', feed, '--format', 'pdf'], bad), 2);
  assert.match(bad.err(), /unknown --format pdf/);
});
