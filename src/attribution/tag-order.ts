// The reporting clause read by its word order, once no rule of the cue's own words (a label, a
// question, "according to", a passive and its agent, a lead phrase; spans.ts) has framed it: the
// inverted "“C,” said X", the cue opening its sentence ("Said Tomas Reyl: …"), a relative clause's
// speaker, an appositive subject ("“C,” Jane Doe, 25, said"), the source before the cue with the
// content before it ("C, X said") or after it ("X said C"), and the tests of those shapes.
import { wordSet } from '../lexicon/load.js';
import {
  clauseSubjectAt,
  asideParticiple,
  inCommaRelative,
  isParticipialLead,
  isSceneClause,
  leadCommaEnd,
  leadPhraseEnd,
  embeddedClauseEnd,
  plainSubject,
  relativeAfterNoun,
  relativeClosesAt,
  timeThenComma,
  WH_WORDS,
} from './lead-phrases.js';
import type { Document } from '../text/document.js';
import type { CueTokens, TokenRange } from './types.js';
import { headlineSubject, isHeadlineSentence } from './headline.js';
import { makeFrame, type Frame } from './frame.js';
import { mayBeFiniteVerb, OBJECT_DETERMINERS, RELATIVE_PRONOUNS } from './word-forms.js';
import {
  ADJUNCT_LEADS,
  adjunctAfterCue,
  contentFollows,
  introducesContent,
  OBJECTS,
  onlyPlacesAfter,
  wordsAfter,
} from './after-cue.js';
import { relativeSource } from './comments.js';
import { contentBeforeAside, contentEndingAt, contentFrom, pushSecondHalf } from './content-pieces.js';
import { forwardStart, onlyListener } from './content-start.js';
import { speakerAfterUncommaedSaid } from './uncommaed.js';
import { isCloseQuote, isOpenQuote, isQuoted, quoteStartBefore } from './quotes.js';
import {
  contentEnd,
  hasFiniteVerb,
  namesSpeaker,
  opensSentence,
  PRONOUN_SUBJECTS,
  sourceAfter,
} from './sources.js';
import { beforeCueWords, sourceBefore } from './source-before.js';
import { opensOnParticiple } from './cue-adverbs.js';
import { appositiveSource, nameAfterOpeningQuote, subjectBeforeComma } from './appositives.js';
import { onlyCircumstanceAfter } from './tail-adjuncts.js';
import { auxiliaryInClause, clauseOrQuoteIn, listenerThenSaying, mediumDescribed } from './tag-shapes.js';

