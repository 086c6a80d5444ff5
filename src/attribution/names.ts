// Names in a document: capitalised runs with the titles written before them
// ("Turkish President Recep Tayyip Erdogan" → name "Recep Tayyip Erdogan", titles turkish, president),
// so that surnames, pronouns and descriptions can be resolved to a full name.
import { wordSet } from '../lexicon/load.js';
import { hasLemma } from '../lexicon/wordnet.js';
import type { Document, DocToken } from '../text/document.js';
import { isPluralOfNoun, isPluralPossessiveMark, SUBJECT_PRONOUNS } from './word-forms.js';
import { isGivenName } from './given-names.js';
import { isPersonNoun } from './agents.js';

export interface NameMention {
  /** Full name as written, without titles. */
  name: string;
  /** Lowercased title words written right before the name. */
  titles: string[];
  /** Index of the name's first token. */
  token: number;
  person: boolean;
  /** Lowercase words of a description right after the name ("Tomas Berg, a retired teacher,"). */
  roles: string[];
}

/** Articles: never part of a name or a title. */
export const DETERMINERS = new Set(['the', 'a', 'an']);

/**
 * Words that open a description of someone not named before ("a ministry official", "one analyst",
 * "another trader", "some Democrats"): such a description refers to no earlier person.
 */
export const INDEFINITE_OPENERS = new Set([
  'a',
  'an',
  'one',
  'another',
  'some',
  'several',
  'many',
  'most',
  'other',
  'two',
  'three',
  'four',
  'five',
]);

/** Capitalised at a sentence's start, and no name: "He said ...", "They warned ...". */
export const PRONOUN_WORDS = new Set([...SUBJECT_PRONOUNS, 'his', 'her', 'its', 'their', 'our']);

/** Days of the week (lowercase): times, not names ("on Friday", "Kirby on Friday said"). */
export const WEEKDAYS = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);

/** An age written before a name ("Five-year-old Tomas Berg"): no part of it. */
export const AGE = /^[a-z0-9]+-(year|month|week)s?-old$/;

/** Possessive determiners ("his part", "their attacks"). */
export const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my']);

let titleWords: ReadonlySet<string> | null = null;

export function isTitleWord(norm: string): boolean {
  const titles = (titleWords ??= wordSet('attribution-titles'));
  if (titles.has(norm)) return true;
  // "Vice-President", "Director-General", "Under-Secretary", "Admiral-turned-President".
  if (!norm.includes('-')) return false;
  const parts = norm.split('-');
  return titles.has(parts[parts.length - 1]) && parts.every((p) => titles.has(p) || TITLE_LINKS.has(p));
}

/** Words that join titles into one ("Under-Secretary", "Admiral-turned-President"). */
const TITLE_LINKS = new Set(['under', 'turned', 'co', 'ex', 'in']);

/** The word an abbreviated title stands for ("Sen." a senator), which a description takes up. */
const TITLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ...[
    ['sen', 'senator'],
    ['rep', 'representative'],
    ['gov', 'governor'],
    ['gen', 'general'],
  ],
  ...[
    ['lt', 'lieutenant'],
    ['lieut', 'lieutenant'],
    ['col', 'colonel'],
    ['maj', 'major'],
  ],
  ...[
    ['capt', 'captain'],
    ['sgt', 'sergeant'],
    ['adm', 'admiral'],
    ['cmdr', 'commander'],
  ],
  ...[
    ['brig', 'brigadier'],
    ['cpl', 'corporal'],
    ['det', 'detective'],
    ['insp', 'inspector'],
  ],
  ...[
    ['prof', 'professor'],
    ['supt', 'superintendent'],
    ['atty', 'attorney'],
  ],
] as [string, string][]);

/** The full word of an abbreviated title ("sen." → senator), or null. */
export function titleInFull(norm: string): string | null {
  return TITLE_ABBREVIATIONS.get(norm.endsWith('.') ? norm.slice(0, -1) : norm) ?? null;
}

/** Small words a title-case headline capitalises ("Minister Of Sandoria"). */
const HEADLINE_LINKS = new Set(['of', 'for', 'and', 'to', 'in', 'on', 'at', 'with']);

