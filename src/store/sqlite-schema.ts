// SQLite schema, as numbered migrations applied in order inside a transaction.
// `PRAGMA user_version` records how many have been applied.
export const MIGRATIONS: string[] = [
  // 1: articles with versions, the retrieval index, traces, stories, full-text search.
  `
  CREATE TABLE articles (
    key INTEGER PRIMARY KEY,
    id TEXT NOT NULL,
    version INTEGER NOT NULL,
    latest INTEGER NOT NULL DEFAULT 1,
    hash TEXT NOT NULL,
    text TEXT NOT NULL,
    date TEXT,
    title TEXT,
    url TEXT,
    outlet TEXT,
    ingested_at TEXT NOT NULL,
    UNIQUE (id, version)
  );
  CREATE INDEX articles_latest ON articles (id) WHERE latest = 1;
  CREATE TABLE lsh (band INTEGER NOT NULL, key INTEGER NOT NULL, PRIMARY KEY (band, key)) WITHOUT ROWID;
  CREATE TABLE anchors (anchor INTEGER NOT NULL, key INTEGER NOT NULL, PRIMARY KEY (anchor, key)) WITHOUT ROWID;
  CREATE TABLE anchor_df (anchor INTEGER PRIMARY KEY, n INTEGER NOT NULL);
  CREATE TABLE traces (key INTEGER PRIMARY KEY, json TEXT NOT NULL);
  CREATE TABLE story_members (key INTEGER PRIMARY KEY, story TEXT NOT NULL);
  CREATE INDEX story_members_story ON story_members (story);
  CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
  CREATE VIRTUAL TABLE articles_fts USING fts5 (title, text, content='articles', content_rowid='key',
    tokenize='porter unicode61');
  `,
  // 2: each article's packed sentence units (see src/reuse/units.ts), so tracing screens
  // candidates without re-tokenising them; the article count kept as a counter.
  `
  CREATE TABLE article_units (key INTEGER PRIMARY KEY, units BLOB NOT NULL);
  INSERT OR REPLACE INTO counters (name, value)
    SELECT 'articles', count(*) FROM articles WHERE latest = 1;
  `,
  // 3: the fingerprint version of the retrieval index (src/reuse/reindex.ts): a store that holds
  // articles already was indexed by version 1; an empty one records its version on first ingest.
  `
  INSERT OR IGNORE INTO counters (name, value)
    SELECT 'index_version', 1 WHERE EXISTS (SELECT 1 FROM articles);
  `,
];
