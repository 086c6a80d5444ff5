// Words the tagger reads as saying that say nothing in their place (no-cues.ts drops them,
// frameOf the last): a kind of notice ("a profit warning"), a wire's section slug ("Rugby: …"),
// being let in ("was admitted to hospital"), a remark on evidence ("offered no evidence"), a
// contrast ("the figures tell a different story"), an obituary's family ("is survived by") and
// being summoned to a place ("Police were called to a house").
import type { Document } from '../text/document.js';
import type { CueTokens } from './types.js';
import { BE_FORMS } from './passive.js';
import { FINITE, mayBeFiniteVerb } from './word-forms.js';
import { hasLemma } from '../lexicon/wordnet.js';
import { isPersonNoun } from './agents.js';
import { loadPairs, wordSet } from '../lexicon/load.js';
import { isReportingClass, senseClass } from './senses.js';

/** Nouns that make "warning" a kind of notice, not someone's saying ("a profit warning"). */
const WARNING_KINDS = new Set([
  ...['profit', 'profits', 'earnings', 'weather', 'storm', 'flood', 'heat', 'travel'],
  // Hazards and the colours of weather services' levels ("a tsunami warning", "an amber warning").
  ...['tsunami', 'tornado', 'hurricane', 'cyclone', 'typhoon', 'wind', 'snow', 'ice', 'fog', 'frost'],
  ...['gale', 'thunderstorm', 'rain', 'blizzard', 'avalanche', 'fire', 'bushfire', 'wildfire'],
  ...['drought', 'evacuation', 'smog', 'red', 'amber', 'yellow', 'orange'],
]);

/** "Shares fell after a profit warning on Tuesday": a kind of warning, issued by no one named. */
export function isKindOfWarning(doc: Document, c: CueTokens): boolean {
  const t = doc.tokens[c.first];
  if (c.last - c.first !== 1 || (t.norm !== 'warning' && t.norm !== 'warnings')) return false;
  const before = doc.tokens[c.first - 1];
  return before !== undefined && WARNING_KINDS.has(before.norm) && doc.tokens[c.last]?.norm !== 'that';
}

/** Slugs a wire puts before a headline ("Rugby: Coach fined …", "UPDATE: …"). */
const SECTION_LABELS = new Set([
  ...['rugby', 'football', 'soccer', 'cricket', 'tennis', 'golf', 'athletics', 'boxing', 'cycling'],
  ...['motorsport', 'basketball', 'baseball', 'hockey', 'sport', 'sports', 'business', 'politics'],
  ...['world', 'analysis', 'opinion', 'update', 'exclusive', 'breaking', 'watch', 'video', 'live'],
  ...['comment', 'review', 'editorial', 'obituary', 'profile', 'explainer', 'factbox', 'timeline'],
]);

/** "Rugby: Coach fined for comments": a section's slug and its colon open the sentence. */
export function isSectionLabel(doc: Document, c: CueTokens): boolean {
  if (c.last - c.first !== 1 || doc.tokens[c.first].text !== ':') return false;
  const label = doc.tokens[c.first - 1];
  return (
    label !== undefined &&
    c.first - 1 === doc.sentences[c.sentence].tokenStart &&
    SECTION_LABELS.has(label.norm)
  );
}

/** "She was admitted to hospital", "were admitted into intensive care": let in, no admission of
 *  anything (an admission passive takes "that": "it was admitted that …"). */
export function isAdmittedInto(doc: Document, c: CueTokens): boolean {
  for (let i = c.first; i < c.last; i++) {
    const t = doc.tokens[i];
    if (t.norm !== 'admitted' || !BE_FORMS.has(doc.tokens[i - 1]?.norm ?? '')) continue;
    const next = doc.tokens[i + 1]?.norm;
    if (next === 'to' || next === 'into') return true;
  }
  return false;
}

/** Verbs of handing over evidence, and the quantifiers before it. */
const EVIDENCE_VERBS = new Set(['provide', 'offer', 'give', 'present', 'produce', 'cite', 'furnish', 'show']);
const EVIDENCE_QUANTIFIERS = new Set(['no', 'any', 'little', 'some', 'further', 'more', 'the']);

/** "He did not provide evidence for the claim", "offered no evidence": the narrator's remark on
 *  a claim, no statement of the speaker's. */
export function givesEvidence(doc: Document, c: CueTokens): boolean {
  for (let i = c.first; i < c.last; i++) {
    if (!EVIDENCE_VERBS.has(doc.tokens[i].lemma)) continue;
    let j = i + 1;
    if (EVIDENCE_QUANTIFIERS.has(doc.tokens[j]?.norm ?? '')) j++;
    const noun = doc.tokens[j]?.norm;
    if (noun === 'evidence' || noun === 'proof') return true;
  }
  return false;
}

