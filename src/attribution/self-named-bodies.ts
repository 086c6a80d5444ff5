// "Halvern Bancorp said it will add to its reserves. … The company said": a description of a
// company ("the company", "the lawn products company", "the parent company") takes up the body
// that spoke of itself as "it" just before, when the rules that read a name's words find none
// (a name with no company word, "Halvern Bancorp", reads as a person's). Speaking as "it" is what
// shows a body: a person says "he" or "I". Before that, the name the text introduced with the
// description's noun ("power company Vantor Electric"), and a description with words before its
// noun read as "the company" is. speakers.ts runs this after its other rules; pronouns.ts lets
// "It" take up such a body too.
import { hasLemma } from '../lexicon/wordnet.js';
import type { Document } from '../text/document.js';
import type { Frame } from './frame.js';
import { BODY_NOUNS, DETERMINERS, isOrganisationWord } from './names.js';
import { isPronoun } from './pronoun-words.js';
import { isGivenName } from './given-names.js';
import { companyKindFits, earlierBody, earlierNamedBody, exactKindBody } from './described-names.js';
import type { SpeakerAnswer, SpeakerSpan } from './speaker-span.js';

/** What follows a person's "it" about a thing ("said it was", "said it would be"). */
const THING_VERBS = new Set(['is', 'was', "'s", '’s', 'would', 'could', 'might', 'may', 'should', 'seemed']);

/** Sentences back within which such a description takes up a body that spoke as "it". */
const SELF_REACH = 6;

/** Heads of a description that a company may be: bodies of the public kind (ministry, union,
 *  court) are left to the rules that read names of their kind. */
const COMPANY_NOUNS = new Set([
  ...['company', 'firm', 'group', 'bank', 'lender', 'insurer', 'carmaker', 'retailer', 'airline'],
  ...['broadcaster', 'network', 'operator', 'utility', 'drugmaker', 'steelmaker', 'miner', 'chain'],
  ...['supermarket', 'manufacturer', 'producer', 'developer', 'startup', 'carrier', 'unit', 'agency'],
  ...['newspaper', 'paper', 'fund', 'trust', 'consortium'],
]);

/**
 * "The company", "the lawn products company": "the", lowercase words and a company noun, with
 * nothing else naming it; the name introduced with that noun, the body "the <noun>" takes up,
 * else the latest body within SELF_REACH sentences that spoke of itself as "it" ("X said it …"),
 * whose name fits the noun, when no other body spoke there. Else the answer given.
 */
export function selfNamedBody(s: SpeakerSpan, answer: SpeakerAnswer): SpeakerAnswer {
  const { doc, frames, names, k, first, end, text, mentions } = s;
  // Only where the rules before answered the description's own words, or nothing.
  if (answer !== undefined && answer !== text) return answer;
  if (doc.tokens[first].norm !== 'the' || end - first < 2 || end - first > 5) return answer;
  const head = doc.tokens[end - 1];
  if (!COMPANY_NOUNS.has(head.norm) || !BODY_NOUNS.has(head.norm)) return answer;
  // (Lowercase words between, or an adjective WordNet knows: "the Australian firm"; not a name's
  // words, "the Harwell company".)
  for (let i = first + 1; i < end - 1; i++) {
    const t = doc.tokens[i];
    if (t.kind !== 'word' || DETERMINERS.has(t.norm) || (t.cap && !hasLemma(t.norm, 'a'))) return answer;
  }
  // "British power company Vantor Electric … The regional power company said": the name the
  // article introduced with the very noun; else, with words before its noun, as "the company"
  // would be read ("the lawn products company").
  const body =
    introducedWith(s, head.norm) ??
    (end - first > 2
      ? (exactKindBody(doc, first, head.norm, mentions) ??
        earlierBody(doc, frames, names, k, head.norm, mentions) ??
        earlierNamedBody(doc, first, head.norm, mentions))
      : null);
  if (body) return body;
  const sentence = frames[k].cue.sentence;
  for (let j = k - 1; j >= 0; j--) {
    const g = frames[j];
    if (sentence - g.cue.sentence > SELF_REACH) break;
    const n = names[j];
    if (!n || !spokeAsItself(doc, frames, names, j)) continue;
    // (Not a place, which WordNet knows: "Quebec" is no company.)
    if (!n.includes(' ') && hasLemma(n.toLowerCase(), 'n')) continue;
    const words = n.split(' ');
    const kind = words[words.length - 1].toLowerCase().replace(/\.$/, '');
    if (isOrganisationWord(kind) && !companyKindFits(head.norm, kind)) continue;
    // Not one of two bodies that spoke ("Quillon denied it. Ofergen said it would appeal.").
    return otherBodySpoke(s, j, n) ? answer : n;
  }
  return answer;
}

