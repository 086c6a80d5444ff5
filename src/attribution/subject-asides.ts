// Where the learned content-end model stopped a reported clause before its verb (settle.ts): the
// clause opened with "that", "whether", "how" or "why", its subject was reached, and the cut fell
// at an aside in commas or dashes between the subject and its verb ("said that the mayor, who took
// office in May, had cut the budget"). PolNeAR's content is the whole clause; the end is decided
// again after the verb. The end model cannot see that far ahead; cutInsideSubject (end-overrides.ts)
// covers a bare subject opening with an article, this the subjects a complementiser opens.
import type { Document } from '../text/document.js';
import { isAbbreviationDot } from './sources.js';
import { FINITE, mayBeFiniteVerb } from './word-forms.js';

/** Words that open a reported clause whose subject and verb follow. */
const COMPLEMENTISERS = new Set(['that', 'whether', 'how', 'why']);

/** Marks that open and close an aside inside a clause. */
const ASIDE_MARKS = new Set([',', '—', '–', '--', '―', '-']);

/** Longest aside read between a subject and its verb. */
const MAX_ASIDE = 20;

/** Longest subject read between the complementiser and the aside. */
const MAX_SUBJECT = 8;

/** Words of an aside that attributes (", he said,", ", according to …,"): another statement's. */
const ATTRIBUTING = new Set(['said', 'says', 'say', 'told', 'according', 'added', 'wrote', 'argued']);

/** Is token i a verb form that would give the clause its verb already (an auxiliary, "-ed")? */
function verbLike(doc: Document, i: number): boolean {
  const t = doc.tokens[i];
  if (t.kind !== 'word' || t.cap) return false;
  return FINITE.has(t.norm) || (t.norm.endsWith('ed') && t.norm !== t.lemma);
}

/**
 * The complementiser that opens the clause still without its verb at `cut` in [s, cut): the last
 * one, with only a short verbless subject after it; -1 when there is none.
 */
function openClause(doc: Document, s: number, cut: number): number {
  for (let k = cut - 1; k >= s && cut - k <= MAX_SUBJECT + 1; k--) {
    const t = doc.tokens[k];
    if (t.kind === 'punct' && !isAbbreviationDot(doc, k)) return -1;
    if (COMPLEMENTISERS.has(t.norm)) return k + 1 < cut ? k : -1;
    if (verbLike(doc, k)) return -1;
  }
  return -1;
}

/**
 * "said that the mayor | , who took office in May, had cut …": a cut at an aside between a reported
 * clause's subject and its verb. Returns the verb's token (the content runs on past it), or -1.
 */
export function verbAfterSubjectAside(doc: Document, s: number, cut: number, e: number): number {
  if (cut + 2 >= e) return -1;
  const mark = doc.tokens[cut].text;
  if (!ASIDE_MARKS.has(mark)) return -1;
  if (openClause(doc, s, cut) < 0) return verbAfterClosingMark(doc, s, cut, e);
  // A double hyphen ("- -") is one dash.
  const double = mark === '-' && doc.tokens[cut + 1].text === '-' ? 1 : 0;
  // ("— as articulated by a former adviser —" attributes too.)
  const first = cut + 1 + double;
  if (doc.tokens[first].norm === 'as' && /ed$/.test(doc.tokens[first + 1]?.norm ?? '')) return -1;
  for (let j = cut + 2 + double; j + 1 + double < e && j - cut <= MAX_ASIDE + 1; j++) {
    const t = doc.tokens[j];
    if (ATTRIBUTING.has(t.norm) || t.text === ';' || t.text === ':') return -1;
    // The aside closes with the mark that opened it (a dash may close a comma's aside).
    if (t.text === mark || (mark === ',' && ASIDE_MARKS.has(t.text))) {
      const verb = j + 1 + (doc.tokens[j + 1].text === '-' ? 1 : 0);
      return verb < e && mayBeFiniteVerb(doc, verb) ? verb : -1;
    }
  }
  return -1;
}

/**
 * "that the lowest-paid workers -- those earning under 900 crowns -- | would lose most": a cut at
 * the mark that closes such an aside, the verb right after it. Returns the verb's token, or -1.
 */
function verbAfterClosingMark(doc: Document, s: number, cut: number, e: number): number {
  const mark = doc.tokens[cut].text;
  const verb = cut + 1 + (mark === '-' && doc.tokens[cut + 1].text === '-' ? 1 : 0);
  if (mark === ',' || verb >= e || !mayBeFiniteVerb(doc, verb)) return -1;
  for (let o = cut - 2; o > s && cut - o <= MAX_ASIDE + 1; o--) {
    const t = doc.tokens[o];
    if (ATTRIBUTING.has(t.norm) || t.text === ';' || t.text === ':' || FINITE.has(t.norm)) return -1;
    if (t.text !== mark) continue;
    const open = mark === '-' && doc.tokens[o - 1].text === '-' ? o - 1 : o;
    return openClause(doc, s, open) >= 0 ? verb : -1;
  }
  return -1;
}
