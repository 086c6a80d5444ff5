// Stance of a statement from its cue and, when the cue is neutral ("said", "stated"), from a
// few telling phrases of its content: what the speaker does with the words.
import type { DocToken, Document } from '../text/document.js';
import type { Frame } from './spans.js';
import type { Stance } from './types.js';
import { DETERMINERS, POSSESSIVES } from './names.js';
import { FINITE } from './word-forms.js';
import { isQuoted } from './quotes.js';
import { blamesThing } from './blame.js';
import { declines, plansNoComment } from './declines.js';
import { directive } from './directives.js';
import { callsFalse } from './falsehood.js';
import {
  courtPlea,
  FORCE_VERBS,
  isForce,
  DEMAND_NOUNS,
  givesView,
  PRESS_EVENTS,
  refusesClaim,
  refusesOffer,
  TURNING_DOWN,
  turnsDownProposal,
} from './stance-objects.js';

import { stanceLexicon as lexicon } from './stance-lexicon.js';
import { ownContentStance } from './content-stance.js';
import { thingSubject } from './stance-subjects.js';
import { cueWordUse } from './cue-word-uses.js';
import { cueOffersTrade } from './trade-offers.js';

/** Stances that claims and denials are built from ("accused", "denied", "warned", "welcomed"). */
export const TELLING_STANCES = new Set<Stance>([
  'accuse',
  'deny',
  'warn',
  'welcome',
  'offer',
  'call',
  'acknowledge',
]);

/** Does the frame's cue carry a telling stance? (Or is it listed as asserting: "insisted".) */
export function hasTellingCue(doc: Document, frame: Frame): boolean {
  const stance = cueStance(doc, frame);
  if (stance === null) return false;
  if (WEAK_TELLING.has(doc.tokens[frame.cue.first].lemma)) {
    // A name right after it is whom the speaker backs ("The Herald backed Brennick").
    const next = doc.tokens[frame.cue.last];
    return !!next && next.kind === 'word' && !!next.cap && !isQuoted(doc, frame.cue.last);
  }
  return TELLING_STANCES.has(stance) || stance === 'assert' || (stance === 'intend' && vows(doc, frame));
}

/** Does the cue hold "vow" ("has vowed to"): an intention declared, as telling as an offer. */
function vows(doc: Document, frame: Frame): boolean {
  for (let i = frame.cue.first; i < frame.cue.last; i++) if (doc.tokens[i].lemma === 'vow') return true;
  return false;
}

/** Verbs whose stance holds when they report a position ("the union backed Okafor") but which
 *  mostly report deeds ("backed the loan"; PolNeAR train+dev: 26 of 82 "backed" are cues): the
 *  filter decides on them, unless a name follows. */
const WEAK_TELLING = new Set(['back']);

