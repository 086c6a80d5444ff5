// The speaker of a participle after a preposition or a time word with no comma before it ("Her
// rival, Ann Roe, has climbed in the surveys by saying …", "Brill, who last week stunned the board
// by questioning …", "Roe could contest the fine, perhaps by arguing …"): whoever does what the
// clause holding the preposition says. settle.ts reads that clause's subject from its start (the
// sentence's, or after the last comma); when the clause opens on a relative pronoun, on a verb
// (its subject stands before an appositive's commas, or before earlier predicates) or on only
// adverbs after a comma, no noun phrase opens it and the saying went to no one, or to words
// before the cue ("last week"). PolNeAR marks the clause's subject as written: the relative
// pronoun, the noun phrase with its appositive.
import type { Document } from '../text/document.js';
import { subjectAcrossAsides } from './aside-subjects.js';
import { predicateSubject } from './predicate-sources.js';
import { isQuoted } from './quotes.js';
import { sentenceSubject, subjectAt } from './sentence-subject.js';
import type { Frame } from './spans.js';
import type { TokenRange } from './types.js';
import { FINITE, mayBeFiniteVerb, RELATIVE_PRONOUNS } from './word-forms.js';
import { hasLemma } from '../lexicon/wordnet.js';

/** Tokens back from the preposition within which its clause's start is looked for. */
const CLAUSE_REACH = 60;

/** Is token i a clause's break (a comma, semicolon or dash outside quotations)? */
function isBreak(doc: Document, i: number): boolean {
  const t = doc.tokens[i].text;
  return (t === ',' || t === ';' || t === '—') && !isQuoted(doc, i);
}

/** Where the clause holding token `at` opens: after the last break before it, or at `lo`. */
function clauseStart(doc: Document, at: number, lo: number): number {
  let start = at;
  while (start > lo && at - start < CLAUSE_REACH && !isBreak(doc, start - 1)) start--;
  return start;
}

/** A lowercase adverb that is no noun ("perhaps", "also", "instead"). */
function isAdverb(doc: Document, i: number): boolean {
  const t = doc.tokens[i];
  return t.kind === 'word' && !t.cap && hasLemma(t.norm, 'r') && !hasLemma(t.norm, 'n');
}

/** Is token i a clause's finite verb ("has", "pressured", "surged")? */
function isVerb(doc: Document, i: number): boolean {
  const t = doc.tokens[i];
  return t.kind === 'word' && !t.cap && (FINITE.has(t.norm) || mayBeFiniteVerb(doc, i));
}

/** The subject of a clause opening on its verb at v: before an aside, or of a predicate before. */
function subjectOfVerb(doc: Document, v: number, at: number, lo: number): TokenRange | null {
  const sentence = doc.tokens[v].sentence;
  const predicate = predicateSubject(doc, [v, at], at + 1);
  if (predicate) return predicate;
  const aside = subjectAcrossAsides(doc, { first: v, last: v + 1, sentence, score: null }, lo);
  if (aside) return aside;
  // "She promised …, opposed the deal and outflanked him by …": predicates in a row, after the
  // sentence's subject.
  const main = sentenceSubject(doc, sentence);
  return main && main[1] < v ? main : null;
}

/**
 * The speaker of a participle after the preposition at `at` when the clause holding it opens on
 * no noun phrase; null when it does (or when none is found).
 */
export function prepositionClauseSubject(doc: Document, at: number): TokenRange | null {
  const lo = doc.sentences[doc.tokens[at].sentence].tokenStart;
  const start = clauseStart(doc, at, lo);
  if (start >= at) return null;
  const first = doc.tokens[start];
  // "…, who last week stunned the board by questioning …".
  if (RELATIVE_PRONOUNS.has(first.norm) && start > lo) return [start, start + 1];
  let k = start;
  while (k < at && isAdverb(doc, k)) k++;
  if (k === at) {
    // "Roe could contest the fine, perhaps by arguing …": the clause before the comma.
    if (start <= lo || doc.tokens[start - 1].text !== ',') return null;
    const before = clauseStart(doc, start - 1, lo);
    return (
      subjectAt(doc, before, start - 1) ??
      (isVerb(doc, before) ? subjectOfVerb(doc, before, start - 1, lo) : null)
    );
  }
  return start > lo && isVerb(doc, start) ? subjectOfVerb(doc, start, at, lo) : null;
}

/**
 * The source to keep, or to take from the statement before, for a participle after the
 * preposition at `at`: a relative pronoun in its clause ("an agency that praised the plan before
 * backing …"), or the source of a statement whose cue stands earlier in the same clause and whose
 * content the preposition is no part of ("“…,” Roe told the radio on Monday after hinting …").
 */
export function clauseSpeakerBefore(doc: Document, at: number, prev: Frame | null): TokenRange | null {
  const lo = doc.sentences[doc.tokens[at].sentence].tokenStart;
  const start = clauseStart(doc, at, lo);
  for (let k = Math.max(start, lo + 1); k < at; k++) {
    const t = doc.tokens[k];
    // ("claimed that voters …": a complement's "that" follows a verb, its subject after it.)
    const relative = RELATIVE_PRONOUNS.has(t.norm) || (t.norm === 'that' && !isVerb(doc, k - 1));
    if (relative && doc.tokens[k - 1].kind === 'word' && isVerb(doc, k + 1)) return [k, k + 1];
  }
  if (!prev?.source || prev.cue.sentence !== doc.tokens[at].sentence) return null;
  if (prev.cue.first < start || prev.cue.last > at) return null;
  if (prev.content.some(([s, e]) => s <= at && at < e)) return null;
  return prev.source;
}
