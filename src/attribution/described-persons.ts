// Descriptions of a person that take up a name given elsewhere in the article: "her lawyer, Anna
// Berg" the name in apposition, a headline's "Minister" the lead's minister, "the official" the
// one an earlier statement introduced as "an official". speakers.ts resolves them with these;
// descriptions of a body are in described-names.ts.
import type { DocToken, Document } from '../text/document.js';
import type { Frame } from './spans.js';
import type { TokenRange } from './types.js';
import type { Mentions } from './mentions.js';
import { INDEFINITE_OPENERS } from './names.js';

/** The person named right after a description and its comma, the name ending the sentence or
 *  closed by a comma ("her lawyer, Anna Berg."), or null. */
export function nameInApposition(doc: Document, end: number, mentions: Mentions): string | null {
  if (doc.tokens[end]?.text !== ',') return null;
  const m = mentions.firstPersonIn(end + 1, end + 2, () => true);
  if (!m || m.token !== end + 1) return null;
  let j = end + 1;
  while (j < doc.tokens.length && doc.tokens[j].kind === 'word' && doc.tokens[j].cap) j++;
  const after = doc.tokens[j];
  return !after || after.text === ',' || after.text === '.' ? m.name : null;
}

/** The lead's person (between `end` and `until`) a headline's noun of a person (token `noun`)
 *  stands for: one the lead gives that noun as title or role, or the speaker of the lead's first statement whose cue has the
 *  headline cue's lemma; null when neither. */
export function headlinePerson(
  doc: Document,
  f: Frame,
  frames: readonly Frame[],
  [end, until]: TokenRange,
  noun: DocToken,
  mentions: Mentions,
): string | null {
  const word = noun.cap ? noun.norm : noun.lemma;
  const titled = mentions.firstPersonIn(end, until, (m) => m.titles.includes(word) || m.roles.includes(word));
  if (titled) return titled.name;
  const lemma = doc.tokens[f.cue.first].lemma;
  for (const g of frames) {
    if (g === f || !g.source || g.source[0] < end || g.source[0] >= until) continue;
    if (doc.tokens[g.cue.first].lemma !== lemma) continue;
    const m = mentions.firstPersonIn(g.source[0], g.source[1], () => true);
    if (m) return m.name;
  }
  return null;
}

/** Statements back within which "the official" may take up "an official" introduced before. */
const INTRODUCED_REACH = 8;

/**
 * The name given to the latest earlier statement (within INTRODUCED_REACH) whose speaker is an
 * indefinite description with this head word among its first three words ("an official speaking
 * on condition of anonymity", "a senior administration official"), or null.
 */
export function earlierIndefinite(
  doc: Document,
  frames: readonly Frame[],
  names: readonly (string | null)[],
  k: number,
  head: string,
): { name: string; token: number } | null {
  for (let j = k - 1; j >= 0 && k - j <= INTRODUCED_REACH; j--) {
    const source = frames[j].source;
    const name = names[j];
    if (!source || !name) continue;
    let start = source[0];
    // The opener may have been left before the span ("…, an | official speaking … said").
    if (!INDEFINITE_OPENERS.has(doc.tokens[start].norm) && start > 0) start--;
    // So does "the" with a relative clause ("The officer who arrested him said"): someone new.
    const restricted =
      doc.tokens[source[0]].norm === 'the' &&
      doc.tokens.slice(source[0], source[1]).some((t) => t.norm === 'who');
    if (restricted) start = source[0];
    else if (!INDEFINITE_OPENERS.has(doc.tokens[start].norm)) continue;
    for (let i = start + 1; i < Math.min(source[1], start + 4); i++) {
      if (doc.tokens[i].norm !== head) continue;
      // The description as its statement named it, else as written ("a spokesman for the union").
      const opener = name.split(' ', 1)[0].toLowerCase();
      return {
        name:
          INDEFINITE_OPENERS.has(opener) || restricted
            ? name
            : doc.text.slice(doc.tokens[start].start, doc.tokens[source[1] - 1].end),
        token: start,
      };
    }
  }
  return null;
}
