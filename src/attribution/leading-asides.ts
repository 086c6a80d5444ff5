// "Dana Orr understood, for the first time, the logic of the guild", "the Ledger reported on
// Monday, based on the latest count, the race would go to a second ballot": a phrase on the
// saying itself (when, how, how often, on what ground) closed by a comma right after the cue is no
// part of what was said; the content opens after it (content-start.ts). Left in, the learned end
// cuts the content at the aside's comma and keeps only the aside.
import type { Document } from '../text/document.js';
import { isCloseQuote, isOpenQuote, isQuoted } from './quotes.js';
import { timePhrase } from './times.js';
import { BE_FORMS } from './passive.js';
import type { CueTokens } from './types.js';
import { FINITE, mayBeFiniteVerb, NOUN_PHRASE_OPENERS, QUESTION_WORDS } from './word-forms.js';

/** Prepositions of a phrase opening the sentence ("In ads released Monday, …"). */
const LEAD_PREPOSITIONS = new Set([
  'in',
  'on',
  'at',
  'with',
  'among',
  'during',
  'after',
  'before',
  'for',
  'from',
  'under',
  'amid',
]);

/** Prepositions opening a phrase on the saying ("in harsh terms", "for the first time", "at the outset"). */
const PREPOSITIONS = new Set([
  'for',
  'in',
  'at',
  'on',
  'during',
  'after',
  'before',
  'with',
  'under',
  'until',
]);

/** Adverbs that make a phrase on the saying by themselves ("again", "twice", "privately"). */
const ADVERBS = new Set(['again', 'twice', 'once', 'repeatedly', 'privately', 'publicly', 'still', 'now']);

/** Pronouns of a comparison on the saying ("as I do", "as he did", "as others have"). */
const AS_SUBJECTS = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'others', 'many', 'some']);
const AS_VERBS = new Set(['do', 'does', 'did', 'have', 'has', 'had']);

/** Words opening no content after the aside: the comma closed the sentence's clause, not an aside. */
const NO_CONTENT_OPENERS = new Set([
  ...['and', 'but', 'or', 'so', 'as', 'while', 'when', 'after', 'before', 'because', 'though'],
  ...['although', 'since', 'until', 'whereas', 'which', 'who', 'where', 'even', 'then', 'citing', 'not'],
]);

/** Words opening a clause on the saying between the asides and a "that" ("as she toured the towns"). */
const CLAUSE_ASIDES = new Set(['as', 'while', 'when', 'after', 'before']);
const CLAUSE_ASIDE_TOKENS = 12;

/** Most words of one aside ("in the most blistering terms yet"). */
const ASIDE_WORDS = 7;

/** Fewest words after the asides for them to be asides rather than the content's end. */
const MIN_CONTENT_WORDS = 3;

/** The comma closing an aside that opens at i, or -1. */
function asideComma(doc: Document, i: number, hi: number): number {
  const t = doc.tokens[i];
  if (!t || t.kind !== 'word' || isQuoted(doc, i)) return -1;
  let j = i;
  const time = timePhrase(doc, i, hi);
  if (time > 0) j = i + time;
  else if (ADVERBS.has(t.norm) || (!t.cap && /[a-z]{3}ly$/.test(t.norm))) j = i + 1;
  else if (t.norm === 'as' && AS_SUBJECTS.has(doc.tokens[i + 1]?.norm ?? '')) {
    // "as I do", "as they have"
    if (!AS_VERBS.has(doc.tokens[i + 2]?.norm ?? '')) return -1;
    j = i + 3;
  } else if (PREPOSITIONS.has(t.norm) || (t.norm === 'based' && doc.tokens[i + 1]?.norm === 'on')) {
    j = i + (t.norm === 'based' ? 2 : 1);
    for (; j < hi && j - i <= ASIDE_WORDS; j++) {
      const w = doc.tokens[j];
      if (w.text === ',') break;
      // (Not the cue's own complement: "believe in taxing polluters", "calls on them to act".)
      if (w.kind !== 'word' || (FINITE.has(w.norm) && !w.cap) || w.norm === 'that' || w.norm === 'to')
        return -1;
      if (isOpenQuote(doc, j) || (!w.cap && /[a-z]ing$/.test(w.norm))) return -1;
    }
  } else return -1;
  return j < hi && doc.tokens[j].text === ',' ? j : -1;
}

