// Where a cue ends before its object (cue-repairs.ts applies these): "[denied] claims by …",
// "[ruled out on Friday] any …", "[conceded] defeat", "[admitted] causing death …", "[welcomed]
// an offer by …".
import { loadPairs, wordSet } from '../lexicon/load.js';
import { hasLemma } from '../lexicon/wordnet.js';
import type { Document } from '../text/document.js';
import { timeBefore, timePhrase } from './times.js';
import type { CueTokens } from './types.js';
import {
  FINITE,
  isRegularPlural,
  NOUN_PHRASE_OPENERS,
  OBJECT_DETERMINERS,
  PASSIVE_AUXILIARIES,
} from './word-forms.js';

/** Words before a bare form that make it a noun or an infinitive ("the call", "to urge"). */
const OBJECT_OPENERS: ReadonlySet<string> = new Set([...NOUN_PHRASE_OPENERS, 'to']);

/** Verbs that dispute or confirm what others say: their object is the claim, not part of the cue. */
const DISPUTING = new Set(['deny', 'reject', 'dismiss', 'dispute', 'refute', 'rebut', 'confirm']);

/**
 * "has [denied claims] by paramedics that …": a bare plural after a verb disputing it is the
 * verb's object (PolNeAR's cue is the verb: "denied | the accusations"), so the cue ends before it.
 */
export function endBeforeDisputedClaims(doc: Document, c: CueTokens): void {
  if (c.last - c.first < 2) return;
  const verb = doc.tokens[c.last - 2];
  const noun = doc.tokens[c.last - 1];
  if (verb.kind !== 'word' || verb.norm === verb.lemma || !DISPUTING.has(verb.lemma)) return;
  if (noun.kind === 'word' && !noun.cap && isRegularPlural(noun) && hasLemma(noun.lemma, 'n')) c.last--;
}

/** Words that open the object after a cue, never end a cue (4 of 19,831 PolNeAR train cues). */
const TRAILING_DETERMINERS = new Set(['any', 'the', 'a', 'an', 'some', 'all', 'no', 'every']);

/**
 * "Olga Penn [ruled out on Friday any] early end to …": a cue ends before the determiner of its
 * object, and before the time phrase that comes right before that determiner.
 */
export function endBeforeObjectDeterminer(doc: Document, c: CueTokens): void {
  if (c.last - c.first < 2 || !TRAILING_DETERMINERS.has(doc.tokens[c.last - 1].norm)) return;
  c.last--;
  const time = timeBefore(doc, c.last - 1, c.first + 1);
  if (time > 0) c.last -= time;
}

/** Verbs whose object may be a gerund: what was admitted or denied ("admitted causing"). */
const GERUND_OBJECT_VERBS = new Set(['admit', 'deny', 'confess', 'acknowledge', 'concede', 'regret']);

/** Words opening an adjunct of time after an object ("conceded defeat | before midnight"). */
const TIME_ADJUNCT_LEADS = new Set(['before', 'after', 'during', 'late', 'early', 'overnight']);

/**
 * "His rival [conceded] defeat.", "She [denied] wrongdoing on Friday.": a verb of saying and a bare
 * noun object ending its clause; the noun is what was conceded or denied, the content, not part of
 * the cue (which left the clause before as the content: "Okafor won after").
 */
export function endBeforeBareObject(doc: Document, c: CueTokens): void {
  // "[admitted causing death] by dangerous driving": a gerund after an admission or denial is what
  // was admitted, whatever follows it.
  const first = doc.tokens[c.first];
  const second = doc.tokens[c.first + 1];
  if (
    c.last - c.first >= 2 &&
    GERUND_OBJECT_VERBS.has(first.lemma) &&
    first.norm !== first.lemma &&
    second.kind === 'word' &&
    second.norm.endsWith('ing') &&
    !second.cap
  ) {
    c.last = c.first + 1;
    return;
  }
  // "Watchdog [accuses bank of] hiding losses": a headline's bare object before "of" is the
  // accused, no part of the cue.
  if (
    c.last - c.first === 3 &&
    doc.tokens[c.last - 1].norm === 'of' &&
    first.norm !== first.lemma &&
    wordSet('speech-verbs').has(first.lemma) &&
    second.kind === 'word' &&
    !second.cap &&
    !second.stop &&
    hasLemma(second.lemma, 'n')
  ) {
    c.last = c.first + 1;
    return;
  }
  if (c.last - c.first !== 2) return;
  const verb = doc.tokens[c.first];
  const noun = doc.tokens[c.first + 1];
  if (verb.kind !== 'word' || !wordSet('speech-verbs').has(verb.lemma)) return;
  // A bare form ("Officials … [expect results] to improve") is a verb only with no determiner
  // before, and its object a plural ("[offer reason] to be cautious", "[welcome news] to" are
  // compounds).
  const bare = verb.norm === verb.lemma;
  if (bare && (c.first === 0 || OBJECT_OPENERS.has(doc.tokens[c.first - 1].norm) || !isRegularPlural(noun)))
    return;
  if (
    noun.kind !== 'word' ||
    noun.cap ||
    noun.stop ||
    !hasLemma(noun.lemma, 'n') ||
    /(?:ed|ing)$/.test(noun.norm)
  )
    return;
  const end = doc.sentences[c.sentence].tokenEnd;
  // "The minister [urged] fans not to travel": the listener of an infinitive, no part of the cue.
  const to = doc.tokens[c.last]?.norm === 'not' ? c.last + 1 : c.last;
  if (to + 1 < end && doc.tokens[to].norm === 'to' && doc.tokens[to + 1].kind === 'word') {
    c.last = c.first + 1;
    return;
  }
  if (bare) return;
  // Then only the sentence's end, a time ("on Friday") or an adjunct of time ("shortly before
  // midnight", "after the count").
  let after = c.last + timePhrase(doc, c.last, end);
  if (after < end && doc.tokens[after].norm.endsWith('ly')) after++;
  const next = doc.tokens[after];
  if (after < end && next.kind !== 'punct' && !TIME_ADJUNCT_LEADS.has(next.norm)) return;
  c.last = c.first + 1;
}

