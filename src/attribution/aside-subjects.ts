// The subject of a cue set apart from it by asides: "Sen. Ada Holm (D-Ore.), said …",
// "Ken Rusk — a farmer from Elm Park — says …", "As Ida Lunn, a former minister of transport,
// put it: …", "Last week, Ed Pole, editor of The Ledger, an old paper, wrote …". The rules that
// read a source before a cue stop at the first comma, dash or bracket, and the appositive readers
// expect one aside opening the sentence; when they find no one, the noun phrase that opens the
// clause, followed only by asides (in commas, dashes or brackets) running up to the cue, is its
// subject. PolNeAR marks that noun phrase (with its asides) as the source.
import { hasLemma } from '../lexicon/wordnet.js';
import { wordSet } from '../lexicon/load.js';
import type { Document } from '../text/document.js';
import { isParticipialLead } from './lead-phrases.js';
import { isCloseQuote, isOpenQuote, quoteEndAfter } from './quotes.js';
import { nameBetween } from './appositives.js';
import { DETERMINERS } from './names.js';
import { namesSpeaker, QUANTIFIERS } from './sources.js';
import { beforeCueWords, sourceBefore } from './source-before.js';
import { timePhrase } from './times.js';
import type { CueTokens, TokenRange } from './types.js';
import {
  FINITE,
  mayBeFiniteVerb,
  PASSIVE_AUXILIARIES,
  PREPOSITIONS,
  RELATIVE_PRONOUNS,
  DASHES,
} from './word-forms.js';
import { isAdverbWord } from './opening-adverbs.js';

/** A dash standing apart ("—", "–", or a spaced hyphen; "--" is two hyphens). */
export function isDash(doc: Document, i: number): boolean {
  const t = doc.tokens[i];
  if (!t || t.kind !== 'punct') return false;
  if (!DASHES.has(t.text)) return false;
  if (t.text !== '-') return true;
  const prev = doc.tokens[i - 1];
  const next = doc.tokens[i + 1];
  // (Not a hyphen joining words: "Three-in-five" is one token, but "D - Ore" is not.)
  return !(prev && next && prev.end === t.start && next.start === t.end && prev.kind !== 'punct');
}

/** Where a dash at i ends: one token, or two for "--". */
function dashEnd(doc: Document, i: number): number {
  return doc.tokens[i].text === '-' && doc.tokens[i + 1]?.text === '-' ? i + 2 : i + 1;
}

/** Words that may open the clause before its subject ("But", "Or, as …", "When …"). */
const CLAUSE_LEADS = new Set([
  'and',
  'but',
  'or',
  'yet',
  'so',
  'as',
  'when',
  'while',
  'after',
  'since',
  'because',
  'though',
  'although',
]);

/** Longest stretch from the subject to the cue read as a subject with asides. */
const MAX_SPAN = 60;
/** Longest aside in brackets ("(D-Ore.)", "(R)"). */
const MAX_BRACKET = 8;

/** Tokens [s, e) may be the subject noun phrase: no verb of a clause, no time, no adverb. */
function plainSubject(doc: Document, [s, e]: TokenRange): boolean {
  if (!namesSpeaker(doc, [s, e])) return false;
  if (timePhrase(doc, s, e) > 0) return false;
  const first = doc.tokens[s];
  if (e - s === 1 && isAdverbWord(first)) return false;
  for (let i = s; i < e; i++) {
    const t = doc.tokens[i];
    if (t.kind !== 'word') continue;
    // ("The judges who ruled that …": a relative clause's verb is the subject's own.)
    if (i > s && RELATIVE_PRONOUNS.has(t.norm)) break;
    if (FINITE.has(t.norm)) return false;
    // ("officers", "speakers": a plural in -s is a noun here; "rallied", "ran" are verbs.)
    if (i > s && mayBeFiniteVerb(doc, i) && !t.norm.endsWith('s')) return false;
  }
  return true;
}