/** Splits a token range into title words and the name after them (null when there is no name). */
export function splitTitle(
  doc: Document,
  first: number,
  end: number,
): { titles: string[]; nameStart: number } | null {
  // "John Fairfax Ltd FFXA.S": a ticker's exchange letter glued after a dot is no part of the name.
  const tail = doc.tokens[end - 1];
  const dot = doc.tokens[end - 2];
  if (end - first > 3 && tail.text.length === 1 && dot?.text === '.' && dot.end === tail.start) end -= 2;
  let nameStart = end;
  for (;;) {
    const t = doc.tokens[nameStart - 1];
    // ("Prime Minister Of Sandoria": a title-case headline's "Of" is no word of the name.)
    if (nameStart - 1 > first && t.cap && t.stop && HEADLINE_LINKS.has(t.norm)) break;
    if (
      nameStart > first &&
      t.cap &&
      (!isTitleWord(t.norm) ||
        afterHonorific(doc, nameStart - 1, first) ||
        titleInBodyName(doc, nameStart - 1, end))
    )
      nameStart--;
    // A middle initial: "Marta L. Quintero".
    else if (nameStart - 2 > first && t.text === '.' && isInitial(doc.tokens[nameStart - 2].text))
      nameStart -= 2;
    // A plural possessive inside a name: "The National Teachers’ Union".
    else if (
      nameStart < end &&
      nameStart - 2 >= first &&
      isPluralPossessiveMark(doc, nameStart - 1) &&
      doc.tokens[nameStart - 2].cap &&
      isOrganisationWord(doc.tokens[end - 1].norm)
    )
      nameStart--;
    else break;
  }
  if (nameStart === end) return null;
  nameStart = afterPortfolio(doc.tokens, nameStart, end);
  nameStart += roleBeforeGivenName(doc.tokens, nameStart, end);
  const titles: string[] = [];
  for (let j = first; j < nameStart; j++) {
    const t = doc.tokens[j];
    if (t.kind === 'word' && !DETERMINERS.has(t.norm)) titles.push(t.norm);
  }
  return { titles, nameStart };
}

/**
 * How many words of a title open the run [i, end) before a given name and a surname: one to three
 * capitalised words, none a given name, the last a noun of a person ("Harbor Master", "County
 * Administrator"); 0 when there are none.
 */
export function roleBeforeGivenName(tokens: readonly DocToken[], i: number, end: number): number {
  for (let g = i + 1; g <= i + 3 && g + 2 <= end; g++) {
    if (isGivenName(tokens[g - 1].norm)) return 0;
    if (isGivenName(tokens[g].norm)) return isPersonNoun(tokens[g - 1].norm) ? g - i : 0;
  }
  return 0;
}

/**
 * "Minister for Health | Aoife Brennan", "Vice President for Legal Affairs | Dora Lind", "Minister
 * of Fisheries, Forests and Water | Olu Bande": where the name starts in a capitalised run
 * [start, end) that follows an office's "for" or "of" (the run may continue a portfolio listed
 * with commas and "and"): at its given name or, when the lexicon knows none there, after the
 * portfolio's words, which are common nouns and adjectives ("Chief of Staff | Rob Lenner").
 * `start` when the run follows no office or holds no two words past its portfolio.
 */
export function afterPortfolio(tokens: readonly DocToken[], start: number, end: number): number {
  if (end - start < 2 || !followsOffice(tokens, start)) return start;
  let given = start + 1;
  while (given < end - 1 && !isGivenName(tokens[given].norm)) given++;
  if (given < end - 1) return given;
  // (A body's name: "Analyst for Pelham Brothers Inc".)
  if (isOrganisationWord(tokens[end - 1].norm)) return start;
  let name = start;
  while (name < end && isPortfolioWord(tokens[name])) name++;
  // (A given name and a surname at least: "Pelham Brothers" keeps its plural.)
  return end - name >= 2 ? name : start;
}

/** Does the run at `start` follow an office's "for" or "of" ("Minister of Finance"), perhaps
 *  across a portfolio's list ("Minister of Fisheries, Forests and")? */
