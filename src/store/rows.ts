// What both stores read from their tables and turn into the Store interface's shapes: an article
// row (snake_case columns) and story members.
import type { StoredArticle, StoryRecord } from './store.js';

export interface ArticleRow {
  key: number;
  id: string;
  version: number;
  hash: string;
  text: string;
  date: string | null;
  title: string | null;
  url: string | null;
  outlet: string | null;
  ingested_at: string;
}

export function toArticle(r: ArticleRow): StoredArticle {
  return {
    key: r.key,
    id: r.id,
    version: r.version,
    hash: r.hash,
    text: r.text,
    date: r.date,
    title: r.title,
    url: r.url,
    outlet: r.outlet,
    ingestedAt: r.ingested_at,
  };
}

/** Stories from (story, key) rows in story then key order: ordered by first member, paged. */
export function storiesFromMembers(
  rows: Iterable<{ story: string; key: number }>,
  opts: { limit?: number; offset?: number },
): StoryRecord[] {
  const map = new Map<string, number[]>();
  for (const { story, key } of rows) {
    let m = map.get(story);
    if (!m) map.set(story, (m = []));
    m.push(key);
  }
  const all = [...map.entries()].map(([id, members]) => ({ id, members }));
  all.sort((a, b) => a.members[0] - b.members[0]);
  const off = opts.offset ?? 0;
  return all.slice(off, opts.limit === undefined ? undefined : off + opts.limit);
}

/** Counters naming the retrieval index's fingerprint version and how far a rebuild has come. */
export const INDEX_VERSION_COUNTER = 'index_version';
export const REBUILT_THROUGH_COUNTER = 'reindex_through';
