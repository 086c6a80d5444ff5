// Builds the shipped spin model in data/spin/ from openly licensed text only: WordNet 3.1's
// glosses, usage examples and multiword lemmas (WordNet licence). No article text goes in.
// Usage: node --import tsx scripts/spin/build-shipped-model.ts [outDir]
import { fileURLToPath } from 'node:url';
import { buildSpinModel } from '../../src/spin/index.js';

const outDir = process.argv[2] ?? fileURLToPath(new URL('../../data/spin/', import.meta.url));
const started = Date.now();
await buildSpinModel([], outDir, { minPairCount: 1 });
console.log(`spin model written to ${outDir} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