function followsOffice(tokens: readonly DocToken[], start: number): boolean {
  const sentence = tokens[start].sentence;
  for (let j = start - 1; j >= 1 && j >= start - 8 && tokens[j].sentence === sentence; j--) {
    const t = tokens[j];
    if (t.norm === 'for' || t.norm === 'of') return !t.cap && isTitleWord(tokens[j - 1].norm);
    if (!(t.text === ',' || t.norm === 'and' || t.text === '&' || (t.kind === 'word' && t.cap))) return false;
  }
  return false;
}

/** A capitalised word of a portfolio: a common noun or adjective ("Finance", "Foreign", "Staff"),
 *  not a given name. */
function isPortfolioWord(t: DocToken): boolean {
  return (
    t.kind === 'word' && t.cap && !isGivenName(t.norm) && (hasLemma(t.norm, 'n') || hasLemma(t.norm, 'a'))
  );
}

/**
 * Is the title word at token i part of a body's name ("General Medical Council", "Royal College of
 * General Practitioners")? Only "general" there, before capitalised words to an organisation word.
 */
function titleInBodyName(doc: Document, i: number, end: number): boolean {
  if (doc.tokens[i].norm !== 'general' || i + 1 >= end || !doc.tokens[i + 1].cap) return false;
  return isOrganisationWord(doc.tokens[end - 1].norm);
}

/** Honorifics before a surname ("Mr. King", "Ms. Judge"): what follows is a name, even a title's word. */
export const HONORIFIC_WORDS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr']);

/** Does an honorific (with or without its dot) stand right before token i, at `first` or after? */
export function afterHonorific(doc: Document, i: number, first: number): boolean {
  let j = i - 1;
  if (j >= first && doc.tokens[j].text === '.') j--;
  return j >= first && HONORIFIC_WORDS.has(doc.tokens[j].norm);
}

/** The honorific right before token i, with or without its full stop ("mrs"). */
export function honorificBefore(doc: Document, i: number): string {
  return doc.tokens[i - 1].text === '.' ? doc.tokens[i - 2].norm : doc.tokens[i - 1].norm;
}

/** One capital letter ("L" of "Marta L. Quintero"). */
export function isInitial(text: string): boolean {
  return text.length === 1 && text >= 'A' && text <= 'Z';
}

export function textOf(doc: Document, first: number, end: number): string {
  return doc.text.slice(doc.tokens[first].start, doc.tokens[end - 1].end);
}

/** A word that marks a capitalised name as a body's, a place's or a thing's ("Committee", "Board",
 *  "Co"; data/lexicon/attribution-organisation-words.txt). */
export function isOrganisationWord(norm: string): boolean {
  return (organisationWords ??= wordSet('attribution-organisation-words')).has(norm);
}
let organisationWords: ReadonlySet<string> | null = null;

export function isPersonName(doc: Document, first: number, end: number, titles: string[]): boolean {
  for (let j = first; j < end; j++) if (isOrganisationWord(doc.tokens[j].norm)) return false;
  // A place, body or thing WordNet names ("Hong Kong", "the Federal Reserve", "Brazil").
  if (end - first <= 4 && isNonPersonName(doc, first, end)) return false;
  if (titles.length > 0 && titles.some((t) => isTitleWord(t) && t !== 'foreign' && t !== 'state'))
    return true;
  return end - first >= 1 && end - first <= 4;
}

let nonPersonNames: ReadonlySet<string> | null = null;
/** The first words of those names (up to a space), by which most runs are ruled out unjoined. */
let nonPersonHeads: ReadonlySet<string> | null = null;

/** Are tokens [first, end) a name data/lexicon/non-person-names.txt holds? */
function isNonPersonName(doc: Document, first: number, end: number): boolean {
  const names = (nonPersonNames ??= wordSet('non-person-names'));
  const norm = doc.tokens[first].norm;
  if (end - first <= 1) return names.has(norm);
  nonPersonHeads ??= new Set([...names].map((name) => name.split(' ')[0]));
  const space = norm.indexOf(' ');
  return nonPersonHeads.has(space < 0 ? norm : norm.slice(0, space)) && names.has(normsOf(doc, first, end));
}

