// "In a Harlow Gazette poll released Monday, 61 percent of voters backed the levy": a sentence
// opened by "In" and a poll or survey reports the poll's finding, and PolNeAR marks it so (cue
// "In", source the poll, content the clause after the comma; train: 20 of 23 such openings). The
// tagger, which never learned a preposition as a cue, leaves them untagged (cues.ts), and the
// statement filter has not seen them either: the frame is kept as built.
import { wordSet } from '../lexicon/load.js';
import type { Document } from '../text/document.js';
import { makeFrame, type Frame } from './frame.js';
import { contentEnd } from './sources.js';
import type { CueTokens } from './types.js';
import { isQuoted } from './quotes.js';
import { pastOpeningPhrases } from './opening-phrases.js';
import { afterJoin } from './content-pieces.js';

/** The head nouns of a poll. */
const POLL_NOUNS = new Set(['poll', 'polls', 'survey', 'surveys']);

/** Words that end the poll's noun phrase before its head ("In eight of nine states where polls …"). */
const BEFORE_HEAD_BREAKS = new Set([
  ...['of', 'where', 'which', 'that', 'who', 'as', 'for', 'about', 'with', 'on', 'at', 'by'],
  ...['to', 'from', 'in', 'after', 'before', 'when', 'while', 'since', 'during'],
]);

/** Participles that open a second piece of the poll's description ("…poll, conducted in May, C"). */
const POLL_PARTICIPLES = new Set(['conducted', 'taken', 'released', 'published', 'fielded', 'completed']);

/** Tokens from "In" to the poll's head noun, and from its head to the comma. */
const HEAD_REACH = 9;
const TAIL_REACH = 14;

/** Fewest tokens of content ("In the polls, anyway." reports nothing; "…, he doesn't." does). */
const MIN_CONTENT = 2;

/** The comma after a piece opening at `from`, within `reach` tokens and with no other mark, or -1. */
function pieceComma(doc: Document, from: number, hi: number, reach: number): number {
  for (let j = from; j < hi && j - from <= reach; j++) {
    const t = doc.tokens[j];
    if (isQuoted(doc, j)) return -1;
    if (t.text === ',') return j;
    if (t.kind === 'punct' && !['.', '/', '-', '&', '–'].includes(t.text)) return -1;
  }
  return -1;
}

/**
 * The poll lead of a sentence [lo, hi) opened at `i` by "In": the source (the poll's noun phrase
 * and its description up to the comma) and where the content starts, or null.
 */
function pollLead(
  doc: Document,
  i: number,
  lo: number,
  hi: number,
): { source: [number, number]; start: number } | null {
  if (i !== lo || doc.tokens[i].norm !== 'in' || !doc.tokens[i].cap) return null;
  let head = -1;
  for (let j = i + 1; j < hi && j - i <= HEAD_REACH; j++) {
    const t = doc.tokens[j];
    if (isQuoted(doc, j) || BEFORE_HEAD_BREAKS.has(t.norm)) return null;
    if (t.kind === 'punct' && !['/', '-', '&', '–'].includes(t.text)) return null;
    if (t.kind === 'word' && POLL_NOUNS.has(t.norm)) {
      head = j;
      break;
    }
  }
  if (head < 0) return null;
  const first = pieceComma(doc, head + 1, hi, TAIL_REACH);
  if (first < 0) return null;
  let comma = first;
  // "In the latest Gazette poll, conducted in May, C": the participle's piece describes the poll
  // (the source ends before it, as after "According to", so that the poll names the speaker).
  if (POLL_PARTICIPLES.has(doc.tokens[comma + 1]?.norm ?? '')) {
    const second = pieceComma(doc, comma + 2, hi, TAIL_REACH);
    if (second < 0) return null;
    comma = second;
  }
  // "In a Gazette poll, however, C": the adverb set off in commas is the narrator's.
  const start =
    doc.tokens[comma + 2]?.text === ',' && doc.tokens[comma + 1].kind === 'word' ? comma + 3 : comma + 1;
  if (contentEnd(doc, lo, hi) - start < MIN_CONTENT) return null;
  return { source: [i + 1, first], start };
}

/** Is token i the "In" opening a sentence [lo, hi) on a poll ("In a Gazette poll, C")? */
export function isPollLead(doc: Document, i: number, lo: number, hi: number): boolean {
  return pollLead(doc, i, lo, hi) !== null;
}

