// Sources set off by commas: the noun phrase before an appositive ("Zelenskyy, who also spoke
// with Macron, said"), the name inside one ("Her opponent, businessman Grant Foley, said"), the
// name that opens a sentence before a long description, and the speaker after an opening
// quotation ("“C,” Jane Doe, a lawyer for the city, said").
import { wordSet } from '../lexicon/load.js';
import type { Document } from '../text/document.js';
import { isAgentNoun } from './agents.js';
import { mediumNounEnd } from './speaker-tail.js';
import { timePhrase } from './times.js';
import { isParticipialLead } from './lead-phrases.js';
import { DETERMINERS, isOrganisationWord, isSurnameParticle, isTitleWord, WORKS_AT } from './names.js';
import { isCloseQuote, isOpenQuote, isQuoted, quoteEndAfter } from './quotes.js';
import { hasFiniteVerb, MAX_SOURCE, opensSentence, PREPOSITIONS, PRONOUN_SUBJECTS } from './sources.js';
import { sourceBefore } from './source-before.js';
import type { TokenRange } from './types.js';
import { ageBeforeName, FINITE, LEADING_ADVERBS, mayBeFiniteVerb, RELATIVE_PRONOUNS } from './word-forms.js';

/** Adverbs that open a sentence before its subject and a comma ("However, …"). */
const SENTENCE_ADVERBS = new Set([
  'however',
  'meanwhile',
  'separately',
  'still',
  'yet',
  'instead',
  'earlier',
  'later',
]);

/** Conjunctions after a comma that open the clause an appositive's name is the subject of. */
const CONTRAST_JOINS = new Set(['and', 'but', 'while', 'whereas']);

const CLAUSE_OPENERS = new Set(['and', 'but', 'or', 'so', 'while', 'though', 'although', 'because']);

