// What happens to content spans once every cue has its frame: contents yield to other
// statements' sources and cues, quotations that resume in the next sentences join their
// statement and dangling conjunctions go. Where a content that follows its cue ends is learned
// (bounds.ts).
import { wordSet } from '../lexicon/load.js';
import type { Document } from '../text/document.js';
import { ContentCoverage } from './coverage.js';
import { isCloseQuote, isOpenQuote, isQuoted, quoteEndAfter, quoteStartBefore } from './quotes.js';
import { feelingInContent } from './feelings.js';
import type { Frame, TokenRange } from './spans.js';
import { hasTellingCue } from './stance.js';
import { isDirective } from './directives.js';
import { ageFollows, verblessThatClause } from './word-forms.js';
import { isNounParticipleFrame } from './verdict-agents.js';

const TRAILING_JUNK = new Set([
  ',',
  'and',
  'but',
  'though',
  'although',
  'while',
  'as',
  ';',
  '—',
  '–',
  'because',
]);

/** Is token i preceded by a comma, semicolon or dash (possibly followed by a conjunction)? */
export function atClauseBreak(doc: Document, i: number): boolean {
  let j = i - 1;
  if (j >= 0 && TRAILING_JUNK.has(doc.tokens[j].norm) && doc.tokens[j].kind === 'word') j--;
  // A comma inside a closing quotation counts too: “de-escalate,” and repeated warnings ...
  if (j > 0 && isCloseQuote(doc, j) && doc.tokens[j - 1].text === ',') return true;
  return j >= 0 && (doc.tokens[j].text === ',' || doc.tokens[j].text === ';' || doc.tokens[j].text === '—');
}

const CLAUSE_ENDS = new Set([',', ';', ':', '—', '.']);

/** Abbreviations whose full stop ends no clause ("Mr. Pence said"). */
const TITLE_ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'sen',
  'rep',
  'gov',
  'gen',
  'lt',
  'col',
  'st',
  'jr',
  'sr',
]);

/** Is token i followed by a clause break (comma, semicolon, colon, dash or closing quotation)? */
function endsClause(doc: Document, i: number): boolean {
  const next = doc.tokens[i + 1];
  if (
    next &&
    next.text === '.' &&
    (TITLE_ABBREVIATIONS.has(doc.tokens[i].norm) || doc.tokens[i].norm.length === 1)
  )
    return false;
  return !next || CLAUSE_ENDS.has(next.text) || isCloseQuote(doc, i + 1);
}

/**
 * Does another statement begin at token i right after "and"/"but" ("X said A and warned B",
 * "... and the union accused the company of ...")? The coordinated statement is a second one, not
 * part of the first one's content.
 */
function afterCoordination(doc: Document, i: number, marks: Uint8Array): boolean {
  if ((marks[i] & START) === 0 || isQuoted(doc, i)) return false;
  // Auxiliaries and adverbs may stand between ("and also warned", "but otherwise said").
  const skip = wordSet('attribution-source-skip');
  let j = i - 1;
  while (j >= 0 && i - j <= 3 && skip.has(doc.tokens[j].norm)) j--;
  return j >= 0 && (doc.tokens[j].norm === 'and' || doc.tokens[j].norm === 'but');
}

/** clipOverlaps' marks of a token: in another frame's cue or source; where a cue or source starts. */
const TAKEN = 1;
const START = 2;
/** The marks' array, kept from call to call: making a typed array costs more than clearing one. */
let clipMarks = new Uint8Array(0);

