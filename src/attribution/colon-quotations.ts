// A content that ends at a colon announces what follows: "observed that the real winner was the
// host network: | “The debate was …”". PolNeAR's content runs on through the quotation the colon
// opens, even in the next paragraph (no train content ends at a colon).
import type { Document } from '../text/document.js';
import { isCloseQuote, isOpenQuote, quoteEndAcrossParagraphs } from './quotes.js';
import type { Frame } from './spans.js';

/** Each frame's last piece after its cue that ends at a colon takes in the quotation right after it. */
export function runOnAfterColons(doc: Document, frames: readonly Frame[]): void {
  for (const f of frames) {
    const k = f.content.length - 1;
    if (k < 0) continue;
    const [s, e] = f.content[k];
    if (s < f.cue.last || doc.tokens[e - 1].text !== ':' || !isOpenQuote(doc, e)) continue;
    const close = quoteEndAcrossParagraphs(doc, e);
    if (isCloseQuote(doc, close)) f.content[k] = [s, close + 1];
  }
}
