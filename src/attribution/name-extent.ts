// Where a speaker's name ends inside its source span: past a trailing time ("The United States
// on Thursday"), before an affiliation ("Dana Fowler | of Northfield Securities"), a place after a
// group ("Health officials | in the province") or a participle phrase ("Economists | polled by
// the Wire"). speakers.ts resolves the names with these; the body behind a document's figures
// is found in document-issuers.ts.
import type { Document, DocToken } from '../text/document.js';
import {
  BODY_NOUNS,
  DETERMINERS,
  isOrganisationWord,
  isPersonName,
  isSurnameParticle,
  isTitleWord,
  SURNAME_PARTICLES,
  WEEKDAYS,
} from './names.js';
import { BE_FORMS } from './passive.js';
import { QUANTIFIERS } from './sources.js';
import { isAgentNoun, isPersonNoun } from './agents.js';
import { isGivenName } from './given-names.js';
import type { TokenRange } from './types.js';
import { isPluralPossessiveMark, pluralLemma } from './word-forms.js';

const TIME_WORDS = new Set([...WEEKDAYS, 'today', 'yesterday', 'tonight']);
const TIME_LEADS = new Set(['on', 'late', 'early', 'last']);

/**
 * End of a speaker span without a trailing time phrase: "The United States on Thursday" names the
 * United States, not Thursday.
 */
export function withoutTrailingTime(doc: Document, first: number, end: number): number {
  let e = end;
  while (e - first > 1 && TIME_WORDS.has(doc.tokens[e - 1].norm)) {
    e--;
    while (e - first > 1 && TIME_LEADS.has(doc.tokens[e - 1].norm)) e--;
  }
  return e;
}

/** The end of a group of people named by a lowercase plural noun of up to three words that a
 *  place or affiliation follows ("Health officials | in ...", "Local residents | of Northfield"),
 *  the whole span when an "of" without a name says who they are ("Families of the victims",
 *  "officials of both sides"), or -1 (also for "Figures from the exam board": no one who speaks,
 *  so the board does). */
const isActiveParticiple = (t: DocToken): boolean => !t.cap && t.norm.endsWith('ing') && t.norm !== t.lemma;

/** Prepositions of where a group lives or works ("Villagers | near Kiraboa", "Fishermen | on the Orme"). */
const PLACED = new Set(['near', 'on', 'along', 'around', 'outside']);

/** Tokens from the span's start within which the group's preposition is looked for. */
const GROUP_REACH = 6;

export function pluralGroupEnd(doc: Document, first: number, end: number): number {
  for (let p = first + 1; p < Math.min(end - 1, first + GROUP_REACH); p++) {
    const t = doc.tokens[p];
    // ("The biggest dockworkers' union in Almsbury": a plural owner's mark inside the group.)
    if (isPluralPossessiveMark(doc, p)) continue;
    if (t.kind !== 'word') return -1;
    const head = doc.tokens[p - 1];
    // "Scientists monitoring Mount Careva": the scientists, described by what they do.
    if (isActiveParticiple(t) && (!head.cap || p - 1 === first) && pluralLemma(head) !== null) return p;
    if (!AFFILIATION.has(t.norm) && !PLACED.has(t.norm)) continue;
    // Lowercase, or capitalised only as the span's first word ("Fishermen in the port of X").
    const lower = !head.cap || p - 1 === first;
    // A plural, or a body ("Police in Leeds", "The foreign ministry in Velmar"; not "Office of").
    const body = t.norm === 'in' && isOrganisationWord(head.norm);
    if (!lower || (pluralLemma(head) === null && !body)) return -1;
    // "of" and a name is where they are ("Local residents of Northfield").
    if (t.norm === 'of' && !capitalisedAfter(doc, p + 1, end)) return end;
    // "Economists at Greyline Partners": the firm's economists, named with the firm.
    if (t.norm === 'at' && capitalisedAfter(doc, p + 1, end)) return end;
    // "Members of the Dunmore House Oversight Committee": the body speaks through its members.
    if (t.norm === 'of' && head.norm === 'members') return -1;
    return t.norm === 'from' && !isAgentNoun(pluralLemma(head) ?? head.lemma) ? -1 : p;
  }
  return -1;
}

