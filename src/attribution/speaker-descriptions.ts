// Speaker rules (run in the order speakers.ts gives) for a span that describes a person: an
// indefinite description ("a ministry official"), a headline's noun of a person, titles before a
// name ("analyst Dana Fowler", "the mayor of Westbury") and a description read on its words ("the
// actor", "Sorin's deputy", "the 27-year-old"): each names the person the article gave it to, or
// is the description itself. Each answers a name, or undefined when it does not apply.
import type { DocToken } from '../text/document.js';
import { DETERMINERS, isOrganisationWord, isTitleWord, splitTitle, textOf } from './names.js';
import { personEnd, trailingParticiple, titledNameExtent } from './name-extent.js';
import { lowercaseBodyOf } from './body-names.js';
import { earlierBody, earlierNamedBody, exactKindBody } from './described-names.js';
import { earlierIndefinite, headlinePerson } from './described-persons.js';
import { isHeadlineSentence } from './headline.js';
import { isPersonNoun } from './agents.js';
import {
  apposedName,
  holdsTitle,
  isIndefiniteDescription,
  isOfficeOf,
  isPlainDescription,
  nameBeforeComma,
  officeHolder,
  officeIsLowercase,
  personOfAge,
  resolveDescription,
} from './descriptions.js';
import { AGE_WORD, possessorName, relatedGroup } from './speaker-phrases.js';
import { paragraphEnd } from './description-reach.js';
import type { SpeakerAnswer, SpeakerSpan } from './speaker-span.js';
import { relatedPerson } from './related-persons.js';

/**
 * "a ministry official", "one analyst", "a spokeswoman for the mayor": someone not named before,
 * not the latest person, nor the name the description holds; the description it is.
 * (Not when it ends on a name of its own: "a study by Northfield University".)
 */
export function indefiniteDescription({
  doc,
  source,
  first,
  end,
  text,
  mentions,
}: SpeakerSpan): SpeakerAnswer {
  if (!isIndefiniteDescription(doc, first, end) || first !== source[0]) return undefined;
  // ("Henry Vale, a former diplomat now with CSIS said": the name it stands in apposition to.)
  const apposed = apposedName(doc, first, mentions);
  if (apposed) return apposed;
  const described = trailingParticiple(doc, first, end);
  return described > first ? textOf(doc, first, described) : text;
}

/**
 * "Footballer apologises for post": a headline's noun of a person is the person its lead names
 * so, or the one the lead has saying the same ("Striker Jamal Okoro apologised"); not merely its
 * first person ("Watchdog accuses bank …" / "Castellan denied wrongdoing").
 */
export function headlineNounPerson({
  doc,
  f,
  frames,
  source,
  first,
  end,
  text,
  mentions,
}: SpeakerSpan): SpeakerAnswer {
  const last = doc.tokens[end - 1];
  const opening = end - 1 === doc.sentences[f.cue.sentence].tokenStart;
  if (
    isHeadlineSentence(doc, f.cue.sentence) &&
    end - first <= 2 &&
    (!last.cap || opening) &&
    isPersonNoun(opening ? last.norm : last.lemma)
  )
    return headlinePerson(doc, f, frames, [end, paragraphEnd(doc, source[0])], last, mentions) ?? text;
  return undefined;
}

/** "analyst Dana Fowler of Northfield Securities": titles before a name; the person, not where they work. */
export function titledPerson(s: SpeakerSpan): SpeakerAnswer {
  const { doc, first, end, text, mentions } = s;
  const nameEnd = personEnd(doc, first, end);
  const split = splitTitle(doc, first, nameEnd);
  if (!split) return undefined;
  // "The foreign ministry of Valdoria": a body of the place, not the place.
  // "The family of Oliver Strickland", "Lawyers for Dana Okoye": people of the person named, not
  // that person.
  if (
    (split.nameStart - 2 > first && lowercaseBodyOf(doc, split.nameStart)) ||
    (split.nameStart - 2 >= first && relatedGroup(doc, split.nameStart, first))
  ) {
    const from = DETERMINERS.has(doc.tokens[first].norm) ? first + 1 : first;
    return textOf(doc, from, nameEnd);
  }
  // "The mayor of Westbury": a person described by an office of the place, not the place.
  if (isOfficeOf(split.titles) && officeIsLowercase(doc, first, split.nameStart, nameEnd)) {
    const head = split.titles[split.titles.length - 2];
    return (
      nameBeforeComma(doc, first, mentions) ??
      officeHolder(head, first, mentions, [end, paragraphEnd(doc, first)]) ??
      text
    );
  }
  // "Dorian Vasko, analyst with Pellmore Securities": the analyst, not the firm.
  const related = relatedPerson(s, split.nameStart);
  if (related !== undefined) return related;
  return nameAfterTitles(s, split.nameStart, nameEnd);
}

/** The name after titles (nameStart to nameEnd), in full. */
function nameAfterTitles(
  { doc, f, first, mentions }: SpeakerSpan,
  nameStart: number,
  nameEnd: number,
): string {
  // "the Board": the body named before in full ("Westbury Water Board"); not a word ending a
  // name ("Yamaichi International (Europe) Ltd").
  const word = nameEnd - 1;
  if (word > first && doc.tokens[word - 1].norm === 'the' && isOrganisationWord(doc.tokens[word].norm)) {
    const full = mentions.lastEndingIn(doc.tokens[word].text, word);
    if (full) return full;
  }
  const [start, end] = titledNameExtent(
    doc,
    doc.sentences[f.cue.sentence].tokenStart,
    first,
    nameStart,
    nameEnd,
  );
  return mentions.completeName(possessorName(doc, f, end, textOf(doc, start, end)), first);
}

