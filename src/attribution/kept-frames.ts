// Candidates kept before the statement filter reads them: a cue the tagger is sure of, a
// "seem"/"appear" cue, a telling stance, and explicit constructions whose shape leaves no doubt
// ("…, figures show.", "X said, “…”", "told residents to stay indoors"). The filter, which reads
// a cue's words and scores, could drop them (index.ts runs it on the rest).
import { wordSet } from '../lexicon/load.js';
import { hasLemma } from '../lexicon/wordnet.js';
import type { Document } from '../text/document.js';
import { isEvidenceHeard } from './lexicon-cues.js';
import { isCloseQuote, isOpenQuote, isQuoted } from './quotes.js';
import { isReceivedFromNamed } from './source-repairs.js';
import { isRaisingCue } from './passive.js';
import type { Frame } from './spans.js';
import { hasFiniteVerb } from './sources.js';
import { timeAfter, timePhrase } from './times.js';
import { mediumNounEnd } from './speaker-tail.js';
import {
  FINITE,
  IMPERSONAL_PARTICIPLES,
  mayBeFiniteVerb,
  NOUN_PHRASE_OPENERS,
  OBJECT_PRONOUNS,
  opensBareClause,
  opensThatClause,
} from './word-forms.js';
import { hasTellingCue } from './stance.js';
import { isDirective } from './directives.js';
import { declines } from './declines.js';
import { isDenialComment } from './comment-cues.js';
import { asideDashes } from './nesting.js';
import { callsFalse } from './falsehood.js';
import {
  FINDING_LEMMAS,
  isClosingTag,
  isForecast,
  isRecordShowing,
  isReportsThat,
  isRuling,
  isTagBeforeParticiple,
  isWhatCalled,
} from './kept-reports.js';

/**
 * How far above "no cue" the tagger's score for a cue must be for the statement filter to keep
 * it whatever it says (chosen by 4-fold cross-validation on train; docs/attribution.md).
 */
const SURE_CUE = 40;

/**
 * Does the statement filter decide on this candidate? A cue the tagger is sure of stays ("“X,” the
 * Kremlin said in a statement"), and so does a "seem"/"appear" cue, which PolNeAR mostly annotates
 * ("the supporters seemed unperturbed"), a frame built by an explicit construction, and a cue with
 * a telling stance: claims and denials are made of them.
 */
export function isJudged(doc: Document, f: Frame): boolean {
  return !keptUnjudged(doc, f) && !hasTellingCue(doc, f);
}

/** Kept before the filter reads it: a sure cue, a "seem"/"appear" cue or an explicit construction. */
export function keptUnjudged(doc: Document, f: Frame): boolean {
  return (
    (f.cue.score !== null && f.cue.score >= SURE_CUE) ||
    isRaisingCue(doc, f) ||
    f.rule ||
    isFrontedTelling(doc, f) ||
    isFrontedSaying(doc, f) ||
    isCalledQuotation(doc, f) ||
    isReceivedFromNamed(doc, f) ||
    isEvidenceHeard(doc, f) ||
    isDirective(doc, f) ||
    isSaidQuotation(doc, f) ||
    isCalledJudgement(doc, f) ||
    // "The ministry called the allegation a fabrication": a denial, which story claims pair.
    callsFalse(doc, f) ||
    isPossessorsClaim(doc, f) ||
    isDeniedAfter(doc, f) ||
    isSaidThat(doc, f) ||
    isPressedOn(doc, f) ||
    isImpersonalHearsay(doc, f) ||
    isNamedWhoSaying(doc, f) ||
    isWhatCalled(doc, f) ||
    isRecordShowing(doc, f) ||
    isForecast(doc, f) ||
    isRuling(doc, f) ||
    isTagBeforeParticiple(doc, f) ||
    isClosingTag(doc, f) ||
    isReportsThat(doc, f) ||
    // "— even as he says his record makes him qualified —": a sure cue's aside between dashes.
    ((f.cue.score ?? 0) >= 0 && asideDashes(doc, f) !== null) ||
    declines(doc, f)
  );
}

