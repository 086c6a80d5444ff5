// Builds data/attribution/word-clusters.txt: a hierarchy of word clusters over the shipped GloVe
// word vectors (src/lexicon/embeddings.ts), for the attribution models' features (clusters.ts).
// Spherical k-means (cosine), deterministic (fixed seed, k-means++ seeding, fixed iterations):
// the 100,000 words are cut into 32 clusters, each of these into 4 (128), each again into 4 (512)
// and again into 4 (2,048). A word's number is its path: 6 bits level 1, then 2 bits per level,
// so its cluster at 512 is (number >> 2), at 128 (number >> 4), at 32 (number >> 6).
// Usage: node --import tsx scripts/attribution/build-word-clusters.ts
import { writeFileSync } from 'node:fs';
import { CLUSTER_TABLE_PATH } from '../../src/attribution/clusters.js';
import { embeddings } from '../../src/lexicon/embeddings.js';

const TOP = 32;
const SPLIT = 4;
const LEVELS = 3;
const ITERATIONS = 20;

const glove = embeddings();
if (!glove) throw new Error('word vectors missing: data/lexicon/glove-100d.bin.gz');
const { dims, size } = glove;
const vectors = new Float32Array(size * dims);
for (let i = 0; i < size; i++) vectors.set(glove.vector(i), i * dims);
// Frequent words share a common direction that would lump "the", "said" and "government"
// together: centre the vectors and take out their top principal directions ("all-but-the-top",
// Mu and Viswanath 2018), then scale each to unit length.
const REMOVED_DIRECTIONS = 2;
const mean = new Float64Array(dims);
for (let i = 0; i < size; i++) for (let d = 0; d < dims; d++) mean[d] += vectors[i * dims + d]! / size;
for (let i = 0; i < size; i++) for (let d = 0; d < dims; d++) vectors[i * dims + d] -= mean[d]!;
const covariance = new Float64Array(dims * dims);
for (let i = 0; i < size; i++) {
  const row = i * dims;
  for (let a = 0; a < dims; a++) {
    const va = vectors[row + a]!;
    for (let b = 0; b < dims; b++) covariance[a * dims + b] += va * vectors[row + b]!;
  }
}
const directions: Float64Array[] = [];
for (let r = 0; r < REMOVED_DIRECTIONS; r++) {
  let u = new Float64Array(dims).fill(1 / Math.sqrt(dims));
  for (let it = 0; it < 200; it++) {
    const next = new Float64Array(dims);
    for (let a = 0; a < dims; a++)
      for (let b = 0; b < dims; b++) next[a] += covariance[a * dims + b]! * u[b]!;
    for (const p of directions) {
      let s = 0;
      for (let d = 0; d < dims; d++) s += next[d]! * p[d]!;
      for (let d = 0; d < dims; d++) next[d] -= s * p[d]!;
    }
    const n = Math.sqrt(next.reduce((s, x) => s + x * x, 0));
    u = next.map((x) => x / n);
  }
  directions.push(u);
}
for (let i = 0; i < size; i++) {
  const row = i * dims;
  for (const p of directions) {
    let s = 0;
    for (let d = 0; d < dims; d++) s += vectors[row + d]! * p[d]!;
    for (let d = 0; d < dims; d++) vectors[row + d] -= s * p[d]!;
  }
  let norm = 0;
  for (let d = 0; d < dims; d++) norm += vectors[row + d]! ** 2;
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (let d = 0; d < dims; d++) vectors[row + d] *= scale;
}

let seed = 17;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;

function dot(i: number, centres: Float32Array, c: number): number {
  let s = 0;
  for (let a = i * dims, b = c * dims, end = a + dims; a < end; a++, b++) s += vectors[a]! * centres[b]!;
  return s;
}

/** Spherical k-means of the words `members` into k clusters; returns each member's cluster. */
function kmeans(members: number[], k: number): Uint16Array {
  const assign = new Uint16Array(members.length);
  if (members.length <= k) {
    members.forEach((_, m) => (assign[m] = m));
    return assign;
  }
  const centres = new Float32Array(k * dims);
  // k-means++ seeding: each next centre drawn with probability proportional to its distance.
  const distance = new Float64Array(members.length).fill(Infinity);
  let pick = Math.floor(rand() * members.length);
  for (let c = 0; c < k; c++) {
    centres.set(vectors.subarray(members[pick]! * dims, (members[pick]! + 1) * dims), c * dims);
    let total = 0;
    for (let m = 0; m < members.length; m++) {
      distance[m] = Math.min(distance[m]!, 1 - dot(members[m]!, centres, c));
      total += Math.max(0, distance[m]!);
    }
    let r = rand() * total;
    pick = members.length - 1;
    for (let m = 0; m < members.length; m++) {
      r -= Math.max(0, distance[m]!);
      if (r <= 0) {
        pick = m;
        break;
      }
    }
  }
  for (let it = 0; it < ITERATIONS; it++) {
    for (let m = 0; m < members.length; m++) {
      let best = 0;
      let bestScore = -Infinity;
      for (let c = 0; c < k; c++) {
        const s = dot(members[m]!, centres, c);
        if (s > bestScore) {
          bestScore = s;
          best = c;
        }
      }
      assign[m] = best;
    }
    centres.fill(0);
    for (let m = 0; m < members.length; m++) {
      const w = members[m]! * dims;
      const c = assign[m]! * dims;
      for (let d = 0; d < dims; d++) centres[c + d] += vectors[w + d]!;
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < dims; d++) norm += centres[c * dims + d]! ** 2;
      const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
      for (let d = 0; d < dims; d++) centres[c * dims + d] *= scale;
    }
  }
  return assign;
}

const path = new Uint32Array(size);
let groups: number[][] = [Array.from({ length: size }, (_, i) => i)];
for (let level = 0; level <= LEVELS; level++) {
  const k = level === 0 ? TOP : SPLIT;
  const next: number[][] = [];
  for (const members of groups) {
    const assign = kmeans(members, k);
    const parts: number[][] = Array.from({ length: k }, () => []);
    members.forEach((w, m) => {
      path[w] = path[w]! * k + assign[m]!;
      parts[assign[m]!]!.push(w);
    });
    next.push(...parts);
  }
  groups = next;
  console.log(`level ${level + 1}: ${groups.filter((g) => g.length > 0).length} clusters`);
}

const lines = [
  '# Word clusters for the attribution models (see src/attribution/clusters.ts): word, tab, cluster',
  '# number (a path: 32 clusters, each cut into 4, three times; number >> 2 is the cluster among 512,',
  '# >> 4 among 128, >> 6 among 32). Generated by scripts/attribution/build-word-clusters.ts',
  '# (vectors centred, their 2 top principal directions removed, then spherical k-means with a fixed',
  '# seed) from the GloVe 6B 100-dimensional word vectors shipped in',
  '# data/lexicon/glove-100d.bin.gz (Pennington, Socher, Manning 2014, Stanford NLP; Wikipedia 2014 +',
  '# Gigaword 5; Public Domain Dedication and License 1.0). Words in GloVe frequency order.',
];
for (let i = 0; i < size; i++) lines.push(`${glove.words[i]}\t${path[i]}`);
writeFileSync(CLUSTER_TABLE_PATH, `${lines.join('\n')}\n`);
console.log(`${size} words → ${CLUSTER_TABLE_PATH}`);
