// Candidate originals for a possibly spun word or phrase, by reversing the spinner: it replaced an
// original O by a synonym S of O, so the candidates for S are the words whose synonym lists hold S
// (WordNet synonymy is symmetric: the lemmas sharing a synset with S), plus adjectives "similar
// to" S and, at a higher cost, the more general word (hypernym) that a thesaurus also offers.
import type { WordNetPos } from '../lexicon/wordnet.js';
import { formOf, inflect, type Form } from './inflect.js';
import { forEachRelated, sensesOf } from './thesaurus.js';

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

/** Candidate originals for one lemma seen in a given form, added to `out`. */
function addCandidatesForLemma(out: Found, lemma: string, form: Form): void {
  forEachRelated(
    lemma,
    (pos) => posAllowed(form, pos),
    (related, pos, cost) => {
      const text = inflect(related, form, pos === 'v');
      const prev = out.get(text);
      if (prev === undefined || prev.cost > cost) out.set(text, { text, cost, lemma: related });
    },
  );
}

/**
 * Candidate originals for a lowercase word or phrase (`norm`) whose lemma is `lemma`, in the same
 * inflection. The word itself is never a candidate. Not memoised: the detector keeps what it needs
 * of them per word, and keeping all of them too made garbage collection the costliest step.
 */
export function candidateOriginals(norm: string, lemma: string): Candidate[] {
  const found: Found = new Map();
  addCandidatesForLemma(found, lemma, formOf(norm, lemma));
  // An inflected-looking word can be a lemma of its own ("authorized", "related").
  if (norm !== lemma) addCandidatesForLemma(found, norm, 'base');
  const out: Candidate[] = [];
  for (const c of found.values()) if (c.text !== norm) out.push(c);
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
