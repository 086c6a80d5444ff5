// Stored articles as tracing reads them: the row, its Document (built on first use) and its packed
// sentence units (stored at ingest, else computed from the Document). Tracing a batch re-reads
// the same candidates, so entries are kept, least recently used dropped first.
import type { Store, StoredArticle } from '../store/store.js';
import { buildDocument, type Document } from '../text/document.js';
import { packUnits, unitsFromBytes } from './units.js';

export class CachedArticle {
  private built: Document | null = null;
  /** Packed units: from the store, else from the Document; undefined until asked for. */
  private packed: Uint32Array | null | undefined;

  constructor(
    readonly article: StoredArticle,
    private store: Store,
  ) {}

  /** The Document, tokenised on first use. */
  get doc(): Document {
    return (this.built ??= buildDocument(this.article));
  }

  /** Packed sentence units (see units.ts), read from the store when it holds them. */
  async units(): Promise<Uint32Array> {
    if (this.packed === undefined) {
      const bytes = await this.store.getUnits(this.article.key);
      this.packed = bytes ? unitsFromBytes(bytes) : null;
    }
    return (this.packed ??= packUnits(this.doc));
  }
}

export class ArticleCache {
  private map = new Map<number, CachedArticle>();
  constructor(
    private store: Store,
    private limit = 5_000,
  ) {}

  async get(key: number): Promise<CachedArticle | null> {
    const hit = this.map.get(key);
    if (hit) {
      // Most recently used last.
      this.map.delete(key);
      this.map.set(key, hit);
      return hit;
    }
    const article = await this.store.getArticleByKey(key);
    if (!article) return null;
    const entry = new CachedArticle(article, this.store);
    if (this.map.size >= this.limit) this.map.delete(this.map.keys().next().value as number);
    this.map.set(key, entry);
    return entry;
  }
}
