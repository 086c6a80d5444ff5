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

type Found = Map<string, { cost: number; lemma: string }>;

const MEMO_LIMIT = 100_000;

function posAllowed(form: Form, pos: WordNetPos): boolean {
  if (form === 'ed' || form === 'ing') return pos === 'v';
  if (form === 's') return pos === 'n' || pos === 'v';
  return true;
}

const lemmaMemo = new Map<string, Found>();

/** Candidate originals for one lemma seen in a given form (memoised). */
function candidatesForLemma(lemma: string, form: Form): Found {
  const key = `${lemma}\t${form}`;
  const hit = lemmaMemo.get(key);
  if (hit) return hit;
  const out: Found = new Map();
  if (lemmaMemo.size < MEMO_LIMIT) lemmaMemo.set(key, out);
  for (const r of relatedLemmas(lemma)) {
    if (!posAllowed(form, r.pos)) continue;
    const text = inflect(r.lemma, form, r.pos === 'v');
    const prev = out.get(text);
    if (prev === undefined || prev.cost > r.cost) out.set(text, { cost: r.cost, lemma: r.lemma });
  }
  return out;
}

const memo = new Map<string, Candidate[]>();

/**
 * Candidate originals for a lowercase word or phrase (`norm`) whose lemma is `lemma`, in the same
 * inflection. The word itself is never a candidate.
 */
export function candidateOriginals(norm: string, lemma: string): Candidate[] {
  const key = `${norm}\t${lemma}`;
  const hit = memo.get(key);
  if (hit) return hit;
  const merged: Found = new Map();
  const merge = (m: Found): void => {
    for (const [text, c] of m) if (!merged.has(text) || merged.get(text)!.cost > c.cost) merged.set(text, c);
  };
  merge(candidatesForLemma(lemma, formOf(norm, lemma)));
  // An inflected-looking word can be a lemma of its own ("authorized", "related").
  if (norm !== lemma) merge(candidatesForLemma(norm, 'base'));
  merged.delete(norm);
  const out = [...merged].map(([text, c]) => ({ text, cost: c.cost, lemma: c.lemma }));
  if (memo.size < MEMO_LIMIT) memo.set(key, out);
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
