// Repairs of the speaker span of the statements kept, after the statement filter: the filter and
// the content models were trained on the frames as the tagger and the clause's shape give them
// (moving a cue's noun or a sentence's dateline before them cost cross-validation), but a reader
// sees the speaker.
import { documentAuthor } from './document-cues.js';
import { wordSet } from '../lexicon/load.js';
import { isIrregularVerbForm } from '../lexicon/exceptions.js';
import { hasLemma } from '../lexicon/wordnet.js';
import type { Document } from '../text/document.js';
import { isCloseQuote, isOpenQuote, isQuoted } from './quotes.js';
import { afterDateline } from './datelines.js';
import { FINITE, MAX_SOURCE, PREPOSITIONS, sourceAfter } from './sources.js';
import { sourceBefore } from './source-before.js';
import type { Frame, TokenRange } from './spans.js';
import { sentenceSubject } from './sentence-subject.js';
import { speakerWithin } from './speaker-shape.js';
import { purposeSubject } from './purpose-subjects.js';
import { namesNoOne, STIRRING } from './speakerless.js';
import { predicateSubject } from './predicate-sources.js';
import { repairNounCueSource } from './noun-cue-sources.js';
import { reverseRoles } from './reversed-roles.js';
import { receivesTalk } from './received-objects.js';
import { timePhrase } from './times.js';
import { mayBeFiniteVerb, OBJECT_DETERMINERS, RECEIVING } from './word-forms.js';
import { isEvidenceHeard, isReceivedSaying } from './lexicon-cues.js';

/**
 * A lowercase word WordNet knows as a noun, neither an adverb nor an inflected verb ("media",
 * "opposition", "heap"; not "also", "said", "voiced").
 */
function isSubjectNoun(doc: Document, i: number): boolean {
  const t = doc.tokens[i];
  if (t.kind !== 'word' || t.cap || FINITE.has(t.norm) || isQuoted(doc, i)) return false;
  if (t.lemma !== t.norm && hasLemma(t.lemma, 'v')) return false;
  const lemmas = t.lemma === t.norm ? [t.norm] : [t.norm, t.lemma];
  return lemmas.some((l) => hasLemma(l, 'n')) && !lemmas.some((l) => hasLemma(l, 'r'));
}

/** An inflected verb form: "reported", "says", "warned" (not a bare noun such as "press"). */
function isInflectedVerb(doc: Document, i: number): boolean {
  const t = doc.tokens[i];
  return (
    t.kind === 'word' && !t.cap && /(?:ed|s)$/.test(t.norm) && t.lemma !== t.norm && hasLemma(t.lemma, 'v')
  );
}

/** Verbs whose "it" is an expletive ("It emerged that …"). */
const EXPLETIVE_VERBS = new Set(['emerge', 'appear', 'seem', 'transpire']);

/** Words between such a verb and its noun cue ("faced growing calls", "drew the criticism"). */
const RECEIVING_REACH = 3;

const CUE_PREPOSITIONS = new Set(['from', 'for', 'of', 'over', 'about', 'on', 'against']);

/** The verb of receiving before a noun cue ("faced", "drew"), within its source or cue, or -1. */
function receivingVerb(doc: Document, f: Frame): number {
  const { cue, source } = f;
  if (!source || source[1] > cue.first) return -1;
  // The verb may have been left in the speaker's span ("Mayor faces | calls"), or open the cue
  // ("[prompting speculation] that …").
  // ("has drawn sharp criticism": the verb inside the cue.)
  let verb = -1;
  for (let j = cue.last - 1; j >= source[0] && cue.first - j <= RECEIVING_REACH && verb < 0; j--)
    // Inflected ("faces", "drew", "prompting"): "the fuel tax" holds the noun.
    if (
      (RECEIVING.has(doc.tokens[j].lemma) || (STIRRING.has(doc.tokens[j].lemma) && !doc.tokens[j].cap)) &&
      doc.tokens[j].kind === 'word' &&
      doc.tokens[j].norm !== doc.tokens[j].lemma
    )
      verb = j;
  // (The cue's noun is read from WordNet only when such a verb was found: rare.)
  if (verb < 0) return -1;
  // The cue's head is a noun ("calls", "criticism"), whatever else its word may be.
  // ("criticism for", "accusations of": the noun before the cue's preposition.)
  // ("prompting them | to focus on": an infinitive, no noun.)
  if (doc.tokens[cue.first].norm === 'to') return -1;
  const head = CUE_PREPOSITIONS.has(doc.tokens[cue.last - 1].norm) ? cue.last - 2 : cue.last - 1;
  const h = doc.tokens[head];
  if (head < cue.first || h.kind !== 'word' || h.cap || !hasLemma(h.lemma, 'n')) return -1;
  if (!receivesTalk(doc, verb, head, cue.first)) return -1;
  // Not a verb of saying's past ("said" has a noun's lemma): "calls", "criticism", "media" are nouns.
  if (h.norm !== h.lemma && !h.norm.endsWith('s') && wordSet('speech-verbs').has(h.lemma)) return -1;
  return verb;
}

