// What frames an article rather than tells it: headlines, photo captions and page furniture. A
// word-for-word copy wrapped in a site's own headline, captions and links is still verbatim.
import type { Alignment } from '../reuse/align.js';
import { sentenceUnits } from '../reuse/features.js';
import { framingFlags } from '../reuse/framing.js';
import type { Document } from '../text/document.js';

export { isFraming, framingFlags } from '../reuse/framing.js';

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
  const flags = framingFlags(copy);
  for (let pi = 0; pi < copy.paragraphs.length; pi++) {
    const para = copy.paragraphs[pi];
    const framing = flags[pi];
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
