// The words of a statement's source that name its speaker, as the speaker resolver (speakers.ts)
// reads them: from the name apposed to a description, or the source's start, up to a relative
// clause, a trailing time, a reflexive, a title-case headline's verb, a bracketed party or the
// letters after a name. The rules that resolve them (speaker-bodies.ts, speaker-descriptions.ts
// and speakers.ts) read this span and what it was read in.
import type { Document } from '../text/document.js';
import { DETERMINERS } from './names.js';
import { subjectEndBeforeAsides } from './aside-subjects.js';
import type { Frame } from './frame.js';
import type { Mentions } from './mentions.js';
import type { TokenRange } from './types.js';
import { withoutTrailingTime } from './name-extent.js';
import { isCapitalisedVerb, POST_NOMINALS } from './name-mentions.js';
import { isTitleCaseHeadline } from './headline.js';
import { appositiveName } from './descriptions.js';
import { COUNTED, isRelativeOpener, REFLEXIVES } from './speaker-phrases.js';

/** One frame's speaker words, with the statements around them that the rules read back. */
export interface SpeakerSpan {
  doc: Document;
  frames: Frame[];
  /** The speakers resolved so far: one for each frame before this one. */
  names: (string | null)[];
  /** This frame's index in frames. */
  k: number;
  f: Frame;
  /** The frame's source (never null here). */
  source: TokenRange;
  mentions: Mentions;
  /** The first word of the name: the source's, or that of a name apposed to a description. */
  first: number;
  /** Where a relative clause opens ("lawmakers | who drafted"), else the end of the subject. */
  who: number;
  /** The end of the name, without what follows it (a time, a reflexive, a party, post-nominals). */
  end: number;
  /** The name's text, first to end. */
  text: string;
  /** A one-word name in lowercase, without a contraction's ending ("He’s" → "he"); else ''. */
  norm: string;
}

/** What a speaker rule answers: a name, null for no one, or undefined when it does not apply. */
export type SpeakerAnswer = string | null | undefined;

/** The speaker words of frame k, whose source is given. */
export function readSpeakerSpan(
  doc: Document,
  frames: Frame[],
  names: (string | null)[],
  k: number,
  source: TokenRange,
  mentions: Mentions,
): SpeakerSpan {
  const f = frames[k];
  // "The city council's press officer, Dana Holt": the name after the description speaks.
  const first = appositiveName(doc, source) ?? source[0];
  // "Republican lawmakers who drafted the law": the antecedent of the relative clause.
  // ("Ida Lunn, a former minister, put it": the subject before its asides.)
  const bare = first === source[0] ? subjectEndBeforeAsides(doc, source) : source[1];
  let who = first + 1;
  while (who < bare && !isRelativeOpener(doc, who)) who++;
  const end = nameEnd(doc, f, first, who);
  const text = doc.text.slice(doc.tokens[first].start, doc.tokens[end - 1].end);
  // "He’s claiming", "They’ve said": the pronoun of a contraction (read of one word only).
  const norm = end - first === 1 ? text.toLowerCase().replace(/[’'](?:s|re|ve|ll|d|m)$/, '') : '';
  return { doc, frames, names, k, f, source, mentions, first, who, end, text, norm };
}

/** Where the name from first ends, before who, without the words after it that are no part of it. */
function nameEnd(doc: Document, f: Frame, first: number, who: number): number {
  let end = withoutTrailingTime(doc, first, who);
  // "Marr herself wrote": the name, without its reflexive.
  if (end - first > 1 && REFLEXIVES.has(doc.tokens[end - 1].norm)) end--;
  // "Dresner Drops Out, Endorses Okafor": a title-case headline's verb ends the name.
  if (f.cue.sentence === 0 && isTitleCaseHeadline(doc))
    for (let j = first + 1; j < end; j++)
      if (isCapitalisedVerb(doc.tokens[j])) {
        end = j;
        break;
      }
  // "Rep. Curtis Mabry (R-Dunmore)": a party and state in brackets after a name are no part of it.
  if (doc.tokens[end - 1].text === ')') {
    let open = end - 2;
    while (open > first && doc.tokens[open].text !== '(') open--;
    if (open > first && doc.tokens[open].text === '(') end = open;
  }
  // "Tom Lane MP", "Eleanor Voss KC": the letters after a name are no part of it.
  // (Not a description's head: "A backbench MP", "One opposition MP".)
  const described = DETERMINERS.has(doc.tokens[first].norm) || COUNTED.has(doc.tokens[first].norm);
  while (!described && end - first > 2 && POST_NOMINALS.has(doc.tokens[end - 1].text)) end--;
  return end;
}