/** The token after the "from" that follows a cue ("criticism from | farmers"), or -1. */
function afterFrom(doc: Document, f: Frame): number {
  const { cue } = f;
  if (doc.tokens[cue.last - 1].norm === 'from') return cue.last;
  return doc.tokens[cue.last]?.norm === 'from' ? cue.last + 1 : -1;
}

/**
 * "The plan drew criticism from farmers.": a received saying whose sayers the "from" phrase names
 * (cues.ts isReceivedSaying finds the cue). The shape leaves no doubt; the filter, reading a
 * content of "from farmers", dropped it.
 */
export function isReceivedFromNamed(doc: Document, f: Frame): boolean {
  const head = doc.tokens[f.cue.last - 1].norm === 'from' ? f.cue.last - 2 : f.cue.last - 1;
  return isReceivedSaying(doc, head, doc.sentences[f.cue.sentence].tokenStart) && afterFrom(doc, f) > 0;
}

/**
 * "The mayor faced calls to resign", "the plan drew criticism from farmers": a noun cue after a
 * verb of receiving is said by others, not by the subject: by the "from" phrase after it, or by no
 * one named (PolNeAR train: 16 such cues without a source, 15 with one after, none with the
 * subject). What they criticise is the subject, unless the words after the sayers say it ("calls
 * to resign", "criticism from farmers for the cuts"): in PolNeAR train the content is the subject
 * in about half of such cues. Mutates the frame's source and content.
 */
function receivedFromOthers(doc: Document, f: Frame): void {
  const verb = receivingVerb(doc, f);
  if (verb < 0) return;
  const subject = f.source!;
  const from = afterFrom(doc, f);
  const end = doc.sentences[f.cue.sentence].tokenEnd;
  f.source = from > 0 ? sourceAfter(doc, from, end) : null;
  const sayers = f.source;
  if (!sayers || verb <= subject[0]) return;
  // The sayers end at a comma, a clause or what they say: "criticism from farmers | for the
  // cuts", "calls from residents | to resign", "from viewers | after he asked …".
  const stop = phraseEnd(doc, sayers[0] + 1, end);
  f.source = [sayers[0], stop];
  // The content was the "from" phrase, or began inside it.
  const first = f.content[0];
  if (!first || f.content.length !== 1 || first[0] < f.cue.last || first[0] > stop) return;
  // "drew warnings from insurers | that premiums would rise": what they say, to the sentence's end.
  if (stop < end && doc.tokens[stop].norm === 'that') {
    let last = end;
    while (last > stop + 1 && doc.tokens[last - 1].kind === 'punct' && !isCloseQuote(doc, last - 1)) last--;
    if (last > stop + 1) f.content = [[stop, last]];
  } else if (stop < end && RECEIVED_COMPLEMENTS.has(doc.tokens[stop].norm)) {
    const start = doc.tokens[stop].norm === 'to' ? stop : stop + 1;
    const last = phraseEnd(doc, stop + 1, end);
    if (last > start) f.content = [[start, last]];
  } else f.content = [[subject[0], Math.min(verb, subject[1])]];
}

/** Words that end the sayers of a received saying and open what they say ("calls from residents
 *  to resign", "criticism from farmers for the cuts"). */
