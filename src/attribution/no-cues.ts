// Cues the tagger gives that are none (cues.ts drops them): a plural subject, a word of a name, a
// source's terms of anonymity, a title before a name, goods recalled, a noun modifying people, a
// headline's passive of a deed; and words that say nothing in their place (not-saying.ts). The
// words of a name are found in name-word-cues.ts.
import { hasLemma } from '../lexicon/wordnet.js';
import { isOpenQuote } from './quotes.js';
import type { Document } from '../text/document.js';
import { hasFiniteVerb, PRONOUN_SUBJECTS } from './sources.js';
import type { CueTokens } from './types.js';
import { NOUN_PHRASE_OPENERS, OBJECT_VERB_COMPLEMENTS, pluralLemma, RELATIVE_WORDS } from './word-forms.js';
import { isAgentNoun } from './agents.js';
import { NAMING, namesWork } from './titles.js';
import { isPrenominalParticiple } from './prenominal.js';
import { isTitleWord } from './names.js';
import { isHeadlineSentence } from './headline.js';
import { bareCommentNoun } from './comments.js';
import { isReportingClass, senseClass } from './senses.js';
import { wordSet } from '../lexicon/load.js';
import { isAppealsBody } from './cue-repairs.js';
import { APPROXIMATORS, PARTICLES, YEAR } from './cue-end-repairs.js';
import { isPlay } from './stance.js';
import { FORCE_VERBS, isForce } from './stance-objects.js';
import { isShowingUp } from './passive.js';
import { headsCompoundNoun } from './compound-heads.js';
import { isWordOfName } from './name-word-cues.js';
import {
  givesEvidence,
  isAdmittedInto,
  isDescribingAside,
  isDismissal,
  isPurposeOfThing,
  isNounWithRelative,
  isIdentifiedAs,
  isKindOfWarning,
  isSectionLabel,
  isSurvivedBy,
  goesOnToDeed,
  tellsAStory,
} from './not-saying.js';

/** "Pirates [attacked] the tanker", "A missile [struck] the ship": force, no saying. */
function isForceUsed(doc: Document, c: CueTokens): boolean {
  const t = doc.tokens[c.first];
  if (c.last - c.first !== 1 || !FORCE_VERBS.has(t.lemma) || t.norm === t.lemma) return false;
  return isForce(doc, c.first - 1, c.last);
}

/** Words of being permitted to speak, before "to" ("not authorised to discuss"). */
const PERMITTED = new Set(['authorised', 'authorized', 'permitted', 'allowed', 'cleared', 'entitled']);

/** What "Under" a witness speaks ("Under questioning by the defense, she said …"). */
const QUESTIONED = new Set(['questioning', 'cross-examination', 'oath']);

/** Is cue c no cue at all? */
export function isNoCue(doc: Document, c: CueTokens): boolean {
  return (
    // "Under questioning by the defense, she said …": the scene of the answer, no saying.
    (doc.tokens[c.first].norm === 'under' && QUESTIONED.has(doc.tokens[c.first + 1]?.norm ?? '')) ||
    isPluralNounSubject(doc, c) ||
    isWordOfName(doc, c) ||
    asksAnonymity(doc, c) ||
    isPrenominalParticiple(doc, c) ||
    recallsGoods(doc, c) ||
    isTitleBeforeName(doc, c) ||
    modifiesAgents(doc, c) ||
    isBareDeedPassive(doc, c) ||
    isForceUsed(doc, c) ||
    isNaming(doc, c) ||
    isIdentifiedAs(doc, c) ||
    isDescribingAside(doc, c) ||
    isDismissal(doc, c) ||
    isPurposeOfThing(doc, c) ||
    isNounWithRelative(doc, c) ||
    isMovement(doc, c) ||
    opensBareComment(doc, c) ||
    isSurvivedBy(doc, c) ||
    goesOnToDeed(doc, c) ||
    tellsAStory(doc, c) ||
    isPlay(doc, doc.tokens[c.last - 1].lemma, c.last) ||
    (c.last - c.first <= 2 && isAppealsBody(doc, c.first)) ||
    // "appeared with Salvador", "appeared in court": showing up (PolNeAR train: 5 of 73 are cues).
    (c.last - c.first === 1 && isShowingUp(doc, c.first)) ||
    givesEvidence(doc, c) ||
    isAdmittedInto(doc, c) ||
    isSectionLabel(doc, c) ||
    isKindOfWarning(doc, c) ||
    isCompoundNoun(doc, c) ||
    headsCompoundNoun(doc, c)
  );
}

