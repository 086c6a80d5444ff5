// Where the learned content-end model's cut is overruled (settle.ts): a cut that would part a
// reported clause's subject from its verb, or an accusation's object from what it is.
import type { Document } from '../text/document.js';
import { isCloseQuote, isQuoted } from './quotes.js';
import { isSceneClause } from './lead-phrases.js';
import { hasLemma } from '../lexicon/wordnet.js';
import { timePhrase } from './times.js';
import { hasFiniteVerb } from './sources.js';
import { DASHES, FINITE, isRegularPlural, mayBeFiniteVerb, NOUN_PHRASE_OPENERS } from './word-forms.js';
import type { CueTokens } from './types.js';

/** Words that may open a reported clause's subject before a relative clause or appositive. */
const SUBJECT_OPENERS = new Set([...NOUN_PHRASE_OPENERS, 'one', 'two', 'three', 'another']);

/** Longest appositive read between a subject and its verb ("one suspect, a driver from X, fled"). */
const MAX_APPOSITIVE = 12;

/**
 * "The protesters said the penalties | — fines of up to 500 crowns — were disproportionate": a cut
 * at a dash that opens an aside, with no verb before it and one right after the closing dash.
 */
function dashAsideInSubject(doc: Document, s: number, cut: number, e: number): boolean {
  if (hasFiniteVerb(doc, [s, cut])) return false;
  const mark = doc.tokens[cut].text;
  for (let j = cut + 2; j + 1 < e && j - cut <= MAX_APPOSITIVE + 1; j++)
    if (doc.tokens[j].text === mark) return mayBeFiniteVerb(doc, j + 1);
  return false;
}

/**
 * "He said the tunnel's pumps | , which Holby is responsible for, had broken down": a cut at a
 * relative clause in commas that leaves no verb before it cut the reported clause's subject from
 * its verb, which follows the relative clause: the content runs on. So does a cut at an appositive
 * ("According to police, one suspect | , a delivery driver from Harlow, fled the scene").
 */