/** Removes from each frame's content the tokens other frames use as cue or source. */
export function clipOverlaps(doc: Document, frames: Frame[]): void {
  // Token marks in typed arrays and plain loops rather than sets and closures: this runs once per
  // document, mostly before V8 has compiled it, and a smaller function compiles sooner and faster.
  const n = doc.tokens.length;
  if (clipMarks.length < n) clipMarks = new Uint8Array(2 * n);
  const marks = clipMarks;
  marks.fill(0, 0, n);
  for (const f of frames) {
    marks[f.cue.first] |= START;
    if (f.source) marks[f.source[0]] |= START;
    // A cue the tagger found only through its generous margin (score below "no cue") does not cut
    // another content: "reported that the station's editor, Jane Roe, told staff ..."
    // is one statement in PolNeAR, which never nests one attribution in another's content.
    // A core verb of saying with its speaker cuts all the same ("…, as Western officials stated
    // Russia was …": spun copies use words the tagger is unsure of). Nor, whatever its stance, does
    // one with no speaker ("Nobody has been charged, police said": the agentless passive is what the
    // police said); that is asked first, the stance taking longer to read. A listener told to do
    // something cuts as a telling cue does ("…, and advised passengers to stay at home"; not a
    // participle, which PolNeAR keeps in the content it goes on: "haranguing him … and telling him to").
    const unsure = !f.rule && !f.layout && (f.cue.score ?? 0) < 0;
    if (unsure && (!f.source || (!spokenWithSource(doc, f) && !hasTellingCue(doc, f) && !tells(doc, f))))
      continue;
    if (pluralPredicateOfSingular(doc, f, frames) || feelingInContent(doc, f, frames)) continue;
    // ("oils proposed by the commission, diplomats said": an agent inside a noun phrase.)
    if (isNounParticipleFrame(doc, f)) continue;
    for (let i = f.cue.first; i < f.cue.last; i++) marks[i] |= TAKEN;
    if (f.source) for (let i = f.source[0]; i < f.source[1]; i++) marks[i] |= TAKEN;
  }
  for (const f of frames) {
    const clipped: TokenRange[] = [];
    for (const piece of f.content) {
      const [s, e] = clipPiece(doc, f, piece, marks);
      if (e > s) clipped.push([s, e]);
    }
    f.content = clipped;
  }
}

/** Does frame f tell a listener to do something with a finite verb ("advised passengers to")? */
function tells(doc: Document, f: Frame): boolean {
  return !doc.tokens[f.cue.first].norm.endsWith('ing') && isDirective(doc, f);
}

/** Plural verb forms a singular speaker cannot take ("Okafor said parents … but were angry"). */
const PLURAL_VERBS = new Set(['were', 'are', 'have']);

/**
 * "Okafor said parents backed the strike but were angry about the timing": a cue opening on a
 * plural verb after "and"/"but", inside the content of a statement in its sentence whose speaker is
 * one person or body (a name, "he", "she", "it"), continues the reported clause (the parents were
 * angry), not the speaker's own saying: it cuts no content.
 */
function pluralPredicateOfSingular(doc: Document, f: Frame, frames: readonly Frame[]): boolean {
  const verb = doc.tokens[f.cue.first];
  // (Bounds-checked: an out-of-range read deoptimises the caller.)
  const before = f.cue.first > 0 ? doc.tokens[f.cue.first - 1] : undefined;
  if (!PLURAL_VERBS.has(verb.norm) || (before?.norm !== 'and' && before?.norm !== 'but')) return false;
  for (const g of frames) {
    if (g === f || !g.source || g.cue.sentence !== f.cue.sentence || g.cue.first >= f.cue.first) continue;
    if (!g.content.some(([s, e]) => s < f.cue.first && f.cue.first < e)) continue;
    const last = doc.tokens[g.source[1] - 1];
    const one = SINGULAR_PRONOUNS.has(last.norm) || (last.cap && !last.norm.endsWith('s'));
    if (one) return true;
  }
  return false;
}

const SINGULAR_PRONOUNS = new Set(['he', 'she', 'it']);

/** A content piece of frame f cut where a token of another frame's cue or source (TAKEN) ends it. */
function clipPiece(doc: Document, f: Frame, [s, e]: TokenRange, marks: Uint8Array): TokenRange {
  if (f.cue.first >= e) {
    // Content before its cue yields only to a statement that ends at a clause break before it
    // ("He said A; “B,” she added"); "Moscow has demanded “X,” the Kremlin said" stays whole.
    // (Not at a name whose age follows: "Drennan, 41, has denied the charges, his lawyer said"
    // keeps "Drennan", the subject of what the lawyer said.)
    for (let i = e - 1; i >= s; i--)
      if (isForeign(f, marks, i) && endsClause(doc, i) && !ageFollows(doc, i)) return [i + 1, e];
    return [s, e];
  }
  for (let i = s + 1; i < e; i++) {
    if (!isForeign(f, marks, i)) continue;
    // "noted that, like her, the mayor had been …": a "that" clause runs on to its verb.
    if (atClauseBreak(doc, i) && !verblessThatClause(doc, s, i)) return [s, i];
    if (afterCoordination(doc, i, marks)) {
      // The adverbs between the conjunction and the cue go with the second statement.
      const skip = wordSet('attribution-source-skip');
      let c = i;
      while (c > s + 1 && skip.has(doc.tokens[c - 1].norm)) c--;
      return [s, c];
    }
  }
  return [s, e];
}

