// Pronouns as speakers: "he", "she", "they", "it", "who", "which" and possessives resolved to the speaker
// or person they take up (speakers.ts resolves the other kinds of speaker). The sentence subjects
// they may take up first are found in pronoun-subjects.ts (persons) and group-subjects.ts (bodies
// and groups).
import { hasLemma } from '../lexicon/wordnet.js';
import type { Document } from '../text/document.js';
import { isOrganisationWord, POSSESSIVES, WEEKDAYS, type NameMention } from './names.js';
import type { Frame } from './spans.js';
import { thatAntecedent } from './relative-that.js';
import { latestPersonFor } from './person-fallback.js';
import type { Mentions } from './mentions.js';
import {
  ageFollows,
  isPluralOfNoun,
  isRegularPlural,
  mayBeFiniteVerb,
  NOUN_PHRASE_OPENERS,
} from './word-forms.js';
import { isAgentNoun } from './agents.js';
import { descriptionGoesOn, isPersonDescription, personAsked } from './turns.js';
import { spokeAsItself } from './self-named-bodies.js';
import { isPronoun, PERSON_PRONOUNS } from './pronoun-words.js';
import {
  askerBefore,
  nameRightBefore,
  personBeforeApposition,
  previousSentenceSubject,
  sentenceOpeningPerson,
} from './pronoun-subjects.js';
import {
  bodySubjectBefore,
  OPENING_REACH,
  pluralSubjectBefore,
  previousBodySubject,
  previousPluralSubject,
} from './group-subjects.js';

