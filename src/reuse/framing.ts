// What frames an article rather than tells it: headlines, photo captions and page furniture. A
// word-for-word copy wrapped in a site's own headline, captions and links is still verbatim, and a
// caption a copy adds is no inserted claim.
import type { Document } from '../text/document.js';
import { isFurniture } from './features.js';

/** A photo credit closing a caption, "(Port Authority via Wire)", or a caption lead, "Photo: ...". */
const CAPTION_RE =
  /\([^()]*\b(?:AP|Reuters|AFP|Getty|EPA|Photo|photo|via|courtesy)\b[^()]*\)\s*$|^\s*(?:Photo|Image|Picture|File photo)\s*:|\b(?:Photo|Image|Picture)\s*:\s*[\p{Lu}][\p{L} .&/-]{0,40}$|\bPhoto by\b|\b(?:REUTERS|AFP|AP Photo)\/|\/(?:AP|Reuters|AFP)\s*$/u;
/** A caption describing its picture: "This undated image released by ...", "In this photo taken ...". */
const CAPTION_LEAD_RE =
  /^\s*(?:In\s+)?(?:this|these)\s+(?:(?:file|handout|undated|aerial|satellite)\s+)*(?:photos?|images?|pictures?|screen ?grabs?|video stills?)\b/iu;
/** Sentence-final punctuation, possibly followed by closing quotes or brackets. */
const CLOSED_RE = /[.!?…]["'”’)\]]*\s*$/;
const HEADLINE_MAX_WORDS = 20;
/** An unclosed block this long or shorter with a call to action is a promotion ("… Subscribe now>"). */
const PROMO_MAX_WORDS = 60;
const PROMO_RE =
  /\b(?:subscribe (?:now|today|here|to (?:our|the))|sign up (?:now|today|for (?:our|the|free))|newsletters?|download (?:our|the) app|follow us|read more|click here|continue reading|join the conversation)\b/i;
/** A paragraph this long or longer that another one repeats, whole or cut, is a text printed twice. */
const REPEAT_MIN_CHARS = 40;

/** Is this paragraph a photo caption or page furniture? */
export function isCaptionOrFurniture(paragraph: string): boolean {
  return isFurniture(paragraph) || CAPTION_RE.test(paragraph) || CAPTION_LEAD_RE.test(paragraph);
}

/** Is this paragraph framing (headline, caption, furniture) rather than running text? */
export function isFraming(paragraph: string, sentences: number): boolean {
  return isCaptionOrFurniture(paragraph) || isHeadlineOrPromotion(paragraph, sentences);
}

/** A headline or deck (one short unclosed line), or an unclosed promotion block. */
function isHeadlineOrPromotion(paragraph: string, sentences: number): boolean {
  if (CLOSED_RE.test(paragraph)) return false;
  const words = paragraph.trim().split(/\s+/).length;
  if (sentences === 1 && words <= HEADLINE_MAX_WORDS) return true;
  // A promotion block: a longer unclosed line selling a newsletter or an app.
  return words <= PROMO_MAX_WORDS && PROMO_RE.test(paragraph);
}

/** Per paragraph: framing at all, and caption-like (caption, furniture, or a text printed twice). */
interface ParagraphFraming {
  framing: boolean[];
  caption: boolean[];
}

const cache = new WeakMap<Document, ParagraphFraming>();

/**
 * Framing of each paragraph of the document, memoised per Document. As `isFraming`, and besides, a
 * text the page prints twice (a photo's alt text, then its caption with the credit; a teaser cut
 * short) is caption-like in its repeat, and in both places when either is a caption.
 */
function paragraphFraming(doc: Document): ParagraphFraming {
  const cached = cache.get(doc);
  if (cached) return cached;
  const texts = doc.paragraphs.map((p) => doc.text.slice(p.start, p.end).trim());
  const caption = texts.map(isCaptionOrFurniture);
  const byOpening = new Map<string, number[]>();
  for (let i = 0; i < texts.length; i++) {
    if (texts[i].length < REPEAT_MIN_CHARS) continue;
    const opening = texts[i].slice(0, REPEAT_MIN_CHARS);
    const earlier = byOpening.get(opening);
    if (!earlier) {
      byOpening.set(opening, [i]);
      continue;
    }
    // One is the other, or the other cut short: a deck restating the lead in other words is not.
    const first = earlier.find((j) => texts[j].startsWith(texts[i]) || texts[i].startsWith(texts[j]));
    earlier.push(i);
    if (first === undefined) continue;
    if (caption[i] || caption[first]) caption[first] = true;
    caption[i] = true;
  }
  const framing = doc.paragraphs.map(
    (p, i) => caption[i] || isHeadlineOrPromotion(texts[i], p.sentenceEnd - p.sentenceStart),
  );
  const out = { framing, caption };
  cache.set(doc, out);
  return out;
}

/** Per paragraph of the document: is it framing (headline, caption, furniture, a text printed twice)? */
export function framingFlags(doc: Document): boolean[] {
  return paragraphFraming(doc).framing;
}

/** Per paragraph: a photo caption, page furniture, or a text the page prints twice. */
export function captionFlags(doc: Document): boolean[] {
  return paragraphFraming(doc).caption;
}
