// The bodies and groups that "it" and "they" take up, as pronoun-subjects.ts finds the persons
// "he" and "she" take up: the body ("The union", "Estrany") or plural of people ("Security
// researchers") that the pronoun's own sentence opens with, or the quiet sentence before it.
// pronouns.ts tries these before the latest speaker.
import type { Document } from '../text/document.js';
import { isOrganisationWord } from './names.js';
import type { Frame } from './spans.js';
import { opensSentence } from './sources.js';
import { isRegularPlural, mayBeFiniteVerb, pluralLemma } from './word-forms.js';
import { isAgentNoun, isPersonNoun } from './agents.js';
import { isGivenName } from './given-names.js';
import { quietSentenceBefore } from './pronoun-subjects.js';

/** Words opening a sentence that name no one ("It", "This", "There"). */
const PRONOUNS_OPENING = new Set([
  'it',
  'this',
  'that',
  'there',
  'these',
  'those',
  'they',
  'we',
  'i',
  'he',
  'she',
  'you',
]);

/**
 * Words an opening noun phrase may have after its article ("A petition against …" → "A petition"),
 * here and for the thing a possessive "its" takes up (pronouns.ts).
 */
export const OPENING_REACH = 4;

/**
 * "The union has lodged an objection. It says …": an "it" opening its sentence takes up the
 * definite noun phrase of a body or group ("the union", "the regulator") that opens the sentence
 * before in the paragraph, when no statement there has a speaker of its own; null otherwise.
 */
export function previousBodySubject(doc: Document, at: number, frames: Frame[], k: number): string | null {
  if (!opensSentence(doc, at, doc.sentences[doc.tokens[at].sentence].tokenStart)) return null;
  const prev = quietSentenceBefore(doc, at, frames, k);
  return prev ? openingBody(doc, prev.tokenStart, prev.tokenEnd) : null;
}

/**
 * "The army launched what it called a limited operation": an "it" inside the sentence refers to
 * the body its subject names. Null when the pronoun opens the sentence or the statement's content
 * holds the sentence's start.
 */
export function bodySubjectBefore(doc: Document, at: number, f: Frame): string | null {
  const s = doc.sentences[doc.tokens[at].sentence];
  if (opensSentence(doc, at, s.tokenStart)) return null;
  for (const [a, b] of f.content) if (a <= s.tokenStart + 1 && s.tokenStart < b) return null;
  return openingBody(doc, s.tokenStart, at);
}

/** The body a clause in tokens [start, end) opens with, before its verb: a name no given name
 *  opens ("Estrany"), or "the" and a singular noun of a body ("The defence ministry"); or null. */
function openingBody(doc: Document, start: number, limit: number): string | null {
  const first = doc.tokens[start];
  // "Estrany gave a very different account. Its defence ministry said …": a name no given name
  // opens, then its verb.
  if (first.kind === 'word' && first.cap && first.norm !== 'the' && !isGivenName(first.norm)) {
    let end = start;
    while (end < limit && end - start < 4 && doc.tokens[end].cap && doc.tokens[end].kind === 'word') end++;
    const t = doc.tokens[end];
    if (!t || t.kind !== 'word' || t.cap || !mayBeFiniteVerb(doc, end) || PRONOUNS_OPENING.has(first.norm))
      return null;
    return doc.text.slice(first.start, doc.tokens[end - 1].end);
  }
  if (first.kind !== 'word' || first.norm !== 'the') return null;
  // "The Tessaly Space Agency lost contact …": a body's capitalised name ending on its word.
  let run = start + 1;
  while (run < limit && run - start <= 5 && doc.tokens[run].kind === 'word' && doc.tokens[run].cap) run++;
  if (run > start + 1 && isOrganisationWord(doc.tokens[run - 1].norm) && mayBeFiniteVerb(doc, run))
    return doc.text.slice(doc.tokens[start + 1].start, doc.tokens[run - 1].end);
  let end = start + 1;
  while (end < limit && end - start <= OPENING_REACH) {
    const t = doc.tokens[end];
    if (t.kind !== 'word' || t.cap || t.stop || mayBeFiniteVerb(doc, end)) break;
    end++;
  }
  if (end === start + 1 || !mayBeFiniteVerb(doc, end)) return null;
  const head = doc.tokens[end - 1];
  if (isRegularPlural(head) || !isAgentNoun(head.lemma) || isPersonNoun(head.lemma)) return null;
  return doc.text.slice(first.start, head.end);
}

/** Tokens from a sentence's start within which its subject's plural head is looked for. */
const PLURAL_SUBJECT_REACH = 4;

/**
 * "Security researchers at the firm attributed the attack to a gang, which they said …": a "they"
 * inside the sentence refers to the people its subject names (a lowercase plural of persons,
 * bodies or groups within its first words). Null when the pronoun opens the sentence, when the
 * statement's content holds the sentence's start, or when there is no such subject.
 */
export function pluralSubjectBefore(doc: Document, at: number, f: Frame): string | null {
  const s = doc.sentences[doc.tokens[at].sentence];
  if (opensSentence(doc, at, s.tokenStart)) return null;
  // "Traders sold on the break, they added": a subject inside the content is what was said.
  for (const [a, b] of f.content) if (a <= s.tokenStart + 1 && s.tokenStart < b) return null;
  return openingPlural(doc, s.tokenStart, at);
}

/** The plural of persons, bodies or groups a sentence opens with (within its first words, before
 *  token `before`), with the words before it ("Security researchers"), or null. */
function openingPlural(doc: Document, start: number, before: number): string | null {
  for (let j = start; j < Math.min(before, start + PLURAL_SUBJECT_REACH); j++) {
    const t = doc.tokens[j];
    // Not past the sentence's verb ("Police said the men …"; a plural in -s may be the noun).
    if (t.kind !== 'word' || (j > start && !t.cap && t.norm !== t.lemma && /(?:ed|aid|old)$/.test(t.norm)))
      return null;
    // A capitalised plural only as the sentence's first word ("Fishermen in the port …").
    const lemma = t.cap
      ? j === start
        ? pluralLemma(t)
        : null
      : isRegularPlural(t)
        ? t.lemma
        : pluralLemma(t);
    if (lemma === null) continue;
    if (!isAgentNoun(lemma)) return null;
    return doc.text.slice(doc.tokens[start].start, t.end);
  }
  return null;
}

/**
 * "The researchers, led by Dr. Nwosu, followed 12,000 nurses. They found that …": a "they" opening
 * its sentence takes up the plural of people the sentence before opens with, when that sentence
 * (in the same paragraph) reports no statement.
 */
export function previousPluralSubject(doc: Document, at: number, frames: Frame[], k: number): string | null {
  if (!opensSentence(doc, at, doc.sentences[doc.tokens[at].sentence].tokenStart)) return null;
  const prev = quietSentenceBefore(doc, at, frames, k);
  return prev ? openingPlural(doc, prev.tokenStart, prev.tokenEnd) : null;
}