const RECEIVED_COMPLEMENTS = new Set(['to', 'for', 'over', 'about']);
/** Words that open a clause or an adjunct after a phrase ("after he asked", "despite …"). */
const CLAUSE_OPENERS = new Set([
  'after',
  'when',
  'because',
  'while',
  'since',
  'as',
  'before',
  'following',
  'amid',
  'despite',
  'who',
  'which',
  'that',
]);

/** The end of the phrase from token `from`: the first comma or other mark, clause opener,
 *  complement word or auxiliary, or `end` ("cuts" and "groups" may be verbs: not a stop). */
function phraseEnd(doc: Document, from: number, end: number): number {
  for (let j = from; j < end; j++) {
    const t = doc.tokens[j];
    if (t.kind === 'punct' && t.text !== "'" && t.text !== '’' && t.text !== '-') return j;
    if (CLAUSE_OPENERS.has(t.norm) || RECEIVED_COMPLEMENTS.has(t.norm) || FINITE.has(t.norm)) return j;
  }
  return end;
}

/**
 * "Local media reported that …": the tagger sometimes opens a cue on the head noun of the subject
 * ("media reported"), which leaves the speaker a bare modifier ("Local"); the noun moves into the
 * speaker ("[Local media] reported"). "EASTPORT - the port authority said": a dateline is no part
 * of the speaker, nor is a leading "even". Mutates the frames' cues and sources.
 */
export function repairSources(doc: Document, frames: readonly Frame[]): void {
  for (const f of frames) {
    if (f.source) {
      const start = afterDateline(doc, f.source[0], f.source[1]);
      if (start > f.source[0]) f.source = [start, f.source[1]];
      else if (afterDateline(doc, f.source[0], f.cue.first) >= f.source[1])
        // The dateline alone ("NORTHFIELD, March 3 (Wire) - The bank held rates, saying ..."):
        // the subject after it.
        f.source = sentenceSubject(doc, f.cue.sentence);
    }
    bothToSubject(doc, f);
    // ("X has the support of Y", "X alarmed Y": subject and object trade roles.)
    if (!reverseRoles(doc, f)) receivedFromOthers(doc, f);
    reducedRelative(doc, f);
    participleAside(doc, f);
    nameBeforeAddress(doc, f);
    documentAuthor(doc, f);
    // "The court heard that …": evidence, by no one named; the court only heard it.
    if (f.source && isEvidenceHeard(doc, f)) f.source = null;
    afterGluedHeadline(doc, f);
    beforeClauseVerb(doc, f);
    purposeSubject(doc, f);
    // "Even the bishop acknowledged": the focus word is no part of the speaker (in PolNeAR train,
    // "even" stands before a source 29 times and opens one 8 times).
    if (f.source && f.source[1] - f.source[0] > 1 && doc.tokens[f.source[0]].norm === 'even')
      f.source = [f.source[0] + 1, f.source[1]];
    if (f.source) f.source = speakerWithin(doc, f.source);
    if (namesNoOne(doc, f)) f.source = null;
    // "… and distinguished herself by saying": a predicate is no speaker, its subject is.
    const subject = f.source ? predicateSubject(doc, f.source, f.cue.first) : undefined;
    if (subject !== undefined) f.source = subject;
    repairNounCueSource(doc, f);
    // "It emerged that …", "It appears that …": the expletive is no speaker.
    if (
      f.source &&
      f.source[1] - f.source[0] === 1 &&
      doc.tokens[f.source[0]].norm === 'it' &&
      EXPLETIVE_VERBS.has(doc.tokens[f.cue.first].lemma)
    )
      f.source = null;
    const { cue, source } = f;
    if (!source || source[1] !== cue.first || cue.last - cue.first < 2) continue;
    if (!isSubjectNoun(doc, cue.first) || !isInflectedVerb(doc, cue.first + 1)) continue;
    f.source = [source[0], cue.first + 1];
    // A literal in the cue's field order, not a spread: V8 gives a spread copy a hidden class of its
    // own, and every function reading cues was thrown away on meeting it.
    f.cue = { first: cue.first + 1, last: cue.last, sentence: cue.sentence, score: cue.score };
  }
}