/** The frame of a cue by where its source and content stand around it (see above). */
export function frameByTagOrder(doc: Document, cue: CueTokens, lo: number, hi: number): Frame | null {
  const last = cue.last;
  // Skip auxiliaries/adverbs before the cue to see what precedes the reporting clause.
  const b = beforeCueWords(doc, cue.first - 1, lo);
  const follows = contentFollows(doc, last, hi);
  // "“C,” said X" — inverted order.
  const participle = opensOnParticiple(doc, cue.first, cue.last);
  // The noun phrase before the comma at b, read at most once (the inverted shape and the
  // appositive one below both ask; undefined until asked).
  let appositiveMemo: TokenRange | null | undefined;
  const appositiveAtB = () =>
    appositiveMemo === undefined ? (appositiveMemo = appositiveSource(doc, b, lo)) : appositiveMemo;
  if (
    b > lo &&
    !participle &&
    // (Not "…, wrote in a note to | clients": who is written to is no speaker.)
    doc.tokens[last - 1].norm !== 'to' &&
    (doc.tokens[b].text === ',' || isCloseQuote(doc, b)) &&
    invertedMayFollow(doc, cue, lo, b)
  ) {
    // "“C,” Dana Whitfield, a columnist for The Ledger, said on Twitter": an adjunct, no speaker.
    const source = adjunctAfterCue(doc, cue, hi) ? null : sourceAfter(doc, last, hi);
    // "..., said a group of lawmakers who ...": a relative clause after the source ends it too.
    const endsClause =
      !!source &&
      (source[1] >= contentEnd(doc, lo, hi) ||
        doc.tokens[source[1]].text === ',' ||
        RELATIVE_PRONOUNS.has(doc.tokens[source[1]].norm) ||
        onlyPlacesAfter(doc, source[1], contentEnd(doc, lo, hi)));
    // "Mulgrew, president of the union, said he hopes ...": a pronoun opening a clause is its subject.
    // So is a long clause after an appositive ("Revesz, director of ..., said the states were ...").
    const appositive = doc.tokens[b].text === ',' ? appositiveAtB() : null;
    // "But Megan Hester, senior associate at ..., said parents ...": a name and its appositive
    // opening the sentence are no content, so what follows the cue is.
    const clauseSubject =
      !!source &&
      ((source[1] - source[0] > 2 && PRONOUN_SUBJECTS.has(doc.tokens[source[0]].norm)) ||
        (source[1] - source[0] > 4 && !!appositive) ||
        (source[1] - source[0] > 1 && !!appositive && opensSentence(doc, appositive[0], lo)) ||
        // "The mayor, Dana Lopez, opposed it": an object, not a speaker after the cue.
        (source[1] - source[0] === 1 && !!appositive && OBJECTS.has(doc.tokens[source[0]].norm)) ||
        hasFiniteVerb(doc, source) ||
        // "The minister, Dana Whitcombe, said farmers in the valley would be compensated": the
        // words after the cue run on to a verb of their own, in the same clause.
        (doc.tokens[b].text === ',' && auxiliaryInClause(doc, source[1], contentEnd(doc, lo, hi))) ||
        // "Ingrid Solvik-Haug, whose grandfather founded the company, said the decision …": the
        // subject's relative clause closes with the comma before the cue.
        relativeClosesAt(doc, lo, b));
    if (
      source &&
      !clauseSubject &&
      namesSpeaker(doc, source) &&
      (endsClause || !follows || wordsAfter(doc, last, hi) <= 8)
    ) {
      const pieces = [contentBeforeAside(doc, b, lo)];
      pushSecondHalf(doc, source[1], lo, hi, pieces);
      return makeFrame(cue, source, pieces);
    }
  }
  const uncommaed = speakerAfterUncommaedSaid(doc, cue, lo, hi);
  if (uncommaed) return makeFrame(cue, uncommaed, [contentEndingAt(doc, cue.first - 1, lo)]);
  if (b < lo) {
    // The cue opens the sentence: "said Trump, smiling." after a quotation.
    const quote = quoteBeforeSentence(doc, lo);
    if (quote && !follows) return makeFrame(cue, sourceAfter(doc, last, hi), [quote]);
    // "Said Tomas Reyl: “We will not move.”": the speaker, then a colon or comma and the quotation.
    const opener = doc.tokens[last];
    const verb = doc.tokens[cue.first];
    const saying = last - cue.first === 1 && verb.lemma !== 'ask' && wordSet('speech-core').has(verb.lemma);
    const named =
      saying && cue.first === lo && opener && (opener.cap || opener.norm === 'the')
        ? sourceAfter(doc, last, hi)
        : null;
    const mark = named ? named[1] : -1;
    if (
      named &&
      (doc.tokens[mark]?.text === ':' || doc.tokens[mark]?.text === ',') &&
      isOpenQuote(doc, mark + 1)
    )
      return makeFrame(cue, named, [contentFrom(doc, mark + 1, lo, hi)]);
  }
  // Not when content follows the cue: "To which she said, “...”" reports the quotation; but "…, a
  // charge the ministry dismissed as “pure fiction”" still answers the clause before.
  const asComplement = doc.tokens[last]?.norm === 'as';
  // "…, something Morvania has refused to consider": a refusal of what the clause before asks.
  const refusedToAct =
    doc.tokens[last - 1].lemma === 'refuse' &&
    doc.tokens[last]?.norm === 'to' &&
    last + 2 < hi &&
    doc.tokens[last + 2].kind === 'punct' &&
    contentEnd(doc, lo, hi) <= last + 2;
  // The source before the cue, read once: the comment's reading below takes it too (and changes
  // it only when it returns a frame).
  let source: TokenRange | null | undefined;
  const relative =
    ((follows && !asComplement) || introducesContent(doc, last, hi)) && !refusedToAct
      ? null
      : relativeSource(doc, cue, lo, follows && !refusedToAct, (source = sourceBefore(doc, cue.first, lo)));
  if (relative) return relative;
  if (b > lo && doc.tokens[b].text === ',') {
    const appositive = appositiveAtB();
    const named = participle ? null : nameAfterOpeningQuote(doc, cue.first, lo);
    if (named && !introducesContent(doc, last, hi)) {
      // “C,” the mayor's spokesman, John Doe, said on Tuesday.
      const pieces: TokenRange[] = [[lo, named.close + 1]];
      pushSecondHalf(doc, last, lo, hi, pieces);
      return makeFrame(cue, appositive ?? named.source, pieces);
    }
    if (appositive) {
      // “C,” Jane Doe, 25, said as she ...: the quotation opening the sentence is the content.
      const quotedBefore =
        isCloseQuote(doc, appositive[0] - 1) &&
        quoteStartBefore(doc, appositive[0] - 1) <= lo &&
        !introducesContent(doc, last, hi);
      const before =
        quotedBefore ||
        !follows ||
        wordsAfter(doc, last, hi) === 0 ||
        onlyListener(doc, cue, forwardStart(doc, cue, hi), hi);
      if (appositive[0] > lo && before) {
        const pieces = [contentEndingAt(doc, appositive[0] - 1, lo)];
        pushSecondHalf(doc, last, lo, hi, pieces);
        return makeFrame(cue, appositive, pieces);
      }
      const start = forwardStart(doc, cue, hi);
      const piece = contentFrom(doc, start, lo, hi);
      if (piece[1] > piece[0]) return makeFrame(cue, appositive, [piece]);
    }
  }
  if (source === undefined) source = sourceBefore(doc, cue.first, lo);
  if (source) {
    const p = source[0] - 1;
    const closeBefore = p >= lo && isCloseQuote(doc, p);
    const commaBefore = p > lo && doc.tokens[p].text === ',';
    const quoteOpensSentence = closeBefore && quoteStartBefore(doc, p) <= lo;
    // "sales are ''barely holding up,'' Mr. Doe said from his office": only an
    // adjunct follows the cue, so the quotation before the source is the content.
    const adjuncts = wordSet('attribution-adjuncts');
    const adjunctAfter =
      !participle &&
      wordSet('speech-core').has(doc.tokens[cue.first].lemma) &&
      (adjuncts.has(doc.tokens[last]?.norm ?? '') || ADJUNCT_LEADS.has(doc.tokens[last - 1].norm)) &&
      !hasFiniteVerb(doc, [last, contentEnd(doc, lo, hi)]);
    if (
      (closeBefore && (quoteOpensSentence || !follows || adjunctAfter)) ||
      (commaBefore &&
        (!follows ||
          wordsAfter(doc, last, hi) === 0 ||
          timeThenComma(doc, last, hi) ||
          participleAfterComma(doc, last) ||
          // "C, she told state radio, adding …": only a listener follows the cue, then another saying.
          listenerThenSaying(doc, cue, hi) ||
          // "C, the brewer said in a statement accompanying its results": the medium's description.
          mediumDescribed(doc, cue, hi)) &&
        !isParticipialLead(doc, lo, p) &&
        !(quoteFollows(doc, last, hi) && isSceneClause(doc, lo, p)))
    ) {
      const pieces = [contentBeforeAside(doc, p, lo)];
      pushSecondHalf(doc, last, lo, hi, pieces);
      return makeFrame(cue, source, pieces);
    }
    // "“… Why would we sell him?” Rossi told reporters.": the quotation closing the sentence before,
    // when only a listener follows the cue.
    if (
      source[0] === lo &&
      (!follows ||
        onlyListener(doc, cue, forwardStart(doc, cue, hi), hi) ||
        onlyCircumstanceAfter(doc, cue, hi))
    ) {
      const quote = quoteBeforeSentence(doc, lo);
      if (quote) return makeFrame(cue, source, [quote]);
    }
  }
  const start = forwardStart(doc, cue, hi);
  const piece = contentFrom(doc, start, lo, hi);
  if (source && source[0] > lo && onlyListener(doc, cue, start, hi)) {
    // "“C,” Tom Reiss told me this week.": what follows is the listener; the content came before,
    // closed by a comma or quotation mark (not "The host left after he asked her about it").
    const before = doc.tokens[source[0] - 1];
    // (Not after a lead phrase with no clause: "On Friday, the union urged calm.")
    if (
      (before.text === ',' || before.text === ':' || isCloseQuote(doc, source[0] - 1)) &&
      clauseOrQuoteIn(doc, lo, source[0] - 1)
    )
      return makeFrame(cue, source, [contentEndingAt(doc, source[0] - 1, lo)]);
  }
  if (piece[1] <= piece[0] || !doc.tokens.slice(piece[0], piece[1]).some((t) => t.kind !== 'punct')) {
    // Nothing after the cue: the content is what came before it ("C, officials believe.").
    if (source && source[0] > lo) return makeFrame(cue, source, [contentEndingAt(doc, source[0] - 1, lo)]);
    return null;
  }
  if (b < lo && !source) {
    const lead = leadPhraseEnd(doc, cue, piece);
    // "Citing safety, the mayor closed the bridge": the clause's subject is the participle's.
    const subject = lead > 0 && participle ? clauseSubjectAt(doc, lead, hi) : null;
    if (lead > 0) return makeFrame(cue, subject, [[piece[0], lead]]);
  }
  // ("a law that critics say would restrict …": the relative's gap is the clause's subject, so
  // the clause opens on its verb.)
  const gapped =
    !!source &&
    relativeAfterNoun(doc, source[0] - 1) &&
    mayBeFiniteVerb(doc, piece[0]) &&
    plainSubject(doc, source);
  // (Not ", where the minister conceded that …": a relative of place, its clause whole.)
  const wh = source ? source[0] - 1 : -1;
  const embedded =
    wh >= 0 &&
    WH_WORDS.has(doc.tokens[wh].norm) &&
    !(
      doc.tokens[wh - 1]?.text === ',' &&
      (doc.tokens[wh].norm === 'where' || doc.tokens[piece[0]]?.norm === 'that')
    );
  if (source && (embedded || gapped)) {
    // "The debate over what Marlow says the levy will raise, and …": the embedded clause, from its
    // "what", to its end.
    return makeFrame(cue, source, [
      [source[0] - 1, source[0]],
      [piece[0], embeddedClauseEnd(doc, piece)],
    ]);
  }
  if (asideParticiple(doc, cue)) {
    // "Security officials, citing intelligence, said …": the aside ends at its comma, before the
    // sentence's own verb.
    const end = leadCommaEnd(doc, piece);
    if (end > 0 && mayBeFiniteVerb(doc, end + 1)) return makeFrame(cue, source, [[piece[0], end]]);
  }
  // (Or "The man, who has in the past described …, was": the pronoun itself, words before the cue.)
  if (
    source &&
    (inCommaRelative(doc, source[0]) || (inCommaRelative(doc, source[1]) && source[1] < cue.first))
  ) {
    // "The man, who prosecutors say ran the scheme, was arrested": the clause ends at its comma.
    const end = leadCommaEnd(doc, piece);
    if (end > 0) return makeFrame(cue, source, [[piece[0], end]]);
  }
  const commaSource =
    !source && !participle && b > lo && doc.tokens[b].text === ',' ? subjectBeforeComma(doc, b, lo) : null;
  // "In a statement the company acknowledged …": no comma after the opening phrase; the subject
  // is the last noun phrase.
  const afterOpening = !!source && source[0] - 1 === lo && LEAD_IN.has(doc.tokens[lo].norm);
  // ("a measure the agency said it intended to introduce": the gap is the clause's object.)
  const opensClause =
    cue.last === piece[0] &&
    (mayBeFiniteVerb(doc, piece[0]) || PRONOUN_SUBJECTS.has(doc.tokens[piece[0]].norm));
  const gapSource = source && (opensClause || afterOpening) ? contactSubject(doc, source) : source;
  return makeFrame(cue, gapSource ?? commaSource, [piece]);
}

