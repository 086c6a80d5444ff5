// What frames an article rather than tells it: headlines, photo captions and page furniture. A
// word-for-word copy wrapped in a site's own headline, captions and links is still verbatim, and a
// caption a copy adds is no inserted claim.
import { isFurniture } from './features.js';

/** A photo credit closing a caption, "(Suez Canal Authority via AP)", or a caption lead, "Photo: ...". */
const CAPTION_RE =
  /\([^()]*\b(?:AP|Reuters|AFP|Getty|EPA|Photo|photo|via|courtesy)\b[^()]*\)\s*$|^\s*(?:Photo|Image|Picture|File photo)\s*:|\b(?:Photo|Image|Picture)\s*:\s*[\p{Lu}][\p{L} .&/-]{0,40}$|\bPhoto by\b|\b(?:REUTERS|AFP|AP Photo)\/|\/(?:AP|Reuters|AFP)\s*$/u;
/** Sentence-final punctuation, possibly followed by closing quotes or brackets. */
const CLOSED_RE = /[.!?…]["'”’)\]]*\s*$/;
const HEADLINE_MAX_WORDS = 20;

/** Is this paragraph a photo caption or page furniture? */
export function isCaptionOrFurniture(paragraph: string): boolean {
  return isFurniture(paragraph) || CAPTION_RE.test(paragraph);
}

/** Is this paragraph framing (headline, caption, furniture) rather than running text? */
export function isFraming(paragraph: string, sentences: number): boolean {
  if (isCaptionOrFurniture(paragraph)) return true;
  // A headline or deck: one short line without a full stop.
  return (
    sentences === 1 &&
    !CLOSED_RE.test(paragraph) &&
    paragraph.trim().split(/\s+/).length <= HEADLINE_MAX_WORDS
  );
}
