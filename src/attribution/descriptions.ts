// Speakers given by a description rather than a name: "the mayor of Westbury" (an office and who
// holds it), "one analyst" (an indefinite description), "the president of the college, Ana
// Ortiz" (a name in commas after it), "the Turkish president" (the person with those titles).
// speakers.ts resolves them with these.
import { renamesObject } from './apposed-objects.js';
import { isBodyNoun } from './body-names.js';
import { hasLemma } from '../lexicon/wordnet.js';
import type { DocToken, Document } from '../text/document.js';
import type { TokenRange } from './types.js';
import type { Mentions } from './mentions.js';
import {
  BODY_NOUNS,
  DETERMINERS,
  HONORIFIC_WORDS,
  INDEFINITE_OPENERS,
  isOrganisationWord,
  isPersonName,
  isTitleWord,
  POSSESSIVES,
  isSurnameParticle,
  WORKS_AT,
  titleInFull,
  type NameMention,
} from './names.js';
import { descriptionGender } from './gender.js';
import { isGivenName } from './given-names.js';
import { isPersonNoun } from './agents.js';
import { isCloseQuote } from './quotes.js';

/** Title words ending in "of" before a name: an office of the place or body named ("mayor of"). */
export function isOfficeOf(titles: readonly string[]): boolean {
  const n = titles.length;
  return n >= 2 && titles[n - 1] === 'of' && isTitleWord(titles[n - 2]) && titles.every((t) => t !== 'and');
}

/** The office's words are lowercase, and the place or body after it one or two words ("the mayor
 *  of Westbury"; not "Vice President of Sales Mia Lund", where a name ends the run). */
export function officeIsLowercase(doc: Document, first: number, nameStart: number, nameEnd: number): boolean {
  // A longer body's name holds a body's word ("the secretary-general of the Atlantic Concord
  // Alliance", "the head of the Calder Department of Environmental Quality").
  if (nameEnd - nameStart > 2 && !holdsOrganisationWord(doc, nameStart, nameEnd)) return false;
  // ("The Archbishop of Lindmoor": after "the", a capitalised office of a place too; "The Secretary
  // General of NATO" speaks for the body.)
  const body =
    doc.tokens[nameStart].text === doc.tokens[nameStart].text.toUpperCase() ||
    holdsOrganisationWord(doc, nameStart, nameEnd);
  const definite = doc.tokens[first].norm === 'the' && !body;
  for (let j = first; j < nameStart; j++) {
    const t = doc.tokens[j];
    if (t.cap && !DETERMINERS.has(t.norm) && !(definite && isTitleWord(t.norm))) return false;
  }
  return true;
}

/** "Nora Vance, managing director of Harwell said": the person named right before the comma. */
export function nameBeforeComma(doc: Document, first: number, mentions: Mentions): string | null {
  if (first < 2 || doc.tokens[first - 1].text !== ',') return null;
  const m = mentions.lastBefore(first - 1);
  if (!m || !m.person || m.token >= first - 1) return null;
  // Not the object of a phrase before ("Speaking to Tom Hale, the chairman said").
  const before = doc.tokens[m.token - 1];
  if (before && (RELATED_BY.has(before.norm) || (before.kind === 'word' && before.norm.endsWith('ing'))))
    return null;
  const written = doc.text.slice(doc.tokens[m.token].start, doc.tokens[first - 2].end);
  return written === m.name ? m.name : null;
}

/**
 * "Henry Vale, a former diplomat now with CSIS said", "“…,” Ines Calvo, Dorra chairwoman said":
 * the person named right before the comma, when the name opens its clause (the sentence, or after
 * a quotation); not "… the trial of dissident Mirek Sova, a rights group said", where the
 * comma ends what the group said.
 */
export function apposedName(doc: Document, first: number, mentions: Mentions): string | null {
  const name = nameBeforeComma(doc, first, mentions);
  const m = name ? mentions.lastBefore(first - 1) : null;
  if (!m) return null;
  let p = m.token - 1;
  while (p >= 0 && doc.tokens[p].sentence === doc.tokens[m.token].sentence && isTitleWord(doc.tokens[p].norm))
    p--;
  if (p < 0 || doc.tokens[p].sentence !== doc.tokens[m.token].sentence) return name;
  if (isCloseQuote(doc, p) || (doc.tokens[p].text === ',' && p > 0 && isCloseQuote(doc, p - 1))) return name;
  return null;
}

