import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { readInputs } from '../../src/input/read.js';
import { parseTextArticle } from '../../src/input/text-file.js';
import { htmlShape } from '../../src/input/html.js';
import type { Article } from '../../src/model.js';

async function readAll(inputs: string[], stdin?: string): Promise<{ articles: Article[]; errors: string[] }> {
  const errors: string[] = [];
  const articles: Article[] = [];
  for await (const a of readInputs(inputs, {
    onError: (m) => errors.push(m),
    stdin: stdin === undefined ? undefined : Readable.from([stdin]),
  }))
    articles.push(a);
  return { articles, errors };
}

test('txt date header: on its own line, with colon, or continuing on the same line', () => {
  assert.deepEqual(parseTextArticle(' date 2022-02-04 The city council has voted'), {
    text: 'The city council has voted',
    date: '2022-02-04',
  });
  assert.deepEqual(parseTextArticle('date: 2021-03-29\nBody here.'), {
    text: 'Body here.',
    date: '2021-03-29',
  });
  assert.deepEqual(parseTextArticle('Dated text without header.'), {
    text: 'Dated text without header.',
    date: null,
  });
  assert.throws(() => parseTextArticle('date 2022-02-31 Impossible day.'), /invalid calendar date/);
});

test('a directory is read recursively; ids are the paths as given; bad records are reported and skipped', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'unspin-read-'));
  mkdirSync(path.join(dir, 'sub'));
  writeFileSync(path.join(dir, 'a.txt'), 'date 2022-02-04 First article text.');
  writeFileSync(path.join(dir, 'sub', 'b.txt'), 'Second article text.');
  writeFileSync(path.join(dir, 'bin.txt'), Buffer.from([0x41, 0x00, 0x42, 0x00]));
  writeFileSync(path.join(dir, 'empty.txt'), '   \n');
  writeFileSync(path.join(dir, 'notes.md'), 'ignored: not an article format');
  writeFileSync(
    path.join(dir, 'feed.jsonl'),
    [
      JSON.stringify({ id: 'j1', text: 'JSON article one.', date: '2022-02-03T10:00:00Z', outlet: 'Wire' }),
      '{broken json',
      JSON.stringify({ id: 'j2' }),
      JSON.stringify({ id: 'j3', text: 'Bad date.', date: 'yesterday' }),
      '',
      JSON.stringify({
        id: 'j4',
        html: '<html><head><title>T</title></head><body><p>From HTML.</p></body></html>',
      }),
    ].join('\n'),
  );
  const { articles, errors } = await readAll([dir]);
  assert.deepEqual(
    articles.map((a) => a.id),
    [path.join(dir, 'a.txt'), 'j1', 'j4', path.join(dir, 'sub', 'b.txt')],
  );
  assert.equal(articles[0].date, '2022-02-04');
  assert.equal(articles[0].text, 'First article text.');
  assert.equal(articles[1].outlet, 'Wire');
  assert.match(articles[2].text, /From HTML\./);
  const f = path.join(dir, 'feed.jsonl');
  assert.ok(errors.includes(`${path.join(dir, 'bin.txt')}: binary data (NUL bytes)`), errors.join('\n'));
  assert.ok(errors.includes(`${path.join(dir, 'empty.txt')}: empty article`));
  assert.ok(errors.some((e) => e.startsWith(`${f}:2: invalid JSON`)));
  assert.ok(errors.includes(`${f}:3: missing "text" or "html"`));
  assert.ok(errors.some((e) => e.startsWith(`${f}:4: unparseable date`)));
  assert.equal(errors.length, 5);
});

test('gzipped JSONL, stdin, missing files and corrupt gzip', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'unspin-read-'));
  const gz = path.join(dir, 'feed.jsonl.gz');
  writeFileSync(gz, gzipSync(JSON.stringify({ id: 'g1', text: 'Gzipped article.' }) + '\n'));
  const bad = path.join(dir, 'bad.ndjson.gz');
  writeFileSync(bad, 'not gzip at all');
  const { articles, errors } = await readAll(
    [gz, '-', path.join(dir, 'missing.txt'), bad],
    'date 2020-01-02 From stdin.',
  );
  assert.deepEqual(
    articles.map((a) => [a.id, a.text, a.date]),
    [
      ['g1', 'Gzipped article.', null],
      ['-', 'From stdin.', '2020-01-02'],
    ],
  );
  assert.deepEqual(errors, [
    `${path.join(dir, 'missing.txt')}: unreadable (ENOENT)`,
    `${bad}: not valid gzip data`,
  ]);
});

test('HTML: main text, title and date from metadata; scripts never become text', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'unspin-read-'));
  const page = path.join(dir, 'page.html');
  const para =
    'The council voted to close the bridge for repairs after engineers found cracks in its supports. ';
  writeFileSync(
    page,
    `<!doctype html><html><head><title>Bridge closes | Daily</title>
     <meta property="article:published_time" content="2024-05-07T09:00:00Z">
     <meta property="og:site_name" content="Riverside Daily">
     <script>alert("x")</script></head>
     <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
     <article><h1>Bridge closes</h1><p>${para.repeat(3)}</p><p>Second paragraph of the report, with more detail.</p></article>
     <footer>Copyright Riverside Daily</footer></body></html>`,
  );
  const { articles, errors } = await readAll([page]);
  assert.deepEqual(errors, []);
  const a = articles[0];
  assert.equal(a.date, '2024-05-07T09:00:00Z');
  assert.equal(a.outlet, 'Riverside Daily');
  assert.match(a.title ?? '', /Bridge closes/);
  assert.match(a.text, /engineers found cracks/);
  assert.doesNotMatch(a.text, /alert/);
  assert.match(a.text, /\n\nSecond paragraph/);
});

test('hostile HTML: pages nested too deep or with too many elements are reported and skipped fast', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'unspin-read-'));
  const text = '<p>The council voted to close the bridge for repairs after engineers found cracks.</p>';
  const page = (body: string): string => `<html><body><article>${body}${text}</article></body></html>`;
  writeFileSync(path.join(dir, 'deep.html'), page(`${'<div>'.repeat(100_000)}x${'</div>'.repeat(100_000)}`));
  writeFileSync(path.join(dir, 'wide.html'), page('<span>x</span>'.repeat(30_000)));
  // The parser nests an unclosed <li> and the next <p> inside an unclosed <p>: deep, though flat to read.
  writeFileSync(path.join(dir, 'pli.html'), page('<p>one<li>two'.repeat(2_000)));
  // Unclosed paragraphs close each other; void elements and script bodies do not nest.
  const sloppy = '<p>one two<br><img src=x>'.repeat(1_000) + '<script>if (a<b) { x = "<div>"; }</script>';
  writeFileSync(path.join(dir, 'sloppy.html'), page(sloppy));
  const { articles, errors } = await readAll([dir]);
  assert.deepEqual(errors.map((e) => e.replace(dir + path.sep, '')).sort(), [
    'deep.html: HTML nested more than 256 elements deep',
    'pli.html: HTML nested more than 256 elements deep',
    'wide.html: HTML with more than 25000 elements',
  ]);
  assert.deepEqual(
    articles.map((a) => path.basename(a.id)),
    ['sloppy.html'],
  );
  assert.deepEqual(htmlShape('<div><p>a<p>b<div><br></div></div><!-- <div><div> -->'), {
    elements: 5,
    depth: 3,
  });
});
