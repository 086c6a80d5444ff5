// "The army said it had seized the bridge, a claim rejected by rebel commanders": a claim noun in
// apposition to the clause before, with a participle of saying or of a telling stance and its
// agent. The agent speaks, the participle is the cue, and what it answers is the claim noun
// phrase, as PolNeAR marks it ("an allegation rejected by two separate reviews": content "an
// allegation"). The clause before keeps its own statement (its content ends before the comma:
// content-asides.ts). nounParticipleAgent reads the same shape for any tagged participle right after
// any noun phrase ("a practice criticized by two unions", "the town described by the guide").
import { loadPairs, wordSet } from '../lexicon/load.js';
import type { Document } from '../text/document.js';
import type { CueTokens, TokenRange } from './types.js';
import { makeFrame, type Frame } from './frame.js';
import { COMMENT_MARKS } from './comments.js';
import { isQuoted } from './quotes.js';
import { MAX_SOURCE, sourceAfter } from './sources.js';
import { POSSESSIVES } from './names.js';
import { FINITE } from './word-forms.js';
import { timePhrase } from './times.js';

/** Words the claim's noun phrase may have before its noun ("a similar claim", "an earlier figure"). */
const MODIFIER_WORDS = 2;

/** Determiners that open the claim noun phrase. */
const OPENERS = new Set(['a', 'an']);

/** The frame of "…, a claim rejected by AGENT", or null. */
export function verdictByAgent(doc: Document, cue: CueTokens, lo: number, hi: number): Frame | null {
  if (cue.last - cue.first !== 1) return null;
  const det = claimBefore(doc, cue.first, lo, hi);
  if (det < 0) return null;
  // The agent runs to the next mark or the sentence's end.
  const by = cue.last;
  let end = by + 1;
  while (end < hi && end - by <= MAX_SOURCE && doc.tokens[end].kind !== 'punct') end++;
  if (end === by + 1 || end - by > MAX_SOURCE) return null;
  return makeFrame(cue, [by + 1, end], [[det, cue.first]], true);
}

/**
 * Is token i such a participle ("rejected" in "…, a claim rejected by …")? The tagger, which
 * seldom met the construction, leaves some untagged (cues.ts).
 */
export function isVerdictByAgent(doc: Document, i: number, lo: number, hi: number): boolean {
  return claimBefore(doc, i, lo, hi) >= 0;
}

/**
 * The determiner opening the claim noun phrase before the participle at token i (a participle of
 * saying or of a telling stance, then "by"), or -1.
 */
function claimBefore(doc: Document, i: number, lo: number, hi: number): number {
  const t = doc.tokens[i];
  if (t.kind !== 'word' || t.quoted || t.norm === t.lemma || !/(?:ed|en)$/.test(t.norm)) return -1;
  if (i + 2 >= hi || doc.tokens[i + 1].norm !== 'by') return -1;
  if (!wordSet('speech-verbs').has(t.lemma) && !loadPairs('stance-cues').has(t.lemma)) return -1;
  const noun = doc.tokens[i - 1];
  if (i - 1 <= lo || !wordSet('attribution-proposition-nouns').has(noun.norm)) return -1;
  let det = i - 2;
  while (det > lo && i - 2 - det < MODIFIER_WORDS && !OPENERS.has(doc.tokens[det].norm)) {
    const w = doc.tokens[det];
    if (w.kind !== 'word' || w.cap) return -1;
    det--;
  }
  if (det <= lo || !OPENERS.has(doc.tokens[det].norm)) return -1;
  return COMMENT_MARKS.has(doc.tokens[det - 1].text) && !isQuoted(doc, det - 1) ? det : -1;
}

/** Longest run of words before the participle read as its noun phrase ("the centrist policies"). */
const NOUN_PHRASE_WORDS = 4;

/** Words that open the noun phrase a participle follows, and belong to it. */
const NOUN_PHRASE_OPENERS = new Set([
  ...['a', 'an', 'the', 'this', 'that', 'these', 'those', 'some', 'any', 'each', 'every', 'no'],
  ...POSSESSIVES,
]);

