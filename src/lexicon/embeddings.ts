// Word vectors shipped in data/lexicon/glove-100d.bin.gz (GloVe 6B, 100 dimensions, the 100,000
// most frequent plain lowercase words; built by scripts/build-embeddings.ts, provenance there and
// in the README). Vectors are unit length, stored as signed bytes; a word's index is its
// frequency rank in the GloVe corpus (Wikipedia + Gigaword newswire).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

/** Bytes per unit of a unit-length component. */
export const EMBEDDING_SCALE = 200;
const MAGIC = 0x31564c47; // "GLV1", little-endian

const FILE = fileURLToPath(new URL('../../data/lexicon/glove-100d.bin.gz', import.meta.url));

export interface Embeddings {
  readonly dims: number;
  readonly size: number;
  readonly words: readonly string[];
  /** Index (= frequency rank) of a lowercase word, -1 when absent. */
  index(word: string): number;
  /** The quantised vector of index i (a view, do not modify). */
  vector(i: number): Int8Array;
  /** Cosine similarity of two indexes. */
  cosine(i: number, j: number): number;
  /** 1 / length of the quantised vector of index i (0 for a zero vector). */
  inverseNorm(i: number): number;
}

/** Serialises words and their quantised vectors (the file body, before gzip). */
export function encodeEmbeddings(words: string[], dims: number, vectors: Int8Array): Buffer {
  const text = Buffer.from(words.join('\n'), 'utf8');
  const head = Buffer.alloc(16);
  head.writeUInt32LE(MAGIC, 0);
  head.writeUInt32LE(words.length, 4);
  head.writeUInt32LE(dims, 8);
  head.writeUInt32LE(text.length, 12);
  return Buffer.concat([head, text, Buffer.from(vectors.buffer, vectors.byteOffset, vectors.length)]);
}

/** Parses a file body written by encodeEmbeddings. */
export function decodeEmbeddings(body: Buffer): Embeddings {
  if (body.length < 16 || body.readUInt32LE(0) !== MAGIC) throw new Error('not an embeddings file');
  const size = body.readUInt32LE(4);
  const dims = body.readUInt32LE(8);
  const textLength = body.readUInt32LE(12);
  const words = body.toString('utf8', 16, 16 + textLength).split('\n');
  const start = 16 + textLength;
  if (words.length !== size || body.length !== start + size * dims) {
    throw new Error('embeddings file is truncated');
  }
  // Copy into an aligned buffer of its own so views do not keep the gunzipped body alive.
  const data = new Int8Array(size * dims);
  data.set(new Int8Array(body.buffer, body.byteOffset + start, size * dims));
  const byWord = new Map<string, number>();
  for (let i = 0; i < size; i++) byWord.set(words[i]!, i);
  const inverseNorm = new Float32Array(size);
  for (let i = 0; i < size; i++) {
    let s = 0;
    for (let k = i * dims, end = k + dims; k < end; k++) s += data[k]! * data[k]!;
    inverseNorm[i] = s > 0 ? 1 / Math.sqrt(s) : 0;
  }
  return {
    dims,
    size,
    words,
    index: (word) => byWord.get(word) ?? -1,
    vector: (i) => data.subarray(i * dims, (i + 1) * dims),
    inverseNorm: (i) => inverseNorm[i]!,
    cosine(i, j) {
      let s = 0;
      for (let a = i * dims, b = j * dims, end = a + dims; a < end; a++, b++) s += data[a]! * data[b]!;
      return s * inverseNorm[i]! * inverseNorm[j]!;
    },
  };
}

let loaded: Embeddings | null | undefined;
/** The shipped embeddings (read once), or null when the data file is missing. */
export function embeddings(): Embeddings | null {
  if (loaded === undefined) {
    loaded = existsSync(FILE) ? decodeEmbeddings(gunzipSync(readFileSync(FILE))) : null;
  }
  return loaded;
}