/** "Zelenskyy, who also spoke with Macron, said ...": the noun phrase before the parenthetical commas. */
export function appositiveSource(doc: Document, comma: number, lo: number): TokenRange | null {
  for (let j = comma - 1; j > lo && comma - j <= 25; j--) {
    const t = doc.tokens[j];
    if (isQuoted(doc, j) || isCloseQuote(doc, j)) return null;
    const endsAt = (n: number) => n > 0 && j + 1 + n === comma;
    // "The plane landed at the airport, the airline said, adding …": a reporting clause right
    // before the comma is no appositive, nor one with its time or medium ("said on Tuesday,
    // adding", "said in a statement, noting").
    if (
      t.kind === 'word' &&
      t.norm !== t.lemma &&
      !t.cap &&
      wordSet('speech-verbs').has(t.lemma) &&
      (j === comma - 1 ||
        endsAt(timePhrase(doc, j + 1, comma)) ||
        endsAt(mediumNounEnd(doc, j + 1, comma) - j - 1))
    )
      return null;
    if (t.text === ',') {
      // "Local resident Tom Hale, 45, who lives next door, said": an age in commas before the
      // aside goes with it.
      if (
        j - 3 >= lo &&
        doc.tokens[j - 2].text === ',' &&
        /^\d{1,3}$/.test(doc.tokens[j - 1].text) &&
        doc.tokens[j - 3].cap
      )
        j -= 2;
      const np = sourceBefore(doc, j, lo);
      // ", and the talks went badly from then on, said ...": a clause, not an appositive; nor is
      // a parenthetical source (", according to the minutes, citing ...").
      if (!np || CLAUSE_OPENERS.has(doc.tokens[j + 1].norm) || doc.tokens[j + 1].norm === 'according')
        return null;
      // "Jon Pike, chief executive of the country's largest lender, Fenwick Bank, said": the name
      // in commas is the lender's; the description is Pike's, who opens the sentence.
      const nameStart = opensSentence(doc, lo + 1, lo) && lo + 1 < np[0] - 1 ? lo + 1 : lo;
      if (
        np[0] - 1 > nameStart &&
        doc.tokens[np[0] - 1].text === ',' &&
        isPersonNameAt(doc, nameStart, np[0] - 1)
      )
        return [nameStart, np[0] - 1];
      // "Lia Marr has cancelled the tour, her management said, citing …": a clause, no noun phrase.
      // Nor "The regulator sued Quillon, the largest search company, accusing …": a verb outside
      // a relative clause.
      for (let k = np[0]; k < np[1]; k++) {
        const w = doc.tokens[k];
        if (RELATIVE_PRONOUNS.has(w.norm)) break;
        // (Not "A leaked memo": a participle after an article describes the noun.)
        // (Nor "A source involved in the talks": a participle before its preposition describes.)
        const verbAfterSubject =
          k > np[0] &&
          w.norm.endsWith('ed') &&
          mayBeFiniteVerb(doc, k) &&
          !DETERMINERS.has(doc.tokens[k - 1].norm) &&
          !PARTICIPLE_PREPOSITIONS.has(doc.tokens[k + 1]?.norm ?? '');
        if (!w.cap && (FINITE.has(w.norm) || verbAfterSubject)) return null;
      }
      let before = np[0] - 1;
      // "…,” and a spokesman, Eric Dunn, noted": a conjunction after a comma opens the clause too.
      // So does "while" ("…, while Tomas Brennik, chief economist at …, believes …").
      if (
        before - 1 >= lo &&
        CONTRAST_JOINS.has(doc.tokens[before].norm) &&
        (doc.tokens[before - 1].text === ',' || isCloseQuote(doc, before - 1))
      )
        before--;
      const opensClause =
        opensSentence(doc, np[0], lo) ||
        (before >= lo && (doc.tokens[before].text === ',' || isCloseQuote(doc, before)));
      // "“C,” the chief medical officer, Dr. Amara Nwosu, told ...": lowercase after a quotation.
      // So after a clause and its comma when the name follows ("The fire was set, the police
      // chief, Anna Holt, said"; not "Dana Ortiz, the attorney general of Northfield, one of …").
      const afterClause =
        before >= lo &&
        (isCloseQuote(doc, before) || (doc.tokens[before].text === ',' && nameBetween(doc, j + 1, comma)));
      // "But councillor Beatrice Novak, who …, said": a lowercase title before the name.
      const titled = isTitleWord(doc.tokens[np[0]].norm) && !!doc.tokens[np[0] + 1]?.cap;
      // "However, a senior official, who requested anonymity, told …": the sentence opens on it.
      // So does a time ("On Monday, the union, which represents …, said") or a participle's
      // phrase ("Reached by phone, the administrator, who …, said").
      const afterOpener =
        doc.tokens[before]?.text === ',' &&
        ((before - 1 === lo && SENTENCE_ADVERBS.has(doc.tokens[lo].norm)) ||
          (before > lo && timePhrase(doc, lo, before) === before - lo) ||
          (before > lo && isParticipialLead(doc, lo, before)) ||
          (before > lo && placeLead(doc, lo, before)));
      // "But a spokesman, who …, said": the conjunction opening the sentence takes its capital.
      const afterConjunction = np[0] === lo + 1 && opensSentence(doc, np[0], lo);
      if (
        !opensClause ||
        !(doc.tokens[np[0]].cap || titled || afterClause || afterOpener || afterConjunction)
      )
        return null;
      // "The city council's press officer, Dana Holt, said": the name is part of the source.
      return nameBetween(doc, j + 1, comma) ? [np[0], comma] : np;
    }
  }
  return null;
}

/** Prepositions that open a place phrase before a sentence's subject ("In the port of Dorrel,"). */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'from']);

/** Tokens [from, to) are a phrase of place opening the sentence ("In Dorrel", "Near the border"):
 *  a preposition of place, then no verb and no punctuation. */
function placeLead(doc: Document, from: number, to: number): boolean {
  if (!PLACE_PREPOSITIONS.has(doc.tokens[from].norm) || to - from > 8) return false;
  for (let i = from + 1; i < to; i++)
    if (doc.tokens[i].kind === 'punct' || mayBeFiniteVerb(doc, i)) return false;
  return true;
}