/**
 * "Okonjo, who additionally mentioned the talks with Varga, said …": a relative "who" after
 * a name and its comma, and an inflected verb of saying. The shape leaves no doubt.
 */
function isNamedWhoSaying(doc: Document, f: Frame): boolean {
  const { cue, source } = f;
  if (!source || source[1] - source[0] !== 1 || doc.tokens[source[0]].norm !== 'who') return false;
  const comma = source[0] - 1;
  if (comma < 1 || doc.tokens[comma].text !== ',' || !doc.tokens[comma - 1].cap) return false;
  const verb = doc.tokens[cue.last - 1];
  return verb.kind === 'word' && verb.norm !== verb.lemma && wordSet('speech-verbs').has(verb.lemma);
}

/** Verbs of an impersonal report ("It was reported that", "It emerged that"). */
const IMPERSONAL_REPORTS = new Set([...IMPERSONAL_PARTICIPLES, 'emerged', 'transpired']);
/** Words between "It" and the verb ("It was later reported"). */
const IMPERSONAL_LEADS = new Set(['is', 'was', 'has', 'had', 'been', 'later', 'also', 'now']);

/**
 * "It was reported on Friday that …", "It emerged that …": an expletive "it" opening its clause,
 * a verb of reporting and a "that" clause (a time may stand between). The shape leaves no doubt:
 * the report is made by no one named.
 */
function isImpersonalHearsay(doc: Document, f: Frame): boolean {
  const { cue } = f;
  let v = cue.first;
  while (v < cue.last && IMPERSONAL_LEADS.has(doc.tokens[v].norm)) v++;
  if (v >= cue.last || !IMPERSONAL_REPORTS.has(doc.tokens[v].norm)) return false;
  let i = cue.first - 1;
  while (i >= 0 && IMPERSONAL_LEADS.has(doc.tokens[i].norm)) i--;
  if (i < 0 || doc.tokens[i].norm !== 'it') return false;
  const lo = doc.sentences[cue.sentence].tokenStart;
  const before = i > lo ? doc.tokens[i - 1] : null;
  if (before && before.text !== ',' && before.norm !== 'and' && before.norm !== 'but') return false;
  const hi = doc.sentences[cue.sentence].tokenEnd;
  const after = cue.last + timeAfter(doc, cue.last, hi);
  if (doc.tokens[after]?.norm === 'that' || opensBareClause(doc, after, hi)) return true;
  // "The plant will close in March, it was confirmed (on Friday).": after its clause, the report
  // ends the sentence.
  const end = cue.last + timePhrase(doc, cue.last, hi);
  return before?.text === ',' && end < hi && doc.tokens[end].kind === 'punct' && doc.tokens[end].text !== ',';
}

/**
 * "Tom Whitby pressed her on dividends", "asked them about the cuts": a speaker puts a question
 * to someone about something. The shape leaves no doubt.
 */
function isPressedOn(doc: Document, f: Frame): boolean {
  const { cue, source } = f;
  const verb = doc.tokens[cue.first];
  if (!source || cue.last - cue.first !== 1 || (verb.lemma !== 'press' && verb.lemma !== 'ask')) return false;
  const about = doc.tokens[cue.last + 1]?.norm;
  return (
    OBJECT_PRONOUNS.has(doc.tokens[cue.last]?.norm ?? '') &&
    (about === 'on' || about === 'about' || about === 'over')
  );
}

/**
 * "Kovac maintained that the bank had acted correctly": a speaker, an inflected verb of saying
 * and a "that" clause right after it. The shape leaves no doubt.
 */
