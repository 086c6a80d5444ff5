// Sources of noun cues ("claims by the group", "These calls for", "It deepens a fear of"). A
// noun's sayers are the ones its own phrase names, its "by" or "from" phrase ("claims by the
// agency that …"), not the subject of the clause it stands in; the words before it that only
// open its own phrase ("These | calls for", "The new | allegations") or are a clause of the
// narrator's ("It deepens | a fear of") name no one, as PolNeAR marks them.
import { hasLemma } from '../lexicon/wordnet.js';
import type { Document } from '../text/document.js';
import type { Frame } from './frame.js';
import type { TokenRange } from './spans.js';
import { FINITE, mayBeFiniteVerb, NOUN_PHRASE_OPENERS, pluralLemma, PREPOSITIONS } from './word-forms.js';
import { isAgentNoun } from './agents.js';
import { isQuoted } from './quotes.js';

/** Prepositions a noun cue may end on ("criticism of", "attacks and insults toward"). */
const CUE_PREPOSITIONS = new Set([
  'of',
  'from',
  'by',
  'for',
  'on',
  'about',
  'against',
  'over',
  'at',
  'toward',
  'towards',
  'to',
]);

/** The cue's head noun (the word before its closing preposition, if any), or -1 for no noun. */
function cueHead(doc: Document, f: Frame): number {
  const { first, last } = f.cue;
  const head = last - 1 > first && CUE_PREPOSITIONS.has(doc.tokens[last - 1].norm) ? last - 2 : last - 1;
  const t = doc.tokens[head];
  if (t.kind !== 'word' || t.cap || !hasLemma(t.lemma, 'n')) return -1;
  return head;
}

/** Most words of the sayers named after a noun cue's "by" or "from". */
const MAX_AGENT = 8;
/** Words that end the sayers' phrase ("claims by the agency | that …", "criticism from X | about"). */
const AGENT_ENDS = new Set([
  ...['that', 'to', 'about', 'over', 'for', 'on', 'against', 'after', 'when', 'because', 'while'],
  ...['since', 'as', 'before', 'following', 'amid', 'despite', 'who', 'which', 'and', 'in', 'at'],
]);

/** Words after which a noun phrase starts ("despite | repeated warnings from"). */
const NP_LEADS = new Set([...PREPOSITIONS, 'despite', 'amid', 'after', 'following', 'over', 'against']);

/**
 * Is the cue up to its head noun a noun phrase ("repeated warnings" after "despite"), not a verb
 * and its object ("X repeated | warnings from the West", "began taking | calls from")? A verb form
 * before the head is an adjective only after a preposition or a determiner.
 */
function nounPhraseCue(doc: Document, f: Frame, head: number): boolean {
  const before = doc.tokens[f.cue.first - 1];
  if (before && (NP_LEADS.has(before.norm) || NOUN_PHRASE_OPENERS.has(before.norm))) return true;
  for (let j = f.cue.first; j < head; j++) {
    const t = doc.tokens[j];
    if (mayBeFiniteVerb(doc, j) || t.norm === 'not' || (t.norm.endsWith('ing') && t.norm !== t.lemma))
      return false;
  }
  return true;
}

/**
 * "claims by the auditors that …", "an admission from Senator X that …", "will face
 * criticism from X about …": the sayers a noun cue's "by" or "from" names, up to the clause or
 * complement after them; null when the phrase ends on no name and no noun of a person or body
 * ("calls from last year").
 */
