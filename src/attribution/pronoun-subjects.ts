// Pronouns that take up a sentence's subject rather than the latest speaker: the subject of a
// sentence before that reports nothing ("Grant was famously modest. Asked …, he said"), a person
// described there ("The judge disagreed. “…,” he said"), the person a sentence opens with ("…
// when, as he once put it, …"), a name an aside follows ("X — even as he says"). pronouns.ts
// tries these before the latest speaker.
import type { Document, Sentence } from '../text/document.js';
import type { Frame } from './spans.js';
import { opensSentence } from './sources.js';
import { isCloseQuote, isOpenQuote, isQuoted, quoteStartBefore } from './quotes.js';
import type { Mentions } from './mentions.js';
import type { NameMention } from './names.js';
import { holdsTitle, resolveDescription } from './descriptions.js';
import { pronounGender } from './gender.js';
import { ageBeforeName, LEADING_ADVERBS, mayBeFiniteVerb } from './word-forms.js';
import { isGivenName } from './given-names.js';
import { isPersonDescription } from './turns.js';
import { isPersonNoun } from './agents.js';

/**
 * The sentence before token `at`'s, in the same paragraph, when no statement there has a speaker of
 * its own: one with no speaker ("Mateo Ferreira is expected to sign") leaves its subject the one a
 * pronoun after it takes up. Null otherwise.
 */
export function quietSentenceBefore(
  doc: Document,
  at: number,
  frames: Frame[],
  k: number,
  acrossParagraph = false,
): Sentence | null {
  const sentence = doc.tokens[at].sentence;
  if (sentence === 0) return null;
  const prev = doc.sentences[sentence - 1];
  if (prev.paragraph !== doc.sentences[sentence].paragraph && !acrossParagraph) return null;
  for (let j = k - 1; j >= 0 && frames[j].cue.sentence >= sentence - 1; j--)
    if (frames[j].cue.sentence === sentence - 1 && frames[j].source) return null;
  return prev;
}

/** Tokens from a sentence's start within which a name is taken for its subject. */
const SUBJECT_REACH = 7;

/**
 * "Varga's deputy, Anton Kiss, struck a more conciliatory tone. He told reporters …": a pronoun
 * that opens its sentence refers to the person the sentence before opens with, when that
 * sentence reports no statement (else the latest speaker rule decides). Null when there is none.
 */
