// Passives. Agentless ones ("Vance was accused of ...", "The launch is expected to coincide ...")
// and "seem"/"appear": PolNeAR gives them no source, and their subject is part of what is
// reported (in the train split, 80% of passive cues without "by" have no source). Agentful ones
// ("was endorsed by X"): the agent speaks about the subject.
import type { Document } from '../text/document.js';
import { HEARSAY } from './cue-repairs.js';
import type { CueTokens } from './types.js';
import { isWordnetVerb } from './features.js';
import {
  contentEnd,
  MAX_SOURCE,
  namesSpeaker,
  opensSentence,
  PRONOUN_SUBJECTS,
  sourceAfter,
  sourceBefore,
} from './sources.js';
import { isQuoted } from './quotes.js';
import { appositiveSource, subjectBeforeComma } from './appositives.js';
import { makeFrame, type Frame } from './frame.js';
import { isFeelingState } from './feeling-states.js';
import { timeAfter, timeBefore, timePhrase } from './times.js';
import { WEEKDAYS } from './names.js';
import {
  FINITE,
  isPluralPossessiveMark,
  mayBeFiniteVerb,
  OBJECT_VERB_COMPLEMENTS,
  QUESTION_WORDS,
  RELATIVE_WORDS,
} from './word-forms.js';
import type { TokenRange } from './types.js';

/** Forms of "be": the auxiliary of a passive. */
export const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const CUE_PREPOSITIONS = new Set(['of', 'for', 'as', 'to', 'about', 'with', 'on']);
const PARTICIPLE = /(?:ed|en|wn|told|said|thought|understood|held|made|seen|found|known|heard)$/;
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
  const src = f.source;
  if (!src || src[1] > f.cue.first) return;
  // "It is understood that …", "It was later announced that …": the expletive names no one.
  if (isExpletivePassive(doc, f)) {
    f.source = null;
    return;
  }
  if (agentAfterComplement(doc, f) || isFeelingState(doc, f)) return;
  if (!(isAgentlessPassive(doc, f) || isRaisingCue(doc, f) || isHearsayCue(doc, f))) return;
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

/** Words that end a passive's agent ("by the US | of manufacturing"). */
const AGENT_END = new Set(['of', 'for', 'over', 'that', 'in', 'on', 'after', 'as']);
/** Prepositions after a passive's agent that open the verb's complement ("accused by X of Y"). */
const PASSIVE_COMPLEMENT = new Set(['of', 'for', 'as', 'over', 'that', 'to']);

/**
 * "Moscow has been accused by the US of manufacturing ...", "Her remarks were echoed by a number
 * of experts": the agent after "by" speaks, and what is reported is the subject, with the
 * complement after the agent when there is one (in PolNeAR train, 66 of 83 agentful passives
 * have the subject alone as content, 17 the subject and the complement).
 */
