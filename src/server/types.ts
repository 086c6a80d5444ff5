// Shapes of the HTTP API's JSON responses (see docs/api.md). The web UI imports these as types.
import type { ChangeKind, CopyType, Span } from '../model.js';
import type { ClaimJson } from '../attribution/story-claims.js';
import type { StoryMember, StoryView } from '../report/story-view.js';

export type { ChangeKind, CopyType, Span, StoryMember, StoryView };

export interface ApiError {
  error: string;
}

export interface Health {
  ok: true;
  version: string;
  articles: number;
  stories: number;
  ui: boolean;
  analyzers: { spin: boolean; statements: boolean };
}

export interface StorySummary {
  id: string;
  headline: string | null;
  first_publisher: StoryMember | null;
  article_count: number;
  outlets: string[];
  copies_by_kind: Partial<Record<CopyType, number>>;
  timeline: { date: string; count: number }[];
  first_date: string | null;
  last_date: string | null;
}

export interface StoryList {
  total: number;
  limit: number;
  offset: number;
  stories: StorySummary[];
}

export interface ProvenanceEdge {
  from: string;
  to: string;
  copy_type: CopyType;
  similarity: number;
}

export interface OutletRow {
  outlet: string | null;
  id: string;
  date: string | null;
  copy_type: CopyType | null;
  /** Hours after the first publisher's date (dates are often day-precise), or null when undated. */
  delay_hours: number | null;
}

/** `GET /api/stories/:id/claims`: who alleges what against whom in the story, and the denials. */
export interface StoryClaims {
  story: string;
  claims: ClaimJson[];
}

export interface StoryDetail extends StoryView {
  edges: ProvenanceEdge[];
  outlets: OutletRow[];
}

export interface ApiChange {
  kind: ChangeKind;
  copy: Span | null;
  source: Span | null;
  confidence: number;
  note: string;
  /** 0 = most serious. */
  severity: number;
}

export interface SpinItem {
  text: string;
  start: number;
  end: number;
  suggestion: string;
  confidence: number;
}

/** Whether the article as a whole reads as machine-spun (src/spin/verdict.ts). */
export interface SpinVerdictItem {
  reads_spun: boolean;
  findings: number;
  distinct: number;
  words: number;
  per_1000_words: number;
}

export interface FigureItem {
  text: string;
  start: number;
  end: number;
  value: number | null;
  malformed: boolean;
}

/** A statement's own fields (those reported within another have no `nested` of their own). */
export interface StatementFields {
  speaker: Span | null;
  speaker_name: string | null;
  cue: Span;
  /** `fragments`: the pieces of a quotation split by its cue (start/end/text cover them all). */
  content: Span & { fragments?: Span[] };
  type: string;
  stance: string;
  /** To whom it was said, or null. */
  addressee: Span | null;
}

export interface StatementItem extends StatementFields {
  /** Statements its content reports in turn ("X has denied it, his lawyer said": X's denial). */
  nested: StatementFields[];
}

/** `POST /api/analyze`: one article analysed on its own; nothing is stored. */
export interface AnalyzeResult {
  id: string;
  date: string | null;
  title: string | null;
  /** The text analysed (offsets below index it): the posted text, or the page's main text. */
  text: string;
  /** null when the analyzer is not available in this build. */
  spin: SpinItem[] | null;
  spin_verdict: SpinVerdictItem | null;
  figures: FigureItem[] | null;
  statements: StatementItem[] | null;
  /** The text with the likely original wording put back (null without spin analysis). */
  restored: string | null;
}

export interface ArticleDetail {
  id: string;
  key: number;
  version: number;
  date: string | null;
  title: string | null;
  outlet: string | null;
  url: string | null;
  ingested_at: string;
  text: string;
  story: string | null;
  trace: {
    source: { id: string; similarity: number } | null;
    copy_type: CopyType;
    /** Why the source is the source, in words (null for originals and older traces). */
    why: string | null;
    family: string[];
    passages: number;
    changes: ApiChange[];
  } | null;
  /** Articles in the same story that were traced to this one. */
  copies: { id: string; copy_type: CopyType; similarity: number }[];
  /** null when the analyzer is not available in this build. */
  spin: SpinItem[] | null;
  spin_verdict: SpinVerdictItem | null;
  figures: FigureItem[] | null;
  statements: StatementItem[] | null;
}

export interface PairSide {
  id: string;
  title: string | null;
  outlet: string | null;
  date: string | null;
}

export interface PairRow {
  kind: 'aligned' | 'copy_only' | 'source_only';
  copy: Span | null;
  source: Span | null;
  similarity: number | null;
  /** Indices into `changes`. */
  changes: number[];
}

export interface Pair {
  copy: PairSide;
  source: PairSide;
  copy_type: CopyType;
  similarity: number;
  changes: ApiChange[];
  rows: PairRow[];
}

export interface SearchResult {
  query: string;
  results: {
    id: string;
    key: number;
    title: string | null;
    outlet: string | null;
    date: string | null;
    story: string | null;
    snippet: string;
  }[];
}

export type JobState = 'queued' | 'running' | 'done' | 'failed';

export interface IngestJob {
  id: string;
  state: JobState;
  format: 'jsonl' | 'html' | 'feed';
  created_at: string;
  finished_at: string | null;
  /** Records read from the body (articles parsed plus bad records). */
  records: number;
  read: number;
  added: number;
  unchanged: number;
  versions: number;
  traced: number;
  to_trace: number;
  error_count: number;
  /** The first bad records, as `line N: reason`. */
  errors: string[];
  /** Ids of the articles stored (first 200). */
  articles: string[];
}
