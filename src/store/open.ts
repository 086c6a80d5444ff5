// Opens the store a command names: `--db`, else $UNSPIN_DB, else ./unspin.db (embedded SQLite).
import type { Store } from './store.js';
import { SqliteStore } from './sqlite.js';

export function defaultDbPath(): string {
  return process.env.UNSPIN_DB || 'unspin.db';
}

export async function openStore(db?: string): Promise<Store> {
  const target = db || defaultDbPath();
  if (/^[a-z]+:\/\//i.test(target))
    throw new Error(`unsupported store URL ${target.split('://')[0]}:// (use a SQLite file path)`);
  return new SqliteStore(target);
}
