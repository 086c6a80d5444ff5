// The reversed thesaurus: for each WordNet lemma, the lemmas a spinner may have replaced by it
// (synonyms, adjectives "similar to" it, and its hypernyms at a higher cost), with a part of
// speech and a relation cost. Computed from WordNet (licence: see docs/spin.md) and kept
// precomputed in data/spin/thesaurus.tsv.gz, so that analysis never parses WordNet synsets.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import {
  allLemmas,
  multiwordLemma,
  related,
  senseCount,
  startsMultiwordLemma,
  synsetsOf,
  type Synset,
  type WordNetPos,
} from '../lexicon/wordnet.js';
import { SHIPPED_MODEL_DIR } from './model.js';

export interface RelatedLemma {
  lemma: string;
  pos: WordNetPos;
  /** Nats: 0 for a synonym, more for looser relations and for extra words. */
  cost: number;
}

const SYNONYM_COST = 0;
const SIMILAR_COST = 0.7;
const HYPERNYM_COST = 2.5;
/** Real spinners' thesauri list broader words too ("charges" for rates, "worth" for value), so a
 *  written word's hyponyms are candidates; a word with many hyponyms spreads over all of them. */
const HYPONYM_COST = 1.5;
const MAX_HYPONYMS = 25;
/** Hyponyms are taken from the written word's most frequent senses only (synsetsOf's order). */
const HYPONYM_SENSES = 3;
/** Per extra word of a multiword candidate: spinners mostly swap a word for a word. */
export const EXTRA_WORD_COST = 1;
const MAX_WORDS = 3;
const WORD_RE = /^[a-z][a-z' -]*[a-z]$/;
const FILE = 'thesaurus.tsv.gz';

function collect(
  out: Map<string, RelatedLemma>,
  synset: Synset,
  cost: number,
  self: string,
  maxWords = MAX_WORDS,
): void {
  if (synset.pointers.some((p) => p.symbol === '@i')) return; // an instance: a named person or place
  for (let i = 0; i < synset.lemmas.length; i++) {
    const lemma = synset.lemmas[i];
    if (synset.proper[i] || lemma === self || !WORD_RE.test(lemma)) continue;
    const words = lemma.split(' ').length;
    if (words > maxWords) continue;
    const total = cost + EXTRA_WORD_COST * (words - 1);
    const key = `${synset.pos}:${lemma}`;
    const prev = out.get(key);
    if (!prev || prev.cost > total) out.set(key, { lemma, pos: synset.pos, cost: total });
  }
}

/** The related lemmas of a lemma, computed from WordNet. */
export function relatedFromWordNet(lemma: string): RelatedLemma[] {
  const out = new Map<string, RelatedLemma>();
  const synsets = synsetsOf(lemma);
  for (const [rank, synset] of synsets.entries()) {
    collect(out, synset, SYNONYM_COST, lemma);
    if (synset.pos === 'a') for (const s of related(synset, ['&', '^'])) collect(out, s, SIMILAR_COST, lemma);
    if (synset.pos === 'n' || synset.pos === 'v') {
      for (const s of related(synset, ['@'])) collect(out, s, HYPERNYM_COST + EXTRA_WORD_COST, lemma);
      const hyponyms = rank < HYPONYM_SENSES ? related(synset, ['~']) : [];
      if (hyponyms.length <= MAX_HYPONYMS) for (const s of hyponyms) collect(out, s, HYPONYM_COST, lemma, 1);
    }
  }
  return [...out.values()];
}

/**
 * Writes the precomputed table for every WordNet lemma into `dir`, one row per lemma:
 * `lemma<TAB>senses<TAB>pos:row:cost|...`, where `row` is the row number (from 0) of the related
 * lemma, so that analysis reads a row without making a string per related lemma. Related lemmas
 * with no relations of their own get a row with 0 senses and no relations, after the others.
 */
export function writeThesaurus(dir: string): number {
  const lemmas: string[] = [];
  const relations: RelatedLemma[][] = [];
  const rowOfLemma = new Map<string, number>();
  for (const lemma of allLemmas()) {
    const rel = relatedFromWordNet(lemma);
    if (!rel.length) continue;
    rowOfLemma.set(lemma, lemmas.length);
    lemmas.push(lemma);
    relations.push(rel);
  }
  for (const rel of relations) {
    for (const r of rel) {
      if (rowOfLemma.has(r.lemma)) continue;
      rowOfLemma.set(r.lemma, lemmas.length);
      lemmas.push(r.lemma);
    }
  }
  const lines = lemmas.map((lemma, row) => {
    const rel = relations[row] ?? [];
    const senses = row < relations.length ? senseCount(lemma) : 0;
    return `${lemma}\t${senses}\t${rel.map((r) => `${r.pos}:${rowOfLemma.get(r.lemma)}:${r.cost}`).join('|')}`;
  });
  writeFileSync(join(dir, FILE), gzipSync(Buffer.from(lines.join('\n'), 'utf8'), { level: 9 }));
  return relations.length;
}

/** A step into the multiword lemmas with related lemmas, word by word ("short" → "short lived"). */
export interface PhraseNode {
  /** The lemma these words spell ("short-lived"), if any. */
  lemma: string | undefined;
  /** True when some longer such lemma starts with these words. */
  prefix: boolean;
  next: Map<string, PhraseNode> | undefined;
  /** Lemmas continuing below this node, sorted into `next` on the first step from it (so that
   *  loading does not split all 60 k multiword lemmas). */
  pending: string[] | undefined;
  /** How many words lead here. */
  depth: number;
  /** The words so far (for the WordNet fallback, which looks phrases up by their words). */
  words: string;
}

/** Lemma → row number (rows are parsed on use: an article needs a few hundred of the 128 k). */
let table: Map<string, number> | null | undefined;
let tableText = '';
/** Per row: its lemma, and the offsets in `tableText` of the tab before its senses, the tab
 *  before its related lemmas and the row's end. */
let rowLemmas: string[] = [];
let sensesAt: Int32Array = new Int32Array(0);
let relatedAt: Int32Array = new Int32Array(0);
let rowEnd: Int32Array = new Int32Array(0);
/** The same phrases as a word trie, so that detection walks a phrase without joining strings. */
let phraseRoot: PhraseNode | null = null;

function loadTable(): Map<string, number> | null {
  if (table !== undefined) return table;
  const path = join(SHIPPED_MODEL_DIR, FILE);
  if (!existsSync(path)) return (table = null);
  const rows = new Map<string, number>();
  phraseRoot = newNode(0);
  const text = gunzipSync(readFileSync(path)).toString('utf8');
  let lines = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines++;
  sensesAt = new Int32Array(lines);
  relatedAt = new Int32Array(lines);
  rowEnd = new Int32Array(lines);
  rowLemmas = new Array<string>(lines);
  let start = 0;
  for (let row = 0; row < lines; row++) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const tab = text.indexOf('\t', start);
    const tab2 = text.indexOf('\t', tab + 1);
    const lemma = text.slice(start, tab);
    rowLemmas[row] = lemma;
    sensesAt[row] = tab;
    relatedAt[row] = tab2;
    rowEnd[row] = end;
    rows.set(lemma, row);
    // Rows with no relations (lemmas only ever related to others) are no phrases to look for.
    if (tab2 + 1 < end && (lemma.includes(' ') || lemma.includes('-'))) addPhrase(phraseRoot, lemma);
    start = end + 1;
  }
  tableText = text;
  return (table = rows);
}