/** The frame of a poll lead cue: the poll, and the clause after its comma. Null for other cues. */
export function pollLeadFrame(doc: Document, cue: CueTokens, lo: number, hi: number): Frame | null {
  if (cue.last - cue.first !== 1) return null;
  const lead = pollLead(doc, cue.first, lo, hi);
  if (!lead) return null;
  return makeFrame(cue, lead.source, [[lead.start, contentEnd(doc, lo, hi)]], true);
}

/** Determiners of a named poll after a clause ("… in a Gazette poll", "… in the latest KTV poll"). */
const TAIL_DETERMINERS = new Set(['a', 'an', 'the']);

/** Participles naming those a poll asked ("those surveyed in the Gazette poll"). */
const POLLED = new Set(['surveyed', 'polled', 'questioned', 'interviewed', 'sampled']);

/** Months, which name when a poll was taken, not who took it ("the mid-January poll"). */
const MONTHS = new Set([
  ...['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september'],
  ...['october', 'november', 'december'],
]);

/** Words of a poll's tail: when it was taken or released ("… poll released Sunday", "… this month"). */
const TAIL_WORDS = new Set([
  ...POLL_PARTICIPLES,
  ...['this', 'last', 'that', 'the', 'same', 'week', 'month', 'year', 'earlier', 'weekend', 'on', 'in'],
]);

/** Tokens of a poll's tail before the clause ends ("… poll released Sunday."). */
const END_REACH = 6;

/**
 * "Vask led Tilde by 5 points in a new Gazette/KTV poll.": a clause ended by "in" a named poll
 * (a determiner, a capitalised name, the poll noun, a short tail, then the sentence's end or a
 * comma) is the poll's finding. Returns the source and the content, or null.
 */
function pollTail(
  doc: Document,
  i: number,
  lo: number,
  hi: number,
): { source: [number, number]; content: [number, number] } | null {
  const t = doc.tokens[i];
  if (i <= lo + 2 || t.norm !== 'in' || t.cap || isQuoted(doc, i)) return null;
  if (doc.tokens[i - 1].kind === 'punct') return null;
  if (!TAIL_DETERMINERS.has(doc.tokens[i + 1]?.norm ?? '')) return null;
  let head = -1;
  let named = false;
  for (let j = i + 2; j < hi && j - i <= HEAD_REACH; j++) {
    const w = doc.tokens[j];
    if (isQuoted(doc, j) || BEFORE_HEAD_BREAKS.has(w.norm)) return null;
    if (w.kind === 'punct' && !['/', '-', '&', '–'].includes(w.text)) return null;
    if (w.kind === 'word' && POLL_NOUNS.has(w.norm)) {
      head = j;
      break;
    }
    if (w.cap && !MONTHS.has(w.norm.replace(/^mid-/, ''))) named = true;
  }
  if (head < 0 || !named) return null;
  const end = contentEnd(doc, lo, hi);
  let close = head + 1;
  while (close < end && close - head <= END_REACH && doc.tokens[close].text !== ',') {
    const w = doc.tokens[close];
    if (!(w.cap || w.kind === 'number' || ['.', '-', '–'].includes(w.text) || TAIL_WORDS.has(w.norm)))
      return null;
    close++;
  }
  if (close !== end && doc.tokens[close]?.text !== ',') return null;
  const start = pastOpeningPhrases(doc, afterJoin(doc, lo, i), i);
  if (i - start < 3) return null;
  // Not a clause with a verb of saying of its own ("Most voters said they … in a Gazette poll"),
  // whose statement's content runs through the poll, nor one naming those polled ("… backed by 40
  // percent of those surveyed in the Gazette poll"), nor the poll inside an absolute "…, with 61
  // percent rating her well in a Gazette poll".
  const speech = wordSet('speech-core');
  for (let j = start; j < i; j++) {
    const w = doc.tokens[j];
    if (w.norm !== w.lemma && speech.has(w.lemma)) return null;
    if (POLLED.has(w.norm) || (w.norm === 'with' && doc.tokens[j - 1]?.text === ',')) return null;
  }
  return { source: [i + 1, close], content: [start, i] };
}

/** Is token i the "in" of a clause ended by a named poll ("… in a Gazette poll.")? */
export function isPollTail(doc: Document, i: number, lo: number, hi: number): boolean {
  return pollTail(doc, i, lo, hi) !== null;
}

/** The frame of a poll tail cue: the poll, and the clause before it. Null for other cues. */
export function pollTailFrame(doc: Document, cue: CueTokens, lo: number, hi: number): Frame | null {
  if (cue.last - cue.first !== 1) return null;
  const tail = pollTail(doc, cue.first, lo, hi);
  return tail ? makeFrame(cue, tail.source, [tail.content], true) : null;
}
