// Shared shapes that flow one way: input → text → analyzers → store → report/server.

/** A located piece of an article's text; `end` is exclusive, offsets are JS string indices. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** An article as read from input, before any analysis. */
export interface Article {
  id: string;
  text: string;
  /** YYYY-MM-DD or full ISO 8601, or null when unknown. */
  date: string | null;
  title: string | null;
  url: string | null;
  outlet: string | null;
}

export type CopyType = 'original' | 'verbatim' | 'edited' | 'spun' | 'translated' | 'paraphrased';

export const COPY_TYPES: readonly CopyType[] = [
  'original',
  'verbatim',
  'edited',
  'spun',
  'translated',
  'paraphrased',
];

export type ChangeKind =
  | 'meaning_changed'
  | 'negation_flipped'
  | 'attribution_dropped'
  | 'quote_altered'
  | 'hedge_dropped'
  | 'name_changed'
  | 'number_changed'
  | 'sentence_inserted'
  | 'sentence_dropped'
  | 'spun_phrase';

/** One typed difference between a copy and its source. */
export interface Change {
  kind: ChangeKind;
  copy: Span | null;
  source: Span | null;
  confidence: number;
  note: string;
}

/** A matched passage between a copy (a) and its source (b). */
export interface AlignedPassage {
  copy: { start: number; end: number };
  source: { start: number; end: number };
  similarity: number;
}
