import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { main } from '../../src/cli/main.js';
import { EDITED, ORIGINAL, SPUN, UNRELATED } from '../fixtures/articles.js';
import { memoryIo } from './io.js';

function workdir(): string {
  return mkdtempSync(path.join(tmpdir(), 'unspin-cli-'));
}

test('trace --json: one contract object per input article, in input order', async () => {
  const dir = workdir();
  const db = path.join(dir, 'store.db');
  writeFileSync(path.join(dir, 'original.txt'), `date 2024-05-07\n${ORIGINAL}`);
  const feed = [
    { id: 'copy-spun', text: SPUN, date: '2024-05-09', outlet: 'Farm' },
    { id: 'copy-edited', text: EDITED, date: '2024-05-08' },
    { id: 'other', text: UNRELATED, date: '2024-05-08' },
  ];
  writeFileSync(
    path.join(dir, 'feed.jsonl'),
    feed.map((f) => JSON.stringify(f)).join('\n') + '\n{"id": 5, "text": ""}\n',
  );
  const io = memoryIo();
  const code = await main(
    ['trace', path.join(dir, 'original.txt'), path.join(dir, 'feed.jsonl'), '--db', db, '--json'],
    io,
  );
  assert.equal(code, 0, io.err());
  const lines = io
    .out()
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  assert.deepEqual(
    lines.map((l) => l.id),
    [path.join(dir, 'original.txt'), 'copy-spun', 'copy-edited', 'other'],
  );
  const [orig, spun, edited, other] = lines;
  assert.equal(orig.source, null);
  assert.equal(orig.copy_type, 'original');
  assert.equal(orig.date, '2024-05-07');
  assert.equal(spun.source.id, orig.id);
  assert.equal(spun.copy_type, 'spun');
  assert.ok(spun.source.similarity > 0 && spun.source.similarity <= 1);
  assert.equal(edited.copy_type, 'edited');
  // Why each source is the source: dates two days apart decide; one day apart, the text does.
  assert.equal(orig.direction, undefined);
  assert.deepEqual(spun.direction, { basis: 'date', evidence: 1, terms: { date: 1 } });
  assert.equal(edited.direction.basis, 'text');
  assert.ok(edited.direction.evidence > 0.02);
  assert.equal(edited.direction.terms.date, 0.3);
  // The measures the kind was read from, for copies only.
  assert.equal(orig.kind_signals, undefined);
  assert.ok(spun.kind_signals.substituted > 0.07, JSON.stringify(spun.kind_signals));
  assert.equal(typeof edited.kind_signals.quoteKept, 'number');
  assert.equal(spun.story, orig.story);
  assert.notEqual(other.story, orig.story);
  assert.ok(Array.isArray(spun.changes));
  for (const l of lines)
    assert.deepEqual(Object.keys(l).slice(0, 6), ['id', 'date', 'story', 'source', 'copy_type', 'changes']);
  // The broken record was reported with its line and skipped.
  assert.match(
    io.err(),
    new RegExp(`${path.join(dir, 'feed.jsonl').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:4: empty article`),
  );

  // stories --json reads the same store.
  const io2 = memoryIo();
  assert.equal(await main(['stories', '--db', db, '--json'], io2), 0);
  const stories = io2
    .out()
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  const s = stories.find((x) => x.id === orig.story);
  assert.equal(s.articles.length, 3);
  assert.equal(s.first_publisher.id, orig.id);
  assert.deepEqual(s.copies_by_kind, { original: 1, edited: 1, spun: 1 });
  assert.deepEqual(s.timeline, [
    { date: '2024-05-07', count: 1 },
    { date: '2024-05-08', count: 1 },
    { date: '2024-05-09', count: 1 },
  ]);
});