/** Does a content open at i: a word that is no conjunction, relative or participle, and enough of them before hi? */
function contentOpens(doc: Document, i: number, hi: number): boolean {
  const t = doc.tokens[i];
  if (!t || (t.kind !== 'word' && !isOpenQuote(doc, i))) return false;
  if (NO_CONTENT_OPENERS.has(t.norm) || (!t.cap && /[a-z]ing$/.test(t.norm))) return false;
  // ("… published on Monday, said she would stay": the sentence's own verb.)
  if (!t.cap && mayBeFiniteVerb(doc, i) && !NOUN_PHRASE_OPENERS.has(t.norm) && !QUESTION_WORDS.has(t.norm))
    return false;
  // ("…, capped by the last contest": a participle's phrase.)
  if (/[a-z]ed$/.test(t.norm) && doc.tokens[i + 1]?.norm === 'by') return false;
  let words = 0;
  for (let j = i; j < hi; j++) if (doc.tokens[j].kind === 'word') words++;
  return words >= MIN_CONTENT_WORDS;
}

/**
 * Where the content starts after the asides on the saying that open at `from` (right after the
 * cue or its comma): after the comma closing the last of them, or `from` when none opens there or
 * no content follows them.
 */
export function pastLeadingAsides(doc: Document, cue: CueTokens, from: number, hi: number): number {
  // Not after a colon ("seem to agree: At one point, …" opens the content's own sentence), a
  // passive's or a copula's cue ("was recommended for the job, …") or a participle in an opening
  // phrase ("In ads announced Wednesday, the group …").
  for (let i = cue.first; i < from; i++)
    if (doc.tokens[i].text === ':' || BE_FORMS.has(doc.tokens[i].norm)) return from;
  const lo = doc.sentences[cue.sentence].tokenStart;
  // (Nor a cue with no subject before it, a noun that opens the sentence ("Shares in …, were"), or a
  // participle after a comma ("The deal, announced in May, brings …"), whose content is before it.)
  if (
    cue.first <= lo ||
    (doc.tokens[cue.first - 1].text === ',' && /[a-z]ed$/.test(doc.tokens[cue.first].norm))
  )
    return from;
  if (LEAD_PREPOSITIONS.has(doc.tokens[lo].norm)) {
    let comma = false;
    for (let i = lo; i < cue.first; i++) if (doc.tokens[i].text === ',') comma = true;
    if (!comma) return from;
  }
  // (Nor "the race is close, as Dana Orr said on Monday, …": the "as" clause answers what came before.)
  for (let i = cue.first - 1; i > lo && i >= cue.first - ASIDE_WORDS; i--) {
    if (doc.tokens[i].text === ',') break;
    if (doc.tokens[i].norm === 'as' && (doc.tokens[i - 1].text === ',' || isCloseQuote(doc, i - 1)))
      return from;
  }
  let at = from;
  for (let k = 0; k < 2; k++) {
    const comma = asideComma(doc, at, hi);
    if (comma < 0) break;
    at = comma + 1;
    // "said in Dorrel, Vastland, that …": the place's region.
    if (doc.tokens[at]?.cap && doc.tokens[at + 1]?.text === ',' && !isQuoted(doc, at)) at += 2;
    // ("shows in Dorrel, Vastland and Pell": a list of names goes on after the comma.)
    else if (doc.tokens[at]?.cap && doc.tokens[comma - 1].cap) return from;
  }
  if (at === from) return from;
  // "imagined a year ago, as she toured the towns, that …": a clause on the saying, then "that".
  if (CLAUSE_ASIDES.has(doc.tokens[at]?.norm ?? ''))
    for (let j = at + 1; j + 1 < hi && j - at <= CLAUSE_ASIDE_TOKENS; j++) {
      const t = doc.tokens[j];
      if (t.text === ',') return doc.tokens[j + 1].norm === 'that' ? j + 1 : from;
      if (t.kind === 'punct' || isQuoted(doc, j)) return from;
    }
  return contentOpens(doc, at, hi) ? at : from;
}