/** "The figures tell a different story", "Estate agents told another story": a contrast, no saying. */
export function tellsAStory(doc: Document, c: CueTokens): boolean {
  if (doc.tokens[c.last - 1].lemma !== 'tell') return false;
  const a = doc.tokens[c.last]?.norm;
  const b = doc.tokens[c.last + 1]?.norm;
  const d = doc.tokens[c.last + 2]?.norm;
  return (
    (a === 'another' && b === 'story') ||
    (a === 'a' && d === 'story' && (b === 'different' || b === 'similar'))
  );
}

/**
 * "She went on to become the first surgeon there", "went on to win the seat": what someone did
 * next, no saying; only a verb of saying or of a telling sense after "went on to" reports ("went on
 * to say", "went on to slam"; PolNeAR train marks those and none of "win", "serve", "lose").
 */
export function goesOnToDeed(doc: Document, c: CueTokens): boolean {
  const go = doc.tokens[c.first];
  if (go.lemma !== 'go' || go.norm === go.lemma) return false;
  if (doc.tokens[c.first + 1]?.norm !== 'on' || doc.tokens[c.first + 2]?.norm !== 'to') return false;
  let v = c.first + 3;
  while (doc.tokens[v]?.norm.endsWith('ly')) v++;
  const verb = doc.tokens[v];
  if (!verb || verb.kind !== 'word' || verb.cap || verb.sentence !== go.sentence) return false;
  return (
    !wordSet('speech-verbs').has(verb.lemma) &&
    !loadPairs('stance-cues').has(verb.lemma) &&
    !isReportingClass(senseClass(verb.lemma))
  );
}

/** "She is survived by her husband": an obituary's family, no saying. */
export function isSurvivedBy(doc: Document, c: CueTokens): boolean {
  for (let j = c.first; j < c.last; j++)
    if (
      doc.tokens[j].lemma === 'survive' &&
      doc.tokens[j].norm === 'survived' &&
      doc.tokens[j + 1]?.norm === 'by'
    )
      return true;
  return false;
}

/**
 * "The man, identified only as Marek T., was detained", "named as Tom Reyes": who someone is, said
 * by no one (a participle after a comma or a noun, "as" and a name).
 */
export function isIdentifiedAs(doc: Document, c: CueTokens): boolean {
  const t = doc.tokens[c.first];
  if (t.norm !== 'identified' && t.norm !== 'named' && t.norm !== 'known') return false;
  let j = c.first + 1;
  if (doc.tokens[j]?.norm === 'only') j++;
  if (doc.tokens[j]?.norm !== 'as' || !doc.tokens[j + 1]?.cap) return false;
  const before = doc.tokens[c.first - 1];
  return !!before && (before.text === ',' || (before.kind === 'word' && !before.stop && !before.cap));
}

/**
 * "a cooperating witness, described as a former employee, had provided …", "a woman, believed to
 * be in her 30s, was taken …": a participle's aside in commas on a noun, the clause going on after
 * it, says who someone is, and no one named says it.
 */
export function isDescribingAside(doc: Document, c: CueTokens): boolean {
  const t = doc.tokens[c.first];
  if (c.last - c.first !== 1 || t.cap || !/[a-z]{3,}ed$/.test(t.norm)) return false;
  // (c.first >= 2, not reads at -1: an out-of-range read deoptimises the caller.)
  if (c.first < 2) return false;
  const comma = doc.tokens[c.first - 1];
  const noun = doc.tokens[c.first - 2];
  if (comma.text !== ',' || noun.kind !== 'word' || noun.stop || noun.cap) return false;
  const next = doc.tokens[c.last]?.norm;
  if (next !== 'as' && !(next === 'to' && doc.tokens[c.last + 1]?.norm === 'be')) return false;
  const end = doc.sentences[c.sentence].tokenEnd;
  for (let j = c.last + 1; j < end && j - c.last <= ASIDE_WORDS; j++) {
    const w = doc.tokens[j];
    if (w.text === ',') return j + 1 < end && mayBeFiniteVerb(doc, j + 1);
    if (w.kind === 'punct') return false;
  }
  return false;
}

/** Longest aside read after the participle. */
const ASIDE_WORDS = 12;

/**
 * "Castleford City dismissed Graham Marsh on Monday", "dismissed its chief executive": letting
 * someone go, no dismissal of a claim (a name or a noun of a person right after the verb).
 */
