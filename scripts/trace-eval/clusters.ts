// The real story clusters: web pages of five wire stories with role, source and copy-type labels.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, CopyType } from '../../src/model.js';

export interface ClusterArticle {
  article: Article;
  cluster: string;
  role: 'original' | 'copy' | 'independent';
  sourceId: string | null;
  copyType: CopyType | null;
}

interface RawCluster {
  articles: {
    id: string;
    url: string | null;
    date: string | null;
    text: string;
    label: { role: ClusterArticle['role']; source_id: string | null; copy_type: CopyType | null };
  }[];
}

export function hasClusters(dataDir: string): boolean {
  const dir = join(dataDir, 'story-clusters');
  return existsSync(dir) && readdirSync(dir).some((f) => f.endsWith('.json'));
}

export function loadClusters(dataDir: string): ClusterArticle[] {
  const dir = join(dataDir, 'story-clusters');
  const out: ClusterArticle[] = [];
  for (const f of readdirSync(dir)
    .filter((x) => x.startsWith('cluster-') && x.endsWith('.json'))
    .sort()) {
    const raw = JSON.parse(readFileSync(join(dir, f), 'utf8')) as RawCluster;
    for (const a of raw.articles) {
      let outlet: string | null = null;
      try {
        outlet = a.url ? new URL(a.url).hostname : null;
      } catch {
        outlet = null;
      }
      out.push({
        article: { id: a.id, text: a.text, date: a.date, title: null, url: a.url, outlet },
        cluster: a.id.split('-')[0],
        role: a.label.role,
        sourceId: a.label.source_id ?? null,
        copyType: a.label.copy_type ?? null,
      });
    }
  }
  return out;
}