/**
 * "Minister quits over expenses row Opposition says …": a headline glued to its subtitle (no
 * full stop between them, the page's layout gone) leaves the headline in the speaker's span. In
 * the document's first sentence, when it has no closing punctuation, a capitalised word right
 * after a lowercase noun, with an inflected verb before it in the span, starts the speaker.
 */
function afterGluedHeadline(doc: Document, f: Frame): void {
  const { source } = f;
  if (!source || f.cue.sentence !== 0) return;
  const s = doc.sentences[0];
  const last = doc.tokens[s.tokenEnd - 1];
  if (last.text === '.' || last.text === '!' || last.text === '?') return;
  let verb = false;
  for (let j = source[0] + 1; j < source[1]; j++) {
    if (isInflectedVerb(doc, j - 1)) verb = true;
    const t = doc.tokens[j];
    if (verb && t.kind === 'word' && t.cap && isSubjectNoun(doc, j - 1)) {
      f.source = [j, source[1]];
      return;
    }
  }
}

/**
 * "Hundreds of residents packed a town hall meeting in Brennmoor [to oppose] …": a span running
 * back over its clause's verb and object ("packed a") is the subject, up to that verb.
 */
function beforeClauseVerb(doc: Document, f: Frame): void {
  const { source } = f;
  if (!source) return;
  for (let j = source[0] + 1; j + 1 < source[1]; j++) {
    const t = doc.tokens[j];
    // A relative clause's verb is the source's own ("Republican lawmakers who drafted the law").
    if (t.norm === 'who' || t.norm === 'that' || t.norm === 'which') return;
    if (t.cap || FINITE.has(t.norm) || t.norm === 'been' || !OBJECT_DETERMINERS.has(doc.tokens[j + 1].norm))
      continue;
    if ((t.norm.endsWith('ed') && t.norm !== t.lemma) || isIrregularVerbForm(t.norm)) {
      f.source = [source[0], j];
      return;
    }
  }
}

const QUANTIFIERS = new Set(['both', 'each']);

/**
 * "Erik Vall and his deputy, Sara Holm, both welcomed …": a lone "both" after a comma stands for
 * the subject the sentence opens with, up to that comma (at most MAX_SOURCE words).
 */
function bothToSubject(doc: Document, f: Frame): void {
  const source = f.source;
  if (!source) return;
  if (source[1] - source[0] !== 1 || !QUANTIFIERS.has(doc.tokens[source[0]].norm)) return;
  const comma = source[0] - 1;
  const lo = afterDateline(doc, doc.sentences[f.cue.sentence].tokenStart, comma);
  if (doc.tokens[comma]?.text !== ',' || comma - lo < 1 || comma - lo > MAX_SOURCE || !doc.tokens[lo].cap)
    return;
  for (let i = lo; i < comma; i++) if (isQuoted(doc, i) || FINITE.has(doc.tokens[i].norm)) return;
  f.source = [lo, comma];
}

/** Prepositions whose noun phrase cannot be the subject of a verb after it. */
const OBJECT_PREPOSITIONS = new Set([
  ...PREPOSITIONS,
  'after',
  'before',
  'following',
  'amid',
  'despite',
  'over',
  'under',
]);

/**
 * "Shares rallied after a buyback plan announced yesterday": a participle right after a noun
 * phrase that a preposition governs is a reduced relative clause, a passive: the noun phrase is
 * what was announced, and its speaker is the "by" phrase after it, if any ("announced on Monday
 * by the board"), as PolNeAR marks agentless and agentful passives. Mutates the frame.
 */
