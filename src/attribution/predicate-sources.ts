// A source span that opens on a lowercase finite verb ("distinguished herself in the council",
// "had no trouble breaking with her boss", "undermines trust in the vote") is a predicate the
// source reader took for a noun phrase, mostly before a participle hung on it ("… by saying",
// "… in endorsing", "…, saying"). Whoever speaks is that verb's subject: the noun phrase opening
// its clause, across coordinated predicates and an aside in commas ("Vell, on the other hand,
// had …").
import { isIrregularVerbForm } from '../lexicon/exceptions.js';
import { hasLemma } from '../lexicon/wordnet.js';
import type { Document } from '../text/document.js';
import { isDash } from './aside-subjects.js';
import { isOpeningAdverb } from './opening-adverbs.js';
import { isQuoted } from './quotes.js';
import { subjectAt } from './sentence-subject.js';
import type { TokenRange } from './types.js';
import { wordSet } from '../lexicon/load.js';
import { FINITE, mayBeFiniteVerb } from './word-forms.js';

/** Words after which a clause, and so its subject, may open. */
const CLAUSE_OPENERS = new Set([
  ...['when', 'while', 'as', 'because', 'if', 'since', 'after', 'before', 'although', 'though'],
  ...['and', 'but', 'whereas', 'once', 'until', 'unless'],
]);

/** Words opening a verb's object ("herself", "the", "his"). */
const OBJECT_OPENERS = new Set([
  ...['himself', 'herself', 'themselves', 'itself', 'him', 'her', 'them', 'it', 'us', 'me'],
  ...['the', 'a', 'an', 'his', 'their', 'its', 'this', 'that', 'these', 'those'],
]);

/** Tokens back from the verb within which its subject is looked for. */
const REACH = 60;
/** Tokens an aside between the subject and its verb may run. */
const ASIDE_REACH = 8;

/** Is token i a lowercase finite verb that cannot head a noun phrase ("had", "distinguished",
 *  "undermines"; not "emails", a plural noun too, nor "made by", a passive participle)? */
function isPredicateVerb(doc: Document, i: number): boolean {
  const t = doc.tokens[i];
  if (t.kind !== 'word' || t.cap || !mayBeFiniteVerb(doc, i)) return false;
  if (FINITE.has(t.norm)) return true;
  if (doc.tokens[i + 1]?.norm === 'by') return false;
  if (isIrregularVerbForm(t.norm)) return !hasLemma(t.norm, 'n') && !hasLemma(t.norm, 'a');
  // ("distinguished herself", "retired the debt": an adjective too, before its object.)
  if (t.norm.endsWith('ed'))
    return !hasLemma(t.norm, 'a') || OBJECT_OPENERS.has(doc.tokens[i + 1]?.norm ?? '');
  return !hasLemma(t.lemma, 'n');
}

/** Is token i a lowercase verb or adverb, which ends no noun phrase ("made", "always")? */
function endsOnVerb(doc: Document, i: number): boolean {
  const t = doc.tokens[i];
  if (t.kind !== 'word' || t.cap) return false;
  if (FINITE.has(t.norm) || isIrregularVerbForm(t.norm)) return !hasLemma(t.norm, 'n');
  return hasLemma(t.norm, 'r') && !hasLemma(t.norm, 'n') && !hasLemma(t.norm, 'a');
}

/** Is token i a place where a clause may open (after the sentence's start, a comma, a dash or a
 *  subordinating word)? */
function clauseOpensAt(doc: Document, i: number, lo: number): boolean {
  if (i === lo) return true;
  const before = doc.tokens[i - 1];
  if (isQuoted(doc, i - 1)) return false;
  return before.text === ',' || before.text === '—' || before.text === '-' || CLAUSE_OPENERS.has(before.norm);
}

/** Does an aside in commas run from `comma` to the verb at v ("…, on the other hand, had")? */
function asideBefore(doc: Document, comma: number, v: number): boolean {
  if (doc.tokens[comma]?.text !== ',' || doc.tokens[v - 1]?.text !== ',' || v - comma > ASIDE_REACH)
    return false;
  for (let i = comma + 1; i < v - 1; i++)
    if (doc.tokens[i].kind !== 'word' || mayBeFiniteVerb(doc, i)) return false;
  return v - 1 > comma + 1;
}

/**
 * When the source span opens on a predicate's verb, the subject of that verb; undefined when the
 * span is no predicate or no subject is found (dropping the span would drop the statement).
 */
