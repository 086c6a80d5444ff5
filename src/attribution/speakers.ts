// Resolves each statement's speaker to a name: names as written (titles stripped, surnames
// completed: "Kirby" → "John Kirby"), pronouns to the most recent fitting speaker or person,
// descriptions ("the Turkish president") to the person introduced with that title.
// Here is the order of the rules and those for pronouns; the words they read are bounded in
// speaker-span.ts, the rules for bodies and groups are in speaker-bodies.ts, those for
// descriptions of a person in speaker-descriptions.ts. The words they read around a name are in
// speaker-phrases.ts, the mentions they resolve against in speaker-mentions.ts, a comment's
// subject in comment-subjects.ts and how far on a description's person may be named in
// description-reach.ts.
import type { Document } from '../text/document.js';
import type { Frame } from './frame.js';
import { Mentions } from './mentions.js';
import { firstQuestionLine } from './labels.js';
import { nameInApposition } from './described-persons.js';
import { possessorInSentence, resolvePronoun } from './pronouns.js';
import { isPronoun, OTHER_PRONOUNS, PERSON_PRONOUNS } from './pronoun-words.js';
import { nameAfterDescription } from './descriptions.js';
import { speakerMentions } from './speaker-mentions.js';
import { POSSESSIVES } from './speaker-phrases.js';
import { commentSubject } from './comment-subjects.js';
import { selfNamedBody } from './self-named-bodies.js';
import { readSpeakerSpan, type SpeakerAnswer, type SpeakerSpan } from './speaker-span.js';
import {
  bodyBehindFigures,
  bodyNameAfterNoun,
  commentedBody,
  groupAround,
  issuerBeforeNoun,
  participleAgentSpeaker,
  pluralGroup,
  titleCaseBody,
} from './speaker-bodies.js';
import {
  describedByWords,
  headlineNounPerson,
  indefiniteDescription,
  titledPerson,
} from './speaker-descriptions.js';

/** The rules for a source's speaker words, in the order tried: the first that applies names it. */
const SPEAKER_RULES: ((s: SpeakerSpan) => SpeakerAnswer)[] = [
  pronoun, // "He’s claiming", "a claim it has always rejected"
  bodyNameAfterNoun, // "Rights group Justice Watch said"
  titleCaseBody, // "Citizens for Clean Water said"
  commentedBody, // "…, a charge the group rejected"
  possessivePronounOwner, // "its [earlier assurance]"
  bodyBehindFigures, // "Figures from the Regional Housing Board show"
  issuerBeforeNoun, // "Marlbeck Statistics Office figures show"
  indefiniteDescription, // "a ministry official", "one analyst"
  participleAgentSpeaker, // "Economists polled by the Wire"
  groupAround, // "Those at Fenmore Capital"
  pluralGroup, // "Health officials in the province of Lorrain"
  headlineNounPerson, // "Footballer apologises for post"
  titledPerson, // "analyst Dana Fowler", "The mayor of Westbury"
  possessorsOne, // "Her spokesman", "its chief executive"
  describedByWords, // "Sorin's deputy", "the actor", "the official", "the 27-year-old"
];

/** Each frame's speaker, by index: a name, or null where the frame has no source or names no one. */
export function resolveSpeakers(
  doc: Document,
  frames: Frame[],
  mentions: Mentions = speakerMentions(doc, frames),
): (string | null)[] {
  const names: (string | null)[] = [];
  const interview = interviewSpeakers(doc, mentions);
  // Each frame's speaker reads those of the frames before it (a pronoun's, a description's).
  frames.forEach((f, k) => names.push(speakerOf(doc, frames, names, k, mentions, interview)));
  return names;
}

