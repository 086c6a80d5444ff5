// "Analysts said in a research note that …", "She wrote in a letter to members that …": the noun
// of the medium the saying was made in is no second cue. The tagger may take it for one, with the
// words before it for a speaker ("a research") and the same "that" clause for its content: an
// echo of the verb's statement, which PolNeAR marks once.
import type { Document } from '../text/document.js';
import { FINITE } from './word-forms.js';
import type { Frame } from './spans.js';

/** Prepositions opening the medium after a verb of saying ("said in", "wrote in"). */
const MEDIUM_PREPOSITIONS = new Set(['in', 'via', 'through']);
/** Most words between the preposition and the medium's noun ("in a brief research note"). */
const MEDIUM_REACH = 5;

/** Is frame f's cue the medium of frame g's saying, both reporting the same clause? */
function echoes(doc: Document, f: Frame, g: Frame): boolean {
  if (g === f || g.cue.sentence !== f.cue.sentence || g.cue.last >= f.cue.first) return false;
  const at = g.cue.last;
  if (!MEDIUM_PREPOSITIONS.has(doc.tokens[at].norm) || f.cue.first - at > MEDIUM_REACH) return false;
  // Only words between the preposition and the noun, none of them a verb: one noun phrase.
  for (let j = at + 1; j < f.cue.last; j++) {
    const t = doc.tokens[j];
    if (t.kind !== 'word' || FINITE.has(t.norm)) return false;
  }
  // The echo's speaker, if any, stands inside that noun phrase ("a research").
  if (f.source && (f.source[0] <= at || f.source[1] > f.cue.first)) return false;
  const start = f.content[0]?.[0];
  if (start === undefined || start < f.cue.last) return false;
  return g.content.some(([s, e]) => s <= start && start < e);
}

/** The frames less those whose cue is only the medium of another's saying (order kept). */
export function dropMediumEchoes(doc: Document, frames: Frame[]): Frame[] {
  const echoed = frames.filter(
    (f) => f.cue.last - f.cue.first === 1 && frames.some((g) => echoes(doc, f, g)),
  );
  return echoed.length === 0 ? frames : frames.filter((f) => !echoed.includes(f));
}
