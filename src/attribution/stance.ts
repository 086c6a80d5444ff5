// Stance of a statement from its cue (and a few words of its content): what the speaker
// does with the words: asserts, accuses, denies, warns, offers, calls for, welcomes, acknowledges.
import { loadPairs } from '../lexicon/load.js';
import type { Document } from '../text/document.js';
import type { Frame } from './spans.js';
import type { Stance } from './types.js';
import { STANCES } from './types.js';

let cueStances: Map<string, Stance> | null = null;
function lexicon(): Map<string, Stance> {
  if (!cueStances) {
    cueStances = new Map();
    for (const [k, v] of loadPairs('stance-cues')) {
      if ((STANCES as readonly string[]).includes(v)) cueStances.set(k, v as Stance);
    }
  }
  return cueStances;
}

export function stanceOf(doc: Document, frame: Frame): Stance {
  const lex = lexicon();
  const words = doc.tokens.slice(frame.cue.first, frame.cue.last).filter((t) => t.kind === 'word');
  // Multi-word cues first ("called for", "pointed out"), then the lemmas from the last word back.
  for (let n = words.length; n >= 2; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const phrase = words
        .slice(i, i + n)
        .map((t) => t.lemma)
        .join(' ');
      const hit = lex.get(phrase);
      if (hit) return hit;
    }
  }
  for (let i = words.length - 1; i >= 0; i--) {
    const hit = lex.get(words[i].lemma) ?? lex.get(words[i].norm);
    if (hit) return hit;
  }
  return 'assert';
}
