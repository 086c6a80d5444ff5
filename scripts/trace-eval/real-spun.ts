// Real content-farm spun copies with their sources (../shared/data/real-spun/): a real check that the
// trace engine finds the source of a spun copy, calls it `spun`, and leaves the source original.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../src/model.js';

export interface SpunPair {
  copy: Article;
  sourceId: string;
}

export function hasRealSpun(dataDir: string): boolean {
  return existsSync(join(dataDir, 'real-spun', 'dev.jsonl'));
}

function hostname(url: string): string | null {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

/**
 * The spun copies and their sources. Several copies share one source page (different spinners),
 * which is stored once. Both sides carry the record's date (the copies were published the same
 * day), so the direction must come from the text.
 */
export function loadRealSpun(dataDir: string): { sources: Article[]; pairs: SpunPair[] } {
  const sources = new Map<string, Article>();
  const pairs: SpunPair[] = [];
  const lines = readFileSync(join(dataDir, 'real-spun', 'dev.jsonl'), 'utf8').split('\n');
  for (const line of lines) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as {
      id: string;
      spun_url: string;
      source_url: string;
      date: string | null;
      spun: string;
      original: string;
    };
    const date = r.date && /^\d{4}-\d{2}-\d{2}$/.test(r.date) ? r.date : null;
    let src = sources.get(r.source_url);
    if (!src) {
      src = {
        id: `source-of-${r.id}`,
        text: r.original,
        date,
        title: null,
        url: r.source_url,
        outlet: hostname(r.source_url),
      };
      sources.set(r.source_url, src);
    }
    pairs.push({
      copy: { id: r.id, text: r.spun, date, title: null, url: r.spun_url, outlet: hostname(r.spun_url) },
      sourceId: src.id,
    });
  }
  return { sources: [...sources.values()], pairs };
}
