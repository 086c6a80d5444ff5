// Cues whose subject is what is held or felt and whose object is who holds it: "The levy has the
// support of most farmers", "Vale picked up the endorsement of the mayor", "The remarks alarmed
// party elders", "The slogan resonated with older voters". PolNeAR marks the subject as the
// content and the object as the source; the clause's shape gave them the other way round (on
// train the swap moved 23 statements: 18 contents made right, 1 wrong). source-repairs.ts calls
// reverseRoles, before the received-criticism rule it would otherwise meet ("drew the support of").
import type { Document } from '../text/document.js';
import type { Frame } from './frame.js';
import type { TokenRange } from './types.js';
import { sentenceSubject } from './sentence-subject.js';
import { FINITE, mayBeFiniteVerb } from './word-forms.js';
import { isIrregularVerbForm } from '../lexicon/exceptions.js';
import { BE_FORMS } from './passive.js';

/** Verbs whose object feels what the subject stirs ("alarmed", "rattled", "offends"). */
const STIRRING_FEELINGS = new Set([
  'alarm',
  'rattle',
  'unsettle',
  'anger',
  'infuriate',
  'frustrate',
  'exasperate',
  'thrill',
  'scare',
  'frighten',
  'surprise',
  'offend',
  'upset',
  'delight',
  'disappoint',
  'irk',
  'annoy',
  'dismay',
  'dishearten',
  'disturb',
  'shock',
  'stun',
  'enrage',
  'outrage',
  'embarrass',
  'horrify',
  'appall',
  'irritate',
  'alienate',
  'antagonize',
  'spook',
  'unnerve',
]);

/** Verbs whose "with" names who feels it ("resonated with", "sat well with"). */
const FELT_WITH = new Set(['resonate', 'sit']);

/** Nouns of backing a subject receives ("the support of", "endorsements from"). */
const BACKING = new Set(['support', 'backing', 'endorsement', 'blessing', 'praise']);

/** Verbs of holding or getting such backing ("has", "won", "picked up", "locked in"). */
const GETTING = new Set([
  'have',
  'win',
  'earn',
  'draw',
  'receive',
  'get',
  'gain',
  'pick',
  'secure',
  'land',
  'snag',
  'garner',
  'attract',
  'lock',
  'enjoy',
  'capture',
  'collect',
]);

/** Forms of "have" (the Document leaves "has" and "had" unlemmatised). */
const HAVE = new Set(['have', 'has', 'had', 'having']);

function isGetting(norm: string, lemma: string): boolean {
  return GETTING.has(lemma) || HAVE.has(norm);
}

const BACKERS_AFTER = new Set(['of', 'from', 'among']);

/** Words before a verb that make it an adjective or a passive ("was alarmed", "I'm thrilled"). */
const LINKING = new Set([
  ...BE_FORMS,
  ...['am', 'get', 'gets', 'got', 'getting', 'feel', 'feels', 'felt', 'seem', 'seems', 'seemed'],
  ...['become', 'became', 'remain', 'remains', 'remained', 'look', 'looks', 'looked', 'grow', 'grew'],
  ...['so', 'too', 'very'],
]);

/** Words that end the holders' noun phrase: a clause, an adjunct or another complement. */
const PHRASE_STOPS = new Set([
  'on',
  'at',
  'by',
  'with',
  'for',
  'over',
  'during',
  'into',
  'to',
  'than',
  'after',
  'before',
  'since',
  'when',
  'while',
  'because',
  'as',
  'who',
  'whom',
  'whose',
  'which',
  'that',
  'if',
  'but',
  'so',
  'largely',
  'despite',
  'amid',
  'following',
  'until',
]);

/**
 * "The plan alarmed farmers" or "The plan has the support of farmers": the subject becomes the
 * content and the object (after "of"/"from"/"among" for a noun of backing) the source. Mutates the
 * frame; true when it applied.
 */
export function reverseRoles(doc: Document, f: Frame): boolean {
  const { cue } = f;
  if (f.content.length !== 1 || (f.source && f.source[1] > cue.first)) return false;
  const [holders, subjectEnd] = holdersStart(doc, f);
  if (holders < 0) return false;
  const sentence = doc.sentences[cue.sentence];
  const first = f.content[0];
  if (first[0] > holders || first[1] <= holders) return false;
  const end = phraseEnd(doc, holders, sentence.tokenEnd);
  if (end <= holders) return false;
  // "alarmed voters by cutting …", "worried officials would …": a means or a clause follows.
  const next = doc.tokens[end];
  if (end < sentence.tokenEnd && (COMPLEMENT_AFTER.has(next.norm) || FINITE.has(next.norm))) return false;
  const subject: TokenRange | null =
    f.source && subjectEnd > 0 ? [f.source[0], subjectEnd] : (f.source ?? subjectBefore(doc, cue.first));
  if (!subject) return false;
  f.content = [subject];
  f.source = [holders, end];
  return true;
}

/** No holders: the cue is none of these. */
const NONE: [number, number] = [-1, -1];

/**
 * Where the holders start after the cue (or in its last piece), or -1 for other cues; and where
 * the subject ends when a verb of getting was left in the speaker's span, else -1.
 */
