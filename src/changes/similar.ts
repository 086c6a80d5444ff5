// Word relations the change report needs: are two words synonyms (a spun phrase) or not (a
// changed meaning), and are two names spellings of one another (a corrupted name).
import { canonical } from '../reuse/synonyms.js';
import { hasLemma, related, synonyms, synsetsOf } from '../lexicon/wordnet.js';
import { lexicons } from './lexicons.js';

/** Levenshtein distance. */
export function editDistance(a: string, b: string): number {
  const m = b.length;
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= m; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[m];
}

/** Two name words that look like one name misspelt, clipped or re-lettered (Erdan/Erdogan, IS/ISIL). */
export function similarName(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return true;
  if (x.length >= 2 && y.length >= 2 && (x.startsWith(y) || y.startsWith(x))) return true;
  const d = editDistance(x, y);
  return d <= Math.max(1, Math.floor(0.5 * Math.max(x.length, y.length))) && x[0] === y[0];
}

const NEAR = ['@', '~', '&', '^', '$'];
/** Memo entries kept before a memo is cleared (a long-running server sees an open vocabulary). */
const MEMO_LIMIT = 200_000;
const relatedMemo = new Map<string, boolean>();
const neighbourMemo = new Map<string, Set<string>>();
const antonymMemo = new Map<string, Set<string>>();

function remember<V>(memo: Map<string, V>, key: string, value: V): V {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
  return value;
}

function wordnetNeighbours(lemma: string): Set<string> {
  const hit = neighbourMemo.get(lemma);
  if (hit) return hit;
  const out = new Set<string>(synonyms(lemma));
  for (const s of synsetsOf(lemma).slice(0, 6)) {
    for (const r of related(s, NEAR)) for (const l of r.lemmas) out.add(l);
  }
  return remember(neighbourMemo, lemma, out);
}

function antonyms(lemma: string): Set<string> {
  const hit = antonymMemo.get(lemma);
  if (hit) return hit;
  const out = new Set<string>();
  for (const s of synsetsOf(lemma)) for (const r of related(s, ['!'])) for (const l of r.lemmas) out.add(l);
  return remember(antonymMemo, lemma, out);
}

const NEGATIVE_PREFIX = /^(?:un|in|im|il|ir|dis|non-?)/;

/** Is `a` the word `b` with a negative prefix ("unverified" / "verified", "non-binding" / "binding")? */
export function prefixNegates(a: string, b: string): boolean {
  const m = NEGATIVE_PREFIX.exec(a);
  return !!m && b.length >= 3 && a.slice(m[0].length) === b;
}

/** Words of opposite sense: WordNet antonyms, or a pair of the change report's opposites lexicon. */
export function oppositeWords(a: string, b: string): boolean {
  if (a === b) return false;
  if (lexicons().opposites.get(a)?.has(b)) return true;
  try {
    return hasLemma(a) && hasLemma(b) && (antonyms(a).has(b) || antonyms(b).has(a));
  } catch {
    return false; // WordNet data unavailable
  }
}

/** Synonyms or close relatives (hypernym, hyponym, similar adjective) by the lexicon or WordNet. */
export function relatedWords(a: string, b: string): boolean {
  if (a === b) return true;
  if (canonical(a) === canonical(b)) return true;
  if (lexicons().opposites.get(a)?.has(b)) return false;
  const key = a < b ? `${a}|${b}` : `${b}|${a}`;
  const hit = relatedMemo.get(key);
  if (hit !== undefined) return hit;
  let r = false;
  try {
    if (hasLemma(a) && hasLemma(b)) {
      if (antonyms(a).has(b) || antonyms(b).has(a)) {
        return remember(relatedMemo, key, false);
      }
      const na = wordnetNeighbours(a);
      const nb = wordnetNeighbours(b);
      // Synonyms, or one step apart, or siblings under one near concept (pig/boar under swine).
      r = na.has(b) || nb.has(a) || [...na].some((w) => nb.has(w));
    }
  } catch {
    r = false; // WordNet data unavailable: fall back to the synonym classes alone
  }
  return remember(relatedMemo, key, r);
}

/**
 * Every content word on one side has a related word on the other (and vice versa). Each word is
 * given as its forms (lemma and surface form: "succeeding" relates to "next", "succeed" does not).
 */
export function relatedSets(a: string[][], b: string[][]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const rel = (x: string[], y: string[]) =>
    x.some((f) => y.some((g) => relatedWords(f, g) || sharesStem(f, g)));
  const ok = (x: string[][], y: string[][]) => x.every((w) => y.some((v) => rel(w, v)));
  return ok(a, b) && ok(b, a);
}

/** Same word in another form (slope/sloping, protect/protection). */
export function sharesStem(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  if (n < 4) return a === b;
  let k = 0;
  while (k < n && a[k] === b[k]) k++;
  return k >= Math.max(4, n - 2);
}
