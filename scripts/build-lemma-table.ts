// Writes data/lexicon/wn-lemma-table.json.gz: what the lemmatizer (src/text/morphy.ts) needs from
// wink-lexicon, the WordNet data wink-lemmatizer reads: the base forms that have an adjective, a
// noun or a verb sense, and the three exception lists. The package ships them as JavaScript object
// literals (1.9 MB of words, 0.8 MB of senses) that took Node over a quarter of a second of CPU
// to compile and read in every thread that lemmatises (the CLI, each ingest worker); this file is
// read in a few milliseconds. Run again after upgrading wink-lexicon (a test checks the lemmas
// against wink-lemmatizer's).
// Usage: node --import tsx scripts/build-lemma-table.ts
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { LEMMA_TABLE_FILE, type LemmaTable } from '../src/text/morphy.js';

const require = createRequire(createRequire(import.meta.url).resolve('wink-lemmatizer'));
const words = require('wink-lexicon/src/wn-words.js') as Record<string, number>;
const senses = require('wink-lexicon/src/wn-word-senses.js') as number[][];
const exceptions = (pos: string) =>
  require(`wink-lexicon/src/wn-${pos}-exceptions.js`) as Record<string, string>;
const version = (createRequire(import.meta.url)('wink-lexicon/package.json') as { version: string }).version;

// The sense tests of wink-lemmatizer's isAdjective, isNoun and isVerb.
const adjective: string[] = [];
const noun: string[] = [];
const verb: string[] = [];
for (const word of Object.keys(words)) {
  const s = senses[words[word]];
  if (!s) throw new Error(`no senses for ${word}`);
  if (s.some((k) => k < 2)) adjective.push(word);
  if (s.some((k) => k > 2 && k < 29)) noun.push(word);
  if (s.some((k) => k > 28 && k < 44)) verb.push(word);
}

function pairs(pos: string): string {
  const out: string[] = [];
  for (const [form, lemma] of Object.entries(exceptions(pos))) {
    if (!lemma || /\s/.test(form + lemma)) throw new Error(`unexpected ${pos} exception ${form} → ${lemma}`);
    out.push(form, lemma);
  }
  return out.join(' ');
}

for (const w of [...adjective, ...noun, ...verb]) if (/\s/.test(w)) throw new Error(`space in ${w}`);
const table: LemmaTable = {
  source: `wink-lexicon ${version}`,
  adjective: adjective.join(' '),
  noun: noun.join(' '),
  verb: verb.join(' '),
  adjectiveExceptions: pairs('adjective'),
  nounExceptions: pairs('noun'),
  verbExceptions: pairs('verb'),
};
const json = JSON.stringify(table);
writeFileSync(LEMMA_TABLE_FILE, gzipSync(json, { level: 9 }));
console.log(
  `${adjective.length} adjectives, ${noun.length} nouns, ${verb.length} verbs; ${json.length} bytes of JSON → ${LEMMA_TABLE_FILE}`,
);