export function agentfulPassive(doc: Document, cue: CueTokens, lo: number, hi: number): Frame | null {
  const last = cue.last;
  let end = last + 1;
  let relative = false;
  while (
    end < hi &&
    end - last < MAX_SOURCE &&
    // "by the actors' guild": a plural possessive's apostrophe stays in the agent.
    (doc.tokens[end].kind !== 'punct' ||
      (doc.tokens[end + 1]?.kind === 'word' && isPluralPossessiveMark(doc, end)))
  ) {
    const t = doc.tokens[end];
    // "by a number of experts" goes on; "by the US of manufacturing" stops after the name, and so
    // does "by the chair | of lying" (a gerund: the charge); "by the Federation of Small Traders"
    // is one name.
    const after = doc.tokens[end + 1];
    const gerund = !!after && after.kind === 'word' && !after.cap && after.norm.endsWith('ing');
    const head = doc.tokens[end - 1];
    const partitive =
      t.norm === 'of' && !head.cap && end > last + 1 && (!gerund || PARTITIVE_HEADS.has(head.norm));
    const nameGoesOn = t.norm === 'of' && doc.tokens[end - 1].cap && !!after?.cap && after.kind === 'word';
    if (AGENT_END.has(t.norm) && !partitive && !nameGoesOn) break;
    // "questioned by detectives | has been released": the sentence's own verb ends the agent (not
    // a relative clause's inside it: "by residents of towns where the courses are closed"), and so
    // does a question's opener ("asked by a reporter | whether …").
    if (RELATIVE_WORDS.has(t.norm) || t.norm === 'where' || t.norm === 'whose') relative = true;
    if (((FINITE.has(t.norm) && !relative) || QUESTION_WORDS_AFTER_AGENT.has(t.norm)) && !t.cap) break;
    // "thought by many geologists | to be the bed of …": an infinitive ends the agent.
    const next = doc.tokens[end + 1];
    if (
      t.norm === 'to' &&
      next &&
      next.kind === 'word' &&
      next.norm === next.lemma &&
      isWordnetVerb(next.lemma)
    )
      break;
    end++;
  }
  if (end <= last + 1 || end >= hi) return null;
  const subject = sourceBefore(doc, cue.first, lo);
  let subjectEnd = cue.first;
  while (subjectEnd > lo && doc.tokens[subjectEnd - 1].text === ',') subjectEnd--;
  const pieces: TokenRange[] = [];
  // "A furious Okoro kicked the ball away … and was criticised by his coach", "Brandt faces a ban
  // after being charged by the federation": the passive's subject is the sentence's, the noun
  // phrase before its first verb.
  const before = doc.tokens[cue.first - 1]?.norm ?? '';
  const shared = before === 'and' || (doc.tokens[cue.first].norm === 'being' && SUBORDINATING.has(before));
  const coordinated = !subject && shared ? openingNounPhrase(doc, lo, cue.first) : null;
  if (coordinated) pieces.push(coordinated);
  else if (subject) pieces.push(subject);
  else if (subjectEnd > lo) pieces.push([lo, subjectEnd]);
  if (PASSIVE_COMPLEMENT.has(doc.tokens[end].norm) || pieces.length === 0)
    pieces.push([end, contentEnd(doc, lo, hi)]);
  // "accused by security researchers last year of …": the time is the accusing's, not the agent's.
  const time = timeBefore(doc, end - 1, last + 2);
  return makeFrame(cue, [last + 1, end - time], pieces, true);
}

const CITING = new Set(['cited', 'quoted']);
const SAYING = new Set(['saying', 'telling', 'stating', 'writing']);

/** Token of the "as" in "… by AGENT as saying", or -1: the agent runs from `by` + 1. */
function asSayingAfter(doc: Document, by: number, hi: number): number {
  for (let j = by + 1; j < hi - 1 && j - by <= MAX_SOURCE; j++) {
    const t = doc.tokens[j];
    if (t.kind === 'punct' && t.text !== '.') return -1;
    if (t.norm === 'as') return j > by + 1 && SAYING.has(doc.tokens[j + 1].norm) ? j : -1;
  }
  return -1;
}

/**
 * "Jonas Moe was cited by the Courier as saying C", "The minister was quoted by a news agency as
 * saying C": the subject said C; the agent only reported it. Null for other cues.
 */
export function citedAsSaying(doc: Document, cue: CueTokens, lo: number, hi: number): Frame | null {
  if (!CITING.has(doc.tokens[cue.last - 1].norm) || doc.tokens[cue.last]?.norm !== 'by') return null;
  const as = asSayingAfter(doc, cue.last, hi);
  if (as < 0) return null;
  // "Halvorsen's chief executive, Jonas Moe, was cited …": the subject before its appositive.
  const comma = doc.tokens[cue.first - 1]?.text === ',' ? cue.first - 1 : -1;
  const subject =
    comma > lo
      ? (appositiveSource(doc, comma, lo) ?? subjectBeforeComma(doc, comma, lo))
      : sourceBefore(doc, cue.first, lo);
  const end = contentEnd(doc, lo, hi);
  if (!subject || as + 2 >= end) return null;
  return makeFrame(cue, subject, [[as + 2, end]], true);
}

/** The "saying" of "X was quoted by Y as saying C": citedAsSaying builds that statement from the
 *  passive's cue. */
export function isSayingOfCitation(doc: Document, cue: CueTokens, lo: number): boolean {
  if (!SAYING.has(doc.tokens[cue.first].norm) || doc.tokens[cue.first - 1]?.norm !== 'as') return false;
  for (let j = cue.first - 2; j > lo && cue.first - j <= MAX_SOURCE + 2; j--) {
    if (doc.tokens[j].norm === 'by')
      return CITING.has(doc.tokens[j - 1].norm) && asSayingAfter(doc, j, cue.last + 1) === cue.first - 1;
    if (doc.tokens[j].kind === 'punct' && doc.tokens[j].text !== '.') return false;
  }
  return false;
}

