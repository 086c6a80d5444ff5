// Can a span be a speaker at all? The source finder takes the words before a cue, and before a
// noun cue ("fears of", "calls for", "questions about") those are often a clause of the narrator's
// ("There are | concerns about", "was met with | chants"), or the speaker with words of the
// clause around it ("Cameron in | chiding", "she called Sanders | to congratulate"). A speaker is
// a noun phrase: it does not end on a preposition, article or conjunction, and a subject pronoun
// stands alone.
import type { Document } from '../text/document.js';
import { PREPOSITIONS } from './sources.js';
import type { TokenRange } from './spans.js';
import {
  FINITE,
  mayBeFiniteVerb,
  NOMINATIVE_PRONOUNS,
  PASSIVE_AUXILIARIES,
  RELATIVE_WORDS,
} from './word-forms.js';

/** Words no speaker ends on ("the wave of", "all the", "coupled with", "Trump and"). */
const DANGLING = new Set([
  ...PREPOSITIONS,
  'over',
  'into',
  'behind',
  'among',
  'amid',
  'despite',
  'like',
  'than',
  'as',
  'against',
  'toward',
  'towards',
  'through',
  'under',
  'after',
  'before',
  'without',
  'within',
  'the',
  'a',
  'an',
  'and',
  'or',
  'but',
  'nor',
]);

/** Words a subject pronoun may go on with inside a speaker ("she and her deputy", "they themselves"). */
const PRONOUN_FOLLOWERS = new Set([
  'and',
  'or',
  'all',
  'both',
  'themselves',
  'himself',
  'herself',
  'itself',
  'alone',
  'too',
  'each',
]);

/**
 * The speaker within the source span [s, e), or null when it names no one: the span cut after
 * a personal pronoun that opens a clause ("she declined to claim victory" → she), or before the
 * prepositions and articles it ends on ("Cameron in" → Cameron); an existential "there" with
 * nothing after its verb is no one ("There | are concerns about").
 */
export function speakerWithin(doc: Document, [s, e]: TokenRange): TokenRange | null {
  let end = e;
  while (end > s && doc.tokens[end - 1].kind === 'punct') end--;
  if (end <= s) return [s, e];
  const first = doc.tokens[s];
  // "there", or a participle or preposition alone ("sparking | fears of", "amid | warnings").
  if (end - s === 1) return first.norm === 'there' || isClauseWord(doc, s) ? null : [s, e];
  if (first.kind === 'word' && NOMINATIVE_PRONOUNS.has(first.norm)) {
    const next = doc.tokens[s + 1];
    if (next.kind === 'word' && !PRONOUN_FOLLOWERS.has(next.norm)) return [s, s + 1];
  }
  if (first.norm === 'there') {
    let k = s + 1;
    while (k < end && FINITE.has(doc.tokens[k].norm)) k++;
    if (k === s + 1 || k >= end) return null;
    s = k;
  }
  let cut = end;
  while (cut > s && isDangling(doc, cut - 1)) cut--;
  if (cut === end) return [s, e];
  // "was under | questioning", "weighed by | concerns": a verb alone is no one.
  if (cut - s === 1 && mayBeFiniteVerb(doc, s)) return null;
  // "Shares fell 5 percent amid | concerns": a clause before a noun cue names no one; before an
  // infinitive its subject speaks ("The nominee continues to | insist", "He was able to | tout").
  // (Not a verb of a relative clause: "a strategist who spoke on condition of anonymity to".)
  // ("The seizure prompted Quelle to | warn": after a verb that moves someone to act, its object
  // speaks.)
  for (let i = s + 1; i < cut && !RELATIVE_WORDS.has(doc.tokens[i].norm); i++)
    if (mayBeFiniteVerb(doc, i)) {
      if (doc.tokens[cut].norm !== 'to')
        return cut + 1 === end && meansOrOnward(doc, s, cut, e) ? [s, i] : null;
      return MOVING.has(doc.tokens[i].lemma) && i + 1 < cut ? [i + 1, cut] : [s, i];
    }
  return cut > s ? [s, cut] : null;
}

/**
 * "The panel pressured them to stop by | warning …", "The crowd followed her by | softly
 * repeating": a "by" of means before a gerund cue, the clause's subject does the saying (PolNeAR
 * train: 62 of 68 such cues have a source before, the clause's subject); so does "It goes on |
 * to fault". Not after a passive, whose subject is no sayer ("can be added by | threatening").
 */
function meansOrOnward(doc: Document, s: number, cut: number, e: number): boolean {
  const word = doc.tokens[cut].norm;
  let k = e;
  if (word === 'on') return doc.tokens[k]?.norm === 'to';
  if (word !== 'by') return false;
  while (k < doc.tokens.length && doc.tokens[k].norm.endsWith('ly')) k++;
  const g = doc.tokens[k];
  if (!g || g.kind !== 'word' || g.cap || !g.norm.endsWith('ing') || g.norm === g.lemma) return false;
  for (let j = s; j + 1 < cut; j++)
    if (PASSIVE_AUXILIARIES.has(doc.tokens[j].norm) || doc.tokens[j].norm === 'be') {
      const n = doc.tokens[j + 1];
      if (n && /(?:ed|en|wn)$/.test(n.norm) && n.norm !== n.lemma) return false;
    }
  return true;
}

/** Verbs that move their object to act ("prompted Quelle to warn", "spurred the board to reply"). */
const MOVING = new Set([
  'prompt',
  'force',
  'lead',
  'cause',
  'push',
  'spur',
  'drive',
  'compel',
  'pressure',
  'move',
]);

/** A lowercase participle in -ing or a preposition: no speaker on its own. */
function isClauseWord(doc: Document, i: number): boolean {
  const t = doc.tokens[i];
  if (t.kind !== 'word' || t.cap) return false;
  return DANGLING.has(t.norm) || (t.norm.endsWith('ing') && t.norm !== t.lemma);
}

function isDangling(doc: Document, i: number): boolean {
  const t = doc.tokens[i];
  return t.kind === 'word' && !t.cap && DANGLING.has(t.norm);
}
