// Name mentions of a document: every capitalised run with the titles written before it, the roles
// a description gives it ("Tomas Berg, a retired teacher,", "Helen Marchetti is the chief executive
// of …", "The actor Tom Hale"), and whether it names a person. Speaker resolution (speakers.ts)
// reads them.
// The roles are read in name-roles.ts, the tests that a run names no person in
// non-person-names.ts; this file finds the runs and their titles.
import { hasLemma } from '../lexicon/wordnet.js';
import { isIrregularVerbForm } from '../lexicon/exceptions.js';
import type { Document, DocToken } from '../text/document.js';
import { isPersonNoun } from './agents.js';
import { isGivenName } from './given-names.js';
import {
  afterHonorific,
  afterPortfolio,
  AGE,
  isCompanyLikeText,
  honorificBefore,
  isInitial,
  isOrganisationWord,
  isPersonName,
  isTitleWord,
  PRONOUN_WORDS,
  roleBeforeGivenName,
  SURNAME_PARTICLES,
  textOf,
  type NameMention,
  titleInFull,
  isPossessive,
  withoutPossessive,
} from './names.js';
import { LEADING_ADVERBS } from './word-forms.js';
import { isTitleCaseHeadline } from './headline.js';
import { titleQuoteEnd } from './titles.js';
import { appositiveRole, precedingRole } from './name-roles.js';
import { bodyNounBefore, isModifier, isPlaceAfterPreposition, personLikeRun } from './non-person-names.js';

/** How many particles, and the capitalised surname after them, start at token j (0 when none). */
function particlesBeforeSurname(tokens: readonly DocToken[], j: number, sentence: number): number {
  let k = j;
  while (k < tokens.length && k - j < 3 && !tokens[k].cap && SURNAME_PARTICLES.has(tokens[k].norm)) k++;
  return k > j && capitalisedWordAt(tokens, k, sentence) ? k - j + 1 : 0;
}

/** Verbs of saying that may open a sentence before their speaker ("Said Tomas Reyl: …"). */
const OPENING_SAYING = new Set(['said', 'added', 'says', 'adds', 'wrote', 'writes', 'recalled', 'recalls']);

/** "leader Per Lind": a capitalised function word inside a sentence, before a capitalised word,
 *  that is a given name, opens a name. */
function givenNameInside(tokens: readonly DocToken[], i: number): boolean {
  const next = tokens[i + 1];
  return (
    i > 0 &&
    tokens[i - 1].sentence === tokens[i].sentence &&
    next !== undefined &&
    next.kind === 'word' &&
    next.cap &&
    !next.stop &&
    next.sentence === tokens[i].sentence &&
    isGivenName(tokens[i].norm)
  );
}

/** Letters written after a person's name: honours, offices, degrees, generations. */
export const POST_NOMINALS: ReadonlySet<string> = new Set([
  ...['KC', 'QC', 'MP', 'MEP', 'MSP', 'MS', 'TD', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'PhD', 'MD'],
  ...['Jr', 'Sr', 'II', 'III', 'IV'],
]);

/** Prepositions that are no stop words, capitalised when they open a sentence. */
const OPENING_PREPOSITIONS = new Set(['despite', 'amid', 'following', 'unlike', 'per', 'via', 'regarding']);

/** The owner in a possessive before a name ("Labour" of "Labour's Tom Whitby"): no person. */
function ownerMention(doc: Document, i: number, end: number): NameMention {
  return { name: withoutPossessive(textOf(doc, i, end)), titles: [], token: i, person: false, roles: [] };
}

/** Is token j a capitalised word of the sentence (what a name may go on with)? */
function capitalisedWordAt(tokens: readonly DocToken[], j: number, sentence: number): boolean {
  // (Bounds-checked: an out-of-range read deoptimises the caller.)
  if (j < 0 || j >= tokens.length) return false;
  const t = tokens[j];
  return t.cap && t.kind === 'word' && t.sentence === sentence;
}