/** The quotation closing the previous sentence of the same paragraph ("“...?” Trump said, smiling."). */
function quoteBeforeSentence(doc: Document, lo: number): TokenRange | null {
  const close = lo - 1;
  if (close < 0 || !isCloseQuote(doc, close)) return null;
  const s = doc.sentences[doc.tokens[lo].sentence];
  if (doc.sentences[doc.tokens[close].sentence].paragraph !== s.paragraph) return null;
  const before = doc.tokens[close - 1]?.text;
  if (before !== ',' && before !== '?' && before !== '!' && before !== '—') return null;
  return [quoteStartBefore(doc, close), close + 1];
}

/**
 * "C, the minister said, escalating a dispute …", "…, he said, adding that …": a participle after
 * the tag's comma is a clause of its own (the narrator's, or another statement); the content is C.
 */
function participleAfterComma(doc: Document, last: number): boolean {
  const t = doc.tokens[last + 1];
  if (doc.tokens[last]?.text !== ',' || !t || t.kind !== 'word' || t.cap) return false;
  // ("…, Arkwright said, though he acknowledged …": a concession is a clause of its own.)
  return (t.norm.endsWith('ing') && t.norm !== t.lemma) || CONCESSIVES.has(t.norm);
}

/** Words opening a concession after a reporting clause ("…, X said, though …"). */
const CONCESSIVES = new Set(['though', 'although', 'but', 'while', 'whereas']);

