// What follows a verbless content after "and"/"but" and is the speaker's next act or another
// clause (settle.ts, after the learned end cut): "praised the mayor's budget | and voted against
// it", "called the plan a gamble | but would not say why", "has not endorsed Ferro | and the union
// withdrew its support". A content that is only a noun phrase or an infinitive (the cue's object)
// holds no verb, so a finite verb after "and" is the cue's own subject's (a predicate coordinated
// with the cue) or a new clause's: PolNeAR ends the content before it. So it does before a clause
// of contrast or time with its own subject on the cue's act ("was wary of the season | although he
// said …", "touted the bridge | as he urged donors …").
import type { Document } from '../text/document.js';
import { isQuoted } from './quotes.js';
import {
  FINITE,
  mayBeFiniteVerb,
  NOMINATIVE_PRONOUNS,
  NOUN_PHRASE_OPENERS,
  OBJECT_PRONOUNS,
  PREPOSITIONS,
  QUESTION_WORDS,
  RELATIVE_WORDS,
} from './word-forms.js';

/** Words after which what follows is a clause, not a verb's object ("that", "whether", "how"). */
const CLAUSE_OPENERS = new Set(['that', 'whether', 'if', ...QUESTION_WORDS]);

/** Adverbs between "and" and the verb ("and then voted", "and later said", "and still has"). */
const ADVERBS = new Set(['also', 'then', 'later', 'still', 'now', 'not', 'never', 'even', 'soon', 'again']);

/** Words that may follow a coordinated verb as its object or phrase ("and won a", "and said that"). */
const AFTER_VERB = new Set([
  ...NOUN_PHRASE_OPENERS,
  ...OBJECT_PRONOUNS,
  ...NOMINATIVE_PRONOUNS,
  ...['it', 'that', 'to', 'in', 'on', 'for', 'with', 'about', 'at', 'against', 'into', 'over'],
  ...['one', 'no', 'some', 'all', 'any', 'more', 'up', 'out', 'down', 'back'],
]);

