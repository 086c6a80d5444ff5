// Repairs of the cue spans the tagger gives (cues.ts), read off the words around them: where a
// generous cue swallowed its subject, a clause, its object or a figure's "about" (no-cues.ts
// drops the cues that are none). repairCue applies them in order; this file holds the rules that
// move a cue's start, the ones that move its end are in cue-end-repairs.ts, those that leave a
// swallowed subject out in cue-subject-trim.ts, and those of hearsay and unnamed news in
// hearsay-cues.ts.
import { startAtSendingVerb } from './document-cues.js';
import { loadPairs, wordSet } from '../lexicon/load.js';
import type { Document } from '../text/document.js';
import type { TokenHashes } from './features.js';
import { PRONOUN_SUBJECTS } from './sources.js';
import { cleftFocus } from './source-before.js';
import type { CueTokens } from './types.js';
import { mayBeFiniteVerb, PASSIVE_AUXILIARIES } from './word-forms.js';
import { timeAfter } from './times.js';
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
import {
  endBeforeApproximation,
  endBeforeClause,
  endBeforeModifier,
  endBeforeReleasingAgent,
  extendOverMedium,
} from './cue-end-repairs.js';
import { startAtSayingAfterPlural, trimSubject } from './cue-subject-trim.js';
import { endAfterHearsay, startAtReportsFollowed } from './hearsay-cues.js';

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

/** Verbs of citing a source ("citing intelligence", "quoting officials"). */
const CITING = new Set(['cite', 'quote']);

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
