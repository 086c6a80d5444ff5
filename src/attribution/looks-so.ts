// "The nominee looks dead on arrival", "his speech sounded presidential", "This seems like a fair
// idea", "the rival seemingly faced no opposition": a linking verb of appearance says how the
// subject strikes an unnamed observer (the writer); the subject says nothing. PolNeAR gives such
// cues no source and counts the subject as content, as with "seem"/"appear" (isRaisingCue in
// passive.ts, which reads the cue's last verb and so misses "seems like"). In train, 24 of 27
// such cues of "look"/"sound", "seem(s) like" or "seemingly" have no source.
import { hasLemma } from '../lexicon/wordnet.js';
import type { Document } from '../text/document.js';
import type { Frame } from './frame.js';

/** Verbs of appearance that link a subject to how it strikes one. */
const LINKING_LOOKS = new Set(['look', 'sound', 'seem', 'appear']);
/** Words after the verb that compare ("looks like", "looked as if", "seemed as though"). */
const COMPARING = new Set(['like', 'as', 'if', 'though']);
/** Words after "look"/"sound" that make it an act: "looks to build", "sounded off", "a note". */
const ACTING = new Set([
  ...['to', 'at', 'for', 'into', 'ahead', 'up', 'back', 'forward', 'past', 'over', 'around'],
  ...['on', 'off', 'out', 'a', 'an', 'the', 'in', 'through', 'after', 'down', 'toward', 'towards'],
]);

/**
 * Is the frame's cue a linking verb of appearance ("looks", "sounded", "seems like", "may seem
 * like", "increasingly looks like") before its complement, or the adverb "seemingly" alone?
 */
export function looksSo(doc: Document, f: Frame): boolean {
  const { cue } = f;
  if (cue.last - cue.first === 1 && doc.tokens[cue.first].norm === 'seemingly') return true;
  let v = cue.last - 1;
  while (v > cue.first && !LINKING_LOOKS.has(doc.tokens[v].lemma)) v--;
  const verb = doc.tokens[v];
  if (!LINKING_LOOKS.has(verb.lemma)) return false;
  // After the verb in the cue, only a comparison or the complement's adjectives and adverbs
  // ("sounded [far less] welcoming"), not another verb ("seemed to confirm": a confirming).
  let compared = false;
  for (let k = v + 1; k < cue.last; k++) {
    const t = doc.tokens[k];
    if (COMPARING.has(t.norm)) compared = true;
    else if (!isComplementWord(t)) return false;
  }
  // "seem"/"appear" alone is isRaisingCue's; here only with a comparison after it.
  if (verb.lemma === 'seem' || verb.lemma === 'appear') return compared;
  if (compared) return true;
  // "Garland looks dead", "He sounded subdued": an adjective or adverb follows, not an act's
  // particle, preposition or object ("looks to build", "sounded a warning", "look at it").
  const next = doc.tokens[v + 1];
  return !!next && (next.norm === 'nothing' || isComplementWord(next));
}

/** An adjective or adverb (not a particle or preposition of an act: "looks to", "sound off"). */
function isComplementWord(t: Document['tokens'][number]): boolean {
  if (t.kind !== 'word' || ACTING.has(t.norm)) return false;
  return hasLemma(t.norm, 'a') || hasLemma(t.norm, 'r');
}

/** Words that may stand in such a cue before its verb ("may", "increasingly", "did not"). */
const BEFORE_VERB = new Set([
  ...['may', 'might', 'must', 'could', 'would', 'will', 'can', 'should', 'did', 'does', 'do'],
  ...['is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had'],
]);
const BEFORE_VERB_ADVERBS = new Set([
  'not',
  "n't",
  'now',
  'still',
  'also',
  'even',
  'just',
  'all',
  'again',
  'to',
]);

/**
 * "the grey [heap looked like] a bear": the tagger's cue took the subject's head; it goes back to
 * the source (which then, the cue having no speaker, joins the content), so the cue is the verb.
 */
export function returnSubjectHead(doc: Document, f: Frame): void {
  const src = f.source;
  if (!src || src[1] !== f.cue.first || !looksSo(doc, f)) return;
  let v = f.cue.first;
  while (v < f.cue.last && !LINKING_LOOKS.has(doc.tokens[v].lemma)) v++;
  if (v === f.cue.last) return;
  let k = v;
  while (k > f.cue.first && isBeforeVerb(doc.tokens[k - 1])) k--;
  if (k === f.cue.first) return;
  src[1] = k;
  f.cue.first = k;
}

function isBeforeVerb(t: Document['tokens'][number]): boolean {
  return BEFORE_VERB.has(t.norm) || BEFORE_VERB_ADVERBS.has(t.norm) || t.norm.endsWith('ly');
}
