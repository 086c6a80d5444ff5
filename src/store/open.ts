// Opens the store a command names: `--db`, else $UNSPIN_DB, else ./unspin.db. A file path is the
// embedded SQLite store; a postgres:// (or postgresql://) URL is a PostgreSQL store.
import type { Store } from './store.js';
import { SqliteStore } from './sqlite.js';

export function defaultDbPath(): string {
  return process.env.UNSPIN_DB || 'unspin.db';
}

export function isPostgresUrl(target: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(target);
}

export async function openStore(db?: string): Promise<Store> {
  const target = db || defaultDbPath();
  if (isPostgresUrl(target)) {
    // Loaded only when asked for: SQLite users never load the PostgreSQL client.
    const { PostgresStore } = await import('./postgres.js');
    return PostgresStore.connect(target);
  }
  if (/^[a-z]+:\/\//i.test(target))
    throw new Error(
      `unsupported store URL ${target.split('://')[0]}:// (use a SQLite file path or a postgres:// URL)`,
    );
  return new SqliteStore(target);
}
