// The Store interface: everything cross-article work reads and writes goes through it (nothing
// else touches storage). The embedded SQLite store (sqlite.ts) and the PostgreSQL store
// (postgres.ts) implement it; test/store/contract.ts is the suite both pass.
import type { AlignedPassage, Article, Change, CopyType } from '../model.js';

/** An article as stored: the input article plus its content hash and version. */
export interface StoredArticle extends Article {
  /** Internal numeric key (stable for the life of the store). */
  key: number;
  /** 1 for the first text seen under this id, then 2, 3 ... for new texts under the same id. */
  version: number;
  /** SHA-256 of the text (hex). Re-ingesting identical text is a no-op. */
  hash: string;
  /** When it was stored (ISO 8601). */
  ingestedAt: string;
}

/** Fingerprints computed from a Document (see src/reuse/fingerprint.ts). */
export interface Fingerprint {
  /** LSH band keys (band number folded in), for near-duplicate retrieval. */
  bands: number[];
  /** Hashed rare anchors (names, numbers, quoted words, rare words), for rewrite-robust retrieval. */
  anchors: number[];
}

export interface ArticleToPut {
  article: Article;
  hash: string;
  fingerprint: Fingerprint;
  /** The article's packed sentence units (src/reuse/units.ts), stored as given. */
  units?: Uint8Array;
}

export type PutOutcome = 'new' | 'version' | 'unchanged';

export interface PutResult {
  id: string;
  key: number;
  outcome: PutOutcome;
}

export interface Candidate {
  key: number;
  /** Number of shared LSH bands. */
  bandHits: number;
  /** Sum of IDF-like weights of shared anchors. */
  anchorScore: number;
}

/** How strongly a candidate was retrieved: shared bands count more than shared anchors. */
export function retrievalScore(c: Candidate): number {
  return c.bandHits * 4 + c.anchorScore;
}

/** The outcome of tracing one article, stored as a first-class result. */
/** Why the source was taken for the source: the pairwise direction evidence (provenance/relation.ts). */
export interface DirectionEvidence {
  /** `date`: the dates decided; `text`: the text did (with a one-day date hint, if any). */
  basis: 'date' | 'text';
  /** The evidence in [-1, 1] that the source is the source; > 0 for a chosen source. */
  evidence: number;
  /**
   * Its weighted terms (text basis): `containment`, `trimming`, `furniture`, `familiarity`,
   * `wireStyle`, `mentionOrder`, `date`; each > 0 where it points to the source.
   */
  terms: Record<string, number>;
}

export interface TraceRecord {
  key: number;
  id: string;
  /** The source article's key and id, or null when it derives from nothing stored. */
  source: { key: number; id: string; similarity: number } | null;
  copyType: CopyType;
  /** Other stored articles carrying the same text as the source (syndication family), by id. */
  family: string[];
  /** Matched passages copy↔source (empty for originals). */
  passages: AlignedPassage[];
  /** Why the source is the source and not a copy of this article (absent for originals). */
  direction?: DirectionEvidence;
  /** Typed changes (filled in by the change report; may be empty). */
  changes: Change[];
  /** Signals behind the copy type, for explanation and debugging. */
  signals: Record<string, number>;
  tracedAt: string;
}

/**
 * Which fingerprints the retrieval index holds (src/reuse/reindex.ts): an index built by an older
 * unspin answers queries but misses some copies until it is rebuilt.
 */
export interface IndexState {
  /** Fingerprint version of the index; null in a store that never held an article; 0 while rebuilt. */
  version: number | null;
  /** While the index is rebuilt: the last article key indexed again so far. */
  rebuiltThrough: number | null;
}

export interface StoryRecord {
  id: string;
  /** Member article keys, in key order. */
  members: number[];
}

export interface Store {
  /** Adds a batch in one transaction. Identical text under the same id is a no-op. */
  putArticles(batch: ArticleToPut[]): Promise<PutResult[]>;
  getArticle(id: string): Promise<StoredArticle | null>;
  getArticleByKey(key: number): Promise<StoredArticle | null>;
  /** Latest version of every article, in key order. */
  listArticles(opts?: { limit?: number; offset?: number }): Promise<StoredArticle[]>;
  countArticles(): Promise<number>;
  /** The packed sentence units stored with an article, or null (none stored). */
  getUnits(key: number): Promise<Uint8Array | null>;
  /** Articles sharing LSH bands or anchors with the fingerprint, best first, excluding `exclude`. */
  candidates(fp: Fingerprint, opts: { limit: number; exclude?: number }): Promise<Candidate[]>;
  saveTrace(rec: TraceRecord): Promise<void>;
  getTrace(key: number): Promise<TraceRecord | null>;
  listTraces(): Promise<TraceRecord[]>;
  /** Keys of the latest article versions that have no trace yet, in key (ingest) order. */
  untracedKeys(): Promise<number[]>;
  /** How many latest article versions have no trace yet. */
  countUntraced(): Promise<number>;
  /** Puts an article in a story (creating the story if new). */
  assignStory(key: number, story: string): Promise<void>;
  /** Moves every member of story `from` into story `into`. */
  mergeStories(from: string, into: string): Promise<void>;
  /** A fresh story id. */
  newStoryId(): Promise<string>;
  listStories(opts?: { limit?: number; offset?: number }): Promise<StoryRecord[]>;
  /** Story id of an article key, or null. */
  storyOf(key: number): Promise<string | null>;
  /** Story ids of several article keys at once (keys in no story are absent): one round trip. */
  storiesOf(keys: number[]): Promise<Map<number, string>>;
  /** The earliest date among a story's dated members, or null. */
  storyFirstDate(story: string): Promise<string | null>;
  /** Stored anchor frequencies (number of articles holding each anchor). */
  anchorCounts(anchors: number[]): Promise<Map<number, number>>;
  indexState(): Promise<IndexState>;
  /** Records the index version of a store that holds none yet; returns the version recorded. */
  initIndexVersion(version: number): Promise<number>;
  /** Empties the retrieval index (postings and anchor counts) and marks it as being rebuilt. */
  clearIndex(): Promise<void>;
  /** Every stored version of the articles with a key above `afterKey`, in key order. */
  articlesAfter(afterKey: number, limit: number): Promise<StoredArticle[]>;
  /** Indexes articles again, in one transaction that records the rebuild reached `throughKey`. */
  reindexArticles(items: { key: number; fingerprint: Fingerprint }[], throughKey: number): Promise<void>;
  /** Ends a rebuild: the index now holds fingerprints of `version`. */
  finishReindex(version: number): Promise<void>;
  /** Full-text search over stored article text and titles. */
  search(query: string, limit: number): Promise<{ key: number; id: string; snippet: string }[]>;
  /** Bytes used by the retrieval index (for the bench). */
  indexBytes(): Promise<number>;
  /** Bytes used by stored sentence units (for the bench; not part of the index). */
  unitsBytes(): Promise<number>;
  close(): Promise<void>;
}
