// Where a generous cue start swallowed its subject ("Zero [Hedge asked]", "[Brokers denied]",
// "where [councillors said]"): the tests of a subject's head before a verb of saying, which
// repairCue (cue-repairs.ts) applies through trimSubject and startAtSayingAfterPlural. Kept
// apart as one family of rules with its own word lists.
import { loadPairs, wordSet } from '../lexicon/load.js';
import { hasLemma } from '../lexicon/wordnet.js';
import type { Document } from '../text/document.js';
import type { TokenHashes } from './features.js';
import { hasFiniteVerb, PRONOUN_SUBJECTS, QUANTIFIERS } from './sources.js';
import type { CueTokens } from './types.js';
import { isRegularPlural, NOUN_PHRASE_OPENERS } from './word-forms.js';
import { contractedSubject, SUBJECT_CONTRACTION } from './contracted-subjects.js';

/** Nouns of a group that take a plural verb ("state media report", "police say"). */
const COLLECTIVES = new Set(['media', 'police', 'staff', 'personnel', 'press']);

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
export function trimSubject(doc: Document, h: TokenHashes, c: CueTokens): void {
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
export function startAtSayingAfterPlural(doc: Document, c: CueTokens): void {
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
