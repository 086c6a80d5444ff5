// Words after a content that is a noun phrase or an infinitive (no clause of its own) that are the
// speaker's, not what was said: a second predicate ("chastised X for Y | but did not recommend
// charges") and the medium of the saying ("called for more funds | in a statement on Thursday").
import { hasLemma } from '../lexicon/wordnet.js';
import type { Document } from '../text/document.js';
import { FINITE_MARK, type TokenHashes } from './features.js';
import { isOpenQuote, isQuoted } from './quotes.js';
import { WEEKDAYS } from './names.js';
import { FINITE, isAccessParticiple, NOMINATIVE_PRONOUNS } from './word-forms.js';

/** mayBeFiniteVerb(doc, i), as tokenHashes marks it once per token. */
function mayBeFinite(h: TokenHashes, i: number): boolean {
  return (h.marks[i] & FINITE_MARK) !== 0;
}

/** Words that open a verb's object or complement ("expects them", "opted to"). */
const OBJECT_OPENERS = new Set([
  ...['the', 'a', 'an', 'his', 'her', 'their', 'its', 'them', 'him', 'it', 'this', 'these', 'those'],
]);
const COMPLEMENT_OPENERS = new Set([...OBJECT_OPENERS, 'to', 'against', 'with']);

/**
 * Is token i a finite verb: an auxiliary, or a verb inflected in -ed or -s with an object or
 * complement after it (so that "rolled steel", "conversation and reforms" stay nouns)?
 */
function isFiniteVerb(doc: Document, h: TokenHashes, i: number): boolean {
  const t = doc.tokens[i];
  if (t.kind !== 'word' || t.cap) return false;
  if (FINITE.has(t.norm)) return true;
  if (!mayBeFinite(h, i)) return false;
  if (t.norm === t.lemma || !hasLemma(t.lemma, 'v') || i + 1 >= doc.tokens.length) return false;
  const next = doc.tokens[i + 1].norm;
  if (t.norm.endsWith('ed')) return COMPLEMENT_OPENERS.has(next);
  return t.norm.endsWith('s') && OBJECT_OPENERS.has(next);
}

/** Online media a statement was posted on ("on its website", "on its Telegram channel"). */
export const ONLINE_MEDIA: ReadonlySet<string> = new Set(['website', 'account', 'channel', 'feed', 'blog']);

/** Nouns of the medium a statement was made in ("in a statement", "in his remarks"). */
const MEDIA = new Set([
  ...['statement', 'interview', 'tweet', 'tweets', 'speech', 'remarks', 'letter', 'video', 'briefing'],
  ...['conference', 'rally', 'op-ed', 'editorial', 'email', 'memo', 'message', 'podcast', 'broadcast'],
  ...ONLINE_MEDIA,
  'programme',
]);
const MEDIUM_PREPOSITIONS = new Set(['in', 'on', 'during', 'at', 'via', 'through']);
const MEDIUM_DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'this', 'that']);
/** Words a medium's noun phrase may hold before its noun ("a written statement", "his first speech"). */
const MEDIUM_REACH = 4;
/** Words after the medium's noun that make it the object of a phrase ("remarks by", "a letter to"). */
const MEDIUM_OBJECT_AFTER = new Set(['by', 'of', 'to', 'about', 'on', 'that']);

/**
 * The token after the noun of a phrase of the medium of saying that starts at token j ("in a
 * statement", "in early-morning tweets"), or -1 when none starts there.
 */
export function mediumNounEnd(doc: Document, j: number, e: number): number {
  if (!MEDIUM_PREPOSITIONS.has(doc.tokens[j].norm) || isQuoted(doc, j)) return -1;
  for (let k = j + 1; k < Math.min(e, j + 1 + MEDIUM_REACH); k++) {
    const t = doc.tokens[k];
    if (t.kind !== 'word') return -1;
    if (!MEDIA.has(t.norm)) continue;
    const plural = t.norm.endsWith('s') && k === j + 2;
    return plural || MEDIUM_DETERMINERS.has(doc.tokens[j + 1].norm) ? k + 1 : -1;
  }
  return -1;
}