/** Do asides from `p` (a comma, dash or bracket after the subject) run up to the cue's `b`? */
function asidesReach(doc: Document, p: number, b: number): boolean {
  let pos = p;
  while (pos <= b) {
    const t = doc.tokens[pos];
    if (t.text === '(') {
      let close = pos + 1;
      while (close < b && close - pos <= MAX_BRACKET && doc.tokens[close].text !== ')') close++;
      if (doc.tokens[close]?.text !== ')' || close - pos > MAX_BRACKET) return false;
      pos = close + 1;
      // "Sen. Ada Holm (D-Ore.) said" needs no help; after the bracket a comma must follow.
      if (pos > b) return false;
      continue;
    }
    if (isDash(doc, pos)) {
      if (pos === b) return true;
      let d = dashEnd(doc, pos);
      const open = d;
      while (d < b && !isDash(doc, d)) d++;
      if (d === open || d !== b) return false;
      return !asideBreaks(doc, open, d, true);
    }
    if (t.text === ',') {
      if (pos === b) return true;
      let next = pos + 1;
      while (next < b && doc.tokens[next].text !== ',' && doc.tokens[next].text !== '(' && !isDash(doc, next))
        next++;
      if (next === pos + 1 || asideBreaks(doc, pos + 1, next)) return false;
      pos = next;
      continue;
    }
    return false;
  }
  return false;
}

/**
 * Does [s, e) hold what no aside holds: a colon, a semicolon, a quotation running on past it
 * (a quoted title closing inside it is the aside's: "author of “Old Rules,”"), or a clause's
 * verb ("Acts of protest, the mayor said, are …": a finite form, out of dashes, or a verb of
 * saying), unless the aside is a relative clause ("who faces a tough race")?
 */
function asideBreaks(doc: Document, s: number, e: number, dashed = false): boolean {
  const relative = RELATIVE_OPENERS.has(doc.tokens[s].norm);
  // ("Ford, Toyota and Holden": a list of names, no aside.)
  if (!dashed && doc.tokens[s].cap)
    for (let i = s + 1; i < e - 1; i++)
      if ((doc.tokens[i].norm === 'and' || doc.tokens[i].norm === 'or') && doc.tokens[i + 1].cap) return true;
  for (let i = s; i < e; i++) {
    const t = doc.tokens[i];
    if (t.text === ':' || t.text === ';') return true;
    if (isOpenQuote(doc, i)) {
      const close = quoteEndAfter(doc, i);
      if (close > e + 2) return true;
      i = Math.max(i, close);
      continue;
    }
    if (relative || t.kind !== 'word' || t.cap) continue;
    // (An aside in dashes may be a clause: "Ida Lunn — now that she has won — says".)
    if (FINITE.has(t.norm) && !dashed) return true;
    // (A participle opens an aside: "known as", "mentioned by".)
    if (i > s && t.norm !== t.lemma && wordSet('speech-verbs').has(t.lemma)) return true;
  }
  return false;
}

/** Words opening an aside that is a relative clause. */
const RELATIVE_OPENERS = new Set(['who', 'whose', 'whom', 'which', 'where']);

/**
 * The end of the subject in a source span [s, e) that is a subject and its asides, closed by the
 * comma or dash at e ("Ida Lunn, a former minister of transport" → after "Lunn"), else e: the
 * speaker's name is the subject's.
 */
export function subjectEndBeforeAsides(doc: Document, [s, e]: TokenRange): number {
  const t = doc.tokens[e];
  if (!t || (t.text !== ',' && !isDash(doc, e))) return e;
  let p = s;
  while (p < e && doc.tokens[p].text !== ',' && doc.tokens[p].text !== '(' && !isDash(doc, p)) p++;
  if (p === s || p >= e) return e;
  // ("The police chief, Anna B. Kross", "A neighbour, 64-year-old Ann Roe": a name in the
  // aside is whom the description names.)
  const a = isDash(doc, p) ? dashEnd(doc, p) : p + 1;
  let z = a;
  while (z < e && doc.tokens[z].text !== ',' && !isDash(doc, z)) z++;
  if (z > a && nameBetween(doc, a, z)) return e;
  const np = sourceBefore(doc, p, s);
  return np && np[0] === s && np[1] === p && plainSubject(doc, np) && asidesReach(doc, p, e) ? p : e;
}