/** The participle of "polled by X", "published in X" inside [first, end), or -1. */
export function participleAgent(doc: Document, first: number, end: number): number {
  for (let p = first + 2; p < end - 1; p++) {
    const v = doc.tokens[p - 1];
    // Not inside brackets or after a comma, nor a passive verb ("was overshadowed by").
    if (v.kind === 'punct' || doc.tokens[p].kind === 'punct') return -1;
    if (v.cap) continue;
    // "an official speaking on condition of anonymity": a present participle after a lowercase
    // noun opens a description of the noun.
    const present =
      v.norm.endsWith('ing') && PRESENT_AFTER.has(doc.tokens[p].norm) && isNounBefore(doc, p - 2);
    if (!present && !AGENT_PREPOSITIONS.has(doc.tokens[p].norm)) continue;
    if (!present && !v.norm.endsWith('ed') && !IRREGULAR_PARTICIPLES.has(v.norm)) continue;
    // A verb of the clause after "was", "is also", "was more" is no description.
    for (let b = p - 2; b >= first && b >= p - 4; b--) if (BE_FORMS.has(doc.tokens[b].norm)) return -1;
    // "Experts not involved in the study": the negation is the description's too.
    return p - 2 > first && doc.tokens[p - 2].norm === 'not' ? p - 2 : p - 1;
  }
  return trailingParticiple(doc, first, end);
}

/**
 * "A poll published | on Monday suggested": a participle ending the span after a lowercase noun
 * (its time was left out of the span) describes the noun; returns where it starts, or -1.
 */
export function trailingParticiple(doc: Document, first: number, end: number): number {
  const last = doc.tokens[end - 1];
  if (
    end - 1 >= first + 2 &&
    last.kind === 'word' &&
    !last.cap &&
    last.norm.endsWith('ed') &&
    isNounBefore(doc, end - 2)
  )
    return end - 1;
  return -1;
}
const AGENT_PREPOSITIONS = new Set(['by', 'in', 'at', 'on', 'from', 'outside']);
/** Prepositions after a present participle that describes a noun ("speaking on", "working for"). */
const PRESENT_AFTER = new Set(['on', 'for', 'at', 'in', 'with', 'to', 'from', 'under']);

/** A lowercase word, neither an article nor a verb's "be", at token i. */
function isNounBefore(doc: Document, i: number): boolean {
  const t = doc.tokens[i];
  return t !== undefined && t.kind === 'word' && !t.cap && !t.stop && !BE_FORMS.has(t.norm);
}
const IRREGULAR_PARTICIPLES = new Set([
  ...['led', 'held', 'run', 'made', 'written', 'taken', 'given', 'chosen', 'sent', 'paid', 'sold'],
  ...['built', 'brought', 'bought', 'shown', 'known', 'drawn', 'seen', 'driven', 'won', 'set', 'read'],
]);

/** Prepositions between a person's name and where they work or come from. */
export const AFFILIATION: ReadonlySet<string> = new Set(['of', 'at', 'with', 'from', 'in']);

/**
 * The end of a person's name followed by an affiliation in the source span [first, end)
 * ("Dana Fowler | of Northfield Securities", "Rep. Ann B. Cole | of Ohio"): a run of capitalised
 * words (and initials) that opens the span or follows a title or a comma, holds no
 * organisation's word and, when it is one word, opens the span or follows a title. `end` when
 * there is none ("the Federal Bureau of Prisons", "the Bank of England").
 */
/** Lowercase words an affiliation may name before its capitalised name ("the security firm Graylock"). */
const AFFILIATION_REACH = 4;

/**
 * Does a capitalised word follow at `from`, after an optional determiner and a few lowercase
 * words ("Northfield Securities", "the security firm Graylock")?
 */
function capitalisedAfter(doc: Document, from: number, end: number): boolean {
  for (let j = from; j < end && j - from < AFFILIATION_REACH; j++) {
    const t = doc.tokens[j];
    if (t.kind !== 'word') return false;
    if (t.cap) return true;
    if (j > from && t.stop) return false;
  }
  return false;
}

/**
 * Does the span end at `end` on a body named in lowercase after an article ("the county fire
 * service", "a local charity")?
 */
function lowercaseBodyEnds(doc: Document, from: number, end: number): boolean {
  if (end - from < 2 || end - from > AFFILIATION_REACH + 1 || !DETERMINERS.has(doc.tokens[from].norm))
    return false;
  for (let j = from + 1; j < end; j++) if (doc.tokens[j].kind !== 'word' || doc.tokens[j].cap) return false;
  return BODY_NOUNS.has(doc.tokens[end - 1].norm);
}

