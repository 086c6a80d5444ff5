// Phrases that open a sentence before its subject, each closed by a comma ("Hours later,",
// "Instead,", "At a rally in Dover, Kent, on Sunday,", "After thanking the crowd,"): a participle
// hung on the main clause ("…, telling reporters …") and a participle inside such a phrase
// ("After thanking the crowd, she …", "Having heard the plea, Judge Marr …") are spoken by the
// main clause's subject, never by a word of the opening phrase (PolNeAR's source of a participle is
// the subject of the clause it hangs on).
import { hasLemma } from '../lexicon/wordnet.js';
import type { Document } from '../text/document.js';
import { cueVerbStart } from './cue-adverbs.js';
import { isAdverbWord } from './opening-adverbs.js';
import { isQuoted } from './quotes.js';
import { timePhrase } from './times.js';
import { FINITE, mayBeFiniteForm } from './word-forms.js';

/** Prepositions opening a phrase of time, place or circumstance ("At a rally in Dover,"). */
const OPENING_PREPOSITIONS = new Set([
  ...['in', 'on', 'at', 'after', 'before', 'during', 'under', 'with', 'for', 'by', 'despite'],
  ...['besides', 'since', 'throughout', 'following', 'amid', 'among', 'like', 'unlike', 'upon'],
  ...['without', 'from', 'through', 'within', 'across', 'over', 'back', 'according'],
  // ("Inside the arena,", "Alongside the march,", "Here in Dover,": a place before the subject.)
  ...['inside', 'outside', 'alongside', 'beyond', 'near', 'behind', 'around', 'beside', 'amidst'],
  ...['here', 'there'],
]);

/** Words opening a subordinate clause before the main one ("When the vote came,"). */
const SUBORDINATORS = new Set([
  ...['when', 'while', 'after', 'before', 'since', 'although', 'though', 'because', 'once'],
  ...['until', 'unless', 'whereas', 'whenever', 'ever', 'if', 'as'],
]);

/** Degree words before an adverb that opens the sentence ("More recently,"). */
const DEGREE_WORDS = new Set(['more', 'most', 'even', 'much', 'very', 'only', 'just', 'all']);

/** Words that end a phrase of time ("Hours later,", "The day before,", "Two years ago,"). */
const TIME_ENDS = new Set(['later', 'earlier', 'ago', 'before', 'after']);

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it']);

/** Conjunctions that may stand before the first phrase ("And a year later, he …"). */
const CONJUNCTIONS = new Set(['and', 'but', 'yet']);

/** Tokens an opening phrase may run before its comma. */
const PHRASE_REACH = 30;
/** Opening phrases read at most. */
const MAX_PHRASES = 4;

type Opening = 'adverb' | 'time' | 'prep' | 'clause' | 'participle' | 'place';

/** Closing quotation marks. */
const CLOSING_QUOTES = new Set(['”', '"']);
/** Marks an opening phrase may hold before its comma (abbreviations, possessives, asides, titles). */
const PHRASE_PUNCTUATION = new Set(['.', '’', "'", '(', ')', '“', '”', '"']);

/** The first comma at or after `i` (outside quotations) before `end`, within reach; -1 if a
 *  semicolon, colon or dash comes first. */
function nextComma(doc: Document, i: number, end: number): number {
  for (let j = i; j < end && j - i <= PHRASE_REACH; j++) {
    const t = doc.tokens[j];
    // "On KXL’s “Morning Desk,” while …": a title's closing comma inside its quotation marks
    // closes the phrase (returned as the closing mark, the phrase's last token).
    if (
      t.text === ',' &&
      isQuoted(doc, j) &&
      CLOSING_QUOTES.has(doc.tokens[j + 1]?.text ?? '') &&
      j + 1 < end
    )
      return j + 1;
    if (t.kind !== 'punct' || isQuoted(doc, j)) continue;
    if (t.text === ',') return j;
    if (!PHRASE_PUNCTUATION.has(t.text)) return -1;
  }
  return -1;
}

