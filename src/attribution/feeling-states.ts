// "The growers are worried about the levy", "Her aides are not convinced that …": a form of "be"
// before a participle of feeling or conviction is no passive of an unnamed agent but the
// subject's own state of mind, so the subject is the source and the complement the content, as
// PolNeAR marks them (in train, every such cue the passive rule left without a source had one).
import type { Document } from '../text/document.js';
import type { Frame } from './frame.js';
import type { TokenRange } from './types.js';
import { isIrregularVerbForm } from '../lexicon/exceptions.js';
import { FINITE } from './word-forms.js';

/** Participles that, after "be", tell the subject's feeling, belief or resolve. */
const FEELING_PARTICIPLES: ReadonlySet<string> = new Set([
  'alarmed',
  'amazed',
  'angered',
  'annoyed',
  'appalled',
  'assured',
  'astonished',
  'baffled',
  'bothered',
  'concerned',
  'confused',
  'convinced',
  'delighted',
  'determined',
  'disappointed',
  'disgusted',
  'disillusioned',
  'dismayed',
  'displeased',
  'dissatisfied',
  'disturbed',
  'divided',
  'embarrassed',
  'encouraged',
  'enraged',
  'excited',
  'exasperated',
  'focused',
  'frightened',
  'frustrated',
  'heartened',
  'horrified',
  'impressed',
  'incensed',
  'infuriated',
  'intrigued',
  'irritated',
  'mystified',
  'outraged',
  'perplexed',
  'pleased',
  'puzzled',
  'relieved',
  'satisfied',
  'scared',
  'shocked',
  'startled',
  'stunned',
  'surprised',
  'terrified',
  'thrilled',
  'tired',
  'troubled',
  'unconvinced',
  'unimpressed',
  'unsatisfied',
  'upset',
  'worried',
]);

/** Does the cue end on such a participle, or on one and its preposition ("worried about")? */
export function isFeelingState(doc: Document, f: Frame): boolean {
  let v = f.cue.last - 1;
  if (v > f.cue.first && doc.tokens[v].kind === 'word' && !FEELING_PARTICIPLES.has(doc.tokens[v].norm)) v--;
  return v >= f.cue.first && FEELING_PARTICIPLES.has(doc.tokens[v].norm);
}

/**
 * Adjectives of resolve, readiness or belief that, set off after a clause by a comma, tell the
 * state of the clause's subject as a participle would ("She pressed on, keen to …", "The team
 * cut the stops, wary of …", "…, confident that …"). PolNeAR train: 19 of 21 such cues have a
 * source before them, the subject.
 */
const STATE_ADJECTIVES: ReadonlySet<string> = new Set([
  'keen',
  'eager',
  'determined',
  'confident',
  'quick',
  'wary',
  'anxious',
  'careful',
  'reluctant',
  'unwilling',
  'willing',
  'hopeful',
  'afraid',
  'fearful',
  'worried',
  'concerned',
  'mindful',
  'desperate',
  'convinced',
  'sure',
  'certain',
  'skeptical',
  'sceptical',
  'intent',
  'adamant',
  'loath',
  'cautious',
]);

/** Adverbs that may stand before such an adjective ("still confident", "ever wary"). */
const STATE_ADVERBS: ReadonlySet<string> = new Set([
  'still',
  'ever',
  'increasingly',
  'also',
  'always',
  'now',
  'clearly',
]);

/** Does the cue open, after a comma, on such an adjective (past such an adverb)? */
export function isStateAfterComma(doc: Document, f: Frame): boolean {
  if (f.cue.first === 0 || doc.tokens[f.cue.first - 1].text !== ',') return false;
  let i = f.cue.first;
  if (i + 1 < f.cue.last && STATE_ADVERBS.has(doc.tokens[i].norm)) i++;
  const t = doc.tokens[i];
  return t.kind === 'word' && !t.cap && STATE_ADJECTIVES.has(t.norm);
}

/** Conjunctions that may open the clause whose subject such an adjective follows ("but X, wary …"). */
const CLAUSE_CONJUNCTIONS: ReadonlySet<string> = new Set(['but', 'and', 'yet', 'so']);

/**
 * "But the growers, wary of the levy, …": a short noun phrase (no verb) opening its clause right
 * before the adjective's comma is its subject, whatever the sentence's first subject. Null otherwise.
 */
export function subjectBeforeState(doc: Document, f: Frame): TokenRange | null {
  const comma = f.cue.first - 1;
  const lo = doc.sentences[f.cue.sentence].tokenStart;
  let s = comma;
  while (s > lo && comma - s < 6) {
    const t = doc.tokens[s - 1];
    if (t.kind !== 'word' && t.text !== "'s" && t.text !== '’s') break;
    if (CLAUSE_CONJUNCTIONS.has(t.norm)) break;
    if (FINITE.has(t.norm) || isIrregularVerbForm(t.norm) || (t.norm.endsWith('ed') && t.norm !== t.lemma))
      return null;
    s--;
  }
  if (s === comma) return null;
  if (s === lo) return [s, comma];
  // ("…, but the growers, wary …"; not a conjunction inside a phrase: "in the towns and | villages,").
  const c = s - 1;
  const opens = c === lo || doc.tokens[c - 1].text === ',' || doc.tokens[c - 1].text === ';';
  return CLAUSE_CONJUNCTIONS.has(doc.tokens[c].norm) && opens ? [s, comma] : null;
}