/** True when the precomputed table is shipped (else relations are computed from WordNet). */
export function thesaurusShipped(): boolean {
  return loadTable() !== null;
}

/** Number of rows of the shipped table (0 when it is not shipped). */
export function thesaurusRowCount(): number {
  return loadTable() ? rowLemmas.length : 0;
}

/** The row of a lemma in the shipped table, or -1. */
export function rowOf(lemma: string): number {
  return loadTable()?.get(lemma) ?? -1;
}

export function lemmaOfRow(row: number): string {
  return rowLemmas[row];
}

/** Number of WordNet senses of the lemma of a row (0 for a lemma without related lemmas). */
export function sensesOfRow(row: number): number {
  return decimalAt(tableText, sensesAt[row] + 1, relatedAt[row]);
}

/** A row's related lemmas, read into reusable arrays: `read(row)` returns how many there are. */
export class RelatedReader {
  rows = new Int32Array(64);
  /** Part of speech as its character code ('n', 'v', 'a', 'r'). */
  pos = new Uint8Array(64);
  costs = new Float64Array(64);

  read(row: number): number {
    const text = tableText;
    const end = rowEnd[row];
    let n = 0;
    // Entries "pos:row:cost" joined by "|".
    for (let from = relatedAt[row] + 1; from < end;) {
      let to = text.indexOf('|', from);
      if (to === -1 || to > end) to = end;
      if (n === this.rows.length) this.grow();
      this.pos[n] = text.charCodeAt(from);
      let related = 0;
      let at = from + 2;
      for (let c = text.charCodeAt(at); c !== 58; c = text.charCodeAt(++at))
        related = related * 10 + (c - 48);
      this.rows[n] = related;
      this.costs[n] = decimalAt(text, at + 1, to);
      n++;
      from = to + 1;
    }
    return n;
  }