function isSaidThat(doc: Document, f: Frame): boolean {
  const { cue, source, content } = f;
  if (!source || source[1] !== cue.first || cue.last - cue.first !== 1 || content.length !== 1) return false;
  const verb = doc.tokens[cue.first];
  if (!wordSet('speech-verbs').has(verb.lemma) || content[0][0] !== cue.last) return false;
  // ("Analysts at Harwell Securities estimate the painting could sell …": a plural's bare verb and
  // a clause with no "that", its auxiliary within a few words.)
  const plural = doc.tokens[source[1] - 1].norm.endsWith('s');
  if (verb.norm === verb.lemma) return plural && clauseOpensAt(doc, cue.last);
  return opensThatClause(doc, cue.last) || clauseOpensAt(doc, cue.last);
}

/** Words within which a clause opened by a noun phrase reaches its auxiliary ("the painting could"). */
const CLAUSE_AUXILIARY_REACH = 5;

/** Does a clause open at token i: a noun phrase, then an auxiliary or modal within reach? */
function clauseOpensAt(doc: Document, i: number): boolean {
  if (!NOUN_PHRASE_OPENERS.has(doc.tokens[i]?.norm ?? '')) return false;
  for (let j = i + 1; j < doc.tokens.length && j - i <= CLAUSE_AUXILIARY_REACH; j++) {
    const t = doc.tokens[j];
    if (t.kind !== 'word' || isQuoted(doc, j)) return false;
    if (FINITE.has(t.norm)) return true;
  }
  return false;
}

/**
 * "The trust claims the council failed to consult residents, an allegation the council denies":
 * a statement the narrator goes on to call an allegation, with its denial, is one.
 */
function isDeniedAfter(doc: Document, f: Frame): boolean {
  const last = f.content[f.content.length - 1];
  if (!last || last[0] < f.cue.last) return false;
  // (The content is not settled yet: it may still run over the comment.)
  const s = doc.sentences[f.cue.sentence];
  for (let i = f.cue.last + 3; i < s.tokenEnd; i++) if (isDenialComment(doc, i, f.cue.last)) return true;
  return false;
}

/** Words that open the object of "called" ("the decision", "it", "them"). */
const OBJECT_OPENERS = new Set([
  ...['the', 'this', 'that', 'these', 'those', 'it', 'them', 'him', 'her', 'his', 'its', 'their'],
]);
/** Words after a verb that are particles or adverbs, not a judgement ("called them back"). */
const NO_JUDGEMENT = new Set(['back', 'in', 'off', 'up', 'out', 'on', 'over', 'away', 'down', 'together']);

/**
 * "The association called the decision reckless": a speaker, "called", its object and an
 * adjective that judges it, ending the clause. (Not "called the police", "called a meeting".)
 */
function isCalledJudgement(doc: Document, f: Frame): boolean {
  const { cue, source, content } = f;
  if (!source || content.length !== 1 || cue.last - cue.first !== 1 || doc.tokens[cue.first].lemma !== 'call')
    return false;
  const [s, e] = content[0];
  if (s !== cue.last || !OBJECT_OPENERS.has(doc.tokens[s].norm)) return false;
  // (The content is not settled yet: it may run on past the judgement, "… reckless and said …".)
  for (let j = s + 1; j < e && j - s <= CALLED_OBJECT_WORDS; j++) {
    const t = doc.tokens[j];
    if (t.kind !== 'word') return false;
    const after = doc.tokens[j + 1];
    const ends =
      j + 1 >= e ||
      after === undefined ||
      after.kind === 'punct' ||
      after.norm === 'and' ||
      after.norm === 'but';
    if (ends) return !NO_JUDGEMENT.has(t.norm) && hasLemma(t.norm, 'a') && !hasLemma(t.norm, 'n');
  }
  return false;
}

/** Nouns of a claim that a possessor makes ("Northland's claims about the test"). */
const CLAIM_NOUNS = new Set([
  ...['claim', 'allegation', 'accusation', 'assertion', 'denial', 'warning', 'assurance', 'pledge'],
  ...['promise', 'demand', 'insistence', 'admission', 'charge'],
]);