export function personEnd(doc: Document, first: number, end: number): number {
  for (let p = first + 1; p < end - 1; p++) {
    if (!AFFILIATION.has(doc.tokens[p].norm)) continue;
    if (!capitalisedAfter(doc, p + 1, end) && !lowercaseBodyEnds(doc, p + 1, end)) continue;
    let k = p;
    let words = 0;
    for (;;) {
      const t = doc.tokens[k - 1];
      // Not a quantifier opening the sentence ("Many of the major banks").
      if (
        k > first &&
        t.cap &&
        !QUANTIFIERS.has(t.norm) &&
        !isTitleWord(t.norm) &&
        !DETERMINERS.has(t.norm)
      ) {
        k--;
        words++;
      } else if (k - 2 >= first && t.text === '.' && /^[A-Z]$/.test(doc.tokens[k - 2].text)) k -= 2;
      // "Pieter van der Merwe of the Stellenrand Institute": a surname's particles.
      else if (k - 1 > first && words > 0 && isSurnameParticle(doc, k - 1, p)) k--;
      else break;
    }
    const before = k > first ? doc.tokens[k - 1] : null;
    // Led by a title, a lowercase noun of a person ("Marine biologist Anna Lund of the University
    // of Kastrup"), or an appositive's comma.
    const led =
      !before ||
      isTitleWord(before.norm) ||
      // "Gov. Annette Farrow of Tressel": an abbreviated title and its full stop.
      (before.text === '.' && k - 2 >= first && isTitleWord(doc.tokens[k - 2].norm)) ||
      (before.kind === 'word' && !before.cap && isAgentNoun(before.lemma)) ||
      (words >= 2 && before.text === ',');
    // "Members of the committee" opening a sentence: a plural noun, no name.
    const plural = words === 1 && !before && pluralLemma(doc.tokens[k]) !== null;
    if (words >= 1 && led && !plural && isPersonName(doc, k, p, [])) return p;
    return end;
  }
  return end;
}

/**
 * "The Court of Appeal in Harlow City": when the name found at `start` follows "in", the body's
 * name before it (capitalised words and "of", one of them an organisation's word), as [start,
 * end); null when none.
 */
export function bodyBeforePlace(doc: Document, first: number, start: number): [number, number] | null {
  if (start - 2 < first || doc.tokens[start - 1].norm !== 'in') return null;
  // "Vorland's embassy in Londale", "The Draskovian embassy in Velmara": a mission abroad.
  const noun = doc.tokens[start - 2];
  const mission = !noun.cap && MISSIONS.has(noun.norm);
  let bodyStart = mission ? start - 2 : start - 1;
  while (
    bodyStart > first &&
    doc.tokens[bodyStart - 1].kind === 'word' &&
    (doc.tokens[bodyStart - 1].cap || doc.tokens[bodyStart - 1].norm === 'of')
  )
    bodyStart--;
  const words = doc.tokens.slice(bodyStart, start - 1);
  const named = mission ? words.some((t) => t.cap) : words.some((t) => t.cap && isOrganisationWord(t.norm));
  return named ? [bodyStart, start - 1] : null;
}

/** A country's missions abroad, named by the country and placed by the city they are in. */
const MISSIONS = new Set(['embassy', 'consulate', 'mission', 'delegation', 'legation']);

/** Is there a body's word in the capitalised run (with "of") that ends before token `end`? */
export function bodyWordBefore(doc: Document, first: number, end: number): boolean {
  for (let j = end - 1; j >= first; j--) {
    const t = doc.tokens[j];
    if (isOrganisationWord(t.norm)) return true;
    if (!t.cap && t.norm !== 'of') return false;
  }
  return false;
}

/**
 * The extent of the name a titled speaker span [first, nameEnd) holds, its name starting at
 * `nameStart` after the titles: "The Justice Department" (an organisation's word alone is no
 * name), "The Bank of England", "The Court of Appeal in Harlow City" (the body, not the place),
 * "Singer Kira Lowell" (her role), "Labour's Tom Whitby" (the name, not its owner).
 */
