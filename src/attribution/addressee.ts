// To whom a statement was made: "told reporters", "warned Moscow that", "said in an interview with
// CNN", "wrote to Congress". Read off the words around the cue, outside the content; null when the
// text names no listener.
import type { Span } from '../model.js';
import { wordSet } from '../lexicon/load.js';
import type { Document } from '../text/document.js';
import { NOUN_PHRASE_OPENERS } from './word-forms.js';
import type { Statement } from './types.js';

/** Words that end a listener: prepositions of time and place, and what opens a content. */
const LISTENER_ENDS = new Set([
  'that',
  'to',
  'of',
  'about',
  'at',
  'on',
  'in',
  'during',
  'after',
  'before',
  'from',
  'by',
  'with',
  'over',
  'via',
  'for',
  'last',
  'this',
  'yesterday',
  'today',
  'earlier',
  'late',
  'early',
  'whether',
  'if',
  'why',
  'how',
  'what',
  'when',
  'where',
  'who',
  'and',
  'but',
  'as',
  'than',
  'not',
  'outside',
  'inside',
  'near',
  'ahead',
]);

/** Media a statement is made in, where the listener follows "with" or "to": "in an interview with CNN". */
const SETTINGS = new Set([
  'interview',
  'interviews',
  'letter',
  'call',
  'message',
  'remarks',
  'meeting',
  'speech',
]);

/** Verbs that take their listener after "to": "said to reporters", "wrote to Congress", "speaking to CNN". */
const TO_VERBS = new Set([
  'say',
  'speak',
  'write',
  'talk',
  'explain',
  'complain',
  'announce',
  'tell',
  'declare',
]);

const MAX_LISTENER_WORDS = 6;

/** The listener starting at token `from` (before token `hi`, never inside [skipLo, skipHi)): word tokens up to an end word or punctuation. */
function listenerAt(doc: Document, from: number, hi: number, skipLo: number, skipHi: number): Span | null {
  let end = from;
  while (end < hi && end - from < MAX_LISTENER_WORDS) {
    const t = doc.tokens[end];
    if (t.kind !== 'word' || t.quoted || (end >= skipLo && end < skipHi)) break;
    if (LISTENER_ENDS.has(t.norm)) break;
    // "an interview with the Daily Courier published on Monday": a participle after a name ends it.
    if (end > from && !t.cap && doc.tokens[end - 1].cap && /(?:ed|ing)$/.test(t.norm)) break;
    end++;
  }
  if (end === from || end - from >= MAX_LISTENER_WORDS) return null;
  const start = doc.tokens[from].start;
  const stop = doc.tokens[end - 1].end;
  return { start, end: stop, text: doc.text.slice(start, stop) };
}

/** The first token at or after character offset `offset`. */
function tokenAt(doc: Document, offset: number, lo: number, hi: number): number {
  let a = lo;
  let b = hi;
  while (a < b) {
    const m = (a + b) >> 1;
    if (doc.tokens[m].start < offset) a = m + 1;
    else b = m;
  }
  return a;
}

const LISTENER_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'you']);
/** What opens a listener's noun phrase ("the committee", "some lawmakers"). */
const DETERMINERS = new Set([...NOUN_PHRASE_OPENERS, 'some', 'several']);
/** Lowercase nouns that name listeners; plural agent nouns ("reporters", "journalists", "lawmakers") need no list. */
const LISTENER_NOUNS = new Set([
  'parliament',
  'congress',
  'police',
  'officials',
  'crowd',
  'audience',
  'supporters',
  'media',
  'press',
  'public',
  'staff',
  'troops',
  'families',
  'colleagues',
  'allies',
  // Media and bodies told things ("told local radio", "told state television", "told the court").
  'radio',
  'television',
  'tv',
  'court',
  'jury',
  'committee',
  'inquiry',
  'hearing',
  'conference',
]);

/** Is tokens [from, to) a plausible listener: a name, an object pronoun, or a noun phrase? */
function plausible(doc: Document, from: number, to: number): boolean {
  const first = doc.tokens[from];
  const last = doc.tokens[to - 1];
  if (LISTENER_PRONOUNS.has(last.norm)) return to - from === 1;
  if (last.cap || DETERMINERS.has(first.norm)) return true;
  return LISTENER_NOUNS.has(last.norm) || /(?:ers|ists|ians|ors|ees|makers)$/.test(last.norm);
}

/** The statement's listener, or null. */
export function addresseeOf(doc: Document, st: Statement): Span | null {
  const tellVerbs = wordSet('attribution-tell-verbs');
  const firstCue = tokenAt(doc, st.cue.start, 0, doc.tokens.length);
  const afterCue = tokenAt(doc, st.cue.end, firstCue, doc.tokens.length);
  if (firstCue >= doc.tokens.length) return null;
  const sentence = doc.sentences[doc.tokens[firstCue].sentence];
  const hi = sentence.tokenEnd;
  const contentLo = tokenAt(doc, st.content.start, sentence.tokenStart, doc.tokens.length);
  const contentHi = tokenAt(doc, st.content.end, contentLo, doc.tokens.length);
  const listener = (from: number, insideContent = false): Span | null => {
    const span = listenerAt(doc, from, hi, insideContent ? hi : contentLo, insideContent ? hi : contentHi);
    if (!span) return null;
    const to = tokenAt(doc, span.end, from, hi);
    return plausible(doc, from, to) ? span : null;
  };
  const lastCueWord = doc.tokens[afterCue - 1];
  // "told reporters", "warned Moscow that", "informed the committee".
  if (lastCueWord && (tellVerbs.has(lastCueWord.lemma) || tellVerbs.has(lastCueWord.norm)) && afterCue < hi) {
    const found = listener(afterCue);
    if (found) return found;
  }
  // "said to reporters", "wrote to Congress", "in an interview with CNN", "in a letter to the board":
  // within a few words after the cue, or in the sentence before the content ("In an interview with CNN, X said").
  const windows: [number, number][] = [
    [afterCue, Math.min(hi, afterCue + 8)],
    [sentence.tokenStart, firstCue],
  ];
  for (const [lo, end] of windows) {
    for (let j = lo; j < end - 1; j++) {
      const t = doc.tokens[j];
      const prev = j > 0 ? doc.tokens[j - 1] : null;
      const viaTo = t.norm === 'to' && j === afterCue && TO_VERBS.has(lastCueWord?.lemma ?? '');
      const viaSetting = (t.norm === 'with' || t.norm === 'to') && prev !== null && SETTINGS.has(prev.norm);
      if (!viaTo && !viaSetting) continue;
      // "said to lawmakers that ...": a content read from right after the cue may hold the "to" phrase.
      const atContentStart = j === contentLo;
      if (!atContentStart && j >= contentLo && j < contentHi) continue;
      const found = listener(j + 1, atContentStart);
      if (found) return found;
    }
  }
  return null;
}
