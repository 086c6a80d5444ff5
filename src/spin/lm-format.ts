// The shipped news language model's file format (data/spin/cmu-lm.bin.gz): an ARPA trigram model
// (log10 probabilities and back-off weights) read into sorted tables with integer word ids, and
// written as one gzipped buffer: a JSON header, the vocabulary, unigram values as float32, and
// the bigram and trigram tables as varint-coded counts and id deltas with 8-bit quantised values.
// Reading it back (decodeLm) gives typed arrays that the model (news-lm.ts) searches directly.
import { gunzipSync, gzipSync } from 'node:zlib';

/** An n-gram model as parsed from ARPA text, words by id in code-point order. */
export interface ArpaTables {
  words: string[];
  uniProb: Float32Array;
  uniBackoff: Float32Array;
  /** Bigrams sorted by (left, right); backoff 0 where the file gives none. */
  biLeft: Uint32Array;
  biRight: Uint32Array;
  biProb: Float32Array;
  biBackoff: Float32Array;
  /** Trigrams sorted by (their first two words' bigram index, third word). */
  triBigram: Uint32Array;
  triRight: Uint32Array;
  triProb: Float32Array;
  /** Trigrams dropped because their first two words are no bigram. */
  orphanTrigrams: number;
}

/** The decoded tables: natural-log values, bigrams grouped by left word, trigrams by bigram.
 *  Bigram and trigram values stay 8-bit codes into their 256 levels (`biProbLevels[biProb[k]]`). */
export interface LmTables {
  /** Ascending in code-unit order (what `<` compares). */
  words: string[];
  uniProb: Float32Array;
  uniBackoff: Float32Array;
  /** Bigrams of left word w: indexes biStart[w] to biStart[w + 1] - 1, right words ascending. */
  biStart: Uint32Array;
  biRight: Uint32Array;
  biProb: Uint8Array;
  biProbLevels: Float32Array;
  biBackoff: Uint8Array;
  biBackoffLevels: Float32Array;
  /** Trigrams extending bigram b: triStart[b] to triStart[b + 1] - 1, third words ascending. */
  triStart: Uint32Array;
  triRight: Uint32Array;
  triProb: Uint8Array;
  triProbLevels: Float32Array;
}

const LN10 = Math.log(10);

/** Reads ARPA text (lines) into sorted tables. */
export async function parseArpa(lines: AsyncIterable<string> | Iterable<string>): Promise<ArpaTables> {
  let order = 0;
  const uni: Array<[string, number, number]> = [];
  const bi: Array<[string, string, number, number]> = [];
  const tri: Array<[string, string, string, number]> = [];
  for await (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    const section = /^\\(\d)-grams:$/.exec(line);
    if (section) {
      order = Number(section[1]);
      continue;
    }
    if (line.startsWith('\\')) {
      order = 0;
      continue;
    }
    if (order === 0) continue;
    const f = line.split(/\s+/);
    const prob = Number(f[0]);
    if (order === 1) uni.push([f[1], prob, f.length > 2 ? Number(f[2]) : 0]);
    else if (order === 2) bi.push([f[1], f[2], prob, f.length > 3 ? Number(f[3]) : 0]);
    else if (order === 3) tri.push([f[1], f[2], f[3], prob]);
  }
  uni.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const words = uni.map((u) => u[0]);
  const ids = new Map(words.map((w, i) => [w, i]));
  const V = words.length;
  const idOf = (w: string): number => {
    const id = ids.get(w);
    if (id === undefined) throw new Error(`n-gram word not among the unigrams: ${w}`);
    return id;
  };

  const nBi = bi.length;
  const biKeys = new Float64Array(nBi);
  for (let k = 0; k < nBi; k++) biKeys[k] = idOf(bi[k][0]) * V + idOf(bi[k][1]);
  const biOrder = sortedOrder(biKeys);
  const biLeft = new Uint32Array(nBi);
  const biRight = new Uint32Array(nBi);
  const biProb = new Float32Array(nBi);
  const biBackoff = new Float32Array(nBi);
  const biIndex = new Map<number, number>();
  for (let k = 0; k < nBi; k++) {
    const src = biOrder[k];
    const key = biKeys[src];
    biLeft[k] = Math.floor(key / V);
    biRight[k] = key % V;
    biProb[k] = bi[src][2];
    biBackoff[k] = bi[src][3];
    biIndex.set(key, k);
  }

  const triKeys: number[] = [];
  const triProbs: number[] = [];
  let orphanTrigrams = 0;
  for (const [a, b, c, p] of tri) {
    const at = biIndex.get(idOf(a) * V + idOf(b));
    if (at === undefined) {
      orphanTrigrams++;
      continue;
    }
    triKeys.push(at * V + idOf(c));
    triProbs.push(p);
  }
  const triKeyArray = Float64Array.from(triKeys);
  const triOrder = sortedOrder(triKeyArray);
  const nTri = triKeys.length;
  const triBigram = new Uint32Array(nTri);
  const triRight = new Uint32Array(nTri);
  const triProb = new Float32Array(nTri);
  for (let k = 0; k < nTri; k++) {
    const key = triKeyArray[triOrder[k]];
    triBigram[k] = Math.floor(key / V);
    triRight[k] = key % V;
    triProb[k] = triProbs[triOrder[k]];
  }
  return {
    words,
    uniProb: Float32Array.from(uni, (u) => u[1]),
    uniBackoff: Float32Array.from(uni, (u) => u[2]),
    biLeft,
    biRight,
    biProb,
    biBackoff,
    triBigram,
    triRight,
    triProb,
    orphanTrigrams,
  };
}

