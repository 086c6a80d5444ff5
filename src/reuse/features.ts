// Rewrite-robust features of a Document: content units per sentence (lemmas of content words,
// numbers), anchors (names, numbers, quoted rare words) and shingles for MinHash.
import type { Document, DocToken } from '../text/document.js';
import { isSpaceUnit } from '../text/chars.js';
import { canonical } from './synonyms.js';
import { hash32 } from '../text/hash.js';
import { loadLines } from '../lexicon/load.js';

let furnitureRe: RegExp | null = null;

/**
 * Is this paragraph page furniture: a short line of navigation, sharing or credits
 * (data/lexicon/page-furniture.txt) that sites wrap around the articles they publish.
 */
export function isFurniture(paragraph: string): boolean {
  furnitureRe ??= new RegExp(
    `\\b(?:${loadLines('page-furniture')
      .map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('|')})\\b|\\|`,
    'i',
  );
  return atMostWords(paragraph, 25) && furnitureRe.test(paragraph);
}

/** paragraph.split(/\s+/).length <= max, without making the pieces. */
function atMostWords(paragraph: string, max: number): boolean {
  let pieces = 1;
  for (let i = 0; i < paragraph.length;) {
    if (!isSpaceUnit(paragraph.charCodeAt(i))) {
      i++;
      continue;
    }
    if (++pieces > max) return false;
    while (i < paragraph.length && isSpaceUnit(paragraph.charCodeAt(i))) i++;
  }
  return true;
}

export interface Unit {
  /** Canonical form: synonym-class representative of the lemma, or the normalised number. */
  key: string;
  /** 32-bit hash of `key`, for shingles. */
  hash: number;
  /** Weight in similarity: names and numbers count more than common words. */
  weight: number;
  token: number;
}

const NUMBER_CLEAN_RE = /[,]/g;

export function isContent(t: DocToken): boolean {
  return (t.kind === 'word' && !t.stop && t.norm.length > 1) || t.kind === 'number';
}

export function unitKey(t: DocToken): string {
  return t.kind === 'number' ? t.norm.replace(NUMBER_CLEAN_RE, '') : canonical(t.lemma);
}

// Key and hash per distinct lemma (words) or normal form (numbers), memoised: this runs for every
// token on ingest. Two maps, so that a number's memo key is not a new string each time.
const wordUnits = new Map<string, { key: string; hash: number }>();
const numberUnits = new Map<string, { key: string; hash: number }>();
function unitOf(t: DocToken): { key: string; hash: number } {
  const memo = t.kind === 'number' ? numberUnits : wordUnits;
  const memoKey = t.kind === 'number' ? t.norm : t.lemma;
  let u = memo.get(memoKey);
  if (!u) {
    const key = unitKey(t);
    u = { key, hash: hash32(key) };
    if (memo.size < 500_000) memo.set(memoKey, u);
  }
  return u;
}

const CLAUSE_OPENER_RE = /^[“"‘:(]$/;

/** Is this token a name-like word: capitalised and not the first word of its sentence. */
export function isNameLike(doc: Document, i: number): boolean {
  const t = doc.tokens[i];
  if (!t.cap || t.stop) return false;
  const s = doc.sentences[t.sentence];
  if (i > s.tokenStart) {
    // After an opening quote or a colon, capitals start a clause, not a name.
    if (i - 1 === s.tokenStart) {
      const prev = doc.tokens[i - 1];
      if (prev.kind === 'punct' && CLAUSE_OPENER_RE.test(prev.text)) return false;
    }
    return true;
  }
  return false;
}

const unitsMemo = new WeakMap<Document, Unit[][]>();

/** Content units of each sentence (memoised per Document: alignment asks for them repeatedly). */
export function sentenceUnits(doc: Document): Unit[][] {
  let units = unitsMemo.get(doc);
  if (!units) unitsMemo.set(doc, (units = computeUnits(doc)));
  return units;
}

function computeUnits(doc: Document): Unit[][] {
  return doc.sentences.map((s) => {
    const out: Unit[] = [];
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = doc.tokens[i];
      if (!isContent(t)) continue;
      const weight = t.kind === 'number' || isNameLike(doc, i) ? 1.6 : 1;
      const u = unitOf(t);
      out.push({ key: u.key, hash: u.hash, weight, token: i });
    }
    return out;
  });
}

