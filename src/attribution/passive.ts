// Passives. Agentless ones ("Vance was accused of ...", "The launch is expected to coincide ...")
// and "seem"/"appear": PolNeAR gives them no source, and their subject is part of what is
// reported (in the train split, 80% of passive cues without "by" have no source). Agentful ones
// ("was endorsed by X"), where the agent speaks about the subject: agentful-passives.ts; participles
// that modify a noun ("Experts cited by the newspaper said"): noun-participles.ts.
import type { Document } from '../text/document.js';
import { HEARSAY } from './hearsay-cues.js';
import { isWordnetVerb } from './features.js';
import { namesSpeaker, sourceAfter } from './sources.js';
import { isQuoted } from './quotes.js';
import type { Frame } from './frame.js';
import { isFeelingState } from './feeling-states.js';
import { timePhrase } from './times.js';
import { WEEKDAYS } from './names.js';
import { looksSo, returnSubjectHead } from './looks-so.js';
import { mayBeFiniteVerb, QUESTION_WORDS } from './word-forms.js';

/** Forms of "be": the auxiliary of a passive. */
export const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const CUE_PREPOSITIONS = new Set(['of', 'for', 'as', 'to', 'about', 'with', 'on']);
export const PARTICIPLE = /(?:ed|en|wn|told|said|thought|understood|held|made|seen|found|known|heard)$/;
const PASSIVE_ADVERBS = new Set([
  'not',
  'also',
  'once',
  'never',
  'often',
  'already',
  'now',
  'still',
  'long',
  'since',
  'then',
  // "is best known for", "is perhaps better known as", "is well regarded".
  'best',
  'better',
  'well',
  'perhaps',
]);

/**
 * A passive cue without a "by" agent ("Vance was accused of ...", "is widely expected to"):
 * its grammatical subject is what is talked about, not who talks, so the statement has no source.
 */
export function isAgentlessPassive(doc: Document, f: Frame): boolean {
  if (!isPassiveShape(doc, f)) return false;
  const { last } = f.cue;
  const s = doc.sentences[f.cue.sentence];
  for (let k = last; k < Math.min(s.tokenEnd, last + 6); k++) {
    if (doc.tokens[k].norm === 'by') return false;
    // "is expected to be reopened by March": the "by" of the infinitive's own clause.
    if (doc.tokens[k].kind === 'punct' || doc.tokens[k].norm === 'to') break;
  }
  return true;
}

/** Is the cue a passive: a participle after a form of "be" (adverbs between)? */
function isPassiveShape(doc: Document, f: Frame): boolean {
  const { first, last } = f.cue;
  let v = last - 1;
  while (v >= first && (doc.tokens[v].kind !== 'word' || CUE_PREPOSITIONS.has(doc.tokens[v].norm))) v--;
  // ("was written off as", "be portrayed simply as": a particle or an adverb before the preposition.)
  if (v < last - 1) while (v > first && AFTER_PARTICIPLE.has(doc.tokens[v].norm)) v--;
  if (v < first) return false;
  const verb = doc.tokens[v];
  if (verb.norm === verb.lemma || !PARTICIPLE.test(verb.norm)) return false;
  let j = v - 1;
  while (j >= 0 && v - j <= 3 && doc.tokens[j].kind === 'word' && !BE_FORMS.has(doc.tokens[j].norm)) {
    const t = doc.tokens[j];
    if (!t.norm.endsWith('ly') && !PASSIVE_ADVERBS.has(t.norm)) break;
    j--;
  }
  if (j < 0) return false;
  if (BE_FORMS.has(doc.tokens[j].norm)) return true;
  // "a state seen as critical", "a fund once known for its ties": a participle that is no past
  // tense, after a noun, is a reduced passive (after "has" it is a perfect: "we have seen").
  // (After "he's", "seen" is a perfect too: "he's seen the memo".)
  // ("has in the past seen": so it is with "have" anywhere in the cue.)
  const before = doc.tokens[j].norm;
  if (!ONLY_PARTICIPLES.has(verb.norm) || PERFECT.test(before)) return false;
  for (let k = first; k < v; k++) if (PERFECT.test(doc.tokens[k].norm)) return false;
  return verb.norm === 'known' || !before.endsWith("'s");
}

