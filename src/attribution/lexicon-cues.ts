// Cues the tagger scores too low that the lexicons and the sentence's shape vouch for (cues.ts
// takes them within their own margins): verbs of saying used as verbs ("stated that"), nouns of
// saying a subject receives ("faces calls to resign"), a bare verb of saying before a clause
// ("Analysts … estimate the painting could …"), a passive of saying before its agent ("was
// condemned by the union"), and a court's hearing of evidence ("The court heard that …").
import { loadPairs, wordSet } from '../lexicon/load.js';
import type { DocToken, Document } from '../text/document.js';
import { isCloseQuote } from './quotes.js';
import { PREPOSITIONS } from './sources.js';
import { pluralHeadBeforePhrase } from './phrase-subjects.js';
import {
  FINITE,
  IMPERSONAL_PARTICIPLES,
  isRegularPlural,
  mayBeFiniteVerb,
  NOMINATIVE_PRONOUNS,
  NOUN_PHRASE_OPENERS,
  opensBareClause,
  pluralLemma,
  QUESTION_WORDS,
  RECEIVING,
  OBJECT_VERB_COMPLEMENTS,
  PASSIVE_AUXILIARIES,
} from './word-forms.js';

const VERB_FORM = /(?:ed|s)$/;

/** A verb of saying from the lexicon, used as a verb ("stated that", "informed reporters"), outside quotations. */
function isLexiconCue(doc: Document, i: number, lo: number, hi: number): boolean {
  const t = doc.tokens[i];
  if (t.kind !== 'word' || t.quoted || !wordSet('speech-verbs').has(t.lemma)) return false;
  if (t.lemma === t.norm && !VERB_FORM.test(t.norm)) return false; // bare "say"/"claim": often a noun or infinitive
  const prev = i > lo ? doc.tokens[i - 1] : null;
  if (prev && (NOUN_PHRASE_OPENERS.has(prev.norm) || prev.norm === 'to')) return false;
  if (!/(?:ed|s|told|said|wrote|thought|made)$/.test(t.norm) && t.lemma === t.norm) return false;
  const next = i + 1 < hi ? doc.tokens[i + 1] : null;
  // "a report on the biggest projects says": a noun, the subject of the verb after it.
  if (next && next.norm !== next.lemma && wordSet('speech-core').has(next.lemma)) return false;
  const prevIsSubject =
    !!prev &&
    (((prev.cap || prev.kind === 'word') && prev.text !== ',') ||
      (prev.text === ',' &&
        next?.kind === 'word' &&
        !PARTICIPLE_OBJECTS.has(next.norm) &&
        closesNamedAppositive(doc, i - 1, lo)));
  const nextIsComplement =
    !next ||
    next.norm === 'that' ||
    next.text === ':' ||
    next.text === ',' ||
    next.text === '.' ||
    next.kind === 'word' ||
    next.text === '“' ||
    next.text === '"';
  return prevIsSubject && nextIsComplement;
}

/** Words after a verb in -ed that make it a participle of the subject, not its verb ("X, accused
 *  of theft, said"). */
const PARTICIPLE_OBJECTS = new Set(['of', 'by', 'in', 'for', 'as', 'with', 'to', 'at', 'on']);

/** Longest appositive between a name and its verb ("Sofia Reyes, of Tide Turn, accused …"). */
const APPOSITIVE_REACH = 8;

/**
 * Does the comma at `comma` close an appositive after the name that opens the sentence ("Sofia
 * Reyes, of Tide Turn,", "Ana Pires, a spokeswoman for the ministry,")? Words only between the
 * two commas, opening with "of", an article or a capital.
 */
function closesNamedAppositive(doc: Document, comma: number, lo: number): boolean {
  for (let j = comma - 1; j > lo && comma - j <= APPOSITIVE_REACH; j--) {
    const t = doc.tokens[j];
    if (t.text === ',') {
      const opener = doc.tokens[j + 1];
      const opens = opener.norm === 'of' || opener.norm === 'a' || opener.norm === 'an' || opener.cap;
      if (!opens || j + 1 >= comma) return false;
      // The name: capitalised words from the sentence's start to the first comma.
      for (let k = lo; k < j; k++) if (!doc.tokens[k].cap || doc.tokens[k].kind !== 'word') return false;
      return true;
    }
    if (t.kind !== 'word' && t.kind !== 'number') return false;
  }
  return false;
}