export function previousSentenceSubject(
  doc: Document,
  pronoun: string,
  at: number,
  frames: Frame[],
  k: number,
  mentions: Mentions,
): string | null {
  let own = doc.sentences[doc.tokens[at].sentence];
  // The pronoun opens its sentence, or follows the quotation that opens it ("“I have three
  // children,” she said"), or one that opens a sentence before ("“It will not work. Nobody
  // believes it,” she said": the sentence before the quotation is the one read).
  let afterQuote = at > own.tokenStart && isCloseQuote(doc, at - 1) && isOpenQuote(doc, own.tokenStart);
  if (!afterQuote && at > own.tokenStart && isCloseQuote(doc, at - 1)) {
    const open = quoteStartBefore(doc, at - 1);
    const opening = open >= 0 ? doc.sentences[doc.tokens[open].sentence] : null;
    if (opening && opening !== own && isOpenQuote(doc, open) && opening.tokenStart === open) {
      own = opening;
      at = open;
      afterQuote = true;
    }
  }
  // So after an adverb opening it ("Finally he said", "Later, she added").
  let adverb = own.tokenStart;
  const first = doc.tokens[adverb];
  if (first.kind === 'word' && (LEADING_ADVERBS.has(first.norm) || first.norm.endsWith('ly'))) adverb++;
  if (doc.tokens[adverb]?.text === ',') adverb++;
  const afterAdverb = adverb > own.tokenStart && at === adverb;
  if (!(opensSentence(doc, at, own.tokenStart) || afterQuote || afterAdverb || afterOpeningAdjunct(doc, at)))
    return null;
  const prev = quietSentenceBefore(doc, at, frames, k, true);
  if (!prev) return null;
  // "At Ashcombe College in Tolbury, 18-year-old Lena Hart was celebrating": the subject comes after
  // an opening adjunct and an age.
  const start = subjectStart(doc, prev);
  const reach = Math.min(prev.tokenEnd, start + SUBJECT_REACH);
  let m = mentions.lastPersonOrSurnameIn(start, reach);
  // "Mayor Ruth Allen met Dermot Sayle. She said …": of the people the sentence opens with, the
  // one the article says the pronoun fits, before one it only may.
  if (m && !mentions.surelyFits(m.name, pronoun)) {
    const sure = mentions.firstPersonIn(start, reach, (x) => mentions.surelyFits(x.name, pronoun));
    if (sure) m = sure;
  }
  // Across a paragraph break only a name in commas after a person's description ("her mother,
  // Alison Marsh, fought back tears"): the one person such a sentence sets out to introduce.
  if (m && prev.paragraph !== own.paragraph && !apposedToPerson(doc, m, prev)) return null;
  // "Philip Fricke of Goldman Sachs falls …": the person, not where the person works.
  while (m && m.token > start && WORKS_AT.has(doc.tokens[m.token - 1].norm)) {
    const person = mentions.lastPersonOrSurnameIn(start, m.token - 1);
    if (!person) break;
    m = person;
  }
  // "The judge disagreed. “…,” he said": no name, but a person described opens the sentence.
  if (!m && prev.paragraph !== own.paragraph) return null;
  if (!m) return describedSubject(doc, prev, pronoun, mentions);
  // Not "The Northfield Building Society had a good year": a name after "the" is a body or a place.
  if (doc.tokens[m.token - 1]?.norm === 'the') return null;
  // "Dane’s Harbour Club show runs …": the owner, not a name run on past the possessive.
  const owner = /^(.+?)[’']s /.exec(m.name)?.[1] ?? m.name;
  if (mentions.fits(m.name, pronoun)) {
    const full = mentions.completeName(owner, at);
    if (full === owner || mentions.fits(full, pronoun)) return full;
  }
  // "Ezra Landgrave … His daughter, Nadia Landgrave, … Landgrave moved …. He insisted": of those
  // so surnamed, one the pronoun fits.
  return owner.includes(' ') ? null : mentions.fullNameFitting(owner, at, pronoun);
}

/** Is the name in commas right after a description of a person ("her mother, Alison Marsh,")? */
function apposedToPerson(doc: Document, m: NameMention, s: Sentence): boolean {
  const t = doc.tokens;
  const stop = t[m.token].start + m.name.length;
  let end = m.token;
  while (end < s.tokenEnd && t[end].start < stop) end++;
  if (m.token < s.tokenStart + 2 || t[m.token - 1].text !== ',' || t[end]?.text !== ',') return false;
  const noun = t[m.token - 2];
  return noun.kind === 'word' && !noun.cap && isPersonNoun(noun.lemma);
}

/**
 * The definite description of a person that opens sentence `s`, past an opening adverb and its
 * comma, up to its verb ("Later, the hospital's chief nurse spoke to reporters": "the hospital's
 * chief nurse"), when it fits the pronoun; null otherwise.
 */
function describedSubject(doc: Document, s: Sentence, pronoun: string, mentions: Mentions): string | null {
  if (!pronounGender(pronoun)) return null;
  let start = s.tokenStart;
  if (LEADING_ADVERBS.has(doc.tokens[start].norm) && doc.tokens[start + 1]?.text === ',') start += 2;
  if (doc.tokens[start]?.norm !== 'the') return null;
  for (let end = start + 2; end < s.tokenEnd && end - start <= SUBJECT_REACH; end++) {
    const t = doc.tokens[end];
    if (t.kind !== 'word') return null;
    if (!mayBeFiniteVerb(doc, end) || t.cap) continue;
    const text = doc.text.slice(doc.tokens[start].start, doc.tokens[end - 1].end);
    if (!isPersonDescription(text, true) || !mentions.fits(text, pronoun)) return null;
    // The person the article gave that title or role ("The chief executive" of "chief executive Ana
    // Ruiz"); a description with a capitalised word describes someone named otherwise ("The former
    // New Mexico governor"), whom the latest speaker rule finds.
    const head = doc.tokens[end - 1].norm;
    const named = mentions.lastPersonBefore(
      start,
      (m) => (holdsTitle(m, head, [head]) || m.roles.includes(head)) && mentions.fits(m.name, pronoun),
    );
    for (let i = start + 1; i < end; i++) if (doc.tokens[i].cap) return null;
    if (named) return mentions.completeName(named.name, start);
    // Else the latest person described in no other way ("The sprinter" of a profile), or no one.
    const words: string[] = [];
    for (let i = start + 1; i < end; i++) if (doc.tokens[i].kind === 'word') words.push(doc.tokens[i].norm);
    const loose = resolveDescription(words, start, mentions, [start, start]);
    return loose && mentions.fits(loose, pronoun) ? mentions.completeName(loose, start) : text;
  }
  return null;
}

/** The person named right before an indefinite apposition that ends at token `end` ("Omar
 *  Teller, a teacher from Brisk"), or null. */
export function personBeforeApposition(doc: Document, end: number, mentions: Mentions): NameMention | null {
  const sentence = doc.tokens[Math.max(0, end - 1)].sentence;
  for (let c = end - 1; c > 0 && doc.tokens[c].sentence === sentence; c--) {
    if (doc.tokens[c].kind !== 'punct' || doc.tokens[c].text === '-') continue;
    if (doc.tokens[c].text !== ',' || !['a', 'an'].includes(doc.tokens[c + 1]?.norm)) return null;
    // ("Del. Rupert Vane (D-Ashford), a lawyer who": the name ends before its bracketed party tag.)
    const nameEnd = bracketStart(doc, c - 1) ?? c;
    const m = mentions.lastPersonBefore(nameEnd, () => true);
    return m && doc.text.slice(doc.tokens[m.token].start, doc.tokens[nameEnd - 1].end) === m.name ? m : null;
  }
  return null;
}

/** Tokens a bracket after a name may hold ("(D-Ashford)", "(R-Tex.)"). */
const TAG_REACH = 6;

/** The index of the "(" that opens a short bracket closing at token `close`, or null. */
function bracketStart(doc: Document, close: number): number | null {
  if (doc.tokens[close]?.text !== ')') return null;
  for (let o = close - 1; o > 0 && close - o <= TAG_REACH; o--) if (doc.tokens[o].text === '(') return o;
  return null;
}

/** Words between a person and where the person works ("Fricke of Goldman Sachs"). */
const WORKS_AT = new Set(['of', 'at', 'from', 'with']);

/**
 * "After retiring, Dunmore moved into coaching when, as he once put it, …", "Ruiz fuelled
 * speculation when he told reporters …": a pronoun inside its sentence, not its subject, takes
 * up the person the sentence's clause opens with (past an opening adjunct and its comma).
 */
export function sentenceOpeningPerson(
  doc: Document,
  pronoun: string,
  at: number,
  mentions: Mentions,
): string | null {
  const s = doc.sentences[doc.tokens[at].sentence];
  let start = s.tokenStart;
  if (ADJUNCT_OPENERS.has(doc.tokens[start].norm))
    for (let j = start + 1; j < at; j++)
      if (doc.tokens[j].text === ',') {
        start = j + 1;
        break;
      }
  if (at <= start + 1 || isQuoted(doc, start)) return null;
  const apposed = apposedOpener(doc, pronoun, at, s, start, mentions);
  if (apposed) return apposed;
  const m = mentions.lastPersonOrSurnameIn(start, Math.min(at, start + OPENING_NAME_REACH));
  // (Its gender known to be the pronoun's: "Chris Christie described Clinton as … after she …".)
  const other = OTHER_GENDER.get(pronoun);
  if (!m || m.token > start + 1 || !other || !mentions.fits(m.name, pronoun) || mentions.fits(m.name, other))
    return null;
  return personInFull(mentions, m.name, at);
}

/**
 * "Meldova's envoy, Ruta Vell, was summoned on Friday after she …": the person named in commas
 * after the description that opens the clause, when the pronoun fits the name and no other person
 * named between them does. Null otherwise.
 */
function apposedOpener(
  doc: Document,
  pronoun: string,
  at: number,
  s: Sentence,
  start: number,
  mentions: Mentions,
): string | null {
  if (!pronounGender(pronoun)) return null;
  const m = mentions.firstPersonIn(start + 2, Math.min(at, start + SUBJECT_REACH), () => true);
  if (!m || !apposedToPerson(doc, m, s) || !mentions.fits(m.name, pronoun)) return null;
  // The description is all of the clause before the name ("Meldova's envoy", "her mother").
  for (let i = start; i < m.token - 1; i++)
    if (doc.tokens[i].kind === 'punct' && !/^[’']/.test(doc.tokens[i].text)) return null;
  if (mentions.firstPersonIn(m.token + 1, at, (x) => x.token > m.token && mentions.fits(x.name, pronoun)))
    return null;
  return mentions.completeName(m.name, at);
}

/**
 * "Trump — even as he says …", "Ortner, who stressed he …": a pronoun in an aside that opens right
 * after a person's name takes that person up.
 */
export function nameRightBefore(
  doc: Document,
  pronoun: string,
  at: number,
  mentions: Mentions,
): string | null {
  const m = mentions.lastPersonOrSurnameIn(Math.max(0, at - ASIDE_REACH - 4), at);
  if (!m || !mentions.fits(m.name, pronoun) || doc.tokens[m.token].sentence !== doc.tokens[at].sentence)
    return null;
  let j = m.token;
  while (j < at && doc.tokens[j].cap) j++;
  // (At least one word of the aside: in "People like Scott, he said" the name is what was said.)
  if (at - j < 2 || at - j > ASIDE_REACH) return null;
  if (doc.tokens[j].kind !== 'punct' || doc.tokens[j].text === '.') return null;
  for (let i = j + 1; i < at; i++) if (!ASIDE_WORDS.has(doc.tokens[i].norm)) return null;
  return personInFull(mentions, m.name, at);
}

/** The name in full when it is a person's, with a given name ("Rafael Dunmore"; not "Goldman Sachs"). */
function personInFull(mentions: Mentions, name: string, at: number): string | null {
  const full = mentions.completeName(name, at);
  return full.includes(' ') && isGivenName(full.slice(0, full.indexOf(' ')).toLowerCase()) ? full : null;
}
const ASIDE_REACH = 3;
/** Words that may open an aside before its pronoun ("— even as he", ", who said he"). */
const ASIDE_WORDS = new Set([
  'even',
  'as',
  'when',
  'while',
  'who',
  'though',
  'although',
  'because',
  'since',
  'if',
]);

/** A pronoun of the other gender, to tell whether a name's gender is known. */
const OTHER_GENDER = new Map([
  ['he', 'she'],
  ['him', 'her'],
  ['his', 'her'],
  ['she', 'he'],
  ['her', 'him'],
]);

/** Tokens from a clause's start within which its subject's name begins ("Dunmore", "The late X"). */
const OPENING_NAME_REACH = 3;

/** Words that open a sentence's adjunct before its subject ("In a rare interview, she said"). */
const ADJUNCT_OPENERS = new Set([
  ...['in', 'on', 'at', 'during', 'after', 'before', 'speaking', 'writing', 'later', 'earlier'],
  ...['asked', 'pressed', 'questioned', 'interviewed', 'when', 'while', 'as'],
]);

/** Does token `i` open an adjunct ("In 2011", "Asked about it", "Accepting a medal in 2010")? */
function opensAdjunct(doc: Document, i: number): boolean {
  const t = doc.tokens[i];
  if (ADJUNCT_OPENERS.has(t.norm)) return true;
  // A present participle ("Accepting", "Speaking"), not a name or a noun ("King", "Spring").
  return t.kind === 'word' && t.norm.endsWith('ing') && t.lemma !== t.norm && !isGivenName(t.norm);
}

/** The comma closing an adjunct that opens sentence `s` (no other punctuation but hyphens before
 *  it, within ADJUNCT_REACH tokens), or -1. */
function openingAdjunctComma(doc: Document, s: Sentence): number {
  if (!opensAdjunct(doc, s.tokenStart)) return -1;
  // (Not the subject of an inverted clause: "Rushing to her defence was Dane, who …".)
  const participle = !ADJUNCT_OPENERS.has(doc.tokens[s.tokenStart].norm);
  for (let j = s.tokenStart + 1; j < s.tokenEnd && j - s.tokenStart <= ADJUNCT_REACH; j++) {
    const t = doc.tokens[j];
    if (t.text === ',') return j;
    if ((t.kind === 'punct' && t.text !== '-') || (participle && INVERTING.has(t.norm))) return -1;
  }
  return -1;
}
const INVERTING = new Set(['is', 'was', 'are', 'were']);
const ADJUNCT_REACH = 25;

/** Where the subject of sentence `s` begins: past an opening adjunct and its comma, and past an
 *  age before the name ("18-year-old Lena Hart"). */
function subjectStart(doc: Document, s: Sentence): number {
  const comma = openingAdjunctComma(doc, s);
  let start = comma >= 0 ? comma + 1 : s.tokenStart;
  start += ageBeforeName(doc, start);
  return start < s.tokenEnd ? start : s.tokenStart;
}

/**
 * "Asked by a reporter whether he had snubbed a rival, he said no": the tokens of the asker in the
 * adjunct that opens the pronoun's sentence, whom the pronoun after it is not; null when there is
 * no such adjunct before it.
 */
export function askerBefore(doc: Document, at: number): [number, number] | null {
  const s = doc.sentences[doc.tokens[at].sentence];
  const verb = doc.tokens[s.tokenStart];
  if (!ASKING.has(verb.lemma) || doc.tokens[s.tokenStart + 1]?.norm !== 'by') return null;
  const comma = openingAdjunctComma(doc, s);
  return comma >= 0 && comma < at ? [s.tokenStart + 2, comma] : null;
}
const ASKING = new Set(['ask', 'press', 'question', 'interview', 'challenge']);

/** Token `at` follows the comma closing an adjunct that opens its sentence ("In 2011, she"). */
function afterOpeningAdjunct(doc: Document, at: number): boolean {
  return openingAdjunctComma(doc, doc.sentences[doc.tokens[at].sentence]) === at - 1;
}
