// Who speaks next when a pronoun does: the person just asked ("she replied"), or a description of
// a person that spoke in the sentence before ("A spokeswoman for the institute said … She
// declined"). pronouns.ts reads these before the latest speaker.
import type { Document } from '../text/document.js';
import { INDEFINITE_OPENERS, isTitleWord, POSSESSIVES } from './names.js';
import type { Frame } from './spans.js';
import type { Mentions } from './mentions.js';
import { hasPersonSense, isPersonNoun } from './agents.js';
import { BE_FORMS } from './passive.js';

/** "one analyst", "a ministry spokeswoman" (and, when `definite`, "the minister"): a description
 *  of a person (its last word a title, a role or a noun of a person), whom "he" or "she" may take
 *  up and "it" may not. */
export function isPersonDescription(name: string, definite = false): boolean {
  const words = name.toLowerCase().split(/\s+/);
  // "Mrs Whitfield's husband", "her sister": someone's relation is a person too.
  const possessed = words.slice(0, -1).some((w) => /[’']s$/.test(w)) || POSSESSIVES.has(words[0]);
  const opener = INDEFINITE_OPENERS.has(words[0]) || (definite && words[0] === 'the') || possessed;
  const head = words[words.length - 1];
  // "one patient", "a nurse": a noun whose first sense is a person ("a commuter": or second).
  return words.length > 1 && opener && (isTitleWord(head) || hasPersonSense(head));
}

const ONE_OF = /^one of (?:the|his|her|their|its|our) (?:\S+ ){0,2}(\S+)$/i;

/** May a description of a person that no name took up ("the miner", "a spokeswoman for the
 *  institute", read by its noun before the "for" phrase) go on speaking as this pronoun? */
export function descriptionGoesOn(name: string, pronoun: string, mentions: Mentions): boolean {
  // "one of the volunteers", "one of the freed seafarers": one person of a group.
  const one = ONE_OF.exec(name);
  if (one) {
    const plural = one[1].toLowerCase();
    const person = [plural.replace(/s$/, ''), plural.replace(/es$/, '')].some(
      (w) => w !== plural && isPersonNoun(w),
    );
    return person && !mentions.isPerson(name) && mentions.fits(name, pronoun);
  }
  return (
    !mentions.isPerson(name) &&
    // ("A voter in Merrick", "a passenger on the flight", "One parent from Tollbridge".)
    isPersonDescription(
      name
        .replace(/ (?:for|of|at|from|with|in|on|aboard|near|outside|inside) .*$/, '')
        .replace(/^one /i, 'a '),
      true,
    ) &&
    /^(?:the|an?|one) /i.test(name) &&
    mentions.fits(name, pronoun)
  );
}

/** Verbs of answering: their speaker is who was asked just before. */

const ANSWERING = new Set(['reply', 'answer', 'respond', 'retort']);

/**
 * "Pennock asked Alison Drummond whether …. “I understand the anger,” she replied.": the person
 * asked in the statement just before (named right after "asked"), when the pronoun fits.
 */
export function personAsked(
  doc: Document,
  pronoun: string,
  frames: Frame[],
  k: number,
  mentions: Mentions,
): string | null {
  if (k === 0) return null;
  const verb = doc.tokens[frames[k].cue.first].lemma;
  const question = frames[k - 1];
  // ("Mayor Reld was asked by a radio host whether …. He responded that …": a passive's subject, the
  // content's first piece, is who was asked.)
  const passive =
    BE_FORMS.has(doc.tokens[question.cue.first].norm) &&
    doc.tokens[question.cue.first + 1]?.lemma === 'ask' &&
    question.content.length > 0 &&
    question.content[0][1] <= question.cue.first;
  if (doc.tokens[question.cue.first].lemma !== 'ask' && !passive) return null;
  const gap = frames[k].cue.sentence - question.cue.sentence;
  // "Senator Bell asked the witness whether she had been threatened. She said she had.": a plain
  // "said" right after a question put to someone answers it too.
  const answers =
    (ANSWERING.has(verb) && gap <= 2) ||
    (verb === 'say' &&
      gap === 1 &&
      QUESTION_OPENERS.has(doc.tokens[question.content[0]?.[0] ?? 0]?.norm ?? ''));
  if (!answers) return null;
  const [askedFrom, askedTo] = passive ? question.content[0] : [question.cue.last, question.cue.last + 1];
  const m = mentions.firstPersonIn(askedFrom, askedTo, () => true);
  if (m) return mentions.fits(m.name, pronoun) ? mentions.completeName(m.name, m.token + 1) : null;
  // ("asked the witness whether …": a description of the person asked.)
  const the = doc.tokens[question.cue.last];
  const noun = doc.tokens[question.cue.last + 1];
  if (verb === 'say' && the?.norm === 'the' && noun?.kind === 'word' && !noun.cap && isPersonNoun(noun.norm))
    return `${the.text} ${noun.text}`;
  return null;
}

/** Words opening an indirect question ("asked … whether she had been threatened"). */
const QUESTION_OPENERS = new Set(['whether', 'if']);
