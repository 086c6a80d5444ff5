// What every check of one aligned sentence pair reads: the two documents and the pair.
import type { SentencePair } from '../reuse/align.js';
import type { Document } from '../text/document.js';

export interface PairContext {
  copy: Document;
  source: Document;
  pair: SentencePair;
  /** The copy (or source) ends inside this pair: words past the last match are not compared. */
  copyTruncated: boolean;
  sourceTruncated: boolean;
}