export function cueStance(doc: Document, frame: Frame): Stance | null {
  const lex = lexicon('stance-cues');
  const words: DocToken[] = [];
  for (let i = frame.cue.first; i < frame.cue.last; i++)
    if (doc.tokens[i].kind === 'word') words.push(doc.tokens[i]);
  // "rejected calls for an inquiry": a demand turned down, neither a call nor a denial (as
  // "rejected two earlier bids" below).
  if (
    words.length > 1 &&
    TURNING_DOWN.has(words[0].lemma) &&
    words.slice(1).some((w) => DEMAND_NOUNS.has(w.norm))
  )
    return 'assert';
  // Multi-word cues first ("called for", "renewed his call for"), then single lemmas from the first
  // word on: the verb that opens a cue says what it does with the nouns after it ("admitted the
  // charges of": an acknowledgement; "threatened to offer": a warning).
  // (A phrase is built and looked up only from a word that opens one of the lexicon's.)
  const opens = phraseOpeners();
  for (let n = Math.min(3, words.length); n >= 2; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const hit =
        (opens.has(firstWord(words[i].lemma)) ? lex.get(phrase(words, i, n, true)) : undefined) ??
        (opens.has(firstWord(words[i].norm)) ? lex.get(phrase(words, i, n, false)) : undefined);
      if (hit) return hit;
    }
  }
  // Guarded: a read out of bounds (a cue ending the document) makes V8 throw away the compiled code.
  const next = frame.cue.last < doc.tokens.length ? doc.tokens[frame.cue.last] : undefined;
  // Not words[-1] when there is no word: a read out of bounds makes V8 throw away the compiled code.
  const last = words.length > 0 ? words[words.length - 1] : null;
  if (last && last.lemma === 'call' && next && (next.norm === 'for' || next.norm === 'on')) return 'call';
  // "is asked to call 101": a request; "pressed her on dividends": a question, "pressed for" or
  // "pressed her to" a call; "questioned the study's design": a challenge ("questioned whether"
  // asks).
  // "Pressed on the promise", "asked about the cuts": the preposition went into the cue.
  const verb = words.length >= 2 ? words[words.length - 2] : null;
  if (last && verb && QUESTION_WORDS.has(last.norm) && ASKING.has(verb.lemma)) return 'ask';
  // (Not "acknowledged under questioning": the scene of the saying, not a question put.)
  if (last && ASKING.has(last.lemma) && verb?.norm !== 'under') {
    const wanted = requestOrQuestion(doc, frame, last.lemma, next?.norm ?? '');
    if (wanted) return wanted;
  }
  // "faced calls to resign": the noun of an appeal by others, with no speaker of its own.
  if (last && last.norm === 'calls' && next?.norm === 'to' && !frame.source) return 'call';
  // "faced calls from residents to resign": the same, its sayers named.
  const said = frame.content[0];
  if (last && last.norm === 'calls' && next?.norm === 'from' && said && doc.tokens[said[0]].norm === 'to')
    return 'call';
  const plea = courtPlea(doc, frame, words);
  if (plea) return plea;
  // "refused the accusation" (a spinner's "rejected"): a denial; "refused to comment" is not.
  // So is a refusal commenting on the clause before ("…, something Morvania has refused").
  if (last && last.lemma === 'refuse' && said && (refusesClaim(doc, said[0]) || frame.answersFrom >= 0))
    return 'deny';
  for (let i = 0; i < words.length; i++) {
    const hit = lex.get(words[i].lemma) ?? lex.get(words[i].norm);
    if (!hit) continue;
    // "granted Ardale a licence", "pulled the ships back": no stance from the word; "the proposed
    // merger", "an expected pledge of": none from the noun phrase it opens.
    const use = cueWordUse(doc, frame, words[i]);
    if (use === 'idle') continue;
    if (use === 'modifier') break;
    // "said at a press conference", "informed a press briefing": the press, no pressing.
    if (
      words[i].norm === 'press' &&
      // (Bounds-checked: a read out of bounds makes V8 throw away the compiled code.)
      PRESS_EVENTS.has(i + 1 < words.length ? words[i + 1].norm : (next?.norm ?? ''))
    )
      continue;
    // "attacks on Ukrainian cities", "simulated blasts": force, not speech; no stance from it.
    if (physicalNoun(doc, frame, words[i]) || playAction(doc, frame, words[i])) continue;
    // "a dispute over subsidies": the noun of a quarrel, no denial.
    if (words[i].norm === 'dispute' && i > 0 && DETERMINERS.has(words[i - 1].norm)) continue;
    // "Pirates attacked the tanker": force against a thing or by armed men, no accusation.
    if (
      FORCE_VERBS.has(words[i].lemma) &&
      isForce(doc, frame.source ? frame.source[1] - 1 : -1, frame.cue.last)
    )
      continue;
    // "provided to host" (a spinner's "offered") offers; "provided shelters", "providing
    // evidence of" hand over a thing.
    if (words[i].lemma === 'provide' && (i < words.length - 1 || next?.norm !== 'to')) continue;
    // "blaming a sharp rise in wholesale prices": a cause blamed, no party accused.
    if (words[i].lemma === 'blame' && hit === 'accuse' && blamesThing(doc, frame)) return 'assert';
    // "rejected two earlier bids": an offer turned down, no claim denied.
    if (hit === 'deny' && TURNING_DOWN.has(words[i].lemma) && said && refusesOffer(doc, said[0]))
      return 'assert';
    // "…, a promise the department dismissed", "…, a demand Kestria has rejected": so is a comment
    // that turns down what its noun calls a proposal.
    if (
      hit === 'deny' &&
      frame.answersFrom >= 0 &&
      frame.source &&
      turnsDownProposal(doc, frame.source[0] - 1)
    )
      return 'assert';
    // "offered a different view": an opinion given, nothing offered.
    if (hit === 'offer' && words[i].lemma === 'offer' && said && givesView(doc, said[0])) return 'assert';
    return hit;
  }
  return null;
}

