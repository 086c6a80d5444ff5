// Counts the PostgreSQL store's calls and queries while the bundled demo story is traced, a
// figure that does not depend on the machine's speed:
//   node --import tsx bench/postgres-queries.ts --url postgres://user@host/db
// Works in a fresh schema of its own, dropped at the end.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PostgresStore } from '../src/store/postgres.js';
import { ingestArticles } from '../src/reuse/ingest.js';
import { traceKeys } from '../src/provenance/run.js';
import pg from 'pg';
import type { Article } from '../src/model.js';

const at = process.argv.indexOf('--url');
const url = at >= 0 ? process.argv[at + 1] : process.env.UNSPIN_TEST_PG;
if (!url) {
  console.error('usage: postgres-queries.ts --url postgres://user@host/db (or $UNSPIN_TEST_PG)');
  process.exit(2);
}
const schema = `unspin_queries_${process.pid}`;
const store = await PostgresStore.connect(`${url}${url.includes('?') ? '&' : '?'}schema=${schema}`);
const demo = fileURLToPath(new URL('../data/demo/story.jsonl', import.meta.url));
const articles = readFileSync(demo, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as Article);
const put = await ingestArticles(store, articles);

// Count every call of the store's methods while tracing; `rows` is the one that sends a query.
const calls = new Map<string, number>();
const methods = store as unknown as Record<string, (...args: unknown[]) => unknown>;
for (const name of Object.getOwnPropertyNames(PostgresStore.prototype)) {
  const f = methods[name];
  if (typeof f !== 'function' || name === 'constructor') continue;
  methods[name] = function (this: unknown, ...args: unknown[]) {
    calls.set(name, (calls.get(name) ?? 0) + 1);
    return f.apply(this, args);
  };
}
await traceKeys(
  store,
  put.map((p) => p.key),
);
console.log(`${put.length} demo articles traced on PostgreSQL: ${calls.get('rows') ?? 0} queries`);
for (const [name, n] of [...calls].sort((a, b) => b[1] - a[1]))
  if (name !== 'rows') console.log(`  ${name} ${n}`);
await store.close();
const client = new pg.Client({ connectionString: url });
await client.connect();
await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
await client.end();
