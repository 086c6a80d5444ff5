// The embedded store: SQLite through better-sqlite3, in WAL mode, one transaction per batch.
import Database from 'better-sqlite3';
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
import { MIGRATIONS } from './sqlite-schema.js';
import { clearIndex, publishStaged, stagePostings } from './sqlite-rebuild.js';
import { retrievalScore } from './store.js';
import {
  INDEX_VERSION_COUNTER,
  REBUILT_THROUGH_COUNTER,
  storiesFromMembers,
  toArticle,
  type ArticleRow,
} from './rows.js';

// Latest article versions without a trace record (untracedKeys, countUntraced).
const UNTRACED =
  'FROM articles a WHERE a.latest = 1 AND NOT EXISTS (SELECT 1 FROM traces t WHERE t.key = a.key)';

/** Anchors held by more articles than this are too common to retrieve by. */
const MAX_ANCHOR_DF = 2_000;
const MAX_POSTINGS_PER_KEY = 400;
/** Rows one INSERT statement of postings holds (an article has 16 bands and at most 16 anchors). */
const ROWS_PER_STATEMENT = 16;

/** values[from, from + n) as (value, key) pairs, flattened: the parameters of a multi-row INSERT. */
function withKey(values: number[], from: number, n: number, key: number): number[] {
  const out = new Array<number>(2 * n);
  for (let i = 0; i < n; i++) {
    out[2 * i] = values[from + i];
    out[2 * i + 1] = key;
  }
  return out;
}

