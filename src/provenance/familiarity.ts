// "The source reads naturally": spinners and machine translation swap words for less familiar
// synonyms ("navy gear" for "military equipment"). Across one-for-one word swaps between two
// aligned articles, the side whose words are less familiar is likely the copy.
// Familiarity counts come from WordNet's sense-tagged corpus (data/lexicon/word-familiarity.txt).
import type { Alignment } from '../reuse/align.js';
import type { Document } from '../text/document.js';
import { diffSequences } from '../reuse/token-diff.js';
import { loadLines } from '../lexicon/load.js';

let counts: Map<string, number> | null = null;
function familiarity(lemma: string): number {
  if (!counts) {
    counts = new Map();
    for (const line of loadLines('word-familiarity')) {
      const sp = line.lastIndexOf(' ');
      counts.set(line.slice(0, sp), Number(line.slice(sp + 1)));
    }
  }
  return counts.get(lemma) ?? 0;
}

function words(doc: Document, from: number, to: number): { lemma: string[]; stop: boolean[] } {
  const lemma: string[] = [];
  const stop: boolean[] = [];
  for (let s = from; s < to; s++) {
    const sen = doc.sentences[s];
    for (let i = sen.tokenStart; i < sen.tokenEnd; i++) {
      const t = doc.tokens[i];
      if (t.kind !== 'word') continue;
      lemma.push(t.lemma);
      stop.push(t.stop || t.cap);
    }
  }
  return { lemma, stop };
}

/**
 * Mean of log(familiarity of the source word) − log(familiarity of the copy word) over one-word
 * content swaps in aligned sentences: positive when the copy side uses the rarer words.
 * 0 when there are fewer than `minSwaps` swaps.
 */
export function swapFamiliarity(copy: Document, source: Document, al: Alignment, minSwaps = 3): number {
  let sum = 0;
  let n = 0;
  for (const p of al.pairs) {
    const a = words(copy, p.a0, p.a1);
    const b = words(source, p.b0, p.b1);
    for (const g of diffSequences(a.lemma, b.lemma).gaps) {
      if (g.a1 - g.a0 !== 1 || g.b1 - g.b0 !== 1 || a.stop[g.a0] || b.stop[g.b0]) continue;
      sum += Math.log1p(familiarity(b.lemma[g.b0])) - Math.log1p(familiarity(a.lemma[g.a0]));
      n++;
    }
  }
  return n >= minSwaps ? sum / n : 0;
}
