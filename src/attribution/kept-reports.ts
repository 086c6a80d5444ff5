// Reports kept before the statement filter reads them, by a shape that leaves no doubt (kept-frames.ts
// asks): a record showing a clause ("Official figures showed growth slowed"), a forecast ("The
// company now expects revenue of …"), a naming ("what officials described as …"), a court's
// ruling, and reporting tags around their content ("…, the report underscored.").
import { wordSet } from '../lexicon/load.js';
import type { Document } from '../text/document.js';
import { saysOn } from './after-cue.js';
import type { Frame } from './spans.js';
import { timePhrase } from './times.js';
import {
  FINITE,
  isAccessParticiple,
  mayBeFiniteVerb,
  opensBareClause,
  opensThatClause,
} from './word-forms.js';

/** Verbs of finding what a record holds ("showed", "suggests"). */
export const FINDING_LEMMAS = new Set(['show', 'find', 'suggest', 'indicate']);

/** Nouns of records that show what they hold ("figures", "data", "a report"). */
const RECORD_NOUNS = new Set([
  ...['figures', 'data', 'report', 'study', 'survey', 'poll', 'statistics', 'records', 'documents'],
  ...['minutes', 'filings', 'filing', 'analysis', 'review', 'audit', 'research', 'numbers'],
]);

/**
 * "Official figures from the statistics office showed growth slowed": a record's noun opening
 * the speaker, an inflected verb of finding and a clause after it. The shape leaves no doubt.
 */
export function isRecordShowing(doc: Document, f: Frame): boolean {
  const { cue, source, content } = f;
  const verb = doc.tokens[cue.first];
  if (!source || cue.last - cue.first !== 1 || !FINDING_LEMMAS.has(verb.lemma)) return false;
  let head = source[0];
  while (head < source[1] && !RECORD_NOUNS.has(doc.tokens[head].norm)) head++;
  // ("Documents … show": a plural record's verb in its base form.)
  if (verb.norm === verb.lemma && !(head < source[1] && doc.tokens[head].norm.endsWith('s'))) return false;
  const next = doc.tokens[head + 1];
  // ("Documents seen by the Courier show": who saw them is no part of what they show.)
  const seenBy = next && isAccessParticiple(doc, head + 1) && doc.tokens[head + 2]?.norm === 'by';
  if (head >= source[1] || (head + 1 < source[1] && next.norm !== 'from' && next.norm !== 'by' && !seenBy))
    return false;
  const [s] = content[0] ?? [-1];
  if (s !== cue.last) return false;
  if (doc.tokens[s].norm === 'that' || opensBareClause(doc, s, doc.sentences[cue.sentence].tokenEnd))
    return true;
  // ("showed growth slowed": a bare noun and its verb.)
  return doc.tokens[s].kind === 'word' && !doc.tokens[s].stop && mayBeFiniteVerb(doc, s + 1);
}

/** Verbs of a forecast ("expects", "forecast", "predicts"). */
const FORECASTING = new Set(['expect', 'forecast', 'predict', 'project', 'estimate']);

/**
 * "The company now expects revenue of 14 billion crowns": a speaker and an inflected verb of
 * forecasting with what it forecasts right after it. The shape leaves no doubt.
 */
export function isForecast(doc: Document, f: Frame): boolean {
  const { cue, source, content } = f;
  const verb = doc.tokens[cue.last - 1];
  if (!source || source[1] > cue.first || verb.norm === verb.lemma || !FORECASTING.has(verb.lemma))
    return false;
  // (Not a passive: "is expected to".)
  if (FINITE.has(doc.tokens[cue.first].norm) && cue.first < cue.last - 1) return false;
  return content.length === 1 && content[0][0] === cue.last;
}

/** Verbs that name what they take ("what it called", "what officials described as"). */
const NAMING_VERBS = new Set([
  'call',
  'describe',
  'term',
  'dub',
  'label',
  'brand',
  'characterize',
  'characterise',
]);

/**
 * "The army launched what it called a limited operation", "what officials described as an
 * illegal gathering": "what", a short subject and an inflected verb of naming. The shape leaves
 * no doubt: the subject names the thing so.
 */