/**
 * "on the panel show “Quick Wits”", "at a trade show": a base form after "the" and a singular
 * noun is that noun phrase's head (a singular subject would take "shows"), no verb.
 */
function isCompoundNoun(doc: Document, c: CueTokens): boolean {
  const t = doc.tokens[c.first];
  const noun = doc.tokens[c.first - 1];
  const det = doc.tokens[c.first - 2];
  if (c.last - c.first !== 1 || !noun || !det || t.norm !== t.lemma || !NOUN_PHRASE_OPENERS.has(det.norm))
    return false;
  if (noun.kind !== 'word' || noun.cap || noun.stop || noun.norm.endsWith('s') || t.norm === 'read')
    return false;
  // (Before a title or the end of a clause: "the letter read “…”" and "aides close to the mayor say she …"
  // read on.)
  const next = doc.tokens[c.last];
  if (!next || !(isOpenQuote(doc, c.last) || CLAUSE_END.has(next.text))) return false;
  return hasLemma(noun.norm, 'n') && hasLemma(t.norm, 'n');
}
const CLAUSE_END = new Set([',', '.', ';']);

/** "…, charges it has always denied": the plural claim noun opening a comment, before its
 *  commenter (a pronoun or a name), names the claim; the denial is the cue. */
function opensBareComment(doc: Document, c: CueTokens): boolean {
  if (c.last - c.first !== 1 || !bareCommentNoun(doc, c.first, doc.sentences[c.sentence].tokenStart))
    return false;
  const next = doc.tokens[c.last];
  return !!next && next.kind === 'word' && (next.cap || PRONOUN_SUBJECTS.has(next.norm));
}

/** WordNet's lexicographer file of verbs of motion (verbs of change, 30, were tried too: they
 *  hold "highlight", "restrict", "start", which PolNeAR marks as cues). */
const VERB_MOTION = 38;

/**
 * "Sterling rose slightly against the dollar", "Shares fell on the news": a verb whose first sense
 * is a motion, with no sense of saying or thinking, is no cue (the tagger took
 * "rose … against" for "spoke … against"). Not before "to" and a verb ("went on to say").
 */
function isMovement(doc: Document, c: CueTokens): boolean {
  const t = doc.tokens[c.first];
  if (t.kind !== 'word' || t.cap || t.norm === t.lemma || wordSet('speech-verbs').has(t.lemma)) return false;
  const code = senseClass(t.lemma);
  if (code === 0 || isReportingClass(code)) return false;
  const first = (code - 1) % 64;
  if (first !== VERB_MOTION) return false;
  // Nor with a word of saying in the cue ("stopped short of calling").
  for (let j = c.first + 1; j < c.last + 1 && j < doc.tokens.length; j++) {
    // ("rose to fame on": "to" before a bare noun is the motion's goal; not "rose to the defence of".)
    const after = doc.tokens[j + 1];
    if (
      doc.tokens[j].norm === 'to' &&
      after?.kind === 'word' &&
      (after.cap || hasLemma(after.norm, 'v') || NOUN_PHRASE_OPENERS.has(after.norm))
    )
      return false;
    if (
      j < c.last &&
      (wordSet('speech-verbs').has(doc.tokens[j].lemma) || isReportingClass(senseClass(doc.tokens[j].lemma)))
    )
      return false;
  }
  return true;
}

/**
 * "He lives in a town called “Hope”", "a group named Harbour Watch": a naming participle right
 * after a lowercase noun of a noun phrase, before the name (a capitalised word or a quotation), is
 * no saying. (Not "Residents called the plan “a betrayal”", "Her critics have dubbed it".)
 */
function isNaming(doc: Document, c: CueTokens): boolean {
  if (c.first < 1 || c.last >= doc.tokens.length) return false;
  // (Also a cue that ran on to the participle: "He [wrote a memoir called] “Small Rooms”".)
  if (NAMING.has(doc.tokens[c.last - 1].norm) && namesWork(doc, c.last - 1)) return true;
  if (c.last - c.first !== 1 || c.first < 2) return false;
  const t = doc.tokens[c.first];
  if (!NAMING.has(t.norm)) return false;
  const noun = doc.tokens[c.first - 1];
  if (noun.kind !== 'word' || noun.cap || !hasLemma(noun.lemma, 'n') || noun.sentence !== t.sentence)
    return false;
  // The noun is an object or a complement, not a subject ("The residents called Lopez a liar"): a
  // determiner or an adjective before it, and a lowercase verb or preposition before that.
  const before = doc.tokens[c.first - 2];
  if (before.kind !== 'word' || !(NOUN_PHRASE_OPENERS.has(before.norm) || hasLemma(before.norm, 'a')))
    return false;
  const head = doc.tokens[c.first - 3];
  // Not "what one trader called “a clear signal”": the noun is the relative clause's subject.
  if (!head || head.kind !== 'word' || head.cap || head.sentence !== t.sentence) return false;
  if (head.norm === 'what' || RELATIVE_WORDS.has(head.norm)) return false;
  const next = doc.tokens[c.last];
  return (next.kind === 'word' && next.cap) || next.text === '“' || next.text === '"';
}

