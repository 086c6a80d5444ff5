// A document that carries what someone said: "The minister [sent a letter pledging] …" (the verb
// that sends it is the cue's, PolNeAR's "sent a letter … urging"), and "… submitted a letter from
// the justice minister [pledging] …" (the document's author speaks, not who handed it in).
import type { Document } from '../text/document.js';
import type { Frame } from './frame.js';
import type { CueTokens } from './types.js';
import { DETERMINERS } from './names.js';
import { mayBeFiniteVerb, OBJECT_DETERMINERS } from './word-forms.js';

/** Nouns of a written document that speaks for whoever wrote it. */
const WRITTEN_NOUNS = new Set([
  ...['letter', 'statement', 'memo', 'memorandum', 'note', 'email', 'report', 'brief', 'filing'],
  ...['petition', 'motion', 'complaint', 'declaration', 'affidavit', 'submission', 'letters'],
]);

/** Lowercase words between a determiner and its document noun ("a [second] letter", "an [open] letter"). */
const NOUN_REACH = 2;

/** The document noun of [det] [modifiers] NOUN starting at token `i` (its index), or -1. */
function documentNounAt(doc: Document, i: number, end: number): number {
  if (!OBJECT_DETERMINERS.has(doc.tokens[i]?.norm ?? '')) return -1;
  for (let j = i + 1; j < end && j <= i + 1 + NOUN_REACH; j++) {
    const t = doc.tokens[j];
    if (t.kind !== 'word' || t.cap) return -1;
    if (WRITTEN_NOUNS.has(t.norm)) return j;
  }
  return -1;
}

/**
 * "The minister [a letter pledging] more funds": a cue that opens on a document's determiner
 * takes in the verb right before it that sends or issues the document ("sent a letter pledging"),
 * and its particle ("sent out a statement").
 */
export function startAtSendingVerb(doc: Document, c: CueTokens): void {
  if (documentNounAt(doc, c.first, c.last) < 0) return;
  let v = c.first - 1;
  if (doc.tokens[v]?.norm === 'out' || doc.tokens[v]?.norm === 'off') v--;
  const verb = doc.tokens[v];
  if (!verb || verb.sentence !== c.sentence || verb.kind !== 'word' || verb.norm === verb.lemma) return;
  if (!mayBeFiniteVerb(doc, v) || LINKING.has(verb.lemma)) return;
  c.first = v;
}

/**
 * "Lawyers for the state submitted a letter from the interior minister [pledging] that …": a
 * participle cue right after a document "from" someone is that author's; the span of the author
 * (from after "from" up to the cue) becomes the source.
 */
export function documentAuthor(doc: Document, f: Frame): void {
  const { cue } = f;
  const p = doc.tokens[cue.first];
  if (p.kind !== 'word' || !p.norm.endsWith('ing') || p.norm === p.lemma) return;
  const start = doc.sentences[cue.sentence].tokenStart;
  for (let from = cue.first - 2; from > start + 1 && cue.first - from <= AUTHOR_REACH; from--) {
    const t = doc.tokens[from];
    if (t.kind === 'punct') return;
    if (t.norm !== 'from' && t.norm !== 'by') continue;
    const noun = from - 1;
    if (!WRITTEN_NOUNS.has(doc.tokens[noun].norm)) return;
    let det = noun - 1;
    while (det > start && noun - det <= NOUN_REACH && !DETERMINERS.has(doc.tokens[det].norm)) det--;
    if (documentNounAt(doc, det, cue.first) !== noun) return;
    f.source = [from + 1, cue.first];
    return;
  }
}

/** Verbs whose object is no document sent ("was a letter saying", "has a memo showing"). */
const LINKING = new Set(['be', 'have', 'do', 'become', 'seem', 'remain']);

/** Longest author's span between "from" and the participle ("the country's justice minister"). */
const AUTHOR_REACH = 8;