/** The speaker of frame k (null for none), the speakers of the frames before it given in names. */
function speakerOf(
  doc: Document,
  frames: Frame[],
  names: (string | null)[],
  k: number,
  mentions: Mentions,
  interview: (label: string) => string | null,
): string | null {
  const f = frames[k];
  // No source: no speaker.
  if (!f.source) return null;
  // "Q: … / A: …": an interview's line is the interviewer's or the interviewee's.
  const label = f.layout && f.source[1] - f.source[0] === 1 ? doc.tokens[f.source[0]].text : '';
  if (label === 'Q' || label === 'A') return interview(label);
  // "…, said the president of the medical college, Ana Ortiz.": the name after the span is who
  // the description is.
  const after = nameAfterDescription(doc, f.source);
  if (after) return mentions.completeName(after, f.source[0]);
  // Else the rules, in order, on the words of the span that name the speaker; else those words.
  const span = readSpeakerSpan(doc, frames, names, k, f.source, mentions);
  let name: SpeakerAnswer;
  for (const rule of SPEAKER_RULES) if ((name = rule(span)) !== undefined) break;
  // "The company" no rule named (or named by its own words): the body that spoke as "it".
  name = selfNamedBody(span, name);
  return name === undefined ? span.text : name;
}

/**
 * "Q: … / A: …": the questions are the interviewer's, unnamed; the answers the interviewee's,
 * the person named last before the first question (else the first named at all), found once.
 */
function interviewSpeakers(doc: Document, mentions: Mentions): (label: string) => string | null {
  let interviewee: string | null | undefined;
  return (label) => {
    if (label !== 'A') return null;
    if (interviewee === undefined) {
      const q = firstQuestionLine(doc);
      const m =
        mentions.lastPersonBefore(q, () => true) ?? mentions.firstPersonIn(q, doc.tokens.length, () => true);
      interviewee = m ? m.name : null;
    }
    return interviewee;
  };
}

/** "He’s claiming", "They’ve said", "that": a pronoun, resolved to the speaker or person it takes up. */
function pronoun({ doc, frames, names, k, f, first, end, norm, mentions }: SpeakerSpan): SpeakerAnswer {
  if (end - first !== 1 || !(PERSON_PRONOUNS.has(norm) || OTHER_PRONOUNS.has(norm) || norm === 'that'))
    return undefined;
  // "Ostrava was accused of funding rebels, a claim it has always rejected": a comment's
  // pronoun is who the clause it answers is about, the first name there that fits.
  const about = f.answersFrom >= 0 && f.content.length ? commentSubject(doc, f, norm, mentions) : null;
  return about ?? resolvePronoun(doc, norm, first, frames, names, k, mentions, true);
}

/** "its [earlier assurance]": the owner of the noun cue, as its pronoun would be resolved. */
function possessivePronounOwner(s: SpeakerSpan): SpeakerAnswer {
  const { doc, frames, names, k, first, end, text, norm, mentions } = s;
  const ownerPronoun = end - first === 1 ? POSSESSIVES.get(norm) : undefined;
  if (!ownerPronoun) return undefined;
  return (
    possessorInSentence(doc, ownerPronoun, first, mentions) ??
    resolvePronoun(doc, ownerPronoun, first, frames, names, k, mentions) ??
    text
  );
}

/** "Her spokesman", "its chief executive": someone of the possessor's, not the possessor. */
function possessorsOne(s: SpeakerSpan): SpeakerAnswer {
  const { doc, frames, names, k, first, end, text, mentions } = s;
  const possessor = POSSESSIVES.get(doc.tokens[first].norm);
  if (!possessor || end - first <= 1) return undefined;
  // "…, said her lawyer, Anna Berg.": the name in apposition is who it is.
  const appositive = nameInApposition(doc, end, mentions);
  if (appositive) return appositive;
  const owner =
    possessorInSentence(doc, possessor, first, mentions) ??
    resolvePronoun(doc, possessor, first, frames, names, k, mentions);
  const rest = doc.text.slice(doc.tokens[first + 1].start, doc.tokens[end - 1].end);
  // Not an owner named this way itself ("their attorneys" after "the group's attorneys"), nor
  // by its own possessive ("Its defence ministry" after "Its defence ministry said": the same).
  const ownPossessive = !!owner && POSSESSIVES.has(owner.slice(0, owner.indexOf(' ')).toLowerCase());
  const named = owner && !isPronoun(owner) && !/[’']s? /.test(owner) && !ownPossessive;
  return named ? `${owner}${owner.endsWith('s') ? '’' : '’s'} ${rest}` : text;
}
