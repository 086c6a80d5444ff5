// What an "offer" offers: a deed, help or talks ("offered to mediate", "offered a compromise") make
// the speaker's offer a stance; money, shares or property are a trade ("will offer 2 million
// shares", "offered 5 dlrs a share", "a share offer", "a shelf offering of notes",
// "offered to buy the stake", "offered for sale"), and carry none. Read from the words after the
// offer word: an amount, a verb of trade after "to", or the head noun of what is offered, whose
// first WordNet sense is a possession ("shares", "a stake", "cash"; "a cut" too, WordNet's first
// sense being a share of profits). Goods and qualities ("offer software", "better mileage") are
// not read: "offered tents", "offered a truce" may be proposals to another party.
import type { Document } from '../text/document.js';
import type { Frame } from './spans.js';
import { hasLemma } from '../lexicon/wordnet.js';
import { senseReaches } from './agents.js';
import { isPronoun } from './pronoun-words.js';
import { PREPOSITIONS } from './word-forms.js';
import { stanceLexicon } from './stance-lexicon.js';

/** Verbs of trade after "offered to" ("offered to buy the unit"): a bid, not a proposal ("offered
 *  to pay for the repairs" still offers; "to pay 20 dlrs a share" is read as an amount). */
const TRADE_VERBS = new Set([
  ...['buy', 'sell', 'acquire', 'purchase', 'lease', 'exchange', 'swap', 'redeem', 'repurchase'],
  ...['buyout', 'underwrite'],
]);

/** The root a traded thing's first sense reaches: money, securities, property. (Not artifacts nor
 *  quantities: "offered tents", "offered a tax cut" may be proposals to another party.) */
const POSSESSION = new Set(['possession']);

/** Currency signs and abbreviations of money or shares in wire copy. */
const MONEY = /^(?:[$£€¥]|[a-z]{0,2}\$|dlrs?|cts|pct|mln|bln|stg)$/i;

/** Words that end the noun phrase of what is offered (and any preposition). */
const PHRASE_ENDS = new Set([
  ...PREPOSITIONS,
  ...['of', 'for', 'at', 'in', 'on', 'to', 'with', 'by', 'from', 'as', 'under', 'over', 'than'],
  ...['that', 'which', 'who', 'and', 'or', 'but', 'if', 'because', 'while', 'when', 'after'],
  ...['before', 'until', 'since', 'so', 'including', 'like', 'such', 'where', 'whereby', 'saying'],
]);

/** Adverbs read through right after the offer word ("offered initially", "offering up to"). */
const READ_THROUGH = new Set(['up', 'also', 'again', 'now', 'still', 'even', 'instead']);

/** A number or money token. */
function isAmount(doc: Document, i: number): boolean {
  const t = doc.tokens[i];
  return !!t && (/\d/.test(t.norm) || MONEY.test(t.text));
}

/** Is the noun lemma a traded thing (see the file's header)? Not a noun of a stance ("offer a
 *  pledge", whose first sense in WordNet is a deposit). */
function tradedNoun(lemma: string): boolean {
  return (
    hasLemma(lemma, 'n') && !stanceLexicon('stance-cues').has(lemma) && senseReaches(lemma, 0, POSSESSION)
  );
}

/**
 * Does the offer word at token t ("offer", "offered", "offering", in a cue or a content) offer a
 * trade or a feature rather than make a proposal? `end` bounds the words read (the sentence's end).
 */
export function offersTrade(doc: Document, t: number, end: number): boolean {
  const w = doc.tokens[t];
  // "a 2 billion pound offer", "a share offer", "the cash offer": the noun of a bid.
  if (w.norm === 'offer' || w.norm === 'offers' || w.norm === 'offering' || w.norm === 'offerings') {
    const prev = doc.tokens[t - 1];
    if (
      prev &&
      (isAmount(doc, t - 1) || (prev.kind === 'word' && !prev.cap && !prev.stop && tradedNoun(prev.lemma)))
    )
      return true;
  }
  let i = t + 1;
  while (i < end && (READ_THROUGH.has(doc.tokens[i].norm) || doc.tokens[i].norm.endsWith('ly'))) i++;
  if (i >= end) return false;
  const next = doc.tokens[i].norm;
  // "offered for sale", "an offer for the group": a bid or a sale; "offered at 31 cents": a price.
  if (next === 'for') return true;
  if (next === 'at') return isAmount(doc, i + 1) || isAmount(doc, i + 2);
  if (next === 'to') {
    const verb = doc.tokens[i + 1];
    // "offered to the public": to whom a thing is offered.
    if (!verb || verb.kind !== 'word' || verb.cap || !hasLemma(verb.norm, 'v')) return false;
    return TRADE_VERBS.has(verb.norm) || isAmount(doc, i + 2) || isAmount(doc, i + 3);
  }
  // "offering of debt securities": what is offered follows "of".
  if (next === 'of') i++;
  return tradedObject(doc, i, Math.min(end, i + 12));
}

/**
 * Is the noun phrase of what is offered, from token i, an amount or a traded thing? A name or a
 * pronoun first is to whom ("offered Tessan A$27 million", "offering them discounts"): the
 * phrase after it is read instead.
 */
function tradedObject(doc: Document, i: number, end: number): boolean {
  let head = -1;
  let recipient = true;
  for (; i < end; i++) {
    const t = doc.tokens[i];
    if (isAmount(doc, i)) {
      // "3,000 troops", "two envoys": people offered, not money.
      const after = doc.tokens[i + 1];
      if (after && after.kind === 'word' && !isAmount(doc, i + 1) && isPeople(after.lemma)) return false;
      return true;
    }
    if (t.kind !== 'word') {
      if (t.text === '-' || t.text === '’' || t.text === "'") continue;
      break;
    }
    // "up to 90 mln dlrs".
    if (t.norm === 'up' && i + 1 < end && doc.tokens[i + 1].norm === 'to') {
      i++;
      continue;
    }
    if (PHRASE_ENDS.has(t.norm)) break;
    if (recipient && head < 0 && (t.cap || isPronoun(t.norm)) && t.norm !== 'it') {
      // Read past the recipient (a name of several words, or a pronoun).
      while (i + 1 < end && doc.tokens[i + 1].cap) i++;
      recipient = false;
      continue;
    }
    recipient = false;
    if (!t.stop) head = i;
  }
  return head >= 0 && tradedNoun(doc.tokens[head].lemma);
}

/** Soldiers, envoys, experts: people offered ("offered 3,000 troops"). */
function isPeople(lemma: string): boolean {
  return senseReaches(lemma, 0, PEOPLE);
}
const PEOPLE = new Set(['person', 'social group', 'military unit']);

/** Does the frame's cue offer a trade ("will offer 2 million shares", "offered to buy the unit")? */
export function cueOffersTrade(doc: Document, frame: Frame): boolean {
  const end = doc.sentences[frame.cue.sentence].tokenEnd;
  for (let i = frame.cue.first; i < frame.cue.last; i++)
    if (doc.tokens[i].lemma === 'offer') return offersTrade(doc, i, end);
  return false;
}