function holdersStart(doc: Document, f: Frame): [number, number] {
  let subjectEnd = -1;
  const { cue } = f;
  const tokens = doc.tokens;
  const last = tokens[cue.last - 1];
  // "picked up the endorsement | of the mayor", "has the support of | farmers".
  const nounAt = BACKERS_AFTER.has(last.norm) ? cue.last - 2 : cue.last - 1;
  const noun = tokens[nounAt];
  if (nounAt > cue.first && BACKING.has(noun.lemma) && !noun.cap) {
    // ("in support of": the subject's own backing.)
    if (tokens[nounAt - 1].norm === 'in') return NONE;
    // The verb may have been left at the end of the speaker's span ("Vale picked up | the
    // endorsement of"); the subject is then the span before it.
    let verb = -1;
    const lo = Math.max(f.source ? f.source[0] + 1 : cue.first, nounAt - 4);
    for (let j = nounAt - 1; j >= lo && verb < 0; j--)
      if (isGetting(tokens[j].norm, tokens[j].lemma) && !tokens[j].cap && !isAuxiliary(doc, j)) verb = j;
    if (verb < 0) return NONE;
    if (verb < cue.first) {
      if (!f.source || f.source[1] !== cue.first) return NONE;
      let end = verb;
      while (end > f.source[0] + 1 && FINITE.has(tokens[end - 1].norm)) end--;
      subjectEnd = end;
    }
    if (nounAt === cue.last - 2) return [cue.last, subjectEnd];
    return BACKERS_AFTER.has(tokens[cue.last]?.norm ?? '') ? [cue.last + 1, subjectEnd] : NONE;
  }
  // "resonated with | voters", "has not sat well with | donors".
  if (last.norm === 'with') {
    for (let j = cue.first; j < cue.last - 1; j++)
      if (FELT_WITH.has(tokens[j].lemma) && !tokens[j].cap && isVerbForm(doc, j)) return [cue.last, -1];
    return NONE;
  }
  // "has unsettled | investors": a finite verb of stirring feelings closing the cue.
  const head = cue.last - 1;
  if (!STIRRING_FEELINGS.has(last.lemma) || last.cap || !isVerbForm(doc, head)) return NONE;
  if (LINKING.has(tokens[head - 1]?.norm ?? '') || /'(?:m|re|s)$/.test(tokens[head - 1]?.norm ?? ''))
    return NONE;
  const object = tokens[cue.last];
  if (!object || object.kind !== 'word' || OBJECT_OPENERS_NOT.has(object.norm)) return NONE;
  return [cue.last, -1];
}

/** Words after the object that open a means or a complement ("scared her so much", "by …"). */
const COMPLEMENT_AFTER = new Set(['by', 'so', 'into', 'about', 'with', 'to']);

/** Words that open no object ("alarmed | that …", "surprised | about …"). */
const OBJECT_OPENERS_NOT = new Set([
  'that',
  'about',
  'at',
  'by',
  'with',
  'to',
  'over',
  'when',
  'if',
  'whether',
  'as',
  'for',
  'in',
  'on',
]);

/** "have" before a participle ("have sought support"): an auxiliary, no verb of holding. */
function isAuxiliary(doc: Document, j: number): boolean {
  const next = doc.tokens[j + 1];
  return (
    HAVE.has(doc.tokens[j].norm) &&
    !!next &&
    (isIrregularVerbForm(next.norm) || (next.norm.endsWith('ed') && next.norm !== next.lemma))
  );
}

/** A past verb form or an auxiliary ("provided", "won", "has"): a predicate, no noun ("nurses"). */
function isPastForm(doc: Document, i: number): boolean {
  const t = doc.tokens[i];
  return (
    !t.cap &&
    mayBeFiniteVerb(doc, i) &&
    (FINITE.has(t.norm) || isIrregularVerbForm(t.norm) || t.norm.endsWith('ed'))
  );
}

/** A verb's finite form or its base (not the "-ing" participle). */
function isVerbForm(doc: Document, i: number): boolean {
  const t = doc.tokens[i];
  return t.kind === 'word' && !t.norm.endsWith('ing');
}

/** The end of the holders' noun phrase from token `from` (before `end`, at most 14 tokens). */
function phraseEnd(doc: Document, from: number, end: number): number {
  const limit = Math.min(end, from + 14);
  for (let j = from; j < limit; j++) {
    const t = doc.tokens[j];
    // ("Gov. Ana Ruiz": an abbreviation's dot inside a name, not the sentence's full stop.)
    const dot = t.text === '.' && j + 1 < end && !!doc.tokens[j - 1]?.cap && !!doc.tokens[j + 1].cap;
    if (t.kind === 'punct' && t.text !== "'" && t.text !== '’' && t.text !== '-' && !dot) return j;
    if (j === from) continue;
    if (PHRASE_STOPS.has(t.norm) || FINITE.has(t.norm) || /n't$/.test(t.norm)) return j;
    // "four in 10 likely voters": "in" between counts stays.
    if (t.norm === 'in' && doc.tokens[j + 1]?.kind !== 'number') return j;
    // "Vance allies | and provided …": a second predicate.
    if ((t.norm === 'and' || t.norm === 'or') && j + 1 < end && isPastForm(doc, j + 1)) return j;
  }
  return limit;
}

/** The subject that ends right before the cue (past "also", "currently"), or null. */
function subjectBefore(doc: Document, cueFirst: number): TokenRange | null {
  const subject = sentenceSubject(doc, doc.tokens[cueFirst].sentence);
  if (!subject) return null;
  let j = cueFirst;
  while (j > subject[1] && ADVERBS.has(doc.tokens[j - 1].norm)) j--;
  return j === subject[1] ? subject : null;
}

const ADVERBS = new Set(['also', 'currently', 'now', 'already', 'still', 'quickly', 'easily']);