export function isDismissal(doc: Document, c: CueTokens): boolean {
  const t = doc.tokens[c.first];
  if (c.last - c.first !== 1 || t.lemma !== 'dismiss') return false;
  let j = c.last;
  const next = doc.tokens[j];
  if (!next || next.kind !== 'word') return false;
  if (next.cap) return !doc.tokens[j + 1] || doc.tokens[j + 1].cap || doc.tokens[j + 1].kind !== 'word';
  if (
    next.norm === 'the' ||
    next.norm === 'its' ||
    next.norm === 'their' ||
    next.norm === 'his' ||
    next.norm === 'her'
  )
    j++;
  for (let k = j; k < Math.min(doc.tokens.length, j + 3); k++) {
    const w = doc.tokens[k];
    if (w.kind !== 'word') return false;
    if (CLAIMANTS.has(w.lemma) || CLAIMANTS.has(w.norm.replace(/s$/, ''))) return false;
    if (isPersonNoun(w.lemma)) return true;
  }
  return false;
}

/** People whose claims are dismissed along with them ("dismissed the critics"). */
const CLAIMANTS = new Set(['critic', 'sceptic', 'skeptic', 'detractor', 'accuser', 'opponent']);

/** Participles of purpose that describe a thing ("talks aimed at …", "rules designed to …"). */
const PURPOSE = new Set(['aimed', 'designed', 'intended', 'meant']);

/**
 * "Peace talks aimed at ending the war collapsed": a participle of purpose right after a noun
 * describes it; no one intends anything in the sentence's words.
 */
export function isPurposeOfThing(doc: Document, c: CueTokens): boolean {
  let p = c.first;
  while (p < c.last && !PURPOSE.has(doc.tokens[p].norm)) p++;
  if (p === c.last) return false;
  const noun = doc.tokens[p - 1];
  return (
    !!noun &&
    noun.kind === 'word' &&
    !noun.stop &&
    !noun.cap &&
    !BE_FORMS.has(noun.norm) &&
    noun.norm !== 'has' &&
    noun.norm !== 'have'
  );
}

/**
 * "escalating a dispute that has simmered for a year", "claims that have circulated for weeks": a
 * noun cue whose "that" opens a relative clause (a verb right after it) reports nothing; a
 * complement has a subject first ("claims that he lied").
 */
export function isNounWithRelative(doc: Document, c: CueTokens): boolean {
  const head = doc.tokens[c.last - 1];
  const that = doc.tokens[c.last];
  const opening = c.last - 1 === doc.sentences[c.sentence].tokenStart;
  if (!that || that.norm !== 'that' || head.kind !== 'word' || (head.cap && !opening)) return false;
  // A noun, not a verb's form ("said that", "warns that").
  if (!hasLemma(head.lemma, 'n') || (head.norm !== head.lemma && !/[^s]s$/.test(head.norm))) return false;
  if (c.last - c.first === 1 && hasLemma(head.lemma, 'v') && head.norm !== head.lemma) return false;
  return FINITE.has(doc.tokens[c.last + 1]?.norm ?? '');
}

/** Words that may open the place someone was called to ("to a house", "to the scene"). */
const PLACE_OPENERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'several', 'two']);

/**
 * "Police were called to a house in Elm Street", "Officers were called out to the scene": being
 * summoned to a place says nothing (not "was called to testify", a call to do something); nor does
 * being summoned with no call at all.
 */
export function isSummonedToPlace(doc: Document, cue: CueTokens): boolean {
  let v = cue.first;
  while (v < cue.last && doc.tokens[v].norm !== 'called' && doc.tokens[v].norm !== 'summoned') v++;
  if (v === cue.last) return false;
  let b = v - 1;
  while (b >= 0 && doc.tokens[b].norm.endsWith('ly')) b--;
  if (b < 0 || !BE_FORMS.has(doc.tokens[b].norm)) return false;
  let k = v + 1;
  if (doc.tokens[k]?.norm === 'out' || doc.tokens[k]?.norm === 'back' || doc.tokens[k]?.norm === 'in') k++;
  // "The ambassador was summoned on Thursday", "was summoned over the remarks": called in, with no
  // call to do anything ("was summoned to testify" is one).
  if (doc.tokens[v].norm === 'summoned' && doc.tokens[k]?.norm !== 'to') return true;
  return doc.tokens[k]?.norm === 'to' && PLACE_OPENERS.has(doc.tokens[k + 1]?.norm ?? '');
}