/** Is any of tokens [from, to) a body's word ("Court", "Office", "Federation")? */
function organisationWordIn(tokens: readonly DocToken[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (isOrganisationWord(tokens[j].norm)) return true;
  return false;
}

/** Longest run after "and" read as the rest of a body's name ("Markets Authority"). */
const AND_BODY_REACH = 3;

/** Does the capitalised run after the "and" at `and` end, within reach, in a body's word? */
function andJoinsBody(tokens: readonly DocToken[], and: number, sentence: number): boolean {
  let j = and + 1;
  while (j - and <= AND_BODY_REACH && capitalisedWordAt(tokens, j, sentence) && !tokens[j].stop) j++;
  return j > and + 2 && isOrganisationWord(tokens[j - 1].norm) && !capitalisedWordAt(tokens, j, sentence);
}

/**
 * Is token j a "General" inside a body's name ("General Medical Council", "Royal College of General
 * Practitioners"): capitalised words after it, within four, reach an organisation word?
 */
function generalInBody(tokens: readonly DocToken[], j: number): boolean {
  if (tokens[j].norm !== 'general') return false;
  for (let k = j + 1; k < Math.min(tokens.length, j + 5); k++) {
    if (!tokens[k].cap || tokens[k].kind !== 'word' || tokens[k].sentence !== tokens[j].sentence)
      return false;
    if (isOrganisationWord(tokens[k].norm)) return true;
  }
  return false;
}

/** All capitalised name runs of the document, in text order. */
export function nameMentions(doc: Document): NameMention[] {
  const out: NameMention[] = [];
  const tokens = doc.tokens;
  // "Governor Signs Paid Leave Law": in a title-case headline, a verb in -s is no name's word.
  const verbsEnd = isTitleCaseHeadline(doc) ? doc.sentences[0].tokenEnd : 0;
  const headlineVerb = (j: number) => j < verbsEnd && isCapitalisedVerb(tokens[j]);
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    // "cancelled his “Lowland” tour": a quoted title names a work, no one who may speak.
    const title = t.kind === 'punct' ? titleQuoteEnd(doc, i) : -1;
    if (title > i) {
      i = title + 1;
      continue;
    }
    if (
      headlineVerb(i) ||
      !(
        t.kind === 'word' &&
        t.cap &&
        (!t.stop || givenNameInside(tokens, i)) &&
        (!isTitleWord(t.norm) || generalInBody(tokens, i)) &&
        !PRONOUN_WORDS.has(t.norm)
      ) ||
      (t.norm.endsWith('-old') && AGE.test(t.norm)) ||
      // "FFXA.S": a ticker's exchange letter glued after a dot is no name.
      (t.text.length === 1 && i > 0 && tokens[i - 1].text === '.' && tokens[i - 1].end === t.start) ||
      // "Earlier Harwell wrote", "Despite Suprnova's closure": an adverb or preposition opening
      // the sentence is no word of the name.
      // So is a verb of saying opening it ("Said Tomas Reyl: …").
      ((i === 0 || tokens[i - 1].sentence !== t.sentence) &&
        (LEADING_ADVERBS.has(t.norm) || OPENING_PREPOSITIONS.has(t.norm) || OPENING_SAYING.has(t.norm)))
    ) {
      i++;
      continue;
    }
    let end = i + 1;
    let particles = 0;
    for (;;) {
      if (
        end < tokens.length &&
        tokens[end].cap &&
        tokens[end].kind === 'word' &&
        tokens[end].sentence === t.sentence &&
        (!isTitleWord(tokens[end].norm) || generalInBody(tokens, end)) &&
        !headlineVerb(end)
      )
        end++;
      // A middle initial: "Marta L. Quintero"; a saint's or mount's "St.": "St. Aldric Hospital".
      else if (
        tokens[end]?.text === '.' &&
        (isInitial(tokens[end - 1].text) || ABBREVIATED_NAME_WORDS.has(tokens[end - 1].text)) &&
        capitalisedWordAt(tokens, end + 1, t.sentence)
      )
        end += 2;
      // "Marks & Spencer": an ampersand between capitalised words.
      else if (tokens[end]?.text === '&' && capitalisedWordAt(tokens, end + 1, t.sentence)) end += 2;
      // "Federation of Small Traders", "Office for National Statistics": a body's word, "of" or
      // "for", and a capitalised word join one name.
      // So do "Court of Arbitration for Sport" (a body's word earlier in the name).
      else if (
        (tokens[end]?.norm === 'of' || tokens[end]?.norm === 'for') &&
        !tokens[end].cap &&
        organisationWordIn(tokens, i, end) &&
        capitalisedWordAt(tokens, end + 1, t.sentence) &&
        !tokens[end + 1].stop
      )
        end += 2;
      // "Competition and Markets Authority": "and" inside a body's name that ends in its word.
      else if (tokens[end]?.norm === 'and' && andJoinsBody(tokens, end, t.sentence)) end += 2;
      // "Marta de la Cruz", "Pieter van der Berg": lowercase particles before the surname.
      else if ((particles = particlesBeforeSurname(tokens, end, t.sentence)) > 0) end += particles;
      else break;
    }
    // "Eleanor Voss KC", "Tom Lane MP": letters after a name are no part of it.
    while (end - i > 2 && POST_NOMINALS.has(tokens[end - 1].text)) end--;
    // "Singer Kira Lowell said": a noun of a person opening the sentence is a role, not a name.
    const opensRun = i === 0 || tokens[i - 1].sentence !== t.sentence;
    const leadingRole =
      opensRun &&
      end - i >= 3 &&
      isGivenName(tokens[i + 1].norm) &&
      !isGivenName(t.norm) &&
      isPersonNoun(t.norm)
        ? t.norm
        : null;
    if (leadingRole) i++;
    // "Regional Forester Naomi Castellanos", "County Administrator Paul Reyes": a title the
    // lexicon does not hold, ending on a noun of a person before a given name and a surname.
    const role = leadingRole ? 0 : roleBeforeGivenName(tokens, i, end);
    const unlistedStart = i;
    i += role;
    // "Minister for Health Aoife Brennan", "Vice President for Legal Affairs Dora Lind": the
    // portfolio after a title's "for" or "of" is no part of the name, which opens on its given name.
    i = afterPortfolio(tokens, i, end);
    // "Labour's Tom Whitby": the owner is a name of its own.
    for (let j = i; j < end - 2; j++)
      if (isPossessive(tokens[j].text) && tokens[j + 1].kind === 'word' && isGivenName(tokens[j + 1].norm)) {
        out.push(ownerMention(doc, i, j + 1));
        i = j + 1;
      }
    let titleStart = i;
    for (;;) {
      // "Sen. Claire Wendt": an abbreviated title with its full stop.
      const dotted = titleStart > 1 && tokens[titleStart - 1].text === '.';
      const at = dotted ? titleStart - 2 : titleStart - 1;
      if (at < 0 || tokens[at].sentence !== t.sentence || !isTitleWord(tokens[at].norm)) break;
      if (dotted && !titleInFull(tokens[at].norm)) break;
      titleStart = at;
    }
    while (
      titleStart > 0 &&
      tokens[titleStart - 1].cap &&
      tokens[titleStart - 1].sentence === t.sentence &&
      titleStart < i &&
      !tokens[titleStart - 1].stop
    )
      titleStart--;
    // A loop, not slice().map(): map gives an empty array another hidden class than a full one.
    const titles: string[] = [];
    for (let j = titleStart; j < i; j++) {
      if (tokens[j].kind !== 'word') continue;
      titles.push(tokens[j].norm);
      // "Sen. Claire Wendt": "the senator" later.
      const full = titleInFull(tokens[j].norm);
      if (full) titles.push(full);
    }
    for (let j = unlistedStart; j < unlistedStart + role; j++) titles.push(tokens[j].norm);
    // "chief executive Rohan Lindqvist" is "the CEO" later, and "CEO Ana Ruiz" "the chief executive".
    if (titles.includes('chief') && titles.includes('executive')) titles.push('ceo');
    else if (titles.includes('ceo')) titles.push('chief', 'executive');
    // "Mrs. Holt": an honorific and its full stop before the name make it a person's.
    if (titles.length === 0 && afterHonorific(doc, i, Math.max(0, i - 2)))
      titles.push(honorificBefore(doc, i));
    const roles: string[] = leadingRole ? [leadingRole] : [];
    appositiveRole(doc, titleStart, end, roles);
    precedingRole(doc, titleStart, roles);
    const text = textOf(doc, i, end);
    out.push({
      name: withoutPossessive(text),
      titles,
      token: i,
      person:
        (end - i >= 2 || titles.length > 0) &&
        isPersonName(doc, i, end, titles) &&
        !isModifier(doc, i, end) &&
        !(titles.length === 0 && isPlaceAfterPreposition(tokens, i, end)) &&
        // "told the Marlbeck Echo": an article before a name that holds no given name nor an
        // owner's "'s" makes it a thing's (not "the Exchequer Nigel Lawson").
        !(titles.length === 0 && tokens[i - 1]?.norm === 'the' && !personLikeRun(doc, i, end)) &&
        // "the charity Harvest Aid": a body's word before the name says what it is.
        !(titles.length === 0 && tokens[i - 1]?.cap === false && bodyNounBefore(tokens[i - 1].norm)) &&
        // "Quintara Systems": a plural common noun after no given name is a company's.
        !(titles.length === 0 && isCompanyLikeText(text)),
      roles,
    });
    i = end;
  }
  return out;
}

/**
 * A capitalised word in -s that is a verb's third person ("Signs", "Endorses") or an irregular past
 * form ("Knew"), no given name.
 */
export function isCapitalisedVerb(t: DocToken): boolean {
  if (t.kind !== 'word' || t.norm.length <= 3 || isGivenName(t.norm)) return false;
  // "Senator Knew of …": an irregular past form too.
  if (isIrregularVerbForm(t.norm) && t.norm !== t.lemma) return true;
  return (
    t.norm.endsWith('s') &&
    (hasLemma(t.norm.slice(0, -1), 'v') || (t.norm.endsWith('es') && hasLemma(t.norm.slice(0, -2), 'v')))
  );
}

/** Abbreviations that open a place's or body's name ("St. Aldric Hospital", "Mt. Orvel"). */
const ABBREVIATED_NAME_WORDS = new Set(['St', 'Mt', 'Ft', 'Pt']);