const REPORTING_PAST = new Set(['said', 'told', 'added', 'wrote', 'warned', 'argued', 'noted', 'estimated']);

/**
 * "Experts cited by the newspaper said …", "Analysts polled by the Wire expect …": a participle
 * with its agent (or an active one with its object: "Officials monitoring the vote said …") that
 * modifies the subject of a verb of saying is no statement of its own; the
 * verb after the agent is the cue.
 */
export function isReducedRelative(doc: Document, cue: CueTokens, hi: number): boolean {
  const t = doc.tokens[cue.first];
  if (cue.last - cue.first !== 1) return false;
  // "Officials monitoring the election said …": an active participle and its object do the same.
  const active = t.norm.endsWith('ing') && t.norm !== t.lemma && !t.cap;
  if (!active && (!t.norm.endsWith('ed') || doc.tokens[cue.last]?.norm !== 'by')) return false;
  const before = doc.tokens[cue.first - 1];
  if (!before || before.kind !== 'word' || BE_FORMS.has(before.norm)) return false;
  if (active && (before.stop || FINITE.has(before.norm))) return false;
  const from = active ? cue.last : cue.last + 1;
  for (let j = from; j < hi && j - cue.last <= MAX_SOURCE; j++) {
    const w = doc.tokens[j];
    // (A plural possessive's apostrophe is no break: "the reporters' contacts".)
    if (w.kind === 'punct' && w.text !== '.' && !isPluralPossessiveMark(doc, j)) return false;
    if (REPORTING_PAST.has(w.norm) || (active && REPORTING_PRESENT.has(w.norm))) return j > from;
    // "Emails describing the plan were leaked": a document's participle inside the subject of
    // a clause about the document.
    // (So is one before what the document shows: "Emails describing the plan show that …".)
    if (active && DOCUMENTS.has(before.norm) && (FINITE.has(w.norm) || SHOWING.has(w.norm)) && !w.cap)
      return j > from;
  }
  return false;
}

const SHOWING = new Set(['show', 'shows', 'showed', 'suggest', 'suggests', 'suggested', 'reveal', 'reveals']);

/** Documents that are handled rather than heard ("memos discussing …", "emails describing …"). */
const DOCUMENTS = new Set([
  ...['memos', 'memo', 'emails', 'email', 'documents', 'document', 'letters', 'letter', 'messages'],
  ...['files', 'notes', 'records', 'texts', 'papers', 'cables', 'minutes', 'recordings', 'videos'],
]);

const REPORTING_PRESENT = new Set([
  'say',
  'says',
  'warn',
  'warns',
  'believe',
  'believes',
  'expect',
  'expects',
]);

/**
 * "As reported by the Courier, C", "As noted by a researcher in a blog post, C": a participle after
 * the "As" that opens the sentence, with "by" and its agent up to a comma. Returns the agent and
 * the token after the comma (where what they said starts), or null.
 */
export function asReportedBy(
  doc: Document,
  cue: CueTokens,
  lo: number,
  hi: number,
): { agent: TokenRange; after: number } | null {
  const as = cue.first - 1;
  if (as < lo || doc.tokens[as].norm !== 'as' || !opensSentence(doc, as, lo)) return null;
  const by = doc.tokens[cue.last - 1].norm === 'by' ? cue.last - 1 : cue.last;
  if (by >= hi || doc.tokens[by].norm !== 'by') return null;
  let v = by - 1;
  while (v > cue.first && PARTICLES.has(doc.tokens[v].norm)) v--;
  if (!PARTICIPLE.test(doc.tokens[v].norm)) return null;
  for (let j = by + 1; j < hi && j - by <= MAX_SOURCE; j++) {
    const t = doc.tokens[j];
    if (t.text === ',') return j > by + 1 && j + 1 < hi ? { agent: [by + 1, j], after: j + 1 } : null;
    if (t.kind === 'punct' && t.text !== '.' && t.text !== '-') return null;
  }
  return null;
}

/** Particles of a phrasal participle ("pointed out by", "laid out by"). */
const PARTICLES = new Set(['out', 'up', 'down', 'over']);

/**
 * "Senator accused of misusing funds", "a clerk accused of theft", "Singer praised for charity
 * work": the participle and its complement right after a noun (no object between, no "be") name
 * whom a charge, a judgement or a request is about, and no one named makes it (PolNeAR train
 * gives such cues no source; "whom the mayor accused of" and "which the minister blamed for",
 * with a relative before the subject, keep theirs).
 */