/** Adverbs a participle's cue may open with ("a fact first reported by", "policies once backed by"). */
const PARTICIPLE_ADVERBS = new Set(['first', 'later', 'once', 'also', 'previously', 'since', 'long']);

/** Agents that are no one: the means of a finite verb ("said by telephone"), a margin ("by 40%"). */
const NO_AGENT = new Set([
  ...['phone', 'telephone', 'email', 'e-mail', 'text', 'mail', 'video', 'videolink', 'satellite'],
  ...['fax', 'radio', 'letter', 'far', 'margin', 'margins', 'default', 'way', 'contrast', 'comparison'],
]);

/**
 * "a practice criticized by two unions", "The route described by the guide …", "a fact first
 * reported by the Courier": a participle of the cue right after a noun phrase (no comma, no "be"),
 * then "by" and its agent. The agent speaks, and what the participle answers is that noun phrase
 * (as PolNeAR marks it: train has the noun phrase as content, the agent as source), not what
 * follows the agent. Null for a finite verb and its means ("responded by saying", "said by phone").
 */
export function nounParticipleAgent(doc: Document, cue: CueTokens, lo: number, hi: number): Frame | null {
  const by = cue.last;
  if (by + 1 >= hi || doc.tokens[by].norm !== 'by') return null;
  const t = doc.tokens[by - 1];
  if (t.kind !== 'word' || t.quoted || t.cap || t.norm === t.lemma || /(?:ing|s)$/.test(t.norm)) return null;
  for (let j = cue.first; j < by - 1; j++)
    if (!PARTICIPLE_ADVERBS.has(doc.tokens[j].norm) && !/ly$/.test(doc.tokens[j].norm)) return null;
  const np = nounPhraseBefore(doc, cue.first, lo);
  if (!np) return null;
  const agent = doc.tokens[by + 1];
  if (agent.kind !== 'word' || agent.norm.endsWith('ing') || NO_AGENT.has(agent.norm)) return null;
  const source = sourceAfter(doc, by + 1, hi);
  if (!source) return null;
  // "the prices offered by the suppliers | were too high", "the limit set by the bank | last
  // Friday": the agent ends before a verb or a time.
  let end = by + 2;
  while (end < source[1] && !FINITE.has(doc.tokens[end].norm) && timePhrase(doc, end, hi) === 0) end++;
  return makeFrame(cue, [source[0], end], [np]);
}

/**
 * Is f such a frame (content the noun phrase right before the cue, agent right after its "by")?
 * Its agent sits inside a noun phrase, so it ends no clause of a content around it ("a levy on
 * fats proposed by the commission, diplomats said": the diplomats' content stays whole). So does an
 * agentful passive's of the same shape ("When the verdict was read by the clerk, he wept, the
 * agency reported").
 */
export function isNounParticipleFrame(doc: Document, f: Frame): boolean {
  const source = f.source;
  return (
    source !== null &&
    f.content.length === 1 &&
    f.content[0][1] === f.cue.first &&
    doc.tokens[f.cue.last]?.norm === 'by' &&
    source[0] === f.cue.last + 1
  );
}

/** The noun phrase ending right before token `end`, headed by a lowercase noun ("the country",
 *  "a conversation", "legislative changes", "those"), or null. */
function nounPhraseBefore(doc: Document, end: number, lo: number): TokenRange | null {
  const head = doc.tokens[end - 1];
  if (end - 1 < lo || head.kind !== 'word' || head.cap || head.quoted) return null;
  if (head.norm === 'those') return [end - 1, end];
  if (head.stop || NOUN_PHRASE_OPENERS.has(head.norm)) return null;
  let j = end - 1;
  while (j - 1 >= lo && end - j < NOUN_PHRASE_WORDS) {
    const w = doc.tokens[j - 1];
    // ("a revised 2024 budget": a number among its words.)
    if ((w.kind !== 'word' && w.kind !== 'number') || w.quoted) break;
    if (NOUN_PHRASE_OPENERS.has(w.norm)) return [j - 1, end];
    if (w.stop) break;
    j--;
  }
  return [j, end];
}
