// What follows a reported clause inside the same sentence and is no part of it (settle.ts, after
// the learned end cut): the narrator's verdict on a figure or claim ("…, a figure disputed by the
// army") and the main clause's predicate after a relative clause that reports ("Tam Orrin, who says
// he was held for a week, wept as …").
import { isIrregularVerbForm } from '../lexicon/exceptions.js';
import { loadPairs } from '../lexicon/load.js';
import { hasLemma } from '../lexicon/wordnet.js';
import type { Document } from '../text/document.js';
import { isQuoted } from './quotes.js';
import { beforeCueWords } from './source-before.js';
import type { CueTokens } from './types.js';
import { FINITE, mayBeFiniteVerb } from './word-forms.js';

/** Verbs of checking or contesting what was said, besides the cues of denying ("could not be verified"). */
const CHECKING = new Set([
  'verify',
  'confirm',
  'corroborate',
  'substantiate',
  'check',
  'contest',
  'challenge',
  'question',
]);

/** Lemmas of verbs that judge the truth of what was said: checking, or a cue of stance deny. */
let verdictLemmas: ReadonlySet<string> | null = null;
function verdictVerbs(): ReadonlySet<string> {
  if (verdictLemmas) return verdictLemmas;
  const set = new Set(CHECKING);
  for (const [cue, stance] of loadPairs('stance-cues'))
    if (stance === 'deny' && !cue.includes(' ')) set.add(cue);
  verdictLemmas = set;
  return set;
}

/** Words between a relative word and the participle of a verdict ("that could not be independently"). */
const VERDICT_AUXILIARIES = new Set([
  ...['could', 'can', 'cannot', 'may', 'might', 'would', 'will', 'has', 'have', 'had'],
  ...['be', 'been', 'is', 'was', 'are', 'were', 'not', 'yet', 'so', 'far', 'since'],
]);

/** Longest noun phrase (after its article) of a verdict: "a figure", "an independent estimate". */
const VERDICT_NOUN_WORDS = 3;

/**
 * Does the narrator's verdict on what was said open at the comma at token i: ", a figure that
 * could not be independently verified", ", a figure disputed by the army", ", an account the
 * ministry denies"? The verdict's verb checks or denies (a cue of stance deny).
 */
export function verdictAt(doc: Document, i: number, end: number): boolean {
  if (doc.tokens[i]?.text !== ',' || isQuoted(doc, i)) return false;
  const article = doc.tokens[i + 1]?.norm;
  if (article !== 'a' && article !== 'an') return false;
  const verbs = verdictVerbs();
  let j = i + 2;
  const nounStart = j;
  while (j < end && j - nounStart < VERDICT_NOUN_WORDS) {
    const t = doc.tokens[j];
    if (t.kind !== 'word' || t.cap || FINITE.has(t.norm)) return false;
    if (t.norm === 'that' || t.norm === 'which') break;
    if (j > nounStart && verbs.has(t.lemma) && t.norm !== t.lemma) return doc.tokens[j + 1]?.norm === 'by';
    j++;
  }
  if (j === nounStart || j >= end) return false;
  if (doc.tokens[j].norm !== 'that' && doc.tokens[j].norm !== 'which') return false;
  for (let k = j + 1; k < end && k - j <= 6; k++) {
    const t = doc.tokens[k];
    if (t.kind !== 'word') return false;
    if (verbs.has(t.lemma) && t.norm !== t.lemma) return true;
    if (!VERDICT_AUXILIARIES.has(t.norm) && !t.norm.endsWith('ly')) return false;
  }
  return false;
}

/** Relative pronouns that open a clause on a person or body before its cue. */
const RELATIVES = new Set(['who', 'which']);

/** Is token i a past form of a verb ("wept", "attended") or a finite auxiliary ("was", "has")? */
function pastOrAuxiliary(doc: Document, i: number): boolean {
  const t = doc.tokens[i];
  if (t.kind !== 'word' || t.cap || !mayBeFiniteVerb(doc, i)) return false;
  return FINITE.has(t.norm) || isIrregularVerbForm(t.norm) || t.norm.endsWith('ed');
}

/**
 * "One of them, Tam Orrin, who says he was held for a week, | wept as the verdict was read": a
 * cue in a relative clause on the sentence's subject (no verb before the relative's comma)
 * reports up to the comma before the main clause's verb, the last such comma in the content.
 * Returns the content's new end, or `cut`.
 */
