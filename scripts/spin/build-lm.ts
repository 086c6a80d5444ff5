// Builds data/spin/cmu-lm.bin.gz, the news language model the spin detector reads, from an ARPA
// file of CMU Sphinx's generic US English trigram model (Debian package pocketsphinx-en-us; how
// to make the ARPA file from the package's en-us.lm.bin is in docs/spin.md).
// Usage: node --import tsx scripts/spin/build-lm.ts en-us.arpa [OUT]
import { createReadStream, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { encodeLm, parseArpa } from '../../src/spin/lm-format.js';

const [input, out = fileURLToPath(new URL('../../data/spin/cmu-lm.bin.gz', import.meta.url))] =
  process.argv.slice(2);
if (!input) {
  console.error('usage: build-lm.ts en-us.arpa [OUT]');
  process.exit(2);
}
const started = Date.now();
const tables = await parseArpa(createInterface({ input: createReadStream(input), crlfDelay: Infinity }));
const bytes = encodeLm(tables);
writeFileSync(out, bytes);
console.log(
  `${out}: ${tables.words.length} words, ${tables.biLeft.length} bigrams, ${tables.triBigram.length} trigrams` +
    ` (${tables.orphanTrigrams} trigrams without their bigram dropped), ${(bytes.length / 1e6).toFixed(1)} MB,` +
    ` ${((Date.now() - started) / 1000).toFixed(0)} s`,
);
