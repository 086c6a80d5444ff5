// Resolves each statement's speaker to a name: names as written (titles stripped, surnames
// completed: "Kirby" → "John Kirby"), pronouns to the most recent fitting speaker or person,
// descriptions ("the Turkish president") to the person introduced with that title.
// The rules are here; the words they read around a name are in speaker-phrases.ts, the mentions
// they resolve against in speaker-mentions.ts, a comment's subject in comment-subjects.ts and
// how far on a description's person may be named in description-reach.ts.
import type { Document } from '../text/document.js';
import { BODY_NOUNS, DETERMINERS, isOrganisationWord, isTitleWord, splitTitle } from './names.js';
import { subjectEndBeforeAsides } from './aside-subjects.js';
import type { Frame } from './spans.js';
import {
  documentBody,
  prenominalIssuerEnd,
  participleAgent,
  personEnd,
  pluralGroupEnd,
  trailingParticiple,
  withoutTrailingTime,
  titledNameExtent,
} from './name-extent.js';
import { lowercaseBodyOf, nameAfterBodyNoun, titleCaseBodyName } from './body-names.js';
import { Mentions } from './mentions.js';
import { isCapitalisedVerb, POST_NOMINALS } from './name-mentions.js';
import { firstQuestionLine } from './labels.js';
import {
  earlierBody,
  earlierNamedBody,
  earlierIndefinite,
  exactKindBody,
  headlinePerson,
  nameInApposition,
} from './described-names.js';
import {
  isPronoun,
  OTHER_PRONOUNS,
  PERSON_PRONOUNS,
  possessorInSentence,
  resolvePronoun,
} from './pronouns.js';
import { isHeadlineSentence, isTitleCaseHeadline } from './headline.js';
import { isPersonNoun } from './agents.js';
import {
  appositiveName,
  isGroupAround,
  isIndefiniteDescription,
  isOfficeOf,
  isPlainDescription,
  nameAfterDescription,
  apposedName,
  nameBeforeComma,
  officeHolder,
  officeIsLowercase,
  personOfAge,
  resolveDescription,
  holdsTitle,
} from './descriptions.js';
import { speakerMentions } from './speaker-mentions.js';
import {
  AGE_WORD,
  COUNTED,
  isRelativeOpener,
  POSSESSIVES,
  possessorName,
  REFLEXIVES,
  relatedGroup,
} from './speaker-phrases.js';
import { paragraphEnd } from './description-reach.js';
import { commentSubject } from './comment-subjects.js';

