// Builds the shipped spin model in data/spin/ from openly licensed text only: WordNet 3.1's
// glosses, usage examples and multiword lemmas (WordNet licence), and the reversed thesaurus
// (src/spin/thesaurus.ts) precomputed from WordNet's relations. No article text goes in.
// Usage: node --import tsx scripts/spin/build-shipped-model.ts [outDir]
import { fileURLToPath } from 'node:url';
import { buildSpinModel } from '../../src/spin/index.js';
import { writeThesaurus } from '../../src/spin/thesaurus.js';

const outDir = process.argv[2] ?? fileURLToPath(new URL('../../data/spin/', import.meta.url));
const started = Date.now();
await buildSpinModel([], outDir, { minPairCount: 1 });
const lemmas = writeThesaurus(outDir);
console.log(`reversed thesaurus: ${lemmas} lemmas`);
console.log(`spin model written to ${outDir} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
