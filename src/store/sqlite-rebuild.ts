// Rebuilding the SQLite store's retrieval index (`unspin reindex`). Each batch appends its
// postings to two staging tables, in one transaction that also records how far the rebuild has
// come (so an interrupted rebuild resumes); the last step moves them into the index sorted by the
// index's key, and counts anchor frequencies in one pass. Writing postings straight into the
// index's B-trees, in article order, touches pages all over the trees: that is what made a rebuild
// of a store of a million articles take most of half an hour (docs/store.md).
import type Database from 'better-sqlite3';
import type { Fingerprint } from './store.js';
import { INDEX_VERSION_COUNTER, REBUILT_THROUGH_COUNTER } from './rows.js';

/** Plain rowid tables: rows are appended, in the order articles are read. */
const CREATE_STAGING = `
  CREATE TABLE IF NOT EXISTS lsh_rebuild (band INTEGER NOT NULL, key INTEGER NOT NULL);
  CREATE TABLE IF NOT EXISTS anchors_rebuild (anchor INTEGER NOT NULL, key INTEGER NOT NULL);`;

const DROP_STAGING = 'DROP TABLE IF EXISTS lsh_rebuild; DROP TABLE IF EXISTS anchors_rebuild;';

/** Rows per INSERT statement (a statement call costs more than appending a row). */
const ROWS_PER_STATEMENT = 64;

function setCounter(db: Database.Database, name: string, value: number): void {
  db.prepare('INSERT OR REPLACE INTO counters (name, value) VALUES (?, ?)').run(name, value);
}

/** Empties the index and its staging tables, and marks the index as being rebuilt. */
export function clearIndex(db: Database.Database): void {
  db.transaction(() => {
    db.exec(`DELETE FROM lsh; DELETE FROM anchors; DELETE FROM anchor_df; ${DROP_STAGING} ${CREATE_STAGING}`);
    setCounter(db, INDEX_VERSION_COUNTER, 0);
    setCounter(db, REBUILT_THROUGH_COUNTER, 0);
  })();
}

/** Appends (value, key) rows to a staging table, ROWS_PER_STATEMENT per statement. */
class RowAppender {
  private statements = new Map<number, Database.Statement>();
  private params: number[] = [];

  constructor(
    private db: Database.Database,
    private table: string,
    private column: string,
  ) {}

  add(value: number, key: number): void {
    this.params.push(value, key);
    if (this.params.length === 2 * ROWS_PER_STATEMENT) this.flush();
  }

  flush(): void {
    const n = this.params.length / 2;
    if (n === 0) return;
    let stmt = this.statements.get(n);
    if (!stmt) {
      const rows = Array.from({ length: n }, () => '(?, ?)').join(', ');
      stmt = this.db.prepare(`INSERT INTO ${this.table} (${this.column}, key) VALUES ${rows}`);
      this.statements.set(n, stmt);
    }
    stmt.run(...this.params);
    this.params = [];
  }
}

/** Stages the postings of a batch of articles; the rebuild has then reached `throughKey`. */
export function stagePostings(
  db: Database.Database,
  items: { key: number; fingerprint: Fingerprint }[],
  throughKey: number,
): void {
  db.transaction(() => {
    // A rebuild begun by an unspin that wrote postings straight into the index has no staging
    // tables; the rows it wrote stay, and publishing adds these to them.
    db.exec(CREATE_STAGING);
    const bands = new RowAppender(db, 'lsh_rebuild', 'band');
    const anchors = new RowAppender(db, 'anchors_rebuild', 'anchor');
    for (const { key, fingerprint } of items) {
      for (const band of fingerprint.bands) bands.add(band, key);
      for (const anchor of new Set(fingerprint.anchors)) anchors.add(anchor, key);
    }
    bands.flush();
    anchors.flush();
    setCounter(db, REBUILT_THROUGH_COUNTER, throughKey);
  })();
}

/**
 * Moves the staged postings into the index in its own key order (SQLite sorts them on the way) and
 * counts each anchor's articles; then the index holds fingerprints of `version`. One transaction:
 * if it is interrupted, the staged rows are still there for the next `unspin reindex`.
 */
export function publishStaged(db: Database.Database, version: number): void {
  db.transaction(() => {
    db.exec(CREATE_STAGING);
    db.exec(`
      INSERT OR IGNORE INTO lsh (band, key) SELECT band, key FROM lsh_rebuild ORDER BY band, key;
      INSERT OR IGNORE INTO anchors (anchor, key) SELECT anchor, key FROM anchors_rebuild ORDER BY anchor, key;
      DELETE FROM anchor_df;
      INSERT INTO anchor_df (anchor, n) SELECT anchor, count(*) FROM anchors GROUP BY anchor;
      ${DROP_STAGING}`);
    setCounter(db, INDEX_VERSION_COUNTER, version);
    db.prepare('DELETE FROM counters WHERE name = ?').run(REBUILT_THROUGH_COUNTER);
  })();
}
