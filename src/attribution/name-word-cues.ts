// Cue words that are words of a name (no-cues.ts drops them): a capitalised word of saying inside
// a name ("Omar Hassan Said Abdel Karim") or after a given name ("Amara Tell"), in a sentence not
// in title case, and the last word of a listener's name ("told the Evening Echo").
import { wordSet } from '../lexicon/load.js';
import type { Document, Sentence } from '../text/document.js';
import { isGivenName } from './given-names.js';
import type { CueTokens } from './types.js';

/** Is cue c a word of a name? */
export function isWordOfName(doc: Document, c: CueTokens): boolean {
  return isInsideName(doc, c) || isSurnameAfterGivenName(doc, c) || endsArticledName(doc, c);
}

/** Tokens on each side of a cue word within which the rules below read a run of capitalised words. */
const NAME_WINDOW = 40;

/**
 * "… Omar Hassan Said Abdel Karim, who …": a capitalised cue word between capitalised words,
 * inside a sentence written in lowercase (not a title-case headline: "Mayor Says Port Will Reopen"),
 * is part of a name.
 */
function isInsideName(doc: Document, c: CueTokens): boolean {
  const i = c.first;
  const s = doc.sentences[c.sentence];
  if (c.last - i !== 1 || i <= s.tokenStart || i + 1 >= s.tokenEnd) return false;
  const t = doc.tokens[i];
  if (!t.cap || t.kind !== 'word' || !doc.tokens[i - 1].cap || !doc.tokens[i + 1].cap) return false;
  return !mostlyCapitalised(doc, s, i);
}

/**
 * Are most words around token i in sentence s capitalised (a headline in title case)? Read within
 * a window around it: a hostile sentence of a million capitalised "Said"s would otherwise make the
 * callers quadratic.
 */
function mostlyCapitalised(doc: Document, s: Sentence, i: number): boolean {
  let words = 0;
  let capitalised = 0;
  for (let j = Math.max(s.tokenStart, i - NAME_WINDOW); j < Math.min(s.tokenEnd, i + NAME_WINDOW); j++) {
    if (doc.tokens[j].kind !== 'word') continue;
    words++;
    if (doc.tokens[j].cap) capitalised++;
  }
  return capitalised * 2 >= words;
}

/**
 * "The secretary-general, Amara Tell, said": a capitalised word of saying right after a given name,
 * inside the sentence, is the surname ("Tell", "Warn"), not a cue.
 */
function isSurnameAfterGivenName(doc: Document, c: CueTokens): boolean {
  const i = c.first;
  const t = doc.tokens[i];
  const s = doc.sentences[c.sentence];
  if (c.last - i !== 1 || i <= s.tokenStart + 1 || !t.cap || t.kind !== 'word') return false;
  const before = doc.tokens[i - 1];
  if (!before.cap || before.kind !== 'word' || !isGivenName(before.norm)) return false;
  // Not a headline's cue in title case ("…, Lindsey Graham Says."): most of its words are capitalised.
  return !mostlyCapitalised(doc, s, i);
}

/**
 * "told the Evening Echo that …": a capitalised word ending a run of capitalised words that a
 * lowercase "the" opens, after a verb of telling or "to", is the last word of a listener's name
 * (a newspaper's), not a verb of saying.
 */
function endsArticledName(doc: Document, c: CueTokens): boolean {
  const i = c.first;
  const t = doc.tokens[i];
  if (c.last - i !== 1 || !t.cap || t.kind !== 'word') return false;
  const start = doc.sentences[c.sentence].tokenStart;
  let j = i - 1;
  while (j > start && j > i - NAME_WINDOW && doc.tokens[j].cap && doc.tokens[j].kind === 'word') j--;
  // A listener's place: after "told", "to" and the like.
  // (Bounds-checked: an out-of-range read deoptimises the caller.)
  const before = j > 0 ? doc.tokens[j - 1] : undefined;
  return (
    j < i - 1 &&
    doc.tokens[j].text === 'the' &&
    !!before &&
    (before.norm === 'to' || wordSet('attribution-tell-verbs').has(before.lemma))
  );
}
