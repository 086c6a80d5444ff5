// Statements marked by layout rather than by a reporting verb: transcript lines
// ("PENCE: Well, ...") and pull quotes with their attribution line ("“...” ― Pamela Padilla").
import { hasLemma } from '../lexicon/wordnet.js';
import type { Document } from '../text/document.js';
import { isCloseQuote, isOpenQuote } from './quotes.js';
import { cueAt, makeFrame, type Frame } from './frame.js';
import { isTitleWord } from './names.js';
import { afterDateline } from './datelines.js';

/** Words of page furniture that open a paragraph with a colon ("Related:", "Read more:",
 *  "Photo:", "Verdict:"): a label, not a speaker. */
const NOT_SPEAKERS = new Set([
  'update',
  'updated',
  'note',
  'correction',
  'email',
  'photo',
  'photos',
  'file',
  'picture',
  'pictures',
  'pic',
  'image',
  'caption',
  'credit',
  'video',
  'watch',
  'listen',
  'read',
  'more',
  'see',
  'also',
  'related',
  'advertisement',
  'share',
  'tags',
  'topics',
  'subscribe',
  'follow',
  'source',
  'sources',
  'editor',
  "editor's",
  'editors',
  // A live page's and a fact-check's own labels ("LIVE: …", "Verdict: False.", "Claim: …").
  'live',
  'breaking',
  'exclusive',
  'verdict',
  'claim',
  'rating',
  'conclusion',
  'summary',
  'context',
  'background',
  // A feature's kicker ("ANALYSIS: Why the dam plan split the valley", "PROFILE: …").
  'analysis',
  'explainer',
  'profile',
  'factbox',
  'comment',
  'opinion',
  'editorial',
  'interview',
  'feature',
  'review',
  'preview',
  'timeline',
  'insight',
  'focus',
  'obituary',
  // A tabloid's shout or a credit line ("BOOM: …", "Bombshell: …", "BYLINE: …", "Contributing: …";
  // PolNeAR train marks none of 17).
  ...['boom', 'bombshell', 'wow', 'whoa', 'look', 'byline', 'contributing', 'contributors', 'paid', 'notice'],
]);

/**
 * Is f's cue a page label's colon ("Related: NATO allies weigh more troops", "Read more: ...")?
 * The words from the paragraph's start to the colon are all page furniture.
 */
export function isPageLabel(doc: Document, f: Frame): boolean {
  const colon = f.cue.last - 1;
  if (doc.tokens[colon].text !== ':') return false;
  const s = doc.sentences[f.cue.sentence];
  if (doc.sentences[doc.paragraphs[s.paragraph].sentenceStart] !== s) return false;
  let first = s.tokenStart;
  if (isOpenQuote(doc, first)) first++;
  if (colon <= first || colon - first > 3) return false;
  if (colon - first === 1 && isThingLabel(doc, first, f)) return true;
  for (let j = first; j < colon; j++) if (!NOT_SPEAKERS.has(doc.tokens[j].norm)) return false;
  return true;
}

/** Words after a one-word label within which the line is a caption, not a speaker's words. */
const CAPTION_WORDS = 5;

/**
 * "Disclaimer: …", "Categories: Markets", "Supply: ChartView" (a spun "Source:"): one capitalised
 * common noun, no title and no person's name, before a short line is a label. A speaker's label
 * is a name ("PENCE:") or a role, and speaks at more length.
 */
function isThingLabel(doc: Document, i: number, f: Frame): boolean {
  const t = doc.tokens[i];
  if (!t.cap || t.text === t.text.toUpperCase() || isTitleWord(t.norm)) return false;
  if (!hasLemma(t.lemma, 'n') && !hasLemma(t.norm, 'n')) return false;
  let words = 0;
  let last = -1;
  for (const [a, b] of f.content)
    for (let j = a; j < b; j++) {
      if (doc.tokens[j].kind === 'word') words++;
      last = j;
    }
  // "Courier: Will there be another strike?": a caption asks nothing.
  if (last >= 0 && doc.tokens[last].text === '?') return false;
  return words <= CAPTION_WORDS;
}

/**
 * Transcript lines the tagger missed: a paragraph opening with a speaker's name in capitals
 * and a colon ("PENCE: Well, look, ..."), as in interview transcripts.
 */
