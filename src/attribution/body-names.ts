// Names of campaigns, charities and other bodies written in title case with small words inside
// ("Friends of Lake Orrin", "Citizens for Clean Water", "Save the Estuary", "Reporters' Watch",
// "Justice Without Borders"): the whole span is the name, not its last capitalised run; and a
// lowercase body of a place ("the foreign ministry of Valdoria"), which is no name of the place.
import { hasLemma } from '../lexicon/wordnet.js';
import type { Document } from '../text/document.js';
import { isGivenName } from './given-names.js';
import { isOrganisationWord, isTitleWord } from './names.js';
import { isPluralPossessiveMark } from './word-forms.js';

/** Small words that may stand inside such a name, lowercase or capitalised (not "in", "on" or
 *  "and": "Traders in Tokyo", "Canada and the U.S." are a group somewhere and two speakers). */
const INNER_WORDS = new Set(['of', 'for', 'the', 'a', 'an', 'without', 'against', 'to', 'our']);

/** People of a body, named by it ("Members of the …", "Officials of the …"). */
const MEMBERS = new Set([
  'members',
  'officials',
  'leaders',
  'representatives',
  'staff',
  'employees',
  'supporters',
]);

/** Company suffixes: a name ends at them ("Varrow AG | of West Lindmark"). */
const COMPANY_SUFFIXES = new Set(['ag', 'corp', 'inc', 'ltd', 'plc', 'co', 'llc', 'sa', 'nv', 'gmbh']);

/** A name's opening words are common words ("Friends", "National Union", "Save"), not a person's
 *  name ("Orla Venn of Marlow Mills", "Tan Wei-lin of the Harbour Party"). */
function commonWords(words: readonly string[]): boolean {
  return (
    words.length > 0 &&
    words.length <= 3 &&
    words.every((w) => {
      const lower = w.toLowerCase();
      return (
        hasLemma(lower, 'n') ||
        hasLemma(lower, 'v') ||
        hasLemma(lower, 'a') ||
        hasLemma(lower.replace(/s$/, ''), 'n')
      );
    })
  );
}

/**
 * The name a speaker span [first, end) spells in title case, without a leading "the", or null.
 * Every word is capitalised or one of INNER_WORDS (a plural possessive's apostrophe may stand
 * inside), the last is capitalised, one small word or possessive stands inside; no run of
 * capitalised words in it is a person's ("Robert Pelham of Dunmore Securities", "Pennant Securities' Okafor")
 * nor a title's ("Mayor of London Sadiq Khan"), and no company name ends before its small word.
 */
