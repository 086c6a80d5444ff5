// Candidate originals for a possibly spun word or phrase, by reversing the spinner: it replaced an
// original O by a synonym S of O, so the candidates for S are the words whose synonym lists hold S
// (WordNet synonymy is symmetric: the lemmas sharing a synset with S), plus adjectives "similar
// to" S and, at a higher cost, the more general word (hypernym) that a thesaurus also offers.
import type { WordNetPos } from '../lexicon/wordnet.js';
import { formOf, inflect, type Form } from './inflect.js';
import { relatedLemmas, sensesOf } from './thesaurus.js';

export interface Candidate {
  /** Lowercase replacement text, inflected like the spun word ("told"). */
  text: string;
  /** Extra cost (nats) of this kind of relation: 0 for a synonym, more for looser ones. */
  cost: number;
  /** The candidate's lemma ("tell" for "told"). */
  lemma: string;
}

/** Candidates by text: the cheapest relation wins, the first one found keeps its place. */
type Found = Map<string, Candidate>;

const MEMO_LIMIT = 100_000;

function posAllowed(form: Form, pos: WordNetPos): boolean {
  if (form === 'ed' || form === 'ing') return pos === 'v';
  if (form === 's') return pos === 'n' || pos === 'v';
  return true;
}

/** Per form, per lemma (nested maps: no key strings to build for a lookup). */
const lemmaMemo: Record<Form, Map<string, Found>> = {
  base: new Map(),
  s: new Map(),
  ed: new Map(),
  ing: new Map(),
};
let lemmaMemoSize = 0;

/** Candidate originals for one lemma seen in a given form (memoised). */
function candidatesForLemma(lemma: string, form: Form): Found {
  const memoOfForm = lemmaMemo[form];
  const hit = memoOfForm.get(lemma);
  if (hit) return hit;
  const out: Found = new Map();
  if (lemmaMemoSize < MEMO_LIMIT) {
    memoOfForm.set(lemma, out);
    lemmaMemoSize++;
  }
  for (const r of relatedLemmas(lemma)) {
    if (!posAllowed(form, r.pos)) continue;
    const text = inflect(r.lemma, form, r.pos === 'v');
    const prev = out.get(text);
    if (prev === undefined || prev.cost > r.cost) out.set(text, { text, cost: r.cost, lemma: r.lemma });
  }
  return out;
}

const memo = new Map<string, Map<string, Candidate[]>>();
let memoSize = 0;

/**
 * Candidate originals for a lowercase word or phrase (`norm`) whose lemma is `lemma`, in the same
 * inflection. The word itself is never a candidate.
 */
export function candidateOriginals(norm: string, lemma: string): Candidate[] {
  let byLemma = memo.get(norm);
  const hit = byLemma?.get(lemma);
  if (hit) return hit;
  const own = candidatesForLemma(lemma, formOf(norm, lemma));
  const out: Candidate[] = [];
  if (norm === lemma) {
    for (const c of own.values()) if (c.text !== norm) out.push(c);
  } else {
    // An inflected-looking word can be a lemma of its own ("authorized", "related").
    const merged: Found = new Map(own);
    for (const [text, c] of candidatesForLemma(norm, 'base')) {
      const prev = merged.get(text);
      if (prev === undefined || prev.cost > c.cost) merged.set(text, c);
    }
    for (const c of merged.values()) if (c.text !== norm) out.push(c);
  }
  if (memoSize < MEMO_LIMIT) {
    if (!byLemma) memo.set(norm, (byLemma = new Map()));
    byLemma.set(lemma, out);
    memoSize++;
  }
  return out;
}

/**
 * How many synonyms a spinner could have picked for this lemma (the channel's fan-out),
 * approximated cheaply by its number of senses plus one.
 */
export function synonymFanOut(lemma: string): number {
  let n = fanOutMemo.get(lemma);
  if (n === undefined) {
    n = 1 + sensesOf(lemma);
    if (fanOutMemo.size < MEMO_LIMIT) fanOutMemo.set(lemma, n);
  }
  return n;
}

const fanOutMemo = new Map<string, number>();
