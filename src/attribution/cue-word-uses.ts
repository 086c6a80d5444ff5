// Uses of a stance cue word that carry no stance: "granted" a thing rather than a point ("granted
// the firm a licence", "was granted bail"; "granted that the plan was costly" concedes), a cue word
// that modifies the noun after it ("the proposed merger", "the offering price", "a continuously
// offered basis"), and "back" as a particle or an adverb ("pulled the ships back", "bought back
// shares", "was back on track"; "will back the plan" backs). stance.ts reads them.
import type { DocToken, Document } from '../text/document.js';
import type { Frame } from './spans.js';
import { hasLemma } from '../lexicon/wordnet.js';
import { FINITE, isPossessiveForm, NOUN_PHRASE_OPENERS } from './word-forms.js';

/**
 * How the cue word `w` (one of the cue's words) is used when it says nothing of a stance: 'idle'
 * ("granted" a thing, "back" a particle: the cue's other words, or the content, decide), 'modifier'
 * (it opens a noun phrase, "the proposed merger", "an expected pledge": nor do the nouns after it
 * give one), or null (it gives its stance).
 */
export function cueWordUse(doc: Document, frame: Frame, w: DocToken): 'idle' | 'modifier' | null {
  let t = frame.cue.first;
  while (t < frame.cue.last && doc.tokens[t] !== w) t++;
  if (t >= frame.cue.last) return null;
  if (w.lemma === 'grant' && !grantsPoint(doc, frame, t)) return 'idle';
  if (w.norm === 'back' && !backsSomeone(doc, frame, t)) return 'idle';
  return beforeItsNoun(doc, t) ? 'modifier' : null;
}

/** Nouns of a point conceded ("granted the point", "granted his argument"). */
const POINT_NOUNS = new Set(['point', 'points', 'argument', 'arguments', 'premise', 'case']);
/** Forms of "be" that make a participle passive ("was granted", "have been granted"). */
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s']);

/**
 * Does "grant" at token t concede a point ("granted that …", "granted the point", "granted the
 * plan was costly": a clause) rather than give a thing ("granted Ardale a licence", "granted
 * requests for …", "were granted by the regulator")?
 */
function grantsPoint(doc: Document, frame: Frame, t: number): boolean {
  for (let i = frame.cue.first; i < t; i++) if (BE_FORMS.has(doc.tokens[i].norm)) return false;
  const end = Math.min(doc.tokens.length, t + 4);
  for (let i = t + 1; i < end; i++) {
    const norm = doc.tokens[i].norm;
    if (i === t + 1 && norm === 'that') return true;
    if (POINT_NOUNS.has(norm) || FINITE.has(norm)) return true;
    if (doc.tokens[i].kind !== 'word') return false;
  }
  return false;
}

/** Words before "back" that make it the verb ("to back", "will back", "did not back"). */
const VERB_LEADS = new Set([
  ...['to', 'will', 'would', 'can', 'could', 'may', 'might', 'should', 'must', 'shall'],
  ...['do', 'does', 'did', 'not', "n't", 'cannot', 'we', 'they', 'i', 'you'],
]);
/** Adverbs between such a word and the verb ("will also back", "would strongly back"). */
const VERB_ADVERBS = new Set(['also', 'still', 'now', 'then', 'even', 'again', 'all', 'both']);

/**
 * Is "back" at token t the verb of support ("They will back the plan", "refused to back")? Not
 * after another verb, a noun or "be" in the cue ("pulled warships back", "bought back",
 * "was back on track"): a particle or an adverb. (Opening the cue, it is the verb.)
 */
function backsSomeone(doc: Document, frame: Frame, t: number): boolean {
  let i = t - 1;
  while (i >= frame.cue.first && (VERB_ADVERBS.has(doc.tokens[i].norm) || doc.tokens[i].norm.endsWith('ly')))
    i--;
  if (i < frame.cue.first) return true;
  return VERB_LEADS.has(doc.tokens[i].norm);
}

/** Words between an article and a participle that modifies a noun ("the following proposed
 *  offerings", "the revised proposed rules"), besides adverbs in -ly ("a continuously offered"). */
const MODIFIER_LEADS = new Set(['following', 'new', 'latest', 'original', 'revised', 'initial']);

/**
 * Is the word at token t a participle that modifies the noun after it ("the proposed merger", "its
 * offering price", "the company's recommended dividend", "a continuously offered basis")? Not an
 * accusation ("the alleged fraud", "an accusing finger" still report one), nor a noun followed by
 * its object ("the warning to investors", "their backing of").
 */
function beforeItsNoun(doc: Document, t: number): boolean {
  const w = doc.tokens[t];
  if (w.lemma === 'allege' || w.lemma === 'accuse' || !(w.norm.endsWith('ed') || w.norm.endsWith('ing')))
    return false;
  let p = t - 1;
  if (
    p >= 0 &&
    !doc.tokens[p].cap &&
    (doc.tokens[p].norm.endsWith('ly') || MODIFIER_LEADS.has(doc.tokens[p].norm))
  )
    p--;
  if (p < 0) return false;
  const prev = doc.tokens[p];
  if (!NOUN_PHRASE_OPENERS.has(prev.norm) && !isPossessiveForm(prev.norm)) return false;
  const next = t + 1 < doc.tokens.length ? doc.tokens[t + 1] : null;
  if (!next || next.kind !== 'word' || next.stop || FINITE.has(next.norm)) return false;
  return next.cap || hasLemma(next.lemma, 'n');
}
