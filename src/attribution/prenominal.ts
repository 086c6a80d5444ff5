// "the largest known crater", "its revised forecast": a participle before a noun, which the
// cue tagger may take for a verb of saying or thinking; cue-repairs.ts drops such cues.
import type { Document } from '../text/document.js';
import type { CueTokens } from './types.js';
import { FINITE, NOUN_PHRASE_OPENERS } from './word-forms.js';

/** Words before a noun phrase's modifiers: its openers and degree words ("the most", "widely"). */
const MODIFIER_OPENERS = new Set([
  ...NOUN_PHRASE_OPENERS,
  ...['most', 'least', 'best', 'widely', 'little', 'less', 'well', 'long'],
]);

/** Participles before a noun that still tell of someone's claim. */
const CLAIMING_PARTICIPLES = new Set([
  'alleged',
  'reported',
  'rumored',
  'rumoured',
  'claimed',
  'purported',
  'supposed',
  'accused',
  'suspected',
  'stated',
  'declared',
  'announced',
  'promised',
  'threatened',
  'feared',
  'expected',
]);

/** Words that follow a participle used as a verb ("known to", "expected that", "denied by"). */
const AFTER_VERB = new Set([
  'to',
  'that',
  'by',
  'as',
  'in',
  'on',
  'for',
  'of',
  'with',
  'at',
  'from',
  'and',
  'or',
  'but',
  'about',
  'if',
  'whether',
  'what',
  'how',
  'when',
  'why',
  'not',
  'it',
  'him',
  'her',
  'them',
  'us',
  'me',
  'this',
]);

/**
 * "the largest [known] meteor crater", "its [proposed] cutoff": a participle between a noun
 * phrase's opener (a determiner, a possessive, a superlative) and a lowercase word modifies that
 * word's noun; nobody says or thinks anything. Participles that put a claim on the noun are
 * left to the tagger ("the alleged plot", "the reported deal", "its stated aim").
 */
export function isPrenominalParticiple(doc: Document, c: CueTokens): boolean {
  const i = c.first;
  if (c.last - i !== 1 || i === 0 || i + 1 >= doc.tokens.length) return false;
  const t = doc.tokens[i];
  const prev = doc.tokens[i - 1];
  const next = doc.tokens[i + 1];
  if (t.kind !== 'word' || t.quoted || !/^[a-z]+(?:ed|en|wn)$/.test(t.norm) || t.text !== t.norm)
    return false;
  if (CLAIMING_PARTICIPLES.has(t.norm)) return false;
  const opener =
    prev.kind === 'word' && (MODIFIER_OPENERS.has(prev.norm) || /^[a-z]{3,}est$/.test(prev.norm));
  return (
    opener &&
    next.kind === 'word' &&
    next.sentence === t.sentence &&
    next.text === next.norm &&
    !AFTER_VERB.has(next.norm) &&
    !FINITE.has(next.norm)
  );
}
