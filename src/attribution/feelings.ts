// A feeling joined to a reported clause ("Ada Brill said she backed the nurses but feared for the
// patients"): a verb of emotion whose object is a preposition's, no proposition, after "and"/"but"
// inside another statement's content goes on with that content and cuts none (contents.ts).
import type { Document } from '../text/document.js';
import { isIrregularVerbForm } from '../lexicon/exceptions.js';
import { senseClass } from './senses.js';
import type { Frame } from './spans.js';
import { FINITE, mayBeFiniteVerb } from './word-forms.js';

/** WordNet's lexicographer file of emotion verbs ("fear", "worry", "hope", "regret"). */
const VERB_EMOTION = 37;

/** Prepositions of a feeling's object ("feared for", "worried about", "fretted over"). */
const FEELING_PREPOSITIONS = new Set(['for', 'about', 'over', 'at']);

/** Is the cue a verb of emotion in its first WordNet sense, its object a preposition's? */
function feelingWithObject(doc: Document, f: Frame): boolean {
  const verb = doc.tokens[f.cue.first];
  if (verb.kind !== 'word' || verb.norm === verb.lemma) return false;
  const code = senseClass(verb.lemma);
  if (code === 0 || (code - 1) % 64 !== VERB_EMOTION) return false;
  const last = doc.tokens[f.cue.last - 1];
  const next = doc.tokens[f.cue.last];
  return FEELING_PREPOSITIONS.has(last.norm) || (!!next && FEELING_PREPOSITIONS.has(next.norm));
}

/** Does [s, e) hold a clause's verb: a finite auxiliary or a past form ("she backed the nurses")? */
function clauseBefore(doc: Document, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const t = doc.tokens[i];
    if (t.kind !== 'word' || t.cap || !mayBeFiniteVerb(doc, i)) continue;
    if (FINITE.has(t.norm) || isIrregularVerbForm(t.norm) || t.norm.endsWith('ed')) return true;
  }
  return false;
}

/**
 * "Ada Brill said she backed the nurses but feared for the patients": a cue opening right after
 * "and"/"but" on a verb of emotion with a prepositional object, inside the content of an earlier
 * statement of its sentence whose content is a clause, continues that content ("praised the nurses
 * but feared for the patients" does not: the feeling is the speaker's).
 */
export function feelingInContent(doc: Document, f: Frame, frames: readonly Frame[]): boolean {
  // (Bounds-checked: an out-of-range read deoptimises the caller.)
  const before = f.cue.first > 0 ? doc.tokens[f.cue.first - 1] : undefined;
  if ((before?.norm !== 'and' && before?.norm !== 'but') || !feelingWithObject(doc, f)) return false;
  for (const g of frames)
    if (
      g !== f &&
      g.source &&
      // (Its source none or the one it inherited from that statement.)
      (!f.source || (f.source[0] === g.source[0] && f.source[1] === g.source[1])) &&
      g.cue.sentence === f.cue.sentence &&
      g.cue.first < f.cue.first &&
      g.content.some(([s, e]) => s < f.cue.first && f.cue.first < e && clauseBefore(doc, s, f.cue.first))
    )
      return true;
  return false;
}