/** Contracted subjects and verbs ("there's", "they're", "didn't"): a finite verb is in them. */
const CONTRACTED_SUBJECTS = new Set(['there', 'here', 'it', 'he', 'she', 'that', 'what', 'who', 'where']);
function contractedVerb(norm: string): boolean {
  const m = /^(\w+)['’](s|re|ll|ve|d|m)$/u.exec(norm);
  if (m) return m[2] !== 's' || CONTRACTED_SUBJECTS.has(m[1]);
  return /n['’]t$/u.test(norm);
}

/** Is the content [s, i) verbless: no clause opener, subject pronoun or finite form in it? */
function verbless(doc: Document, s: number, i: number): boolean {
  if (CLAUSE_OPENERS.has(doc.tokens[s].norm)) return false;
  let words = 0;
  for (let k = s; k < i; k++) {
    const t = doc.tokens[k];
    if (t.kind !== 'word') continue;
    words++;
    if (NOMINATIVE_PRONOUNS.has(t.norm) || FINITE.has(t.norm) || contractedVerb(t.norm)) return false;
    // A plural noun may look like a verb in -s ("calls", "plans"); after an article it is one.
    if (
      mayBeFiniteVerb(doc, k) &&
      !(t.norm.endsWith('s') && NOUN_PHRASE_OPENERS.has(doc.tokens[k - 1]?.norm))
    )
      return false;
  }
  return words > 0;
}

/** Does the token after a verb at k look like its object or phrase? */
function objectFollows(doc: Document, k: number, end: number): boolean {
  const t = doc.tokens[k];
  if (k >= end || !t) return false;
  return AFTER_VERB.has(t.norm) || t.cap || t.kind === 'number' || isQuoted(doc, k);
}

/**
 * Is token k an inflected verb, the verb of a predicate ("won a", "said that", "would not")?
 * An auxiliary or modal is one; a form in -ed, irregular or in -s needs its object after it
 * ("and increased spending" may be a noun phrase), and one in -s an article or pronoun.
 */
function predicateVerb(doc: Document, k: number, end: number): boolean {
  const t = doc.tokens[k];
  if (!t || t.kind !== 'word' || t.cap) return false;
  if (FINITE.has(t.norm) || /n['’]t$/u.test(t.norm)) return true;
  if (!mayBeFiniteVerb(doc, k) || t.norm === t.lemma || t.norm.endsWith('ing')) return false;
  if (!t.norm.endsWith('s')) return objectFollows(doc, k + 1, end);
  const next = doc.tokens[k + 1]?.norm ?? '';
  return NOUN_PHRASE_OPENERS.has(next) || OBJECT_PRONOUNS.has(next);
}

/** Does a predicate, or a clause with its own subject, open at token j (after "and"/"but")? */
function predicateAt(doc: Document, j: number, end: number): boolean {
  let k = j;
  while (k < end && k - j < 2 && (ADVERBS.has(doc.tokens[k].norm) || doc.tokens[k].norm.endsWith('ly'))) k++;
  if (predicateVerb(doc, k, end)) return true;
  if (k !== j || k >= end) return false;
  // "and they voted", "and he has": a pronoun subject and its verb. (Not a subject noun phrase:
  // "said Alva and Brun are …" coordinates the reported clause's subject.)
  const first = doc.tokens[j];
  return NOMINATIVE_PRONOUNS.has(first.norm) && mayBeFiniteVerb(doc, j + 1) && !doc.tokens[j + 1].cap;
}

/**
 * The end of a content [s, cut) after its cue before "and"/"but" and a predicate or clause, when
 * the content up to there holds no verb; else `cut`.
 */
export function beforeJoinedPredicate(doc: Document, s: number, cut: number): number {
  for (let i = s + 1; i + 1 < cut; i++) {
    const t = doc.tokens[i];
    if (t.kind === 'punct' && t.text !== ',' && !isQuoted(doc, i)) {
      if (t.text === ';' || t.text === ':' || t.text === '(' || t.text === '—') return cut;
    }
    if ((t.norm !== 'and' && t.norm !== 'but') || isQuoted(doc, i)) continue;
    const end = doc.tokens[i - 1].text === ',' ? i - 1 : i;
    if (!verbless(doc, s, end)) return cut;
    if (predicateAt(doc, i + 1, cut)) return end;
  }
  return cut;
}

/** Words opening a clause of contrast on the cue's act ("though she …", "whereas rivals …"). */
const CONTRASTS = new Set(['though', 'although', 'whereas']);
/** Words opening a clause of time or reason: on the cue's act after a comma ("…, even as rivals
 *  gained"); without one they may open a noun's own time ("her use of the account while she was
 *  minister"). ("When" and "after" are left out: ", when …" often tells what the noun was.) */
const TIMES = new Set(['as', 'because', 'while']);

/** Marks that set off an aside or a list: the content is no plain noun phrase then. */
const BREAKS = new Set(['-', '—', '–', ':', ';', '(', ')', '?', '!']);

/** Longest subject of such a clause ("as the town's two largest unions"). */
const SUBJECT_WORDS = 5;

/** Does a clause with its own subject and verb open at token j ("he urges", "the board met")? */
function clauseAt(doc: Document, j: number, end: number): boolean {
  const first = doc.tokens[j];
  if (!first || first.kind === 'punct') return false;
  if (NOMINATIVE_PRONOUNS.has(first.norm) || first.norm === 'it')
    return j + 1 < end && !doc.tokens[j + 1].cap && mayBeFiniteVerb(doc, j + 1);
  if (!first.cap && !NOUN_PHRASE_OPENERS.has(first.norm) && first.kind !== 'number') return false;
  for (let m = j + 1; m < end && m - j <= SUBJECT_WORDS; m++) {
    const t = doc.tokens[m];
    if (t.kind === 'punct' || NOUN_PHRASE_OPENERS.has(t.norm) || OBJECT_PRONOUNS.has(t.norm)) return false;
    if (RELATIVE_WORDS.has(t.norm) || t.norm === 'whose') return false;
    if (!t.cap && mayBeFiniteVerb(doc, m) && (FINITE.has(t.norm) || !t.norm.endsWith('s') || m > j + 1))
      return true;
  }
  return false;
}

/**
 * The end of a content [s, cut) after its cue before a clause of time, reason or contrast with its
 * own subject ("defended the remarks | when the senator came under attack", "touted his win | as
 * he urged donors to unite"), when the content up to there is a noun phrase (no verb, no
 * infinitive, whose own time clause it may hold); else `cut`.
 */
export function beforeCueClause(doc: Document, s: number, cut: number): number {
  for (let i = s + 1; i + 2 < cut; i++) {
    const t = doc.tokens[i];
    if (t.kind === 'punct' && t.text !== ',' && !isQuoted(doc, i)) return cut;
    if ((!CONTRASTS.has(t.norm) && !TIMES.has(t.norm)) || isQuoted(doc, i)) continue;
    let end = i;
    if (doc.tokens[end - 1].norm === 'even') end--;
    const comma = doc.tokens[end - 1].text === ',';
    if (comma) end--;
    // "touted the win as he urged …": "as" and a subject pronoun open a clause without a comma.
    const pronoun = t.norm === 'as' && NOMINATIVE_PRONOUNS.has(doc.tokens[i + 1]?.norm ?? '');
    if (TIMES.has(t.norm) && !comma && !pronoun) continue;
    if (end <= s || !verbless(doc, s, end)) return cut;
    if (PREPOSITIONS.has(doc.tokens[s].norm) || doc.tokens[s - 1]?.norm === 'to') return cut;
    for (let k = s; k < end; k++)
      if (doc.tokens[k].norm === 'to' || BREAKS.has(doc.tokens[k].text)) return cut;
    if (clauseAt(doc, i + 1, cut)) return end;
  }
  return cut;
}
