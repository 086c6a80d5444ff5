// Builds the shipped spin model in data/spin/ from openly licensed text only: WordNet 3.1's
// glosses, usage examples and multiword lemmas (WordNet licence), the State of the Union
// addresses and the CIA World Factbook (US Government works, public domain; see
// scripts/spin/open-texts.ts), and the reversed thesaurus (src/spin/thesaurus.ts) precomputed
// from WordNet's relations. No news article text goes in.
// Usage: node --import tsx scripts/spin/build-shipped-model.ts [outDir] [--min-pair N]
import { fileURLToPath } from 'node:url';
import { buildModelInMemory } from '../../src/spin/index.js';
import { saveModel } from '../../src/spin/model.js';
import { writeThesaurus } from '../../src/spin/thesaurus.js';
import { OPEN_SOURCES } from './open-texts.js';

const args = process.argv.slice(2);
const minAt = args.indexOf('--min-pair');
const minPairCount = minAt === -1 ? 1 : Number(args[minAt + 1]);
const positional = args.filter((a, i) => !a.startsWith('--') && (minAt === -1 || i !== minAt + 1));
const outDir = positional[0] ?? fileURLToPath(new URL('../../data/spin/', import.meta.url));
const started = Date.now();
const model = await buildModelInMemory([], undefined, 'wordnet');
for (const source of OPEN_SOURCES) {
  let texts = 0;
  let words = 0;
  for (const text of source.texts()) {
    texts++;
    words += model.counts.addText(text);
  }
  model.meta.sources.push(`${texts} texts (${words} words): ${source.licence}`);
  model.meta.articles += texts;
  model.meta.words += words;
}
saveModel(model, outDir, minPairCount);
const lemmas = writeThesaurus(outDir);
console.log(
  `${model.meta.words} words of open text; word pairs seen fewer than ${minPairCount} times dropped`,
);
console.log(`reversed thesaurus: ${lemmas} lemmas`);
console.log(`spin model written to ${outDir} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