/**
 * "Opposition lawmakers called …", "the protest leaders": an uninflected noun opening a noun phrase
 * before a lowercase plural of people or bodies modifies them; it is no cue.
 */
function modifiesAgents(doc: Document, c: CueTokens): boolean {
  if (c.last - c.first !== 1 || c.last >= doc.tokens.length) return false;
  const t = doc.tokens[c.first];
  const next = doc.tokens[c.last];
  if (t.kind !== 'word' || t.norm !== t.lemma || !hasLemma(t.norm, 'n')) return false;
  if (next.kind !== 'word' || next.cap || next.sentence !== t.sentence) return false;
  const opens = c.first === doc.sentences[c.sentence].tokenStart;
  if (!opens && !NOUN_PHRASE_OPENERS.has(doc.tokens[c.first - 1].norm)) return false;
  const plural = pluralLemma(next);
  return plural !== null && isAgentNoun(plural);
}

/** "Harlow Town coach Ben Ashdown resigned": a one-word cue that is a title before a capitalised
 *  name is the name's title ("coach", "counsel", "whip"). */
function isTitleBeforeName(doc: Document, c: CueTokens): boolean {
  if (c.last - c.first !== 1) return false;
  const t = doc.tokens[c.first];
  const next = doc.tokens[c.last];
  return (
    t.kind === 'word' &&
    !t.cap &&
    isTitleWord(t.norm) &&
    next?.kind === 'word' &&
    next.cap &&
    next.sentence === t.sentence
  );
}

/**
 * "Carmaker recalls 40,000 vans", "recalled about 1,200 heaters": a recall of goods, counted, is
 * no remembering.
 */
function recallsGoods(doc: Document, c: CueTokens): boolean {
  if (c.last - c.first !== 1 || doc.tokens[c.first].lemma !== 'recall') return false;
  let j = c.last;
  while (j < doc.tokens.length && APPROXIMATORS.has(doc.tokens[j].norm)) j++;
  if (j < doc.tokens.length && doc.tokens[j].kind === 'number' && !YEAR.test(doc.tokens[j].text)) return true;
  // "Varnesia recalled its ambassador", "recalled the batches": calling back envoys or goods.
  j = c.last;
  if (j >= doc.tokens.length || !RECALL_DETERMINERS.has(doc.tokens[j].norm)) return false;
  // (The noun, or an adjective and the noun: "its ambassador", "the affected batches".)
  return RECALLED.has(doc.tokens[j + 1]?.norm ?? '') || RECALLED.has(doc.tokens[j + 2]?.norm ?? '');
}

const RECALL_DETERMINERS = new Set(['its', 'their', 'his', 'her', 'the', 'a', 'all']);
/** What is recalled when it is called back, not remembered: envoys and goods. */
const RECALLED = new Set([
  ...['ambassador', 'ambassadors', 'envoy', 'envoys', 'diplomat', 'diplomats', 'consul', 'emissary'],
  ...['batch', 'batches', 'products', 'product', 'vehicles', 'cars', 'models', 'units', 'tablets'],
  ...['devices', 'toys', 'drugs', 'medicines', 'lots', 'shipments', 'stock', 'items', 'heaters'],
]);

/** Past participles a source asks not to be given ("asked not to be named"). */
const UNNAMED = new Set(['named', 'identified', 'quoted']);

/**
 * "…, who asked not to be named", "spoke on condition of anonymity": the terms of the source, not
 * a statement.
 */
