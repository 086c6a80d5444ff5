// The roles a description gives a name mention (nameMentions in name-mentions.ts reads them):
// an appositive or predicate after the name ("Tomas Berg, a retired teacher,", "Helen Marchetti
// is the chief executive of …") and a description or noun before it ("Rahal’s lawyer, Nadia
// Farouk,", "The actor Tom Hale"). Kept apart from the finding of the name runs themselves.
import { wordSet } from '../lexicon/load.js';
import { hasLemma } from '../lexicon/wordnet.js';
import type { Document } from '../text/document.js';
import { isGivenName } from './given-names.js';
import { DETERMINERS, isTitleWord, POSSESSIVES } from './names.js';

/** Prepositions whose object a name may be ("Speaking to | Radio Kestrel,"). */
const OBJECT_OF = new Set(['to', 'with', 'from', 'at', 'on', 'about', 'for', 'by']);

/** Words within which an appositive after a name must close ("Tomas Berg, a retired teacher,"). */
const APPOSITIVE_REACH = 6;

/**
 * "Tomas Berg, a 52-year-old teacher, said": the lowercase words of an indefinite or definite
 * description right after a name, up to its closing comma or full stop, are roles of that person
 * (so "the teacher" resolves to Berg and "the governor" does not); so are those of a predicate
 * ("Helen Marchetti is the chief executive of …", `predicate`). Appends them to `roles`.
 */
export function appositiveRole(
  doc: Document,
  start: number,
  end: number,
  roles: string[],
  predicate = false,
): void {
  const tokens = doc.tokens;
  const objectOf = !predicate && start > 0 && OBJECT_OF.has(tokens[start - 1].norm);
  if (!predicate) {
    // (A name ending the article: bounds-checked, as an out-of-range read deoptimises the caller.)
    if (end >= tokens.length) return;
    // "Helen Marchetti is the chief executive of …": a predicate describes the name as well.
    if (
      (tokens[end].norm === 'is' || tokens[end].norm === 'was') &&
      end + 1 < tokens.length &&
      DETERMINERS.has(tokens[end + 1].norm)
    )
      return appositiveRole(doc, start, end, roles, true);
    if (tokens[end].text !== ',' || end + 1 >= tokens.length) return;
    // "Lorna Fisk, 52, a retired nurse": an age between the name and its description.
    if (tokens[end + 1].kind === 'number' && end + 3 < tokens.length && tokens[end + 2].text === ',')
      end += 2;
  }
  // "Tom Reed, director of Harvest Aid,": a bare title opens the description too.
  const next = tokens[end + 1];
  const bare = !predicate && !next.cap && isTitleWord(next.norm);
  if (!bare && !DETERMINERS.has(next.norm)) return;
  const sentence = tokens[end].sentence;
  const words: string[] = [];
  for (let j = bare ? end + 1 : end + 2; j < tokens.length && j - end <= APPOSITIVE_REACH + 1; j++) {
    const t = tokens[j];
    if (t.sentence !== sentence) return;
    // The description ends at its comma or full stop, or before its complement ("a spokeswoman |
    // for the city"); hyphenated ages and capitalised modifiers inside it are passed over.
    const closes = t.text === ',' || t.text === '.' || (t.kind === 'word' && t.stop && words.length > 0);
    // "Speaking to Radio Kestrel, the chairman said": after a name that is a preposition's
    // object, a verb of saying makes the description a clause's subject, no apposition (but
    // "Paul Lego, senior vice president told …" is one, its closing comma left out).
    if (objectOf && t.kind === 'word' && t.norm !== t.lemma && wordSet('speech-core').has(t.lemma)) return;
    if (closes) {
      for (const w of words) roles.push(w);
      return;
    }
    // A capitalised title is a role too ("a Labour MP").
    if (t.kind === 'word' && ((!t.cap && !t.stop) || (t.cap && isTitleWord(t.norm)))) words.push(t.norm);
    else if (!(t.text === '-' || t.kind === 'number' || (t.kind === 'word' && t.cap))) return;
  }
}

/**
 * "Rahal’s lawyer, Nadia Farouk,", "Its chairman, Paul Egan,": the lowercase words of a
 * description that ends in a comma right before a name and opens with a possessive or an article
 * are roles of that person too (so "the president" later is not the lawyer). Appends them.
 */
export function precedingRole(doc: Document, start: number, roles: string[]): void {
  const tokens = doc.tokens;
  // "The actor Tom Hale", "singer Kira Lowell": a lowercase noun right before the name.
  const noun = tokens[start - 1];
  if (noun && noun.kind === 'word' && !noun.cap && !noun.stop && noun.sentence === tokens[start].sentence) {
    const opener = tokens[start - 2];
    // (Or a capitalised word opening the sentence: "Board member Colin Ashby said".)
    const opens =
      !opener ||
      opener.sentence !== noun.sentence ||
      DETERMINERS.has(opener.norm) ||
      (opener.cap && doc.sentences[opener.sentence].tokenStart === start - 2);
    // (WordNet is read only for a name that opens with a given name: its noun index loads slowly.)
    if (opens && isGivenName(tokens[start].norm) && hasLemma(noun.lemma, 'n')) roles.push(noun.norm);
    return;
  }
  if (tokens[start - 1]?.text !== ',') return;
  const sentence = tokens[start].sentence;
  let j = start - 2;
  while (j >= 0 && start - 2 - j < APPOSITIVE_REACH) {
    const t = tokens[j];
    if (t.sentence !== sentence || t.kind !== 'word' || t.cap || t.stop) break;
    j--;
  }
  if (j === start - 2 || j < 0) return;
  const opener = tokens[j];
  if (opener.sentence !== sentence) return;
  const possessive = /[’']s$/.test(opener.text) || POSSESSIVES.has(opener.norm);
  if (!possessive && !DETERMINERS.has(opener.norm)) return;
  for (let k = j + 1; k < start - 1; k++) roles.push(tokens[k].norm);
}