/** Nouns of saying that a subject receives ("faces calls to resign", "drew criticism from"). */
const RECEIVED_SAYINGS = new Set([
  'call',
  'calls',
  'demand',
  'demands',
  'criticism',
  'accusation',
  'accusations',
]);
/** How far below "no cue" such a noun may score and still start a cue (the tagger reads it as
 *  a plain noun: -25 to -35 in "faces growing calls", "is facing calls"). */
export const RECEIVED_MARGIN = 45;
/** Words between a verb of receiving and its noun ("is facing growing calls"). */
const RECEIVED_REACH = 3;

/**
 * "Senator Rob Whitaker is facing calls to resign": a noun of saying a few words after a verb of
 * receiving or causing (word-forms.ts RECEIVING), with only modifiers between, is a cue the
 * tagger leaves just under its margin after "is facing" (source-repairs.ts gives it the others'
 * voice).
 */
export function isReceivedSaying(doc: Document, i: number, lo: number): boolean {
  const t = doc.tokens[i];
  if (t.kind !== 'word' || t.quoted || !RECEIVED_SAYINGS.has(t.norm)) return false;
  for (let j = i - 1; j >= lo && i - j <= RECEIVED_REACH; j--) {
    const w = doc.tokens[j];
    if (w.kind !== 'word') return false;
    if (RECEIVING.has(w.lemma) && w.norm !== w.lemma) return true;
  }
  return false;
}

export const CUE_AUXILIARIES = new Set(['has', 'have', 'had']);

/** How far below "no cue" a verb of saying before a clause may score and still be taken. */
export const CLAUSAL_MARGIN = 75;
const MODALS = new Set(['would', 'will', 'could', 'can', 'may', 'might', 'should', 'did', 'does', 'do']);

/**
 * "The decision was criticised by the union", "He is alleged to have …": a verb of saying or of a
 * telling stance ("criticise", "welcome", "condemn", "allege") as a passive participle before its
 * agent or an infinitive. The tagger, which scores the
 * subject's noun in, may leave it far below "no cue" ("decision" beside "ruling").
 */
/** Bodies that hear evidence ("The court heard that …"). */
export const HEARING_BODIES: ReadonlySet<string> = new Set([
  ...['court', 'jury', 'jurors', 'inquest', 'tribunal', 'hearing', 'inquiry', 'committee', 'panel', 'trial'],
]);

/** Does the source span end on a body that hears evidence ("the court", "The hearing in Genvale")? */
export function endsOnHearingBody(doc: Document, source: readonly [number, number]): boolean {
  const last = source[1] - 1;
  const placed = last - 2 >= source[0] && doc.tokens[last].cap && doc.tokens[last - 1].norm === 'in';
  return HEARING_BODIES.has(doc.tokens[placed ? last - 2 : last].norm);
}

/**
 * "The court heard that Pettigrew was watching a video", "the inquest heard": evidence given
 * before a court, by no one the sentence names (source-repairs.ts drops the body as speaker).
 */
export function isHearingHeard(doc: Document, i: number, lo: number, hi: number): boolean {
  const t = doc.tokens[i];
  if (t.norm !== 'heard' || t.quoted || i === lo || i + 1 >= hi) return false;
  // (Also "The hearing in Genvale heard": a place after the body.)
  if (!endsOnHearingBody(doc, [lo, i])) return false;
  const next = doc.tokens[i + 1];
  // "…, a jury heard.": the evidence before the comma.
  const closing = (next.text === '.' || next.text === '!') && commaBefore(doc, i, lo);
  // ("The court heard he had been drinking": a clause without "that".)
  return (
    closing ||
    next.norm === 'that' ||
    next.norm === 'how' ||
    (next.kind === 'word' && next.cap) ||
    opensBareClause(doc, i + 1, hi)
  );
}

/** Words that end a source's terms of anonymity ("on condition of anonymity", "not to be named"). */
const ANONYMITY_ENDS = new Set(['anonymity', 'named', 'identified']);

/**
 * "A diplomat who spoke on strict condition of anonymity said …", "A clerk who begged not to be
 * identified told …": an inflected core verb of saying right after the terms of anonymity of its
 * subject's relative clause (the tagger, which saw them mostly in commas, misses it or starts the
 * cue a word early).
 */
