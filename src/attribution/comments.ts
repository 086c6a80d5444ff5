// Trailing comments on a clause: "..., something Moscow has denied", "..., which officials deny",
// "— a charge Moscow rejects". The comment is a statement of its own whose content is the clause
// before it, narrowed once nesting is settled to what the comment answers (nesting.ts).
import { wordSet } from '../lexicon/load.js';
import type { Document } from '../text/document.js';
import type { CueTokens, TokenRange } from './types.js';
import { makeFrame, type Frame } from './frame.js';
import { DETERMINERS } from './names.js';
import { isCloseQuote, isQuoted } from './quotes.js';
import { sourceBefore } from './source-before.js';
import { NOMINATIVE_PRONOUNS } from './word-forms.js';

/**
 * "..., something Moscow has denied" / "..., which officials deny": the content is the clause before.
 * `nounOnly`: only a comment opening on a noun ("…, a charge the ministry dismissed as fiction";
 * "which Holt described as …" describes, it answers nothing).
 */
export function relativeSource(
  doc: Document,
  cue: CueTokens,
  lo: number,
  nounOnly = false,
  /** sourceBefore(doc, cue.first, lo) when the caller has read it. */
  source: TokenRange | null = sourceBefore(doc, cue.first, lo),
): Frame | null {
  if (!source || doc.tokens[source[0]].norm === 'which') return null;
  const head = doc.tokens[source[0] - 1];
  const first = doc.tokens[source[0]];
  let refStart = -1;
  if (first.norm === 'something') refStart = source[0];
  else if (head && head.norm === 'which') refStart = source[0] - 1;
  // "..., a charge Moscow rejects", "— an allegation the Kremlin denies".
  const nounComment = commentOpens(doc, source, lo);
  // "..., a claim that opposition groups have rejected": the source stops at "that".
  const thatComment =
    !nounComment &&
    head?.norm === 'that' &&
    source[0] - 3 >= lo &&
    commentOpens(doc, [source[0] - 3, source[1]], lo);
  // "…, a claim she rejects": a pronoun speaker the source reader stopped at.
  const pronounComment =
    !nounComment &&
    !thatComment &&
    source[1] - source[0] === 1 &&
    NOMINATIVE_PRONOUNS.has(doc.tokens[source[0]].norm) &&
    source[0] - 2 >= lo &&
    commentOpens(doc, [source[0] - 2, source[1]], lo);
  // "…, charges it has always denied": a bare plural claim noun opens the comment.
  const bareInSource = !nounComment && !thatComment && !pronounComment && bareCommentNoun(doc, source[0], lo);
  const bareBefore =
    !nounComment &&
    !thatComment &&
    !pronounComment &&
    !bareInSource &&
    bareCommentNoun(doc, source[0] - 1, lo);
  if (nounComment) refStart = source[0];
  else if (thatComment) refStart = source[0] - 3;
  else if (pronounComment) refStart = source[0] - 2;
  else if (bareInSource) refStart = source[0];
  else if (bareBefore) refStart = source[0] - 1;
  else if (nounOnly) return null;
  if (refStart < 0) return null;
  let end = refStart;
  // A closing quotation mark stays ("called the budget “a luxury”, a charge the agency rejects").
  while (end > lo && doc.tokens[end - 1].kind === 'punct' && !isCloseQuote(doc, end - 1)) end--;
  if (end <= lo) return null;
  const trimmed: TokenRange =
    first.norm === 'something'
      ? [source[0] + 1, source[1]]
      : nounComment
        ? [source[0] + 2, source[1]]
        : bareInSource
          ? [source[0] + 1, source[1]]
          : source;
  if (trimmed[1] <= trimmed[0]) return null;
  // "a claim it has always rejected": the auxiliary and adverbs belong to the cue, not the speaker.
  let cueStart = cue.first;
  while (cueStart - 1 > trimmed[0] && CUE_OPENERS_BEFORE.test(doc.tokens[cueStart - 1].norm)) cueStart--;
  if (cueStart < cue.first) trimmed[1] = cueStart;
  const frame = makeFrame(
    // (A literal in the cue's field order, not a spread, which V8 gives a hidden class of its own.)
    cueStart < cue.first
      ? { first: cueStart, last: cue.last, sentence: cue.sentence, score: cue.score }
      : cue,
    trimmed,
    [[lo, end]],
    true,
  );
  // (`| 0`: stored as a small integer. An integral number that optimised code handed back boxed
  // would turn the field into a double for every frame, and V8 would throw away the optimised code
  // of every function reading frames.)
  frame.answersFrom = deniedStart(doc, lo, end) | 0;
  return frame;
}