function transcriptFrames(doc: Document, cues: Set<number>): Frame[] {
  const out: Frame[] = [];
  const qa = firstQuestionLine(doc) >= 0;
  for (const p of doc.paragraphs) {
    if (p.sentenceEnd <= p.sentenceStart) continue;
    const s = doc.sentences[p.sentenceStart];
    let i = s.tokenStart;
    if (isOpenQuote(doc, i)) i++;
    const first = i;
    while (i < s.tokenEnd && i - first < 3) {
      const t = doc.tokens[i];
      if (t.kind !== 'word' || !/^\p{Lu}[\p{Lu}'.-]+$/u.test(t.text) || NOT_SPEAKERS.has(t.norm)) break;
      i++;
    }
    // "Q: … / A: …": an interview's lines, the answers the interviewee's (speakers.ts).
    if (qa && i === first && QA_LABELS.has(doc.tokens[i].text)) i++;
    if (i === first || doc.tokens[i]?.text !== ':' || cues.has(i)) continue;
    const frame = speakerLabel(doc, i);
    if (frame) out.push(frame);
  }
  const title = titleLabel(doc, cues);
  if (title && !out.some((f) => f.cue.first === title.cue.first)) out.push(title);
  return out;
}

/** Nouns of a finding that a title names as its source ("Poll: …", "Report: …"). */
const REPORT_LABELS = new Set(['poll', 'polls', 'survey', 'report', 'study']);

/**
 * A title in title case opening with a name and a colon ("Okafor: Tolls Will Not Rise"), which
 * the tagger missed: one to three capitalised words (not in capitals, no article, not page
 * furniture) before the colon of the article's first paragraph, the last of them a name the
 * article gives again after another capitalised word ("Mayor Ada Okafor"), or a finding
 * ("Poll: …"); not a title asking a question. PolNeAR marks 51 of 56 such titles in train and
 * 6 of 6 in dev; the tagger gives most of them, this the few it misses.
 */
function titleLabel(doc: Document, cues: Set<number>): Frame | null {
  const p = doc.paragraphs[0];
  if (!p || p.sentenceEnd <= p.sentenceStart) return null;
  const first = doc.sentences[p.sentenceStart].tokenStart;
  let colon = first;
  while (colon < first + 3 && doc.tokens[colon]?.kind === 'word') {
    const t = doc.tokens[colon];
    if (
      !t.cap ||
      t.stop ||
      NOT_SPEAKERS.has(t.norm) ||
      (t.text.length > 1 && t.text === t.text.toUpperCase())
    )
      return null;
    colon++;
  }
  if (colon === first || doc.tokens[colon]?.text !== ':' || cues.has(colon)) return null;
  const end = doc.sentences[p.sentenceEnd - 1].tokenEnd;
  if (doc.tokens[end - 1].text === '?') return null;
  const last = doc.tokens[colon - 1].norm;
  if (!REPORT_LABELS.has(last) && !namedAgain(doc, last, end)) return null;
  return speakerLabel(doc, colon);
}

/** Is `norm` a capitalised word after another capitalised word from token `from` on ("… Ada Okafor")? */
function namedAgain(doc: Document, norm: string, from: number): boolean {
  for (let j = Math.max(from, 1); j < doc.tokens.length; j++) {
    const t = doc.tokens[j];
    if (t.norm !== norm || !t.cap) continue;
    const before = doc.tokens[j - 1];
    if (before.kind === 'word' && before.cap && !before.stop && before.sentence === t.sentence) return true;
  }
  return false;
}

const QA_LABELS = new Set(['Q', 'A']);

/**
 * The first token of the first paragraph that opens "Q:" (an interview written as questions and
 * answers), or -1 when there is none.
 */
export function firstQuestionLine(doc: Document): number {
  for (const p of doc.paragraphs) {
    if (p.sentenceEnd <= p.sentenceStart) continue;
    const i = doc.sentences[p.sentenceStart].tokenStart;
    if (doc.tokens[i].text === 'Q' && doc.tokens[i + 1]?.text === ':') return i;
  }
  return -1;
}

const DASHES = new Set(['―', '—', '–']);
const DASH_CHARS = /[―—–]/g;

/** The token starting at character `at`, or -1. */
function tokenStartingAt(doc: Document, at: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (doc.tokens[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo < doc.tokens.length && doc.tokens[lo].start === at ? lo : -1;
}
const QUOTE_MARKS = new Set(['“', '”', '"', '«', '»']);

/** Does a line break separate token i from the token before it (or is i the first token)? */
function lineBreakBefore(doc: Document, i: number): boolean {
  return i <= 0 || doc.text.slice(doc.tokens[i - 1].end, doc.tokens[i].start).includes('\n');
}

/** Tokens [from, end) name a person: one to five capitalised words, initials ("G.") and "&" allowed. */
function isNameLine(doc: Document, from: number, end: number): boolean {
  let words = 0;
  for (let k = from; k < end; k++) {
    const t = doc.tokens[k];
    if (t.kind === 'word' && t.cap) words++;
    else if (t.text === '.' && k > from && doc.tokens[k - 1].text.length === 1) continue;
    else return false;
  }
  return words >= 1 && words <= 5;
}

/**
 * A line that is a quotation closed by a dash and a name ("“...” ― Pamela Padilla"), as in
 * collections of readers' voices. Works by lines, as such lists often break lines without
 * starting new paragraphs; the opening mark may be typed the wrong way round (”).
 */
function pullQuotes(doc: Document): Frame[] {
  const out: Frame[] = [];
  const n = doc.tokens.length;
  // The dashes are looked for in the text: reading every token for them costs more.
  DASH_CHARS.lastIndex = 0;
  for (let m = DASH_CHARS.exec(doc.text); m; m = DASH_CHARS.exec(doc.text)) {
    const j = tokenStartingAt(doc, m.index);
    if (j < 1 || !DASHES.has(doc.tokens[j].text) || !QUOTE_MARKS.has(doc.tokens[j - 1].text)) continue;
    if (lineBreakBefore(doc, j)) continue;
    let lineEnd = j + 1;
    while (lineEnd < n && !lineBreakBefore(doc, lineEnd)) lineEnd++;
    let nameEnd = lineEnd;
    if (doc.tokens[nameEnd - 1].text === '.' && doc.tokens[nameEnd - 2]?.text.length !== 1) nameEnd--;
    if (nameEnd <= j + 1 || !isNameLine(doc, j + 1, nameEnd)) continue;
    let first = j - 1;
    while (first > 0 && !lineBreakBefore(doc, first)) first--;
    if (!QUOTE_MARKS.has(doc.tokens[first].text) || first >= j - 1) continue;
    out.push(makeFrame(cueAt(j, doc.tokens[j].sentence), [j + 1, nameEnd], [[first, j]], true, true));
  }
  return out;
}

/**
 * Layout-marked statements: transcript lines whose cue is not among `frames`' cues, and pull
 * quotes (which replace a frame the tagger built on the same dash).
 */
export function labelFrames(doc: Document, frames: Frame[]): Frame[] {
  const cues = new Set(frames.map((f) => f.cue.first));
  return [...transcriptFrames(doc, cues), ...pullQuotes(doc)];
}

/** "NAME: text" at a paragraph's start (transcripts, headlines). */
export function speakerLabel(doc: Document, colon: number): Frame | null {
  const sentence = doc.tokens[colon].sentence;
  const s = doc.sentences[sentence];
  let first = s.tokenStart;
  if (isOpenQuote(doc, first)) first++;
  if (colon - first < 1 || colon - first > 4) return null;
  for (let j = first; j < colon; j++) if (!doc.tokens[j].cap && doc.tokens[j].kind !== 'punct') return null;
  const p = doc.paragraphs[s.paragraph];
  if (doc.sentences[p.sentenceStart] !== s) return null;
  const end = doc.sentences[p.sentenceEnd - 1].tokenEnd;
  // ("KOLKATA: Chief Minister Rina Das said …": a dateline, no speaker.)
  if (afterDateline(doc, first, end) === colon + 1) return null;
  if (end <= colon + 1) return null;
  let last = end;
  if (isCloseQuote(doc, last - 1) && doc.tokens[first - 1] && isOpenQuote(doc, first - 1)) last--;
  return makeFrame(cueAt(colon, sentence), [first, colon], [[colon + 1, last]], true, true);
}
