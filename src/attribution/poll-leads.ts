// "In a Harlow Gazette poll released Monday, 61 percent of voters backed the levy": a sentence
// opened by "In" and a poll or survey reports the poll's finding, and PolNeAR marks it so (cue
// "In", source the poll, content the clause after the comma; train: 20 of 23 such openings). The
// tagger, which never learned a preposition as a cue, leaves them untagged (cues.ts), and the
// statement filter has not seen them either: the frame is kept as built.
import type { Document } from '../text/document.js';
import { makeFrame, type Frame } from './frame.js';
import { contentEnd } from './sources.js';
import type { CueTokens } from './types.js';
import { isQuoted } from './quotes.js';

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