export function cutInsideSubject(doc: Document, s: number, cut: number, e: number): boolean {
  if (cut + 1 < e && DASHES.has(doc.tokens[cut].text)) return dashAsideInSubject(doc, s, cut, e);
  if (cut + 1 >= e || doc.tokens[cut].text !== ',') return false;
  const next = doc.tokens[cut + 1].norm;
  const relative = next === 'which' || next === 'who';
  // So does a participle's phrase ("a man | , aged 42, had been arrested", ", identified as …,").
  const participle = !doc.tokens[cut + 1].cap && /[a-z]{2,}(?:ed|en)$/.test(next);
  if (!relative && !participle && !NOUN_PHRASE_OPENERS.has(next)) return false;
  // A noun phrase: an article, possessive or count, then words none of which is an auxiliary or
  // a verb in -ed ("pumps" may be a plural).
  const opener = doc.tokens[s];
  // (Or a bare plural with its modifiers: "Varnian troops, who seized the town, were …".)
  const barePlural = cut - s <= 3 && isRegularPlural(doc.tokens[cut - 1]) && !doc.tokens[cut - 1].cap;
  if (!SUBJECT_OPENERS.has(opener.norm) && !/[’']s$/.test(opener.text) && !barePlural) return false;
  if (!relative && cut - s > 5) return false;
  for (let i = s; i < cut; i++) {
    const t = doc.tokens[i];
    if (t.kind !== 'word' || FINITE.has(t.norm) || (t.norm.endsWith('ed') && t.norm !== t.lemma))
      return false;
  }
  // The relative clause or appositive closes with a comma and the verb comes right after it.
  for (let j = cut + 2; j + 1 < e; j++) {
    const t = doc.tokens[j];
    if (t.text === ',') return mayBeFiniteVerb(doc, j + 1);
    // ("May" the month is no modal.)
    if (!relative && (j - cut > MAX_APPOSITIVE || (FINITE.has(t.norm) && !t.cap))) return false;
  }
  return false;
}

/** Longest appositive read between an accusation's object and what it is ("the incumbent, …,"). */
const OBJECT_APPOSITIVE = 8;

/**
 * "accused the incumbent | , Joseph Akande, of lying to voters": a cut at an appositive that a
 * second complement of the cue follows cut the accusation from what it is; the content runs on.
 */
export function cutBeforeNamedComplement(doc: Document, cue: CueTokens, cut: number, e: number): boolean {
  if (doc.tokens[cut]?.text !== ',' || cue.last - cue.first !== 1 || !mayBeFiniteVerb(doc, cue.first))
    return false;
  for (let j = cut + 2; j < e - 1 && j - cut <= OBJECT_APPOSITIVE; j++) {
    const t = doc.tokens[j];
    if (t.text === ',') return SECOND_COMPLEMENT.has(doc.tokens[j + 1].norm);
    if (t.kind !== 'word' || isQuoted(doc, j)) return false;
  }
  return false;
}

/** Prepositions opening the second complement of a verb of accusing or urging ("accused X of"). */
const SECOND_COMPLEMENT = new Set(['of', 'for', 'to', 'over']);

/**
 * "accused the government | on Wednesday of abandoning …": a cut before a time phrase that a
 * second complement of the cue follows ("of", "for", "to") cut the accusation from what it is;
 * the content runs on.
 */
export function cutBeforeTimedComplement(doc: Document, cue: CueTokens, cut: number, e: number): boolean {
  const time = timePhrase(doc, cut, e);
  const after = doc.tokens[cut + time];
  return (
    time > 0 &&
    cut + time < e - 1 &&
    SECOND_COMPLEMENT.has(after.norm) &&
    after.kind === 'word' &&
    cue.last - cue.first === 1 &&
    mayBeFiniteVerb(doc, cue.first)
  );
}

/** Nouns of a claim that the narrator's comment after a content opens with. */
const CLAIM_COMMENTS = new Set(['claim', 'claims', 'allegation', 'allegations', 'accusation', 'accusations']);

/**
 * "He said there was no proof that Keldria was involved, | but that the inquiry went on": a second
 * "that" clause joined to the reported one is reported too. Not "…, but that did not stop …", where
 * "that" is the subject of the narrator's clause.
 */
export function cutBeforeJoinedThatClause(doc: Document, cut: number, e: number): boolean {
  const join = doc.tokens[cut + 1]?.norm;
  if (cut + 3 >= e || doc.tokens[cut].text !== ',' || (join !== 'and' && join !== 'but')) return false;
  if (doc.tokens[cut + 2].norm !== 'that' || mayBeFiniteVerb(doc, cut + 3) || isQuoted(doc, cut + 2))
    return false;
  // Nor "…, but that contract went to …": "that" before a bare singular noun is its determiner.
  const next = doc.tokens[cut + 3];
  return !(
    next.kind === 'word' &&
    !next.cap &&
    !next.stop &&
    next.norm === next.lemma &&
    hasLemma(next.norm, 'n')
  );
}

/**
 * "The ministry said rebels had shelled the town, a claim that could not be independently
 * confirmed", "The mayor said the city would close two libraries, a move that angered residents":
 * the narrator's comment on what was said or done, in apposition after a comma, is no part of
 * it; nor is where it was said ("…, in an interview with public broadcaster GRT"). Returns where
 * the content ends (the comma), or `cut` when there is no such comment.
 */
export function beforeNarratorComment(doc: Document, s: number, cut: number): number {
  for (let i = s + 1; i + 2 < cut; i++) {
    // 'said the industry "has to change," a remark that drew jeers': the comma inside the quotation.
    if (
      isCloseQuote(doc, i) &&
      doc.tokens[i - 1].text === ',' &&
      (claimCommentAt(doc, i) || eventCommentAt(doc, i, cut))
    )
      return i + 1;
    if (
      !isQuoted(doc, i) &&
      (claimCommentAt(doc, i) ||
        eventCommentAt(doc, i, cut) ||
        mediumAt(doc, i) ||
        sceneAt(doc, i, cut) ||
        declineAt(doc, i))
    )
      return i;
  }
  return cut;
}

/** Is token i a comma, or a quotation's closing mark after one ('"…," a remark')? */
function commaAt(doc: Document, i: number): boolean {
  // Bounds-checked, not `doc.tokens[i]?.`: an out-of-range read deoptimises the caller.
  const t = doc.tokens;
  return (
    (i >= 0 && i < t.length && t[i].text === ',') || (isCloseQuote(doc, i) && i > 0 && t[i - 1].text === ',')
  );
}

/**
 * "The mayor said the bridge would reopen, and when pressed on the cost, the deputy replied, …":
 * a content that stops before the next speaker leaves out the clause that sets that reply's scene.
 */
function sceneAt(doc: Document, i: number, cut: number): boolean {
  const join = doc.tokens[i + 1]?.norm;
  if (doc.tokens[i].text !== ',' || (join !== 'and' && join !== 'but') || doc.tokens[cut]?.text !== ',')
    return false;
  return isSceneClause(doc, i + 2, cut);
}

/** Nouns of where a saying was made ("…, in a statement on its website"). */
const MEDIA = new Set([
  'statement',
  'interview',
  'post',
  'video',
  'letter',
  'speech',
  'tweet',
  'email',
  'note',
]);

/** Does the saying's medium follow the comma at token i (", in an interview with …")? */
function mediumAt(doc: Document, i: number): boolean {
  if (doc.tokens[i].text !== ',' || doc.tokens[i + 1]?.norm !== 'in') return false;
  const det = doc.tokens[i + 2]?.norm;
  return (det === 'a' || det === 'an') && MEDIA.has(doc.tokens[i + 3]?.norm ?? '');
}

/** What a speaker declines to do after the content ("declined to give a date", "to elaborate"). */
const DECLINING_FORMS = new Set(['declining', 'refusing', 'declined', 'refused']);

/**
 * Does the speaker's refusal to say more open at token i: ", declining to elaborate", ", without
 * giving details", "but declined to give a date"? It is the speaker's act, no part of the content.
 */
function declineAt(doc: Document, i: number): boolean {
  const next = doc.tokens[i + 1];
  const after = doc.tokens[i + 2]?.norm ?? '';
  if (!next) return false;
  if (commaAt(doc, i)) {
    if ((next.norm === 'declining' || next.norm === 'refusing') && after === 'to') return true;
    return next.norm === 'without' && after.endsWith('ing');
  }
  return doc.tokens[i].norm === 'but' && DECLINING_FORMS.has(next.norm) && after === 'to';
}

/** Nouns of the narrator's comment on an event ("…, a move that angered residents"). */
const EVENT_NOUNS = new Set([
  ...['move', 'step', 'sign', 'signal', 'decision', 'development', 'blow', 'setback'],
  ...['remark', 'remarks', 'comment', 'comments'],
]);
/** Participles of the narrator's comment on an event ("…, setting up a confrontation with …"). */
const EVENT_PARTICIPLES = new Set([
  ...['setting', 'paving', 'marking', 'signalling', 'signaling', 'underscoring', 'highlighting'],
  ...['deepening', 'prompting', 'sparking', 'triggering', 'capping', 'sending', 'throwing', 'pushing'],
]);

/**
 * Does the narrator's comment on the event open after the comma at token i: ", a move that …",
 * ", the latest sign that …", ", setting up a confrontation …"?
 */
function eventCommentAt(doc: Document, i: number, end: number): boolean {
  if (!commaAt(doc, i)) return false;
  const first = doc.tokens[i + 1];
  if (EVENT_PARTICIPLES.has(first.norm)) return true;
  if (first.norm !== 'a' && first.norm !== 'an' && first.norm !== 'the') return false;
  for (let j = i + 2; j < Math.min(end, i + 5); j++) {
    const t = doc.tokens[j];
    if (t.kind !== 'word' || t.cap) return false;
    if (EVENT_NOUNS.has(t.norm)) {
      const after = doc.tokens[j + 1];
      // (", a move welcomed by the United Nations": a participle and its agent.)
      const byAgent = !!after && after.norm.endsWith('ed') && doc.tokens[j + 2]?.norm === 'by';
      return (
        !after ||
        after.kind === 'punct' ||
        byAgent ||
        ['that', 'which', 'to', 'for', 'in', 'by'].includes(after.norm)
      );
    }
  }
  return false;
}

/** Does a comment on a claim open after the comma at token i (", claims that cannot be …")? */
export function claimCommentAt(doc: Document, i: number): boolean {
  if (!commaAt(doc, i)) return false;
  const noun = doc.tokens[i + 1]?.norm === 'a' || doc.tokens[i + 1]?.norm === 'an' ? i + 2 : i + 1;
  const after = doc.tokens[noun + 1]?.norm;
  return (
    CLAIM_COMMENTS.has(doc.tokens[noun]?.norm ?? '') &&
    (after === 'that' || after === 'which') &&
    (doc.tokens[noun + 2]?.norm === 'cannot' || mayBeFiniteVerb(doc, noun + 2))
  );
}

/**
 * Does a cut at `cut` (in a content [s, e) that opens outside a quotation) come right after a
 * quoted phrase with no closing punctuation of its own, the clause going on with its verb ("the
 * leaflet “deliberately and cynically” suggests …") or a second one ("… to “take a hard look at
 * this” and consider …")?
 */
export function quotationGoesOn(doc: Document, s: number, cut: number, e: number): boolean {
  if (cut >= e || cut - 2 <= s || isQuoted(doc, s) || !isCloseQuote(doc, cut - 1)) return false;
  const inside = doc.tokens[cut - 2];
  const next = doc.tokens[cut];
  if (inside.kind !== 'word' || next.kind !== 'word' || next.cap) return false;
  // Its verb, or a second verb joined by "and"/"or" ("… “take a hard look” and consider …").
  const joined = (next.norm === 'and' || next.norm === 'or') && cut + 1 < e;
  return (
    mayBeFiniteVerb(doc, joined ? cut + 1 : cut) ||
    (joined &&
      doc.tokens[cut + 1].norm === doc.tokens[cut + 1].lemma &&
      hasLemma(doc.tokens[cut + 1].norm, 'v'))
  );
}