  private grow(): void {
    const rows = new Int32Array(2 * this.rows.length);
    rows.set(this.rows);
    this.rows = rows;
    const pos = new Uint8Array(2 * this.pos.length);
    pos.set(this.pos);
    this.pos = pos;
    const costs = new Float64Array(2 * this.costs.length);
    costs.set(this.costs);
    this.costs = costs;
  }
}

function newNode(depth: number): PhraseNode {
  return { lemma: undefined, prefix: false, next: undefined, pending: undefined, depth, words: '' };
}

const WORD_BREAK = /[ -]/;

/** Files a multiword lemma under its first word; the rest of its words are sorted on use. */
function addPhrase(root: PhraseNode, lemma: string): void {
  const first = lemma.slice(0, lemma.search(WORD_BREAK));
  root.next ??= new Map();
  let node = root.next.get(first);
  if (!node) {
    node = newNode(1);
    node.prefix = true;
    root.next.set(first, node);
  }
  (node.pending ??= []).push(lemma);
}

/** Sorts a node's pending lemmas into children one word deeper. Same spellings of the same words
 *  ("short lived", "short-lived"): the last row wins. */
function expand(node: PhraseNode): void {
  const pending = node.pending!;
  node.pending = undefined;
  node.next ??= new Map();
  for (const lemma of pending) {
    const words = lemma.split(WORD_BREAK);
    let child = node.next.get(words[node.depth]);
    if (!child) {
      child = newNode(node.depth + 1);
      node.next.set(words[node.depth], child);
    }
    if (words.length === node.depth + 1) child.lemma = lemma;
    else {
      child.prefix = true;
      (child.pending ??= []).push(lemma);
    }
  }
}

/** The trie node for `words` followed by `word` (undefined when no phrase starts so). Same
 *  answers as startsPhrase and phraseLemma on the joined words. */
export function phraseStep(node: PhraseNode | null, word: string): PhraseNode | undefined {
  if (loadTable()) {
    const from = node ?? phraseRoot!;
    if (from.pending) expand(from);
    return from.next?.get(word);
  }
  if (node && !node.prefix) return undefined;
  const words = node ? `${node.words} ${word}` : word;
  const lemma = node ? multiwordLemma(words) : undefined;
  const prefix = startsMultiwordLemma(words);
  const depth = node ? node.depth + 1 : 1;
  return lemma !== undefined || prefix
    ? { lemma, prefix, next: undefined, pending: undefined, depth, words }
    : undefined;
}

/** Related lemmas of a lemma: from the precomputed table when shipped, else from WordNet. */
export function relatedLemmas(lemma: string): RelatedLemma[] {
  const out: RelatedLemma[] = [];
  forEachRelated(
    lemma,
    () => true,
    (related, pos, cost) => out.push({ lemma: related, pos, cost }),
  );
  return out;
}

/**
 * Calls `visit` with each related lemma of `lemma` whose part of speech `accept` takes, in the
 * order of relatedLemmas (the detector reads rows with RelatedReader instead: no strings).
 */
export function forEachRelated(
  lemma: string,
  accept: (pos: WordNetPos) => boolean,
  visit: (related: string, pos: WordNetPos, cost: number) => void,
): void {
  const t = loadTable();
  if (!t) {
    for (const r of relatedFromWordNet(lemma)) if (accept(r.pos)) visit(r.lemma, r.pos, r.cost);
    return;
  }
  const row = t.get(lemma);
  if (row === undefined) return;
  const reader = new RelatedReader();
  const n = reader.read(row);
  for (let k = 0; k < n; k++) {
    const pos = String.fromCharCode(reader.pos[k]) as WordNetPos;
    if (accept(pos)) visit(rowLemmas[reader.rows[k]], pos, reader.costs[k]);
  }
}

/** The number written in text[from, to): plain decimals ("0", "1.5") read directly, the same
 *  value as Number() gives (an exact integer over a power of ten, correctly rounded). */
function decimalAt(text: string, from: number, to: number): number {
  let digits = 0;
  let scale = 1;
  let point = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 && !point) point = true;
    else if (c >= 48 && c <= 57 && i - from < 15) {
      digits = digits * 10 + (c - 48);
      if (point) scale *= 10;
    } else return Number(text.slice(from, to));
  }
  return to > from && (!point || scale > 1) ? digits / scale : Number(text.slice(from, to));
}

/** Number of WordNet senses of a lemma that has related lemmas (0 otherwise). */
export function sensesOf(lemma: string): number {
  const t = loadTable();
  if (!t) return senseCount(lemma);
  const row = t.get(lemma);
  return row === undefined ? 0 : sensesOfRow(row);
}
