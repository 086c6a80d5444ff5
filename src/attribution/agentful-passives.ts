// Agentful passives: "Dorvan has been accused by the council of …" (the agent after "by" speaks about the
// subject), "Jonas Moe was cited by the Courier as saying C" (the subject speaks, the agent only
// reports it) and "As reported by the Courier, C". Separate from passive.ts, which tells a passive
// from its shape and handles those without an agent.
import type { Document } from '../text/document.js';
import type { CueTokens } from './types.js';
import { isWordnetVerb } from './features.js';
import { contentEnd, MAX_SOURCE, opensSentence } from './sources.js';
import { sourceBefore } from './source-before.js';
import { appositiveSource, subjectBeforeComma } from './appositives.js';
import { makeFrame, type Frame } from './frame.js';
import { timeBefore } from './times.js';
import { FINITE, isPluralPossessiveMark, mayBeFiniteVerb, RELATIVE_WORDS } from './word-forms.js';
import type { TokenRange } from './types.js';
import { PARTICIPLE, PASSIVE_COMPLEMENT } from './passive.js';

/** Words that end a passive's agent ("by the US | of manufacturing"). */
const AGENT_END = new Set(['of', 'for', 'over', 'that', 'in', 'on', 'after', 'as']);

/**
 * "Dorvan has been accused by the council of hiding losses", "Her remarks were echoed by a number
 * of experts": the agent after "by" speaks, and what is reported is the subject, with the
 * complement after the agent when there is one (in PolNeAR train, 66 of 83 agentful passives
 * have the subject alone as content, 17 the subject and the complement).
 */
export function agentfulPassive(doc: Document, cue: CueTokens, lo: number, hi: number): Frame | null {
  const last = cue.last;
  let end = last + 1;
  let relative = false;
  while (
    end < hi &&
    end - last < MAX_SOURCE &&
    // "by the actors' guild": a plural possessive's apostrophe stays in the agent.
    (doc.tokens[end].kind !== 'punct' ||
      (doc.tokens[end + 1]?.kind === 'word' && isPluralPossessiveMark(doc, end)))
  ) {
    const t = doc.tokens[end];
    // "by a number of experts" goes on; "by the US of manufacturing" stops after the name, and so
    // does "by the chair | of lying" (a gerund: the charge); "by the Federation of Small Traders"
    // is one name.
    const after = doc.tokens[end + 1];
    const gerund = !!after && after.kind === 'word' && !after.cap && after.norm.endsWith('ing');
    const head = doc.tokens[end - 1];
    const partitive =
      t.norm === 'of' && !head.cap && end > last + 1 && (!gerund || PARTITIVE_HEADS.has(head.norm));
    const nameGoesOn = t.norm === 'of' && doc.tokens[end - 1].cap && !!after?.cap && after.kind === 'word';
    if (AGENT_END.has(t.norm) && !partitive && !nameGoesOn) break;
    // "questioned by detectives | has been released": the sentence's own verb ends the agent (not
    // a relative clause's inside it: "by residents of towns where the courses are closed"), and so
    // does a question's opener ("asked by a reporter | whether …").
    if (RELATIVE_WORDS.has(t.norm) || t.norm === 'where' || t.norm === 'whose') relative = true;
    if (((FINITE.has(t.norm) && !relative) || QUESTION_WORDS_AFTER_AGENT.has(t.norm)) && !t.cap) break;
    // "thought by many geologists | to be the bed of …": an infinitive ends the agent.
    const next = doc.tokens[end + 1];
    if (
      t.norm === 'to' &&
      next &&
      next.kind === 'word' &&
      next.norm === next.lemma &&
      isWordnetVerb(next.lemma)
    )
      break;
    end++;
  }
  if (end <= last + 1 || end >= hi) return null;
  const subject = sourceBefore(doc, cue.first, lo);
  let subjectEnd = cue.first;
  while (subjectEnd > lo && doc.tokens[subjectEnd - 1].text === ',') subjectEnd--;
  const pieces: TokenRange[] = [];
  // "A furious Okoro kicked the ball away … and was criticised by his coach", "Brandt faces a ban
  // after being charged by the federation": the passive's subject is the sentence's, the noun
  // phrase before its first verb.
  const before = doc.tokens[cue.first - 1]?.norm ?? '';
  const shared = before === 'and' || (doc.tokens[cue.first].norm === 'being' && SUBORDINATING.has(before));
  const coordinated = !subject && shared ? openingNounPhrase(doc, lo, cue.first) : null;
  if (coordinated) pieces.push(coordinated);
  else if (subject) pieces.push(subject);
  else if (subjectEnd > lo) pieces.push([lo, subjectEnd]);
  if (PASSIVE_COMPLEMENT.has(doc.tokens[end].norm) || pieces.length === 0)
    pieces.push([end, contentEnd(doc, lo, hi)]);
  // "accused by security researchers last year of …": the time is the accusing's, not the agent's.
  const time = timeBefore(doc, end - 1, last + 2);
  return makeFrame(cue, [last + 1, end - time], pieces, true);
}

