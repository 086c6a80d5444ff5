// "Rossi laughed. “Ask me in August.”": a quotation standing as a sentence of its own, with no cue
// and no speaker, right after a short sentence in which a person does something (laughs, shrugs,
// turns to the reporter). A reader credits the quotation to that person, and the gesture is how
// it was said: its cue. (PolNeAR marks 11 such quotations in train, with cues such as "cut in"
// and "then turned to me".)
import { isIrregularVerbForm } from '../lexicon/exceptions.js';
import { hasLemma } from '../lexicon/wordnet.js';
import type { Document } from '../text/document.js';
import { takenTokens, taken } from './continued-quotes.js';
import { makeFrame, type Frame } from './frame.js';
import { DETERMINERS, isPersonName } from './names.js';
import { isCloseQuote, isOpenQuote, quoteEndAcrossParagraphs } from './quotes.js';
import type { TokenRange } from './types.js';
import { FINITE, NOMINATIVE_PRONOUNS, pluralLemma } from './word-forms.js';

/** Tokens of the gesture's sentence at most, its full stop included ("Mara Quinn shrugged."). */
const MAX_GESTURE_TOKENS = 8;
/** Words of a name opening the gesture's sentence. */
const MAX_NAME_WORDS = 3;

/**
 * New frames for the quotations that follow a person's gesture; `frames` are the statements found
 * so far (a quotation or gesture any of them holds is left alone).
 */
export function quotesAfterGestures(doc: Document, frames: readonly Frame[]): Frame[] {
  const out: Frame[] = [];
  let marks: Uint8Array | null = null;
  for (let k = 1; k < doc.sentences.length; k++) {
    const start = doc.sentences[k].tokenStart;
    if (!isOpenQuote(doc, start)) continue;
    const quote = wholeQuotation(doc, start);
    if (!quote) continue;
    const gesture = doc.sentences[k - 1];
    const [a, b] = [gesture.tokenStart, gesture.tokenEnd];
    if (b - a > MAX_GESTURE_TOKENS || doc.tokens[b - 1].text !== '.') continue;
    // The same paragraph, or the gesture ends the paragraph before the quotation's.
    const sameParagraph = gesture.paragraph === doc.sentences[k].paragraph;
    const nextParagraph =
      gesture.paragraph + 1 === doc.sentences[k].paragraph &&
      doc.paragraphs[gesture.paragraph].sentenceEnd === k;
    if (!sameParagraph && !nextParagraph) continue;
    const subject = personSubject(doc, a, b);
    if (!subject) continue;
    const verb = subject[1];
    if (!isGestureVerb(doc, verb)) continue;
    if (!wordsOnly(doc, verb + 1, b - 1)) continue;
    marks ??= takenTokens(doc, frames);
    if (taken(marks, [a, b]) || taken(marks, quote)) continue;
    const cue = { first: verb, last: b - 1, sentence: doc.tokens[verb].sentence, score: null };
    out.push(makeFrame(cue, subject, [quote], true));
    marks.fill(1, a, quote[1]);
  }
  return out;
}

function wordsOnly(doc: Document, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (doc.tokens[j].kind !== 'word') return false;
  return true;
}

/** The quotation opened at `start` when it is the whole of its sentence(s): [start, close + 1). */
function wholeQuotation(doc: Document, start: number): TokenRange | null {
  const close = quoteEndAcrossParagraphs(doc, start);
  if (close - start < 2 || !isCloseQuote(doc, close)) return null;
  const end = doc.sentences[doc.tokens[close].sentence].tokenEnd;
  for (let j = close + 1; j < end; j++) if (doc.tokens[j].kind !== 'punct') return null;
  return [start, close + 1];
}

/** "He", "She", "Rossi", "Mara Quinn" opening [a, b): its range, or null. */
function personSubject(doc: Document, a: number, b: number): TokenRange | null {
  const first = doc.tokens[a];
  if (first.kind !== 'word') return null;
  if (NOMINATIVE_PRONOUNS.has(first.norm)) return [a, a + 1];
  if (DETERMINERS.has(first.norm)) return null;
  let end = a;
  while (end < b && end - a < MAX_NAME_WORDS && doc.tokens[end].cap && doc.tokens[end].kind === 'word') end++;
  if (end === a || end >= b) return null;
  // One capitalised word opening a sentence may be any word ("Prices fell."): a name only when
  // WordNet does not know it in lowercase.
  if (end - a === 1 && (hasLemma(first.norm) || pluralLemma(first) !== null)) return null;
  return isPersonName(doc, a, end, []) ? [a, end] : null;
}

/** A past or present verb of the subject, not an auxiliary ("laughed", "shrugs", "cut"). */
function isGestureVerb(doc: Document, i: number): boolean {
  const t = doc.tokens[i];
  if (t.kind !== 'word' || t.cap || FINITE.has(t.norm)) return false;
  if (isIrregularVerbForm(t.norm)) return true;
  return t.norm !== t.lemma && (t.norm.endsWith('ed') || t.norm.endsWith('s')) && hasLemma(t.lemma, 'v');
}