export function titledNameExtent(
  doc: Document,
  sentenceStart: number,
  first: number,
  nameStart: number,
  nameEnd: number,
): TokenRange {
  // A capitalised sentence-initial article is not part of the name ("The United States").
  let start = nameStart;
  // "The Justice Department": an organisation's word alone is no name; the capitalised words
  // before it, title words too, are part of it.
  if (nameEnd - start === 1 && isOrganisationWord(doc.tokens[start].norm))
    while (start > first && doc.tokens[start - 1].cap && doc.tokens[start - 1].kind === 'word') start--;
  // "The Bank of England", "the Federal Reserve Bank of Boston": one name across "of" (not
  // after a title: "The Secretary General of NATO" is NATO); "The United States and
  // Britain", "Neither Lopez nor Vance": both names speak; "The Office for Harbour Statistics"
  // and "the Council on Harbour Safety" are one name.
  while (
    start - 2 >= first &&
    (doc.tokens[start - 1].norm === 'of' ||
      doc.tokens[start - 1].norm === 'and' ||
      doc.tokens[start - 1].text === '&' ||
      ((doc.tokens[start - 1].norm === 'for' || doc.tokens[start - 1].norm === 'on') &&
        bodyWordBefore(doc, first, start - 1)) ||
      (doc.tokens[start - 1].norm === 'nor' && doc.tokens[first].norm === 'neither')) &&
    doc.tokens[start - 2].cap &&
    !isTitleWord(doc.tokens[start - 2].norm)
  ) {
    start -= 2;
    while (start > first && doc.tokens[start - 1].cap && !isTitleWord(doc.tokens[start - 1].norm)) start--;
    // "The Ministry of Education of the Republic of Saraveth": a body's name across "of the".
    if (
      start - 3 >= first &&
      doc.tokens[start - 1].norm === 'the' &&
      doc.tokens[start - 2].norm === 'of' &&
      doc.tokens[start - 3].cap &&
      bodyWordBefore(doc, first, start - 2)
    ) {
      start -= 3;
      while (start > first && doc.tokens[start - 1].cap && !isTitleWord(doc.tokens[start - 1].norm)) start--;
    }
  }
  // "Ames, Brandt and Cole": a list of names before its "and" is one speaker with it.
  if (doc.tokens.slice(start, nameStart).some((t) => t.norm === 'and'))
    while (
      start - 2 >= first &&
      doc.tokens[start - 1].text === ',' &&
      doc.tokens[start - 2].cap &&
      doc.tokens[start - 2].kind === 'word' &&
      !isTitleWord(doc.tokens[start - 2].norm)
    ) {
      start -= 2;
      while (start > first && doc.tokens[start - 1].cap && !isTitleWord(doc.tokens[start - 1].norm)) start--;
    }
  // "Judge Marta de la Cruz": the given name before the surname's particles.
  let k = start;
  while (k - 1 > first && !doc.tokens[k - 1].cap && SURNAME_PARTICLES.has(doc.tokens[k - 1].norm)) k--;
  if (
    k < start &&
    doc.tokens[k - 1].cap &&
    doc.tokens[k - 1].kind === 'word' &&
    !isTitleWord(doc.tokens[k - 1].norm)
  ) {
    start = k - 1;
    while (start > first && doc.tokens[start - 1].cap && !isTitleWord(doc.tokens[start - 1].norm)) start--;
  }
  // "The Court of Appeal in Harlow City": the body, not the place it sits in.
  let end = nameEnd;
  const body = bodyBeforePlace(doc, first, start);
  if (body) [start, end] = body;
  if (end - start > 1 && DETERMINERS.has(doc.tokens[start].norm)) start++;
  // "Singer Kira Lowell": a noun of a person opening the sentence is her role.
  if (
    nameEnd - start >= 3 &&
    start === sentenceStart &&
    isGivenName(doc.tokens[start + 1].norm) &&
    !isGivenName(doc.tokens[start].norm) &&
    isPersonNoun(doc.tokens[start].norm)
  )
    start++;
  // "Labour's Tom Whitby": the party or body owning the name is no part of it.
  for (let j = start; j < nameEnd - 2; j++)
    if (
      /[’']s$/.test(doc.tokens[j].text) &&
      doc.tokens[j + 1].cap &&
      doc.tokens[j + 2].cap &&
      isGivenName(doc.tokens[j + 1].norm)
    )
      start = j + 1;
  return [start, end];
}
