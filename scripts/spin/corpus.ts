// Reading the research-only news corpus (../shared/data/news-corpus/*.jsonl.gz) for development and
// evaluation. Nothing read here is ever shipped: models built from it stay outside the repository.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

export const SHARED_DATA = fileURLToPath(new URL('../../../shared/data/', import.meta.url));

export interface CorpusArticle {
  id: string;
  text: string;
}

export function sharedDataPresent(): boolean {
  return existsSync(SHARED_DATA);
}

/** Every article of the news corpus, in file order. */
export function readNewsCorpus(): CorpusArticle[] {
  const dir = join(SHARED_DATA, 'news-corpus');
  const out: CorpusArticle[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl.gz'))
    .sort()) {
    const lines = gunzipSync(readFileSync(join(dir, file)))
      .toString('utf8')
      .split('\n');
    for (const line of lines) {
      if (!line.trim()) continue;
      const row = JSON.parse(line) as { id: string; text: string };
      out.push({ id: row.id, text: row.text });
    }
  }
  return out;
}

/** Deterministic split: every `every`-th article is held out for evaluation. */
export function isHeldOut(index: number, every = 40): boolean {
  return index % every === 7;
}

/** A development slice for tuning, disjoint from the held-out articles. */
export function isDevSlice(index: number, every = 40): boolean {
  return index % every === 23;
}
