// The PostgreSQL store's retrieval index: writing an article's postings and anchor counts, and the
// counters that say which fingerprints the index holds (see src/reuse/reindex.ts).
import type pg from 'pg';
import type { Candidate, Fingerprint, IndexState } from './store.js';
import { retrievalScore } from './store.js';
import { INDEX_VERSION_COUNTER, REBUILT_THROUGH_COUNTER } from './rows.js';

/** Anchors held by more articles than this are too common to retrieve by (as in the SQLite store). */
const MAX_ANCHOR_DF = 2_000;
const MAX_POSTINGS_PER_KEY = 400;

/**
 * Latest articles sharing bands or anchors with `fp`, best first: each band's and each anchor's
 * first postings in key order, as the SQLite store reads them. `total` is the article count.
 */
export async function retrieve(
  db: pg.Pool,
  fp: Fingerprint,
  total: number,
  opts: { limit: number; exclude?: number },
): Promise<Candidate[]> {
  const byKey = new Map<number, Candidate>();
  const get = (key: number): Candidate => {
    let c = byKey.get(key);
    if (!c) byKey.set(key, (c = { key, bandHits: 0, anchorScore: 0 }));
    return c;
  };
  const bandRows = await db.query<{ key: number }>(
    `SELECT l.key FROM unnest($1::bigint[]) b(band)
     CROSS JOIN LATERAL (SELECT key FROM lsh WHERE lsh.band = b.band ORDER BY key LIMIT $2) l`,
    [fp.bands, MAX_POSTINGS_PER_KEY],
  );
  for (const r of bandRows.rows) get(r.key).bandHits++;
  const anchorRows = await db.query<{ n: number; key: number }>(
    `SELECT d.n, p.key FROM (SELECT DISTINCT a FROM unnest($1::bigint[]) a) q
     JOIN anchor_df d ON d.anchor = q.a AND d.n <= $2
     CROSS JOIN LATERAL (SELECT key FROM anchors WHERE anchors.anchor = q.a ORDER BY key LIMIT $3) p`,
    [fp.anchors, MAX_ANCHOR_DF, MAX_POSTINGS_PER_KEY],
  );
  for (const r of anchorRows.rows) get(r.key).anchorScore += Math.log(1 + total / r.n);
  if (opts.exclude !== undefined) byKey.delete(opts.exclude);
  const ranked = [...byKey.values()].sort((x, y) => retrievalScore(y) - retrievalScore(x));
  if (ranked.length === 0) return [];
  const latest = await db.query<{ key: number }>(
    'SELECT key FROM articles WHERE key = ANY($1::integer[]) AND latest',
    [ranked.map((c) => c.key)],
  );
  const isLatest = new Set(latest.rows.map((r) => r.key));
  return ranked.filter((c) => isLatest.has(c.key)).slice(0, opts.limit);
}

/** Stores articles' retrieval postings and counts their anchors, a few statements per batch. */
export async function insertPostings(
  c: pg.PoolClient,
  items: { key: number; fingerprint: Fingerprint }[],
): Promise<void> {
  const bands: { keys: number[]; values: number[] } = { keys: [], values: [] };
  const anchors: { keys: number[]; values: number[] } = { keys: [], values: [] };
  for (const { key, fingerprint } of items) {
    for (const b of fingerprint.bands) {
      bands.keys.push(key);
      bands.values.push(b);
    }
    for (const x of new Set(fingerprint.anchors)) {
      anchors.keys.push(key);
      anchors.values.push(x);
    }
  }
  if (bands.keys.length)
    await c.query(
      'INSERT INTO lsh (band, key) SELECT * FROM unnest($1::bigint[], $2::integer[]) ON CONFLICT DO NOTHING',
      [bands.values, bands.keys],
    );
  if (anchors.keys.length) {
    await c.query('INSERT INTO anchors (anchor, key) SELECT * FROM unnest($1::bigint[], $2::integer[])', [
      anchors.values,
      anchors.keys,
    ]);
    await c.query(
      `INSERT INTO anchor_df (anchor, n) SELECT anchor, count(*) FROM unnest($1::bigint[]) anchor GROUP BY anchor
       ON CONFLICT (anchor) DO UPDATE SET n = anchor_df.n + excluded.n`,
      [anchors.values],
    );
  }
}

export async function readIndexState(db: pg.Pool | pg.PoolClient): Promise<IndexState> {
  const { rows } = await db.query<{ name: string; value: number }>(
    'SELECT name, value FROM counters WHERE name = ANY($1::text[])',
    [[INDEX_VERSION_COUNTER, REBUILT_THROUGH_COUNTER]],
  );
  const value = (name: string) => rows.find((r) => r.name === name)?.value ?? null;
  return { version: value(INDEX_VERSION_COUNTER), rebuiltThrough: value(REBUILT_THROUGH_COUNTER) };
}

export async function setCounters(c: pg.PoolClient, values: [string, number][]): Promise<void> {
  for (const [name, value] of values)
    await c.query(
      'INSERT INTO counters (name, value) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET value = excluded.value',
      [name, value],
    );
}