/** Indexes of `keys` in ascending key order. */
function sortedOrder(keys: Float64Array): Uint32Array {
  const order = new Uint32Array(keys.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  order.sort((a, b) => keys[a] - keys[b]);
  return order;
}

/** A growable byte buffer with unsigned varints (7 bits per byte, low first). */
class ByteWriter {
  bytes = new Uint8Array(1 << 16);
  length = 0;
  private room(n: number): void {
    if (this.length + n <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(2 * this.bytes.length, this.length + n));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }
  varint(v: number): void {
    this.room(5);
    while (v >= 0x80) {
      this.bytes[this.length++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.bytes[this.length++] = v;
  }
  byte(v: number): void {
    this.room(1);
    this.bytes[this.length++] = v;
  }
  result(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }
}

/**
 * 256 levels for `values`: the means of 256 equal-count slices of the sorted values (distinct
 * values first when there are no more than 256 of them). Returns the levels ascending.
 */
export function quantiseLevels(values: Float32Array): Float32Array {
  const distinct = [...new Set(values)].sort((a, b) => a - b);
  if (distinct.length <= 256) return Float32Array.from(distinct);
  const sorted = Float32Array.from(values).sort();
  const levels = new Float32Array(256);
  for (let q = 0; q < 256; q++) {
    const from = Math.floor((q * sorted.length) / 256);
    const to = Math.max(from + 1, Math.floor(((q + 1) * sorted.length) / 256));
    let s = 0;
    for (let i = from; i < to; i++) s += sorted[i];
    levels[q] = s / (to - from);
  }
  return levels;
}

/** The index of the level nearest to v (levels ascending). */
function nearestLevel(levels: Float32Array, v: number): number {
  let lo = 0;
  let hi = levels.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (levels[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  if (lo > 0 && v - levels[lo - 1] < levels[lo] - v) lo--;
  return lo;
}

/** Reads the unsigned varints ByteWriter wrote, in order. */
class VarintReader {
  private pos = 0;
  constructor(private readonly bytes: Uint8Array) {}
  next(): number {
    let v = 0;
    let shift = 0;
    for (;;) {
      const byte = this.bytes[this.pos++];
      v += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return v;
      shift += 7;
    }
  }
}

interface Header {
  format: 'unspin-lm-1';
  words: number;
  bigrams: number;
  trigrams: number;
  /** Byte lengths of the sections after the header, in order. */
  sections: number[];
  biProbLevels: number[];
  biBackoffLevels: number[];
  triProbLevels: number[];
}

/** The tables as the shipped file's gzipped bytes. */
export function encodeLm(t: ArpaTables): Buffer {
  const V = t.words.length;
  const vocab = Buffer.from(t.words.join('\n'), 'utf8');
  const unigrams = Buffer.concat([Buffer.from(t.uniProb.buffer), Buffer.from(t.uniBackoff.buffer)]);

  const groups = new ByteWriter();
  const ids = new ByteWriter();
  for (let w = 0, k = 0; w < V; w++) {
    let n = 0;
    let prev = 0;
    for (; k < t.biLeft.length && t.biLeft[k] === w; k++, n++) {
      ids.varint(t.biRight[k] - prev);
      prev = t.biRight[k];
    }
    groups.varint(n);
  }
  for (let b = 0, k = 0; b < t.biLeft.length; b++) {
    let n = 0;
    let prev = 0;
    for (; k < t.triBigram.length && t.triBigram[k] === b; k++, n++) {
      ids.varint(t.triRight[k] - prev);
      prev = t.triRight[k];
    }
    groups.varint(n);
  }
  const biProbLevels = quantiseLevels(t.biProb);
  const biBackoffLevels = quantiseLevels(t.biBackoff);
  const triProbLevels = quantiseLevels(t.triProb);
  const codes = new ByteWriter();
  for (const v of t.biProb) codes.byte(nearestLevel(biProbLevels, v));
  for (const v of t.biBackoff) codes.byte(nearestLevel(biBackoffLevels, v));
  for (const v of t.triProb) codes.byte(nearestLevel(triProbLevels, v));

  const sections = [vocab, unigrams, groups.result(), ids.result(), codes.result()];
  const header: Header = {
    format: 'unspin-lm-1',
    words: V,
    bigrams: t.biLeft.length,
    trigrams: t.triBigram.length,
    sections: sections.map((s) => s.length),
    biProbLevels: [...biProbLevels],
    biBackoffLevels: [...biBackoffLevels],
    triProbLevels: [...triProbLevels],
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(headerBytes.length);
  return gzipSync(Buffer.concat([length, headerBytes, ...sections]), { level: 9 });
}

/** Reads the shipped file's (gzipped) bytes. */
export function decodeLm(gz: Uint8Array): LmTables {
  const buf = gunzipSync(gz);
  const headerLength = buf.readUInt32LE(0);
  const header = JSON.parse(buf.subarray(4, 4 + headerLength).toString('utf8')) as Header;
  if (header.format !== 'unspin-lm-1') throw new Error('not an unspin language model file');
  let at = 4 + headerLength;
  const section = (): Buffer => {
    const s = buf.subarray(at, at + header.sections.shift()!);
    at += s.length;
    return s;
  };
  const V = header.words;
  const nBi = header.bigrams;
  const nTri = header.trigrams;
  const words = section().toString('utf8').split('\n');
  const unigrams = section();
  const floats = new Float32Array(
    unigrams.buffer.slice(unigrams.byteOffset, unigrams.byteOffset + unigrams.length),
  );
  const uniProb = floats.slice(0, V).map((v) => v * LN10);
  const uniBackoff = floats.slice(V, 2 * V).map((v) => v * LN10);

  const groups = section();
  const ids = section();
  const counts = new VarintReader(groups);
  const deltas = new VarintReader(ids);
  const biStart = new Uint32Array(V + 1);
  const biRight = new Uint32Array(nBi);
  for (let w = 0, k = 0; w < V; w++) {
    const n = counts.next();
    biStart[w] = k;
    let prev = 0;
    for (let j = 0; j < n; j++, k++) biRight[k] = prev += deltas.next();
  }
  biStart[V] = nBi;
  const triStart = new Uint32Array(nBi + 1);
  const triRight = new Uint32Array(nTri);
  for (let b = 0, k = 0; b < nBi; b++) {
    const n = counts.next();
    triStart[b] = k;
    let prev = 0;
    for (let j = 0; j < n; j++, k++) triRight[k] = prev += deltas.next();
  }
  triStart[nBi] = nTri;

  // Copied out, so that the unpacked file (15 MB) can be freed.
  const codes = new Uint8Array(section());
  const levels = (values: number[]): Float32Array => Float32Array.from(values, (v) => v * LN10);
  return {
    words,
    uniProb,
    uniBackoff,
    biStart,
    biRight,
    biProb: codes.subarray(0, nBi),
    biProbLevels: levels(header.biProbLevels),
    biBackoff: codes.subarray(nBi, 2 * nBi),
    biBackoffLevels: levels(header.biBackoffLevels),
    triStart,
    triRight,
    triProb: codes.subarray(2 * nBi, 2 * nBi + nTri),
    triProbLevels: levels(header.triProbLevels),
  };
}