/** Tokens [lo, e) hold no verb of a clause ("Last week", "Or", "Reached by phone"). */
function leadWithoutVerb(doc: Document, lo: number, e: number): boolean {
  for (let i = lo; i < e; i++) {
    const t = doc.tokens[i];
    if (FINITE.has(t.norm) || (i > lo && mayBeFiniteVerb(doc, i)) || isDash(doc, i)) return false;
  }
  return true;
}

/** The subject at clause start `s` followed by asides up to the cue's `b`, or null. */
function subjectAt(doc: Document, s: number, b: number, lo: number): TokenRange | null {
  let k = s;
  if (CLAUSE_LEADS.has(doc.tokens[k].norm)) k++;
  if (k > s && CLAUSE_LEADS.has(doc.tokens[k].norm) && doc.tokens[k].norm === 'as') k++;
  let p = k;
  while (p < b && doc.tokens[p].text !== ',' && doc.tokens[p].text !== '(' && !isDash(doc, p)) p++;
  // ("The ad, entitled …": a cue right after the subject's comma is a participle describing it.)
  if (p === k || p >= b) return null;
  // ("…, despite its name, will …": a subject opens on a capital, an article or a quantifier.)
  const head = doc.tokens[k];
  if (!head.cap && !DETERMINERS.has(head.norm) && !QUANTIFIERS.has(head.norm) && !hasLemma(head.lemma, 'n'))
    return null;
  if (PREPOSITIONS.has(head.norm) || head.norm === 'despite') return null;
  const np = sourceBefore(doc, p, k);
  if (!np || np[0] !== k || np[1] !== p || !plainSubject(doc, np)) return null;
  // ("Reached by phone on Tuesday, Joyce …": a participle's phrase is no subject.)
  if (s === lo && isParticipialLead(doc, lo, p)) return null;
  return asidesReach(doc, p, b) ? [k, b] : null;
}

/**
 * The subject of a cue whose words before it end on an aside's comma, dash or bracket, when no
 * other rule found one: the first noun phrase opening a clause (the sentence, or after a
 * comma or dash) that only asides separate from the cue. Not for a participle ("…, saying"),
 * whose subject is the main clause's, nor a passive ("The report, out on Monday, was
 * criticised"), which names no speaker.
 */
export function subjectAcrossAsides(doc: Document, cue: CueTokens, lo: number): TokenRange | null {
  const first = doc.tokens[cue.first];
  if (first.norm.endsWith('ing')) return null;
  let b = beforeCueWords(doc, cue.first - 1, lo);
  if (b <= lo || cue.first - b > 4) return null;
  for (let i = b + 1; i < cue.last; i++) if (PASSIVE_AUXILIARIES.has(doc.tokens[i].norm)) return null;
  // ("Ed Lunn, author of “Old Rules,” wrote": the comma inside the title's quotation closes the aside.)
  let q = b;
  while (q > lo && isCloseQuote(doc, q) && doc.tokens[q].kind === 'punct') q--;
  if (q < b && doc.tokens[q].text === ',') b = q;
  const bt = doc.tokens[b];
  if (bt.text !== ',' && !isDash(doc, b)) return null;
  // ("--": the cue's dash is its first hyphen.)
  const close = bt.text === '-' && doc.tokens[b - 1]?.text === '-' ? b - 1 : b;
  for (let s = Math.max(lo, close - MAX_SPAN); s < close; s++) {
    // After a comma only when what opens the sentence is a lead with no verb ("Last week, …").
    if (s > lo && !isDash(doc, s - 1) && !(doc.tokens[s - 1].text === ',' && leadWithoutVerb(doc, lo, s - 1)))
      continue;
    const found = subjectAt(doc, s, close, lo);
    if (found) return found;
  }
  return null;
}
