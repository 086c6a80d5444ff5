// Repairs of a cue's end (repairCue in cue-repairs.ts applies them): a cue that ran on into the
// clause of its content, a figure's approximator, a modifier of its object or the agent that
// released a statement ends before it; one that stopped short of the online medium of the
// saying takes it in. Kept apart from the rules of a cue's start, and with the word lists
// (approximators, particles) that no-cues.ts and cues.ts read too.
import { wordSet } from '../lexicon/load.js';
import { hasLemma } from '../lexicon/wordnet.js';
import type { Document } from '../text/document.js';
import { hasFiniteVerb } from './sources.js';
import type { CueTokens } from './types.js';
import { isRegularPlural, mayBeFiniteVerb } from './word-forms.js';
import { mediumNounEnd, ONLINE_MEDIA } from './speaker-tail.js';
import { isOpenQuote } from './quotes.js';

/**
 * "he [said in a statement released by] his lawyers": the medium's own participle and agent
 * (released, issued, read, put out by) are no part of the cue, and the agent only passed the words
 * on; the cue ends on the medium's noun, so its speaker is the subject.
 */
export function endBeforeReleasingAgent(doc: Document, c: CueTokens): void {
  if (c.last - c.first < 4 || doc.tokens[c.last - 1].norm !== 'by') return;
  const p = c.last - 2;
  const participle = doc.tokens[p];
  const noun = doc.tokens[p - 1];
  if (participle.kind !== 'word' || !(/(?:ed|en)$/.test(participle.norm) || participle.norm === 'read'))
    return;
  if (noun.kind !== 'word' || noun.cap || !hasLemma(noun.lemma, 'n')) return;
  if (!wordSet('speech-verbs').has(doc.tokens[c.first].lemma)) return;
  c.last = p;
}

/**
 * "…, the coastguard [said on] its website.": a cue ending on (or holding) the preposition of the
 * saying's medium takes the medium in ("said on its website"), which is no content; a "that", colon
 * or quotation after the medium opens the content, where the cue stays as it is.
 */
export function extendOverMedium(doc: Document, c: CueTokens): void {
  if (c.last - c.first < 2 || !wordSet('speech-verbs').has(doc.tokens[c.first].lemma)) return;
  // The preposition may end the cue or stand inside it ("[said on their official] Telegram channel").
  for (let j = c.first + 1; j < c.last; j++) {
    const norm = doc.tokens[j].norm;
    if (norm !== 'on' && norm !== 'in') continue;
    const k = mediumNounEnd(doc, j, doc.sentences[c.sentence].tokenEnd);
    // Only an online medium, which the tagger splits ("said on | its website"); "said in a
    // statement" it takes whole or leaves to the content rules.
    if (k < c.last || !ONLINE_MEDIA.has(doc.tokens[k - 1].norm)) continue;
    const next = doc.tokens[k];
    if (next && (next.norm === 'that' || next.text === ':' || isOpenQuote(doc, k))) return;
    c.last = k;
    return;
  }
}

/**
 * "The spokesman [said talks had stalled]": a cue that runs on from a core verb of saying into a
 * finite verb has swallowed the subject and verb of its content; it ends after the verb of saying.
 */
export function endBeforeClause(doc: Document, c: CueTokens): void {
  if (c.last - c.first < 3) return;
  const core = wordSet('speech-core');
  for (let j = c.first; j < c.last - 2; j++) {
    if (!core.has(doc.tokens[j].lemma)) continue;
    if (hasFiniteVerb(doc, [j + 2, c.last]) || subjectThenVerb(doc, j + 1, c.last)) c.last = j + 1;
    return;
  }
}

/** Capitalised words a name subject right after a cue may run to ("said Veltro Motors plans"). */
const NAME_SUBJECT_REACH = 3;

/**
 * "He [said talks went] well", "The report [said Veltro plans] to": a bare noun or a name right after
 * the verb of saying, then a verb form (not a participle with its agent: "figures released by"),
 * opens the content's clause.
 */
function subjectThenVerb(doc: Document, s: number, last: number): boolean {
  const t = doc.tokens[s];
  if (t.kind !== 'word' || t.stop) return false;
  let k = s + 1;
  if (t.cap) while (k < last && k - s < NAME_SUBJECT_REACH && doc.tokens[k].cap) k++;
  if (k >= last || !mayBeFiniteVerb(doc, k)) return false;
  return k + 1 >= doc.tokens.length || doc.tokens[k + 1].norm !== 'by';
}

/** Words that make a figure approximate ("about 3,000"): not the particle of a cue ("talked about"). */
export const APPROXIMATORS: ReadonlySet<string> = new Set([
  'about',
  'around',
  'roughly',
  'nearly',
  'approximately',
  'some',
  'almost',
]);

/** A year ("talked about 2016") is a topic, not an amount. */
export const YEAR = /^(?:1[89]|20)\d\d$/;

/** "The Pentagon [is sending about] 3,000 troops": the cue ends before a figure's approximator. */
export function endBeforeApproximation(doc: Document, c: CueTokens): void {
  while (c.last - 1 > c.first && c.last < doc.tokens.length) {
    const t = doc.tokens[c.last - 1];
    const next = doc.tokens[c.last];
    if (!APPROXIMATORS.has(t.norm) || next.kind !== 'number' || YEAR.test(next.text)) return;
    c.last--;
  }
}

/**
 * "The union [announced warning] strikes": an "-ing" word after the cue's inflected verb and
 * before a lowercase plural noun modifies the noun (the verb's object), so the cue ends before it.
 */
export function endBeforeModifier(doc: Document, c: CueTokens): void {
  if (c.last - c.first !== 2 || c.last >= doc.tokens.length) return;
  const verb = doc.tokens[c.first];
  const t = doc.tokens[c.last - 1];
  const next = doc.tokens[c.last];
  if (verb.kind !== 'word' || verb.norm === verb.lemma || t.kind !== 'word' || !t.norm.endsWith('ing'))
    return;
  // A verb of saying, not an auxiliary ("is telling reporters") nor "started tracking prices";
  // and a noun in "-ing" ("warning"), not only a verb form.
  if (!wordSet('speech-verbs').has(verb.lemma) || !hasLemma(t.norm, 'n')) return;
  if (next.kind === 'word' && !next.cap && isRegularPlural(next) && hasLemma(next.lemma, 'n')) c.last--;
}

/** Particles of phrasal verbs ("set up", "shut down"), no word of a noun or of a clause. */
export const PARTICLES = new Set(['up', 'out', 'back', 'down', 'off', 'over', 'in', 'on', 'away', 'about']);