/**
 * Is token i taken by another statement's cue or source? Tokens of f's own cue and source are
 * never foreign to it. (A function of its own, not a closure made per call: less garbage.)
 */
function isForeign(f: Frame, marks: Uint8Array, i: number): boolean {
  const { cue, source } = f;
  return (
    (marks[i] & TAKEN) !== 0 &&
    !(i >= cue.first && i < cue.last) &&
    !(source && i >= source[0] && i < source[1])
  );
}

/** Drops conjunctions and commas left dangling at the end of a clipped content piece. */
export function trimPiece(doc: Document, [s, e]: TokenRange): TokenRange {
  while (e > s && TRAILING_JUNK.has(doc.tokens[e - 1].norm)) e--;
  while (s < e && (doc.tokens[s].text === ',' || doc.tokens[s].text === ':')) s++;
  return [s, e];
}

/**
 * X added that the city was “ready to rebuild. We will not wait for anyone.”:
 * a quotation opened inside a content that follows its cue runs on to its closing mark, across
 * sentences of the paragraph that hold no other cue.
 */
export function extendOpenQuotations(doc: Document, frames: Frame[]): void {
  const cueSentences = new Set(frames.map((f) => f.cue.sentence));
  for (const f of frames) {
    const k = f.content.length - 1;
    if (k < 0) continue;
    const [s, e] = f.content[k];
    if (s < f.cue.last || !isQuoted(doc, e - 1) || isCloseQuote(doc, e - 1)) continue;
    if (quoteStartBefore(doc, e - 1) < s) continue;
    const close = quoteEndAfter(doc, e - 1);
    if (close < e || !isCloseQuote(doc, close)) continue;
    let free = true;
    for (let x = f.cue.sentence + 1; x <= doc.tokens[close].sentence; x++)
      if (cueSentences.has(x)) free = false;
    if (free) f.content[k] = [s, close + 1];
  }
}

/** A cue's confidence; a frame built by a rule or from layout has none and is sure. */
const sureness = (f: Frame): number => f.cue.score ?? Infinity;

/**
 * The frames whose content holds the cue of a candidate the tagger is surer of: nesting keeps that
 * one and drops them ("Moscow has [demanded] “security guarantees,” the Kremlin [said] in a
 * statement"), so they must not claim the quotation that follows for themselves. Looked up by
 * position (ContentCoverage), not by comparing every pair: a page of 50,000 statements.
 */
function holdingSurerCues(frames: readonly Frame[]): Set<Frame> {
  const coverage = new ContentCoverage(
    frames.map((g) => g.cue.first),
    frames,
  );
  const out = new Set<Frame>();
  for (const g of frames)
    for (const f of coverage.at(g.cue.first)) if (f !== g && sureness(g) > sureness(f)) out.add(f);
  return out;
}

/** Does the piece end on a quotation's closing mark (before its final punctuation)? */
function endsQuoted(doc: Document, [s, e]: TokenRange): boolean {
  let last = e - 1;
  while (last > s && doc.tokens[last].kind === 'punct' && !isCloseQuote(doc, last)) last--;
  return isCloseQuote(doc, last);
}

/**
 * “A,” she said. “B. C.” — a quotation that resumes right after the sentence holding the
 * cue belongs to the same statement, as long as no other cue claims it (same paragraph only), and
 * so does a next paragraph that is all quotation with no cue of its own. A candidate whose content
 * holds a surer cue claims nothing: the surer one is the statement.
 */
