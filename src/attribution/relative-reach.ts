// A relative "who"/"which" is the source of a cue a little way after it, as PolNeAR marks it:
// across an adjunct ("Brandt, who has in the past described …", "who through his office
// declined …"), an aside in commas ("…, who, on a call Friday, criticized …") or a first verb
// it shares ("Tarn, who saw the crash and described it …"). Without these the span was the
// adjunct's words, nothing, or the sentence's subject (the antecedent's name is resolved the same
// either way, in pronouns.ts).
import { wordSet } from '../lexicon/load.js';
import type { Document } from '../text/document.js';
import { isQuoted } from './quotes.js';
import type { TokenRange } from './types.js';
import { hasLemma } from '../lexicon/wordnet.js';
import { mayBeFiniteVerb, NOMINATIVE_PRONOUNS, PREPOSITIONS } from './word-forms.js';

/** Relative pronouns that may be a subject. */
const SUBJECT_RELATIVES = new Set(['who', 'which']);

/** Longest adjunct read between a relative pronoun and its cue ("has in the past"). */
const MAX_ADJUNCT = 5;

/** Longest aside in commas read between a relative pronoun and its cue. */
const MAX_ASIDE = 16;

/** Longest first verb phrase read before a shared relative subject's "and". */
const MAX_CONJUNCT = 25;

/** Words opening a clause of their own: a verb after them may have another subject. */
const CLAUSE_OPENERS = new Set([
  ...['that', 'when', 'if', 'because', 'while', 'although', 'though', 'whether', 'where', 'whom'],
  ...['whose', 'what', 'unless', 'since', 'until', 'once'],
]);

/** A subject "who"/"which" at token i: after a word or a comma, not a preposition ("in which …"). */
function isRelativeSubject(doc: Document, i: number, lo: number): boolean {
  const t = doc.tokens[i];
  if (i <= lo || !SUBJECT_RELATIVES.has(t.norm) || isQuoted(doc, i)) return false;
  const prev = doc.tokens[i - 1];
  return prev.text !== '.' && !PREPOSITIONS.has(prev.norm);
}

/** Does a verb, auxiliary or adverb follow token i at once (not "which critics said", "who Lind met")? */
function verbFollows(doc: Document, i: number): boolean {
  const next = doc.tokens[i + 1];
  return (
    !!next &&
    next.kind === 'word' &&
    !next.cap &&
    (mayBeFiniteVerb(doc, i + 1) ||
      wordSet('attribution-source-skip').has(next.norm) ||
      (next.norm.endsWith('ly') && hasLemma(next.norm, 'r')))
  );
}

/** A hyphen inside a word ("self-deportation"), not a dash standing apart. */
function isInnerHyphen(doc: Document, j: number): boolean {
  const t = doc.tokens[j];
  return t.text === '-' && doc.tokens[j - 1]?.end === t.start && doc.tokens[j + 1]?.start === t.end;
}

/**
 * Does a finite verb stand in the clause before a relative pronoun at token r that no comma or
 * dash sets off ("He thanked those who quit but said …": "said" may be the main clause's)?
 */
