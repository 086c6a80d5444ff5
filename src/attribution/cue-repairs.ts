// Repairs of the cue spans the tagger gives (cues.ts), read off the words around them: where a
// generous cue swallowed its subject, a clause, its object or a figure's "about" (no-cues.ts
// drops the cues that are none).
import { startAtSendingVerb } from './document-cues.js';
import { loadPairs, wordSet } from '../lexicon/load.js';
import { hasLemma } from '../lexicon/wordnet.js';
import type { Document } from '../text/document.js';
import type { TokenHashes } from './features.js';
import { hasFiniteVerb, PRONOUN_SUBJECTS, QUANTIFIERS } from './sources.js';
import { cleftFocus } from './source-before.js';
import type { CueTokens } from './types.js';
import { isRegularPlural, mayBeFiniteVerb, NOUN_PHRASE_OPENERS, PASSIVE_AUXILIARIES } from './word-forms.js';
import { timeAfter } from './times.js';
import { mediumNounEnd, ONLINE_MEDIA } from './speaker-tail.js';
import { isOpenQuote } from './quotes.js';
import {
  endBeforeAuthoredObject,
  endBeforeBareObject,
  endBeforeClassedObject,
  endBeforeDanglingPreposition,
  endBeforeTime,
  endBeforeDisputedClaims,
  endBeforeGerundObject,
  endBeforeObjectDeterminer,
  endBeforeCompoundObject,
  startAfterCoordination,
  startAtParticipleAfterComma,
} from './cue-objects.js';
import { endBeforeGapVerb, endBeforeSpilledSubject } from './cue-subjects.js';
import { mendPassiveCue } from './passive-cue-start.js';
import { contractedSubject, SUBJECT_CONTRACTION } from './contracted-subjects.js';

/** Mends cue c's span in place: its start, its end, a cleft's "that". */
export function repairCue(doc: Document, h: TokenHashes, c: CueTokens): void {
  endBeforeGapVerb(doc, c);
  startAtPassiveAuxiliary(doc, c);
  startAfterAppealsBody(doc, c);
  startAfterClause(doc, c);
  startAtParticipleAfterComma(doc, c);
  startAfterCoordination(doc, c);
  startAfterParticiple(doc, c);
  trimSubject(doc, h, c);
  startAtSayingAfterPlural(doc, c);
  // "[said on condition of] anonymity": the source's terms are no part of the cue.
  // "[called for] talks with management": what is called for is the content.
  for (let i = c.first + 1; i + 1 < c.last; i++) {
    if (doc.tokens[i].norm === 'on' && doc.tokens[i + 1].norm === 'condition') {
      c.last = i;
      break;
    }
    if (doc.tokens[i].norm === 'for' && doc.tokens[i - 1].lemma === 'call') {
      c.last = i + 1;
      break;
    }
  }
  endBeforeApproximation(doc, c);
  endBeforeModifier(doc, c);
  endBeforeClause(doc, c);
  endBeforeSpilledSubject(doc, c);
  endBeforeCompoundObject(doc, c);
  startAtSecondVerb(doc, c);
  endAfterHearsay(doc, c);
  startAtReportsFollowed(doc, c);
  endBeforeAuthoredObject(doc, c);
  endBeforeReleasingAgent(doc, c);
  endBeforeObjectDeterminer(doc, c);
  endBeforeBareObject(doc, c);
  endBeforeDisputedClaims(doc, c);
  endBeforeClassedObject(doc, c);
  endBeforeGerundObject(doc, c);
  endBeforeDanglingPreposition(doc, c);
  endBeforeTime(doc, c);
  // "…, [citing intelligence], said": what is cited is the content, not the cue.
  if (
    c.last - c.first > 1 &&
    CITING.has(doc.tokens[c.first].lemma) &&
    doc.tokens[c.first].norm.endsWith('ing')
  )
    c.last = c.first + 1;
  // "blamed [each] other", "accused [one] another": the reciprocal is the object, whole.
  const after = doc.tokens[c.last]?.norm;
  const end = doc.tokens[c.last - 1].norm;
  if (
    c.last - c.first > 1 &&
    ((end === 'each' && after === 'other') || (end === 'one' && after === 'another'))
  )
    c.last--;
  extendOverMedium(doc, c);
  startAtSendingVerb(doc, c);
  // "Tessany [flatly] rejected that version": an adverb alone takes in the verb it modifies.
  const verb = doc.tokens[c.last];
  if (
    c.last - c.first === 1 &&
    doc.tokens[c.first].norm.endsWith('ly') &&
    verb?.kind === 'word' &&
    verb.norm !== verb.lemma &&
    (wordSet('speech-verbs').has(verb.lemma) || loadPairs('stance-cues').has(verb.lemma))
  )
    c.last++;
  // "has pleaded [not] guilty": a negation ending the cue negates what follows.
  if (c.last - c.first > 1 && doc.tokens[c.last - 1].norm === 'not') c.last--;
  // "It was the club [that announced]": the cleft's "that" is no part of the cue.
  if (c.last - c.first > 1 && cleftFocus(doc, c.first, doc.sentences[c.sentence].tokenStart)) c.first++;
}

