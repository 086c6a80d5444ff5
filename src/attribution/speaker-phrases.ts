// The words around a speaker's name that the speaker resolver (speakers.ts) reads to bound or
// qualify it: a relative clause's opener ("lawmakers who drafted"), a reflexive ("Marr herself"),
// the possessive determiners ("its chief executive"), a possessor's "’s" before a noun cue, the
// people around someone ("the family of", "lawyers for"), a counted description ("One opposition
// MP") and an age ("the 27-year-old"). Word lists and small tests, apart from the resolver's rules.
import { wordSet } from '../lexicon/load.js';
import type { Document } from '../text/document.js';
import type { Frame } from './frame.js';
import { withoutPossessive } from './names.js';
import { isRegularPlural, mayBeFiniteVerb } from './word-forms.js';

/** "who", or a subject "that" before its verb ("groups that brought the suit"). */
export function isRelativeOpener(doc: Document, i: number): boolean {
  const t = doc.tokens[i];
  return (
    t.norm === 'who' ||
    t.norm === 'whose' ||
    (t.norm === 'that' && i + 1 < doc.tokens.length && mayBeFiniteVerb(doc, i + 1)) ||
    // ("A group that researchers link to …": an object's relative clause after a noun.)
    (t.norm === 'that' &&
      i > 0 &&
      doc.tokens[i - 1].kind === 'word' &&
      !doc.tokens[i - 1].stop &&
      isRegularPlural(doc.tokens[i + 1]) &&
      !doc.tokens[i + 1].cap)
  );
}

export const REFLEXIVES = new Set(['himself', 'herself', 'itself', 'themselves']);
/** Possessive determiners, with the pronoun whose referent they name. */
export const POSSESSIVES = new Map([
  ['his', 'he'],
  ['her', 'she'],
  ['its', 'it'],
  ['their', 'they'],
]);

/**
 * "Ana Ruiz’s [claim]": the possessor of a noun cue is named without its "’s"; a name that ends
 * in one before a verb ("Moody’s said", "Standard and Poor’s warned") keeps it.
 */
export function possessorName(doc: Document, f: Frame, nameEnd: number, name: string): string {
  if (nameEnd !== f.cue.first || !/[’']s$/.test(name)) return name;
  const cue = doc.tokens[f.cue.first];
  return cue.norm !== cue.lemma && wordSet('speech-verbs').has(cue.lemma) ? name : withoutPossessive(name);
}

/** Nouns of the people around someone, who speak for them ("the family of", "lawyers for"). */
const RELATED_GROUPS = new Set([
  ...['family', 'families', 'relatives', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'friends'],
  ...['supporters', 'parents', 'colleagues', 'representatives', 'advisers', 'advisors', 'aides'],
  ...['agent', 'agents', 'father', 'mother', 'wife', 'husband', 'son', 'daughter', 'brother', 'sister'],
]);

/** Is the name at `nameStart` led by such a noun and "of"/"for" ("the family of | X"), maybe
 *  with up to two lowercase words between ("the lawyer for referee | X", "of the late | X")? */
export function relatedGroup(doc: Document, nameStart: number, first: number): boolean {
  let j = nameStart - 1;
  const isLink = (norm: string) => norm === 'of' || norm === 'for';
  // (Or a title with its own capitals: "the agent of Ravenmoor midfielder | X".)
  while (j - 2 >= first && nameStart - j <= 3 && !isLink(doc.tokens[j].norm) && doc.tokens[j].kind === 'word')
    j--;
  const link = doc.tokens[j].norm;
  return j - 1 >= first && isLink(link) && RELATED_GROUPS.has(doc.tokens[j - 1].norm);
}

/** Words opening a description of people counted ("One opposition MP", "Two Labour MPs"). */
export const COUNTED = new Set(['one', 'another', 'two', 'three', 'several', 'some', 'many']);

/** The last word of an age ("27-year-old" is written "27", "-", "year-old"). */
export const AGE_WORD = /^(?:[a-z0-9]+-)?(?:year|month|week)s?-old$/;