export class SqliteStore implements Store {
  readonly db: Database.Database;
  private stmt: ReturnType<SqliteStore['prepareAll']>;
  private rowStatements = new Map<string, Database.Statement>();

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('cache_size = -262144'); // 256 MB page cache
    this.db.pragma('busy_timeout = 5000');
    this.migrate();
    this.stmt = this.prepareAll();
  }

  private migrate(): void {
    const current = this.db.pragma('user_version', { simple: true }) as number;
    if (current > MIGRATIONS.length)
      throw new Error(`store schema version ${current} is newer than this unspin (${MIGRATIONS.length})`);
    for (let v = current; v < MIGRATIONS.length; v++) {
      this.db.transaction(() => {
        this.db.exec(MIGRATIONS[v]);
        this.db.pragma(`user_version = ${v + 1}`);
      })();
    }
  }

  private prepareAll() {
    const db = this.db;
    return {
      latestById: db.prepare<[string], ArticleRow>('SELECT * FROM articles WHERE id = ? AND latest = 1'),
      byKey: db.prepare<[number], ArticleRow>('SELECT * FROM articles WHERE key = ?'),
      insert: db.prepare(
        `INSERT INTO articles (id, version, latest, hash, text, date, title, url, outlet, ingested_at)
         VALUES (@id, @version, 1, @hash, @text, @date, @title, @url, @outlet, @ingested_at)`,
      ),
      retire: db.prepare('UPDATE articles SET latest = 0 WHERE key = ?'),
      ftsSync: db.prepare(
        `INSERT INTO articles_fts (rowid, title, text)
         SELECT key, coalesce(title, ''), text FROM articles WHERE key > ? AND latest = 1 ORDER BY key`,
      ),
      ftsIndexed: db.prepare<[], { value: number }>("SELECT value FROM counters WHERE name = 'fts_indexed'"),
      ftsSetIndexed: db.prepare(
        "INSERT INTO counters (name, value) VALUES ('fts_indexed', ?) ON CONFLICT(name) DO UPDATE SET value = excluded.value",
      ),
      maxKey: db.prepare<[], { k: number | null }>('SELECT max(key) AS k FROM articles'),
      ftsDelete: db.prepare(
        "INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', ?, ?, ?)",
      ),
      isLatest: db.prepare<[number], { latest: number }>('SELECT latest FROM articles WHERE key = ?'),
      df: db.prepare<[number], { n: number }>('SELECT n FROM anchor_df WHERE anchor = ?'),
      // Postings as plain keys (pluck): no row object per posting.
      bandPostings: db
        .prepare<[number, number], number>('SELECT key FROM lsh WHERE band = ? LIMIT ?')
        .pluck(),
      anchorPostings: db
        .prepare<[number, number], number>('SELECT key FROM anchors WHERE anchor = ? LIMIT ?')
        .pluck(),
      count: db.prepare<[], { n: number }>("SELECT value AS n FROM counters WHERE name = 'articles'"),
      counter: db.prepare<[string], { value: number }>('SELECT value FROM counters WHERE name = ?'),
      counterSet: db.prepare<[string, number]>('INSERT OR REPLACE INTO counters (name, value) VALUES (?, ?)'),
      counterInit: db.prepare<[string, number]>('INSERT OR IGNORE INTO counters (name, value) VALUES (?, ?)'),
      counterDrop: db.prepare<[string]>('DELETE FROM counters WHERE name = ?'),
      after: db.prepare<[number, number], ArticleRow>(
        'SELECT * FROM articles WHERE key > ? ORDER BY key LIMIT ?',
      ),
      countAdd: db.prepare<[number]>("UPDATE counters SET value = value + ? WHERE name = 'articles'"),
      unitsInsert: db.prepare('INSERT OR REPLACE INTO article_units (key, units) VALUES (?, ?)'),
      unitsGet: db.prepare<[number], { units: Buffer }>('SELECT units FROM article_units WHERE key = ?'),
      list: db.prepare<[number, number], ArticleRow>(
        'SELECT * FROM articles WHERE latest = 1 ORDER BY key LIMIT ? OFFSET ?',
      ),
      traceSave: db.prepare('INSERT OR REPLACE INTO traces (key, json) VALUES (?, ?)'),
      traceGet: db.prepare<[number], { json: string }>('SELECT json FROM traces WHERE key = ?'),
      traceAll: db.prepare<[], { json: string }>('SELECT json FROM traces ORDER BY key'),
      untraced: db.prepare<[], number>(`SELECT a.key ${UNTRACED} ORDER BY a.key`).pluck(),
      untracedCount: db.prepare<[], number>(`SELECT count(*) ${UNTRACED}`).pluck(),
      storySet: db.prepare('INSERT OR REPLACE INTO story_members (key, story) VALUES (?, ?)'),
      storyMerge: db.prepare('UPDATE story_members SET story = ? WHERE story = ?'),
      storyOf: db.prepare<[number], { story: string }>('SELECT story FROM story_members WHERE key = ?'),
      storyFirstDate: db.prepare<[string], { date: string | null }>(
        `SELECT min(a.date) AS date FROM story_members m JOIN articles a ON a.key = m.key
         WHERE m.story = ? AND a.date IS NOT NULL`,
      ),
      storyAll: db.prepare<[], { story: string; key: number }>(
        'SELECT story, key FROM story_members ORDER BY story, key',
      ),
      counterNext: db.prepare<[string], { value: number }>(
        `INSERT INTO counters (name, value) VALUES (?, 1)
         ON CONFLICT(name) DO UPDATE SET value = value + 1 RETURNING value`,
      ),
      search: db.prepare<[string, number], { key: number; id: string; snippet: string }>(
        `SELECT a.key, a.id, snippet(articles_fts, 1, '[', ']', '…', 12) AS snippet
         FROM articles_fts JOIN articles a ON a.key = articles_fts.rowid
         WHERE articles_fts MATCH ? AND a.latest = 1 ORDER BY bm25(articles_fts) LIMIT ?`,
      ),
    };
  }

  /**
   * Stores an article's retrieval postings: one statement per table, not one per row (a call into
   * SQLite costs more than the B-tree insert of a row, mostly in building its result object).
   */
  private index(key: number, fp: Fingerprint): void {
    const bands = fp.bands;
    for (let from = 0; from < bands.length; from += ROWS_PER_STATEMENT) {
      const n = Math.min(ROWS_PER_STATEMENT, bands.length - from);
      this.rowsStatement('lsh', n).run(...withKey(bands, from, n, key));
    }
    const anchors = [...new Set(fp.anchors)];
    for (let from = 0; from < anchors.length; from += ROWS_PER_STATEMENT) {
      const n = Math.min(ROWS_PER_STATEMENT, anchors.length - from);
      // The key was just assigned (one past the largest, and articles are never deleted), so none of
      // its postings exist yet: every row is new and counts once in its anchor's document frequency.
      const added = this.rowsStatement('anchors', n).run(...withKey(anchors, from, n, key)).changes;
      if (added !== n) throw new Error(`store: anchors of new article ${key} already stored`);
      this.rowsStatement('df', n).run(...anchors.slice(from, from + n));
    }
  }

  /** The multi-row INSERT of n rows into a retrieval table (prepared once per table and n). */
  private rowsStatement(table: 'lsh' | 'anchors' | 'df', n: number): Database.Statement {
    const name = `${table}:${n}`;
    let stmt = this.rowStatements.get(name);
    if (!stmt) {
      const rows = (row: string) => Array.from({ length: n }, () => row).join(', ');
      const sql =
        table === 'lsh'
          ? `INSERT OR IGNORE INTO lsh (band, key) VALUES ${rows('(?, ?)')}`
          : table === 'anchors'
            ? `INSERT OR IGNORE INTO anchors (anchor, key) VALUES ${rows('(?, ?)')}`
            : `INSERT INTO anchor_df (anchor, n) VALUES ${rows('(?, 1)')} ON CONFLICT(anchor) DO UPDATE SET n = n + 1`;
      this.rowStatements.set(name, (stmt = this.db.prepare(sql)));
    }
    return stmt;
  }

  async putArticles(batch: ArticleToPut[]): Promise<PutResult[]> {
    const now = new Date().toISOString();
    const run = this.db.transaction((items: ArticleToPut[]): PutResult[] => {
      const out: PutResult[] = [];
      let added = 0;
      for (const { article: a, hash, fingerprint, units } of items) {
        const prev = this.stmt.latestById.get(a.id);
        if (prev && prev.hash === hash) {
          out.push({ id: a.id, key: prev.key, outcome: 'unchanged' });
          continue;
        }
        if (prev) {
          this.stmt.retire.run(prev.key);
          // The old version leaves full-text search (if it was indexed yet); its retrieval postings
          // stay but are filtered out at query time (see `candidates`).
          if (prev.key <= this.ftsIndexedUpTo())
            this.stmt.ftsDelete.run(prev.key, prev.title ?? '', prev.text);
        }
        const info = this.stmt.insert.run({
          id: a.id,
          version: prev ? prev.version + 1 : 1,
          hash,
          text: a.text,
          date: a.date,
          title: a.title,
          url: a.url,
          outlet: a.outlet,
          ingested_at: now,
        });
        const key = Number(info.lastInsertRowid);
        this.index(key, fingerprint);
        if (units) this.stmt.unitsInsert.run(key, units);
        if (!prev) added++;
        out.push({ id: a.id, key, outcome: prev ? 'version' : 'new' });
      }
      if (added) this.stmt.countAdd.run(added);
      return out;
    });
    return run(batch);
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const r = this.stmt.latestById.get(id);
    return r ? toArticle(r) : null;
  }

  async getArticleByKey(key: number): Promise<StoredArticle | null> {
    const r = this.stmt.byKey.get(key);
    return r ? toArticle(r) : null;
  }

  async listArticles(opts: { limit?: number; offset?: number } = {}): Promise<StoredArticle[]> {
    return this.stmt.list.all(opts.limit ?? -1, opts.offset ?? 0).map(toArticle);
  }

  /** Latest articles, from the counter putArticles keeps (a count(*) reads the whole index). */
  async countArticles(): Promise<number> {
    return this.stmt.count.get()!.n;
  }

  async getUnits(key: number): Promise<Uint8Array | null> {
    return this.stmt.unitsGet.get(key)?.units ?? null;
  }

  async anchorCounts(anchors: number[]): Promise<Map<number, number>> {
    const out = new Map<number, number>();
    for (const a of anchors) out.set(a, this.stmt.df.get(a)?.n ?? 0);
    return out;
  }

  async candidates(fp: Fingerprint, opts: { limit: number; exclude?: number }): Promise<Candidate[]> {
    const byKey = new Map<number, Candidate>();
    const get = (key: number): Candidate => {
      let c = byKey.get(key);
      if (!c) byKey.set(key, (c = { key, bandHits: 0, anchorScore: 0 }));
      return c;
    };
    for (const b of fp.bands) {
      for (const key of this.stmt.bandPostings.all(b, MAX_POSTINGS_PER_KEY)) get(key).bandHits++;
    }
    const total = Math.max(1, this.stmt.count.get()!.n);
    for (const a of new Set(fp.anchors)) {
      const n = this.stmt.df.get(a)?.n ?? 0;
      if (n === 0 || n > MAX_ANCHOR_DF) continue;
      const w = Math.log(1 + total / n);
      for (const key of this.stmt.anchorPostings.all(a, MAX_POSTINGS_PER_KEY)) get(key).anchorScore += w;
    }
    if (opts.exclude !== undefined) byKey.delete(opts.exclude);
    const ranked = [...byKey.values()].sort((x, y) => retrievalScore(y) - retrievalScore(x));
    const out: Candidate[] = [];
    for (const c of ranked) {
      if (out.length >= opts.limit) break;
      if (this.stmt.isLatest.get(c.key)?.latest === 1) out.push(c);
    }
    return out;
  }

  async saveTrace(rec: TraceRecord): Promise<void> {
    this.stmt.traceSave.run(rec.key, JSON.stringify(rec));
  }

  async getTrace(key: number): Promise<TraceRecord | null> {
    const r = this.stmt.traceGet.get(key);
    return r ? (JSON.parse(r.json) as TraceRecord) : null;
  }

  async listTraces(): Promise<TraceRecord[]> {
    return this.stmt.traceAll.all().map((r) => JSON.parse(r.json) as TraceRecord);
  }

  async untracedKeys(): Promise<number[]> {
    return this.stmt.untraced.all();
  }

  async countUntraced(): Promise<number> {
    return this.stmt.untracedCount.get() ?? 0;
  }

  async assignStory(key: number, story: string): Promise<void> {
    this.stmt.storySet.run(key, story);
  }

  async mergeStories(from: string, into: string): Promise<void> {
    if (from !== into) this.stmt.storyMerge.run(into, from);
  }

  async newStoryId(): Promise<string> {
    return `s${this.stmt.counterNext.get('story')!.value}`;
  }

  async listStories(opts: { limit?: number; offset?: number } = {}): Promise<StoryRecord[]> {
    return storiesFromMembers(this.stmt.storyAll.all(), opts);
  }

  async storyOf(key: number): Promise<string | null> {
    return this.stmt.storyOf.get(key)?.story ?? null;
  }

  async storiesOf(keys: number[]): Promise<Map<number, string>> {
    const out = new Map<number, string>();
    for (const key of new Set(keys)) {
      const story = this.stmt.storyOf.get(key)?.story;
      if (story) out.set(key, story);
    }
    return out;
  }

  async storyFirstDate(story: string): Promise<string | null> {
    return this.stmt.storyFirstDate.get(story)?.date ?? null;
  }

  async indexState(): Promise<IndexState> {
    return {
      version: this.stmt.counter.get(INDEX_VERSION_COUNTER)?.value ?? null,
      rebuiltThrough: this.stmt.counter.get(REBUILT_THROUGH_COUNTER)?.value ?? null,
    };
  }

  async initIndexVersion(version: number): Promise<number> {
    this.stmt.counterInit.run(INDEX_VERSION_COUNTER, version);
    return this.stmt.counter.get(INDEX_VERSION_COUNTER)!.value;
  }

  async clearIndex(): Promise<void> {
    clearIndex(this.db);
  }

  async articlesAfter(afterKey: number, limit: number): Promise<StoredArticle[]> {
    return this.stmt.after.all(afterKey, limit).map(toArticle);
  }

  async reindexArticles(
    items: { key: number; fingerprint: Fingerprint }[],
    throughKey: number,
  ): Promise<void> {
    stagePostings(this.db, items, throughKey);
  }

  async finishReindex(version: number): Promise<void> {
    publishStaged(this.db, version);
  }

  private ftsIndexedUpTo(): number {
    return this.stmt.ftsIndexed.get()?.value ?? 0;
  }

  /**
   * Full-text search is indexed lazily, on the first search after an ingest, so that ingest
   * stays fast; one transaction indexes everything stored since the last search.
   */
  private syncFullText(): void {
    const upTo = this.ftsIndexedUpTo();
    const max = this.stmt.maxKey.get()?.k ?? 0;
    if (max <= upTo) return;
    this.db.transaction(() => {
      this.stmt.ftsSync.run(upTo);
      this.stmt.ftsSetIndexed.run(max);
    })();
  }

  async search(query: string, limit: number): Promise<{ key: number; id: string; snippet: string }[]> {
    this.syncFullText();
    // Quote every term: user input never reaches FTS5 query syntax.
    const terms = query.match(/[\p{L}\p{N}]+/gu) ?? [];
    if (terms.length === 0) return [];
    const q = terms
      .slice(0, 20)
      .map((t) => `"${t}"`)
      .join(' ');
    return this.stmt.search.all(q, limit);
  }

  async indexBytes(): Promise<number> {
    const r = this.db
      .prepare<[], { b: number }>(
        "SELECT sum(pgsize) AS b FROM dbstat WHERE name IN ('lsh', 'anchors', 'anchor_df', 'sqlite_autoindex_anchor_df_1')",
      )
      .get();
    return r?.b ?? 0;
  }

  async unitsBytes(): Promise<number> {
    const r = this.db
      .prepare<[], { b: number }>("SELECT sum(pgsize) AS b FROM dbstat WHERE name = 'article_units'")
      .get();
    return r?.b ?? 0;
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