/** "Northland's claims about the test": a name's possessive and a noun of a claim. */
function isPossessorsClaim(doc: Document, f: Frame): boolean {
  const { cue, source } = f;
  if (!source || source[1] !== cue.first) return false;
  const owner = doc.tokens[source[1] - 1];
  const noun = doc.tokens[cue.first];
  return (
    owner.cap &&
    /[’']s$/.test(owner.text) &&
    (CLAIM_NOUNS.has(noun.lemma) || CLAIM_NOUNS.has(noun.norm.replace(/s$/, '')))
  );
}

/**
 * "… ― its founder said, “That is smart business.”": a speaker, a verb of saying, a comma or colon
 * and a quotation running to the sentence's end. The shape leaves no doubt; the filter, which
 * reads a cue the tagger was not sure of, could drop it.
 */
function isSaidQuotation(doc: Document, f: Frame): boolean {
  const { cue, source, content } = f;
  if (!source || source[1] !== cue.first || content.length !== 1 || cue.last - cue.first !== 1) return false;
  if (!wordSet('speech-core').has(doc.tokens[cue.first].lemma)) return false;
  const [s, e] = content[0];
  const mark = doc.tokens[cue.last]?.text;
  if (s !== cue.last + 1 || (mark !== ',' && mark !== ':') || !isOpenQuote(doc, s)) return false;
  let last = doc.sentences[cue.sentence].tokenEnd - 1;
  while (last > e && doc.tokens[last].kind === 'punct') last--;
  return isCloseQuote(doc, e - 1) && last < e;
}

/**
 * "Walking cuts the risk, a study suggests.", "…, study suggests" (a headline), "…, the group
 * stated on Sunday.": a clause, its comma, a speaker and an inflected verb of saying that ends the
 * sentence (but for its time). The shape leaves no doubt;
 * the filter, which reads the cue's words and the source, dropped such statements.
 */
function isFrontedSaying(doc: Document, f: Frame): boolean {
  const { cue, source, content } = f;
  // "…, the group stated on Sunday.": the verb's time may be in the cue or after it.
  const end = doc.sentences[cue.sentence].tokenEnd;
  if (!source || content.length !== 1 || pastTimeAndMedium(doc, cue.first + 1, cue.last) !== cue.last)
    return false;
  const verb = doc.tokens[cue.first];
  if (
    verb.norm === verb.lemma ||
    !(wordSet('speech-verbs').has(verb.lemma) || EVIDENCE_VERBS.has(verb.lemma))
  )
    return false;
  const [s, e] = content[0];
  if (e > source[0] || doc.tokens[e]?.text !== ',' || source[0] !== e + 1) return false;
  // ("…, the ministry additionally stated.": an adverb may stand before the verb.)
  for (let i = source[1]; i < cue.first; i++) if (!doc.tokens[i].norm.endsWith('ly')) return false;
  if (source[1] - source[0] > 4) return false;
  // Nothing but the sentence's end (or the saying's time) after the cue.
  for (let i = pastTimeAndMedium(doc, cue.last, end); i < end; i++)
    if (doc.tokens[i].kind !== 'punct') return false;
  if (hasFiniteVerb(doc, [s, e])) return true;
  for (let i = s; i < e; i++) if (mayBeFiniteVerb(doc, i)) return true;
  return false;
}

/** Verbs by which data and documents tell ("…, data showed on Tuesday"). */
const EVIDENCE_VERBS = new Set(['show', 'indicate', 'find']);

/** Past the saying's time and medium from token i ("in a statement on Sunday"), before `end`. */
function pastTimeAndMedium(doc: Document, i: number, end: number): number {
  while (i < end) {
    const time = timePhrase(doc, i, end);
    const medium = time > 0 ? -1 : mediumNounEnd(doc, i, end);
    if (time === 0 && medium < 0) break;
    i = time > 0 ? i + time : medium;
  }
  return i;
}

/** Words of the object between "called" and the quotation it is called ("the summit"). */
const CALLED_OBJECT_WORDS = 5;

/**
 * "…, while its counterpart called the summit “a turning point”": a speaker, "called", its object
 * and the quoted words it was called. The quotation leaves no doubt that this is a saying, not a
 * naming ("a town called Hope"); the filter, which reads "called" as often a naming, dropped it.
 */
function isCalledQuotation(doc: Document, f: Frame): boolean {
  const { cue, source, content } = f;
  if (!source || content.length !== 1 || cue.last - cue.first !== 1 || doc.tokens[cue.first].lemma !== 'call')
    return false;
  const [s, e] = content[0];
  if (s !== cue.last || !isCloseQuote(doc, e - 1)) return false;
  for (let i = s; i < e && i - s <= CALLED_OBJECT_WORDS; i++) {
    const t = doc.tokens[i];
    if (isOpenQuote(doc, i)) return i > s;
    if (t.kind !== 'word') return false;
  }
  return false;
}

/** Verbs by which a document or a study reports a finding ("…, figures show."), or a body makes
 *  a fact known ("…, the firm confirmed on Thursday."). */
const DISCLOSING_LEMMAS = new Set(['confirm', 'reveal', 'disclose', 'announce', 'admit', 'acknowledge']);

/**
 * "The plan was shelved, people familiar with the matter told Reuters.": a clause, its comma, a
 * speaker and "told" with only its listener after it, to the sentence end; so too "Rents rose 9
 * percent, figures show." and "…, a survey found." with nothing after the verb (PolNeAR train and
 * dev: 21 of 27 such verbs after a clause are gold cues). The shape leaves no doubt, and the
 * filter, which reads the cue's words and the source's length, dropped it.
 */
function isFrontedTelling(doc: Document, f: Frame): boolean {
  const { cue, source, content } = f;
  const lemma = doc.tokens[cue.first].lemma;
  const telling = lemma === 'tell';
  if (
    !source ||
    content.length !== 1 ||
    cue.last - cue.first !== 1 ||
    (!telling && !FINDING_LEMMAS.has(lemma) && !DISCLOSING_LEMMAS.has(lemma))
  )
    return false;
  const [s, e] = content[0];
  if (e > source[0] || doc.tokens[e]?.text !== ',' || source[0] !== e + 1 || source[1] !== cue.first)
    return false;
  // Only a listener of up to four words after "told", a time after a disclosing verb ("confirmed
  // on Thursday"), nothing after the others, then the full stop.
  const end = doc.sentences[cue.sentence].tokenEnd;
  if (doc.tokens[end - 1].text !== '.') return false;
  // (Or a comma after the listener, and the narrator's aside: "…, the company told staff, a
  // month after record profits.")
  let stop = end - 1;
  for (let i = cue.last; i < stop; i++)
    if (doc.tokens[i].text === ',') {
      stop = i;
      break;
    }
  const time = DISCLOSING_LEMMAS.has(lemma) ? timePhrase(doc, cue.last, stop) : 0;
  if (stop - cue.last - time > (telling ? 4 : 0) || (telling && stop <= cue.last)) return false;
  for (let i = cue.last; i < stop; i++)
    if (doc.tokens[i].kind !== 'word' || doc.tokens[i].norm === 'that') return false;
  // What was told is a clause ("The plan was shelved"), not a noun phrase.
  if (hasFiniteVerb(doc, [s, e]) || doc.tokens.slice(s, e).some((t) => t.norm.endsWith('ed'))) return true;
  // "Rents rose 9 percent": an irregular past after the subject.
  for (let i = s + 1; i < e; i++) if (mayBeFiniteVerb(doc, i)) return true;
  return false;
}