function asksAnonymity(doc: Document, c: CueTokens): boolean {
  const at = (k: number): string => (c.last + k < doc.tokens.length ? doc.tokens[c.last + k].norm : '');
  if (at(0) === 'not' && at(1) === 'to' && at(2) === 'be' && UNNAMED.has(at(3))) return true;
  // "who declined to be named", "refused to be identified".
  if (at(0) === 'to' && at(1) === 'be' && UNNAMED.has(at(2))) return true;
  // "who requested to not be named" (a split infinitive, as spun and translated copies write it).
  if (at(0) === 'to' && at(1) === 'not' && at(2) === 'be' && UNNAMED.has(at(3))) return true;
  // "who requested anonymity to describe …", "asked for anonymity": neither the request nor
  // the describing it is asked for is a statement.
  if (at(0) === 'anonymity' || (at(0) === 'for' && at(1) === 'anonymity')) return true;
  // (Not "who spoke on strict condition of anonymity said …": an inflected verb there is the
  // sentence's.)
  const first = doc.tokens[c.first];
  if (c.first > 0 && doc.tokens[c.first - 1].norm === 'anonymity' && first.norm === first.lemma) return true;
  // "because he was not authorised to discuss the inquiry": why a source is unnamed, no saying.
  if (
    c.first > 1 &&
    doc.tokens[c.first - 1].norm === 'to' &&
    PERMITTED.has(doc.tokens[c.first - 2].norm) &&
    first.norm === first.lemma
  )
    return true;
  // "spoke on condition of anonymity": the terms; not "said on condition of anonymity that …",
  // which says something on those terms.
  return (
    at(0) === 'on' &&
    at(1) === 'condition' &&
    at(2) === 'of' &&
    at(3) === 'anonymity' &&
    !wordSet('speech-core').has(doc.tokens[c.last - 1].lemma)
  );
}

const GAP_OPENERS = new Set(['that', 'which', 'who', 'what', 'everything', 'anything']);

/**
 * "The US intelligence claims come as ...", "the reports suggest ...": a plural noun followed by
 * the sentence's verb is the subject, not a cue (a verb in -s is not followed by a bare verb).
 */
function isPluralNounSubject(doc: Document, c: CueTokens): boolean {
  const t = doc.tokens[c.first];
  // Guarded reads: a read out of bounds makes V8 throw away the compiled code.
  const next = c.first + 1 < doc.tokens.length ? doc.tokens[c.first + 1] : undefined;
  const prev = c.first > 0 ? doc.tokens[c.first - 1] : undefined;
  if (!next || !prev || t.norm === t.lemma || !t.norm.endsWith('s') || next.sentence !== t.sentence)
    return false;
  // "At least 31 claims involved land": counted, a noun.
  if (prev.kind === 'number' && hasLemma(t.lemma, 'n') && c.last - c.first === 1) return true;
  if (
    prev.kind !== 'word' ||
    prev.cap ||
    PRONOUN_SUBJECTS.has(prev.norm) ||
    next.cap ||
    PARTICLES.has(next.norm)
  )
    return false;
  // "a rise that the agency predicts will last": a relative clause, the verb's object gapped.
  for (let j = Math.max(0, c.first - 4); j < c.first; j++)
    if (GAP_OPENERS.has(doc.tokens[j].norm)) return false;
  return hasFiniteVerb(doc, [c.first + 1, c.first + 2]) || ARRIVAL_VERBS.has(next.norm);
}

/** Verbs that follow a noun subject ("the claims come as ...") and never a verb of saying. */
const ARRIVAL_VERBS = new Set(['come', 'came', 'follow', 'followed', 'emerged', 'surfaced']);

/** Prepositions after a participle of a deed in a headline ("banned for", "jailed over"). */
const DEED_PREPOSITIONS = new Set(['for', 'over', 'after', 'from', 'in', 'with']);

/**
 * "Striker banned for six matches", "Driver jailed over crash": in a headline, the participle of a
 * verb that is no saying, charging or judging, right after a noun and before its preposition,
 * reports a deed done to the noun; it is no cue. (In running text "X called for" is active.)
 */
function isBareDeedPassive(doc: Document, cue: CueTokens): boolean {
  if (cue.last - cue.first > 2 || cue.first === 0 || !isHeadlineSentence(doc, cue.sentence)) return false;
  const t = doc.tokens[cue.first];
  if (t.kind !== 'word' || t.norm === t.lemma || !t.norm.endsWith('ed')) return false;
  if (wordSet('speech-verbs').has(t.lemma) || OBJECT_VERB_COMPLEMENTS.has(t.lemma)) return false;
  const next = cue.last - cue.first > 1 ? doc.tokens[cue.first + 1] : doc.tokens[cue.last];
  if (!next || !DEED_PREPOSITIONS.has(next.norm)) return false;
  const before = doc.tokens[cue.first - 1];
  return (
    before.kind === 'word' &&
    before.sentence === t.sentence &&
    !before.stop &&
    !PRONOUN_SUBJECTS.has(before.norm) &&
    !RELATIVE_WORDS.has(before.norm) &&
    hasLemma(before.lemma, 'n')
  );
}