export function isSayingAfterAnonymity(doc: Document, i: number, lo: number): boolean {
  const t = doc.tokens[i];
  if (i - 1 <= lo || !ANONYMITY_ENDS.has(doc.tokens[i - 1].norm) || t.norm === t.lemma) return false;
  return wordSet('speech-core').has(t.lemma);
}

/** Is there a comma at most three words before token i ("…, a jury heard")? */
function commaBefore(doc: Document, i: number, lo: number): boolean {
  for (let j = i - 1; j >= lo && i - j <= 4; j--) if (doc.tokens[j].text === ',') return true;
  return false;
}

/** Verbs of telling stances that also name a deed of force. */
const PHYSICAL_TOO = new Set(['attack', 'hit', 'strike', 'slam', 'blast', 'target', 'threaten', 'fire']);

/** Verbs of hearsay whose passive takes an infinitive ("is alleged to have", "is said to be"). */
const RAISING_HEARSAY = new Set(['allege', 'say', 'report', 'rumour', 'rumor', 'claim']);

/** Participles of belief whose passive takes an infinitive ("is believed to", "is understood to"). */
const RAISED_BELIEFS = new Set(['believed', 'understood', 'thought', 'feared']);

let stanceCueLemmas: ReadonlyMap<string, string> | null = null;
/** A cue lemma of the stance lexicon (data/lexicon/stance-cues.txt: "condemn", "welcome"). */
function isStanceCueLemma(lemma: string): boolean {
  return (stanceCueLemmas ??= loadPairs('stance-cues')).has(lemma);
}

export function isPassiveBySaying(doc: Document, i: number, lo: number, hi: number): boolean {
  const t = doc.tokens[i];
  // "by" its agent, or "to" a raising infinitive ("is alleged to have forged").
  const next = i + 1 < hi ? doc.tokens[i + 1].norm : '';
  if (t.kind !== 'word' || t.cap || t.quoted) return false;
  // ("is believed to favour", "is understood to have resigned": a belief reported by no one named.)
  const raisedBelief = next === 'to' && RAISED_BELIEFS.has(t.norm);
  // ("is charged with fraud", "are suspected of": the verb's own complement, with no agent; not
  // a relative clause's, left with its preposition: "the assaults he is accused of, …".)
  const complement =
    OBJECT_VERB_COMPLEMENTS.get(t.lemma)?.includes(next) === true && doc.tokens[i + 2]?.kind === 'word';
  if (next !== 'by' && !(next === 'to' && RAISING_HEARSAY.has(t.lemma)) && !raisedBelief && !complement)
    return false;
  if (!raisedBelief && (!/(?:ed|en)$/.test(t.norm) || t.norm === t.lemma)) return false;
  if (!raisedBelief && !wordSet('speech-verbs').has(t.lemma) && !isStanceCueLemma(t.lemma)) return false;
  // Verbs of force as much as of words: "were attacked by Iran".
  if (PHYSICAL_TOO.has(t.lemma)) return false;
  let j = i - 1;
  if (j > lo && doc.tokens[j].norm.endsWith('ly')) j--;
  return j >= lo && PASSIVE_AUXILIARIES.has(doc.tokens[j].norm);
}

/**
 * "Analysts at Harwell Securities estimate the painting could sell for …", "Neither Lopez nor
 * her deputy would say when …": a verb of saying after its subject (a plural, a subject pronoun
 * or a modal) and before a clause ("that", a question word, or a noun phrase and its finite verb).
 * The tagger reads such a bare verb as a noun or an infinitive. Only as the sentence's first
 * verb, with no cue before it: after one ("X said …, and the U.S. would demand that …") or after
 * another verb ("is citing a Harwell Times report that …") it is part of a clause or an
 * object, and so it is after a preposition ("the help of states that …").
 */