/**
 * "He [welcomed] an offer by the Swiss government to ...", "[knocked] a statement by the actor":
 * an object with its own author after it is what the cue is about, no part of the cue (as in
 * "[issued a statement] that ...", where the noun is the cue's).
 */
export function endBeforeAuthoredObject(doc: Document, c: CueTokens): void {
  const n = c.last - c.first;
  if (n < 3 || c.last >= doc.tokens.length || doc.tokens[c.last].norm !== 'by') return;
  const det = c.last - 2;
  if (!OBJECT_DETERMINERS.has(doc.tokens[det].norm) || doc.tokens[c.last - 1].kind !== 'word') return;
  c.last = det;
}

/** Prepositions after a verb of saying whose gerund is the object ("warned against blaming"). */
const GERUND_PREPOSITIONS = new Set(['against', 'about', 'of', 'for', 'on']);

/**
 * "The union [warned against blaming] the crew": a gerund after a verb of saying and its
 * preposition is what the warning is about, no part of the cue (PolNeAR train: 159 cues end on
 * such a preposition before a gerund, 12 take the gerund in).
 */
export function endBeforeGerundObject(doc: Document, c: CueTokens): void {
  if (c.last - c.first < 3) return;
  const gerund = doc.tokens[c.last - 1];
  if (gerund.kind !== 'word' || gerund.cap || !gerund.norm.endsWith('ing') || gerund.norm === gerund.lemma)
    return;
  // Only after a verb of saying ("warned against", "called for"; "is accused of"): "[stopped short
  // of calling]" is one act of saying.
  const verb = PASSIVE_AUXILIARIES.has(doc.tokens[c.first].norm) ? c.first + 1 : c.first;
  if (!wordSet('speech-verbs').has(doc.tokens[verb].lemma)) return;
  if (GERUND_PREPOSITIONS.has(doc.tokens[c.last - 2].norm)) c.last--;
}

/** Prepositions of place or occasion that may close an adjunct inside a generous cue. */
const ADJUNCT_PREPOSITIONS = new Set(['in', 'at', 'on', 'near', 'outside', 'inside', 'from']);

/**
 * "Lee [said at a meeting in] the town hall": a cue opening on a verb of saying that runs over an
 * adjunct's noun phrase does not end on the next adjunct's preposition ("said at a meeting").
 */
export function endBeforeDanglingPreposition(doc: Document, c: CueTokens): void {
  if (c.last - c.first < 4 || !ADJUNCT_PREPOSITIONS.has(doc.tokens[c.last - 1].norm)) return;
  if (!wordSet('speech-core').has(doc.tokens[c.first].lemma)) return;
  // Only where the content came before the cue: "said in a statement on its website that …"
  // keeps its cue (the content-start rules skip the adjunct).
  const end = doc.sentences[c.sentence].tokenEnd;
  for (let j = c.last; j < end; j++) if (doc.tokens[j].norm === 'that' || doc.tokens[j].text === ':') return;
  for (let j = c.first + 1; j < c.last - 2; j++)
    if (TRAILING_DETERMINERS.has(doc.tokens[j].norm)) {
      c.last--;
      return;
    }
}

/** Prepositions a cue may end on before its object ("warned of", "complained about"). */
const OBJECT_PREPOSITIONS = new Set(['of', 'about', 'against', 'over', 'on']);

/**
 * "The union [warned of job] losses": a cue that runs past its preposition onto a noun that
 * another lowercase word follows has taken the first word of its object; it ends at the
 * preposition.
 */
export function endBeforeCompoundObject(doc: Document, c: CueTokens): void {
  if (c.last - c.first < 3 || !OBJECT_PREPOSITIONS.has(doc.tokens[c.last - 2].norm)) return;
  const noun = doc.tokens[c.last - 1];
  const next = doc.tokens[c.last];
  if (noun.kind !== 'word' || noun.cap || noun.stop || !next) return;
  // ("[warned of delays] on Tuesday", "[warned of storms].": a lone noun object, then its adjunct
  // or the sentence's end.)
  const lone =
    doc.tokens[c.last - 2].norm !== 'on' &&
    !noun.norm.endsWith('ing') &&
    (next.kind === 'punct' || (next.stop && !next.cap));
  if (!lone && (next.kind !== 'word' || next.cap || next.stop)) return;
  c.last--;
}

