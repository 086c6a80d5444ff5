// Speakers listed with commas ("Doctors, nurses and paramedics said", "The mayor, the governor
// and the police chief said", "said Ames, Brandt and Cole"): the commas inside such a list join
// its items into one speaker, where a comma otherwise ends a speaker span.
import { isAgentNoun } from './agents.js';
import type { DocToken, Document } from '../text/document.js';
import { DETERMINERS, isTitleWord } from './names.js';
import { timeBefore } from './times.js';
import { FINITE, pluralLemma } from './word-forms.js';

/** Words no item of such a list holds: a preposition or a clause's word makes it no bare noun phrase. */
const NOT_IN_ITEM = new Set([
  ...['in', 'on', 'at', 'for', 'of', 'with', 'by', 'from', 'to', 'during', 'about', 'after'],
  ...['before', 'since', 'when', 'while', 'who', 'which', 'that', 'or', 'but', 'however'],
]);

/** Words of an item at most (a modifier or two and the noun: "senior hospital doctors"). */
const ITEM_WORDS = 4;

/** Plurals that need no -s ("Police, firefighters and paramedics"). */
const BARE_PLURALS = new Set(['police', 'staff', 'clergy', 'personnel']);

const isPlural = (t: DocToken, opening: boolean): boolean =>
  t.kind === 'word' && (!t.cap || opening) && (BARE_PLURALS.has(t.norm) || pluralLemma(t) !== null);

/** The items of [from, end) split at its commas and its last "and" (", and" too); null if not so. */
function items(doc: Document, from: number, end: number): [number, number][] | null {
  const out: [number, number][] = [];
  let start = from;
  let ands = 0;
  for (let k = from; k <= end; k++) {
    const t = doc.tokens[k];
    const and = k < end && t.norm === 'and' && !t.cap;
    if (k < end && t.text !== ',' && !and) continue;
    if (and) ands++;
    // (", and": the comma's item is the one before it; "and" opens no empty item.)
    if (k > start) out.push([start, k]);
    else if (!(and && doc.tokens[k - 1]?.text === ',')) return null;
    start = k + 1;
  }
  // One "and", before the last item.
  if (ands !== 1 || out.length < 2) return null;
  return out;
}

/** The shape of an item: "plural" ("nurses", "More than 200 painters"), "determined" ("the governor"), or null. */
function shape(doc: Document, [s, e]: [number, number], opening: boolean): 'plural' | 'determined' | null {
  let words = 0;
  for (let k = s; k < e; k++) {
    const t = doc.tokens[k];
    const glued = k > s && doc.tokens[k - 1].end === t.start;
    if (t.kind === 'word') {
      if (FINITE.has(t.norm) || NOT_IN_ITEM.has(t.norm)) return null;
      if (!glued) words++;
    } else if (t.kind !== 'number' && !(glued && (t.text === '-' || t.text === "'" || t.text === '’')))
      return null;
  }
  const head = doc.tokens[e - 1];
  // (Not an item that is a time: "The next day, the mayor and the governor said".)
  if (words === 0 || words > ITEM_WORDS || head.kind !== 'word' || timeBefore(doc, e - 1, s) > 0) return null;
  // A person or a body ("nurses", "unions", "the governor"): not "The next day, the mayor and …".
  if (!isAgentNoun(pluralLemma(head) ?? head.lemma) && !BARE_PLURALS.has(head.norm)) return null;
  if (DETERMINERS.has(doc.tokens[s].norm) && e - s >= 2 && !head.cap) return 'determined';
  // (The sentence's first word is capitalised: "Doctors, nurses and …".)
  return isPlural(head, opening && e - s === 1) ? 'plural' : null;
}

/**
 * Does the comma at token `comma` stand inside a list of noun phrases of one shape that ends the
 * speaker at `end` and opens at `lo` or after a comma ("Officials, diplomats and analysts said",
 * "The mayor, the governor and the police chief said")? Names are read by the caller's own rule.
 */
export function commaInNounList(doc: Document, comma: number, end: number, lo: number): boolean {
  if (doc.tokens[comma].text !== ',') return false;
  let from = comma - 1;
  while (from > lo && doc.tokens[from - 1].text !== ',') from--;
  if (from === comma) return false;
  const after = items(doc, comma + 1, end);
  const first = shape(doc, [from, comma], from === lo);
  return !!after && !!first && after.every((it) => shape(doc, it, false) === first);
}

/**
 * "…, said Ames, Brandt and Cole.": the comma at `comma` after an inverted speaker's name opens
 * more names, the last after "and", up to `stop`; the speaker starts at `from` (the sentence's end); no title among them ("said
 * Tom Hale, President and Chief Executive" is one man's offices).
 */
export function namesListAfter(doc: Document, from: number, comma: number, stop: number): boolean {
  if (doc.tokens[comma].text !== ',' || !doc.tokens[comma - 1]?.cap) return false;
  // (Not names after "as": "also known as Ardo, Ardi and Ardu" names one thing thrice.)
  if (doc.tokens[from - 1]?.norm === 'as') return false;
  const list = items(doc, comma + 1, stop);
  return (
    !!list &&
    list.every(([s, e]) => {
      if (e - s > ITEM_WORDS) return false;
      for (let k = s; k < e; k++) {
        const t = doc.tokens[k];
        if (t.kind !== 'word' || !t.cap || isTitleWord(t.norm)) return false;
      }
      return true;
    })
  );
}