export function isWhatCalled(doc: Document, f: Frame): boolean {
  const { cue, source } = f;
  if (!source || source[1] - source[0] > 3 || doc.tokens[source[0] - 1]?.norm !== 'what') return false;
  const verb = doc.tokens[cue.first];
  return verb.kind === 'word' && verb.norm !== verb.lemma && NAMING_VERBS.has(verb.lemma);
}

/** Verbs of a ruling ("ruled", "held", "found"). */
const RULING_LEMMAS = new Set(['rule', 'hold', 'find', 'conclude', 'determine', 'decide']);

/** Nouns of who rules ("the court", "a judge", "the tribunal", "the majority"). */
const RULING_NOUNS = new Set([
  ...['court', 'judge', 'judges', 'justice', 'justices', 'tribunal', 'panel', 'jury', 'coroner'],
  ...['magistrate', 'magistrates', 'arbitrator', 'majority', 'bench', 'inquiry', 'ombudsman'],
]);

/**
 * "The Supreme Court of Tarvania ruled on Tuesday that the law was unconstitutional", "The court
 * held that …": a court, judge or tribunal, an inflected verb of ruling and a "that" clause. The
 * shape leaves no doubt: a ruling says what the court holds.
 */
export function isRuling(doc: Document, f: Frame): boolean {
  const { cue, source, content } = f;
  const verb = doc.tokens[cue.last - 1];
  if (!source || source[1] > cue.first || verb.norm === verb.lemma || !RULING_LEMMAS.has(verb.lemma))
    return false;
  let ruler = false;
  for (let i = source[0]; i < source[1] && !ruler; i++) ruler = RULING_NOUNS.has(doc.tokens[i].norm);
  const s = content[0]?.[0] ?? -1;
  return ruler && s >= cue.last && doc.tokens[s].norm === 'that';
}

/** Nouns of reports whose "that" clause is what they report ("reports that …"). */
const REPORT_NOUNS = new Set([
  'reports',
  'claims',
  'allegations',
  'accusations',
  'rumours',
  'rumors',
  'suggestions',
]);

/**
 * "The ruling follows reports that the player had failed a test": a plural noun of reports with no
 * speaker, then "that" and a clause. The shape leaves no doubt.
 */
export function isReportsThat(doc: Document, f: Frame): boolean {
  const { cue, source, content } = f;
  if (source || cue.last - cue.first !== 1 || !REPORT_NOUNS.has(doc.tokens[cue.first].norm)) return false;
  const s = content[0]?.[0] ?? -1;
  return s === cue.last && doc.tokens[s].norm === 'that' && opensThatClause(doc, s);
}

/**
 * "The risks were clear, the report underscored.": a clause, its comma, a speaker and an inflected
 * verb of saying that ends the sentence (its time may follow). The shape leaves no doubt.
 */
export function isClosingTag(doc: Document, f: Frame): boolean {
  const { cue, source, content } = f;
  if (!source || source[1] !== cue.first || cue.last - cue.first !== 1 || !content[0]) return false;
  if (content[0][1] > source[0] || doc.tokens[source[0] - 1]?.text !== ',') return false;
  const verb = doc.tokens[cue.first];
  if (verb.kind !== 'word' || verb.norm === verb.lemma || !wordSet('speech-verbs').has(verb.lemma))
    return false;
  const hi = doc.sentences[cue.sentence].tokenEnd;
  const after = cue.last + timePhrase(doc, cue.last, hi);
  return after < hi && (doc.tokens[after].text === '.' || doc.tokens[after].text === '!') && after === hi - 1;
}

/**
 * "The embargo will widen, the ministry stated, adding that …": a reporting clause after its
 * content, then a comma and a participle of saying. The shape leaves no doubt.
 */
export function isTagBeforeParticiple(doc: Document, f: Frame): boolean {
  const { cue, source, content } = f;
  if (!source || source[1] !== cue.first || !content[0] || content[0][1] > source[0]) return false;
  const verb = doc.tokens[cue.last - 1];
  if (verb.kind !== 'word' || verb.norm === verb.lemma || !wordSet('speech-verbs').has(verb.lemma))
    return false;
  return doc.tokens[cue.last]?.text === ',' && saysOn(doc, cue.last + 1);
}