export function beforeMainPredicate(doc: Document, cue: CueTokens, s: number, cut: number): number {
  const lo = doc.sentences[cue.sentence].tokenStart;
  const j = cue.first > lo ? beforeCueWords(doc, cue.first - 1, lo) : -1;
  if (j <= lo || !RELATIVES.has(doc.tokens[j].norm) || doc.tokens[j - 1].text !== ',') return cut;
  for (let i = lo; i < j - 1; i++) if (mayBeFiniteVerb(doc, i)) return cut;
  for (let i = cut - 2; i > s; i--)
    if (doc.tokens[i].text === ',' && !isQuoted(doc, i) && pastOrAuxiliary(doc, i + 1)) return i;
  return cut;
}

/** The end of a content [s, cut) before the narrator's verdict on it (verdictAt), or `cut`. */
export function beforeVerdict(doc: Document, s: number, cut: number): number {
  for (let i = s + 1; i + 2 < cut; i++) if (verdictAt(doc, i, cut)) return i;
  return cut;
}

/** Longest aside in commas between an object and its infinitive ("the toll, currently 214, to rise"). */
const INFINITIVE_ASIDE = 12;

/**
 * "Officials expect the death toll | , currently 214, to rise", "expect the central bank | , which
 * meets on Tuesday, to raise rates": a cut at an aside in commas after a content that is only a
 * noun phrase, an infinitive right after the aside, parts the object from what it is expected to
 * do; the content runs on.
 */
export function cutBeforeInfinitive(doc: Document, s: number, cut: number, e: number): boolean {
  if (cut + 3 >= e || doc.tokens[cut].text !== ',' || isQuoted(doc, cut)) return false;
  for (let i = s; i < cut; i++)
    if (doc.tokens[i].kind !== 'word' || FINITE.has(doc.tokens[i].norm)) return false;
  for (let j = cut + 2; j + 2 < e && j - cut <= INFINITIVE_ASIDE; j++) {
    const t = doc.tokens[j];
    if (isQuoted(doc, j) || (t.kind === 'punct' && t.text !== ',')) return false;
    if (t.text !== ',') continue;
    const verb = doc.tokens[j + 2];
    return (
      doc.tokens[j + 1].norm === 'to' &&
      verb.kind === 'word' &&
      verb.norm === verb.lemma &&
      hasLemma(verb.norm, 'v')
    );
  }
  return false;
}

/** Words opening a time or condition clause on an infinitive's verb ("to scrap it before it began"). */
const TIME_CLAUSE_OPENERS = new Set(['before', 'until', 'unless', 'once']);

/** Words a time clause's subject opens with ("before it began", "until the term ends"). */
const TIME_CLAUSE_SUBJECTS = new Set(['it', 'they', 'he', 'she', 'we', 'the', 'its', 'their', 'this']);

/** Longest subject between a time clause's opener and its verb ("before the new term began"). */
const TIME_CLAUSE_SUBJECT = 4;

/**
 * "urged the department to scrap the scheme | before it began in September": a cut, with no comma,
 * before a clause of time or condition whose subject (a pronoun or determiner's noun) and verb in
 * the past or a modal follow, in a content that is an
 * infinitive and no clause of its own, parts the act asked for from when it is to be done. Returns
 * the token after that clause's verb, from which the end is decided again, or -1.
 */
export function timeClauseOfInfinitive(doc: Document, s: number, cut: number, e: number): number {
  const opener = doc.tokens[cut];
  if (cut >= e || !opener || !TIME_CLAUSE_OPENERS.has(opener.norm) || isQuoted(doc, cut)) return -1;
  let infinitive = false;
  for (let i = s; i < cut; i++) {
    const t = doc.tokens[i];
    if (t.kind === 'punct' || FINITE.has(t.norm)) return -1;
    const next = doc.tokens[i + 1];
    if (t.norm === 'to' && next.kind === 'word' && next.norm === next.lemma && hasLemma(next.norm, 'v'))
      infinitive = true;
  }
  if (!infinitive) return -1;
  if (!TIME_CLAUSE_SUBJECTS.has(doc.tokens[cut + 1]?.norm ?? '')) return -1;
  for (let k = cut + 2; k < e && k - cut - 1 <= TIME_CLAUSE_SUBJECT; k++) {
    const t = doc.tokens[k];
    if (t.kind !== 'word' || t.cap) return -1;
    if (mayBeFiniteVerb(doc, k) && !t.norm.endsWith('s')) return k + 1;
  }
  return -1;
}

/** The end of a content [s, cut) before the narrator's verdict and the main clause's predicate. */
export function afterAsides(doc: Document, cue: CueTokens, s: number, cut: number): number {
  return beforeMainPredicate(doc, cue, s, beforeVerdict(doc, s, cut));
}
