// What a cue's object or the words after it say of a statement's stance: a refused claim is
// denied, a refused offer is turned down (no claim denied), a plea of (not) guilty, and "the
// press" of a press conference, which presses no one. stance.ts reads them.
import type { DocToken, Document } from '../text/document.js';
import type { Frame } from './spans.js';
import type { Stance } from './types.js';
import { hasLemma } from '../lexicon/wordnet.js';
import { isThingNoun } from './agents.js';
import { DETERMINERS, POSSESSIVES } from './names.js';
import { isPronoun } from './pronoun-words.js';
import { FINITE } from './word-forms.js';

/** Nouns of what is denied when refused ("refused the accusation"). */
const CLAIM_NOUNS = new Set([
  ...['accusation', 'accusations', 'allegation', 'allegations', 'claim', 'claims', 'charge'],
  ...['charges', 'report', 'reports', 'suggestion', 'suggestions'],
]);

/** Nouns after "press" that make it the news media ("a press conference"). */
export const PRESS_EVENTS = new Set([
  'conference',
  'briefing',
  'release',
  'statement',
  'secretary',
  'office',
  'officer',
]);

/** Verbs that turn an offer down ("rejected the bid"; "denied the plan" denies there is one). */
export const TURNING_DOWN = new Set(['reject', 'refuse', 'rebuff', 'spurn', 'resist', 'dismiss']);
/** Nouns of what is offered or asked for, which a rejection turns down ("rejected the bid"). */
const OFFER_NOUNS = new Set([
  ...['bid', 'bids', 'offer', 'offers', 'proposal', 'proposals', 'request', 'requests', 'deal'],
  ...['plan', 'plans', 'application', 'invitation', 'appeal', 'appeals', 'demand', 'demands', 'terms'],
]);

/** Does the content at token s open on an offer's noun within four words ("two earlier bids")? */
export function refusesOffer(doc: Document, s: number): boolean {
  for (let i = s; i < Math.min(doc.tokens.length, s + 4); i++) {
    const t = doc.tokens[i];
    if (OFFER_NOUNS.has(t.norm)) return true;
    if (t.kind !== 'word' || CLAIM_NOUNS.has(t.norm)) return false;
  }
  return false;
}

/** Nouns of an opinion or account, which an "offer" gives rather than offers ("offered a
 *  different view", "offered a more cautious assessment"). */
const VIEW_NOUNS = new Set([
  ...['view', 'views', 'assessment', 'opinion', 'perspective', 'take', 'account', 'analysis'],
  ...['explanation', 'interpretation', 'reading', 'verdict', 'prediction', 'forecast', 'insight'],
]);

/** Does the content at token s open on an opinion's noun within four words ("a different view")? */
export function givesView(doc: Document, s: number): boolean {
  for (let i = s; i < Math.min(doc.tokens.length, s + 4); i++) {
    const t = doc.tokens[i];
    if (VIEW_NOUNS.has(t.norm)) return true;
    if (t.kind !== 'word') return false;
  }
  return false;
}

/** Nouns by which a trailing comment calls what it turns down a proposal ("a promise the
 *  department dismissed"). */
const PROPOSAL_NOUNS = new Set([
  ...['promise', 'promises', 'pledge', 'pledges', 'proposal', 'proposals', 'idea', 'offer', 'offers'],
  ...['demand', 'demands', 'request', 'requests', 'plan', 'plans', 'call', 'calls', 'bid'],
]);

/** Is token i a proposal's noun (the noun a comment opens on: "a demand Kestria rejected")? */
export function turnsDownProposal(doc: Document, i: number): boolean {
  return i >= 0 && PROPOSAL_NOUNS.has(doc.tokens[i].norm);
}

/** Nouns of a demand that a rejection turns down inside its cue ("rejected calls for"). */
export const DEMAND_NOUNS = new Set(['call', 'calls', 'demand', 'demands', 'request', 'requests']);

/** Does the content at token s open on a claim's noun ("the accusation", "these claims")? */
export function refusesClaim(doc: Document, s: number): boolean {
  for (let i = s; i < Math.min(doc.tokens.length, s + 3); i++)
    if (CLAIM_NOUNS.has(doc.tokens[i].norm)) return true;
  return false;
}

/**
 * "pleaded not guilty", "pleaded innocent": a denial; "pleaded guilty": an acknowledgement (not the
 * appeal of "pleaded with the court to …"). Read from the word after "plead", in the cue or after it.
 */