/** Did a speaker other than `n` (frame j's) speak within SELF_REACH sentences before frame k,
 *  by a name written in its span that is no person's? */
function otherBodySpoke({ doc, frames, names, k, mentions }: SpeakerSpan, j: number, n: string): boolean {
  const sentence = frames[k].cue.sentence;
  for (let i = k - 1; i >= 0; i--) {
    if (sentence - frames[i].cue.sentence > SELF_REACH) break;
    const other = names[i];
    const source = frames[i].source;
    if (i === j || !other || other === n || !source || isPronoun(other)) continue;
    if (!/^\p{Lu}/u.test(other) || /^(?:the|an?|one) /i.test(other)) continue;
    const span = doc.text.slice(doc.tokens[source[0]].start, doc.tokens[source[1] - 1].end);
    // (Only a name written in the span: a description or pronoun taken up may be n by another name.)
    if (!span.includes(other.slice(other.lastIndexOf(' ') + 1))) continue;
    const person = mentions.isPerson(other) && (other.includes(' ') || isGivenName(other.toLowerCase()));
    if (!person) return true;
  }
  return false;
}

/**
 * Did frame j's speaker, written by its name in the span ("Halvern Bancorp said it …"; not a
 * pronoun or description taken up), speak of itself as "it": its content opening on "it"/"its"?
 */
export function spokeAsItself(
  doc: Document,
  frames: readonly Frame[],
  names: readonly (string | null)[],
  j: number,
): boolean {
  const g = frames[j];
  const n = names[j];
  if (!g.source || !n || isPronoun(n) || !/^\p{Lu}/u.test(n) || /^(?:the|an?|one) /i.test(n)) return false;
  const span = doc.text.slice(doc.tokens[g.source[0]].start, doc.tokens[g.source[1] - 1].end);
  if (!span.includes(n.slice(n.lastIndexOf(' ') + 1))) return false;
  const c = g.content[0];
  if (!c || c[0] < g.cue.last) return false;
  const opening = doc.tokens[c[0]].norm;
  // A name opening on a given name ("Dana Whitlow said it was a hard year", but "Rainford
  // Bancorp said it will add"): only "its", or "it" before a verb that is no "be" nor a modal,
  // which a person's "it" (the weather, a year, an idea) is mostly the subject of.
  if (opening === 'it' && isGivenName(n.split(' ')[0].toLowerCase()))
    return !THING_VERBS.has(doc.tokens[c[0] + 1]?.norm ?? '');
  return opening === 'it' || opening === 'its';
}

/** The latest name within SELF_REACH sentences that the text introduced with the noun before it
 *  ("electricity company Vantor Electric", "the retailer Quillmart"), or null. */
function introducedWith({ doc, first, mentions }: SpeakerSpan, head: string): string | null {
  const sentence = doc.tokens[first].sentence;
  for (let k = mentions.countBefore(first) - 1; k >= 0; k--) {
    const m = mentions.all[k];
    if (sentence - doc.tokens[m.token].sentence > SELF_REACH) break;
    if (doc.tokens[m.token - 1]?.norm === head && !m.person) return m.name;
  }
  return null;
}
