// Whom a blame accuses: "blamed the rebels", "blames the unrest on foreign agitators" name a party;
// "blaming a sharp rise in wholesale prices" names a cause, and accuses no one (stance.ts).
import { hasLemma } from '../lexicon/wordnet.js';
import type { Document } from '../text/document.js';
import type { Frame } from './spans.js';
import { DETERMINERS, POSSESSIVES } from './names.js';
import { isAgentNoun } from './agents.js';

/**
 * The first noun the content of a "blame" opens with is a thing (a lowercase noun that names no
 * person, body or group: "a sharp rise in prices", "the delay on bad weather"), and no party follows
 * its "on" ("the unrest on foreign agitators"); not a party ("Russia", "the rebels", "each other").
 */
export function blamesThing(doc: Document, frame: Frame): boolean {
  const piece = frame.content.find(([s]) => s >= frame.cue.last);
  if (!piece) return false;
  for (let i = piece[0]; i < Math.min(piece[1], piece[0] + 5); i++) {
    const t = doc.tokens[i];
    // "a 12 pct rise in wages": a figure inside the noun phrase.
    if (t.kind === 'number') continue;
    // A name, or "one another", "each other", "both sides": parties.
    if (t.kind !== 'word' || t.cap || RECIPROCALS.has(t.norm)) return false;
    if (DETERMINERS.has(t.norm) || POSSESSIVES.has(t.norm) || t.norm === 'a' || t.norm === 'an') continue;
    // "blaming him for": a person ("blaming it for", "blamed what she called rumour": a thing).
    if (PERSON_OBJECTS.has(t.norm)) return false;
    if (!hasLemma(t.lemma, 'n')) continue;
    // "oil companies": the compound's last noun is its head; "tough competition", "a poor sales
    // performance": an adjective that WordNet also has as a noun of people is no party.
    let head = i;
    while (head + 1 < piece[1] && isCompoundNoun(doc.tokens[head + 1])) head++;
    if (isAgentNoun(doc.tokens[head].lemma)) return false;
    // "blames the unrest on foreign agitators": the party comes after "on".
    for (let j = i + 1; j < piece[1]; j++)
      if (doc.tokens[j].norm === 'on') return !partyAt(doc, j + 1, piece[1]);
    return true;
  }
  return false;
}

/** Object pronouns of persons. */
const PERSON_OBJECTS = new Set(['him', 'them', 'us', 'me', 'you']);

const RECIPROCALS = new Set(['one', 'each', 'other', 'another', 'both', 'themselves', 'himself', 'herself']);

/** A party (a name, or a noun of a person, body or group) opens the noun phrase at token i. */
function partyAt(doc: Document, i: number, end: number): boolean {
  for (let j = i; j < Math.min(end, i + 4); j++) {
    const t = doc.tokens[j];
    if (t.kind !== 'word') return false;
    if (t.cap) return true;
    if (hasLemma(t.lemma, 'n') && isAgentNoun(t.lemma)) return true;
  }
  return false;
}

/** A lowercase noun that may go on a compound ("oil | companies"); not "on", "for" or a verb in -ed. */
function isCompoundNoun(t: Document['tokens'][number]): boolean {
  return (
    t.kind === 'word' && !t.cap && !t.norm.endsWith('ed') && hasLemma(t.lemma, 'n') && !NOT_HEADS.has(t.norm)
  );
}

/** Words WordNet has as nouns that end a compound rather than go on it. */
const NOT_HEADS = new Set([
  'for',
  'on',
  'of',
  'in',
  'over',
  'at',
  'to',
  'as',
  'and',
  'or',
  'but',
  'with',
  'after',
]);
