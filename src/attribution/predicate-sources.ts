// A source span that opens on a lowercase finite verb ("distinguished herself in the council",
// "had no trouble breaking with her boss", "undermines trust in the vote") is a predicate the
// source reader took for a noun phrase, mostly before a participle hung on it ("… by saying",
// "… in endorsing", "…, saying"). Whoever speaks is that verb's subject: the noun phrase opening
// its clause, across coordinated predicates and an aside in commas ("Vell, on the other hand,
// had …").
import { isIrregularVerbForm } from '../lexicon/exceptions.js';
import { hasLemma } from '../lexicon/wordnet.js';
import type { Document } from '../text/document.js';
import { isQuoted } from './quotes.js';
import { subjectAt } from './sentence-subject.js';
import type { TokenRange } from './types.js';
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
  if (!isPredicateVerb(doc, s) || isQuoted(doc, s)) return undefined;
  // ("… to hear prosecutors specify", "… the story Ann Roe told": a span that runs up to its cue
  // may end on the cue's own subject.)
  if (e === cueFirst && e - s > 1) return undefined;
  const lo = doc.sentences[doc.tokens[s].sentence].tokenStart;
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