export function resolveSpeakers(
  doc: Document,
  frames: Frame[],
  mentions: Mentions = speakerMentions(doc, frames),
): (string | null)[] {
  const names: (string | null)[] = [];
  let interviewee: string | null | undefined;
  frames.forEach((f, k) => {
    if (!f.source) {
      names.push(null);
      return;
    }
    // "Q: … / A: …": the questions are the interviewer's, unnamed; the answers the interviewee's,
    // the person named last before the first question (else the first named at all).
    const label = f.layout && f.source[1] - f.source[0] === 1 ? doc.tokens[f.source[0]].text : '';
    if (label === 'Q' || label === 'A') {
      if (label === 'A' && interviewee === undefined) {
        const q = firstQuestionLine(doc);
        const m =
          mentions.lastPersonBefore(q, () => true) ??
          mentions.firstPersonIn(q, doc.tokens.length, () => true);
        interviewee = m ? m.name : null;
      }
      names.push(label === 'A' ? (interviewee ?? null) : null);
      return;
    }
    // "…, said the president of the medical college, Ana Ortiz.": the name after the span is who
    // the description is.
    const after = nameAfterDescription(doc, f.source);
    if (after) {
      names.push(mentions.completeName(after, f.source[0]));
      return;
    }
    // "The city council's press officer, Dana Holt": the name after the description speaks.
    const first = appositiveName(doc, f.source) ?? f.source[0];
    // "Republican lawmakers who drafted the law": the antecedent of the relative clause.
    // ("Ida Lunn, a former minister, put it": the subject before its asides.)
    const bare = first === f.source[0] ? subjectEndBeforeAsides(doc, f.source) : f.source[1];
    let who = first + 1;
    while (who < bare && !isRelativeOpener(doc, who)) who++;
    let end = withoutTrailingTime(doc, first, who);
    // "Marr herself wrote": the name, without its reflexive.
    if (end - first > 1 && REFLEXIVES.has(doc.tokens[end - 1].norm)) end--;
    // "Dresner Drops Out, Endorses Okafor": a title-case headline's verb ends the name.
    if (f.cue.sentence === 0 && isTitleCaseHeadline(doc))
      for (let j = first + 1; j < end; j++)
        if (isCapitalisedVerb(doc.tokens[j])) {
          end = j;
          break;
        }
    // "Rep. Curtis Mabry (R-Dunmore)": a party and state in brackets after a name are no part of it.
    if (doc.tokens[end - 1].text === ')') {
      let open = end - 2;
      while (open > first && doc.tokens[open].text !== '(') open--;
      if (open > first && doc.tokens[open].text === '(') end = open;
    }
    // "Tom Lane MP", "Eleanor Voss KC": the letters after a name are no part of it.
    // (Not a description's head: "A backbench MP", "One opposition MP".)
    const described = DETERMINERS.has(doc.tokens[first].norm) || COUNTED.has(doc.tokens[first].norm);
    while (!described && end - first > 2 && POST_NOMINALS.has(doc.tokens[end - 1].text)) end--;
    const text = doc.text.slice(doc.tokens[first].start, doc.tokens[end - 1].end);
    // "He’s claiming", "They’ve said": the pronoun of a contraction (read of one word only).
    const norm = end - first === 1 ? text.toLowerCase().replace(/[’'](?:s|re|ve|ll|d|m)$/, '') : '';
    if (end - first === 1 && (PERSON_PRONOUNS.has(norm) || OTHER_PRONOUNS.has(norm) || norm === 'that')) {
      // "Ostrava was accused of funding rebels, a claim it has always rejected": a comment's
      // pronoun is who the clause it answers is about, the first name there that fits.
      const about = f.answersFrom >= 0 && f.content.length ? commentSubject(doc, f, norm, mentions) : null;
      names.push(about ?? resolvePronoun(doc, norm, first, frames, names, k, mentions, true));
      return;
    }
    // "Rights group Justice Watch said": the body's whole name after its lowercase noun.
    const bodyName = nameAfterBodyNoun(doc, first, end);
    if (bodyName > 0) {
      names.push(doc.text.slice(doc.tokens[bodyName].start, doc.tokens[end - 1].end));
      return;
    }
    // "Citizens for Clean Water said": a body's name in title case, small words and all.
    const titled = titleCaseBodyName(
      doc,
      first,
      end,
      (word) => mentions.completeName(word, doc.tokens.length) !== word,
    );
    if (titled) {
      names.push(titled);
      return;
    }
    // "…, a charge the group rejected": a comment's body is the one the clause it answers is about.
    if (
      f.answersFrom >= 0 &&
      f.content.length &&
      end - first === 2 &&
      doc.tokens[first].norm === 'the' &&
      BODY_NOUNS.has(doc.tokens[first + 1].norm)
    ) {
      const about = commentSubject(doc, f, 'it', mentions);
      if (about) {
        names.push(about);
        return;
      }
    }
    // "its [earlier assurance]": the owner of the noun cue, as its pronoun would be resolved.
    const ownerPronoun = end - first === 1 ? POSSESSIVES.get(norm) : undefined;
    if (ownerPronoun) {
      names.push(
        possessorInSentence(doc, ownerPronoun, first, mentions) ??
          resolvePronoun(doc, ownerPronoun, first, frames, names, k, mentions) ??
          text,
      );
      return;
    }
    // "Figures from the Regional Housing Board show": the board speaks through them.
    const body = documentBody(doc, first, end);
    if (body > first) {
      names.push(doc.text.slice(doc.tokens[body].start, doc.tokens[end - 1].end));
      return;
    }
    // "Marlbeck Statistics Office figures show": the office.
    const issuerEnd = prenominalIssuerEnd(doc, first, end);
    if (issuerEnd > 0) {
      const from = DETERMINERS.has(doc.tokens[first].norm) ? first + 1 : first;
      names.push(doc.text.slice(doc.tokens[from].start, doc.tokens[issuerEnd - 1].end));
      return;
    }
    // "a ministry official", "one analyst", "a spokeswoman for the mayor": someone not named
    // before, not the latest person, nor the name the description holds; the description it is.
    // (Not when it ends on a name of its own: "a study by Northfield University".)
    if (isIndefiniteDescription(doc, first, end) && first === f.source[0]) {
      // ("Henry Vale, a former diplomat now with CSIS said": the name it stands in apposition to.)
      const apposed = apposedName(doc, first, mentions);
      if (apposed) {
        names.push(apposed);
        return;
      }
      const described = trailingParticiple(doc, first, end);
      names.push(
        described > first ? doc.text.slice(doc.tokens[first].start, doc.tokens[described - 1].end) : text,
      );
      return;
    }
    // "Economists polled by the Wire", "A study published in X": those polled, the study.
    // Read on the whole span: "figures released on Monday" is named "figures", not "figures released".
    const agent = participleAgent(doc, first, who < f.source[1] ? end : Math.max(end, f.source[1]));
    if (agent > first) {
      names.push(doc.text.slice(doc.tokens[first].start, doc.tokens[agent - 1].end));
      return;
    }
    // "Those at Fenmore Capital", "People close to Dresner", "The crowd at the pavilion": a group
    // around someone or somewhere, named by the description, not by the name it holds.
    if (isGroupAround(doc, first, end)) {
      names.push(text);
      return;
    }
    // "Health officials in the province of Lorrain": the officials, not the province.
    const group = pluralGroupEnd(doc, first, end);
    if (group > first) {
      names.push(doc.text.slice(doc.tokens[first].start, doc.tokens[group - 1].end));
      return;
    }
    // "Footballer apologises for post": a headline's noun of a person is the person its lead names
    // so, or the one the lead has saying the same ("Striker Jamal Okoro apologised"); not merely
    // its first person ("Watchdog accuses bank …" / "Castellan denied wrongdoing").
    const last = doc.tokens[end - 1];
    const opening = end - 1 === doc.sentences[f.cue.sentence].tokenStart;
    if (
      isHeadlineSentence(doc, f.cue.sentence) &&
      end - first <= 2 &&
      (!last.cap || opening) &&
      isPersonNoun(opening ? last.norm : last.lemma)
    ) {
      names.push(
        headlinePerson(doc, f, frames, [end, paragraphEnd(doc, f.source[0])], last, mentions) ?? text,
      );
      return;
    }
    // "analyst Dana Fowler of Northfield Securities": the person, not where they work.
    const nameEnd = personEnd(doc, first, end);
    const split = splitTitle(doc, first, nameEnd);
    // "The foreign ministry of Valdoria": a body of the place, not the place.
    if (split && split.nameStart - 2 > first && lowercaseBodyOf(doc, split.nameStart)) {
      const from = DETERMINERS.has(doc.tokens[first].norm) ? first + 1 : first;
      names.push(doc.text.slice(doc.tokens[from].start, doc.tokens[nameEnd - 1].end));
      return;
    }
    // "The family of Oliver Strickland", "Lawyers for Dana Okoye": people of the person named, not
    // that person.
    if (split && split.nameStart - 2 >= first && relatedGroup(doc, split.nameStart, first)) {
      const from = DETERMINERS.has(doc.tokens[first].norm) ? first + 1 : first;
      names.push(doc.text.slice(doc.tokens[from].start, doc.tokens[nameEnd - 1].end));
      return;
    }
    // "The mayor of Westbury": a person described by an office of the place, not the place.
    if (split && isOfficeOf(split.titles) && officeIsLowercase(doc, first, split.nameStart, nameEnd)) {
      const head = split.titles[split.titles.length - 2];
      names.push(
        nameBeforeComma(doc, first, mentions) ??
          officeHolder(head, first, mentions, [end, paragraphEnd(doc, first)]) ??
          text,
      );
      return;
    }
    if (split) {
      // "the Board": the body named before in full ("Westbury Water Board"); not a word ending a
      // name ("Yamaichi International (Europe) Ltd").
      const word = nameEnd - 1;
      if (word > first && doc.tokens[word - 1].norm === 'the' && isOrganisationWord(doc.tokens[word].norm)) {
        const full = mentions.lastEndingIn(doc.tokens[word].text, word);
        if (full) {
          names.push(full);
          return;
        }
      }
      const [start, end] = titledNameExtent(
        doc,
        doc.sentences[f.cue.sentence].tokenStart,
        first,
        split.nameStart,
        nameEnd,
      );
      const name = doc.text.slice(doc.tokens[start].start, doc.tokens[end - 1].end);
      names.push(mentions.completeName(possessorName(doc, f, end, name), first));
      return;
    }
    // "Her spokesman", "its chief executive": someone of the possessor's, not the possessor.
    const possessor = POSSESSIVES.get(doc.tokens[first].norm);
    // "…, said her lawyer, Anna Berg.": the name in apposition is who it is.
    const appositive = possessor && end - first > 1 ? nameInApposition(doc, end, mentions) : null;
    if (appositive) {
      names.push(appositive);
      return;
    }
    if (possessor && end - first > 1) {
      const owner =
        possessorInSentence(doc, possessor, first, mentions) ??
        resolvePronoun(doc, possessor, first, frames, names, k, mentions);
      const rest = doc.text.slice(doc.tokens[first + 1].start, doc.tokens[end - 1].end);
      // Not an owner named this way itself ("their attorneys" after "the group's attorneys"), nor
      // by its own possessive ("Its defence ministry" after "Its defence ministry said": the same).
      const ownPossessive = !!owner && POSSESSIVES.has(owner.slice(0, owner.indexOf(' ')).toLowerCase());
      const named = owner && !isPronoun(owner) && !/[’']s? /.test(owner) && !ownPossessive;
      names.push(named ? `${owner}${owner.endsWith('s') ? '’' : '’s'} ${rest}` : text);
      return;
    }
    const words = doc.tokens.slice(first, end).filter((t) => t.kind === 'word' && !DETERMINERS.has(t.norm));
    // "Sorin's deputy": someone of Sorin's, named by the description with Sorin's full name.
    // ("The European Union's agriculture commissioner": lowercase words between are the office's.)
    let o = words.length - 2;
    while (o > 0 && !words[o].cap && !/[’']s$/.test(words[o].text)) o--;
    const owner = o >= 0 ? words[o] : null;
    if (owner && owner.cap && /[’']s$/.test(owner.text) && isTitleWord(words[words.length - 1].norm)) {
      const name = owner.text.replace(/[’']s$/, '');
      // (Not when the name is written in full: "Dana Whitcombe's spokeswoman".)
      const full = o > 0 && words[o - 1].cap ? name : mentions.completeName(name, first);
      names.push(full === name ? text : text.replace(owner.text, `${full}’s`));
      return;
    }
    const head = words.length > 0 ? words[words.length - 1].norm : '';
    // "Citizens for Harbour Justice": a capitalised head after a capitalised word that is no title
    // makes it a name, not a description of someone named elsewhere.
    const named =
      words.length > 1 &&
      words[words.length - 1].cap &&
      words.some((t, j) => j > 0 && t.cap && !isTitleWord(t.norm));
    // "The actor Tom Hale said … The actor said": a noun of a person given to a name before.
    // (Also after adjectives: "the young miner".)
    if (doc.tokens[first].norm === 'the' && isPlainDescription(words)) {
      const norms = words.map((t) => t.norm);
      const m = mentions.lastPersonBefore(first, (x) => x.roles.includes(head) || holdsTitle(x, head, norms));
      // (WordNet's nouns are read only then: loading them costs about 0.2 s once.)
      // Not when an unnamed one came since ("Anna Berg, a senior official, … A senior official who
      // begged not to be named said … the official said").
      const since = m ? earlierIndefinite(doc, frames, names, k, head) : null;
      if (m && isPersonNoun(head) && !(since && since.token > m.token)) {
        names.push(mentions.completeName(m.name, first));
        return;
      }
      // "Quillon denied wrongdoing. … the company said": the body that spoke just before (not
      // for a person's title: "the coach" is no club).
      const role = isTitleWord(head) && !isOrganisationWord(head);
      const body = role
        ? null
        : (exactKindBody(doc, first, head, mentions) ??
          earlierBody(doc, frames, names, k, head, mentions) ??
          earlierNamedBody(doc, first, head, mentions));
      if (body) {
        names.push(body);
        return;
      }
    }
    if (words.length > 0 && isTitleWord(head) && !named) {
      // "… an official speaking on condition of anonymity said. … the official said": the one
      // the article introduced with that word before, not a person named elsewhere.
      // Not one someone else's ("The prime minister's spokesman" is no "spokesman for the office").
      const possessed = words.slice(0, -1).some((t) => /[’']s$/.test(t.text));
      const introduced = possessed ? null : earlierIndefinite(doc, frames, names, k, head);
      if (introduced) {
        names.push(introduced.name);
        return;
      }
      // ("the premier" after "Varga": the name in full, "Emil Varga".)
      // ("Richard Hale, Dayco chairman and chief executive said": the name it stands in apposition to.)
      const described =
        apposedName(doc, first, mentions) ??
        resolveDescription(
          words.map((t) => t.norm),
          first,
          mentions,
          [Math.max(end, f.cue.last), paragraphEnd(doc, first)],
          who < f.source[1],
        );
      names.push(described ? mentions.completeName(described, first) : text);
      return;
    }
    // "the 27-year-old": an age describes the person the article last named.
    if (end - first <= 4 && doc.tokens[first].norm === 'the' && AGE_WORD.test(doc.tokens[end - 1].norm)) {
      // The one the article gave that age ("Gregor Hallam, 58,"), else the person last named.
      const m = personOfAge(doc, first, end, mentions) ?? mentions.lastPersonBefore(first, () => true);
      names.push(m ? mentions.completeName(m.name, first) : text);
      return;
    }
    names.push(text);
  });
  return names;
}