test('trace on stdin, terminal and html formats, escaping hostile text', async () => {
  const dir = workdir();
  const db = path.join(dir, 'store.db');
  const hostile = `${ORIGINAL}\n\n<script>alert(1)</script> <img src=x onerror=alert(1)>`;
  const io = memoryIo(hostile);
  assert.equal(await main(['trace', '-', '--db', db], io), 0, io.err());
  assert.match(io.out(), /no source among stored articles/);
  const io2 = memoryIo();
  writeFileSync(path.join(dir, 'copy.txt'), `${EDITED}\n\n<script>alert(2)</script>`);
  assert.equal(
    await main(['trace', path.join(dir, 'copy.txt'), '--db', db, '--format', 'html'], io2),
    0,
    io2.err(),
  );
  const html = io2.out();
  assert.match(html, /^<!doctype html>/);
  assert.doesNotMatch(html, /<script>alert/);
  assert.match(html, /&lt;script&gt;alert\(2\)&lt;\/script&gt;/);
  assert.match(html, /Content-Security-Policy/);
});

test('exit codes: 2 for no valid input or bad usage', async () => {
  const dir = workdir();
  writeFileSync(path.join(dir, 'empty.txt'), '');
  const io = memoryIo();
  assert.equal(await main(['trace', path.join(dir, 'empty.txt'), '--db', path.join(dir, 's.db')], io), 2);
  assert.match(io.err(), /empty\.txt: empty article/);
  assert.equal(await main(['frobnicate'], memoryIo()), 2);
  assert.equal(await main(['trace', 'x.txt', '--format', 'pdf'], memoryIo()), 2);
});

test('ingest is idempotent and reports what it did', async () => {
  const dir = workdir();
  const db = path.join(dir, 'store.db');
  writeFileSync(path.join(dir, 'a.txt'), ORIGINAL);
  const io = memoryIo();
  assert.equal(await main(['ingest', dir, '--db', db], io), 0);
  assert.match(io.err(), /1 new, 0 new versions, 0 unchanged/);
  const io2 = memoryIo();
  assert.equal(await main(['ingest', dir, '--db', db], io2), 0);
  assert.match(io2.err(), /0 new, 0 new versions, 1 unchanged/);
});

test('trace --stored traces what a bulk ingest stored, and stories says what is untraced', async () => {
  const dir = workdir();
  const db = path.join(dir, 'store.db');
  const feed = [
    { id: 'wire', text: ORIGINAL, date: '2024-05-07' },
    { id: 'farm', text: SPUN, date: '2024-05-09' },
  ];
  writeFileSync(path.join(dir, 'feed.jsonl'), feed.map((f) => JSON.stringify(f)).join('\n') + '\n');
  assert.equal(await main(['ingest', path.join(dir, 'feed.jsonl'), '--db', db], memoryIo()), 0);
  const before = memoryIo();
  assert.equal(await main(['stories', '--db', db], before), 0);
  assert.match(before.out(), /no stories stored yet/);
  assert.match(before.err(), /2 stored articles are not traced yet.*trace --stored/);

  const io = memoryIo();
  assert.equal(await main(['trace', '--stored', '--db', db, '--json'], io), 0);
  const reports = io
    .out()
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { id: string; source: { id: string } | null; story: string });
  assert.deepEqual(
    reports.map((r) => r.id),
    ['wire', 'farm'],
  );
  assert.equal(reports[1]!.source?.id, 'wire');
  assert.equal(reports[0]!.story, reports[1]!.story);
  assert.match(io.err(), /traced 2 stored articles/);

  const again = memoryIo();
  assert.equal(await main(['trace', '--stored', '--db', db, '--json'], again), 0);
  assert.equal(again.out(), '');
  assert.match(again.err(), /every stored article is traced already/);
  const after = memoryIo();
  assert.equal(await main(['stories', '--db', db], after), 0);
  assert.match(after.out(), /2 articles/);
  assert.equal(after.err(), '');
  assert.equal(await main(['trace', '--db', db], memoryIo()), 2);
  assert.equal(await main(['trace', 'x.txt', '--stored', '--db', db], memoryIo()), 2);
});

