// PostgreSQL schema, as numbered migrations applied in order, each in its own transaction;
// `unspin_schema.version` records how many have been applied. The tables mirror the SQLite store
// (src/store/sqlite-schema.ts); band keys and anchors are 64-bit (band keys need 37 bits).
export const PG_MIGRATIONS: string[] = [
  // 1: articles with versions, the retrieval index, traces, stories, full-text search, units.
  `
  CREATE TABLE articles (
    key integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id text NOT NULL,
    version integer NOT NULL,
    latest boolean NOT NULL DEFAULT true,
    hash text NOT NULL,
    text text NOT NULL,
    date text,
    title text,
    url text,
    outlet text,
    ingested_at text NOT NULL,
    tsv tsvector GENERATED ALWAYS AS (
      setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', text), 'B')
    ) STORED,
    UNIQUE (id, version)
  );
  CREATE UNIQUE INDEX articles_latest ON articles (id) WHERE latest;
  CREATE INDEX articles_tsv ON articles USING gin (tsv);
  CREATE TABLE lsh (band bigint NOT NULL, key integer NOT NULL, PRIMARY KEY (band, key));
  CREATE TABLE anchors (anchor bigint NOT NULL, key integer NOT NULL, PRIMARY KEY (anchor, key));
  CREATE TABLE anchor_df (anchor bigint PRIMARY KEY, n integer NOT NULL);
  CREATE TABLE article_units (key integer PRIMARY KEY, units bytea NOT NULL);
  -- Traces as the JSON text written, so that they read back with their keys in the same order.
  CREATE TABLE traces (key integer PRIMARY KEY, json text NOT NULL);
  CREATE TABLE story_members (key integer PRIMARY KEY, story text NOT NULL);
  CREATE INDEX story_members_story ON story_members (story);
  CREATE TABLE counters (name text PRIMARY KEY, value bigint NOT NULL);
  INSERT INTO counters (name, value) VALUES ('articles', 0);
  `,
  // 2: the fingerprint version of the retrieval index (as the SQLite store's migration 3).
  `
  INSERT INTO counters (name, value)
    SELECT 'index_version', 1 WHERE EXISTS (SELECT 1 FROM articles) ON CONFLICT DO NOTHING;
  `,
];
