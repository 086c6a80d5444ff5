// Given a cue, finds its source and content as token ranges, from the shape of the
// reporting clause: "X said (that) C", "“C,” X said", "“C,” said X", "according to X, C",
// "X said: “C”", and quotations split by the cue ("“A,” he said, “B.”"). Here the shapes the cue's
// own words tell; when none holds, the clause is read by its word order in tag-order.ts.
import { followsNews } from './hearsay-cues.js';
import { askedClause, leadCommaEnd, leadAgent, opensPrepositionLead } from './lead-phrases.js';
import { claimCommentAt } from './end-overrides.js';
import type { Document } from '../text/document.js';
import type { CueTokens, TokenRange } from './types.js';
import { isSummonedToPlace } from './not-saying.js';
import { makeFrame, type Frame } from './frame.js';
import { isAccessParticiple } from './word-forms.js';
import { commaAfter } from './after-cue.js';
import { nounParticipleAgent, verdictByAgent } from './verdict-agents.js';
import { blockAfterSaying } from './colon-quotations.js';
import { estimateFrame } from './estimate-cues.js';
import { pollLeadFrame, pollTailFrame } from './poll-leads.js';
import { afterJoin, contentFrom, pushSecondHalf } from './content-pieces.js';
import { objectRelativeFrame } from './object-relative.js';
import { forwardStart } from './content-start.js';
import { descriptionInCommasEnd, nameInCommasEnd, throughParticiple } from './source-extent.js';
import { speakerLabel } from './labels.js';
import { quotationAfterColon } from './continued-quotes.js';
import { BE_FORMS } from './passive.js';
import { agentfulPassive, asReportedBy, citedAsSaying, isSayingOfCitation } from './agentful-passives.js';
import {
  chargeFrame,
  commaParticipleAgent,
  isBareChargePassive,
  isReducedRelative,
} from './noun-participles.js';
import { sourceAfter } from './sources.js';
import { sourceBefore } from './source-before.js';
import { subjectAcrossAsides } from './aside-subjects.js';
import { frameByTagOrder } from './tag-order.js';

export type { TokenRange } from './types.js';
export type { Frame } from './frame.js';

function sentenceOf(doc: Document, cue: CueTokens): TokenRange {
  const s = doc.sentences[cue.sentence];
  return [s.tokenStart, s.tokenEnd];
}

export function frameOf(doc: Document, cue: CueTokens): Frame | null {
  const frame = frameByShape(doc, cue);
  // "Sen. Ada Holm (D-Ore.), said", "Ken Rusk — a farmer — says": a subject asides set apart.
  if (frame && !frame.source && !frame.layout)
    frame.source = subjectAcrossAsides(doc, cue, sentenceOf(doc, cue)[0]);
  return frame;
}