const CITING = new Set(['cited', 'quoted']);
const SAYING = new Set(['saying', 'telling', 'stating', 'writing']);

/** Token of the "as" in "… by AGENT as saying", or -1: the agent runs from `by` + 1. */
function asSayingAfter(doc: Document, by: number, hi: number): number {
  for (let j = by + 1; j < hi - 1 && j - by <= MAX_SOURCE; j++) {
    const t = doc.tokens[j];
    if (t.kind === 'punct' && t.text !== '.') return -1;
    if (t.norm === 'as') return j > by + 1 && SAYING.has(doc.tokens[j + 1].norm) ? j : -1;
  }
  return -1;
}

/**
 * "Jonas Moe was cited by the Courier as saying C", "The minister was quoted by a news agency as
 * saying C": the subject said C; the agent only reported it. Null for other cues.
 */
export function citedAsSaying(doc: Document, cue: CueTokens, lo: number, hi: number): Frame | null {
  if (!CITING.has(doc.tokens[cue.last - 1].norm) || doc.tokens[cue.last]?.norm !== 'by') return null;
  const as = asSayingAfter(doc, cue.last, hi);
  if (as < 0) return null;
  // "Halvorsen's chief executive, Jonas Moe, was cited …": the subject before its appositive.
  const comma = doc.tokens[cue.first - 1]?.text === ',' ? cue.first - 1 : -1;
  const subject =
    comma > lo
      ? (appositiveSource(doc, comma, lo) ?? subjectBeforeComma(doc, comma, lo))
      : sourceBefore(doc, cue.first, lo);
  const end = contentEnd(doc, lo, hi);
  if (!subject || as + 2 >= end) return null;
  return makeFrame(cue, subject, [[as + 2, end]], true);
}

/** The "saying" of "X was quoted by Y as saying C": citedAsSaying builds that statement from the
 *  passive's cue. */
export function isSayingOfCitation(doc: Document, cue: CueTokens, lo: number): boolean {
  if (!SAYING.has(doc.tokens[cue.first].norm) || doc.tokens[cue.first - 1]?.norm !== 'as') return false;
  for (let j = cue.first - 2; j > lo && cue.first - j <= MAX_SOURCE + 2; j--) {
    if (doc.tokens[j].norm === 'by')
      return CITING.has(doc.tokens[j - 1].norm) && asSayingAfter(doc, j, cue.last + 1) === cue.first - 1;
    if (doc.tokens[j].kind === 'punct' && doc.tokens[j].text !== '.') return false;
  }
  return false;
}

/**
 * "As reported by the Courier, C", "As noted by a researcher in a blog post, C": a participle after
 * the "As" that opens the sentence, with "by" and its agent up to a comma. Returns the agent and
 * the token after the comma (where what they said starts), or null.
 */
export function asReportedBy(
  doc: Document,
  cue: CueTokens,
  lo: number,
  hi: number,
): { agent: TokenRange; after: number } | null {
  const as = cue.first - 1;
  if (as < lo || doc.tokens[as].norm !== 'as' || !opensSentence(doc, as, lo)) return null;
  const by = doc.tokens[cue.last - 1].norm === 'by' ? cue.last - 1 : cue.last;
  if (by >= hi || doc.tokens[by].norm !== 'by') return null;
  let v = by - 1;
  while (v > cue.first && PARTICLES.has(doc.tokens[v].norm)) v--;
  if (!PARTICIPLE.test(doc.tokens[v].norm)) return null;
  for (let j = by + 1; j < hi && j - by <= MAX_SOURCE; j++) {
    const t = doc.tokens[j];
    if (t.text === ',') return j > by + 1 && j + 1 < hi ? { agent: [by + 1, j], after: j + 1 } : null;
    if (t.kind === 'punct' && t.text !== '.' && t.text !== '-') return null;
  }
  return null;
}

/** Particles of a phrasal participle ("pointed out by", "laid out by"). */
const PARTICLES = new Set(['out', 'up', 'down', 'over']);

/** Words that open a question after a passive's agent ("asked by a reporter whether …"). */
const QUESTION_WORDS_AFTER_AGENT = new Set(['whether', 'why', 'how']);

/** Heads of a partitive agent ("by a number of housing experts", "by some of its members"). */
const PARTITIVE_HEADS = new Set([
  ...['number', 'some', 'many', 'most', 'all', 'few', 'several', 'none', 'half', 'rest', 'majority'],
  ...['dozens', 'hundreds', 'thousands', 'millions', 'group', 'handful', 'couple', 'members', 'one'],
]);

/** Words before "being" and a participle whose subject is the sentence's ("after being charged"). */
const SUBORDINATING = new Set(['after', 'before', 'since', 'without', 'despite', 'for', 'while']);

/** The noun phrase opening [lo, before): up to its first verb form, or null. */
function openingNounPhrase(doc: Document, lo: number, before: number): TokenRange | null {
  for (let j = lo + 1; j < before; j++) {
    if (doc.tokens[j].kind === 'punct') return null;
    if (mayBeFiniteVerb(doc, j)) return [lo, j];
  }
  return null;
}