/** Words before a title that make it another office ("shadow chancellor", "deputy mayor", "vice
 *  president", "former minister"): "the chancellor" is not the shadow chancellor. */
const OTHER_OFFICE = new Set(['shadow', 'former', 'deputy', 'vice', 'assistant', 'acting', 'interim', 'ex']);

/** Does mention m hold title w as a description of `words` means it (no "shadow" before the
 *  title, unless the description says "shadow" too)? */
export function holdsTitle(m: NameMention, w: string, words: readonly string[]): boolean {
  const k = m.titles.indexOf(w);
  if (k < 0) return false;
  const before = m.titles[k - 1];
  return before === undefined || !OTHER_OFFICE.has(before) || words.includes(before);
}

/** Who holds the office: a person given that title before, or later in the paragraph; else null. */
export function officeHolder(
  head: string,
  token: number,
  mentions: Mentions,
  [after, end]: TokenRange,
): string | null {
  const holds = (m: NameMention) => holdsTitle(m, head, [head]);
  const before = mentions.lastPersonBefore(token, holds);
  return (before ?? mentions.firstPersonIn(after, end, holds))?.name ?? null;
}

/** Prepositions after which a name is whom a description is related to, not who it is. */
const RELATED_BY = new Set(['for', 'of', 'to', 'with', 'on', 'at', 'in', 'from', 'among', 'including']);

/** Members of a parliament, written as letters ("MP", "MEPs"). */
const MEMBER_NOUNS = new Set(['MP', 'MPs', 'MEP', 'MEPs', 'MSP', 'MSPs', 'TD', 'TDs', 'MLA', 'MLAs']);

/** An indefinite description ("one analyst", "an aide to the senator", "a spokeswoman for X"). */
export function isIndefiniteDescription(doc: Document, first: number, end: number): boolean {
  if (end - first < 2 || !INDEFINITE_OPENERS.has(doc.tokens[first].norm)) return false;
  const last = doc.tokens[end - 1];
  // ("A backbench MP", "one Tory MEP": a member's letters are the description's noun.)
  if (!last.cap || MEMBER_NOUNS.has(last.text)) return true;
  // The capitalised run it ends on, with the titles before it ("Finance Minister Ana Duarte").
  let k = end - 1;
  // ("Sen. Howard Delacroix": an abbreviated title's full stop too.)
  while (
    k > first &&
    (doc.tokens[k - 1].cap ||
      isTitleWord(doc.tokens[k - 1].norm) ||
      (doc.tokens[k - 1].text === '.' && k - 2 > first && titleInFull(doc.tokens[k - 2].norm) !== null))
  )
    k--;
  // ("A spokeswoman for the broadcaster, Channel Meridian": the name in commas is the body's.)
  if (k - 1 > first && doc.tokens[k - 1].text === ',' && renamesObject(doc, first, k - 1, end)) return true;
  // "a spokesperson for the United Nations": the name's article is no part of the relation (but
  // "In a speech to the Policy Centre Mr Lund said": a person's name ends that run).
  let honorific = false;
  for (let j = k; j < end; j++) if (HONORIFIC_WORDS.has(doc.tokens[j].norm)) honorific = true;
  // ("A former engineer at the carmaker Belmont Motors": the body's noun before its name.)
  if (k - 2 > first && !doc.tokens[k - 1].cap && BODY_NOUNS.has(doc.tokens[k - 1].norm)) k--;
  if (k - 1 > first && doc.tokens[k - 1].norm === 'the' && !honorific) k--;
  return k > first && RELATED_BY.has(doc.tokens[k - 1].norm);
}

/** The start of a capitalised name after the last comma of a source span that opens on a
 *  description ("The Secretary General of NATO, Jens Stoltenberg"), else null. */