/** A description's words, as the rules below read them. */
interface DescriptionWords {
  /** Its words, without determiners. */
  words: DocToken[];
  /** The last word's norm ('' when there is none). */
  head: string;
  /** A capitalised head after a capitalised word that is no title: a name, not a description. */
  named: boolean;
}

/** A description read on its words: someone's ("Sorin's deputy"), the one given it before, an age. */
export function describedByWords(s: SpeakerSpan): SpeakerAnswer {
  const { doc, first, end } = s;
  const words = doc.tokens.slice(first, end).filter((t) => t.kind === 'word' && !DETERMINERS.has(t.norm));
  const owners = ownersOne(s, words);
  if (owners !== undefined) return owners;
  const d: DescriptionWords = {
    words,
    head: words.length > 0 ? words[words.length - 1].norm : '',
    // "Citizens for Harbour Justice": a capitalised head after a capitalised word that is no title
    // makes it a name, not a description of someone named elsewhere.
    named:
      words.length > 1 &&
      words[words.length - 1].cap &&
      words.some((t, j) => j > 0 && t.cap && !isTitleWord(t.norm)),
  };
  for (const rule of [givenBefore, titleGivenBefore, personOfThatAge]) {
    const name = rule(s, d);
    if (name !== undefined) return name;
  }
  return undefined;
}

/**
 * "Sorin's deputy": someone of Sorin's, named by the description with Sorin's full name.
 * ("The European Union's agriculture commissioner": lowercase words between are the office's.)
 */
function ownersOne({ first, text, mentions }: SpeakerSpan, words: DocToken[]): SpeakerAnswer {
  let o = words.length - 2;
  while (o > 0 && !words[o].cap && !/[’']s$/.test(words[o].text)) o--;
  const owner = o >= 0 ? words[o] : null;
  if (!owner || !owner.cap || !/[’']s$/.test(owner.text) || !isTitleWord(words[words.length - 1].norm))
    return undefined;
  const name = owner.text.replace(/[’']s$/, '');
  // (Not when the name is written in full: "Dana Whitcombe's spokeswoman".)
  const full = o > 0 && words[o - 1].cap ? name : mentions.completeName(name, first);
  return full === name ? text : text.replace(owner.text, `${full}’s`);
}

/**
 * "The actor Tom Hale said … The actor said": a noun of a person given to a name before.
 * (Also after adjectives: "the young miner".) Else the body that spoke just before.
 */
function givenBefore(s: SpeakerSpan, { words, head }: DescriptionWords): SpeakerAnswer {
  const { doc, frames, names, k, first, mentions } = s;
  if (doc.tokens[first].norm !== 'the' || !isPlainDescription(words)) return undefined;
  const norms = words.map((t) => t.norm);
  const m = mentions.lastPersonBefore(first, (x) => x.roles.includes(head) || holdsTitle(x, head, norms));
  // (WordNet's nouns are read only then: loading them costs about 0.2 s once.)
  // Not when an unnamed one came since ("Anna Berg, a senior official, … A senior official who
  // begged not to be named said … the official said").
  const since = m ? earlierIndefinite(doc, frames, names, k, head) : null;
  if (m && isPersonNoun(head) && !(since && since.token > m.token))
    return mentions.completeName(m.name, first);
  // "Quillon denied wrongdoing. … the company said": the body that spoke just before (not
  // for a person's title: "the coach" is no club).
  const role = isTitleWord(head) && !isOrganisationWord(head);
  const body = role
    ? null
    : (exactKindBody(doc, first, head, mentions) ??
      earlierBody(doc, frames, names, k, head, mentions) ??
      earlierNamedBody(doc, first, head, mentions));
  return body || undefined;
}

/**
 * "… an official, unnamed in the report, said. … the official said": the one the
 * article introduced with that word before, not a person named elsewhere.
 */
function titleGivenBefore(s: SpeakerSpan, { words, head, named }: DescriptionWords): SpeakerAnswer {
  const { doc, frames, names, k, f, source, first, who, end, text, mentions } = s;
  if (words.length === 0 || !isTitleWord(head) || named) return undefined;
  // Not one someone else's ("The prime minister's spokesman" is no "spokesman for the office").
  const possessed = words.slice(0, -1).some((t) => /[’']s$/.test(t.text));
  const introduced = possessed ? null : earlierIndefinite(doc, frames, names, k, head);
  if (introduced) return introduced.name;
  // ("the premier" after "Varga": the name in full, "Emil Varga".)
  // ("Richard Hale, Dayco chairman and chief executive said": the name it stands in apposition to.)
  const described =
    apposedName(doc, first, mentions) ??
    resolveDescription(
      words.map((t) => t.norm),
      first,
      mentions,
      [Math.max(end, f.cue.last), paragraphEnd(doc, first)],
      who < source[1],
    );
  return described ? mentions.completeName(described, first) : text;
}

/** "the 27-year-old": an age describes the person the article gave it, else the person last named. */
function personOfThatAge({ doc, first, end, text, mentions }: SpeakerSpan): SpeakerAnswer {
  if (end - first > 4 || doc.tokens[first].norm !== 'the' || !AGE_WORD.test(doc.tokens[end - 1].norm))
    return undefined;
  // The one the article gave that age ("Gregor Hallam, 58,"), else the person last named.
  const m = personOfAge(doc, first, end, mentions) ?? mentions.lastPersonBefore(first, () => true);
  return m ? mentions.completeName(m.name, first) : text;
}