export function isClausalLexiconCue(
  doc: Document,
  i: number,
  lo: number,
  hi: number,
  labels: Uint8Array,
): boolean {
  const t = doc.tokens[i];
  if (t.kind !== 'word' || t.cap || t.quoted || !wordSet('speech-verbs').has(t.lemma)) return false;
  if (i === lo || i + 2 >= hi) return false;
  const prev = doc.tokens[i - 1];
  if (PREPOSITIONS.has(prev.norm)) return false;
  const bare = t.norm === t.lemma;
  const subjectBefore = bare
    ? MODALS.has(prev.norm) ||
      NOMINATIVE_PRONOUNS.has(prev.norm) ||
      (prev.norm !== 'he' && (isRegularPlural(prev) || (prev.cap && pluralLemma(prev) !== null))) ||
      pluralHeadBeforePhrase(doc, i, lo)
    : prev.kind === 'word' && !NOUN_PHRASE_OPENERS.has(prev.norm) && prev.norm !== 'to';
  if (!subjectBefore) return false;
  const verbBefore = bare && MODALS.has(prev.norm) ? i - 2 : i - 1;
  for (let j = lo; j <= verbBefore; j++) if (labels[j - lo] !== 0 || mayBeFiniteVerb(doc, j)) return false;
  const next = doc.tokens[i + 1];
  if (next.norm === 'that' || QUESTION_WORDS.has(next.norm)) return doc.tokens[i + 2].kind === 'word';
  // ("… believe standards will rise": a bare plural opens the clause's subject too.)
  const barePlural = !next.cap && isRegularPlural(next) && !mayBeFiniteVerb(doc, i + 1);
  if (!(NOUN_PHRASE_OPENERS.has(next.norm) || NOMINATIVE_PRONOUNS.has(next.norm) || barePlural)) return false;
  for (let j = i + 2; j < hi && j <= i + 5; j++) {
    const w = doc.tokens[j];
    if (w.kind !== 'word') return false;
    if (FINITE.has(w.norm)) return true;
  }
  return false;
}

const IMPERSONAL_AUXILIARIES = new Set(['is', 'was']);

/**
 * "It was understood that the minister would resign": an expletive "it" opening its clause, "is" or
 * "was", a participle of hearsay and "that" or a bare clause (the tagger knows "It is understood
 * that" better than its past, and the bare clause hardly at all). True at the auxiliary, which
 * opens the cue.
 */
export function isImpersonalPassive(doc: Document, i: number, lo: number, hi: number): boolean {
  if (i <= lo || i + 2 >= hi || !IMPERSONAL_AUXILIARIES.has(doc.tokens[i].norm)) return false;
  if (doc.tokens[i - 1].norm !== 'it' || !IMPERSONAL_PARTICIPLES.has(doc.tokens[i + 1].norm)) return false;
  // ("It is understood the club will appeal": a clause without "that" too.)
  if (doc.tokens[i + 2].norm !== 'that' && !opensBareClause(doc, i + 2, hi)) return false;
  const before = i - 1 > lo ? doc.tokens[i - 2] : null;
  return !before || before.text === ',' || before.norm === 'and' || before.norm === 'but';
}

/** How far below "no cue" a lexicon verb of saying may score and still be taken as a cue. */
const LEXICON_MARGIN = 30;
/**
 * More after an adverb of time between the subject and its verb ("The company now expects …",
 * "still believes"), which the tagger, reading the words around, weighs against a cue.
 */
const ADVERB_LEXICON_MARGIN = 45;
const TIME_ADVERBS = new Set(['now', 'still', 'already', 'previously', 'originally', 'initially', 'also']);

/** How far below "no cue" the tagger may score a lexicon cue at token i (lexiconCueAt) that it takes. */
export function lexiconMargin(doc: Document, i: number, lo: number): number {
  if (i > lo && TIME_ADVERBS.has(doc.tokens[i - 1].norm)) return ADVERB_LEXICON_MARGIN;
  // "The president pledged to rebuild the bridge": a promise, which the tagger scores low.
  if (PROMISING.has(doc.tokens[i].lemma)) return ADVERB_LEXICON_MARGIN;
  // So is a listener told to do something ("The operator advised passengers to stay at home").
  if (tellsListenerTo(doc, i)) return ADVERB_LEXICON_MARGIN;
  // So after an expletive's passive: "It was reported on Friday that …".
  const expletive =
    i - 2 >= lo && doc.tokens[i - 2].norm === 'it' && EXPLETIVE_BE.has(doc.tokens[i - 1].norm);
  return expletive || afterQuotation(doc, i, lo) ? ADVERB_LEXICON_MARGIN : LEXICON_MARGIN;
}

/** Words a speaker may run between a quotation and its verb ("“…,” the review states"). */
const QUOTED_SPEAKER_REACH = 4;

/** "“The system failed,” the review states.": token i follows a quotation closed with a comma and a
 *  few words of a speaker. */
