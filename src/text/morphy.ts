// WordNet's Morphy as wink-lemmatizer implements it (same rules, same order, same results), over a
// compact copy of the wink-lexicon data it reads (data/lexicon/wn-lemma-table.json.gz, written by
// scripts/build-lemma-table.ts): the package's own tables are JavaScript object literals that took
// every lemmatising thread over a quarter of a second of CPU to compile and read; this copy is
// read in a few milliseconds. test/text/lemma.test.ts checks the lemmas against wink-lemmatizer's.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

export const LEMMA_TABLE_FILE = fileURLToPath(
  new URL('../../data/lexicon/wn-lemma-table.json.gz', import.meta.url),
);

/** The file's content: space-separated words, and space-separated (form, lemma) pairs. */
export interface LemmaTable {
  source: string;
  adjective: string;
  noun: string;
  verb: string;
  adjectiveExceptions: string;
  nounExceptions: string;
  verbExceptions: string;
}

/**
 * A set of the space-separated words of one string, without a string per word: an open-addressing
 * table of their offsets, probed by hash and compared in place (building a Set of the 81,000 words
 * cost ten times more).
 */
class WordSet {
  private starts: Int32Array;
  private slots: Int32Array;

  constructor(private words: string) {
    // One pass over the characters: word starts and hashes (FNV-1a, as hashOf) together.
    let count = words.length ? 1 : 0;
    for (let i = words.indexOf(' '); i !== -1; i = words.indexOf(' ', i + 1)) count++;
    const starts = new Int32Array(count + 1);
    const hashes = new Int32Array(count);
    let k = 0;
    let h = 0x811c9dc5;
    for (let i = 0; i < words.length; i++) {
      const c = words.charCodeAt(i);
      if (c === 32) {
        hashes[k++] = h;
        starts[k] = i + 1;
        h = 0x811c9dc5;
      } else h = Math.imul(h ^ c, 0x01000193);
    }
    if (count) hashes[k] = h;
    starts[count] = words.length + 1;
    let size = 16;
    while (size < count * 2) size *= 2;
    const slots = new Int32Array(size);
    const mask = size - 1;
    for (let w = 0; w < count; w++) {
      let s = hashes[w] & mask;
      while (slots[s] !== 0) s = (s + 1) & mask;
      slots[s] = w + 1;
    }
    this.starts = starts;
    this.slots = slots;
  }

  private hashOf(s: string): number {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    return h;
  }

  has(word: string): boolean {
    const mask = this.slots.length - 1;
    for (let s = this.hashOf(word) & mask; ; s = (s + 1) & mask) {
      const k = this.slots[s];
      if (k === 0) return false;
      const from = this.starts[k - 1];
      if (this.starts[k] - 1 - from === word.length && this.words.startsWith(word, from)) return true;
    }
  }
}

function exceptionMap(pairs: string): Map<string, string> {
  const map = new Map<string, string>();
  const parts = pairs ? pairs.split(' ') : [];
  for (let i = 0; i + 1 < parts.length; i += 2) map.set(parts[i], parts[i + 1]);
  return map;
}

interface Tables {
  adjective: WordSet;
  noun: WordSet;
  verb: WordSet;
  adjectiveExceptions: Map<string, string>;
  nounExceptions: Map<string, string>;
  verbExceptions: Map<string, string>;
}

let tables: Tables | null = null;

function load(): Tables {
  const t = JSON.parse(gunzipSync(readFileSync(LEMMA_TABLE_FILE)).toString('utf8')) as LemmaTable;
  return {
    adjective: new WordSet(t.adjective),
    noun: new WordSet(t.noun),
    verb: new WordSet(t.verb),
    adjectiveExceptions: exceptionMap(t.adjectiveExceptions),
    nounExceptions: exceptionMap(t.nounExceptions),
    verbExceptions: exceptionMap(t.verbExceptions),
  };
}

/** Base form of a verb (wink-lemmatizer's lemmatize.verb). */
/** Is the word a verb lemma of WordNet's? */
export function isVerbLemma(word: string): boolean {
  return (tables ??= load()).verb.has(word);
}

export function lemmatizeVerb(verb: string): string {
  const t = (tables ??= load());
  const exception = t.verbExceptions.get(verb);
  if (exception) return exception;
  let lemma = verb.replace(/s$/, '');
  if (lemma.length !== verb.length && t.verb.has(lemma)) return lemma;
  lemma = verb.replace(/ies$/, 'y');
  if (lemma.length !== verb.length && t.verb.has(lemma)) return lemma;
  lemma = verb.replace(/es$|ed$|ing$/, '');
  if (lemma.length !== verb.length) {
    if (t.verb.has(lemma)) return lemma;
    lemma += 'e';
    if (t.verb.has(lemma)) return lemma;
  }
  return verb;
}

// In wink-lemmatizer's order; "men" → "man" keeps the length, so (as there) it never applies.
const NOUN_RULES: [RegExp, string][] = [
  [/s$/, ''],
  [/ses$/, 's'],
  [/xes$/, 'x'],
  [/zes$/, 's'],
  [/ves$/, 'f'],
  [/ches$/, 'ch'],
  [/shes$/, 'sh'],
  [/men$/, 'man'],
  [/ies$/, 'y'],
];

/** Singular of a noun (wink-lemmatizer's lemmatize.noun). */
export function lemmatizeNoun(noun: string): string {
  const t = (tables ??= load());
  const exception = t.nounExceptions.get(noun);
  if (exception) return exception;
  for (const [re, by] of NOUN_RULES) {
    const lemma = noun.replace(re, by);
    if (lemma.length !== noun.length && t.noun.has(lemma)) return lemma;
  }
  return noun;
}

/** Base form of an adjective (wink-lemmatizer's lemmatize.adjective). */
export function lemmatizeAdjective(adjective: string): string {
  const t = (tables ??= load());
  const exception = t.adjectiveExceptions.get(adjective);
  if (exception) return exception;
  let lemma = adjective.replace(/est$|er$/, '');
  if (lemma.length === adjective.length) return adjective;
  if (t.adjective.has(lemma)) return lemma;
  lemma += 'e';
  if (t.adjective.has(lemma)) return lemma;
  return adjective;
}