function agentAfter(doc: Document, f: Frame): TokenRange | null {
  const head = cueHead(doc, f);
  if (head < 0) return null;
  const h = doc.tokens[head];
  // ("said from his office", "quoted from", "heard from": verbs; a noun is bare or plural.)
  if (h.norm !== h.lemma && !h.norm.endsWith('s')) return null;
  if (!nounPhraseCue(doc, f, head)) return null;
  // "by"/"from" ends the cue or follows it.
  const by = head + 1;
  const w = doc.tokens[by]?.norm;
  if (by < f.cue.last - 1 || (w !== 'by' && w !== 'from')) return null;
  const first = by + 1;
  const end = doc.sentences[f.cue.sentence].tokenEnd;
  let j = first;
  while (j < end && j - first < MAX_AGENT) {
    const t = doc.tokens[j];
    if (isQuoted(doc, j)) return null;
    if (t.kind === 'punct' && t.text !== '.' && t.text !== '&' && t.text !== '-' && !/^[’']s$/.test(t.text))
      break;
    // ("from Britain and the United States": "and" before a name or an article joins sayers.)
    const joins =
      t.norm === 'and' && (doc.tokens[j + 1]?.cap || NOUN_PHRASE_OPENERS.has(doc.tokens[j + 1]?.norm));
    if (j > first && !joins && (AGENT_ENDS.has(t.norm) || FINITE.has(t.norm))) break;
    j++;
  }
  if (j === first || j - first >= MAX_AGENT) return null;
  const last = doc.tokens[j - 1];
  if (last.kind !== 'word') return null;
  const named = last.cap || isAgentNoun(pluralLemma(last) ?? last.lemma);
  return named ? [first, j] : null;
}

/**
 * "It deepens | a fear of", "took to the streets to raise | concerns about", "might bring |
 * accusations of": a span ending on a verb whose object the noun cue is, is a clause of the
 * narrator's, not a speaker: no one (PolNeAR). (A verb of making a saying stays in the cue: "she
 * issued | a call for" is not read so.)
 */
function clauseBeforeNoun(doc: Document, f: Frame): boolean {
  const src = f.source;
  if (!src || src[1] !== f.cue.first || src[1] - src[0] < 2) return false;
  const head = cueHead(doc, f);
  if (head < 0) return false;
  const h = doc.tokens[head];
  // ("said", "called": verbs; a noun is bare or plural.)
  if (h.norm !== h.lemma && !h.norm.endsWith('s')) return false;
  // The cue is a noun phrase: opened by a determiner, or its head alone.
  if (head !== f.cue.first && !NOUN_PHRASE_OPENERS.has(doc.tokens[f.cue.first].norm)) return false;
  const v = src[1] - 1;
  const t = doc.tokens[v];
  if (t.kind !== 'word' || t.cap || isQuoted(doc, v)) return false;
  const before = doc.tokens[v - 1];
  // A verb form no noun has ("entwines", "undermines"; not "aides", "polls"), or a bare verb
  // after "to" or a modal ("to raise", "might bring").
  const present =
    t.norm.endsWith('s') && mayBeFiniteVerb(doc, v) && (FINITE.has(t.norm) || !hasLemma(t.lemma, 'n'));
  const bare =
    (before.norm === 'to' || FINITE.has(before.norm)) && t.norm === t.lemma && hasLemma(t.norm, 'v');
  // A past form may end a subject ("those surveyed | say"): then the cue must be a noun beyond
  // doubt, opened by a determiner or with no verb reading ("undermined | the assumption").
  const past = !t.norm.endsWith('s') && mayBeFiniteVerb(doc, v);
  const noun = head !== f.cue.first || !hasLemma(h.lemma, 'v');
  return present || (past && noun) || bare;
}

/** Determiners of a plural noun ("These | calls for", "both | claims"), and of a singular one. */
const PLURAL_DETERMINERS = new Set(['these', 'those', 'all', 'both', 'many', 'several', 'such']);
const SINGULAR_DETERMINERS = new Set(['this', 'one', 'another', 'each', 'every']);
/** Words of a source that open the cue's own noun phrase ("The new | allegations"). */
const MAX_OPENING = 4;

/**
 * "These | calls for", "For all | the criticism of", "one | assertion", "The new | allegations":
 * a source that is only the start of the noun cue's own phrase (a
 * determiner, or an article and adjectives) names no one.
 */
function opensCuePhrase(doc: Document, f: Frame): boolean {
  const src = f.source;
  if (!src || src[1] - src[0] > MAX_OPENING) return false;
  // ("all | the criticism": the article may have been cut from the span.)
  const gap = f.cue.first - src[1];
  const article = gap === 1 && NOUN_PHRASE_OPENERS.has(doc.tokens[src[1]].norm);
  // "the wave | of attacks", "a chorus | of criticism": a measure of the sayings, no sayer.
  const measure = gap === 1 && doc.tokens[src[1]].norm === 'of' && !doc.tokens[src[1] - 1].cap;
  if (gap !== 0 && !article && !measure) return false;
  if (cueHead(doc, f) < 0) return false;
  const n = doc.tokens[f.cue.first];
  const first = doc.tokens[src[0]];
  if (article || NOUN_PHRASE_OPENERS.has(n.norm))
    // A predeterminer before the cue's article ("all | the criticism", "both | a look").
    return src[1] - src[0] === 1 && (first.norm === 'all' || first.norm === 'both');
  // The cue opens on a noun ("calls", "allegations of", "assertion"), not on a verb's past.
  // ("The new | listing for": a gerund is a noun there; "one | might think": a modal is not.)
  const inflected = n.norm !== n.lemma && !n.norm.endsWith('s') && !n.norm.endsWith('ing');
  if (n.kind !== 'word' || n.cap || FINITE.has(n.norm) || !hasLemma(n.lemma, 'n') || inflected) return false;
  if (measure) return hasLemma(doc.tokens[src[1] - 1].lemma, 'n');
  if (src[1] - src[0] === 1) {
    const plural = n.norm.endsWith('s') && n.norm !== n.lemma;
    // ("Many | fear", "one | claims": a subject and its verb.)
    return plural
      ? PLURAL_DETERMINERS.has(first.norm)
      : SINGULAR_DETERMINERS.has(first.norm) && n.norm === n.lemma;
  }
  if (!NOUN_PHRASE_OPENERS.has(first.norm)) return false;
  for (let j = src[0] + 1; j < src[1]; j++) {
    const t = doc.tokens[j];
    if (t.kind !== 'word' || t.cap || !(hasLemma(t.norm, 'a') || hasLemma(t.norm, 'r'))) return false;
  }
  // Its last word an adjective, no noun ("The chief | claims" may be a subject and its verb).
  const last = doc.tokens[src[1] - 1];
  return hasLemma(last.norm, 'a') && !hasLemma(last.norm, 'n');
}

/**
 * Gives a noun cue the source its own phrase names, or none; leaves other frames alone. Mutates
 * the frame's source, and its content when that began on the sayers ("from X | that …").
 */
export function repairNounCueSource(doc: Document, f: Frame): void {
  if (opensCuePhrase(doc, f) || clauseBeforeNoun(doc, f)) f.source = null;
  // (A source after the cue was already read there: source-repairs.ts receivedFromOthers.)
  const agent = f.source && f.source[0] >= f.cue.last ? null : agentAfter(doc, f);
  if (agent) {
    f.source = agent;
    const piece = f.content[0];
    if (f.content.length === 1 && piece[0] >= agent[0] - 1 && piece[0] <= agent[1]) {
      // (Opening at the "that", as lead-phrases.ts leadAgent has it.)
      if (agent[1] < piece[1]) f.content = [[agent[1], piece[1]]];
    }
  }
}
