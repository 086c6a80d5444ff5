// Story list (filtered, paginated) and story detail (provenance edges, outlets with delays).
import { storyClaims, type ClaimJson } from '../attribution/story-claims.js';
import { dateValue } from '../input/dates.js';
import { storyMatches, storyView, type StoryCriteria, type StoryView } from '../report/story-view.js';
import type { Store } from '../store/store.js';
import type { OutletRow, ProvenanceEdge, StoryDetail, StoryList, StorySummary } from './types.js';

export interface StoryFilter extends StoryCriteria {
  limit: number;
  offset: number;
}

/** Story views and story claims, cached until the store changes (`invalidate`). */
export class StoryViews {
  private cache = new Map<string, StoryView>();
  /** Claims read every member's statements: computed on first request per story. */
  private claimsCache = new Map<string, Promise<ClaimJson[]>>();
  constructor(private readonly store: Store) {}

  invalidate(): void {
    this.cache.clear();
    this.claimsCache.clear();
  }

  /** The story's claims, or null when there is no such story. */
  async claims(id: string): Promise<ClaimJson[] | null> {
    let claims = this.claimsCache.get(id);
    if (!claims) {
      const rec = (await this.store.listStories()).find((r) => r.id === id);
      if (!rec || rec.members.length === 0) return null;
      claims = storyClaims(this.store, rec);
      this.claimsCache.set(id, claims);
      // A failed computation is not kept: the next request tries again.
      claims.catch(() => this.claimsCache.delete(id));
    }
    return claims;
  }

  async all(): Promise<StoryView[]> {
    const out: StoryView[] = [];
    for (const rec of await this.store.listStories()) {
      let v = this.cache.get(rec.id);
      if (!v) {
        v = await storyView(this.store, rec);
        this.cache.set(rec.id, v);
      }
      if (v.articles.length) out.push(v);
    }
    return out;
  }

  async get(id: string): Promise<StoryView | null> {
    return (await this.all()).find((v) => v.id === id) ?? null;
  }
}

function summary(v: StoryView): StorySummary {
  const dates = v.articles
    .map((a) => a.date?.slice(0, 10))
    .filter((d): d is string => !!d)
    .sort();
  const outlets = [...new Set(v.articles.map((a) => a.outlet).filter((o): o is string => !!o))];
  return {
    id: v.id,
    headline: v.headline,
    first_publisher: v.first_publisher ?? null,
    article_count: v.articles.length,
    outlets,
    copies_by_kind: v.copies_by_kind,
    timeline: v.timeline,
    first_date: dates[0] ?? null,
    last_date: dates[dates.length - 1] ?? null,
  };
}

export function filterStories(views: StoryView[], f: StoryFilter): StoryList {
  const matches = views.filter((v) => storyMatches(v, f));
  // Newest stories first (by first publication date; undated last).
  matches.sort((a, b) => {
    const da = summary(a).first_date ?? '';
    const db = summary(b).first_date ?? '';
    return da === db ? a.id.localeCompare(b.id) : db.localeCompare(da);
  });
  return {
    total: matches.length,
    limit: f.limit,
    offset: f.offset,
    stories: matches.slice(f.offset, f.offset + f.limit).map(summary),
  };
}

export function storyDetail(v: StoryView): StoryDetail {
  const edges: ProvenanceEdge[] = [];
  for (const a of v.articles) {
    if (a.source && a.copy_type)
      edges.push({ from: a.source.id, to: a.id, copy_type: a.copy_type, similarity: a.source.similarity });
  }
  const t0 = dateValue(v.first_publisher?.date ?? null);
  const outlets: OutletRow[] = v.articles.map((a) => {
    const t = dateValue(a.date);
    return {
      outlet: a.outlet,
      id: a.id,
      date: a.date,
      copy_type: a.copy_type,
      delay_hours: t0 !== null && t !== null ? Math.round(((t - t0) / 3_600_000) * 10) / 10 : null,
    };
  });
  return { ...v, edges, outlets };
}
