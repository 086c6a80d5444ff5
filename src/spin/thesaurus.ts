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

/** Writes the precomputed table for every WordNet lemma into `dir`. */
export function writeThesaurus(dir: string): number {
  const lines: string[] = [];
  for (const lemma of allLemmas()) {
    const rel = relatedFromWordNet(lemma);
    if (rel.length) {
      lines.push(
        `${lemma}\t${senseCount(lemma)}\t${rel.map((r) => `${r.pos}:${r.lemma}:${r.cost}`).join('|')}`,
      );
    }
  }
  writeFileSync(join(dir, FILE), gzipSync(Buffer.from(lines.join('\n'), 'utf8'), { level: 9 }));
  return lines.length;
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

/** Lemma → offset in `tableText` of the tab before its related lemmas (rows are parsed on use:
 *  an article needs a few hundred of the 128 k rows). */
let table: Map<string, number> | null | undefined;
let tableText = '';
/** The same phrases as a word trie, so that detection walks a phrase without joining strings. */
let phraseRoot: PhraseNode | null = null;

function loadTable(): Map<string, number> | null {
  if (table !== undefined) return table;
  const path = join(SHIPPED_MODEL_DIR, FILE);
  if (!existsSync(path)) return (table = null);
  const rows = new Map<string, number>();
  phraseRoot = newNode(0);
  const text = gunzipSync(readFileSync(path)).toString('utf8');
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const tab = text.indexOf('\t', start);
    const tab2 = text.indexOf('\t', tab + 1);
    if (tab > start && tab2 > tab && tab2 < end) {
      const lemma = text.slice(start, tab);
      rows.set(lemma, tab2);
      if (lemma.includes(' ') || lemma.includes('-')) addPhrase(phraseRoot, lemma);
    }
    start = end + 1;
  }
  tableText = text;
  return (table = rows);
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
 * order of relatedLemmas. The table row is read in place: no entry objects, and no strings for
 * the entries `accept` turns down.
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
  const at = t.get(lemma);
  if (at === undefined) return;
  let end = tableText.indexOf('\n', at);
  if (end === -1) end = tableText.length;
  // Entries "pos:lemma:cost" joined by "|".
  const text = tableText;
  for (let from = at + 1; from <= end;) {
    let to = text.indexOf('|', from);
    if (to === -1 || to > end) to = end;
    const a = text.indexOf(':', from);
    const pos = text.slice(from, a) as WordNetPos;
    if (accept(pos)) {
      const b = text.lastIndexOf(':', to - 1);
      visit(text.slice(a + 1, b), pos, decimalAt(text, b + 1, to));
    }
    from = to + 1;
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
  const at = t.get(lemma);
  return at === undefined ? 0 : Number(tableText.slice(tableText.lastIndexOf('\t', at - 1) + 1, at));
}
