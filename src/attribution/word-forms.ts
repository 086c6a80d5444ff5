// Word forms the clause and speaker rules read: auxiliaries and modals that make the words around
// them a clause ("…, said Ortiz's election will test …"), pronouns that can only be a subject, and
// regular plurals.
import { isIrregularVerbForm } from '../lexicon/exceptions.js';
import { hasLemma } from '../lexicon/wordnet.js';
import type { Document, DocToken } from '../text/document.js';

/** Finite auxiliaries and modals. */
export const FINITE = new Set([
  'is',
  'are',
  'was',
  'were',
  'will',
  'would',
  'has',
  'have',
  'had',
  'can',
  'could',
  'may',
  'might',
  'should',
  'must',
  'does',
  'did',
]);

/** Pronouns that can only be a clause's subject. */
export const NOMINATIVE_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);

/** A regular plural of its lemma ("councillors", "Volunteers"; not "news", "says" is one too). */
export function isRegularPlural(t: DocToken): boolean {
  return t.norm.endsWith('s') && t.norm !== t.lemma && t.norm.startsWith(t.lemma);
}

/** Articles and possessives that open a verb's object ("welcomed an offer", "packed a hall"). */
export const OBJECT_DETERMINERS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'his',
  'her',
  'their',
  'its',
  'our',
]);

/** Articles, possessives and demonstratives: the words that open a noun phrase. */
export const NOUN_PHRASE_OPENERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  'this',
  'these',
  'those',
]);

/** mayBeFiniteForm of each token-table entry (Document.tokenEntries): 0 not asked yet, else NO or YES. */
let finiteByEntry = new Uint8Array(1 << 14);
const NO = 1;
const YES = 2;

/** Is token i an auxiliary, an irregular verb form or any verb form in -ed or -s (a clause's verb, perhaps)? */
export function mayBeFiniteVerb(doc: Document, i: number): boolean {
  const t = doc.tokens[i];
  if (t.cap) return false;
  // Many rules ask this of the same tokens; the answer is one per token text.
  const entry = doc.tokenEntries[i];
  if (entry < 0) return mayBeFiniteForm(t);
  if (entry >= finiteByEntry.length) {
    const wider = new Uint8Array(Math.max(entry + 1, finiteByEntry.length * 2));
    wider.set(finiteByEntry);
    finiteByEntry = wider;
  }
  const known = finiteByEntry[entry];
  if (known !== 0) return known === YES;
  const yes = mayBeFiniteForm(t);
  finiteByEntry[entry] = yes ? YES : NO;
  return yes;
}

/** mayBeFiniteVerb of the word form alone, whatever its capitals. */
export function mayBeFiniteForm(t: DocToken): boolean {
  if (t.kind !== 'word') return false;
  if (FINITE.has(t.norm) || isIrregularVerbForm(t.norm)) return true;
  return t.norm !== t.lemma && (t.norm.endsWith('ed') || t.norm.endsWith('s')) && hasLemma(t.lemma, 'v');
}

const COUNTS = new Set(['dozens', 'hundreds', 'thousands', 'millions', 'billions', 'tens', 'scores']);

/**
 * The singular of a plural noun ("officials" → official, "fishermen" → fisherman; a capitalised
 * word, which the Document does not lemmatise, too), or null: not a verb's "has", nor a count
 * ("Thousands of workers" are the workers).
 */
export function pluralLemma(t: DocToken): string | null {
  const norm = t.norm;
  if (t.kind !== 'word' || FINITE.has(norm) || COUNTS.has(norm)) return null;
  const lemma =
    t.lemma !== norm
      ? t.lemma
      : norm.endsWith('men')
        ? `${norm.slice(0, -3)}man`
        : norm.endsWith('s')
          ? norm.slice(0, -1)
          : norm;
  return lemma !== norm && (norm.endsWith('s') || norm.endsWith('men')) && hasLemma(lemma, 'n')
    ? lemma
    : null;
}

/** Adverbs of time and sequence that open a sentence before its subject (no comma between). */
export const LEADING_ADVERBS: ReadonlySet<string> = new Set([
  'then',
  'later',
  'now',
  'meanwhile',
  'separately',
  'earlier',
  'afterwards',
  'yesterday',
  'today',
]);