export function appositiveName(doc: Document, [first, end]: TokenRange): number | null {
  // ("Dr Anil Mehta of the Institute of Virology, Pune": a span opening on a person's name names
  // that person; what follows the comma is where.)
  let open = first;
  if (HONORIFIC_WORDS.has(doc.tokens[open].norm)) open += doc.tokens[open + 1]?.text === '.' ? 2 : 1;
  if (doc.tokens[open]?.cap && isGivenName(doc.tokens[open].norm) && doc.tokens[open + 1]?.cap) return null;
  let comma = -1;
  for (let i = end - 1; i > first; i--)
    if (doc.tokens[i].text === ',') {
      comma = i;
      break;
    }
  if (comma < 0 || end - comma - 1 < 1) return null;
  // ("An analyst, Dana Ruiz of the Pell Institute": the name, then where the person works.)
  let to = end;
  for (let i = comma + 3; i < end; i++)
    if (WORKS_AT.has(doc.tokens[i].norm) && doc.tokens[i - 1].cap && doc.tokens[i - 2].cap) {
      to = i;
      break;
    }
  if (to - comma - 1 > 4) return null;
  for (let i = comma + 1; i < to; i++) {
    const t = doc.tokens[i];
    // ("Bram de Wolde", "Ahmed al-Sayed": a surname's particle inside the name.)
    const particle = i > comma + 1 && isSurnameParticle(doc, i, to);
    if (t.kind !== 'word' || (!t.cap && !particle)) return null;
  }
  if (!doc.tokens[comma + 1].cap || renamesObject(doc, first, comma, to)) return null;
  return comma + 1;
}

/** Capitalised words within which a name after a description is looked for ("Ana Ortiz"). */
const AFTER_NAME_REACH = 4;

/**
 * "said the president of the medical college, Ana Ortiz.": a description opened by "the" or "a"
 * whose span ends before a comma and a person's name of two to four capitalised words that ends
 * the sentence or meets a comma: that name, as text; null otherwise.
 */
export function nameAfterDescription(doc: Document, [first, end]: TokenRange): string | null {
  const opener = doc.tokens[first].norm;
  // "the company's head", "Quillon's general counsel", "its lead author".
  const possessive = POSSESSIVES.has(opener) || (end - first > 1 && ownerRunEnds(doc, first, end));
  if ((opener !== 'the' && !INDEFINITE_OPENERS.has(opener) && !possessive) || doc.tokens[end]?.text !== ',')
    return null;
  const sentence = doc.tokens[first].sentence;
  const body = bodyAfterDescription(doc, first, end);
  if (body) return body;
  // "…, Dr. John Marsh": the honorific is no part of the name.
  let from = end + 1;
  if (HONORIFIC_WORDS.has(doc.tokens[from]?.norm ?? '') || titleInFull(doc.tokens[from]?.norm ?? '')) {
    from++;
    if (doc.tokens[from]?.text === '.') from++;
  }
  end = from - 1;
  let j = end + 1;
  while (
    j < doc.tokens.length &&
    j - end - 1 < AFTER_NAME_REACH &&
    doc.tokens[j].cap &&
    doc.tokens[j].kind === 'word'
  )
    j++;
  const words = j - end - 1;
  if (words < 2 || j > doc.tokens.length) return null;
  const next = doc.tokens[j];
  const closes = !next || next.sentence !== sentence || next.text === ',' || next.text === '.';
  if (!closes || !isPersonName(doc, end + 1, j, [])) return null;
  return doc.text.slice(doc.tokens[end + 1].start, doc.tokens[j - 1].end);
}

/** Does a run of capitalised words from `first` end on a possessive before `end` ("Amnesty
 *  International's director")? */