/** Words that are also nouns of physical force: "the militia's attacks on the river villages",
 *  "simulated blasts, dead bodies". */
const PHYSICAL = new Set(['attack', 'blast', 'strike', 'assault']);
/** Before such a noun: a determiner or possessive, or a verb of carrying out. */
const NOUN_LEADS = new Set([
  ...DETERMINERS,
  ...POSSESSIVES,
  'these',
  'those',
  'new',
  'further',
  'more',
  'launched',
  'launch',
  'launches',
  'carried',
  'carry',
  'mounted',
  'mount',
  'staged',
  'stage',
  'conducted',
  'conduct',
  'oversaw',
  'oversee',
  'planned',
  'plan',
  'repelled',
  'suffered',
  'simulated',
  'deadly',
  'fresh',
]);

/** Is this cue word a noun of physical force ("attacks on Ukrainian cities"), not a verb of
 *  speech ("Trump attacked Clinton")? A past form is the verb; otherwise it is the noun after a
 *  determiner, a possessive ("the group's") or a verb of carrying out. */
function physicalNoun(doc: Document, frame: Frame, w: DocToken): boolean {
  if (!PHYSICAL.has(w.lemma) || w.norm.endsWith('ed')) return false;
  let i = frame.cue.first;
  while (i < frame.cue.last && doc.tokens[i] !== w) i++;
  const prev = i > 0 ? doc.tokens[i - 1] : null;
  if (!prev) return false;
  return NOUN_LEADS.has(prev.norm) || /[’']s$/.test(prev.norm);
}

/** What a player attacks or strikes in a match report: the place or the ball, not a person. */
const PLAY_OBJECTS = new Set([
  'net',
  'goal',
  'basket',
  'ball',
  'line',
  'space',
  'box',
  'wing',
  'flank',
  'corner',
  'rim',
]);

/** "Eastport attacks the net in the second half": play, not an accusation. */
function playAction(doc: Document, frame: Frame, w: DocToken): boolean {
  return isPlay(doc, w.lemma, frame.cue.last);
}

/** Is a verb of force (`lemma`) with its object at token `after` play in a match ("attacks the net")? */
export function isPlay(doc: Document, lemma: string, after: number): boolean {
  if (!PHYSICAL.has(lemma)) return false;
  let i = after;
  if (DETERMINERS.has(doc.tokens[i]?.norm ?? '')) i++;
  return PLAY_OBJECTS.has(doc.tokens[i]?.norm ?? '');
}

/** The first words of the stance lexicon's multi-word cues ("call" of "call for"). */
let openers: Set<string> | null = null;
function phraseOpeners(): Set<string> {
  if (!openers) {
    openers = new Set();
    for (const key of lexicon('stance-cues').keys()) if (key.includes(' ')) openers.add(firstWord(key));
  }
  return openers;
}

/** The text before the first space (all of it when there is none). */
function firstWord(text: string): string {
  const space = text.indexOf(' ');
  return space < 0 ? text : text.slice(0, space);
}

/** The lemmas (or norms) of words[i, i + n) joined by spaces (n is 2 or 3). */
function phrase(words: DocToken[], i: number, n: number, lemmas: boolean): string {
  const a = lemmas ? words[i].lemma : words[i].norm;
  const b = lemmas ? words[i + 1].lemma : words[i + 1].norm;
  if (n === 2) return `${a} ${b}`;
  return `${a} ${b} ${lemmas ? words[i + 2].lemma : words[i + 2].norm}`;
}

export function stanceOf(doc: Document, frame: Frame): Stance {
  if (declines(doc, frame)) return 'decline';
  const direct = directive(doc, frame);
  if (direct) return direct;
  // "the contract calls for", "supplies pressed the market down": what a thing does, no stance
  // from the cue (read on the final frame: its source may be repaired after the filter).
  let cue = thingSubject(doc, frame) ? null : cueStance(doc, frame);
  // "will offer 3.5 million units", "offered to buy the unit": a trade or a feature, no proposal.
  if (cue === 'offer' && cueOffersTrade(doc, frame)) cue = null;
  // "did not deny", "never admitted", "didn't apologize": the act the cue names did not happen (a
  // belief or intention negated is still one: "don't think", "does not plan to").
  // So is it when the speaker is "Not everyone" or "Few residents": some did not.
  if (cue && TELLING_STANCES.has(cue) && (negatedCue(doc, frame) || negatedSpeaker(doc, frame)))
    return 'assert';
  return (
    cue ??
    criticismStance(doc, frame) ??
    (callsFalse(doc, frame) ? 'deny' : null) ??
    (plansNoComment(doc, frame) ? 'decline' : null) ??
    ownContentStance(doc, frame) ??
    (asksQuestion(doc, frame) ? 'ask' : 'assert')
  );
}

/** Words opening a speaker that says most of them did not ("Not everyone", "Few shipowners"). */
const NEGATING_QUANTIFIERS = new Set(['not', 'few', 'neither', 'none']);

function negatedSpeaker(doc: Document, frame: Frame): boolean {
  return !!frame.source && NEGATING_QUANTIFIERS.has(doc.tokens[frame.source[0]].norm);
}

/** Verbs whose stance the words after them decide: a request or a question. */
const ASKING = new Set(['ask', 'press', 'question']);

/** Words right after "asked" or "pressed" (or its object) that say what was wanted. */
const REQUEST_WORDS = new Set(['to', 'for']);
const QUESTION_WORDS = new Set(['on', 'about', 'over', 'whether', 'if', 'why', 'how', 'what', 'when', 'who']);

/** The stance of "ask", "press" or "question" from the words after it, or null (the lexicon's). */
function requestOrQuestion(doc: Document, frame: Frame, lemma: string, next: string): Stance | null {
  // The first telling word within the object's first few words.
  const end = Math.min(doc.sentences[frame.cue.sentence].tokenEnd, frame.cue.last + 5);
  for (let i = frame.cue.last; i < end; i++) {
    const w = doc.tokens[i].norm;
    if (REQUEST_WORDS.has(w)) return lemma === 'question' ? null : 'call';
    if (QUESTION_WORDS.has(w)) return 'ask';
    // Not into a question's own words ("ask: would you vote for …?").
    if (doc.tokens[i].kind === 'punct' || FINITE.has(w)) break;
  }
  // "questioned the design": the verb and a noun phrase (not "the question", nor a quotation).
  const verb = doc.tokens[frame.cue.last - 1];
  const object = doc.tokens[frame.cue.last];
  if (lemma === 'question' && verb.norm !== verb.lemma && !DETERMINERS.has(doc.tokens[frame.cue.first].norm))
    return object?.kind === 'word' && !QUESTION_WORDS.has(next) ? 'accuse' : null;
  return null;
}

/**
 * "The plan drew criticism from farmers": a cue ending on the noun accuses. Not in the stance
 * lexicon, whose cues are kept whatever the statement filter says: "Despite loud criticism from
 * lawmakers" is no statement.
 */
function criticismStance(doc: Document, frame: Frame): Stance | null {
  const last = doc.tokens[frame.cue.last - 1];
  return last.norm === 'criticism' || last.norm === 'criticisms' ? 'accuse' : null;
}

/**
 * "“Will the bridge reopen?” she said", "Courier: Why did the talks fail?": a content of one
 * sentence that ends in a question mark asks (a quotation running on past its question, "We have
 * asked for an audit. What are they afraid of?", asserts).
 */
function asksQuestion(doc: Document, frame: Frame): boolean {
  if (frame.content.length !== 1) return false;
  const [s, e] = frame.content[0];
  if (e <= s || doc.tokens[s].sentence !== doc.tokens[e - 1].sentence) return false;
  let last = e - 1;
  while (last > s && isQuoteMark(doc.tokens[last].text)) last--;
  return doc.tokens[last].text === '?';
}

function isQuoteMark(text: string): boolean {
  return text === '"' || text === '”' || text === '“' || text === "''" || text === '’' || text === "'";
}

/**
 * Does the cue hold a negation ("did not deny", "never admitted", "didn't apologize")? Not a plea
 * ("pleaded not guilty" denies).
 */
function negatedCue(doc: Document, frame: Frame): boolean {
  for (let i = frame.cue.first; i < frame.cue.last; i++) if (doc.tokens[i].lemma === 'plead') return false;
  for (let i = frame.cue.first; i < frame.cue.last; i++) {
    const norm = doc.tokens[i].norm;
    // "vowed not to repeat": the negation is the promise's, not the vow's.
    if (norm === 'not' && doc.tokens[i + 1]?.norm === 'to') continue;
    if (norm === 'not' || norm === 'never' || norm.endsWith("n't")) return true;
  }
  return false;
}