export function extendQuotations(doc: Document, frames: Frame[]): void {
  const cueSentences = new Set(frames.map((f) => f.cue.sentence));
  const claimed = new Set<number>();
  let holding: Set<Frame> | null = null;
  for (let i = 0; i < frames.length; i++) {
    const f = frames[i];
    const lastPiece = f.content[f.content.length - 1];
    // (A quotation, not a reported clause holding a quoted phrase: "Varga said that he had “more
    // than enough” support. “We have the numbers,” the premier said.")
    if (!lastPiece) continue;
    const quoted = isOpenQuote(doc, lastPiece[0]) || endsQuoted(doc, lastPiece);
    if (
      (!quoted && !reportEndsSentence(doc, f, frames[i + 1])) ||
      (holding ??= holdingSurerCues(frames)).has(f)
    )
      continue;
    let end = Math.max(lastPiece[1], doc.sentences[f.cue.sentence].tokenEnd);
    let paragraph = doc.sentences[f.cue.sentence].paragraph;
    let sentence = doc.tokens[end - 1].sentence + 1;
    while (sentence < doc.sentences.length) {
      const s = doc.sentences[sentence];
      if (cueSentences.has(sentence) || claimed.has(sentence) || !isOpenQuote(doc, s.tokenStart)) break;
      if (s.paragraph !== paragraph) {
        // (A reported clause goes on in a quotation of its paragraph only.)
        if (!quoted) break;
        // Into the next paragraph only when it is all quotation with no cue of its own.
        const p = doc.paragraphs[s.paragraph];
        if (s.paragraph !== paragraph + 1 || s !== doc.sentences[p.sentenceStart]) break;
        let paragraphHasCue = false;
        for (let k = p.sentenceStart; k < p.sentenceEnd; k++) if (cueSentences.has(k)) paragraphHasCue = true;
        if (paragraphHasCue) break;
        // A paragraph opened with another kind of quotation mark than the one that closed the
        // statement is an excerpt, not the speaker going on (a straight-quoted passage of
        // another paper after “Here he is,” she said).
        if (markStyle(doc.tokens[s.tokenStart].text) !== markStyle(lastMark(doc, lastPiece[0], end))) break;
        paragraph = s.paragraph;
      }
      const close = quoteEndAfter(doc, s.tokenStart);
      if (close < end) break;
      // Nor a quotation that closes in a sentence with a cue of its own.
      if (cueSentences.has(doc.tokens[close].sentence)) break;
      f.content.push([s.tokenStart, close + 1]);
      for (let k = sentence; k <= doc.tokens[close].sentence; k++) claimed.add(k);
      end = close + 1;
      sentence = doc.tokens[close].sentence + 1;
    }
  }
}

/**
 * "Growers plan a convoy, McBride said. “If they will not come to us, we will go to them.”": a
 * reported clause that runs to its sentence's end, with its speaker named (a pronoun or a name, not
 * "according to"), goes on in an uncued quotation that follows in its paragraph, whether or not
 * it holds a quoted phrase of its own.
 */
function reportEndsSentence(doc: Document, f: Frame, next: Frame | undefined): boolean {
  if (!f.source || doc.tokens[f.cue.first].norm === 'according') return false;
  // (The sentence's last statement, frames being in text order: "X said A and said B. “…”" goes
  // on in B's.)
  if (next && next.cue.sentence === f.cue.sentence) return false;
  const s = doc.sentences[f.cue.sentence];
  let end = Math.max(f.cue.last, f.source[1]);
  for (const [, e] of f.content) end = Math.max(end, e);
  for (let j = end; j < s.tokenEnd; j++) if (doc.tokens[j].kind !== 'punct' || isQuoted(doc, j)) return false;
  // (A reported clause holding a quoted phrase goes on too: 'Roe said the plan was "dead on
  // arrival" in the Senate. "Nobody wants it."'; PolNeAR joins the two in one mixed statement.)
  return true;
}

/** The family of a quotation mark: curly double, straight double, or other. */
function markStyle(mark: string): number {
  return mark === '“' || mark === '”' ? 1 : mark === '"' ? 2 : 3;
}

/** The last closing quotation mark in tokens [from, end). */
function lastMark(doc: Document, from: number, end: number): string {
  for (let j = end - 1; j >= from; j--) if (isCloseQuote(doc, j)) return doc.tokens[j].text;
  return '';
}

/** A one-word cue that is a core verb of saying in the past tense, with a source ("stated";
 *  not "notes" or "reports", which may be nouns, nor "saying"). */
function spokenWithSource(doc: Document, f: Frame): boolean {
  if (!f.source || f.cue.last - f.cue.first !== 1) return false;
  const t = doc.tokens[f.cue.first];
  return (/ed$/.test(t.norm) || PAST_OF_SAYING.has(t.norm)) && wordSet('speech-core').has(t.lemma);
}
const PAST_OF_SAYING = new Set(['said', 'told', 'wrote', 'thought']);
