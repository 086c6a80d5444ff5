// "Ben Ortega stood at a campaign event to say …", "The union, which backs her, used the remarks
// to urge …": an infinitive of purpose is done by its clause's subject, but the source finder
// takes the words before "to" and so runs back over the clause's verb and its object or place
// ("stood at a campaign event"). The speaker is the subject before that verb.
import { isIrregularVerbForm } from '../lexicon/exceptions.js';
import { hasLemma } from '../lexicon/wordnet.js';
import type { Document } from '../text/document.js';
import { appositiveSource } from './appositives.js';
import { isQuoted } from './quotes.js';
import { sentenceSubject } from './sentence-subject.js';
import { sourceBefore } from './source-before.js';
import type { Frame } from './spans.js';
import { FINITE, mayBeFiniteVerb, NOMINATIVE_PRONOUNS, RELATIVE_WORDS } from './word-forms.js';

/** A lowercase adverb that is no noun ("even", "quickly"). */
function isAdverb(doc: Document, i: number): boolean {
  const t = doc.tokens[i];
  if (t.kind !== 'word' || t.cap) return false;
  return SHORT_ADVERBS.has(t.norm) || (hasLemma(t.norm, 'r') && !hasLemma(t.norm, 'n'));
}

/** Adverbs that WordNet also knows as nouns or verbs ("even", "still"). */
const SHORT_ADVERBS = new Set([
  'even',
  'also',
  'then',
  'later',
  'again',
  'still',
  'once',
  'soon',
  'now',
  'first',
]);

/** Verbs whose complement is the infinitive's subject ("became the first members to endorse"). */
const LINKING = new Set(['be', 'become', 'remain', 'seem', 'appear', 'prove']);

/** Verbs whose object does what the infinitive says ("led the chair to resign", "gave Lind
 *  reason to doubt", "asked voters to decide"). */
const MOVING = new Set([
  ...['lead', 'prompt', 'force', 'push', 'spur', 'drive', 'compel', 'pressure', 'move', 'cause'],
  ...['give', 'ask', 'urge', 'encourage', 'persuade', 'help', 'allow', 'get', 'invite', 'tell'],
  ...['enable', 'inspire', 'send', 'hire', 'pay', 'want', 'need', 'expect', 'order', 'call'],
]);

/** Irregular pasts of those, which the lemmatiser may leave as they are. */
const MOVING_PAST = new Set(['led', 'drove', 'gave', 'got', 'told', 'sent', 'paid']);

/** A past tense ("used", "went", "descended") that may be a clause's verb at token i. */
function isPastVerb(doc: Document, i: number): boolean {
  const t = doc.tokens[i];
  if (t.kind !== 'word' || t.cap || t.stop || isQuoted(doc, i)) return false;
  if (LINKING.has(t.lemma) || MOVING.has(t.lemma) || MOVING_PAST.has(t.norm)) return false;
  // ("a lawsuit brought by the group": a passive participle, no clause's verb.)
  if (doc.tokens[i + 1]?.norm === 'by') return false;
  if (isIrregularVerbForm(t.norm)) return !t.norm.endsWith('ing') && !/s$/.test(t.norm);
  return t.norm.endsWith('ed') && t.norm !== t.lemma && hasLemma(t.lemma, 'v');
}

/**
 * Does the verb at token i take an object or a place after it ("used the", "went on", "took to",
 * "interrupted me"), or follow a name ("Tolle used part"), rather than modify a noun ("elected
 * officials")?
 */
function opensPredicate(doc: Document, i: number, lo: number): boolean {
  const next = doc.tokens[i + 1];
  if (next === undefined || next.kind !== 'word') return false;
  const prev = doc.tokens[i - 1];
  return next.stop || (i - 1 > lo && prev.kind === 'word' && prev.cap);
}

/** A possible finite verb in [from, to) ("Lund, who leads the board, | went"). */
function verbBetween(doc: Document, from: number, to: number): boolean {
  for (let j = from; j < to; j++)
    if (mayBeFiniteVerb(doc, j) || RELATIVE_WORDS.has(doc.tokens[j].norm)) return true;
  return false;
}

/** Moves the source of a "to" cue from the span over its clause's verb to that verb's subject. */
export function purposeSubject(doc: Document, f: Frame): void {
  const { source, cue } = f;
  if (!source || doc.tokens[cue.first].norm !== 'to' || source[1] > cue.first) return;
  const lo = doc.sentences[cue.sentence].tokenStart;
  if (source[0] < lo) return;
  for (let i = source[0]; i < source[1]; i++) {
    const t = doc.tokens[i];
    // A relative clause's verb is the subject's own ("the union, which backs her,").
    if (RELATIVE_WORDS.has(t.norm) || t.text === ',') return;
    if (!isPastVerb(doc, i) || !opensPredicate(doc, i, lo)) continue;
    // ("even went on the radio": an adverb before the verb is no subject.)
    let start = source[0];
    while (start < i && isAdverb(doc, start)) start++;
    if (start < i) {
      // Not a clause's subject: "who have | registered", "the fees she | received".
      for (let j = start; j < i; j++)
        if (FINITE.has(doc.tokens[j].norm) || (j > start && NOMINATIVE_PRONOUNS.has(doc.tokens[j].norm)))
          return;
      f.source = [start, i];
      return;
    }
    // The span opens on the verb: its subject stands before it ("Tom Brill, the editor, | used").
    // ("Mara Vinn, a builder, | descended": the name before the appositive's commas.)
    // ("…, a longtime ally, even | went on the radio": past an adverb before the verb.)
    let at = start;
    while (at - 1 > lo && isAdverb(doc, at - 1)) at--;
    const subject =
      doc.tokens[at - 1]?.text === ',' ? appositiveSource(doc, at - 1, lo) : sourceBefore(doc, at, lo);
    // (Else the sentence's subject, if no other verb stands between it and this one.)
    const opening = subject ? null : sentenceSubject(doc, cue.sentence);
    if (opening && opening[1] <= at && !verbBetween(doc, opening[1], at)) f.source = opening;
    else if (subject) f.source = subject;
    return;
  }
}
