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

// Key and hash per distinct word form, memoised: this runs for every token on ingest.
const unitMemo = new Map<string, { key: string; hash: number }>();
function unitOf(t: DocToken): { key: string; hash: number } {
  const memoKey = t.kind === 'number' ? `#${t.norm}` : t.lemma;
  let u = unitMemo.get(memoKey);
  if (!u) {
    const key = unitKey(t);
    u = { key, hash: hash32(key) };
    if (unitMemo.size < 500_000) unitMemo.set(memoKey, u);
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
 * Anchors in reading order, distinct: name-like words and numbers (normalised), outside furniture;
 * the first `limit` of them.
 */
export function anchorTerms(doc: Document, limit = Infinity): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  const skip = new Uint8Array(doc.sentences.length);
  for (const p of doc.paragraphs)
    if (isFurniture(doc.text.slice(p.start, p.end))) skip.fill(1, p.sentenceStart, p.sentenceEnd);
  for (let i = 0; i < doc.tokens.length && out.length < limit; i++) {
    const t = doc.tokens[i];
    if (skip[t.sentence] === 1) continue;
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
