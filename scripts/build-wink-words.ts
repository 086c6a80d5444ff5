// Writes data/lexicon/wn-words.json.gz: wink-lexicon's table of WordNet base forms (word → index),
// which the wink-lemmatizer reads, as JSON. The package ships it as a 1.9 MB JavaScript object
// literal that takes Node about half a second to compile in every thread that lemmatises (the CLI,
// each ingest worker); JSON.parse reads the same table five times faster (src/text/wink-words.ts).
// Run again after upgrading wink-lexicon; a test checks that the two agree.
// Usage: node --import tsx scripts/build-wink-words.ts
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { WINK_WORDS_FILE, winkWordsPath } from '../src/text/wink-words.js';

const require = createRequire(import.meta.url);
const words = require(winkWordsPath()) as Record<string, number>;
const json = JSON.stringify(words);
writeFileSync(WINK_WORDS_FILE, gzipSync(json, { level: 9 }));
console.log(`${Object.keys(words).length} words, ${json.length} bytes of JSON → ${WINK_WORDS_FILE}`);