/** Auxiliaries and adverbs between a comment's speaker and its verb ("has always", "flatly"). */
const CUE_OPENERS_BEFORE =
  /^(?:has|have|had|does|did|do|will|would|always|never|long|repeatedly|strongly|\w+ly)$/;

const PROPOSITION_NOUNS = wordSet('attribution-proposition-nouns');
/** Marks a comment on the clause before it follows. */
export const COMMENT_MARKS: ReadonlySet<string> = new Set([',', '—', '–', '-']);

/** Token i is a plural claim noun right after a comma or dash ("…, charges it denies"). */
export function bareCommentNoun(doc: Document, i: number, lo: number): boolean {
  const t = doc.tokens[i];
  return (
    i - 1 >= lo &&
    !!t &&
    t.kind === 'word' &&
    t.norm.endsWith('s') &&
    PROPOSITION_NOUNS.has(t.norm) &&
    commentMarkBefore(doc, i, lo)
  );
}

/** A comma or dash stands before token i, or a quotation's closing mark with the comma inside it
 *  ('accused Norvalia of "a provocation," a charge …'). */
function commentMarkBefore(doc: Document, i: number, lo: number): boolean {
  if (COMMENT_MARKS.has(doc.tokens[i - 1].text)) return true;
  return i - 2 >= lo && isCloseQuote(doc, i - 1) && COMMENT_MARKS.has(doc.tokens[i - 2].text);
}

/** The source span opens on "a charge" / "an allegation" right after a comma or dash: a comment
 *  on the clause before, whose speaker follows. */
export function commentOpens(doc: Document, source: TokenRange, lo: number): boolean {
  const [i, end] = source;
  if (i - 1 < lo || end - i < 3 || !DETERMINERS.has(doc.tokens[i].norm)) return false;
  if (!PROPOSITION_NOUNS.has(doc.tokens[i + 1].norm)) return false;
  return commentMarkBefore(doc, i, lo);
}

const COMPLEMENT_OPENERS = new Set(['of', 'that', 'about']);

/**
 * Where what a trailing denial answers starts in the clause [lo, end) before it: the last clause
 * joined by ", and" / ", but" / ";" ("troops were assembled, and Western capitals worry they are
 * being prepared for an invasion — a charge Moscow rejects"), and within it the complement of a
 * claim or fear ("raising concerns of an invasion — something Moscow has denied": the invasion).
 */
function deniedStart(doc: Document, lo: number, end: number): number {
  const toks = doc.tokens;
  let start = lo;
  for (let j = lo; j < end - 2; j++) {
    if (isQuoted(doc, j)) continue;
    const t = toks[j].text;
    if (t === ';') start = j + 1;
    else if (t === ',' && (toks[j + 1].norm === 'and' || toks[j + 1].norm === 'but')) start = j + 2;
  }
  for (let j = end - 3; j >= start; j--) {
    if (isQuoted(doc, j)) continue;
    if (PROPOSITION_NOUNS.has(toks[j].norm) && COMPLEMENT_OPENERS.has(toks[j + 1].norm)) return j + 2;
  }
  return start;
}

/** Nouns by which a comment calls what it answers an accusation ("…, a charge the agency rejects"). */
const ACCUSATION_NOUNS = new Set([
  'charge',
  'charges',
  'allegation',
  'allegations',
  'accusation',
  'accusations',
]);

/**
 * "The trust claims the council failed to consult, an allegation the council denies": the
 * statements a comment calls a charge or an allegation accuse, whatever their own cue says. Returns
 * those statements among `frames` (a comment and what it answers share one content once nesting is
 * settled).
 */
export function accusedByComment(doc: Document, frames: readonly Frame[]): Set<Frame> {
  const out = new Set<Frame>();
  for (const b of frames) {
    if (b.answersFrom < 0 || !b.source || b.content.length === 0) continue;
    // The comment's noun stands before its speaker ("a charge | the agency").
    const noun = doc.tokens[b.source[0] - 1];
    if (!noun || !ACCUSATION_NOUNS.has(noun.norm)) continue;
    const [s, e] = b.content[b.content.length - 1];
    for (const a of frames) {
      if (a === b || a.cue.first >= b.cue.first || a.content.length === 0) continue;
      const last = a.content[a.content.length - 1];
      if (last[0] === s && last[1] === e) out.add(a);
    }
  }
  return out;
}
