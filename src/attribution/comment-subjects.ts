// Who a comment's pronoun or noun takes up ("Ostrava was accused of funding rebels, a claim it has
// always rejected"): the first fitting name, or "the" and a noun, in the clause the comment answers.
// One rule of the speaker resolver (speakers.ts), read for a pronoun and for "the group" alike.
import type { Document } from '../text/document.js';
import { isPersonNoun } from './agents.js';
import type { Frame } from './frame.js';
import type { Mentions } from './mentions.js';
import { BODY_NOUNS, isTitleWord } from './names.js';
import { PERSON_PRONOUNS } from './pronoun-words.js';

/** The first name in a comment's content that its pronoun may take up ("it": no person's). */
export function commentSubject(doc: Document, f: Frame, pronoun: string, mentions: Mentions): string | null {
  const [from, to] = [f.content[0][0], f.content[f.content.length - 1][1]];
  const personal = PERSON_PRONOUNS.has(pronoun);
  if (!personal && pronoun !== 'it' && pronoun !== 'they') return null;
  const m = mentions.firstIn(from, to, (x) =>
    personal ? x.person && mentions.fits(x.name, pronoun) : !x.person || mentions.mayNameBody(x.name),
  );
  if (m) return mentions.completeName(m.name, from);
  // "…accused the mayor of lying, which he denied": no name there, but "the" and a noun of a person;
  // "The embassy was accused of running agents, allegations it denies": of a body, for "it".
  if (!personal && pronoun !== 'it') return null;
  for (let j = from; j + 1 < to; j++) {
    const t = doc.tokens[j + 1];
    if (doc.tokens[j].norm !== 'the' || t.kind !== 'word' || t.cap) continue;
    const person = isTitleWord(t.norm) || isPersonNoun(t.norm);
    if (personal ? person : !person && BODY_NOUNS.has(t.norm))
      return doc.text.slice(doc.tokens[j].start, t.end);
  }
  return null;
}
