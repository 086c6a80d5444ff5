// Loads lexicons kept as data files under data/lexicon/: one entry per line, `#` starts a comment.
// Each file's header says where its entries come from.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const LEXICON_DIR = fileURLToPath(new URL('../../data/lexicon/', import.meta.url));

/** The non-comment, non-blank lines of data/lexicon/NAME.txt, trimmed. */
export function loadLines(name: string): string[] {
  const raw = readFileSync(`${LEXICON_DIR}${name}.txt`, 'utf8');
  const out: string[] = [];
  for (const line of raw.split('\n')) {
    const hash = line.indexOf('#');
    const body = (hash === -1 ? line : line.slice(0, hash)).trim();
    if (body) out.push(body);
  }
  return out;
}

/** A lexicon as a set of lowercase entries. */
export function loadWordSet(name: string): Set<string> {
  return new Set(loadLines(name).map((l) => l.toLowerCase()));
}

/** A lexicon of `key<TAB or |>value` pairs. */
const pairsCache = new Map<string, ReadonlyMap<string, string>>();

/** The pairs of a lexicon, read from its file once (some callers ask on every word they test). */
export function loadPairs(name: string): ReadonlyMap<string, string> {
  let out = pairsCache.get(name);
  if (!out) {
    const pairs = new Map<string, string>();
    for (const line of loadLines(name)) {
      const [k, v] = line.split(/\t|\s*\|\s*/);
      if (k && v !== undefined) pairs.set(k.toLowerCase(), v);
    }
    pairsCache.set(name, (out = pairs));
  }
  return out;
}

const cache = new Map<string, Set<string>>();
/** Memoised loadWordSet, for hot paths. */
export function wordSet(name: string): Set<string> {
  let s = cache.get(name);
  if (!s) {
    s = loadWordSet(name);
    cache.set(name, s);
  }
  return s;
}