/** What opens the sentence in tokens [i, comma), if it is a phrase before the subject. */
function openingKind(
  doc: Document,
  i: number,
  comma: number,
  afterPlace: boolean,
  opens: boolean,
): Opening | null {
  const len = comma - i;
  const head = doc.tokens[i];
  if (len < 1 || head.kind !== 'word') return null;
  const words = doc.tokens.slice(i, comma);
  // "Iowa," after "At an event in Ames,": the state of the place just named.
  if (afterPlace && len <= 3 && words.every((t) => t.cap || t.text === '.')) return 'place';
  if (len === 1 && isAdverbWord(head)) return 'adverb';
  // "More recently,", "Even so,", "Just as often,": a degree word before an adverb.
  if (
    len === 2 &&
    DEGREE_WORDS.has(head.norm) &&
    hasLemma(doc.tokens[i + 1].norm, 'r') &&
    !doc.tokens[i + 1].cap
  )
    return 'adverb';
  if (timePhrase(doc, i, comma) === len) return 'time';
  // "Earlier this year", "Later that day": an adverb of time before a time.
  if (
    (head.norm === 'earlier' || head.norm === 'later') &&
    len > 1 &&
    timePhrase(doc, i + 1, comma) === len - 1
  )
    return 'time';
  // "Hours later", "A couple of years later", "The day before": lowercase words before a time's end.
  if (len <= 6 && TIME_ENDS.has(doc.tokens[comma - 1].norm) && words.slice(1).every((t) => !t.cap))
    return 'time';
  // ("On Monday evening Vell delivered her speech, …": a clause, no opening phrase.)
  const finite = words.some(
    (t, k) =>
      FINITE.has(t.norm) ||
      (k > 0 && mayBeFiniteForm(t) && (words[k - 1].cap || SUBJECT_PRONOUNS.has(words[k - 1].norm))),
  );
  if (SUBORDINATORS.has(head.norm) && len >= 2) return 'clause';
  // "Tuesday on KXL’s “Morning Desk,”": a time before a phrase of place or medium.
  const time = timePhrase(doc, i, comma);
  if (time > 0 && time < len && OPENING_PREPOSITIONS.has(doc.tokens[i + time].norm) && !finite) return 'prep';
  // "After thanking the crowd", "In addition to worrying that …": a preposition before a
  // participle is a clause of its own.
  const ing = words.slice(1, 4).findIndex((t) => t.norm.endsWith('ing') && t.norm !== t.lemma);
  if (OPENING_PREPOSITIONS.has(head.norm) && len >= 2 && (ing >= 0 || (!finite && len <= 20)))
    return ing >= 0 ? 'clause' : 'prep';
  // "Facing criticism from both parties", "Having heard the plea", "Reached by phone".
  // (Only first: after another phrase, a participle hangs on the clause before it.)
  if (!opens) return null;
  if (head.norm.endsWith('ing') && (head.norm !== head.lemma || head.norm === 'having') && len >= 2)
    return 'participle';
  if (head.norm.endsWith('ed') && len >= 2 && OPENING_PREPOSITIONS.has(doc.tokens[i + 1].norm))
    return 'participle';
  return null;
}

/** A headline in title case ("Railing Against Tolls, Mayor Vows To Fight"): no phrases to read. */
function titleCased(doc: Document, start: number, end: number): boolean {
  const words = doc.tokens.slice(start, end).filter((t) => t.kind === 'word');
  return words.length >= 4 && words.filter((t) => t.cap).length >= 0.7 * words.length;
}

/** Where the main clause starts past the phrases opening the sentence at `start` ("Hours later,
 *  Vance …" → "Vance"), or `start` when none opens it (the caller checks a subject stands there). */
export function pastOpeningPhrases(doc: Document, start: number, end: number): number {
  if (titleCased(doc, start, end)) return start;
  let i = start;
  if (CONJUNCTIONS.has(doc.tokens[i]?.norm ?? '')) i++;
  let afterPlace = false;
  let passed = false;
  for (let n = 0; n < MAX_PHRASES && i < end; n++) {
    const comma = nextComma(doc, i, end);
    if (comma < 0) break;
    const kind = openingKind(doc, i, comma, afterPlace, n === 0);
    if (!kind) break;
    afterPlace = kind === 'place' || (kind === 'prep' && doc.tokens[comma - 1].cap);
    passed = true;
    i = comma + 1;
    // "After thanking the crowd, which chanted her name, she …": a relative clause's commas.
    if (kind !== 'place' && /^(which|who|whom|where)$/.test(doc.tokens[i]?.norm ?? '')) {
      const close = nextComma(doc, i, end);
      if (close < 0) return start;
      i = close + 1;
    }
  }
  return passed ? i : start;
}

/** Words that may stand between the start of an opening phrase and its participle. */
const PARTICIPLE_LEADS = new Set([
  ...CONJUNCTIONS,
  ...OPENING_PREPOSITIONS,
  ...SUBORDINATORS,
  'having',
  'addition',
  'to',
]);

/**
 * Where the main clause starts when the participle cue at `cueFirst` stands in a phrase opening
 * its sentence at `start` ("After saying he was nervous, the farmer …", "Having heard the plea,
 * Judge Marr …", "Besides attacking the mayor, Vell …"); -1 otherwise.
 */
export function openingParticipleClause(doc: Document, cueFirst: number, start: number): number {
  // ("Before briefly praising the crews, …": the participle past the cue's adverbs.)
  const cue = doc.tokens[cueVerbStart(doc, cueFirst, doc.sentences[doc.tokens[cueFirst].sentence].tokenEnd)];
  const before = cueFirst > start ? doc.tokens[cueFirst - 1] : null;
  const participle =
    (cue.norm.endsWith('ing') && cue.norm !== cue.lemma) ||
    (before?.norm === 'having' && cue.norm.endsWith('ed'));
  // ("According to the data, …" names its own source.)
  if (!participle || cue.norm === 'according') return -1;
  const s = doc.sentences[cue.sentence];
  const main = pastOpeningPhrases(doc, start, s.tokenEnd);
  if (main <= cueFirst) return -1;
  // The participle opens its phrase, or follows its preposition, subordinator or "having".
  let lead = cueFirst;
  while (lead > start && cueFirst - lead < 4 && PARTICIPLE_LEADS.has(doc.tokens[lead - 1].norm)) lead--;
  const opensPhrase = lead === start || (doc.tokens[lead - 1].text === ',' && !isQuoted(doc, lead - 1));
  return opensPhrase ? main : -1;
}
