// The subject of a cue that is the second of two coordinated predicates ("X met the families
// and said …", "Marlow, who campaigned on it and sought …"), when the cue has no source of its
// own and no earlier statement in the sentence to inherit one from. The sentence's opening noun
// phrase is the usual answer (settle.ts); these rules read the first predicate's own subject
// instead where that one is missed or wrong: a relative pronoun right before the first verb
// (PolNeAR marks the "who" as source), or a subject set apart from that verb by asides
// ("Ann Lorne, 70, had served in the navy — “…” — and said").
import { isIrregularVerbForm } from '../lexicon/exceptions.js';
import type { Document } from '../text/document.js';
import { subjectAcrossAsides } from './aside-subjects.js';
import { isQuoted } from './quotes.js';
import { beforeCueWords } from './source-before.js';
import type { CueTokens, TokenRange } from './types.js';
import { FINITE, mayBeFiniteVerb } from './word-forms.js';

/** Tokens back from the conjunction within which the first predicate's verb is looked for. */
const VERB_REACH = 25;

/** Marks closing an aside ("- which had split -", "(who had left)"). */
const ASIDE_MARKS = new Set(['-', '—', '–', ')', '--']);

/** Words that end the first predicate's clause when met going back (its verb lies past them). */
const CLAUSE_BREAKS = new Set(['that', 'because', 'if', 'when', 'while', 'although', 'whether']);

/**
 * The finite verb of the predicate before the conjunction at `and` (past a quotation or aside),
 * or -1: the nearest inflected verb going back, not inside a quotation.
 */
function firstVerb(doc: Document, and: number, lo: number): number {
  for (let i = and - 1; i >= lo && and - i <= VERB_REACH; i--) {
    const t = doc.tokens[i];
    if (isQuoted(doc, i) || t.kind !== 'word') continue;
    if (CLAUSE_BREAKS.has(t.norm)) return -1;
    if (t.cap && i > lo) continue;
    const inflected = t.norm !== t.lemma || isIrregularVerbForm(t.norm);
    if (FINITE.has(t.norm) || (inflected && !t.norm.endsWith('ing') && mayBeFiniteVerb(doc, i))) return i;
  }
  return -1;
}

/** The start of the verb group ending at verb `v` (its auxiliaries and adverbs). */
function verbGroupStart(doc: Document, v: number, lo: number): number {
  const b = beforeCueWords(doc, v - 1, lo);
  return b + 1;
}

/** "Marlow, who campaigned on X and sought …": the relative pronoun the first predicate opens with. */
export function coordinatedRelative(doc: Document, and: number, lo: number): TokenRange | null {
  const v = firstVerb(doc, and, lo);
  if (v < 0) return null;
  const p = verbGroupStart(doc, v, lo) - 1;
  if (p < lo) return null;
  const norm = doc.tokens[p].norm;
  // Not a relative inside an aside closed before the conjunction ("Ray tried to revive the
  // band - which had split in 2001 - but conceded …": the band is no speaker).
  const closed = ASIDE_MARKS.has(doc.tokens[and - 1]?.text ?? '');
  return (norm === 'who' || norm === 'which') && !closed ? [p, p + 1] : null;
}

/** "Ann Lorne, 70, had served in the navy and said": the first predicate's subject across asides. */
export function coordinatedAsideSubject(
  doc: Document,
  and: number,
  lo: number,
  sentence: number,
): TokenRange | null {
  const v = firstVerb(doc, and, lo);
  if (v < 0) return null;
  const first = verbGroupStart(doc, v, lo);
  const cue: CueTokens = { first, last: v + 1, sentence, score: null };
  return subjectAcrossAsides(doc, cue, lo);
}
