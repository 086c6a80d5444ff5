import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { main } from '../../src/cli/main.js';
import { INDEX_VERSION } from '../../src/reuse/fingerprint.js';
import { EDITED, ORIGINAL, SPUN, UNRELATED } from '../fixtures/articles.js';
import { memoryIo } from './io.js';

/** The retrieval index's rows, in a fixed order (and no staging table left by a rebuild). */
function indexRows(db: string): string {
  const raw = new Database(db, { readonly: true });
  try {
    const staging = raw.prepare("SELECT name FROM sqlite_master WHERE name LIKE '%rebuild%'").pluck().all();
    assert.deepEqual(staging, [], 'a finished rebuild drops its staging tables');
    return JSON.stringify([
      raw.prepare('SELECT band, key FROM lsh ORDER BY band, key').raw().all(),
      raw.prepare('SELECT anchor, key FROM anchors ORDER BY anchor, key').raw().all(),
      raw.prepare('SELECT anchor, n FROM anchor_df ORDER BY anchor').raw().all(),
    ]);
  } finally {
    raw.close();
  }
}

test('a store indexed by an older unspin is reported and rebuilt by `unspin reindex`', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'unspin-reindex-'));
  const feed = path.join(dir, 'feed.jsonl');
  writeFileSync(
    feed,
    [
      { id: 'orig', text: ORIGINAL, date: '2024-05-07' },
      { id: 'copy', text: EDITED, date: '2024-05-08' },
      { id: 'spun', text: SPUN, date: '2024-05-09' },
      { id: 'other', text: UNRELATED, date: '2024-05-09' },
    ]
      .map((a) => JSON.stringify(a))
      .join('\n'),
  );
  const fresh = path.join(dir, 'fresh.db');
  const old = path.join(dir, 'old.db');
  for (const db of [fresh, old]) assert.equal(await main(['ingest', feed, '--db', db], memoryIo()), 0);
  const expected = indexRows(fresh);

  // As an older unspin left it: schema 2, no index version, and postings of other fingerprints.
  const raw = new Database(old);
  raw.exec(`DELETE FROM counters WHERE name = 'index_version';
    UPDATE anchors SET anchor = anchor + 1; DELETE FROM anchor_df; DELETE FROM lsh WHERE band % 2 = 0`);
  raw.pragma('user_version = 2');
  raw.close();

  let io = memoryIo();
  assert.equal(await main(['trace', '--stored', '--db', old, '--json'], io), 0, io.err());
  assert.match(io.err(), new RegExp(`index version 1, now ${INDEX_VERSION}.*unspin reindex`));

  io = memoryIo();
  assert.equal(await main(['reindex', '--db', old], io), 0, io.err());
  assert.match(io.err(), new RegExp(`4 article versions indexed \\(index version 1 → ${INDEX_VERSION}\\)`));
  assert.equal(indexRows(old), expected, 'the same rows as a store built by this version');

  io = memoryIo();
  assert.equal(await main(['reindex', '--db', old], io), 0);
  assert.match(io.err(), /index is current/);
  io = memoryIo();
  assert.equal(await main(['trace', '--stored', '--db', old], io), 0);
  assert.doesNotMatch(io.err(), /reindex/);
});

test('a rebuild that stopped halfway: ingest and trace refuse, reindex finishes it', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'unspin-reindex-'));
  const db = path.join(dir, 'store.db');
  const feed = path.join(dir, 'feed.jsonl');
  writeFileSync(feed, JSON.stringify({ id: 'orig', text: ORIGINAL }) + '\n');
  assert.equal(await main(['ingest', feed, '--db', db], memoryIo()), 0);
  const expected = indexRows(db);
  const raw = new Database(db);
  raw.exec(`DELETE FROM lsh; DELETE FROM anchors; DELETE FROM anchor_df;
    INSERT OR REPLACE INTO counters (name, value) VALUES ('index_version', 0), ('reindex_through', 0)`);
  raw.close();

  writeFileSync(path.join(dir, 'copy.txt'), EDITED);
  let io = memoryIo();
  assert.equal(await main(['trace', path.join(dir, 'copy.txt'), '--db', db], io), 1);
  assert.match(io.err(), /being rebuilt/);
  io = memoryIo();
  assert.equal(await main(['ingest', path.join(dir, 'copy.txt'), '--db', db], io), 1);
  assert.match(io.err(), /being rebuilt/);

  io = memoryIo();
  assert.equal(await main(['reindex', '--db', db], io), 0, io.err());
  assert.match(io.err(), /1 article version indexed \(an interrupted rebuild finished\)/);
  assert.equal(indexRows(db), expected);
  io = memoryIo();
  assert.equal(await main(['trace', path.join(dir, 'copy.txt'), '--db', db, '--json'], io), 0, io.err());
  assert.equal(JSON.parse(io.out()).source?.id, 'orig');
});
