// "Aldo Brandt called the report “nonsense”", "dismissed the story as a shameless lie": a verb of
// naming whose complement is a noun of falsehood denies what it names
// (data/lexicon/attribution-falsehood-nouns.txt).
import { wordSet } from '../lexicon/load.js';
import type { Document } from '../text/document.js';
import type { Frame } from './spans.js';

/** Verbs that name or class what they are said of ("called the claim …", "branded it …"). */
const NAMING_VERBS = new Set(['call', 'brand', 'label', 'term', 'dub', 'describe', 'dismiss', 'denounce']);

/** Words of the content read for the complement: the object and the complement's first words. */
const REACH = 10;

/** Words that negate the complement ("called it not a lie but a mistake"). */
const NEGATIONS = new Set(['not', 'no', 'never', "n't"]);

/** Does the frame's naming cue call its object a falsehood? */
export function callsFalse(doc: Document, frame: Frame): boolean {
  const verb = doc.tokens[frame.cue.last - 1];
  if (!verb || !NAMING_VERBS.has(verb.lemma) || frame.content.length === 0) return false;
  const [s, e] = frame.content[0];
  if (s < frame.cue.last) return false;
  const nouns = wordSet('attribution-falsehood-nouns');
  for (let i = s; i < e && i - s < REACH; i++) {
    const t = doc.tokens[i];
    if (t.kind === 'punct' && (t.text === ',' || t.text === ';' || t.text === '.')) return false;
    if (t.kind !== 'word') continue;
    if (NEGATIONS.has(t.norm)) return false;
    if (nouns.has(t.norm)) return i > s;
  }
  return false;
}