export function isBareChargePassive(doc: Document, cue: CueTokens, lo: number): boolean {
  const t = doc.tokens[cue.first];
  if (t.kind !== 'word' || t.norm === t.lemma || !t.norm.endsWith('ed') || cue.first - 1 < lo) return false;
  const complements = OBJECT_VERB_COMPLEMENTS.get(t.lemma);
  const next = cue.last - cue.first > 1 ? doc.tokens[cue.first + 1] : doc.tokens[cue.last];
  if (!complements || !next || !complements.includes(next.norm)) return false;
  const before = doc.tokens[cue.first - 1];
  if (before.kind !== 'word' || BE_FORMS.has(before.norm) || PRONOUN_SUBJECTS.has(before.norm)) return false;
  if (before.norm === 'has' || before.norm === 'have' || before.norm === 'had') return false;
  for (let j = cue.first - 1; j >= lo && cue.first - j <= 5; j--)
    if (RELATIVE_WORDS.has(doc.tokens[j].norm)) return false;
  return true;
}

/** Such a charge's frame: no source; the charged (as PolNeAR marks it) and the charge as content
 *  ("[Senator] accused of [misusing funds]"). */
export function chargeFrame(doc: Document, cue: CueTokens, lo: number, charge: TokenRange): Frame {
  const charged = sourceBefore(doc, cue.first, lo);
  return makeFrame(cue, null, charged ? [charged, charge] : [charge]);
}

/**
 * "The plan, opposed by unions, was dropped", "The law, passed last year by the legislature,
 * required …": a participle in commas after a noun phrase, with its agent, attributes the noun
 * phrase to the agent (PolNeAR train marks such cues: "opposed", "backed", "passed"). The agent
 * runs to the comma that closes the phrase.
 */
export function commaParticipleAgent(doc: Document, cue: CueTokens, lo: number, hi: number): Frame | null {
  const t = doc.tokens[cue.first];
  if (cue.first - 1 <= lo || doc.tokens[cue.first - 1].text !== ',' || t.kind !== 'word') return null;
  if (!t.norm.endsWith('ed') || t.norm === t.lemma) return null;
  // The participle alone, or with its time ("passed last year by"); not "lifted slightly by".
  const inCue = cue.last - cue.first - 1;
  if (inCue > 0 && timeAfter(doc, cue.first + 1, hi) !== inCue) return null;
  const by = cue.last + timeAfter(doc, cue.last, hi);
  if (by >= hi || doc.tokens[by].norm !== 'by') return null;
  let end = by + 1;
  while (end < hi && end - by <= MAX_SOURCE && doc.tokens[end].kind !== 'punct') {
    // "called by the drivers’ union | and banned by the city": a second participle.
    if ((doc.tokens[end].norm === 'and' || doc.tokens[end].norm === 'or') && mayBeFiniteVerb(doc, end + 1))
      break;
    end++;
  }
  if (
    end === by + 1 ||
    end >= hi ||
    (doc.tokens[end].text !== ',' && doc.tokens[end].norm !== 'and' && doc.tokens[end].norm !== 'or')
  )
    return null;
  const subject = sourceBefore(doc, cue.first - 1, lo);
  if (!subject || subject[1] !== cue.first - 1) return null;
  return makeFrame(cue, [by + 1, end], [subject]);
}

/** Words that open a question after a passive's agent ("asked by a reporter whether …"). */
const QUESTION_WORDS_AFTER_AGENT = new Set(['whether', 'why', 'how']);

/** Heads of a partitive agent ("by a number of housing experts", "by some of its members"). */
const PARTITIVE_HEADS = new Set([
  ...['number', 'some', 'many', 'most', 'all', 'few', 'several', 'none', 'half', 'rest', 'majority'],
  ...['dozens', 'hundreds', 'thousands', 'millions', 'group', 'handful', 'couple', 'members', 'one'],
]);

/** Words before "being" and a participle whose subject is the sentence's ("after being charged"). */
const SUBORDINATING = new Set(['after', 'before', 'since', 'without', 'despite', 'for', 'while']);

/** The noun phrase opening [lo, before): up to its first verb form, or null. */
function openingNounPhrase(doc: Document, lo: number, before: number): TokenRange | null {
  for (let j = lo + 1; j < before; j++) {
    if (doc.tokens[j].kind === 'punct') return null;
    if (mayBeFiniteVerb(doc, j)) return [lo, j];
  }
  return null;
}
