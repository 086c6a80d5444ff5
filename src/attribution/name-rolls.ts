// A roll of names after a colon ("Ostmark: Lena Hart, Omar Teller, Ines Barro, …", the members of a
// panel listed by region) says nothing: the colon introduces a list, not anyone's words.
import type { Document } from '../text/document.js';
import type { Frame } from './spans.js';

/** Fewest names a roll has: two could be a pair of speakers ("Hart and Teller: …" is no roll anyway). */
const MIN_NAMES = 3;
/** Most words a name of the roll has ("Rhea Fuller Dunn", "Jon St. Ives"). */
const MAX_NAME_WORDS = 4;

/** Is the frame a colon followed, to its sentence's end, by nothing but a roll of capitalised names? */
export function isNameRoll(doc: Document, f: Frame): boolean {
  const colon = f.cue.last - 1;
  if (f.cue.last - f.cue.first !== 1 || doc.tokens[colon].text !== ':') return false;
  const sentence = doc.tokens[colon].sentence;
  // (A title-case headline reads like a roll: "Poll: Dunn, Teller, Barro Lead In Ostmark".)
  if (sentence === 0) return false;
  const end = doc.sentences[sentence].tokenEnd;
  let names = 0;
  let words = 0;
  for (let i = colon + 1; i < end; i++) {
    const t = doc.tokens[i];
    if (t.text === ',' || t.norm === 'and' || (t.text === '.' && i === end - 1)) {
      if (words > 0) names++;
      words = 0;
    } else if (t.kind === 'word' && t.cap) {
      if (++words > MAX_NAME_WORDS) return false;
      // (An initial or a short abbreviation: "Erven T. Nelson", "Jack St. Martin".)
    } else if (!(t.text === '.' && words > 0 && doc.tokens[i - 1].text.length <= 3)) return false;
  }
  if (words > 0) names++;
  return names >= MIN_NAMES;
}