/**
 * "he [said in a statement released by] his lawyers": the medium's own participle and agent
 * (released, issued, read, put out by) are no part of the cue, and the agent only passed the words
 * on; the cue ends on the medium's noun, so its speaker is the subject.
 */
function endBeforeReleasingAgent(doc: Document, c: CueTokens): void {
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
function extendOverMedium(doc: Document, c: CueTokens): void {
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

/** Verbs of citing a source ("citing intelligence", "quoting officials"). */
const CITING = new Set(['cite', 'quote']);

/** Nouns of a group that take a plural verb ("state media report", "police say"). */
const COLLECTIVES = new Set(['media', 'police', 'staff', 'personnel', 'press']);

/** Nouns that "appeals" qualifies ("an appeals court"), where it is no verb of appealing. */
const APPEALS_BODIES = new Set([
  'court',
  'courts',
  'panel',
  'judge',
  'judges',
  'tribunal',
  'board',
  'process',
]);

/** Does token i open "appeals court", "appeals panel" …? */
export function isAppealsBody(doc: Document, i: number): boolean {
  return doc.tokens[i].norm === 'appeals' && APPEALS_BODIES.has(doc.tokens[i + 1]?.norm ?? '');
}

/** "A state [appeals court ruled]": the cue starts after the body's name ("ruled"). */
function startAfterAppealsBody(doc: Document, c: CueTokens): void {
  if (c.last - c.first > 2 && isAppealsBody(doc, c.first)) c.first += 2;
}

/**
 * "The decision was [condemned] by the union": a participle cue with its agent after it opens at
 * its auxiliary ("[was condemned] by"), as the tagger gives most passives, so the agentful passive
 * is read (the agent speaks, the subject is the content). An adverb may stand between. An
 * agentless one of telling or charging opens at its auxiliaries too (passive-cue-start.ts).
 */
function startAtPassiveAuxiliary(doc: Document, c: CueTokens): void {
  const t = doc.tokens[c.first];
  // (Agentless ones: "were [advised] to", "is [charged with]".)
  if (mendPassiveCue(doc, c)) return;
  if (c.last - c.first !== 1 || doc.tokens[c.last]?.norm !== 'by' || !/(?:ed|en)$/.test(t.norm)) return;
  // Only a verb of saying or of a telling stance: "[passed] by Congress" is no statement.
  if (!wordSet('speech-verbs').has(t.lemma) && !loadPairs('stance-cues').has(t.lemma)) return;
  let j = c.first - 1;
  if (j > 0 && doc.tokens[j].norm.endsWith('ly') && doc.tokens[j].sentence === t.sentence) j--;
  if (j >= 0 && doc.tokens[j].sentence === t.sentence && PASSIVE_AUXILIARIES.has(doc.tokens[j].norm))
    c.first = j;
}

/**
 * "The spokesman [said talks had stalled]": a cue that runs on from a core verb of saying into a
 * finite verb has swallowed the subject and verb of its content; it ends after the verb of saying.
 */
function endBeforeClause(doc: Document, c: CueTokens): void {
  if (c.last - c.first < 3) return;
  const core = wordSet('speech-core');
  for (let j = c.first; j < c.last - 2; j++) {
    if (!core.has(doc.tokens[j].lemma)) continue;
    if (hasFiniteVerb(doc, [j + 2, c.last]) || subjectThenVerb(doc, j + 1, c.last)) c.last = j + 1;
    return;
  }
}

/**
 * "Most of the surveyors it [questioned reported] fewer enquiries": a verb in -ed after a
 * pronoun, then an inflected verb of saying, is a relative clause ending the subject; the cue
 * is the verb of saying.
 */
function startAtSecondVerb(doc: Document, c: CueTokens): void {
  if (c.last - c.first !== 2 || c.first === 0) return;
  const [a, b] = [doc.tokens[c.first], doc.tokens[c.first + 1]];
  const before = doc.tokens[c.first - 1];
  if (!PRONOUN_SUBJECTS.has(before.norm) || !a.norm.endsWith('ed') || !mayBeFiniteVerb(doc, c.first + 1))
    return;
  if (wordSet('speech-verbs').has(b.lemma)) c.first++;
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
function endBeforeApproximation(doc: Document, c: CueTokens): void {
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
function endBeforeModifier(doc: Document, c: CueTokens): void {
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

/**
 * A generous cue can run over a fronted adjunct into the reporting clause ("In a Facebook message
 * [posted Friday, Alvarez said] he ..."): when a comma inside the cue is followed by a capitalised
 * word or a subject pronoun and then a core verb of saying, the cue starts after the comma (and
 * trimSubject then leaves the subject out), and so it does when the comma closes a relative
 * clause right before an inflected core verb of saying.
 */
function startAfterClause(doc: Document, c: CueTokens): void {
  const core = wordSet('speech-core');
  for (let p = c.last - 2; p > c.first; p--) {
    if (doc.tokens[p].text !== ',') continue;
    const next = doc.tokens[p + 1];
    // "The post, which [appeared on Facebook, says]: …": a relative clause closed by the comma
    // before the sentence's own verb of saying.
    if (
      next.kind === 'word' &&
      !next.cap &&
      core.has(next.lemma) &&
      next.norm !== next.lemma &&
      !next.norm.endsWith('ing')
    ) {
      c.first = p + 1;
      return;
    }
    if (next.kind !== 'word' || !(next.cap || PRONOUN_SUBJECTS.has(next.norm))) return;
    for (let j = p + 2; j < c.last; j++)
      if (core.has(doc.tokens[j].lemma)) {
        c.first = p + 1;
        return;
      }
    return;
  }
}

/**
 * "A poll [published this week suggested] …": a participle describing the noun before it, then
 * its time, then an inflected verb of saying: the cue is the verb.
 */
function startAfterParticiple(doc: Document, c: CueTokens): void {
  const t = doc.tokens[c.first];
  const before = doc.tokens[c.first - 1];
  if (c.last - c.first < 3 || t.kind !== 'word' || !t.norm.endsWith('ed') || !before) return;
  if (before.kind !== 'word' || before.cap || before.stop) return;
  const verb = c.first + 1 + timeAfter(doc, c.first + 1, c.last);
  if (verb === c.first + 1 || verb >= c.last) return;
  const v = doc.tokens[verb];
  if (v.norm !== v.lemma && wordSet('speech-verbs').has(v.lemma)) c.first = verb;
}

/**
 * "[Brokers denied] that ...": a capitalised plural opening the sentence, before an inflected verb,
 * is the subject (the tagger read it as the verb "to broker"), not part of the cue.
 */
function pluralOpener(doc: Document, h: TokenHashes, i: number, sentenceStart: number): boolean {
  const t = doc.tokens[i];
  const next = doc.tokens[i + 1];
  return (
    i === sentenceStart &&
    t.cap &&
    !t.quoted &&
    t.norm.length > 3 &&
    t.norm.endsWith('s') &&
    !t.norm.endsWith('ss') &&
    next.kind === 'word' &&
    h.verb[i + 1] === 1 &&
    next.norm !== next.lemma &&
    !next.norm.endsWith('ing')
  );
}

/** "The Cruise [Lines Association called]": the capitalised run goes on inside the cue, before a
 *  word of its own. */
function capitalisedRunGoesOn(doc: Document, first: number, last: number): boolean {
  const next = doc.tokens[first + 1];
  return first + 2 < last && next.kind === 'word' && next.cap && !next.quoted;
}

/**
 * A generous cue start can swallow the end of the subject ("Zero [Hedge asked]", "[He’s
 * claiming]"): leading capitalised words (not opening the sentence) and pronoun contractions
 * leave the cue when a verb follows them in it.
 */
function trimSubject(doc: Document, h: TokenHashes, c: CueTokens): void {
  const sentenceStart = doc.sentences[c.sentence].tokenStart;
  let first = c.first;
  while (first + 1 < c.last) {
    const t = doc.tokens[first];
    const subject =
      t.kind === 'word' &&
      ((t.cap && first > sentenceStart && !t.quoted) || SUBJECT_CONTRACTION.test(t.norm));
    // "Her [remarks were echoed by]": a plain word before an auxiliary is the subject's head.
    const beforeAuxiliary =
      t.kind === 'word' &&
      !t.norm.endsWith('ly') &&
      !hasFiniteVerb(doc, [first, first + 1]) &&
      hasFiniteVerb(doc, [first + 1, first + 2]);
    if (
      !beforeAuxiliary &&
      !pluralOpener(doc, h, first, sentenceStart) &&
      !(first === sentenceStart && nounOpenerBeforeSaying(doc, first)) &&
      // "[Opposition leaders accused]": a capitalised modifier opening the sentence, then such a plural.
      !(
        first === sentenceStart &&
        doc.tokens[first].cap &&
        first + 2 < c.last &&
        pluralBeforeSaying(doc, first + 1)
      ) &&
      !pluralBeforeSaying(doc, first) &&
      !nounBeforeSaying(doc, first, c.last) &&
      !quantifiedPlural(doc, first, c.last) &&
      (!subject ||
        !(contractedSubject(doc, first) || h.verb[first + 1] || capitalisedRunGoesOn(doc, first, c.last)))
    )
      break;
    first++;
  }
  c.first = first;
}

/**
 * "[Posts circulating on messaging apps claim] that …", "Social media [posts claim]": a cue that
 * ends on a verb of saying right after a lowercase plural holds its subject; the cue is the verb.
 */
function startAtSayingAfterPlural(doc: Document, c: CueTokens): void {
  if (c.last - c.first < 2) return;
  const verb = doc.tokens[c.last - 1];
  const noun = doc.tokens[c.last - 2];
  if (verb.kind !== 'word' || verb.norm.endsWith('ing') || !wordSet('speech-verbs').has(verb.lemma)) return;
  if (verb.norm !== verb.lemma && !verb.norm.endsWith('ed')) return;
  const plural =
    isRegularPlural(noun) ||
    COLLECTIVES.has(noun.norm) ||
    (noun.norm.length > 3 && /[^s]s$/.test(noun.norm) && !noun.stop);
  if (noun.kind !== 'word' || noun.cap || !plural) return;
  c.first = c.last - 1;
}

/**
 * "[Opposition accuses] government of …": a capitalised noun opening the sentence before an
 * inflected verb of saying is its subject (a headline drops the article), not part of the cue; so
 * is a name WordNet does not know ("[Oralov denied]").
 */
function nounOpenerBeforeSaying(doc: Document, i: number): boolean {
  const t = doc.tokens[i];
  const next = doc.tokens[i + 1];
  return (
    t.kind === 'word' &&
    t.cap &&
    !t.quoted &&
    // A noun, or a word WordNet does not know at all: a name ("Oralov rejected the claims").
    (hasLemma(t.norm, 'n') || !(hasLemma(t.norm, 'v') || hasLemma(t.norm, 'a') || hasLemma(t.norm, 'r'))) &&
    next.kind === 'word' &&
    next.norm !== next.lemma &&
    !next.norm.endsWith('ing') &&
    wordSet('speech-verbs').has(next.lemma)
  );
}

/**
 * "where [councillors said] they …", "members of the [unions vowed] …": a lowercase plural noun
 * before an inflected verb of saying is the subject's head, not part of the cue.
 */
function pluralBeforeSaying(doc: Document, i: number): boolean {
  const t = doc.tokens[i];
  // ("The [notes also say]": an adverb of time or addition may stand between.)
  let v = i + 1;
  while (MID_ADVERBS.has(doc.tokens[v]?.norm ?? '') && doc.tokens[v + 1]?.sentence === t.sentence) v++;
  const next = doc.tokens[v];
  return (
    t.kind === 'word' &&
    !t.cap &&
    // ("State [media reported]": a collective noun is a plural too.)
    (COLLECTIVES.has(t.norm) ||
      (t.norm.length > 3 &&
        t.norm.endsWith('s') &&
        !t.norm.endsWith('ss') &&
        (isRegularPlural(t) || (t.lemma !== t.norm && t.norm.endsWith('ies'))))) &&
    next.kind === 'word' &&
    // (A bare verb after a plural is its present: "intelligence [agencies believe]".)
    (next.norm !== next.lemma || afterCommaAtEnd(doc, i) || wordSet('speech-core').has(next.norm)) &&
    !next.norm.endsWith('ing') &&
    !next.norm.endsWith('s') &&
    wordSet('speech-verbs').has(next.lemma)
  );
}

/** "…, [reports say]": a plural right after a comma, its verb of saying (present tense, the
 *  plural's bare form) ending the sentence. */
function afterCommaAtEnd(doc: Document, i: number): boolean {
  const end = doc.tokens[i + 2];
  return (
    i > 0 &&
    doc.tokens[i - 1].text === ',' &&
    (!end || end.sentence !== doc.tokens[i].sentence || end.kind === 'punct')
  );
}

/**
 * "Both [sides claim] gains": a lowercase plural after a word that counts it, before a verb of
 * saying, is the subject's head (the present tense of a headline leaves the verb uninflected).
 */
function quantifiedPlural(doc: Document, i: number, last: number): boolean {
  const t = doc.tokens[i];
  if (i === 0 || i + 1 >= last || t.kind !== 'word' || t.cap || !isRegularPlural(t)) return false;
  if (!QUANTIFIERS.has(doc.tokens[i - 1].norm)) return false;
  return wordSet('speech-verbs').has(doc.tokens[i + 1].lemma);
}

/**
 * "a charge Ostmark's coast [guard flatly rejected]", "the [website noted] that …": a lowercase
 * singular noun after another word of its noun phrase, before an inflected verb of saying (an
 * adverb in -ly may stand between), is the subject's head, not part of the cue.
 */
function nounBeforeSaying(doc: Document, i: number, last: number): boolean {
  const t = doc.tokens[i];
  const prev = i > 0 ? doc.tokens[i - 1] : undefined;
  // Not an adverb in -ly ("family" is a noun).
  const adverb = t.norm.endsWith('ly') && !hasLemma(t.norm, 'n');
  if (t.kind !== 'word' || t.cap || t.stop || t.norm !== t.lemma || adverb) return false;
  if (!prev || prev.kind !== 'word' || prev.sentence !== t.sentence || PRONOUN_SUBJECTS.has(prev.norm))
    return false;
  // "One [journalist asked]": a numeral opens the noun phrase too.
  if (prev.stop && !NOUN_PHRASE_OPENERS.has(prev.norm) && prev.norm !== 'one' && prev.norm !== 'another')
    return false;
  if (wordSet('attribution-source-skip').has(t.norm) || !hasLemma(t.norm, 'n')) return false;
  let j = i + 1;
  // ("The [note also says]": an adverb of time or addition stands there too.)
  while (j < last - 1 && (doc.tokens[j].norm.endsWith('ly') || MID_ADVERBS.has(doc.tokens[j].norm))) j++;
  // Inflected, regular or not ("His [club said]"), but no "-ing" form, which a noun may head.
  const verb = doc.tokens[j];
  return (
    verb.kind === 'word' &&
    verb.norm !== verb.lemma &&
    !verb.norm.endsWith('ing') &&
    (wordSet('speech-verbs').has(verb.lemma) || loadPairs('stance-cues').has(verb.lemma))
  );
}

/** Adverbs that stand between a subject and its verb ("The note also says", "still insists"). */
const MID_ADVERBS = new Set(['also', 'again', 'still', 'now', 'already', 'further', 'even', 'never']);

/** Adverbs of hearsay, which report with no one named: "the helicopters [reportedly] landed". */
export const HEARSAY = new Set(['reportedly', 'allegedly', 'purportedly', 'supposedly']);

/**
 * "Two police boats [reportedly sank near] the harbour": a cue opened by an adverb of hearsay
 * ends after it unless a verb of saying or believing follows ("reportedly told", "reportedly
 * believe"); what follows is reported, not a way of saying it.
 */
function endAfterHearsay(doc: Document, c: CueTokens): void {
  if (c.last - c.first < 2) return;
  // "The club [have reportedly agreed] terms": the auxiliary before the adverb goes too.
  let k = c.first;
  while (k < c.last - 1 && !HEARSAY.has(doc.tokens[k].norm)) k++;
  if (!HEARSAY.has(doc.tokens[k].norm) || k + 1 >= c.last) return;
  if (k > c.first && !CUE_AUXILIARY_WORDS.has(doc.tokens[c.first].norm)) return;
  if (wordSet('speech-verbs').has(doc.tokens[k + 1].lemma)) return;
  c.first = k;
  c.last = k + 1;
}

/** Verbs of what comes after news ("The ruling follows reports that …"). */
const FOLLOWING = new Set(['follow', 'come']);
/** Nouns of news no one is named for. */
const NEWS_NOUNS = new Set([
  'reports',
  'claims',
  'allegations',
  'rumours',
  'rumors',
  'accusations',
  'warnings',
]);

/** Does cue c open on a news noun after "follows", "comes amid", "came after"? */
export function followsNews(doc: Document, c: CueTokens): boolean {
  if (!NEWS_NOUNS.has(doc.tokens[c.first].norm)) return false;
  let v = c.first - 1;
  if (v > 0 && (doc.tokens[v].norm === 'amid' || doc.tokens[v].norm === 'after')) v--;
  return v >= 0 && FOLLOWING.has(doc.tokens[v].lemma);
}

/**
 * "The ruling [follows reports] that the player had failed a test", "It [comes amid claims]
 * that …": the ruling reports nothing; the cue is the news noun, whose sayers are not named.
 */
function startAtReportsFollowed(doc: Document, c: CueTokens): void {
  if (!FOLLOWING.has(doc.tokens[c.first].lemma)) return;
  for (let k = c.first + 1; k < c.last; k++)
    if (NEWS_NOUNS.has(doc.tokens[k].norm)) {
      c.first = k;
      return;
    }
}

/** Auxiliaries a cue may open with before an adverb of hearsay ("have reportedly agreed"). */
const CUE_AUXILIARY_WORDS = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would']);
