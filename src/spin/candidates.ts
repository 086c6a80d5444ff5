// Candidate originals for a possibly spun word or phrase, by reversing the spinner: it replaced an
// original O by a synonym S of O, so the candidates for S are the words whose synonym lists hold S
// (WordNet synonymy is symmetric: the lemmas sharing a synset with S), plus adjectives "similar
// to" S and, at a higher cost, the more general word (hypernym) that a thesaurus also offers.
import {
  hasLemma,
  related,
  senseCount,
  synsetsOf,
  type Synset,
  type WordNetPos,
} from '../lexicon/wordnet.js';
import { formOf, inflect, type Form } from './inflect.js';

export interface Candidate {
  /** Lowercase replacement text, inflected like the spun word ("told"). */
  text: string;
  /** Extra cost (nats) of this kind of relation: 0 for a synonym, more for looser ones. */
  cost: number;
  /** The candidate's lemma ("tell" for "told"). */
  lemma: string;
}

type Found = Map<string, { cost: number; lemma: string }>;

/** Relation costs, in nats of log-probability, added to the base cost of any change. */
const SYNONYM_COST = 0;
const SIMILAR_COST = 0.7;
const HYPERNYM_COST = 2.5;
/** Per extra word of a multiword candidate: spinners mostly swap a word for a word. */
const EXTRA_WORD_COST = 1;
const MAX_WORDS = 3;
const MEMO_LIMIT = 100_000;
const WORD_RE = /^[a-z][a-z' -]*[a-z]$/;

function posAllowed(form: Form, pos: WordNetPos): boolean {
  if (form === 'ed' || form === 'ing') return pos === 'v';
  if (form === 's') return pos === 'n' || pos === 'v';
  return true;
}

function addLemmas(out: Found, synset: Synset, form: Form, cost: number, self: string): void {
  if (synset.pointers.some((p) => p.symbol === '@i')) return; // an instance: a named person or place
  for (let i = 0; i < synset.lemmas.length; i++) {
    const lemma = synset.lemmas[i];
    if (synset.proper[i] || lemma === self || !WORD_RE.test(lemma) || lemma.split(' ').length > MAX_WORDS)
      continue;
    const text = inflect(lemma, form, synset.pos === 'v');
    const total = cost + EXTRA_WORD_COST * (text.split(' ').length - 1);
    const prev = out.get(text);
    if (prev === undefined || prev.cost > total) out.set(text, { cost: total, lemma });
  }
}

const lemmaMemo = new Map<string, Found>();

/** Candidate originals for one lemma seen in a given form (memoised). */
function candidatesForLemma(lemma: string, form: Form): Found {
  const key = `${lemma}\t${form}`;
  const hit = lemmaMemo.get(key);
  if (hit) return hit;
  const out: Found = new Map();
  if (lemmaMemo.size < MEMO_LIMIT) lemmaMemo.set(key, out);
  for (const synset of synsetsOf(lemma)) {
    if (!posAllowed(form, synset.pos)) continue;
    addLemmas(out, synset, form, SYNONYM_COST, lemma);
    if (synset.pos === 'a')
      for (const s of related(synset, ['&'])) addLemmas(out, s, form, SIMILAR_COST, lemma);
    if (synset.pos === 'n' || synset.pos === 'v') {
      for (const s of related(synset, ['@'])) addLemmas(out, s, form, HYPERNYM_COST + EXTRA_WORD_COST, lemma);
    }
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
  if (hasLemma(lemma)) merge(candidatesForLemma(lemma, formOf(norm, lemma)));
  // An inflected-looking word can be a lemma of its own ("authorized", "related").
  if (norm !== lemma && hasLemma(norm)) merge(candidatesForLemma(norm, 'base'));
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
    n = 1 + senseCount(lemma);
    if (fanOutMemo.size < MEMO_LIMIT) fanOutMemo.set(lemma, n);
  }
  return n;
}

const fanOutMemo = new Map<string, number>();
