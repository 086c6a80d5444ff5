// The server store: PostgreSQL through node-postgres, for stores shared by several processes or
// machines (`--db postgres://user@host/db`). Same behaviour as the SQLite store: one transaction
// per batch, re-ingesting identical text is a no-op, new text under the same id is a new version.
// Writers may run at once: each batch takes a transaction-scoped advisory lock per article id.
import pg from 'pg';
import type {
  ArticleToPut,
  Candidate,
  Fingerprint,
  IndexState,
  PutResult,
  Store,
  StoredArticle,
  StoryRecord,
  TraceRecord,
} from './store.js';
import {
  INDEX_VERSION_COUNTER,
  REBUILT_THROUGH_COUNTER,
  storiesFromMembers,
  toArticle,
  type ArticleRow,
} from './rows.js';
import { insertPostings, readIndexState, retrieve, setCounters } from './postgres-index.js';
import { PG_MIGRATIONS } from './postgres-schema.js';

const INT8_OID = 20;
/** 64-bit integers as numbers: band keys use 37 bits, counters and sizes stay far below 2^53. */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID && format !== 'binary'
      ? (v: string) => Number(v)
      : pg.types.getTypeParser(oid, format ?? 'text')) as typeof pg.types.getTypeParser,
};

const ARTICLE_COLUMNS = 'key, id, version, hash, text, date, title, url, outlet, ingested_at';

/** A schema name from the URL's `schema` parameter: letters, digits and underscores only. */
function schemaOf(url: URL): string | null {
  const s = url.searchParams.get('schema');
  if (s === null) return null;
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(s)) throw new Error(`bad schema name in store URL: ${s}`);
  return s;
}

export class PostgresStore implements Store {
  private constructor(private readonly pool: pg.Pool) {}

  /**
   * Connects and brings the schema up to date. `?schema=NAME` in the URL keeps the store in its
   * own schema (created if missing), so that several stores can share one database.
   */
  static async connect(connectionString: string): Promise<PostgresStore> {
    const url = new URL(connectionString);
    const schema = schemaOf(url);
    url.searchParams.delete('schema');
    const pool = new pg.Pool({
      connectionString: url.toString(),
      max: 4,
      types,
      ...(schema ? { options: `-c search_path=${schema}` } : {}),
    });
    // An idle client's connection error (the server restarting) must not crash the process.
    pool.on('error', () => {});
    const store = new PostgresStore(pool);
    try {
      await store.migrate(schema);
    } catch (e) {
      await pool.end();
      throw e;
    }
    return store;
  }

  private async migrate(schema: string | null): Promise<void> {
    await this.transaction(async (c) => {
      // One process migrates at a time; the others wait, then find the schema current.
      await c.query("SELECT pg_advisory_xact_lock(hashtextextended('unspin schema', 0))");
      if (schema) await c.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      await c.query('CREATE TABLE IF NOT EXISTS unspin_schema (version integer NOT NULL)');
      const { rows } = await c.query<{ version: number }>('SELECT version FROM unspin_schema');
      const current = rows[0]?.version ?? 0;
      if (current > PG_MIGRATIONS.length)
        throw new Error(
          `store schema version ${current} is newer than this unspin (${PG_MIGRATIONS.length})`,
        );
      for (let v = current; v < PG_MIGRATIONS.length; v++) await c.query(PG_MIGRATIONS[v]);
      if (rows.length === 0)
        await c.query('INSERT INTO unspin_schema (version) VALUES ($1)', [PG_MIGRATIONS.length]);
      else await c.query('UPDATE unspin_schema SET version = $1', [PG_MIGRATIONS.length]);
    });
  }

