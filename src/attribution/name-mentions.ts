// Name mentions of a document: every capitalised run with the titles written before it, the roles
// a description gives it ("Tomas Berg, a retired teacher,", "Helen Marchetti is the chief executive
// of …", "The actor Tom Hale"), and whether it names a person. Speaker resolution (speakers.ts)
// reads them.
import { wordSet } from '../lexicon/load.js';
import { hasLemma } from '../lexicon/wordnet.js';
import { isIrregularVerbForm } from '../lexicon/exceptions.js';
import type { Document, DocToken } from '../text/document.js';
import { isPersonNoun } from './agents.js';
import { isGivenName } from './given-names.js';
import {
  afterHonorific,
  afterPortfolio,
  AGE,
  BODY_NOUNS,
  isCompanyLikeText,
  DETERMINERS,
  honorificBefore,
  isInitial,
  isOrganisationWord,
  isPersonName,
  isTitleWord,
  POSSESSIVES,
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

/** Prepositions whose object a name may be ("Speaking to | Radio Kestrel,"). */
const OBJECT_OF = new Set(['to', 'with', 'from', 'at', 'on', 'about', 'for', 'by']);

/** Words within which an appositive after a name must close ("Tomas Berg, a retired teacher,"). */
const APPOSITIVE_REACH = 6;

/** How many particles, and the capitalised surname after them, start at token j (0 when none). */
function particlesBeforeSurname(tokens: readonly DocToken[], j: number, sentence: number): number {
  let k = j;
  while (k < tokens.length && k - j < 3 && !tokens[k].cap && SURNAME_PARTICLES.has(tokens[k].norm)) k++;
  return k > j && capitalisedWordAt(tokens, k, sentence) ? k - j + 1 : 0;
}

/** Verbs of saying that may open a sentence before their speaker ("Said Tomas Reyl: …"). */
const OPENING_SAYING = new Set(['said', 'added', 'says', 'adds', 'wrote', 'writes', 'recalled', 'recalls']);

/** "the charity Harvest Aid": a noun of a body (not "the miner Tom Hale", "crane operator Dermot
 *  Falk") right before a name. */
function bodyNounBefore(norm: string): boolean {
  return BODY_NOUNS.has(norm) && !WORKERS.has(norm) && !isPersonNoun(norm);
}
/** Nouns of a body that also name someone's trade (WordNet's first sense is no person). */
const WORKERS = new Set(['operator', 'producer', 'developer', 'manufacturer', 'carrier', 'miner']);

/**
 * "Tomas Berg, a 52-year-old teacher, said": the lowercase words of an indefinite or definite
 * description right after a name, up to its closing comma or full stop, are roles of that person
 * (so "the teacher" resolves to Berg and "the governor" does not); so are those of a predicate
 * ("Helen Marchetti is the chief executive of …", `predicate`). Appends them to `roles`.
 */
function appositiveRole(doc: Document, start: number, end: number, roles: string[], predicate = false): void {
  const tokens = doc.tokens;
  const objectOf = !predicate && start > 0 && OBJECT_OF.has(tokens[start - 1].norm);
  if (!predicate) {
    // "Helen Marchetti is the chief executive of …": a predicate describes the name as well.
    if (
      (tokens[end]?.norm === 'is' || tokens[end]?.norm === 'was') &&
      DETERMINERS.has(tokens[end + 1]?.norm ?? '')
    )
      return appositiveRole(doc, start, end, roles, true);
    if (tokens[end]?.text !== ',' || !tokens[end + 1]) return;
    // "Lorna Fisk, 52, a retired nurse": an age between the name and its description.
    if (tokens[end + 1].kind === 'number' && tokens[end + 2]?.text === ',' && tokens[end + 3]) end += 2;
  }
  // "Tom Reed, director of Harvest Aid,": a bare title opens the description too.
  const next = tokens[end + 1];
  const bare = !predicate && !next.cap && isTitleWord(next.norm);
  if (!bare && !DETERMINERS.has(next.norm)) return;
  const sentence = tokens[end].sentence;
  const words: string[] = [];
  for (let j = bare ? end + 1 : end + 2; j < tokens.length && j - end <= APPOSITIVE_REACH + 1; j++) {
    const t = tokens[j];
    if (t.sentence !== sentence) return;
    // The description ends at its comma or full stop, or before its complement ("a spokeswoman |
    // for the city"); hyphenated ages and capitalised modifiers inside it are passed over.
    const closes = t.text === ',' || t.text === '.' || (t.kind === 'word' && t.stop && words.length > 0);
    // "Speaking to Radio Kestrel, the chairman said": after a name that is a preposition's
    // object, a verb of saying makes the description a clause's subject, no apposition (but
    // "Paul Lego, senior vice president told …" is one, its closing comma left out).
    if (objectOf && t.kind === 'word' && t.norm !== t.lemma && wordSet('speech-core').has(t.lemma)) return;
    if (closes) {
      for (const w of words) roles.push(w);
      return;
    }
    // A capitalised title is a role too ("a Labour MP").
    if (t.kind === 'word' && ((!t.cap && !t.stop) || (t.cap && isTitleWord(t.norm)))) words.push(t.norm);
    else if (!(t.text === '-' || t.kind === 'number' || (t.kind === 'word' && t.cap))) return;
  }
}

/**
 * "Rahal’s lawyer, Nadia Farouk,", "Its chairman, Paul Egan,": the lowercase words of a
 * description that ends in a comma right before a name and opens with a possessive or an article
 * are roles of that person too (so "the president" later is not the lawyer). Appends them.
 */
function precedingRole(doc: Document, start: number, roles: string[]): void {
  const tokens = doc.tokens;
  // "The actor Tom Hale", "singer Kira Lowell": a lowercase noun right before the name.
  const noun = tokens[start - 1];
  if (noun && noun.kind === 'word' && !noun.cap && !noun.stop && noun.sentence === tokens[start].sentence) {
    const opener = tokens[start - 2];
    // (Or a capitalised word opening the sentence: "Board member Colin Ashby said".)
    const opens =
      !opener ||
      opener.sentence !== noun.sentence ||
      DETERMINERS.has(opener.norm) ||
      (opener.cap && doc.sentences[opener.sentence].tokenStart === start - 2);
    // (WordNet is read only for a name that opens with a given name: its noun index loads slowly.)
    if (opens && isGivenName(tokens[start].norm) && hasLemma(noun.lemma, 'n')) roles.push(noun.norm);
    return;
  }
  if (tokens[start - 1]?.text !== ',') return;
  const sentence = tokens[start].sentence;
  let j = start - 2;
  while (j >= 0 && start - 2 - j < APPOSITIVE_REACH) {
    const t = tokens[j];
    if (t.sentence !== sentence || t.kind !== 'word' || t.cap || t.stop) break;
    j--;
  }
  if (j === start - 2 || j < 0) return;
  const opener = tokens[j];
  if (opener.sentence !== sentence) return;
  const possessive = /[’']s$/.test(opener.text) || POSSESSIVES.has(opener.norm);
  if (!possessive && !DETERMINERS.has(opener.norm)) return;
  for (let k = j + 1; k < start - 1; k++) roles.push(tokens[k].norm);
}

/**
 * "the Eastern Valley rebel group", "the Jane Doe case": a capitalised run after "the" and before
 * an uninflected lowercase noun modifies that noun; it names no one.
 */
function isModifier(doc: Document, i: number, end: number): boolean {
  const before = doc.tokens[i - 1];
  const after = doc.tokens[end];
  return (
    before?.norm === 'the' &&
    after !== undefined &&
    after.kind === 'word' &&
    !after.cap &&
    !after.stop &&
    after.norm === after.lemma &&
    hasLemma(after.norm, 'n')
  );
}

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

/** "won in Port Elster", "based at Harwell", "the chief executive of Harbour Water": a name right
 *  after "in" or "at", or after an office's "of", is a place or a body. */
function isPlaceAfterPreposition(tokens: readonly DocToken[], i: number, end: number): boolean {
  const before = tokens[i - 1];
  if (!before || before.sentence !== tokens[i].sentence) return false;
  // ("near Dry Fork", "outside Kettle Point": a place, unless a given name opens it.)
  if (before.norm === 'in' || before.norm === 'at') return true;
  if (LOCATIVES.has(before.norm) && !isGivenName(tokens[i].norm)) return true;
  // "lives on Pine Hollow Lane", "of Mill Close": a street, though "Lane" or "Way" may be a surname.
  if (STREET_WORDS.has(tokens[end - 1].norm) && end - i >= 2 && STREET_PREPOSITIONS.has(before.norm))
    return true;
  // "the chief executive of Harbour Water", "the mayor of Westbury": an office's body or place.
  // ("The Archbishop of Lindmoor": after "the", a capitalised office too.)
  return (
    before.norm === 'of' &&
    i >= 2 &&
    isTitleWord(tokens[i - 2].norm) &&
    (!tokens[i - 2].cap || tokens[i - 3]?.norm === 'the')
  );
}

/** Prepositions of place other than "in" and "at", before which a name with no given name is a place. */
const LOCATIVES = new Set(['near', 'outside', 'inside', 'across', 'around', 'towards', 'toward', 'into']);

/** Last words of street names that are also surnames (so no organisation words: "Ida Lane"). */
const STREET_WORDS = new Set([
  'lane',
  'drive',
  'close',
  'way',
  'crescent',
  'terrace',
  'grove',
  'mews',
  'walk',
  'parade',
]);
const STREET_PREPOSITIONS = new Set(['on', 'off', 'along', 'near', 'of', 'from', 'into', 'onto']);

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
  const t = tokens[j];
  return t !== undefined && t.cap && t.kind === 'word' && t.sentence === sentence;
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

/** Does the run [i, end) hold a given name or an owner's "'s" ("Metal Exchange's Gu")? */
function personLikeRun(doc: Document, i: number, end: number): boolean {
  for (let j = i; j < end; j++) {
    const t = doc.tokens[j];
    if (isGivenName(t.norm) || /[’']s$/.test(t.text)) return true;
  }
  return false;
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