/** Verbs whose subject receives or causes what others say ("faced calls", "drew criticism"). */
export const RECEIVING: ReadonlySet<string> = new Set([
  'face',
  'draw',
  'spark',
  'trigger',
  'prompt',
  'fuel',
  'attract',
  'provoke',
  'earn',
]);

/**
 * Verbs of charging, judging and telling that always take an object, by lemma, with the
 * prepositions their participle takes right after a noun ("Senator accused of", "Singer praised
 * for", "Residents urged to"): with no object between, the noun is the one charged, praised or
 * told, not the one speaking.
 */
export const OBJECT_VERB_COMPLEMENTS: ReadonlyMap<string, readonly string[]> = new Map([
  ['accuse', ['of']],
  ['suspect', ['of']],
  ['charge', ['with']],
  ['blame', ['for']],
  ['praise', ['for']],
  ['criticise', ['for', 'over']],
  ['criticize', ['for', 'over']],
  ['condemn', ['for', 'over']],
  ['slam', ['for', 'over']],
  ['rebuke', ['for', 'over']],
  ['chastise', ['for', 'over']],
  ['fault', ['for']],
  ['hail', ['as', 'for']],
  ['urge', ['to']],
]);

/** Relative pronouns that may open a clause before its verb ("whom the mayor accused of"). */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'whom', 'which']);

/** Words that open an indirect question ("asked whether …", "would say when …"). */
export const QUESTION_WORDS: ReadonlySet<string> = new Set([
  'when',
  'whether',
  'why',
  'how',
  'what',
  'who',
  'if',
  'where',
]);

/** Relative pronouns and a relative "that". */
export const RELATIVE_WORDS: ReadonlySet<string> = new Set([...RELATIVE_PRONOUNS, 'that']);

/** Token i is an apostrophe glued to a plural before it ("Teachers’ Union", "the nurses' union"). */
export function isPluralPossessiveMark(doc: Document, i: number): boolean {
  const t = doc.tokens[i];
  const before = doc.tokens[i - 1];
  return (t.text === "'" || t.text === '’') && before.end === t.start && before.norm.endsWith('s');
}

/** Participles of getting hold of a document ("a memo obtained by the Courier"). */
const ACCESS_PARTICIPLES = new Set(['seen', 'obtained', 'reviewed', 'acquired']);

/**
 * "seen by", "obtained by" at token i after a noun or comma: the agent got hold of a document, it
 * said nothing (not "is seen by many as", a belief).
 */
export function isAccessParticiple(doc: Document, i: number): boolean {
  const before = doc.tokens[i - 1];
  return (
    ACCESS_PARTICIPLES.has(doc.tokens[i].norm) &&
    doc.tokens[i + 1]?.norm === 'by' &&
    !!before &&
    !FINITE.has(before.norm) &&
    before.norm !== 'been' &&
    before.norm !== 'being'
  );
}

/** Does this lowercase word read as the plural of a common noun ("foods", "savings", "investors")?
 *  A name ending in one reads as a body's ("Norrland Foods", "Liberty Savings"). */
export function isPluralOfNoun(word: string): boolean {
  return word.endsWith('s') && hasLemma(word.replace(/ies$/, 'y').replace(/s$/, ''), 'n');
}

/** Pronouns that are a clause's subject ("he", "they", "you"). */
export const SUBJECT_PRONOUNS: readonly string[] = ['he', 'she', 'it', 'they', 'we', 'i', 'you'];

/** Words that may follow a "that" opening a clause, not a "that" naming a thing ("that argument"). */
const CLAUSE_AFTER_THAT: ReadonlySet<string> = new Set([
  ...NOUN_PHRASE_OPENERS,
  ',',
  ...SUBJECT_PRONOUNS,
  'in',
  'at',
  'on',
  'during',
  'after',
  'before',
  'while',
  'despite',
  'under',
  'by',
  'with',
  'since',
  'like',
  'as',
  'if',
  'when',
  'although',
  'though',
  'because',
  'unless',
  'until',
]);

/** Does a "that" opening a clause stand at token s ("that the bank had …", not "that argument")? */
export function opensThatClause(doc: Document, s: number): boolean {
  const next = doc.tokens[s + 1];
  if (doc.tokens[s]?.norm !== 'that' || !next) return false;
  return CLAUSE_AFTER_THAT.has(next.norm) || (next.cap && next.kind === 'word');
}