  /** Runs `work` in one transaction on one connection: all of it is committed, or none. */
  private async transaction<T>(work: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN');
      const out = await work(c);
      await c.query('COMMIT');
      return out;
    } catch (e) {
      await c.query('ROLLBACK').catch(() => {});
      throw e;
    } finally {
      c.release();
    }
  }

  private async rows<R extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<R[]> {
    return (await this.pool.query<R>(sql, params)).rows;
  }

  async putArticles(batch: ArticleToPut[]): Promise<PutResult[]> {
    if (batch.length === 0) return [];
    const now = new Date().toISOString();
    return this.transaction(async (c) => {
      const ids = batch.map((b) => b.article.id);
      // Writers of the same ids wait for each other; locks are taken in one sorted order.
      await c.query(
        'SELECT pg_advisory_xact_lock(h) FROM (SELECT DISTINCT hashtextextended(id, 1) AS h FROM unnest($1::text[]) id) x ORDER BY h',
        [ids],
      );
      // The whole batch in a few statements: the latest stored versions, then the outcome of
      // each article in order (an id may come twice in a batch), then one insert.
      const stored = await c.query<{ id: string; key: number; version: number; hash: string }>(
        'SELECT id, key, version, hash FROM articles WHERE latest AND id = ANY($1::text[])',
        [[...new Set(ids)]],
      );
      const latest = new Map<string, { key: number | null; version: number; hash: string }>(
        stored.rows.map((r) => [r.id, r]),
      );
      const retire: number[] = [];
      const addedEarlier: { index: number; version: number }[] = [];
      const rows: { item: ArticleToPut; version: number; index: number }[] = [];
      const out: (PutResult | null)[] = [];
      for (const item of batch) {
        const id = item.article.id;
        const prev = latest.get(id);
        if (prev && prev.hash === item.hash) {
          // Unchanged: an article stored before, or one this batch adds (its key filled in below).
          if (prev.key === null) addedEarlier.push({ index: out.length, version: prev.version });
          out.push({ id, key: prev.key ?? -1, outcome: 'unchanged' });
          continue;
        }
        // The old version stays, retired: its postings are filtered out at query time.
        if (prev && prev.key !== null) retire.push(prev.key);
        const version = prev ? prev.version + 1 : 1;
        latest.set(id, { key: null, version, hash: item.hash });
        rows.push({ item, version, index: out.length });
        out.push(null);
      }
      if (retire.length)
        await c.query('UPDATE articles SET latest = false WHERE key = ANY($1::integer[])', [retire]);
      const keyOf = new Map<string, number>();
      if (rows.length) {
        // Only the last version of an id in this batch stays latest.
        const lastVersion = new Map(rows.map((r) => [r.item.article.id, r.version]));
        const col = <T>(f: (r: (typeof rows)[number]) => T) => rows.map(f);
        const inserted = await c.query<{ key: number; id: string; version: number }>(
          `INSERT INTO articles (id, version, latest, hash, text, date, title, url, outlet, ingested_at)
           SELECT *, $10::text FROM unnest($1::text[], $2::integer[], $3::boolean[], $4::text[], $5::text[],
             $6::text[], $7::text[], $8::text[], $9::text[])
           RETURNING key, id, version`,
          [
            col((r) => r.item.article.id),
            col((r) => r.version),
            col((r) => lastVersion.get(r.item.article.id) === r.version),
            col((r) => r.item.hash),
            col((r) => r.item.article.text),
            col((r) => r.item.article.date),
            col((r) => r.item.article.title),
            col((r) => r.item.article.url),
            col((r) => r.item.article.outlet),
            now,
          ],
        );
        for (const r of inserted.rows) keyOf.set(`${r.version}\u0000${r.id}`, r.key);
      }
      const indexed: { key: number; fingerprint: Fingerprint }[] = [];
      const units: { keys: number[]; values: Buffer[] } = { keys: [], values: [] };
      let added = 0;
      for (const { item, version, index } of rows) {
        const key = keyOf.get(`${version}\u0000${item.article.id}`)!;
        indexed.push({ key, fingerprint: item.fingerprint });
        if (item.units) {
          units.keys.push(key);
          units.values.push(Buffer.from(item.units));
        }
        if (version === 1) added++;
        out[index] = { id: item.article.id, key, outcome: version === 1 ? 'new' : 'version' };
      }
      // "Unchanged" repeats of a text this batch added take the key it was given.
      for (const { index, version } of addedEarlier) {
        const r = out[index]!;
        r.key = keyOf.get(`${version}\u0000${r.id}`)!;
      }
      await insertPostings(c, indexed);
      if (units.keys.length)
        await c.query(
          `INSERT INTO article_units (key, units) SELECT * FROM unnest($1::integer[], $2::bytea[])
           ON CONFLICT (key) DO UPDATE SET units = excluded.units`,
          [units.keys, units.values],
        );
      if (added) await c.query("UPDATE counters SET value = value + $1 WHERE name = 'articles'", [added]);
      return out as PutResult[];
    });
  }

  async indexState(): Promise<IndexState> {
    return readIndexState(this.pool);
  }

  async initIndexVersion(version: number): Promise<number> {
    await this.pool.query('INSERT INTO counters (name, value) VALUES ($1, $2) ON CONFLICT DO NOTHING', [
      INDEX_VERSION_COUNTER,
      version,
    ]);
    return (await this.indexState()).version!;
  }

  async clearIndex(): Promise<void> {
    await this.transaction(async (c) => {
      await c.query('TRUNCATE lsh, anchors, anchor_df');
      await setCounters(c, [
        [INDEX_VERSION_COUNTER, 0],
        [REBUILT_THROUGH_COUNTER, 0],
      ]);
    });
  }

  async articlesAfter(afterKey: number, limit: number): Promise<StoredArticle[]> {
    const rows = await this.rows<ArticleRow>(
      `SELECT ${ARTICLE_COLUMNS} FROM articles WHERE key > $1 ORDER BY key LIMIT $2`,
      [afterKey, limit],
    );
    return rows.map(toArticle);
  }

  async reindexArticles(
    items: { key: number; fingerprint: Fingerprint }[],
    throughKey: number,
  ): Promise<void> {
    await this.transaction(async (c) => {
      await insertPostings(c, items);
      await setCounters(c, [[REBUILT_THROUGH_COUNTER, throughKey]]);
    });
  }

  async finishReindex(version: number): Promise<void> {
    await this.transaction(async (c) => {
      await setCounters(c, [[INDEX_VERSION_COUNTER, version]]);
      await c.query('DELETE FROM counters WHERE name = $1', [REBUILT_THROUGH_COUNTER]);
    });
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const [r] = await this.rows<ArticleRow>(
      `SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id = $1 AND latest`,
      [id],
    );
    return r ? toArticle(r) : null;
  }

  async getArticleByKey(key: number): Promise<StoredArticle | null> {
    const [r] = await this.rows<ArticleRow>(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE key = $1`, [key]);
    return r ? toArticle(r) : null;
  }

  async listArticles(opts: { limit?: number; offset?: number } = {}): Promise<StoredArticle[]> {
    const rows = await this.rows<ArticleRow>(
      `SELECT ${ARTICLE_COLUMNS} FROM articles WHERE latest ORDER BY key LIMIT $1 OFFSET $2`,
      [opts.limit ?? null, opts.offset ?? 0],
    );
    return rows.map(toArticle);
  }

  async countArticles(): Promise<number> {
    const [r] = await this.rows<{ value: number }>("SELECT value FROM counters WHERE name = 'articles'");
    return r?.value ?? 0;
  }

  async getUnits(key: number): Promise<Uint8Array | null> {
    const [r] = await this.rows<{ units: Buffer }>('SELECT units FROM article_units WHERE key = $1', [key]);
    return r?.units ?? null;
  }

  async anchorCounts(anchors: number[]): Promise<Map<number, number>> {
    const out = new Map<number, number>(anchors.map((a) => [a, 0]));
    const rows = await this.rows<{ anchor: number; n: number }>(
      'SELECT anchor, n FROM anchor_df WHERE anchor = ANY($1::bigint[])',
      [anchors],
    );
    for (const r of rows) out.set(r.anchor, r.n);
    return out;
  }

  async candidates(fp: Fingerprint, opts: { limit: number; exclude?: number }): Promise<Candidate[]> {
    return retrieve(this.pool, fp, Math.max(1, await this.countArticles()), opts);
  }

  async saveTrace(rec: TraceRecord): Promise<void> {
    await this.pool.query(
      'INSERT INTO traces (key, json) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET json = excluded.json',
      [rec.key, JSON.stringify(rec)],
    );
  }

  async getTrace(key: number): Promise<TraceRecord | null> {
    const [r] = await this.rows<{ json: string }>('SELECT json FROM traces WHERE key = $1', [key]);
    return r ? (JSON.parse(r.json) as TraceRecord) : null;
  }

  async listTraces(): Promise<TraceRecord[]> {
    const rows = await this.rows<{ json: string }>('SELECT json FROM traces ORDER BY key');
    return rows.map((r) => JSON.parse(r.json) as TraceRecord);
  }

  async untracedKeys(): Promise<number[]> {
    const rows = await this.rows<{ key: number }>(
      'SELECT a.key FROM articles a WHERE a.latest AND NOT EXISTS (SELECT 1 FROM traces t WHERE t.key = a.key) ORDER BY a.key',
    );
    return rows.map((r) => r.key);
  }

  async countUntraced(): Promise<number> {
    const [r] = await this.rows<{ n: number }>(
      'SELECT count(*) AS n FROM articles a WHERE a.latest AND NOT EXISTS (SELECT 1 FROM traces t WHERE t.key = a.key)',
    );
    return r.n;
  }

  async assignStory(key: number, story: string): Promise<void> {
    await this.pool.query(
      'INSERT INTO story_members (key, story) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET story = excluded.story',
      [key, story],
    );
  }

  async mergeStories(from: string, into: string): Promise<void> {
    if (from !== into)
      await this.pool.query('UPDATE story_members SET story = $1 WHERE story = $2', [into, from]);
  }

  async newStoryId(): Promise<string> {
    const [r] = await this.rows<{ value: number }>(
      `INSERT INTO counters (name, value) VALUES ('story', 1)
       ON CONFLICT (name) DO UPDATE SET value = counters.value + 1 RETURNING value`,
    );
    return `s${r.value}`;
  }

  async listStories(opts: { limit?: number; offset?: number } = {}): Promise<StoryRecord[]> {
    const rows = await this.rows<{ story: string; key: number }>(
      'SELECT story, key FROM story_members ORDER BY story, key',
    );
    return storiesFromMembers(rows, opts);
  }

  async storyOf(key: number): Promise<string | null> {
    const [r] = await this.rows<{ story: string }>('SELECT story FROM story_members WHERE key = $1', [key]);
    return r?.story ?? null;
  }

  async storiesOf(keys: number[]): Promise<Map<number, string>> {
    if (keys.length === 0) return new Map();
    const rows = await this.rows<{ key: number; story: string }>(
      'SELECT key, story FROM story_members WHERE key = ANY($1::int[])',
      [[...new Set(keys)]],
    );
    return new Map(rows.map((r) => [r.key, r.story]));
  }

  async storyFirstDate(story: string): Promise<string | null> {
    const [r] = await this.rows<{ date: string | null }>(
      `SELECT min(a.date) AS date FROM story_members m JOIN articles a ON a.key = m.key
       WHERE m.story = $1 AND a.date IS NOT NULL`,
      [story],
    );
    return r?.date ?? null;
  }

  async search(query: string, limit: number): Promise<{ key: number; id: string; snippet: string }[]> {
    // Words only, ANDed by plainto_tsquery: user input never reaches tsquery syntax.
    const terms = (query.match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 20);
    if (terms.length === 0) return [];
    return this.rows<{ key: number; id: string; snippet: string }>(
      `SELECT a.key, a.id,
         ts_headline('english', a.text, q, 'StartSel=[, StopSel=], MaxWords=24, MinWords=8, MaxFragments=1, FragmentDelimiter=…') AS snippet
       FROM articles a, plainto_tsquery('english', $1) q
       WHERE a.latest AND a.tsv @@ q
       ORDER BY ts_rank(a.tsv, q) DESC, a.key LIMIT $2`,
      [terms.join(' '), limit],
    );
  }

  async indexBytes(): Promise<number> {
    const [r] = await this.rows<{ b: number }>(
      "SELECT pg_total_relation_size('lsh') + pg_total_relation_size('anchors') + pg_total_relation_size('anchor_df') AS b",
    );
    return r.b;
  }

  async unitsBytes(): Promise<number> {
    const [r] = await this.rows<{ b: number }>("SELECT pg_total_relation_size('article_units') AS b");
    return r.b;
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
