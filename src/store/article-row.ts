// An article as both stores read it from their `articles` table (snake_case columns), and the
// StoredArticle it becomes.
import type { StoredArticle } from './store.js';

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