/** Participles that are no simple past. */
const ONLY_PARTICIPLES = new Set(['known', 'seen']);
/** A form of "have" before a participle: a perfect ("has", "we've", "haven't"). */
const PERFECT = /^(?:has|have|had|having)(?:n't)?$|'ve$|'d$/;

/** A particle of a phrasal participle, or an adverb after it, before the cue's preposition. */
const AFTER_PARTICIPLE = new Set(['off', 'out', 'up', 'down', 'simply', 'merely', 'widely']);

const RAISING = new Set(['seem', 'appear']);

/**
 * "The senator's supporters seemed unperturbed", "the deal appears to be alive": the subject of
 * "seem"/"appear" is what the unnamed observer reports on, as with an agentless passive.
 * Not when another verb ends the cue ("he appeared to suggest that ...": he suggests).
 */
export function isRaisingCue(doc: Document, f: Frame): boolean {
  let v = f.cue.last - 1;
  // Adverbs and adjectives the tagger took into the cue are skipped ("seemed equally unperturbed").
  while (v > f.cue.first && notTheVerb(doc.tokens[v])) v--;
  if (!RAISING.has(doc.tokens[v].lemma)) return false;
  // "Some new businesses have appeared along the streets", "appeared on television": a place,
  // not a judgement (in PolNeAR train, 5 of 73 "appear" + preposition are cues).
  return !isShowingUp(doc, v);
}

/** Is token v "appear" before a preposition of place ("appeared with Salvador"), showing up? */
export function isShowingUp(doc: Document, v: number): boolean {
  const next = doc.tokens[v + 1];
  return doc.tokens[v].lemma === 'appear' && next !== undefined && APPEARING_AT.has(next.norm);
}

/**
 * "Two police boats reportedly sank near the harbour": the subject is what is reported on, by
 * no one named (PolNeAR: all 17 such one-word cues of train and dev have no source).
 */
export function isHearsayCue(doc: Document, f: Frame): boolean {
  return f.cue.last - f.cue.first === 1 && HEARSAY.has(doc.tokens[f.cue.first].norm);
}

/** Prepositions after which "appear" is showing up somewhere. */
const APPEARING_AT = new Set([
  'on',
  'at',
  'in',
  'before',
  'with',
  'along',
  'alongside',
  'onstage',
  'outside',
  'inside',
  'beside',
  'near',
  'during',
  'after',
]);

function notTheVerb(t: Document['tokens'][number]): boolean {
  return t.kind !== 'word' || t.norm === 'to' || t.norm.endsWith('ly') || !isWordnetVerb(t.lemma);
}

/**
 * PolNeAR leaves the source of an agentless passive empty and counts its subject as content:
 * "The birth is expected | to coincide with the conventions" is one content in two pieces.
 */
export function passiveWithoutAgent(doc: Document, f: Frame): void {
  returnSubjectHead(doc, f);
  const src = f.source;
  if (!src || src[1] > f.cue.first) return;
  // "It is understood that …", "It was later announced that …": the expletive names no one.
  if (isExpletivePassive(doc, f)) {
    f.source = null;
    return;
  }
  if (agentAfterComplement(doc, f) || isFeelingState(doc, f)) return;
  if (!(isAgentlessPassive(doc, f) || isRaisingCue(doc, f) || isHearsayCue(doc, f) || looksSo(doc, f)))
    return;
  f.source = null;
  if (f.content.length === 0 || f.content[0][0] < f.cue.last) return;
  // "She was recently interviewed | in the Courier": an adjunct after the cue is not reported; the subject
  // alone is the content (in train, 25 of 31 such passives followed by in/at/on/after/during).
  const opener = doc.tokens[f.content[0][0]];
  // "The minister was asked whether she would resign": the question alone is what was said; the
  // one asked is no part of it (as PolNeAR marks such questions in train).
  if (doc.tokens[f.cue.last - 1].lemma === 'ask') {
    const at = f.content[0][0];
    if (QUESTION_OPENERS.has(opener.norm)) return;
    if (at - 1 >= f.cue.last && QUESTION_OPENERS.has(doc.tokens[at - 1].norm)) {
      f.content = [[at - 1, f.content[0][1]], ...f.content.slice(1)];
      return;
    }
  }
  // "It was announced that leave had been cancelled": the expletive "it" stands for the clause.
  // ("It is understood the talks had stalled": so it does before a clause without "that".)
  if (src[1] - src[0] === 1 && doc.tokens[src[0]].norm === 'it' && opener.norm !== 'to') return;
  // ("Nobody has been charged, police said": a comma ends the passive's clause; what follows is
  // another statement.)
  const closed = doc.tokens[f.cue.last]?.text === ',';
  f.content = ADJUNCT_OPENERS.has(opener.norm) || closed ? [src] : [src, ...f.content];
}

const QUESTION_OPENERS: ReadonlySet<string> = new Set([...QUESTION_WORDS, 'which']);

/** Is the frame "It" + a passive verb + a "that" clause ("It is understood that …")? */
function isExpletivePassive(doc: Document, f: Frame): boolean {
  const src = f.source!;
  if (src[1] - src[0] !== 1 || doc.tokens[src[0]].norm !== 'it') return false;
  // The participle after a form of "be" ("was confirmed on Friday": the cue runs on to its time).
  let be = false;
  let participle = false;
  for (let i = src[1]; i < f.cue.last && !participle; i++) {
    const t = doc.tokens[i];
    if (BE_FORMS.has(t.norm)) be = true;
    else if (be) participle = t.norm.endsWith('ed') || IRREGULAR_PARTICIPLES.has(t.norm);
  }
  const first = f.content[0];
  // "… that …" after it, or the clause before it: "The plant will close, it was confirmed."
  return participle && !!first && (doc.tokens[first[0]].norm === 'that' || first[1] <= src[0]);
}
const IRREGULAR_PARTICIPLES = new Set(['understood', 'said', 'told', 'thought', 'known', 'shown', 'written']);

const ADJUNCT_OPENERS = new Set(['in', 'at', 'on', 'after', 'during', 'before', 'since', 'last', 'earlier']);

/** Tokens after a passive cue within which its "by" agent may follow the complement. */
const LATE_AGENT_REACH = 10;

/**
 * "Oskar was accused of hacking by Vantria": a passive whose agent follows its complement. The
 * agent speaks; the subject and the complement are what is reported (as "accused by Vantria of
 * hacking" reads). Mutates the frame and returns true when it applies.
 */
function agentAfterComplement(doc: Document, f: Frame): boolean {
  const { cue } = f;
  const src = f.source!;
  if (!isPassiveShape(doc, f) || f.content.length !== 1 || f.content[0][0] !== cue.last) return false;
  // The complement opens with its preposition ("accused of", "criticised for"), in the cue or
  // after it; not an infinitive ("the bridge is expected to be reopened by March").
  const opener = doc.tokens[cue.last - 1].norm;
  if (!PASSIVE_COMPLEMENT.has(opener) || opener === 'to' || opener === 'that') return false;
  const end = doc.sentences[cue.sentence].tokenEnd;
  let by = -1;
  for (let k = cue.last + 1; k < Math.min(end, cue.last + LATE_AGENT_REACH); k++) {
    const t = doc.tokens[k];
    if (t.kind === 'punct' || isQuoted(doc, k) || t.norm === 'to' || mayBeFiniteVerb(doc, k)) return false;
    if (t.norm === 'by') {
      by = k;
      break;
    }
  }
  if (by < 0) return false;
  const agent = sourceAfter(doc, by + 1, end);
  // Not a time ("by March", "by the year's end").
  if (!agent || !namesSpeaker(doc, agent) || timePhrase(doc, by + 1, end) > 0) return false;
  if (WEEKDAYS.has(doc.tokens[by + 1].norm) || doc.tokens[agent[1] - 1].norm === 'year') return false;
  f.source = agent;
  f.content = [src, [cue.last, by]];
  return true;
}

/** Prepositions after a passive's agent that open the verb's complement ("accused by X of Y"). */
export const PASSIVE_COMPLEMENT = new Set(['of', 'for', 'as', 'over', 'that', 'to']);