/**
 * The content units of a Document as flat arrays, for its fingerprint and packed units: per unit
 * (sentence by sentence, in reading order) its hash and whether it is strong (a name or a number:
 * weight above 1), and the number of units of each sentence. The same units as sentenceUnits,
 * without an object per unit (ingest needs only these hashes).
 */
export interface UnitHashes {
  hashes: Uint32Array;
  strong: Uint8Array;
  perSentence: Uint32Array;
}

const hashesMemo = new WeakMap<Document, UnitHashes>();

export function unitHashes(doc: Document): UnitHashes {
  let flat = hashesMemo.get(doc);
  if (flat) return flat;
  const units = unitsMemo.get(doc);
  flat = units ? flatten(units) : computeUnitHashes(doc);
  hashesMemo.set(doc, flat);
  return flat;
}

function computeUnitHashes(doc: Document): UnitHashes {
  const tokens = doc.tokens;
  const hashes = new Uint32Array(tokens.length);
  const strong = new Uint8Array(tokens.length);
  const perSentence = new Uint32Array(doc.sentences.length);
  let n = 0;
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si];
    const first = n;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = tokens[i];
      if (!isContent(t)) continue;
      hashes[n] = unitOf(t).hash;
      strong[n] = t.kind === 'number' || isNameLike(doc, i) ? 1 : 0;
      n++;
    }
    perSentence[si] = n - first;
  }
  return { hashes: hashes.subarray(0, n), strong: strong.subarray(0, n), perSentence };
}

function flatten(units: Unit[][]): UnitHashes {
  let n = 0;
  for (const s of units) n += s.length;
  const hashes = new Uint32Array(n);
  const strong = new Uint8Array(n);
  const perSentence = new Uint32Array(units.length);
  let k = 0;
  units.forEach((s, i) => {
    perSentence[i] = s.length;
    for (const u of s) {
      hashes[k] = u.hash;
      strong[k++] = u.weight > 1 ? 1 : 0;
    }
  });
  return { hashes, strong, perSentence };
}

/**
 * Anchors in reading order, distinct: name-like words and numbers (normalised), outside furniture
 * (or outside the paragraphs `skip` tells, given a paragraph's text and its number of sentences);
 * the first `limit` of them.
 */
export function anchorTerms(
  doc: Document,
  limit = Infinity,
  skip: (paragraph: string, sentences: number) => boolean = isFurniture,
): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  // Paragraphs are tested for furniture as the scan reaches them: it mostly stops at the limit
  // long before the end, and the test (a regular expression) costs more than the scan.
  let paragraph = -1;
  let furniture = false;
  for (let i = 0; i < doc.tokens.length && out.length < limit; i++) {
    const t = doc.tokens[i];
    const p = doc.sentences[t.sentence].paragraph;
    if (p !== paragraph) {
      paragraph = p;
      const range = doc.paragraphs[p];
      furniture = skip(doc.text.slice(range.start, range.end), range.sentenceEnd - range.sentenceStart);
    }
    if (furniture) continue;
    let term: string | null = null;
    if (t.kind === 'number') {
      const n = t.norm.replace(NUMBER_CLEAN_RE, '');
      if (n.length >= 2 && !YEAR_RE.test(n)) term = `#${n}`;
    } else if (t.kind === 'word' && t.norm.length > 2 && isNameLike(doc, i)) term = t.norm;
    if (term && !seen.has(term)) {
      seen.add(term);
      out.push(term);
    }
  }
  return out;
}

const YEAR_RE = /^(19|20)\d\d$/;
