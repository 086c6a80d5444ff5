// "The mayor told residents to stay indoors", "asked him to resign", "reminded jurors not to
// discuss the case": a verb of telling, a listener and "to" with a verb is a call whatever the
// verb's own stance (stance.ts), and a construction kept before the statement filter
// (kept-frames.ts).
import type { Document } from '../text/document.js';
import type { Frame } from './spans.js';
import type { Stance } from './types.js';
import { DETERMINERS } from './names.js';
import { isWordnetVerb } from './features.js';
import { FINITE, mayBeFiniteVerb, PASSIVE_AUXILIARIES } from './word-forms.js';
import { isOpenQuote } from './quotes.js';
import { LISTENER_PREPOSITIONS } from './content-start.js';

/** Words that open a reported clause rather than name a listener. */
const CLAUSE_OPENERS = new Set(['that', 'whether', 'if', 'he', 'she', 'they', 'we', 'i', 'it', 'there']);

/** Verbs that, with a listener and "to" + a verb, tell someone to do something. */
const DIRECTIVE_LEMMAS = new Set([
  'tell',
  'order',
  'instruct',
  'advise',
  'ask',
  'direct',
  'encourage',
  'want',
  'remind',
]);

/** Does the frame tell a listener to do something ("told residents to stay indoors")? */
export function isDirective(doc: Document, frame: Frame): boolean {
  return directive(doc, frame) === 'call';
}

/** "Passengers were told to travel light", "Residents were advised to stay indoors". */
function passiveDirective(doc: Document, frame: Frame): boolean {
  const { first, last } = frame.cue;
  if (last - first < 2 || !PASSIVE_AUXILIARIES.has(doc.tokens[first].norm)) return false;
  const verb = doc.tokens[last - 1];
  if (!DIRECTIVE_LEMMAS.has(verb.lemma) || verb.norm === verb.lemma) return false;
  const next = doc.tokens[last + 1];
  return doc.tokens[last]?.norm === 'to' && !!next && next.norm === next.lemma && isWordnetVerb(next.lemma);
}

/**
 * "The mayor told residents to stay indoors", "asked him to resign": an instruction or a request,
 * a call whatever the verb's own stance ("asked whether ..." stays a question).
 */
export function directive(doc: Document, frame: Frame): Stance | null {
  if (listenerInCue(doc, frame)) return 'call';
  const last = doc.tokens[frame.cue.last - 1];
  if (!DIRECTIVE_LEMMAS.has(last.lemma) || frame.content.length === 0) return null;
  const [s, e] = frame.content[0];
  // "Passengers were told to travel light": a passive directive, its listener the subject.
  if (passiveDirective(doc, frame)) return 'call';
  // Told someone to do something after the cue: not "The company expects X to fall, Lund told analysts".
  if (s < frame.cue.last) return null;
  // Not a quotation: “I just want to know ...” is asked, not requested.
  // Nor a clause: "that the bank aims to ...", "he expected others to follow".
  if (doc.tokens[s].kind !== 'word' || doc.tokens[s].quoted || CLAUSE_OPENERS.has(doc.tokens[s].norm))
    return null;
  // The listener (up to seven words: "diners who ate the salad"), then "to" and a verb: "residents
  // to stay", "him to resign"; or the content opens
  // on "to" after the listener ("told residents | to “stay calm”").
  const opensOnTo = (doc.tokens[s].norm === 'to' || doc.tokens[s].norm === 'not') && s > frame.cue.last;
  const from = opensOnTo ? s : s + 1;
  let relative = false;
  for (let i = from; i < Math.min(e - 1, s + 8); i++) {
    const t = doc.tokens[i];
    // (A number may describe the listener: "people over 70".)
    if (t.kind !== 'word' && t.kind !== 'number') return null;
    relative ||= t.norm === 'who';
    if (t.norm === 'to') {
      // "told residents to “stay calm”": the quotation opens on the verb.
      const verb = doc.tokens[isOpenQuote(doc, i + 1) ? i + 2 : i + 1];
      return verb.kind === 'word' && verb.norm === verb.lemma && isWordnetVerb(verb.lemma) ? 'call' : null;
    }
    if (t.norm === 'that' || t.norm === 'whether' || t.norm === 'if') return null;
    // "told reporters the plant is due to …": a clause, not a listener (though a verb in
    // -s may be a plural listener, "his aides never to speak", and a relative clause may
    // describe one, "diners who ate the salad").
    const plural = t.norm.endsWith('s') && !FINITE.has(t.norm);
    if (i > s && !relative && !plural && mayBeFiniteVerb(doc, i)) return null;
    // "told the Courier | the port plans to …": a second noun phrase opens the clause.
    if (i > s && !relative && DETERMINERS.has(t.norm) && !LISTENER_PREPOSITIONS.has(doc.tokens[i - 1].norm))
      return null;
  }
  return null;
}

/** "[reminded jurors] not to discuss the case": the listener went into the cue, the content is
 *  what they are told to do ("to" or "not to" and a verb). */
function listenerInCue(doc: Document, frame: Frame): boolean {
  const { cue, content } = frame;
  if (cue.last - cue.first !== 2 || content.length === 0) return false;
  const verb = doc.tokens[cue.first];
  // (The lemma table may lack a past form: "reminded" is read as "remind" here.)
  const lemma = verb.lemma !== verb.norm ? verb.lemma : verb.norm.replace(/ed$/, '');
  if (!DIRECTIVE_LEMMAS.has(lemma)) return false;
  const listener = doc.tokens[cue.first + 1];
  if (listener.kind !== 'word' || !/s$/.test(listener.norm) || listener.cap) return false;
  let s = content[0][0];
  if (s !== cue.last) return false;
  if (doc.tokens[s].norm === 'not') s++;
  const next = doc.tokens[s + 1];
  return doc.tokens[s].norm === 'to' && next?.kind === 'word' && isWordnetVerb(next.norm);
}