/** The lowercase words of tokens [first, end), joined by single spaces. */
function normsOf(doc: Document, first: number, end: number): string {
  let out = doc.tokens[first].norm;
  for (let j = first + 1; j < end; j++) out += ` ${doc.tokens[j].norm}`;
  return out;
}

/** Nouns by which news takes up a company or body it has named ("the company", "the club"). */
export const BODY_NOUNS = new Set([
  ...['company', 'firm', 'group', 'club', 'bank', 'lender', 'insurer', 'carmaker', 'retailer', 'airline'],
  ...['regulator', 'watchdog', 'agency', 'department', 'ministry', 'board', 'commission', 'union'],
  ...['council', 'institute', 'society', 'charity', 'newspaper', 'broadcaster', 'network', 'fund'],
  ...['operator', 'utility', 'trust', 'federation', 'association', 'organisation', 'organization'],
  ...['service', 'authority', 'office', 'paper', 'tank', 'administration', 'coalition', 'alliance'],
  ...['hospital', 'court', 'university', 'college', 'school', 'drugmaker', 'steelmaker', 'miner'],
  ...['supermarket', 'chain', 'manufacturer', 'producer', 'developer', 'exchange', 'museum'],
  ...['startup', 'party', 'band', 'consortium', 'nonprofit', 'carrier', 'unit'],
  ...['bureau', 'committee', 'embassy', 'consulate'],
]);

/** "Norrland Foods", "Brightvale Technologies": a name whose first word is no given name and
 *  whose last is the plural of a common noun reads as a company's, not a person's ("Tyra Banks"). */
export function isCompanyLikeName(words: string[]): boolean {
  return words.length > 1 && isCompanyLike(words[0], words[words.length - 1]);
}

/** isCompanyLikeName of a name's words split at its spaces (without building them). */
export function isCompanyLikeText(name: string): boolean {
  const space = name.indexOf(' ');
  return space >= 0 && isCompanyLike(name.slice(0, space), name.slice(name.lastIndexOf(' ') + 1));
}

function isCompanyLike(first: string, last: string): boolean {
  return !isGivenName(first.toLowerCase()) && isPluralOfNoun(last.toLowerCase());
}

/** Does the text end in an owner's "’s" or "'s" (/[’']s$/, without a regex: every name is read so)? */
export function isPossessive(text: string): boolean {
  const n = text.length;
  if (n < 2 || text.charCodeAt(n - 1) !== 115 /* s */) return false;
  const mark = text.charCodeAt(n - 2);
  return mark === 0x2019 /* ’ */ || mark === 39; /* ' */
}

/** The text without an owner's "’s" or "'s" at its end ("Labour’s" → "Labour"). */
export function withoutPossessive(text: string): string {
  return isPossessive(text) ? text.slice(0, text.length - 2) : text;
}

/** A surname written with its particle and a hyphen ("al-Sayed", "bin-Rashid"). */
const PREFIXED_SURNAME = /^(?:al|el|bin|ibn|abu|ben)-\p{Lu}/u;

/** Words that link a person named in apposition to where they work ("Dana Ruiz of the Pell
 *  Institute", "Dr. Anika Solberg at the Kettering Institute"). */
export const WORKS_AT: ReadonlySet<string> = new Set(['of', 'at', 'from']);

/**
 * A surname's lowercase particle at token i, before token `to`: "de" or "van" before a capitalised
 * word (or another particle: "de la Cruz"), or a hyphenated "al-Sayed".
 */
export function isSurnameParticle(doc: Document, i: number, to: number): boolean {
  const t = doc.tokens[i];
  if (PREFIXED_SURNAME.test(t.text)) return true;
  return (
    SURNAME_PARTICLES.has(t.norm) &&
    i + 1 < to &&
    (doc.tokens[i + 1].cap || isSurnameParticle(doc, i + 1, to))
  );
}

/** Lowercase particles of surnames ("de la Cruz", "van der Berg", "bin Sayed"). */
export const SURNAME_PARTICLES: ReadonlySet<string> = new Set([
  ...['de', 'la', 'del', 'della', 'van', 'der', 'den', 'von', 'bin', 'ibn', 'da', 'di', 'du', 'le', 'dos'],
]);
