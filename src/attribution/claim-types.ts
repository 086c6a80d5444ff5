// The shapes of story-level claims (see claims.ts).
import type { AlignedPassage } from '../model.js';
import type { Document } from '../text/document.js';
import type { Statement } from './types.js';

export interface ClaimsInput {
  id: string;
  doc: Document;
  statements: Statement[];
  /**
   * The stored article this one was traced to, with the passages aligned copy ↔ source; null
   * when it was traced as deriving from nothing stored; absent when it was not traced.
   */
  derivesFrom?: { source: string; passages: AlignedPassage[] } | null;
}

/** One article's report of an allegation. */
export interface AllegationCopy {
  article: string;
  statement: Statement;
  /** The sentence carrying the allegation hedges it ("alleged", "reportedly", "claims"). */
  hedged: boolean;
  /** This article reports a denial of the allegation. */
  denied: boolean;
}

export interface Denial {
  article: string;
  by: string | null;
  statement: Statement;
}

export interface Claim {
  /**
   * `accusation`: someone is reported accusing someone ("accused X of"); `denied`: a statement
   * that someone denies, with no accusation of it in the story ("Western governments fear the
   * troops are readied for an invasion, something Moscow has denied").
   */
  kind: 'accusation' | 'denied';
  accuser: string | null;
  accused: string | null;
  /** What is alleged, as worded in the first article that reports it; empty when only a target is named ("condemned X"). */
  allegation: string;
  copies: AllegationCopy[];
  denials: Denial[];
  /**
   * Articles carrying the allegation without the denial that their traced source reports (for
   * untraced articles: that another article reports).
   */
  lostDenial: string[];
  /** Articles stating the allegation without the hedge that their traced source keeps (likewise). */
  lostHedge: string[];
}

export interface ClaimsReport {
  claims: Claim[];
}