export function resolvePronoun(
  doc: Document,
  pronoun: string,
  at: number,
  frames: Frame[],
  names: (string | null)[],
  k: number,
  mentions: Mentions,
  /** May "it" take up a name read as a person's (the speaker "It", not the owner of "its")? */
  bodyFallback = false,
): string | null {
  // A subject "that" is named by the noun phrase before it, else as "which" is.
  if (pronoun === 'that')
    return thatAntecedent(doc, at) ?? resolvePronoun(doc, 'which', at, frames, names, k, mentions);
  if (pronoun === 'who' || pronoun === 'which') {
    // "said the coach, who added ...", "said a source who declined ...": the speaker just
    // before (and its comma); "first made by the newspaper Dagblad, which reported": the name
    // or noun phrase just before.
    const end = at > 0 && doc.tokens[at - 1].text === ',' ? at - 1 : at;
    for (let j = k - 1; j >= 0; j--) {
      const source = frames[j].source;
      if (source && source[1] === end && names[j]) return names[j];
    }
    // "The minister, who has denied the allegations, said ...": the speaker of a later statement,
    // not resolved yet; its words (a surname completed from an earlier mention).
    for (let j = k + 1; j < frames.length; j++) {
      const source = frames[j].source;
      if (source && source[1] === end)
        return mentions.completeName(
          doc.text.slice(doc.tokens[source[0]].start, doc.tokens[end - 1].end),
          at,
        );
    }
    // "questioning two men, who deny any involvement": the common noun phrase before it.
    const group = commonNounBefore(doc, end) ?? bareAgentPlural(doc, end);
    if (group) return group;
    // "Omar Teller, a 41-year-old teacher from the town of Brisk, who said …": the person the
    // apposition describes, not the place it names.
    const described = pronoun === 'who' ? personBeforeApposition(doc, end, mentions) : null;
    if (described) return mentions.completeName(described.name, at);
    const m = mentions.lastBefore(at);
    // "Ferrand, a neuroscientist at Brightmoor University who …": "who" is a person, not the
    // body where the person works.
    if (
      pronoun === 'who' &&
      m &&
      isOrganisationWord(m.name.slice(m.name.lastIndexOf(' ') + 1).toLowerCase())
    ) {
      const person = mentions.lastPersonBefore(m.token, () => true);
      if (person && doc.tokens[person.token].sentence === doc.tokens[at].sentence)
        return mentions.completeName(person.name, at);
    }
    // Not a date ("on Tuesday, which will …"): a time names nothing that speaks.
    if (pronoun === 'which')
      return m && mentionEndsAt(doc, m, end) && !WEEKDAYS.has(doc.tokens[end - 1].norm) ? m.name : null;
    return m ? mentions.completeName(m.name, at) : null;
  }
  // "A: … I acknowledge that it happened", "officials said we …": a first person inside another
  // statement's content is that statement's speaker.
  if (pronoun === 'i' || pronoun === 'we')
    for (let j = k - 1; j >= 0; j--)
      if (names[j] && frames[j].content.some(([s, e]) => s <= at && at < e)) return names[j];
  if (pronoun === 'they') {
    const group = pluralSubjectBefore(doc, at, frames[k]) ?? previousPluralSubject(doc, at, frames, k);
    if (group) return group;
  }
  const personal = PERSON_PRONOUNS.has(pronoun);
  if (personal) {
    const asked = personAsked(doc, pronoun, frames, k, mentions);
    if (asked) return asked;
    const subject =
      previousSentenceSubject(doc, pronoun, at, frames, k, mentions) ??
      sentenceOpeningPerson(doc, pronoun, at, mentions) ??
      nameRightBefore(doc, pronoun, at, mentions);
    if (subject) return subject;
  }
  // "Estrany gave a different account. Its defence ministry said": the body the sentence before
  // opens with comes before the latest speaker.
  // "The army launched what it called …": the sentence's own subject; a name at once, a description
  // ("The ministry") only when no speaker before fits (it may name that one).
  let inSentence = pronoun === 'it' ? bodySubjectBefore(doc, at, frames[k]) : null;
  if (inSentence && endsInPlural(inSentence)) inSentence = null;
  if (inSentence && !/^the /i.test(inSentence)) return inSentence;
  if (pronoun === 'it') {
    const body = previousBodySubject(doc, at, frames, k);
    if (body) return body;
  }
  // "Penn denied it. The miner said …. He said …": a description of a person no name took up
  // ("the miner", "a spokeswoman for the institute"), speaking in the sentence just before, goes
  // on speaking.
  if (personal && k > 0) {
    const n = names[k - 1];
    // (From where a quotation before the cue opens: "“Everybody knew. Nobody did anything,” he said".)
    const opens = frames[k].content[0]?.[0] ?? frames[k].cue.first;
    const from = Math.min(frames[k].cue.sentence, doc.tokens[opens].sentence);
    const gap = from - frames[k - 1].cue.sentence;
    if (n && gap === 1 && !isPronoun(n) && descriptionGoesOn(n, pronoun, mentions)) return n;
    // "A spokeswoman for the Employers' Federation said …. “…,” she said": she speaks for the
    // body her statement was named by, and goes on doing so.
    const span = frames[k - 1].source;
    if (n && gap <= 1 && span && !mentions.isPerson(n)) {
      const described = doc.text.slice(doc.tokens[span[0]].start, doc.tokens[span[1] - 1].end);
      if (described !== n && descriptionGoesOn(described, pronoun, mentions)) return n;
    }
  }
  // The latest earlier speaker within a few sentences, if it fits the pronoun; a definite
  // description ("the minister") only when no name or other description fits.
  const asker = personal ? askerBefore(doc, at) : null;
  const asks = (t: number): boolean => asker !== null && asker[0] <= t && t < asker[1];
  for (const definite of [false, true]) {
    for (let j = k - 1; j >= 0; j--) {
      const n = names[j];
      if (frames[k].cue.sentence - frames[j].cue.sentence > 4) break;
      if (!n || isPronoun(n) || asks(frames[j].source?.[0] ?? -1)) continue;
      // "Analysts had expected less. It said …", "Several customers said …": a plural is no "it".
      if (pronoun === 'it' && endsInPlural(n)) continue;
      const person = mentions.isPerson(n) || isPersonDescription(n, definite);
      if (personal === person && mentions.fits(n, pronoun))
        // (Another body's description, "The army", is not the sentence's own "The ministry".)
        return inSentence && /^the /i.test(n) && n.toLowerCase() !== inSentence.toLowerCase()
          ? inSentence
          : n;
    }
    if (!personal) break;
  }
  if (personal) {
    return latestPersonFor(doc, pronoun, at, mentions, asks);
  }
  // "Harbour Watch said …. It urged …": else "it" takes up a name read as a person's when nothing
  // in the article says it is one.
  if (pronoun === 'it' && bodyFallback)
    for (let j = k - 1; j >= 0; j--) {
      const n = names[j];
      if (frames[k].cue.sentence - frames[j].cue.sentence > 4) break;
      if (
        n &&
        !isPronoun(n) &&
        mentions.isPerson(n) &&
        // ("Rainford Bancorp said it …": a name that spoke of itself as "it" is a body's.)
        (mentions.mayNameBody(n) || spokeAsItself(doc, frames, names, j)) &&
        !isPersonDescription(n, true)
      )
        return n;
    }
  return inSentence;
}

/** Does the name end in a plural noun ("Analysts", "Several customers"; not "Pennant Securities")? */
function endsInPlural(n: string): boolean {
  const last = n.slice(n.lastIndexOf(' ') + 1);
  if (n.includes(' ') && last !== last.toLowerCase()) return false;
  return isPluralOfNoun(last.toLowerCase()) || IRREGULAR_PLURALS.has(last.toLowerCase());
}
const IRREGULAR_PLURALS = new Set(['women', 'men', 'people', 'children', 'police']);

