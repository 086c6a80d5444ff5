// The reversed thesaurus: for each WordNet lemma, the lemmas a spinner may have replaced by it
// (synonyms, adjectives "similar to" it, and its hypernyms at a higher cost), with a part of
// speech and a relation cost. Computed from WordNet (licence: see docs/spin.md) and kept
// precomputed in data/spin/thesaurus.tsv.gz, so that analysis never parses WordNet synsets.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { allLemmas, related, synsetsOf, type Synset, type WordNetPos } from '../lexicon/wordnet.js';
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
/** Per extra word of a multiword candidate: spinners mostly swap a word for a word. */
export const EXTRA_WORD_COST = 1;
const MAX_WORDS = 3;
const WORD_RE = /^[a-z][a-z' -]*[a-z]$/;
const FILE = 'thesaurus.tsv.gz';

function collect(out: Map<string, RelatedLemma>, synset: Synset, cost: number, self: string): void {
  if (synset.pointers.some((p) => p.symbol === '@i')) return; // an instance: a named person or place
  for (let i = 0; i < synset.lemmas.length; i++) {
    const lemma = synset.lemmas[i];
    if (synset.proper[i] || lemma === self || !WORD_RE.test(lemma)) continue;
    const words = lemma.split(' ').length;
    if (words > MAX_WORDS) continue;
    const total = cost + EXTRA_WORD_COST * (words - 1);
    const key = `${synset.pos}:${lemma}`;
    const prev = out.get(key);
    if (!prev || prev.cost > total) out.set(key, { lemma, pos: synset.pos, cost: total });
  }
}

/** The related lemmas of a lemma, computed from WordNet. */
export function relatedFromWordNet(lemma: string): RelatedLemma[] {
  const out = new Map<string, RelatedLemma>();
  for (const synset of synsetsOf(lemma)) {
    collect(out, synset, SYNONYM_COST, lemma);
    if (synset.pos === 'a') for (const s of related(synset, ['&'])) collect(out, s, SIMILAR_COST, lemma);
    if (synset.pos === 'n' || synset.pos === 'v') {
      for (const s of related(synset, ['@'])) collect(out, s, HYPERNYM_COST + EXTRA_WORD_COST, lemma);
    }
  }
  return [...out.values()];
}

/** Writes the precomputed table for every WordNet lemma into `dir`. */
export function writeThesaurus(dir: string): number {
  const lines: string[] = [];
  for (const lemma of allLemmas()) {
    const rel = relatedFromWordNet(lemma);
    if (rel.length) lines.push(`${lemma}\t${rel.map((r) => `${r.pos}:${r.lemma}:${r.cost}`).join('|')}`);
  }
  writeFileSync(join(dir, FILE), gzipSync(Buffer.from(lines.join('\n'), 'utf8'), { level: 9 }));
  return lines.length;
}

let table: Map<string, string> | null | undefined;

function loadTable(): Map<string, string> | null {
  if (table !== undefined) return table;
  const path = join(SHIPPED_MODEL_DIR, FILE);
  if (!existsSync(path)) return (table = null);
  table = new Map();
  const text = gunzipSync(readFileSync(path)).toString('utf8');
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const tab = text.indexOf('\t', start);
    if (tab > start && tab < end) table.set(text.slice(start, tab), text.slice(tab + 1, end));
    start = end + 1;
  }
  return table;
}

/** Related lemmas of a lemma: from the precomputed table when shipped, else from WordNet. */
export function relatedLemmas(lemma: string): RelatedLemma[] {
  const t = loadTable();
  if (!t) return relatedFromWordNet(lemma);
  const row = t.get(lemma);
  if (!row) return [];
  return row.split('|').map((entry) => {
    const a = entry.indexOf(':');
    const b = entry.lastIndexOf(':');
    return {
      pos: entry.slice(0, a) as WordNetPos,
      lemma: entry.slice(a + 1, b),
      cost: Number(entry.slice(b + 1)),
    };
  });
}