function frameByShape(doc: Document, cue: CueTokens): Frame | null {
  const [lo, hi] = sentenceOf(doc, cue);
  const cueWords: string[] = [];
  for (let i = cue.first; i < cue.last; i++) cueWords.push(doc.tokens[i].norm);
  const last = cue.last;
  if (cueWords.length === 1 && cueWords[0] === ':') {
    const label = speakerLabel(doc, cue.first);
    if (label) return label;
  }
  const question = askedClause(doc, cue, lo, hi);
  if (question) return question;
  const introduced = quotationAfterColon(doc, cue);
  if (introduced) return makeFrame(cue, sourceBefore(doc, cue.first, lo), [introduced], true);
  const block = cue.last - cue.first === 2 ? blockAfterSaying(doc, cue.first, hi) : null;
  if (block) return makeFrame(cue, sourceBefore(doc, cue.first, lo), [block], true);
  // ("as per": a spun or clipped "according to", which the tagger never saw; built by this rule,
  // so the filter, which has not seen it either, leaves it be.)
  const asPer = cueWords.length === 2 && cueWords[0] === 'as' && cueWords[1] === 'per';
  if (cueWords.includes('according') || asPer) {
    let source = throughParticiple(doc, sourceAfter(doc, last, hi), hi);
    if (cue.first - lo <= 1) {
      // "According to a poll from X broadcast on MSNBC, C": the source runs to the comma.
      const comma = commaAfter(doc, last, hi, 30);
      if (source && comma > source[1]) source = [source[0], comma];
      // "According to its spokesman, Tomas Reyes, C": the name in commas is the source's too.
      if (source) source = [source[0], nameInCommasEnd(doc, source[1], hi)];
    }
    // "According to Ana Pires, a spokeswoman for the ministry, C": her description is no content.
    const afterSource = source
      ? cue.first - lo <= 1
        ? descriptionInCommasEnd(doc, source, hi)
        : source[1]
      : last;
    if (cue.first - lo <= 1) {
      const start = doc.tokens[afterSource]?.text === ',' ? afterSource + 1 : afterSource;
      return makeFrame(cue, source, [contentFrom(doc, start, lo, hi)], asPer);
    }
    let end = cue.first;
    while (end > lo && doc.tokens[end - 1].text === ',') end--;
    // "Other gaps, according to the survey, include age ...": the clause resumes.
    const pieces: TokenRange[] = [[afterJoin(doc, lo, end), end]];
    if (source && doc.tokens[cue.first - 1]?.text === ',')
      pushSecondHalf(doc, source[1], lo, hi, pieces, true);
    return makeFrame(cue, source, pieces, asPer);
  }
  // "a letter seen by the Courier", "documents obtained by the Courier": the agent got hold of
  // the document, it said nothing.
  if (cue.last - cue.first === 1 && isAccessParticiple(doc, cue.first)) return null;
  if (isSummonedToPlace(doc, cue)) return null;
  const cited = citedAsSaying(doc, cue, lo, hi);
  if (cited) return cited;
  const reported = asReportedBy(doc, cue, lo, hi);
  if (reported) return makeFrame(cue, reported.agent, [contentFrom(doc, reported.after, lo, hi)], true);
  if (isSayingOfCitation(doc, cue, lo) || isReducedRelative(doc, cue, hi)) return null;
  if (cueWords.includes('quoted') && doc.tokens[last]?.norm === 'by') {
    // "The ships would sail, Lopez was quoted as saying by state media": the agent reported the
    // words; the subject said them.
    const source = sourceBefore(doc, cue.first, lo);
    let end = source ? source[0] : lo;
    while (end > lo && doc.tokens[end - 1].text === ',') end--;
    if (source && end > lo) return makeFrame(cue, source, [[lo, end]]);
  }
  if (doc.tokens[last]?.norm === 'by' && cueWords.some((w) => BE_FORMS.has(w))) {
    const agentful = agentfulPassive(doc, cue, lo, hi);
    if (agentful) return agentful;
  }
  if (cueWords[cueWords.length - 1] === 'by') {
    // Passive: "was first reported by X", "has been endorsed by X".
    const source = sourceAfter(doc, last, hi);
    const subject = sourceBefore(doc, cue.first, lo);
    if (subject) return makeFrame(cue, source, [subject]);
  }
  const verdict =
    verdictByAgent(doc, cue, lo, hi) ??
    nounParticipleAgent(doc, cue, lo, hi) ??
    estimateFrame(doc, cue, lo, hi) ??
    pollLeadFrame(doc, cue, lo, hi) ??
    pollTailFrame(doc, cue, lo, hi);
  if (verdict) return verdict;
  const reduced = isBareChargePassive(doc, cue, lo)
    ? chargeFrame(doc, cue, lo, contentFrom(doc, forwardStart(doc, cue, hi), lo, hi))
    : commaParticipleAgent(doc, cue, lo, hi);
  if (reduced) return reduced;
  const objectGap = objectRelativeFrame(doc, cue, lo, hi);
  if (objectGap) return objectGap;
  // "…, claims that cannot be verified": the narrator's comment, no one's statement.
  const commentComma = doc.tokens[cue.first - 1]?.text === ',' ? cue.first - 1 : cue.first - 2;
  if (cue.last - cue.first === 1 && claimCommentAt(doc, commentComma)) return null;
  // "The ruling follows reports that …": the reports' sayers are not named.
  if (followsNews(doc, cue))
    return makeFrame(cue, null, [contentFrom(doc, forwardStart(doc, cue, hi), lo, hi)]);
  if (opensPrepositionLead(doc, cue, lo)) {
    // "Despite claims that the plant was safe, regulators shut it": no one is named, unless
    // "from" or "by" names them ("Despite warnings from irrigators that …").
    const agent = leadAgent(doc, cue, hi);
    const piece = contentFrom(doc, agent ? agent.that : forwardStart(doc, cue, hi), lo, hi);
    const lead = leadCommaEnd(doc, piece);
    return makeFrame(cue, agent?.source ?? null, [[piece[0], lead > 0 ? lead : piece[1]]]);
  }
  return frameByTagOrder(doc, cue, lo, hi);
}
