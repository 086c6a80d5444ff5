// Participles that modify a noun rather than head a clause: a reduced relative on a speaker
// ("Experts cited by the newspaper said …"), a bare charge ("Senator accused of misusing funds")
// and a participle in commas with its agent ("The plan, opposed by unions, was dropped").
// Separate from passive.ts, whose passives have a form of "be"; they take BE_FORMS from it.
import type { Document } from '../text/document.js';
import { cueVerbStart } from './cue-adverbs.js';
import type { CueTokens } from './types.js';
import { MAX_SOURCE, PRONOUN_SUBJECTS } from './sources.js';
import { sourceBefore } from './source-before.js';
import { makeFrame, type Frame } from './frame.js';
import { timeAfter } from './times.js';
import {
  FINITE,
  isPluralPossessiveMark,
  mayBeFiniteVerb,
  OBJECT_VERB_COMPLEMENTS,
  RELATIVE_WORDS,
} from './word-forms.js';
import type { TokenRange } from './types.js';
import { BE_FORMS } from './passive.js';

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
  // ("The levy, fiercely resisted by …": the participle past the cue's adverbs.)
  const v = cueVerbStart(doc, cue.first, cue.last);
  const t = doc.tokens[v];
  if (cue.first - 1 <= lo || doc.tokens[cue.first - 1].text !== ',' || t.kind !== 'word') return null;
  if (!t.norm.endsWith('ed') || t.norm === t.lemma) return null;
  // The participle alone, or with its time ("passed last year by"); not "lifted slightly by".
  const inCue = cue.last - v - 1;
  if (inCue > 0 && timeAfter(doc, v + 1, hi) !== inCue) return null;
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
