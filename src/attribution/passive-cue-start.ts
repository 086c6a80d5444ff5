// Agentless passives whose cue the tagger gave without its auxiliaries: "Passengers were [advised]
// to check the timetable", "The former minister is [charged with] taking bribes", "peacekeepers
// have sometimes been [accused of] …". The cue opens at the auxiliaries (cue-repairs.ts), as the
// tagger gives most such passives and PolNeAR marks them ("was charged with", "was asked"), so
// that the passive is read as one (passive.ts) and its subject is no speaker.
import { wordSet } from '../lexicon/load.js';
import { hasLemma } from '../lexicon/wordnet.js';
import type { Document } from '../text/document.js';
import type { CueTokens } from './types.js';
import { OBJECT_VERB_COMPLEMENTS, PASSIVE_AUXILIARIES } from './word-forms.js';

/** Auxiliaries before "been" or "being" ("has been", "is being", "will have been"). */
const PERFECT_OR_PROGRESSIVE = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would']);

/** Adverbs that stand inside an auxiliary chain ("has never been", "were also told"). */
const CHAIN_ADVERBS = new Set([
  'not',
  'never',
  'also',
  'sometimes',
  'often',
  'already',
  'long',
  'since',
  'once',
]);

/**
 * "Passengers were [advised] to check the timetable": a verb of telling a listener, then "to" and
 * a bare verb, is an agentless passive directive.
 */
function passiveTelling(doc: Document, c: CueTokens): boolean {
  const t = doc.tokens[c.first];
  if (c.last - c.first !== 1 || !/(?:ed|ld)$/.test(t.norm) || doc.tokens[c.last]?.norm !== 'to') return false;
  if (!wordSet('attribution-tell-verbs').has(t.lemma)) return false;
  const verb = doc.tokens[c.last + 1];
  return !!verb && verb.kind === 'word' && verb.norm === verb.lemma && hasLemma(verb.lemma, 'v');
}

/** "is [charged with]", "were [suspected] of": a charging participle with its own complement. */
function passiveCharge(doc: Document, c: CueTokens): boolean {
  const t = doc.tokens[c.first];
  if (t.kind !== 'word' || t.norm === t.lemma || !/(?:ed|en)$/.test(t.norm)) return false;
  const complements = OBJECT_VERB_COMPLEMENTS.get(t.lemma);
  if (!complements) return false;
  const next = c.last - c.first === 1 ? doc.tokens[c.last] : doc.tokens[c.first + 1];
  return !!next && complements.includes(next.norm);
}

/** Does the word stand inside an auxiliary chain (an adverb in -ly or of CHAIN_ADVERBS)? */
function chainAdverb(norm: string): boolean {
  return norm.endsWith('ly') || CHAIN_ADVERBS.has(norm);
}

/**
 * Where the cue of such a passive opens: at the first auxiliary of the chain before its participle
 * ("[have sometimes been accused of]"), or -1 when the cue is no such passive or none stands there.
 */
function passiveCueStart(doc: Document, c: CueTokens): number {
  const charge = passiveCharge(doc, c);
  if (!charge && !passiveTelling(doc, c)) return -1;
  const sentence = doc.tokens[c.first].sentence;
  const at = (j: number) => (j >= 0 && doc.tokens[j].sentence === sentence ? doc.tokens[j].norm : '');
  let j = c.first - 1;
  while (chainAdverb(at(j))) j--;
  if (!PASSIVE_AUXILIARIES.has(at(j))) return -1;
  let first = j;
  if (at(j) === 'been' || at(j) === 'being') {
    let k = j - 1;
    while (chainAdverb(at(k))) k--;
    if (PERFECT_OR_PROGRESSIVE.has(at(k))) first = k;
  }
  return first;
}

/**
 * Mends an agentless passive's cue in place: it opens at its auxiliaries, and a charge's ends
 * after its complement ("[have been blamed for introducing cholera]" → "[have been blamed for]":
 * what they are blamed for is the content). False when the cue is no such passive.
 */
export function mendPassiveCue(doc: Document, c: CueTokens): boolean {
  const first = passiveCueStart(doc, c);
  if (first < 0) return false;
  if (c.last - c.first > 2 && passiveCharge(doc, c)) c.last = c.first + 2;
  c.first = first;
  return true;
}
