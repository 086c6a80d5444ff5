// The last resort of "he"/"she" (pronouns.ts): the latest person named before it. Two capitalised
// words pass for a person's name ("Harbour Arts", "Velden Open", a bill, a port, a firm), so the
// latest such mention is often no one: read on 6,000 news-corpus articles, that last resort was
// wrong about nine times in ten when the name held no sign of a person. Such a name is passed
// over for a person the same or the sentence before names with a sign, else nobody: an
// unresolved "he" beats one given to a bill.
import type { Document } from '../text/document.js';
import type { Mentions } from './mentions.js';
import { DETERMINERS, type NameMention } from './names.js';
import { isGivenName } from './given-names.js';
import { ageFollows } from './word-forms.js';

/** Sentences before the pronoun's within which a person with a sign is taken instead. */
const SIGNED_REACH = 1;

/**
 * The name in full of the latest person mentioned before token `at` whom the pronoun fits (not
 * one whose first token `asks` says is asking it a question), when it shows a sign of being a
 * person; else the latest such with a sign in the pronoun's sentence or the one before; else null.
 */
export function latestPersonFor(
  doc: Document,
  pronoun: string,
  at: number,
  mentions: Mentions,
  asks: (token: number) => boolean,
): string | null {
  const accept = (x: NameMention): boolean => !asks(x.token) && mentions.fits(x.name, pronoun);
  const m = mentions.lastPersonBefore(at, accept);
  if (!m) return null;
  if (showsPerson(doc, m, pronoun, at, mentions)) return mentions.completeName(m.name, at);
  const from = doc.sentences[Math.max(0, doc.tokens[at].sentence - SIGNED_REACH)].tokenStart;
  const signed = mentions.lastPersonBefore(
    m.token,
    (x) => accept(x) && showsPerson(doc, x, pronoun, at, mentions),
    from,
  );
  return signed ? mentions.completeName(signed.name, at) : null;
}

/** Per document, the names mentioned alone (one word, no article before it). */
const aloneByMentions = new WeakMap<Mentions, Set<string>>();

function namedAlone(doc: Document, mentions: Mentions): Set<string> {
  let alone = aloneByMentions.get(mentions);
  if (!alone) {
    alone = new Set();
    for (const x of mentions.all)
      if (!x.name.includes(' ') && !DETERMINERS.has(doc.tokens[x.token - 1]?.norm ?? '')) alone.add(x.name);
    aloneByMentions.set(mentions, alone);
  }
  return alone;
}

/**
 * Does the mention show it names a person: a title or honorific before it ("Minister", "Mrs."),
 * a description in apposition ("Tova Renn, a teacher,"), an age after it ("Renn, 52,"), a given
 * name before its last word (in full, "Tova Renn" for "Renn"), the article telling its gender,
 * or its last word named alone?
 */
function showsPerson(
  doc: Document,
  m: NameMention,
  pronoun: string,
  at: number,
  mentions: Mentions,
): boolean {
  if (m.titles.length > 0 || m.roles.length > 0) return true;
  const full = mentions.completeName(m.name, at);
  const words = full.split(' ');
  for (let i = 0; i < words.length - 1; i++) if (isGivenName(words[i].toLowerCase())) return true;
  if (mentions.surelyFits(full, pronoun)) return true;
  let end = m.token;
  while (end + 1 < doc.tokens.length && doc.tokens[end + 1].cap && doc.tokens[end + 1].kind === 'word') end++;
  if (ageFollows(doc, end)) return true;
  // "Tova Renn … Renn said": a surname named alone, not after an article ("the Bill" of "the
  // Gambling Bill"; a body goes by its first word, "Kelby" of "Kelby Motors").
  return words.length > 1 && namedAlone(doc, mentions).has(words[words.length - 1]);
}