export function courtPlea(doc: Document, frame: Frame, words: DocToken[]): Stance | null {
  const at = words.findIndex((w) => w.lemma === 'plead');
  if (at < 0) return null;
  // A loop into a literal, not slice().map(): an empty map() result is an array of another
  // hidden class, and the push below threw away the optimised code on meeting it.
  const after: string[] = [];
  for (let i = at + 1; i < words.length; i++) after.push(words[i].norm);
  for (let i = frame.cue.last; i < Math.min(doc.tokens.length, frame.cue.last + 2); i++)
    after.push(doc.tokens[i].norm);
  if (after[0] === 'innocent' || (after[0] === 'not' && after[1] === 'guilty')) return 'deny';
  if (after[0] === 'guilty') return 'acknowledge';
  return null;
}

/** Verbs of force that may be words too ("attacked the plan"); "blasted the media" is words. */
export const FORCE_VERBS = new Set(['attack', 'strike', 'assault']);

/** Subjects that attack with force, not words ("Gunmen attacked the convoy"). */
const ARMED = new Set([
  ...['gunman', 'gunmen', 'pirates', 'militants', 'rebels', 'insurgents', 'troops', 'soldiers'],
  ...['fighters', 'militiamen', 'militia', 'terrorists', 'bandits', 'raiders', 'attackers'],
  ...['assailants', 'jets', 'warplanes', 'drones', 'drone', 'missile', 'missiles', 'rockets'],
  ...['bombers', 'mob', 'rioters', 'shark', 'dog'],
]);

/**
 * Was a verb of force done by armed men (the subject's last word at token `subject`, or -1), or to
 * a thing or a place (its object from token `object`: "attacked the tanker")?
 */
export function isForce(doc: Document, subject: number, object: number): boolean {
  if (subject >= 0 && ARMED.has(doc.tokens[subject].norm)) return true;
  // The object's head: the last noun of the run of nouns after its determiner ("the oil tanker").
  // (Only after a determiner: "attacked government red tape" is words.)
  const opener = doc.tokens[object];
  if (!opener || !(DETERMINERS.has(opener.norm) || POSSESSIVES.has(opener.norm))) return false;
  let head: DocToken | null = null;
  for (let i = object + 1; i < Math.min(doc.tokens.length, object + 5); i++) {
    const t = doc.tokens[i];
    if (t.kind !== 'word' || t.cap) break;
    if (!hasLemma(t.lemma, 'n') || FINITE.has(t.norm)) break;
    head = t;
  }
  return head !== null && isThingNoun(head.lemma);
}

/** Words of willingness an offer's content holds ("ready to", "prepared to", "willing to"). */
const WILLING = new Set(['ready', 'prepared', 'willing']);
/** Verbs between a subject and its willingness ("were prepared to", "stand ready to"). */
const WILLING_VERBS = new Set([
  ...['is', 'are', 'was', 'were', 'be', 'been', 'am', 'stand', 'stands'],
  ...['stood', 'remain', 'remains', 'remained', 'feel', 'felt', 'seemed', 'appeared', 'still', 'not'],
]);

/**
 * "The mayor said residents were prepared to wait", "…, while the price buyers were prepared to
 * pay had stalled": the first willingness in the content belongs to a common noun, not to the
 * speaker or a party named ("Ankara was prepared to do its part").
 */
export function othersWilling(doc: Document, frame: Frame): boolean {
  for (const [s, e] of frame.content)
    for (let i = s; i < e - 1; i++) {
      if (!WILLING.has(doc.tokens[i].norm) || doc.tokens[i + 1].norm !== 'to') continue;
      // (Through a quotation mark: 'his troops were “ready to finish the job”'.)
      let j = i - 1;
      if (j >= s && doc.tokens[j].kind === 'punct' && isQuoteText(doc.tokens[j].text)) j--;
      const verbEnd = j;
      while (j >= s && WILLING_VERBS.has(doc.tokens[j].norm)) j--;
      if (j < s || j === verbEnd) return false;
      const t = doc.tokens[j];
      return t.kind === 'word' && !t.cap && !isPronoun(t.norm) && hasLemma(t.lemma, 'n');
    }
  return false;
}

/** Quotation marks ("“", "\"", "''"). */
function isQuoteText(text: string): boolean {
  return text === '"' || text === '“' || text === '”' || text === "''" || text === '``';
}