export function titleCaseBodyName(
  doc: Document,
  first: number,
  end: number,
  /** Whether a one-word run is the surname of a person the article names in full. */
  isSurname: (word: string) => boolean,
): string | null {
  let start = first;
  if (doc.tokens[start]?.norm === 'the') start++;
  if (end - start < 2 || end - start > 8) return null;
  const last = doc.tokens[end - 1];
  if (last.kind !== 'word' || !last.cap) return null;
  let inner = false;
  let run: string[] = [];
  // "Ministry of Foreign Affairs", "Embassy of Drast": a body's word first, so an office's word
  // after it ("Foreign", "Defence") names the body's field, not a person's title.
  const bodyFirst = isOrganisationWord(doc.tokens[start].norm);
  // A run of capitalised words ends: no person's name, no title but a name's first word before a
  // capitalised small word ("Justice Without Borders").
  const runIsPerson = (at: number): boolean => {
    const words = run;
    run = [];
    if (words.length === 0) return false;
    const titleCase = doc.tokens[at]?.cap === true && INNER_WORDS.has(doc.tokens[at].norm);
    return (
      // (A given name anywhere but last: "… of Commerce Bruce Smart"; "Lake Orrin" is a place.)
      words.some((w, k) => (k === 0 || k < words.length - 1) && isGivenName(w.toLowerCase())) ||
      (words.length === 1 && isSurname(words[0])) ||
      (!bodyFirst && words.some((w, k) => isTitleWord(w.toLowerCase()) && !(k === 0 && titleCase)))
    );
  };
  for (let i = start; i < end; i++) {
    const t = doc.tokens[i];
    if (t.kind === 'word' && INNER_WORDS.has(t.norm) && i > start && i < end - 1) {
      if (COMPANY_SUFFIXES.has(doc.tokens[i - 1].norm) || (!inner && !commonWords(run))) return null;
      // ("Members of the Oversight Committee" speak for the committee.)
      if (!inner && run.length === 1 && MEMBERS.has(run[0].toLowerCase())) return null;
      if (runIsPerson(i)) return null;
      inner = true;
    } else if (isPluralPossessiveMark(doc, i) && i > start) {
      if ((!inner && !commonWords(run)) || runIsPerson(i)) return null;
      inner = true;
    } else if (t.kind === 'word' && t.cap) run.push(t.text.replace(/[’']s$/, ''));
    else return null;
  }
  if (!inner || runIsPerson(end)) return null;
  return doc.text.slice(doc.tokens[start].start, last.end);
}

/** Does "of" before token `nameStart` follow a lowercase body's word ("the foreign ministry of")? */
export function lowercaseBodyOf(doc: Document, nameStart: number): boolean {
  // "The health ministry of the Republic of Lunaris": a state's formal name is the place too.
  let k = nameStart;
  if (
    k >= 5 &&
    doc.tokens[k - 1].norm === 'of' &&
    STATE_WORDS.has(doc.tokens[k - 2].norm) &&
    doc.tokens[k - 3].norm === 'the'
  )
    k -= 3;
  const body = doc.tokens[k - 2];
  return doc.tokens[k - 1].norm === 'of' && !!body && !body.cap && isOrganisationWord(body.norm);
}

/** The words of a state's formal name ("the Republic of …", "the Kingdom of …"). */
const STATE_WORDS = new Set(['republic', 'kingdom', 'federation', 'principality', 'commonwealth', 'state']);

/** Lowercase nouns of a body that may stand before its name ("rights group", "the charity"). */
const BODY_HEADS = new Set([
  ...['body', 'group', 'organisation', 'organization', 'alliance', 'coalition', 'bloc', 'agency'],
  ...['company', 'firm', 'union', 'charity', 'party', 'movement', 'network', 'association'],
  ...['watchdog', 'regulator', 'broadcaster', 'campaign', 'publisher', 'newspaper', 'carmaker'],
]);

/** Is a lowercase word a noun of a body ("charity", "watchdog", "council")? */
export function isBodyNoun(norm: string): boolean {
  return BODY_HEADS.has(norm) || isOrganisationWord(norm);
}

/** Small words that may stand inside a body's name after its descriptor ("Doctors on Call"). */
const NAME_INNER = new Set([...INNER_WORDS, 'on', 'in', 'at', 'and', '&']);

/** Words before the descriptor that open no phrase of their own ("Officials at the charity X"). */
const NOT_BEFORE = new Set([
  'of',
  'for',
  'at',
  'in',
  'on',
  'from',
  'with',
  'by',
  'to',
  'and',
  'or',
  'who',
  'which',
]);

/**
 * "Medical charity Doctors on Call", "Rights group Justice Watch", "the aid group Save the Elders":
 * a lowercase noun of a body right before a name in title case (small words inside it too) says
 * the whole name is the body's; the name's start, or -1. Not a person's name ("the union's Tom
 * Hale"; a given name opens none of these).
 */
export function nameAfterBodyNoun(doc: Document, first: number, end: number): number {
  const last = doc.tokens[end - 1];
  if (last.kind !== 'word' || !last.cap) return -1;
  let k = end - 1;
  while (
    k > first &&
    (doc.tokens[k - 1].cap || NAME_INNER.has(doc.tokens[k - 1].norm)) &&
    doc.tokens[k - 1].kind !== 'punct'
  )
    k--;
  // The name opens on a capitalised word, after a lowercase noun of a body.
  while (k < end && !doc.tokens[k].cap) k++;
  if (end - k < 2 || k === first) return -1;
  const noun = doc.tokens[k - 1];
  if (
    noun.kind !== 'word' ||
    (noun.cap && k - 1 !== doc.sentences[noun.sentence].tokenStart) ||
    !isBodyNoun(noun.norm)
  )
    return -1;
  // Not a title before a person's name ("party Chairman Ross Delane"), but one before a common
  // noun ("Justice Watch" is a body after "rights group").
  if (isTitleWord(doc.tokens[k].norm) && (end - k !== 2 || !hasLemma(doc.tokens[k + 1].norm, 'n'))) return -1;
  // (A given name that is no title too.)
  for (let j = k; j < end; j++) {
    const t = doc.tokens[j];
    if (t.cap && isGivenName(t.norm) && !isTitleWord(t.norm)) return -1;
  }
  for (let j = first; j < k - 1; j++) {
    const t = doc.tokens[j];
    if (t.kind !== 'word' || NOT_BEFORE.has(t.norm)) return -1;
  }
  return k;
}
