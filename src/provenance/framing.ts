// What frames an article rather than tells it: headlines, photo captions and page furniture. A
// word-for-word copy wrapped in a site's own headline, captions and links is still verbatim.
import type { Alignment } from '../reuse/align.js';
import { isFurniture, sentenceUnits } from '../reuse/features.js';
import type { Document } from '../text/document.js';

/** A photo credit closing a caption, "(Suez Canal Authority via AP)", or a caption lead, "Photo: ...". */
const CAPTION_RE =
  /\([^()]*\b(?:AP|Reuters|AFP|Getty|EPA|Photo|photo|via|courtesy)\b[^()]*\)\s*$|^\s*(?:Photo|Image|Picture|File photo)\s*:|\bPhoto by\b|\b(?:REUTERS|AFP|AP Photo)\/|\/(?:AP|Reuters|AFP)\s*$/;
/** Sentence-final punctuation, possibly followed by closing quotes or brackets. */
const CLOSED_RE = /[.!?…]["'”’)\]]*\s*$/;
const HEADLINE_MAX_WORDS = 20;

/** Is this paragraph framing (headline, caption, furniture) rather than running text? */
export function isFraming(paragraph: string, sentences: number): boolean {
  if (isFurniture(paragraph) || CAPTION_RE.test(paragraph)) return true;
  // A headline or deck: one short line without a full stop.
  return (
    sentences === 1 &&
    !CLOSED_RE.test(paragraph) &&
    paragraph.trim().split(/\s+/).length <= HEADLINE_MAX_WORDS
  );
}

/**
 * Share of the copy's running text (content weight outside framing paragraphs) inside aligned
 * sentences. Aligned sentences always count, framing or not.
 */
export function bodyCoverage(copy: Document, al: Alignment): number {
  const units = sentenceUnits(copy);
  const aligned = new Set<number>();
  for (const p of al.pairs) for (let s = p.a0; s < p.a1; s++) aligned.add(s);
  let inside = 0;
  let total = 0;
  for (const para of copy.paragraphs) {
    const framing = isFraming(copy.text.slice(para.start, para.end), para.sentenceEnd - para.sentenceStart);
    for (let s = para.sentenceStart; s < para.sentenceEnd; s++) {
      const w = units[s].reduce((n, u) => n + u.weight, 0);
      if (aligned.has(s)) {
        inside += w;
        total += w;
      } else if (!framing) total += w;
    }
  }
  return total > 0 ? inside / total : 0;
}
