// Synonym classes: words a thesaurus spinner swaps for one another map to one representative,
// so fingerprints and alignment survive spinning. The classes are data (data/lexicon/synonym-classes.txt).
import { loadLines } from '../lexicon/load.js';

let classes: Map<string, string> | null = null;

function load(): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of loadLines('synonym-classes')) {
    const words = line.split(/\s*,\s*/).filter(Boolean);
    const rep = words[0];
    for (const w of words) if (!map.has(w)) map.set(w, rep);
  }
  return map;
}

/** The class representative of a lemma (the lemma itself when it has no class). */
export function canonical(lemma: string): string {
  classes ??= load();
  return classes.get(lemma) ?? lemma;
}