function afterQuotation(doc: Document, i: number, lo: number): boolean {
  for (let j = i - 1; j > lo && i - j <= QUOTED_SPEAKER_REACH + 1; j--) {
    const t = doc.tokens[j];
    if (t.kind === 'word') continue;
    return (
      j < i - 1 &&
      (isCloseQuote(doc, j) ? doc.tokens[j - 1].text === ',' : t.text === ',' && isCloseQuote(doc, j - 1))
    );
  }
  return false;
}
const EXPLETIVE_BE = new Set(['is', 'was', 'been']);
const PROMISING = new Set(['pledge', 'vow', 'promise']);

/** Words a listener may run to between a verb of telling and its "to" ("advised all rail passengers to"). */
const LISTENER_REACH = 4;

/**
 * "The operator advised passengers to stay at home": an inflected verb of telling
 * (data/lexicon/attribution-tell-verbs.txt), a lowercase listener and "to" with a verb; the tagger
 * scores such a directive low when its verb is rare in the training corpus.
 */
function tellsListenerTo(doc: Document, i: number): boolean {
  const t = doc.tokens[i];
  // A finite form: not a noun ("the pledges add up to …") nor a gerund ("a lone voice in
  // warning the council to …", which the tagger weighs well enough where it is a cue).
  if (t.norm === t.lemma || t.norm.endsWith('ing') || !wordSet('attribution-tell-verbs').has(t.lemma))
    return false;
  if (i > 0 && NOUN_PHRASE_OPENERS.has(doc.tokens[i - 1].norm)) return false;
  const end = doc.sentences[t.sentence].tokenEnd;
  for (let j = i + 1; j < end - 1 && j - i <= LISTENER_REACH + 1; j++) {
    const w = doc.tokens[j];
    if (w.kind !== 'word' || w.cap || w.quoted) return false;
    if (w.norm === 'to') return j > i + 1 && doc.tokens[j + 1].kind === 'word' && !doc.tokens[j + 1].cap;
  }
  return false;
}

/**
 * A lexicon cue at token i, or the auxiliary that opens one ("The United States [has accused]
 * Russia of ...": the tagger learned such cues as starting at "has", and a long name before it
 * had left "has" just under the generous margin, and "accused", scored as a start, far below).
 */
export function lexiconCueAt(doc: Document, i: number, lo: number, hi: number): boolean {
  if (isLexiconCue(doc, i, lo, hi) || tellsListenerTo(doc, i)) return true;
  return CUE_AUXILIARIES.has(doc.tokens[i].norm) && i + 1 < hi && isLexiconCue(doc, i + 1, lo, hi);
}

/**
 * Can a rule of this file take a token of this word form as a cue (or the auxiliary opening one)?
 * What each rule asks of the token's own form (kind, norm, lemma), so that the tagger tries the
 * rules only at the few tokens that pass: keep it in step with them.
 */
export function mayBeLexiconRuleCue(t: DocToken): boolean {
  if (t.kind !== 'word') return false;
  return (
    wordSet('speech-verbs').has(t.lemma) || // isLexiconCue, isClausalLexiconCue, isPassiveBySaying
    wordSet('attribution-tell-verbs').has(t.lemma) || // tellsListenerTo
    CUE_AUXILIARIES.has(t.norm) || // lexiconCueAt
    RAISED_BELIEFS.has(t.norm) ||
    isStanceCueLemma(t.lemma) || // isPassiveBySaying
    t.norm === 'heard' || // isHearingHeard
    IMPERSONAL_AUXILIARIES.has(t.norm) ||
    (t.norm !== t.lemma && wordSet('speech-core').has(t.lemma)) || // isSayingAfterAnonymity
    RECEIVED_SAYINGS.has(t.norm)
  );
}

/**
 * "The jury heard how …", "…, the court was told.": a court's hearing of evidence (isHearingHeard),
 * said by no one the sentence names. The filter, which reads "heard" as perception, dropped such
 * statements (index.ts keeps them), and the body is no speaker (source-repairs.ts).
 */
export function isEvidenceHeard(
  doc: Document,
  f: { cue: { first: number; last: number }; source: readonly [number, number] | null },
): boolean {
  if (f.source === null || !endsOnHearingBody(doc, f.source)) return false;
  const cue = doc.tokens[f.cue.first];
  if (cue.norm === 'heard') return true;
  // "the court was told": the passive, its body right before.
  const be = doc.tokens[f.cue.first - 1];
  return (
    cue.norm === 'told' && (be?.norm === 'was' || be?.norm === 'were') && f.source[1] === f.cue.first - 1
  );
}