/**
 * Is [s, end) a "that" clause that has not reached its verb yet ("noted that, like her, …",
 * "said that in 2008, …", "that the richest tenth of earners -- …")?
 */
export function verblessThatClause(doc: Document, s: number, end: number): boolean {
  if (!opensThatClause(doc, s) || s + 1 >= end) return false;
  for (let i = s + 1; i < end; i++) if (mayBeFiniteVerb(doc, i)) return false;
  return true;
}

/** Object pronouns: a listener or one a question is put to ("told them", "pressed her on …"). */
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'us', 'me']);

/** Participles that put a question to someone ("Asked about the fire, the chief said …"). */
export const ASKING_PARTICIPLES: ReadonlySet<string> = new Set(['asked', 'pressed', 'questioned']);

/** Participles of an impersonal passive of hearsay ("It was understood that …"). */
export const IMPERSONAL_PARTICIPLES: ReadonlySet<string> = new Set([
  ...['understood', 'believed', 'thought', 'reported', 'alleged', 'claimed', 'said', 'feared'],
  ...['expected', 'rumoured', 'rumored', 'announced', 'confirmed', 'known', 'estimated', 'hoped'],
]);

/** Tokens within which a bare clause's verb follows its subject ("the club | considered"). */
const BARE_CLAUSE_REACH = 6;

/**
 * "It is understood | the club considered an appeal": a clause with no "that" opens at token j: a
 * noun phrase (an article or possessive, a name, a subject pronoun) and a finite verb within a few
 * words, with no punctuation between.
 */
export function opensBareClause(doc: Document, j: number, hi: number): boolean {
  const t = doc.tokens[j];
  if (!t || t.kind !== 'word' || j >= hi) return false;
  if (!(NOUN_PHRASE_OPENERS.has(t.norm) || NOMINATIVE_PRONOUNS.has(t.norm) || t.cap)) return false;
  for (let k = j + 1; k < hi && k - j <= BARE_CLAUSE_REACH; k++) {
    const w = doc.tokens[k];
    if (w.kind === 'punct' && !(w.text === '-' && w.start === doc.tokens[k - 1].end)) return false;
    if (mayBeFiniteVerb(doc, k)) return true;
  }
  return false;
}

/** Does an age in commas follow token i ("Drennan | , 41 ,")? */
export function ageFollows(doc: Document, i: number): boolean {
  const age = doc.tokens[i + 2];
  return (
    doc.tokens[i + 1]?.text === ',' &&
    age?.kind === 'number' &&
    /^\d{1,3}$/.test(age.text) &&
    doc.tokens[i + 3]?.text === ','
  );
}

/** Forms of "be" right before a passive participle ("was accused", "has been told"). */
/** Dashes as tokens: a hyphen standing apart, an en dash, an em dash, a horizontal bar. */
export const DASHES: ReadonlySet<string> = new Set(['-', '—', '–', '―']);

export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set([
  'is',
  'are',
  'was',
  'were',
  'been',
  'being',
]);

/** Prepositions that may open an adjunct or a body's phrase ("in", "of", "from"). */
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'on',
  'at',
  'for',
  'of',
  'with',
  'by',
  'from',
  'to',
  'during',
  'about',
]);

/** Tokens of an age written before a name at token i ("64-year-old Ann Roe": "64", "-",
 *  "year-old"): 3, or 0 when none stands there. */
export function ageBeforeName(doc: Document, i: number): number {
  const t = doc.tokens;
  return t[i]?.kind === 'number' &&
    t[i + 1]?.text === '-' &&
    /^(?:year|month)s?-old$/.test(t[i + 2]?.norm ?? '')
    ? 3
    : 0;
}

/** Contractions of "is" or "has" that look like possessives ("he's proposed", "that's"). */
const CONTRACTED_S = new Set([
  'he',
  'she',
  'it',
  'that',
  'there',
  'here',
  'what',
  'who',
  'where',
  'how',
  'let',
]);

/** Is this word form an owner's ("the company's", "Ardale’s", "the voters'"), not "he's" or "it's"? */
export function isPossessiveForm(norm: string): boolean {
  if (norm.endsWith("s'") || norm.endsWith('s’')) return true;
  return /[’']s$/.test(norm) && !CONTRACTED_S.has(norm.slice(0, -2));
}
