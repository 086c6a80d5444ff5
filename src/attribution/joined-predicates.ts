// What follows a verbless content after "and"/"but" and is the speaker's next act or another
// clause (settle.ts, after the learned end cut): "praised the mayor's budget | and voted against
// it", "called the plan a gamble | but would not say why", "has not endorsed Ferro | and the union
// withdrew its support". A content that is only a noun phrase or an infinitive (the cue's object)
// holds no verb, so a finite verb after "and" is the cue's own subject's (a predicate coordinated
// with the cue) or a new clause's: PolNeAR ends the content before it.
import type { Document } from '../text/document.js';
import { isQuoted } from './quotes.js';
import {
  FINITE,
  mayBeFiniteVerb,
  NOMINATIVE_PRONOUNS,
  NOUN_PHRASE_OPENERS,
  OBJECT_PRONOUNS,
  QUESTION_WORDS,
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