test('stories narrowed by day, outlet, kind and count; bad values are usage errors', async () => {
  const dir = workdir();
  const db = path.join(dir, 'store.db');
  const feed = [
    { id: 'wire', text: ORIGINAL, date: '2024-05-07', outlet: 'Wire Service' },
    { id: 'farm', text: SPUN, date: '2024-05-09', outlet: 'Content Farm' },
    { id: 'other', text: UNRELATED, date: '2024-06-01', outlet: 'City Paper' },
  ];
  writeFileSync(path.join(dir, 'feed.jsonl'), feed.map((f) => JSON.stringify(f)).join('\n') + '\n');
  assert.equal(await main(['trace', path.join(dir, 'feed.jsonl'), '--db', db, '--json'], memoryIo()), 0);
  const ids = async (...flags: string[]): Promise<string[][]> => {
    const io = memoryIo();
    assert.equal(await main(['stories', '--db', db, '--json', ...flags], io), 0);
    return io
      .out()
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { articles: { id: string }[] }).articles.map((a) => a.id));
  };
  assert.deepEqual(await ids(), [['wire', 'farm'], ['other']]);
  assert.deepEqual(await ids('--kind', 'spun'), [['wire', 'farm']]);
  assert.deepEqual(await ids('--outlet', 'city'), [['other']]);
  assert.deepEqual(await ids('--from', '2024-05-08', '--to', '2024-05-31'), [['wire', 'farm']]);
  assert.deepEqual(await ids('--limit', '1'), [['wire', 'farm']]);
  const none = memoryIo();
  assert.equal(await main(['stories', '--db', db, '--kind', 'translated'], none), 0);
  assert.match(none.out(), /no story matches/);
  for (const bad of [
    ['--kind', 'stolen'],
    ['--from', '7 May'],
    ['--limit', '0'],
  ])
    assert.equal(await main(['stories', '--db', db, ...bad], memoryIo()), 2);
});

test('the installed command runs the demo end to end', { timeout: 120_000 }, (t) => {
  const bin = path.join(import.meta.dirname, '..', '..', 'bin', 'unspin.js');
  if (!existsSync(path.join(import.meta.dirname, '..', '..', 'dist', 'cli', 'main.js'))) {
    t.skip('dist/ not built: run `npm run build` (npm test does)');
    return;
  }
  const dir = workdir();
  const r = spawnSync(process.execPath, [bin, 'demo', '--json'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, UNSPIN_DB: '' },
  });
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  assert.ok(lines.length >= 2);
  assert.ok(
    lines.some((l) => l.source !== null),
    'the demo finds at least one copy',
  );
  assert.ok(existsSync(path.join(dir, 'unspin.db')), 'the demo uses the embedded default store');
});

test('analyze --json per contract; model builds a spin model from the store that analyze can use', async () => {
  const dir = workdir();
  const db = path.join(dir, 'store.db');
  writeFileSync(path.join(dir, 'a.txt'), `date 2024-05-07\n${ORIGINAL}`);
  writeFileSync(path.join(dir, 'b.txt'), UNRELATED);
  assert.equal(await main(['ingest', dir, '--db', db], memoryIo()), 0);
  const io = memoryIo();
  const out = path.join(dir, 'model');
  assert.equal(await main(['model', '--db', db, '--out', out], io), 0, io.err());
  assert.match(io.err(), /spin model built from 2 articles/);
  const io2 = memoryIo();
  const spunText = `${SPUN}\n\nAbout 8,5000 drivers face detours.`;
  writeFileSync(path.join(dir, 'spun.txt'), spunText);
  assert.equal(
    await main(['analyze', path.join(dir, 'spun.txt'), '--json', '--model', out], io2),
    0,
    io2.err(),
  );
  const rec = JSON.parse(io2.out().trim());
  assert.deepEqual(Object.keys(rec), [
    'id',
    'date',
    'title',
    'statements',
    'spin',
    'figures',
    'spin_verdict',
  ]);
  assert.equal(rec.spin_verdict.findings, rec.spin.length);
  assert.ok(rec.statements.some((s: { speaker_name: string | null }) => s.speaker_name === 'Helen Ortiz'));
  const bad = rec.figures.find((f: { text: string }) => f.text === '8,5000');
  assert.equal(bad?.malformed, true);
  for (const f of [...rec.spin, ...rec.figures]) assert.equal(spunText.slice(f.start, f.end), f.text);
});