/**
 * May "C, VERB X" be an inverted "“C,” said X"? Only a verb of saying inverts, or what comes
 * before holds a clause or a quotation: "The Herald, meanwhile, endorsed Brennick" is the
 * Herald's endorsement (a noun phrase before the comma), but "Not so, said the minister" inverts.
 */
function invertedMayFollow(doc: Document, cue: CueTokens, lo: number, b: number): boolean {
  if (wordSet('speech-core').has(doc.tokens[cue.first].lemma)) return true;
  // "Dunmore Textiles closes mill, blames energy costs": a headline's second verb that no speaker
  // follows in English ("…, says minister" does) is its subject's.
  if (isHeadlineSentence(doc, cue.sentence) && headlineSubject(doc) !== null) return false;
  if (hasFiniteVerb(doc, [lo, b])) return true;
  for (let i = lo; i < b; i++) if (isQuoted(doc, i) || mayBeFiniteVerb(doc, i)) return true;
  return false;
}

/**
 * "a change the agency said would extend protections": a relative clause with no "that" whose
 * subject ("the agency") follows the noun it describes ("a change"); the content opens on a verb,
 * the gap being that noun. The speaker is the subject, from its article on.
 */
function contactSubject(doc: Document, [first, end]: TokenRange): TokenRange {
  // The described noun phrase: an article and a few plain words ("a change", "the last gift").
  if (!OBJECT_DETERMINERS.has(doc.tokens[first].norm)) return [first, end];
  for (let j = first + 1; j < end - 1 && j - first <= CONTACT_NOUN_WORDS; j++) {
    const before = doc.tokens[j - 1];
    if (before.kind !== 'word' || before.norm === 'to' || mayBeFiniteVerb(doc, j - 1)) break;
    if (OBJECT_DETERMINERS.has(doc.tokens[j].norm) && !before.cap && !before.stop) return [j, end];
  }
  return [first, end];
}

/** Prepositions opening a sentence before a phrase of the saying ("In a statement the company …"). */
const LEAD_IN = new Set(['in', 'during', 'at', 'on']);

/** Words of the noun phrase a contact relative clause describes ("the last personal gift"). */
const CONTACT_NOUN_WORDS = 5;

/** Does a quotation open after the cue at `from`, past its commas? */
function quoteFollows(doc: Document, from: number, hi: number): boolean {
  let j = from;
  while (j < hi && doc.tokens[j].text === ',') j++;
  return j < hi && isOpenQuote(doc, j);
}