/** Tokens [from, to) are a person's name: two to four capitalised words, no function word, no body's word. */
function isPersonNameAt(doc: Document, from: number, to: number): boolean {
  if (to - from < 2 || to - from > 4) return false;
  for (let i = from; i < to; i++) {
    const t = doc.tokens[i];
    if (t.kind !== 'word' || !t.cap || t.stop || LEADING_ADVERBS.has(t.norm) || isOrganisationWord(t.norm))
      return false;
  }
  return true;
}

/** Prepositions after a participle that describes a noun ("involved in", "based at", "familiar with"). */
const PARTICIPLE_PREPOSITIONS = new Set(['in', 'with', 'on', 'at', 'to', 'for', 'from']);

/** Lowercase words a name in an appositive may follow ("her opponent, former businessman Grant Foley,"). */
const APPOSITIVE_ROLE_WORDS = 4;

/**
 * Tokens [from, to) are one to four capitalised words (a name), none a pronoun; or a full name
 * after a lowercase role ("businessman Grant Foley", "former minister Tom Rask").
 */
export function nameBetween(doc: Document, from: number, to: number): boolean {
  // "A neighbour, 64-year-old Ann Roe,": the age before the name.
  from += ageBeforeName(doc, from);
  // "Dr. Anika Solberg of the Kettering Institute": a name, then where the person works.
  for (let a = from + 2; a < to - 1; a++) {
    if (!WORKS_AT.has(doc.tokens[a].norm)) continue;
    let b = doc.tokens[a + 1].norm === 'the' ? a + 2 : a + 1;
    // ("of the charity Open Hands", "at the law firm Pell Stone": the kind of body before its name.)
    for (let kind = 0; b > a + 1 && kind < 2 && bodyKindWord(doc, b); kind++) b++;
    // (A body's name may hold small words: "the Rathmore Centre for Negotiation".)
    while (
      b < to &&
      doc.tokens[b].kind === 'word' &&
      (doc.tokens[b].cap ||
        (BODY_SMALL_WORDS.has(doc.tokens[b].norm) && b > a + 1 && !!doc.tokens[b + 1]?.cap))
    )
      b++;
    if (b === to && b > a + 1 && doc.tokens[to - 1].cap) to = a;
    break;
  }
  let k = from;
  while (k < to && k - from < APPOSITIVE_ROLE_WORDS && doc.tokens[k].kind === 'word' && !doc.tokens[k].cap)
    k++;
  if (k > from) {
    const role = doc.tokens[k - 1];
    if (!isTitleWord(role.norm) && !isAgentNoun(role.lemma)) return false;
    // ("director of the charity Harvest Aid": the name after "of" is where the role is held.)
    for (let i = from; i < k; i++) if (WORKS_AT.has(doc.tokens[i].norm)) return false;
    return to - k >= 2 && capitalisedName(doc, k, to);
  }
  return capitalisedName(doc, from, to);
}

/** Token i is a lowercase noun before a body's capitalised name ("charity Open Hands", "law firm"). */
function bodyKindWord(doc: Document, i: number): boolean {
  const t = doc.tokens[i];
  const next = doc.tokens[i + 1];
  return (
    t.kind === 'word' && !t.cap && !t.stop && next?.kind === 'word' && (next.cap || bodyKindWord(doc, i + 1))
  );
}

/** Small words inside a body's name ("Centre for Negotiation", "Institute of Virology"). */
const BODY_SMALL_WORDS = new Set(['for', 'of', 'and', 'on']);