/** Verbs that class their object "as" something ("dismissed the claims as", "described it as"). */
const CLASSING = new Set([
  ...DISPUTING,
  'describe',
  'denounce',
  'brand',
  'label',
  'condemn',
  'criticise',
  'criticize',
]);

/**
 * "His agent [dismissing online rumours as] “cruel and baseless.”": a verb that classes its object,
 * the object's bare noun phrase and "as"; the object and its class are the content (PolNeAR's cue
 * is the verb: "dismissing | her as the newest face of …"), so the cue ends after the verb.
 */
export function endBeforeClassedObject(doc: Document, c: CueTokens): void {
  if (c.last - c.first < 3 || doc.tokens[c.last - 1].norm !== 'as') return;
  const verb = doc.tokens[c.first];
  if (verb.kind !== 'word' || verb.norm === verb.lemma || !CLASSING.has(verb.lemma)) return;
  for (let i = c.first + 1; i < c.last - 1; i++) {
    const t = doc.tokens[i];
    if (t.kind !== 'word' || t.cap || t.quoted) return;
  }
  const head = doc.tokens[c.last - 2];
  if (head.stop || !hasLemma(head.lemma, 'n')) return;
  c.last = c.first + 1;
}

/**
 * "The mayor [insisted on Thursday evening] that …": a time phrase opening on a preposition that
 * ends a cue after its verb of saying is no part of the cue, and its preposition no phrasal
 * verb's ("insisted on" a demand).
 */
export function endBeforeTime(doc: Document, c: CueTokens): void {
  if (c.last - c.first < 3 || !TIME_PREPOSITIONS.has(doc.tokens[c.first + 1].norm)) return;
  const verb = doc.tokens[c.first];
  if (verb.kind !== 'word' || verb.norm === verb.lemma || !wordSet('speech-verbs').has(verb.lemma)) return;
  if (timePhrase(doc, c.first + 1, c.last) === c.last - c.first - 1) c.last = c.first + 1;
}

const TIME_PREPOSITIONS = new Set(['on', 'in', 'at']);

/** Prepositions a participle's cue keeps after its verb ("warning of", "calling for"). */
const PARTICIPLE_PARTICLES = new Set(['of', 'for', 'about', 'against', 'on', 'over', 'that']);

/**
 * "The director [also weighed in, urging fans] to stop …": a generous cue that runs over a comma
 * onto a participle of saying or of a telling stance and its object is that participle (its
 * sentence's subject speaks it), and the object is the content ("fans to stop …", as after "urged").
 */
export function startAtParticipleAfterComma(doc: Document, c: CueTokens): void {
  for (let p = c.first + 1; p + 1 < c.last; p++) {
    if (doc.tokens[p].text !== ',') continue;
    const t = doc.tokens[p + 1];
    if (t.kind !== 'word' || !t.norm.endsWith('ing') || t.norm === t.lemma) return;
    if (!wordSet('speech-verbs').has(t.lemma) && !loadPairs('stance-cues').has(t.lemma)) return;
    // Only a cue that ran onto the participle's object ("weighed in, saying" keeps its speaker).
    if (c.last === p + 2 || PARTICIPLE_PARTICLES.has(doc.tokens[p + 2].norm)) return;
    c.first = p + 1;
    c.last = p + 2;
    return;
  }
}

/** Pronouns that can be a clause's subject right before a cue ("he smiled and said"). */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you', 'who', 'which', 'that']);

/**
 * "added that all tickets would be honoured for the rescheduled [shows and promised] to announce
 * …": a generous cue that opens on the last word of a noun phrase (after a lowercase word that is
 * no subject; not on a verb or auxiliary of its own: "Lund [smiled and said]", "the report [was
 * finalised and denied]") and runs over "and"/"but" onto an inflected verb of saying or of a
 * telling stance is that verb; the one who spoke before goes on speaking.
 */
export function startAfterCoordination(doc: Document, c: CueTokens): void {
  const before = doc.tokens[c.first - 1];
  const first = doc.tokens[c.first];
  if (!before || before.kind !== 'word' || before.cap || SUBJECT_PRONOUNS.has(before.norm)) return;
  if (first.kind !== 'word' || first.cap || FINITE.has(first.norm) || first.norm.endsWith('ed')) return;
  for (let j = c.first + 1; j + 1 < c.last; j++) {
    const join = doc.tokens[j].norm;
    if (join !== 'and' && join !== 'but') continue;
    const verb = doc.tokens[j + 1];
    if (verb.kind !== 'word' || verb.cap || verb.norm === verb.lemma || verb.norm.endsWith('ing')) return;
    if (!wordSet('speech-verbs').has(verb.lemma) && !loadPairs('stance-cues').has(verb.lemma)) return;
    c.first = j + 1;
    return;
  }
}