function reducedRelative(doc: Document, f: Frame): void {
  const { cue, source } = f;
  if (!source || source[1] !== cue.first || cue.last - cue.first !== 1 || source[0] === 0) return;
  const t = doc.tokens[cue.first];
  if (t.kind !== 'word' || !t.norm.endsWith('ed') || t.norm === t.lemma) return;
  const before = doc.tokens[source[0] - 1];
  if (before.sentence !== t.sentence || !OBJECT_PREPOSITIONS.has(before.norm)) return;
  const head = doc.tokens[source[1] - 1];
  if (head.kind !== 'word' || head.cap || !hasLemma(head.lemma, 'n')) return;
  const end = doc.sentences[cue.sentence].tokenEnd;
  // The participle has no object: punctuation, a time or its agent follows it ("announced
  // yesterday", "announced on Monday by the board"), not "asked Clinton about …".
  const after = cue.last + timePhrase(doc, cue.last, end);
  const next = doc.tokens[after];
  if (after < end && next.kind !== 'punct' && next.norm !== 'by') return;
  // Not a naming: "a box labeled “medical problem”".
  if (after < end && (isOpenQuote(doc, after) || isQuoted(doc, after))) return;
  let agent: TokenRange | null = null;
  for (let j = cue.last; j < end && j - cue.last <= 4; j++) {
    if (doc.tokens[j].kind === 'punct') break;
    if (doc.tokens[j].norm === 'by') {
      agent = sourceAfter(doc, j + 1, end);
      break;
    }
  }
  f.content = [[source[0], source[1]]];
  f.source = agent;
}

/**
 * "The plan, announced last month, would cost …": a participle's aside in commas on the subject,
 * before the sentence's own verb, is a passive as "a plan announced yesterday" is: what was
 * announced is the noun phrase before it, by no one named. Mutates the frame.
 */
function participleAside(doc: Document, f: Frame): void {
  const { cue } = f;
  if (f.source || cue.last - cue.first !== 1 || cue.first < 2) return;
  const t = doc.tokens[cue.first];
  if (t.kind !== 'word' || t.cap || !t.norm.endsWith('ed') || t.norm === t.lemma) return;
  if (doc.tokens[cue.first - 1].text !== ',') return;
  const lo = doc.sentences[cue.sentence].tokenStart;
  const end = doc.sentences[cue.sentence].tokenEnd;
  const after = cue.last + timePhrase(doc, cue.last, end);
  // ("The report, published on Monday, found …": the sentence's verb may be any finite one.)
  if (
    after + 1 >= end ||
    doc.tokens[after].text !== ',' ||
    !(FINITE.has(doc.tokens[after + 1].norm) || mayBeFiniteVerb(doc, after + 1))
  )
    return;
  const subject = sourceBefore(doc, cue.first - 1, lo);
  if (!subject || subject[0] !== lo) return;
  f.content = [[subject[0], subject[1]]];
}

/** Words of the address after "of" ("Hadley Road, Ashford"), commas included. */
const MAX_ADDRESS = 8;

/**
 * "Liam Pettigrew, 29, of Hadley Road, Ashford, admitted theft": a court report's name, age and
 * address before the verb; the speaker is the name, not the town the address ends on. Mutates the
 * frame's source.
 */
function nameBeforeAddress(doc: Document, f: Frame): void {
  const src = f.source;
  if (!src || !doc.tokens[src[0]].cap) return;
  // The source ends at the cue, or at the comma before it.
  if (src[1] !== f.cue.first && !(doc.tokens[src[1]]?.text === ',' && src[1] + 1 === f.cue.first)) return;
  const lo = doc.sentences[f.cue.sentence].tokenStart;
  // Back over the address to its "of": capitalised words and commas.
  let j = src[0] - 1;
  if (doc.tokens[j]?.text !== ',') return;
  while (j > lo && src[0] - j <= MAX_ADDRESS && doc.tokens[j].norm !== 'of') {
    const t = doc.tokens[j];
    if (t.text !== ',' && !(t.kind === 'word' && t.cap) && t.kind !== 'number') return;
    j--;
  }
  // ", 29, of": the age between commas.
  if (doc.tokens[j]?.norm !== 'of' || doc.tokens[j - 1]?.text !== ',' || doc.tokens[j - 2]?.kind !== 'number')
    return;
  if (doc.tokens[j - 3]?.text !== ',') return;
  const nameEnd = j - 3;
  let start = nameEnd;
  while (start > lo && doc.tokens[start - 1].cap && doc.tokens[start - 1].kind === 'word') start--;
  if (start === nameEnd || start !== lo) return;
  f.source = [start, nameEnd];
}
