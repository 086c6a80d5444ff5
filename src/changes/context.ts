// What every check of one aligned sentence pair reads: the two documents and the pair.
import type { SentencePair } from '../reuse/align.js';
import type { Document } from '../text/document.js';
import type { CopyType } from '../model.js';

export interface PairContext {
  copy: Document;
  source: Document;
  pair: SentencePair;
  /** The copy (or source) ends inside this pair: words past the last match are not compared. */
  copyTruncated: boolean;
  sourceTruncated: boolean;
  /** The copy's kind when known (trace classifies it first): a spun copy's odd word swaps are spin. */
  copyType?: CopyType;
}