test('trace reads an article with no stored source on its own: a spun one is called spun', async () => {
  const dir = workdir();
  const db = path.join(dir, 'store.db');
  const feed = [
    { id: 'lone-spun', text: SPUN, date: '2024-05-09' },
    { id: 'lone-clean', text: UNRELATED, date: '2024-05-08' },
  ];
  writeFileSync(path.join(dir, 'feed.jsonl'), feed.map((f) => JSON.stringify(f)).join('\n'));
  const io = memoryIo();
  assert.equal(await main(['trace', path.join(dir, 'feed.jsonl'), '--db', db, '--json'], io), 0, io.err());
  const [spun, clean] = io
    .out()
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  assert.equal(spun.source, null);
  assert.equal(spun.copy_type, 'original');
  assert.equal(spun.spin_verdict.reads_spun, true, JSON.stringify(spun.spin_verdict));
  assert.ok(spun.spin_verdict.examples.length > 0 && spun.spin_verdict.examples.length <= 3);
  for (const e of spun.spin_verdict.examples) assert.ok(SPUN.includes(e.text), e.text);
  assert.equal(clean.spin_verdict.reads_spun, false);
  // In words: the terminal report says it, and the flag turns the reading off.
  const text = memoryIo();
  assert.equal(await main(['trace', path.join(dir, 'feed.jsonl'), '--db', db], text), 0, text.err());
  assert.match(
    text.out(),
    /lone-spun[^\n]*\n {2}no source among stored articles\n {2}reads as machine-spun on its own: \d+ spun phrases/,
  );
  assert.equal(text.out().match(/reads as machine-spun/g)?.length, 1);
  const off = memoryIo();
  assert.equal(
    await main(['trace', path.join(dir, 'feed.jsonl'), '--db', db, '--json', '--no-spin-verdict'], off),
    0,
  );
  for (const l of off.out().trim().split('\n')) assert.equal(JSON.parse(l).spin_verdict, undefined);
});

test('model learns substitutions from traced spun copies and analyze restores them elsewhere', async () => {
  const dir = workdir();
  const db = path.join(dir, 'store.db');
  writeFileSync(path.join(dir, 'original.txt'), `date 2024-05-07\n${ORIGINAL}`);
  writeFileSync(path.join(dir, 'spun.txt'), `date 2024-05-09\n${SPUN}`);
  const trace = memoryIo();
  assert.equal(await main(['trace', dir, '--db', db, '--json'], trace), 0, trace.err());
  const kinds = trace
    .out()
    .trim()
    .split('\n')
    .map((l) => (JSON.parse(l) as { copy_type: string }).copy_type);
  assert.ok(kinds.includes('spun'), kinds.join());
  const io = memoryIo();
  const out = path.join(dir, 'model');
  assert.equal(await main(['model', '--db', db, '--out', out], io), 0, io.err());
  assert.match(io.err(), /[1-9]\d* substitutions learned from 1 traced spun cop/);
  // A new page by the same spinner, never stored: its learned wording is found and put back.
  const fresh = path.join(dir, 'fresh.txt');
  writeFileSync(
    fresh,
    'The metropolis council will shut the park for fixes whereas engineers examined the helps, ' +
      'and the mayor stated the work would final about six weeks.',
  );
  const io2 = memoryIo();
  assert.equal(await main(['analyze', fresh, '--json', '--model', out], io2), 0, io2.err());
  const rec = JSON.parse(io2.out().trim()) as { spin: Array<{ text: string; suggestion: string }> };
  const found = rec.spin.map((f) => `${f.text}→${f.suggestion}`);
  assert.ok(found.includes('metropolis→city'), JSON.stringify(found));
});