function verbBeforeRestrictive(doc: Document, r: number, lo: number): boolean {
  const prev = doc.tokens[r - 1];
  if (
    prev.text === ',' ||
    prev.text === '—' ||
    prev.text === '–' ||
    (prev.text === '-' && !isInnerHyphen(doc, r - 1))
  )
    return false;
  for (let j = r - 1; j >= lo; j--) {
    const t = doc.tokens[j];
    if (t.kind === 'punct' && !isInnerHyphen(doc, j) && !/^[’'.]/.test(t.text)) return false;
    if (mayBeFiniteVerb(doc, j)) return true;
  }
  return false;
}

/** Words that may stand alone between a relative pronoun and its verb ("who has both endorsed"). */
const LONE_ADJUNCTS = new Set(['both', 'also', 'even', 'since', 'once', 'still', 'first']);

/** Prepositions that may open such an adjunct ("through his office", "for weeks"). */
const ADJUNCT_PREPOSITIONS = new Set([
  ...PREPOSITIONS,
  ...['through', 'over', 'under', 'via', 'throughout', 'across', 'amid', 'despite', 'after', 'before'],
]);

/** Longest noun phrase read after an adjunct's preposition ("in the past", "through his office"). */
const MAX_PREPOSITION_OBJECT = 3;

/**
 * "who has in the past described", "who through his office declined": a relative pronoun before
 * the cue at `cue` with only auxiliaries, adverbs and prepositional phrases between (not "which
 * critics said", whose subject stands between). Null when there is none.
 */
export function relativeAcrossAdjunct(doc: Document, cue: number, lo: number): TokenRange | null {
  let r = cue - 1;
  while (r > lo && cue - 1 - r < MAX_ADJUNCT && !SUBJECT_RELATIVES.has(doc.tokens[r].norm)) r--;
  if (r <= lo || r === cue - 1 || !isRelativeSubject(doc, r, lo)) return null;
  // ("in which …", "to which …": the pronoun is a preposition's object.)
  if (PREPOSITIONS.has(doc.tokens[r - 1].norm)) return null;
  const skip = wordSet('attribution-source-skip');
  let adjunct = false;
  for (let j = r + 1; j < cue;) {
    const t = doc.tokens[j];
    if (t.kind !== 'word' || isQuoted(doc, j)) return null;
    if (skip.has(t.norm) || (t.norm.endsWith('ly') && hasLemma(t.norm, 'r'))) {
      j++;
      continue;
    }
    if (LONE_ADJUNCTS.has(t.norm)) {
      adjunct = true;
      j++;
      continue;
    }
    // "at least one former employee" is a subject, not an adjunct.
    if (!ADJUNCT_PREPOSITIONS.has(t.norm) || /^(?:least|most)$/.test(doc.tokens[j + 1]?.norm ?? ''))
      return null;
    let k = j + 1;
    while (k < cue && k - j <= MAX_PREPOSITION_OBJECT && !skip.has(doc.tokens[k].norm)) {
      const w = doc.tokens[k];
      if (w.kind !== 'word' || mayBeFiniteVerb(doc, k) || ADJUNCT_PREPOSITIONS.has(w.norm)) break;
      k++;
    }
    if (k === j + 1) return null;
    adjunct = true;
    j = k;
  }
  return adjunct ? [r, r + 1] : null;
}

/**
 * "…, who, on a radio show Monday, criticized": the cue right after an aside in commas that a
 * relative pronoun and its comma open. `comma` is the comma before the cue; null when no such aside.
 */
export function relativeBeforeAside(doc: Document, comma: number, lo: number): TokenRange | null {
  if (doc.tokens[comma]?.text !== ',' || isQuoted(doc, comma)) return null;
  for (let j = comma - 1; j > lo && comma - j <= MAX_ASIDE; j--) {
    const t = doc.tokens[j];
    if (t.kind !== 'punct') continue;
    if (t.text !== ',') return null;
    return j - 1 > lo && isRelativeSubject(doc, j - 1, lo) && j < comma - 1 ? [j - 1, j] : null;
  }
  return null;
}

/**
 * "Tarn, who saw the crash and described it": a cue right after "and"/"but" (token `conj`) whose
 * first conjunct a relative pronoun opens, with no punctuation, other subject or clause between.
 * Null otherwise.
 */
export function relativeOfConjunct(doc: Document, conj: number, lo: number): TokenRange | null {
  let verb = false;
  for (let j = conj - 1; j >= lo && conj - j <= MAX_CONJUNCT; j--) {
    const t = doc.tokens[j];
    if (isRelativeSubject(doc, j, lo))
      return verb && verbFollows(doc, j) && !verbBeforeRestrictive(doc, j, lo) ? [j, j + 1] : null;
    // (Inside a word: "self-deportation", "Marlow’s".)
    if (t.kind === 'punct' && !isInnerHyphen(doc, j) && !/^[’']/.test(t.text)) return null;
    if (CLAUSE_OPENERS.has(t.norm) || NOMINATIVE_PRONOUNS.has(t.norm) || isQuoted(doc, j)) return null;
    if (t.norm === 'and' || t.norm === 'but' || t.norm === 'or') continue;
    if (mayBeFiniteVerb(doc, j)) verb = true;
  }
  return null;
}