/** Words that may open a noun phrase of people ("two men", "the protesters", "several residents"). */
const GROUP_OPENERS = new Set([
  ...['the', 'two', 'three', 'four', 'five', 'several', 'many', 'some', 'most', 'other', 'both'],
  ...['these', 'those', 'few', 'dozens', 'hundreds', 'thousands'],
]);

/** "criticism from unions, who argue …": a bare plural of people or bodies right before. */
function bareAgentPlural(doc: Document, end: number): string | null {
  const t = doc.tokens[end - 1];
  if (!t || t.kind !== 'word' || t.cap || !isRegularPlural(t) || !isAgentNoun(t.lemma)) return null;
  // With its adjectives: "local leaders".
  let from = end - 1;
  while (from > 0 && end - from < 3) {
    const a = doc.tokens[from - 1];
    if (a.kind !== 'word' || a.cap || a.stop || !hasLemma(a.norm, 'a') || mayBeFiniteVerb(doc, from - 1))
      break;
    from--;
  }
  return doc.text.slice(doc.tokens[from].start, t.end);
}

/** The noun phrase its sentence opens with before token `at`, an article and lowercase nouns
 *  ("A petition"), when no person: what a possessive "its" later in the sentence takes up. */
function openingThing(doc: Document, at: number, mentions: Mentions): string | null {
  const s = doc.sentences[doc.tokens[at].sentence];
  const first = doc.tokens[s.tokenStart];
  if (first.kind !== 'word' || !NOUN_PHRASE_OPENERS.has(first.norm) || POSSESSIVES.has(first.norm))
    return null;
  let end = s.tokenStart + 1;
  while (end < at && end - s.tokenStart <= OPENING_REACH) {
    const t = doc.tokens[end];
    if (t.kind !== 'word' || t.stop || mayBeFiniteVerb(doc, end)) break;
    end++;
  }
  if (end === s.tokenStart + 1) return null;
  const head = doc.tokens[end - 1];
  // "The city council closed three schools, its spokeswoman said": a body, not a person.
  if (head.cap || (isAgentNoun(head.lemma) && !isOrganisationWord(head.norm))) return null;
  const text = doc.text.slice(first.start, head.end);
  return mentions.isPerson(text) ? null : text;
}

/** Whether the name mention's last token is token `end - 1`. */
function mentionEndsAt(doc: Document, m: NameMention, end: number): boolean {
  if (m.token >= end) return false;
  const span = doc.text.slice(doc.tokens[m.token].start, doc.tokens[end - 1].end);
  return span === m.name || span.replace(/[’']s$/, '') === m.name;
}

/**
 * "Pop singer Lia Marr has cancelled her tour, her management said": a possessive "his"/"her"
 * belongs to the person its own sentence names before it, when the gender fits; null otherwise.
 */
export function possessorInSentence(
  doc: Document,
  pronoun: string,
  at: number,
  mentions: Mentions,
): string | null {
  // "A petition … has gathered 6,000 signatures, according to its organisers": "its" is the thing
  // its sentence opens with, when that is no person.
  if (pronoun === 'it') return openingThing(doc, at, mentions);
  if (!PERSON_PRONOUNS.has(pronoun)) return null;
  const sentence = doc.tokens[at].sentence;
  const m = mentions.lastPersonBefore(at, () => true);
  if (!m || doc.tokens[m.token].sentence !== sentence || doc.tokens[m.token - 1]?.norm === 'the')
    return agedOpener(doc, sentence, at, mentions);
  return mentions.fits(m.name, pronoun) ? mentions.completeName(m.name, at) : null;
}

/** "Drennan, 41, has denied the charges, his lawyer said": a name with its age in commas opening
 *  the sentence before token `at` is a person's, known before or not. */
function agedOpener(doc: Document, sentence: number, at: number, mentions: Mentions): string | null {
  const s = doc.sentences[sentence].tokenStart;
  const name = doc.tokens[s];
  if (s + 3 >= at || name.kind !== 'word' || !name.cap || !ageFollows(doc, s)) return null;
  return mentions.completeName(name.text, at);
}

/**
 * A lowercase noun phrase of up to four words ending right before token `end` and opened by a
 * determiner or number ("two men", "the protesters"), as text; null when the word before is a
 * name (the mention rules decide then) or no such phrase ends there.
 */
function commonNounBefore(doc: Document, end: number): string | null {
  const last = doc.tokens[end - 1];
  if (!last || last.kind !== 'word' || last.cap) return null;
  for (let j = end - 1; j >= 0 && end - j <= 4; j--) {
    const t = doc.tokens[j];
    if (t.kind === 'punct') return null;
    if (GROUP_OPENERS.has(t.norm) || t.kind === 'number')
      return j < end - 1 ? doc.text.slice(t.start, last.end) : null;
  }
  return null;
}