export function predicateSubject(
  doc: Document,
  [s, e]: TokenRange,
  cueFirst: number,
): TokenRange | undefined {
  if (isQuoted(doc, s)) return undefined;
  const lo = doc.sentences[doc.tokens[s].sentence].tokenStart;
  // ("… to hear prosecutors specify", "… the story Ann Roe told": a span that runs up to its cue
  // may end on the cue's own subject; not on a verb or an adverb ("… has always | maintained"),
  // nor before a participle ("… has drawn crowds | describing").)
  const cueWord = doc.tokens[cueFirst]?.norm ?? '';
  const cueSubject =
    e === cueFirst && e - s > 1 && !endsOnVerb(doc, e - 1) && !cueWord.endsWith('ing') && cueWord !== 'to';
  if (!cueSubject && isVerbAfterAside(doc, s)) {
    // ("Ada Holm, the mayor who took office in May, used …": a verb right after an aside; "The
    // judge -- who has been … -- said": a verb inside the aside closing before the cue.)
    const before = subjectBeforeAside(doc, s, lo) ?? subjectBeforeAside(doc, cueFirst, lo);
    if (before && before[1] <= s) return before;
  }
  if (!isPredicateVerb(doc, s)) return undefined;
  if (e === cueFirst && e - s > 1 && !endsOnVerb(doc, e - 1)) return undefined;
  for (let k = s - 1; k >= lo && s - k <= REACH; k--) {
    const t = doc.tokens[k];
    if (t.text === ';' || t.text === ':') break;
    if (!clauseOpensAt(doc, k, lo)) continue;
    const np = subjectAt(doc, k, s);
    if (!np) continue;
    const end = np[1];
    // The subject right before the verb, before an aside and the verb, or before a verb that the
    // span's predicate is coordinated with.
    if (
      end === s ||
      asideBefore(doc, end, s) ||
      (end < s && mayBeFiniteVerb(doc, end) && coordinated(doc, end, s))
    )
      return np;
  }
  return undefined;
}

/** May token i be a verb (not "trips", a plural noun too, nor a participle in -ing)? */
function isVerbAfterAside(doc: Document, i: number): boolean {
  const t = doc.tokens[i];
  if (t.norm.endsWith('ing')) return false;
  // ("…, the largest network, hit back": a past the same as its base, which WordNet's irregular
  // forms leave out.)
  if (!t.cap && wordSet('spin-same-past').has(t.norm)) return true;
  if (!mayBeFiniteVerb(doc, i)) return false;
  return FINITE.has(t.norm) || !t.norm.endsWith('s') || !hasLemma(t.lemma, 'n');
}

/** Tokens an aside closed right before a verb may run ("Ada Holm, the mayor who … May, used"). */
const LONG_ASIDE = 40;

/**
 * The noun phrase before an aside in commas or dashes that closes right before the verb at v
 * ("Ada Holm, the mayor who took office in May, | used …", "The judge -- who … -- | said"), when
 * it opens a clause; the nearest such aside, so not a chain of them.
 */
function subjectBeforeAside(doc: Document, v: number, lo: number): TokenRange | undefined {
  let close = v - 1;
  const dashed = isDash(doc, close);
  if (!dashed && doc.tokens[close]?.text !== ',') return undefined;
  if (dashed && doc.tokens[close - 1]?.text === '-') close--;
  let open = close - 1;
  for (; open > lo && close - open <= LONG_ASIDE; open--) {
    const t = doc.tokens[open];
    if (t.text === ';' || t.text === ':' || isQuoted(doc, open)) return undefined;
    if (dashed ? isDash(doc, open) : t.text === ',') break;
    if (!dashed && isDash(doc, open)) return undefined;
  }
  if (open <= lo || close - open > LONG_ASIDE || open + 1 >= close) return undefined;
  // ("Ann Roe, the mayor, | retired …": an aside in commas opens on no verb of its own, and holds
  // none but a relative clause's: "Later, rates have stayed low, | belying …" is no aside.)
  if (!dashed)
    for (let i = open + 1; i < close; i++) {
      const t = doc.tokens[i];
      if (t.norm === 'who' || t.norm === 'whose' || t.norm === 'which') break;
      if (FINITE.has(t.norm) || (i === open + 1 && mayBeFiniteVerb(doc, i))) return undefined;
    }
  if (dashed && doc.tokens[open - 1]?.text === '-') open--;
  for (let k = open - 1; k >= lo && open - k <= REACH; k--) {
    const t = doc.tokens[k];
    if (t.text === ';' || t.text === ':') break;
    if (!clauseOpensAt(doc, k, lo)) continue;
    const np = subjectAt(doc, k, open);
    // ("Meanwhile, …": an opening adverb is no subject.)
    if (np && np[1] === open && !(np[1] - np[0] === 1 && isOpeningAdverb(doc, np[0]))) return np;
  }
  return undefined;
}

/** Is the predicate at v coordinated with the one at e ("took a softer line …, was cool … and
 *  distinguished …"): "and" or "but" before v, no subject-opening clause word in between? */
function coordinated(doc: Document, e: number, v: number): boolean {
  const before = doc.tokens[v - 1]?.norm;
  if (before !== 'and' && before !== 'but') return false;
  for (let i = e + 1; i < v - 1; i++) {
    const t = doc.tokens[i];
    if (t.text === ';' || (CLAUSE_OPENERS.has(t.norm) && t.norm !== 'and' && t.norm !== 'but')) return false;
  }
  return true;
}