/**
 * Does a phrase of the medium of saying start at token j and end the content? Not when it is an
 * object ("remarks by", "a letter to") or a clause's verb follows it ("told Reuters in an
 * interview the economy is slowing" goes on).
 */
function opensMedium(doc: Document, h: TokenHashes, j: number, e: number): boolean {
  const k = mediumNounEnd(doc, j, e);
  if (k < 0) return false;
  // "a statement on Friday": a day after the noun is the saying's too.
  const onDay = k + 1 < e && doc.tokens[k].norm === 'on' && WEEKDAYS.has(doc.tokens[k + 1].norm);
  if (k < e && MEDIUM_OBJECT_AFTER.has(doc.tokens[k].norm) && !onDay) return false;
  for (let m = k; m < e; m++) if (mayBeFinite(h, m) && !isAccessParticiple(doc, m)) return false;
  return true;
}

/**
 * The end of a content piece [s, e) that follows its cue, cut before words of the speaker's: a
 * coordinated predicate ("…, and has since left", "… but did not …") or the medium of the saying
 * ("… in a statement on Thursday"); e when there are none or the content is a clause (opens with
 * "that", a subject pronoun or a quotation, or holds a verb form of a clause before them).
 */
/** Verbs of saying more that a speaker "did not" do after "but". */
const MORE_SAYING = new Set([
  'say',
  'give',
  'elaborate',
  'provide',
  'specify',
  'disclose',
  'name',
  'offer',
  'comment',
  'explain',
  'identify',
  'detail',
]);

/**
 * The start of "but did not say …", "but declined to elaborate", "but gave no details", "but
 * stopped short of …" in [s, e): the speaker withholding more, no part of what was said; e when
 * there is none.
 */
function withheldTail(doc: Document, s: number, e: number): number {
  const at = (j: number): string => (j < e ? doc.tokens[j].norm : '');
  for (let j = s + 2; j + 2 < e; j++) {
    if (at(j) !== 'but' || isQuoted(doc, j)) continue;
    const a = at(j + 1);
    const b = at(j + 2);
    const negated = (a === 'did' || a === 'would' || a === 'could') && b === 'not';
    const withheld =
      (negated && MORE_SAYING.has(at(j + 3))) ||
      ((a === "didn't" || a === "wouldn't") && MORE_SAYING.has(b)) ||
      ((a === 'declined' || a === 'refused') && b === 'to') ||
      ((a === 'gave' || a === 'offered' || a === 'provided') && (b === 'no' || b === 'few')) ||
      (a === 'stopped' && b === 'short');
    if (withheld) return doc.tokens[j - 1].text === ',' ? j - 1 : j;
  }
  return e;
}

export function beforeSpeakerTail(doc: Document, h: TokenHashes, s: number, e: number): number {
  // "said the plan was on track | but did not give a date": the speaker's own refusal to say more,
  // whatever the content is.
  const withheld = withheldTail(doc, s, e);
  if (withheld < e) return withheld;
  const first = doc.tokens[s];
  if (
    s >= e ||
    first.norm === 'that' ||
    NOMINATIVE_PRONOUNS.has(first.norm) ||
    isOpenQuote(doc, s) ||
    isQuoted(doc, s)
  )
    return e;
  // "The rise, she said, | was too small and would …": the rest of a clause the cue interrupts.
  if (doc.tokens[s - 1]?.text === ',' && mayBeFinite(h, s)) return e;
  for (let j = s + 1; j + 1 < e; j++) {
    const t = doc.tokens[j];
    if (mayBeFinite(h, j)) return e;
    if (opensMedium(doc, h, j, e)) return doc.tokens[j - 1].text === ',' ? j - 1 : j;
    if ((t.norm !== 'and' && t.norm !== 'but') || isQuoted(doc, j) || !isFiniteVerb(doc, h, j + 1)) continue;
    return doc.tokens[j - 1].text === ',' ? j - 1 : j;
  }
  return e;
}
