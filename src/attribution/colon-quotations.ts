// A content that ends at a colon announces what follows: "observed that the real winner was the
// host network: | “The debate was …”". PolNeAR's content runs on through the quotation the colon
// opens, even in the next paragraph (no train content ends at a colon).
import type { Document } from '../text/document.js';
import { isCloseQuote, isOpenQuote, paragraphTokens, quoteEndAcrossParagraphs } from './quotes.js';
import type { Frame } from './frame.js';
import type { TokenRange } from './types.js';
import { wordSet } from '../lexicon/load.js';

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

/** Prepositions that open a scene-setting phrase before the speaker ("In a speech last May, she said:"). */
const SCENE_PREPOSITIONS = new Set([
  'in',
  'on',
  'at',
  'during',
  'after',
  'before',
  'from',
  'with',
  'speaking',
]);

/**
 * "In a letter last May, she wrote: | (next paragraph) The plan is …": a cue ending on a colon that
 * closes its paragraph announces the paragraph after it, which PolNeAR marks as the content; the
 * scene-setting phrase before the speaker ("In a letter last May") is the narrator's, no content.
 * Frames whose only content is such an opening phrase take the next paragraph instead.
 */
export function takeBlockAfterColon(doc: Document, frames: readonly Frame[]): void {
  for (const f of frames) {
    // An unquoted block announced by a verb of saying stays whole: the cues inside it are the
    // speaker's words, and cut it nowhere ("… Governor Lind, this reeks of …").
    if (f.cue.last - f.cue.first === 2 && f.content.length > 0) {
      const block = blockAfterSaying(doc, f.cue.first, doc.sentences[f.cue.sentence].tokenEnd);
      if (block) {
        f.content = [block];
        continue;
      }
    }
    if (f.content.length !== 1) continue;
    const colon = doc.tokens[f.cue.last - 1]?.text === ':' ? f.cue.last - 1 : f.cue.last;
    if (doc.tokens[colon]?.text !== ':') continue;
    const [, paraEnd] = paragraphTokens(doc, colon);
    if (colon + 1 !== paraEnd || paraEnd >= doc.tokens.length) continue;
    const [s, e] = f.content[0];
    if (e > f.cue.first || !opensScene(doc, s, e, f)) continue;
    const [nextStart, nextEnd] = paragraphTokens(doc, paraEnd);
    if (isOpenQuote(doc, nextStart) || nextEnd - nextStart < MIN_BLOCK) continue;
    f.content = [[nextStart, nextEnd]];
  }
}

/** Tokens a paragraph must have to be taken as the announced block (not a stray line). */
const MIN_BLOCK = 4;

/** Is [s, e) a phrase opening its sentence on a preposition, ending on a comma before the frame's source? */
function opensScene(doc: Document, s: number, e: number, f: Frame): boolean {
  if (s !== doc.sentences[doc.tokens[s].sentence].tokenStart) return false;
  if (!SCENE_PREPOSITIONS.has(doc.tokens[s].norm) || doc.tokens[s].quoted) return false;
  const source = f.source;
  if (!source || source[1] > f.cue.first) return false;
  let j = e;
  while (j < source[0] && doc.tokens[j].text === ',') j++;
  return j === source[0] && doc.tokens[e]?.text === ',';
}

/**
 * "The governor added: | (next paragraph) It is typical of her. …", "The Courier reports: | …":
 * a verb of saying right before a colon that closes its paragraph, with its subject before it,
 * announces the next paragraph even when no quotation marks open it (PolNeAR marks that paragraph
 * as the content). The tagger, which reads one sentence, finds such a cue only when a quotation
 * follows. Returns the next paragraph's tokens, or null. (Not a feed's markup: "tweeted: | <tweet …".)
 */
export function blockAfterSaying(doc: Document, i: number, hi: number): TokenRange | null {
  const t = doc.tokens[i];
  const colon = i + 1;
  if (colon + 1 !== hi || doc.tokens[colon]?.text !== ':' || t.kind !== 'word' || t.quoted) return null;
  if (!wordSet('speech-core').has(t.lemma) || t.norm === t.lemma || t.norm.endsWith('ing')) return null;
  const [paraStart, paraEnd] = paragraphTokens(doc, colon);
  if (colon + 1 !== paraEnd || paraEnd >= doc.tokens.length || i === paraStart) return null;
  // Its subject: a word right before the verb ("Ruiz added:", "The agency reports:").
  const before = doc.tokens[i - 1];
  if (before.kind !== 'word' || before.quoted) return null;
  const [nextStart, nextEnd] = paragraphTokens(doc, paraEnd);
  const first = doc.tokens[nextStart];
  if (isOpenQuote(doc, nextStart) || first.text === '<' || nextEnd - nextStart < MIN_BLOCK) return null;
  return [nextStart, nextEnd];
}
