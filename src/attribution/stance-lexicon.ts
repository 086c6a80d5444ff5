// The stance lexicons (`data/lexicon/stance-cues.txt`, `stance-content.txt`): phrase → stance,
// read once, keeping only the pairs whose stance is one the contract lists.
import { loadPairs } from '../lexicon/load.js';
import type { Stance } from './types.js';
import { STANCES } from './types.js';

const lexicons = new Map<string, Map<string, Stance>>();
export function stanceLexicon(name: string): Map<string, Stance> {
  let lex = lexicons.get(name);
  if (!lex) {
    lex = new Map();
    for (const [k, v] of loadPairs(name)) {
      if ((STANCES as readonly string[]).includes(v)) lex.set(k, v as Stance);
    }
    lexicons.set(name, lex);
  }
  return lex;
}
