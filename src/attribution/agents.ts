// Which common nouns name someone who can speak: a person, an organisation or a social group
// ("the delegation", "the company", "officials"), as opposed to things, acts and events ("talks",
// "shares", "prices"). Read from WordNet's hypernyms of the noun's two most frequent senses.
import { firstSynsets, synsetAt, type Synset } from '../lexicon/wordnet.js';

/** The WordNet lemmas whose hyponyms can speak ("operator": WordNet puts drivers and motorists
 *  under it and it under "causal agent", not under "person"). */
const AGENT_ROOTS = new Set(['person', 'organization', 'social group', 'people', 'operator']);
/** Hypernym steps climbed at most (WordNet's noun hierarchy is under 20 deep). */
const MAX_DEPTH = 20;
const memo = new Map<string, boolean>();

function reachesAgent(start: Synset, roots: ReadonlySet<string> = AGENT_ROOTS): boolean {
  let level: Synset[] = [start];
  // (Synsets by identity: synsetAt hands out one object per synset.)
  const seen = new Set<Synset>();
  for (let depth = 0; depth < MAX_DEPTH && level.length > 0; depth++) {
    const next: Synset[] = [];
    for (const s of level) {
      if (seen.has(s)) continue;
      seen.add(s);
      for (const l of s.lemmas) if (roots.has(l)) return true;
      // The hypernyms, as related(s, ['@', '@i']) lists them.
      for (const p of s.pointers)
        if (p.symbol === '@' || p.symbol === '@i') next.push(synsetAt(p.pos, p.offset));
    }
    level = next;
  }
  return false;
}

/** Is the noun lemma (lowercase) one whose first or second sense is a person, body or group? */
export function isAgentNoun(lemma: string): boolean {
  const hit = memo.get(lemma);
  if (hit !== undefined) return hit;
  const senses = firstSynsets(lemma, 'n', 2);
  const agent = senses.some((s) => reachesAgent(s));
  memo.set(lemma, agent);
  return agent;
}

/** Does the noun lemma's first sense reach one of `roots` (answers kept in `memo`)? */
function firstSenseReaches(lemma: string, roots: ReadonlySet<string>, memo: Map<string, boolean>): boolean {
  const hit = memo.get(lemma);
  if (hit !== undefined) return hit;
  const first = firstSynsets(lemma, 'n', 1)[0];
  const reaches = first !== undefined && reachesAgent(first, roots);
  memo.set(lemma, reaches);
  return reaches;
}

const PERSON_ROOTS = new Set(['person', 'operator']);
const personMemo = new Map<string, boolean>();

/** Is the noun lemma one whose first sense is a person ("patient", "nurse"; not "company")? */
export function isPersonNoun(lemma: string): boolean {
  return firstSenseReaches(lemma, PERSON_ROOTS, personMemo);
}

const personSenseMemo = new Map<string, boolean>();

/** Is one of the noun lemma's two most frequent senses a person ("commuter": a train first)? For
 *  descriptions of someone who spoke. */
export function hasPersonSense(lemma: string): boolean {
  const hit = personSenseMemo.get(lemma);
  if (hit !== undefined) return hit;
  const person = firstSynsets(lemma, 'n', 2).some((s) => reachesAgent(s, PERSON_ROOTS));
  personSenseMemo.set(lemma, person);
  return person;
}

const THING_ROOTS = new Set(['artifact', 'location']);
const thingMemo = new Map<string, boolean>();

/** Is the noun lemma one whose first sense is a made thing or a place ("tanker", "village")? */
export function isThingNoun(lemma: string): boolean {
  return firstSenseReaches(lemma, THING_ROOTS, thingMemo);
}

/** Does the noun lemma's sense k (0: the most frequent) reach one of `roots`? (Not memoised: for
 *  rare questions, such as what an offer offers.) */
export function senseReaches(lemma: string, k: number, roots: ReadonlySet<string>): boolean {
  const sense = firstSynsets(lemma, 'n', k + 1)[k];
  return sense !== undefined && reachesAgent(sense, roots);
}