/** Tokens [from, to) are one to four capitalised words (a name), none a pronoun. */
function capitalisedName(doc: Document, from: number, to: number): boolean {
  // "Deputy Prime Minister Samira Okonji": capitalised titles before the name count apart.
  let titles = 0;
  while (
    from + titles < to - 1 &&
    doc.tokens[from + titles].cap &&
    isTitleWord(doc.tokens[from + titles].norm)
  )
    titles++;
  // "Ostland Foreign Minister Tarn Ellory": a country and a portfolio before the title count with it.
  if (titles === 0) titles = officeBefore(doc, from, to);
  if (to - from < 1 || to - from - titles > 6) return false;
  let words = -titles;
  let stops = 0;
  for (let i = from; i < to; i++) {
    const t = doc.tokens[i];
    // The full stop of an abbreviated title or initial ("Dr. Amara Nwosu", "Ann B. Cole").
    if (t.text === '.' && i > from && doc.tokens[i - 1].cap && doc.tokens[i - 1].text.length <= 4) {
      stops++;
      continue;
    }
    // "Bram de Wolde", "Ahmed al-Sayed": a surname's lowercase particle inside the name.
    if (i > from && t.kind === 'word' && !t.cap && isSurnameParticle(doc, i, to)) continue;
    // Not a party and state ("R-Ky.", "D-N.Y.").
    if (t.kind !== 'word' || !t.cap || t.text.includes('-') || PRONOUN_SUBJECTS.has(t.norm)) return false;
    words++;
  }
  // With a full stop, a title or an initial and a name ("Dr. Nwosu"), not a state alone ("Fla.").
  return words <= 4 && (stops === 0 || words >= 2);
}

/** Capitalised words [from, j] that end on a title word and leave a name of two or more words
 *  after it ("Ostland Foreign Minister" of "Ostland Foreign Minister Tarn Ellory"): their count,
 *  else 0. */
function officeBefore(doc: Document, from: number, to: number): number {
  for (let j = to - 3; j > from && j - from < OFFICE_WORDS; j--)
    if (isTitleWord(doc.tokens[j].norm)) {
      for (let i = from; i <= j; i++) if (!doc.tokens[i].cap || doc.tokens[i].kind !== 'word') return 0;
      return j - from + 1;
    }
  return 0;
}
/** Capitalised words of an office before its holder's name ("Ostland Foreign Minister"). */
const OFFICE_WORDS = 4;

/**
 * The speaker of "NAME, a long description, said C" when no appositive was recognised: the
 * name right before the comma ("One of the report's authors, Ari Fleischer, said"), else the
 * name opening the sentence ("Murshed Zaheed, director of X, which organised Y, said").
 */
export function subjectBeforeComma(doc: Document, comma: number, lo: number): TokenRange | null {
  const allCaps = ([s, e]: TokenRange) => doc.tokens.slice(s, e).every((t) => t.kind === 'word' && t.cap);
  const np = sourceBefore(doc, comma, lo);
  if (np && np[1] - np[0] <= 5 && allCaps(np) && doc.tokens[np[0] - 1]?.text === ',') return np;
  const first = opensSentence(doc, lo + 1, lo) ? lo + 1 : lo;
  const opener = doc.tokens[first];
  if (opener.stop || opener.norm.endsWith('ly') || PREPOSITIONS.has(opener.norm)) return null;
  let end = first;
  while (end < comma && end - first < 5 && doc.tokens[end].kind === 'word' && doc.tokens[end].cap) end++;
  return end > first && doc.tokens[end].text === ',' ? [first, end] : null;
}

/**
 * “C,” Jane Doe, a lawyer for the city, one of the plaintiffs, said ...: a
 * sentence that opens with a quotation, then a name or "the ..." and appositives (no verb between
 * them and the cue). Returns the noun phrase before the first comma and the quotation's closing mark.
 */
export function nameAfterOpeningQuote(
  doc: Document,
  cueFirst: number,
  lo: number,
): { source: TokenRange; close: number } | null {
  if (!isOpenQuote(doc, lo)) return null;
  const close = quoteEndAfter(doc, lo);
  // The comma sits inside the quotation, before its mark (one token, or two for '').
  const mark = doc.tokens[close].text === "'" ? close - 1 : close;
  if (close <= lo || close >= cueFirst - 2 || doc.tokens[mark - 1].text !== ',') return null;
  const opener = doc.tokens[close + 1];
  if (!(opener.cap || opener.norm === 'the') || hasFiniteVerb(doc, [close + 1, cueFirst])) return null;
  let end = close + 1;
  while (end < cueFirst && doc.tokens[end].text !== ',' && end - close <= MAX_SOURCE) end++;
  if (end >= cueFirst || doc.tokens[end].text !== ',') return null;
  return { source: [close + 1, end], close };
}