function ownerRunEnds(doc: Document, first: number, end: number): boolean {
  for (let i = first; i < end - 1 && doc.tokens[i].cap && doc.tokens[i].kind === 'word'; i++)
    if (/[’']s$/.test(doc.tokens[i].norm)) return true;
  return false;
}

/**
 * "The regional security body, the Northern Concord, called on …": a description of a body, then
 * "the" and a capitalised name in commas: the name (without "the"), or null. (The heads of such a
 * description: body-names.ts isBodyNoun.)
 */
function bodyAfterDescription(doc: Document, first: number, end: number): string | null {
  if (!isBodyNoun(doc.tokens[end - 1].norm) || doc.tokens[end + 1]?.norm !== 'the') return null;
  let j = end + 2;
  while (
    j < doc.tokens.length &&
    j - end - 2 < AFTER_NAME_REACH &&
    doc.tokens[j].cap &&
    doc.tokens[j].kind === 'word'
  )
    j++;
  const next = doc.tokens[j];
  if (j === end + 2 || !next || next.sentence !== doc.tokens[first].sentence || next.text !== ',')
    return null;
  return doc.text.slice(doc.tokens[end + 2].start, doc.tokens[j - 1].end);
}

/** Academic titles that say nothing of an office ("Dr. Helena Marsh" may be "the researcher"). */
const ACADEMIC_TITLES = new Set(['dr', 'prof', 'professor']);

/** "the Turkish president": the person introduced with those titles, else the latest person with no conflicting title. */
export function resolveDescription(
  words: string[],
  token: number,
  mentions: Mentions,
  [after, paragraphEnd]: TokenRange,
  /** A relative clause follows ("The officer who arrested him"): someone new, unless titled so. */
  restricted = false,
): string | null {
  // "The spokeswoman said": not a man named before.
  const g = descriptionGender(words.join(' '));
  const exact = mentions.lastPersonBefore(
    token,
    (m) =>
      words.every((w) => holdsTitle(m, w, words) || m.roles.includes(w)) && mentions.fitsGender(m.name, g),
  );
  if (exact) return exact.name;
  const head = words[words.length - 1];
  // "The city's governor … promised compensation. “…,” Governor Samir Aziz told residents": the
  // person named later in the paragraph with that title.
  const later = mentions.firstPersonIn(
    after,
    paragraphEnd,
    (m) => holdsTitle(m, head, words) && mentions.fitsGender(m.name, g),
  );
  if (later) return later.name;
  // The latest person whose known titles do not conflict: none, or this one ("the envoy" is not
  // the foreign minister named before).
  // Nor a person the article described otherwise ("Tomas Berg, a retired teacher" is no governor).
  // Nor for a word of a side or office that is no person ("The defence said": the defence team).
  // ("the secretary of state": the word before "of" is the person's.)
  const of = words.indexOf('of');
  if (restricted || !isPersonNoun(of > 0 ? words[of - 1] : head)) return null;
  // Nor one whose possessor is said ("the family's lawyer", "the minister's spokesman"): someone
  // of that party's, not the latest person named.
  if (words.some((w) => /[’']s$/.test(w))) return null;
  // Nor a working role that mostly brings in someone new ("Marek Lind denies murder. The
  // prosecutor said …"; "the analyst", "the official"): only an office or a standing one is
  // taken up so ("the Republican nominee", "the chancellor", "the sprinter").
  // (But "Dr. Helena Marsh … The researcher said": an academic title makes her one.)
  const newcomer = NEW_PERSON_ROLES.has(of > 0 ? words[of - 1] : head);
  const loose = mentions.lastPersonBefore(
    token,
    (m) =>
      (!newcomer || m.titles.some((t) => ACADEMIC_TITLES.has(t.replace(/\.$/, '')))) &&
      m.titles.every((t) => t === head || !isTitleWord(t) || ACADEMIC_TITLES.has(t.replace(/\.$/, ''))) &&
      (m.roles.length === 0 || m.roles.includes(head)) &&
      mentions.fitsGender(m.name, g),
  );
  return loose ? loose.name : null;
}

/** Roles a description mostly gives someone the article has not named yet (read in 132 loose
 *  resolutions over the statement snapshot's texts: "the spokesman", "the analyst", "the judge"
 *  went to the wrong person far more often than not). */
const NEW_PERSON_ROLES = new Set([
  ...['official', 'officer', 'executive', 'analyst', 'spokesman', 'spokeswoman', 'spokesperson'],
  ...['correspondent', 'judge', 'prosecutor', 'lawyer', 'attorney', 'director', 'dean', 'sheriff'],
  ...['doctor', 'witness', 'diplomat', 'economist', 'expert', 'researcher', 'scientist', 'teacher'],
  ...['detective', 'inspector', 'investigator', 'source', 'aide', 'adviser', 'advisor', 'reporter'],
  ...['journalist', 'editor', 'resident', 'passenger', 'worker', 'employee', 'banker', 'trader'],
  ...['strategist', 'consultant', 'coroner', 'magistrate', 'juror', 'surgeon', 'nurse', 'pilot'],
]);

/** Adjectives that set a person apart from one named before ("the former minister", "the other
 *  driver"), which a description with them does not take up. */
const DISTINGUISHING = new Set([
  'former',
  'new',
  'other',
  'late',
  'previous',
  'outgoing',
  'incoming',
  'acting',
  'second',
  'first',
]);

/** "the miner", "the young miner": up to three words, the ones before the head lowercase
 *  adjectives that set no one apart ("the former minister" is someone else). */
export function isPlainDescription(words: readonly DocToken[]): boolean {
  if (words.length === 0 || words.length > 3 || words[words.length - 1].cap) return false;
  return words
    .slice(0, -1)
    .every((t) => !t.cap && t.kind === 'word' && !DISTINGUISHING.has(t.norm) && hasLemma(t.norm, 'a'));
}

/** The person the article gave the age of the description in tokens [first, end) ("the
 *  58-year-old" after "Gregor Hallam, 58,"), or null. */
export function personOfAge(
  doc: Document,
  first: number,
  end: number,
  mentions: Mentions,
): NameMention | null {
  const age = ageOf(doc, first, end);
  return age ? mentions.lastPersonBefore(first, (x) => ageAfterName(doc, x) === age) : null;
}

/** The years of an age description in tokens [first, end) ("the 58-year-old" → "58"), or null. */
function ageOf(doc: Document, first: number, end: number): string | null {
  for (let i = first; i < end; i++) if (doc.tokens[i].kind === 'number') return doc.tokens[i].norm;
  const m = /^(\d+)-/.exec(doc.tokens[end - 1].norm);
  return m ? m[1] : null;
}

/** The age written in commas right after a person's name ("Gregor Hallam, 58,"), or null. */
function ageAfterName(doc: Document, m: NameMention): string | null {
  const after = m.token + m.name.split(' ').length;
  const comma = doc.tokens[after];
  const years = doc.tokens[after + 1];
  return comma?.text === ',' && years?.kind === 'number' ? years.norm : null;
}

const GROUP_PRONOUNS = new Set(['those', 'others', 'some', 'many', 'most', 'several']);
const GROUP_PLACES = new Set(['at', 'in', 'of', 'from', 'close', 'near', 'inside', 'within']);
/** Plurals of people who speak about someone, not for them, when "close to" or "familiar with". */
const PEOPLE = new Set(['people', 'sources', 'friends', 'associates', 'those', 'others', 'some', 'many']);
const NEAR = new Set(['close', 'familiar', 'near']);
/** Nouns of a gathering, which a place it gathers at does not name ("the crowd at the pavilion"). */
const GATHERINGS = new Set(['crowd', 'crowds', 'audience', 'protesters', 'demonstrators', 'onlookers']);
const GATHERED_AT = new Set(['at', 'in', 'outside', 'near', 'inside']);

/**
 * "Those at Fenmore Capital", "Some in the party", "People close to Dresner", "The crowd at the
 * Harborview Pavilion": a group around someone or somewhere, which the name it holds does not name.
 */
export function isGroupAround(doc: Document, first: number, end: number): boolean {
  const from = DETERMINERS.has(doc.tokens[first].norm) ? first + 1 : first;
  if (end - from <= 2) return false;
  const head = doc.tokens[from].norm;
  const next = doc.tokens[from + 1].norm;
  return (
    (from === first && GROUP_PRONOUNS.has(head) && GROUP_PLACES.has(next)) ||
    (PEOPLE.has(head) && NEAR.has(next)) ||
    (GATHERINGS.has(head) && GATHERED_AT.has(next))
  );
}

/** Does a word of [start, end) name a kind of body ("Alliance", "Department")? */
function holdsOrganisationWord(doc: Document, start: number, end: number): boolean {
  for (let j = start; j < end; j++) if (isOrganisationWord(doc.tokens[j].norm)) return true;
  return false;
}
