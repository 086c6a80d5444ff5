// Given names (data/lexicon/given-names.txt, built by scripts/build-given-names.ts): which words
// are given names ("Per", "Will" among the function words), and the usual gender of those the
// name lists agree on.
import { loadPairs } from '../lexicon/load.js';

/** m: a man's name, f: a woman's. */
export type NameGender = 'm' | 'f';

let givenNames: ReadonlyMap<string, string> | null = null;

/** data/lexicon/given-names.txt: a given name's gender (m, f) or no sign (?). */
function names(): ReadonlyMap<string, string> {
  return (givenNames ??= loadPairs('given-names'));
}

/** Is the word a given name ("Per", "Will", "May" among the function words)? */
export function isGivenName(word: string): boolean {
  return names().has(word.toLowerCase());
}

/**
 * The usual gender of a given name, as the shipped list has it ("Anna", "John"; not "Terry" or
 * "Nicola", which the package's lists give both ways, nor "Dana", borne by both). Else null.
 */
export function firstNameGender(first: string): NameGender | null {
  const g = names().get(first.toLowerCase());
  return g === 'm' || g === 'f' ? g : null;
}
