// The spin model: word and word-pair counts (a bigram language model) that say how natural a
// wording is. Built from text (WordNet's glosses and examples for the shipped model, plus whatever
// articles a user feeds in), stored as one gzip'd tab-separated file in a model directory.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { tokenize } from '../text/tokenize.js';
import { splitParagraphs, splitSentences } from '../text/sentences.js';
import { PairTable } from './pairs.js';
import { isStopword } from '../text/lemma.js';
import { loadSubstitutions, saveSubstitutions, type SubstitutionTable } from './learned.js';

export const SENTENCE_START = '<s>';
export const SENTENCE_END = '</s>';
export const NUMBER_TOKEN = '<num>';
/** Stands for any capitalised word inside a sentence (a name): "<name> said" is what matters. */
export const NAME_TOKEN = '<name>';
const MODEL_FILE = 'ngrams.tsv.gz';
const META_FILE = 'model.json';

export const SHIPPED_MODEL_DIR = fileURLToPath(new URL('../../data/spin/', import.meta.url));

export interface ModelMeta {
  /** Where the counts come from and under which licence, one line per source. */
  sources: string[];
  articles: number;
  words: number;
  built: string;
  /** Spun copies whose aligned passages taught substitutions (models built from a store). */
  spunCopies?: number;
  /** What the counts of `words` were added to: the shipped counts (a user's store: `words` are
   *  news) or WordNet's text alone (the shipped model itself: open texts, not news). Models
   *  written before this field are read as built on the shipped counts. */
  base?: 'shipped' | 'wordnet';
}

const CAPITAL_RE = /^\p{Lu}/u;

/** True for a capitalised word that does not start its sentence. */
export function isName(text: string, kind: 'word' | 'number' | 'punct', indexInSentence: number): boolean {
  return kind === 'word' && indexInSentence > 0 && CAPITAL_RE.test(text);
}

/** The token the language model sees for a document or text token (`name`: see isName). */
export function lmToken(norm: string, kind: 'word' | 'number' | 'punct', name = false): string {
  if (name) return NAME_TOKEN;
  if (kind === 'number') return NUMBER_TOKEN;
  if (kind === 'punct') return norm === '“' || norm === '”' || norm === '„' ? '"' : norm;
  return norm;
}

/** Content words this close (counting content words only) co-occur in the topic counts. */
export const TOPIC_WINDOW = 4;

/** True for a token that takes part in the topic (co-occurrence) counts. */
export function isTopicWord(norm: string, kind: 'word' | 'number' | 'punct', name: boolean): boolean {
  return kind === 'word' && !name && norm.length >= 3 && !isStopword(norm);
}

export class NgramCounts {
  readonly ids = new Map<string, number>();
  readonly words: string[] = [];
  unigram: number[] = [];
  readonly pairs = new PairTable();
  total = 0;
  /** Content-word co-occurrence within TOPIC_WINDOW content words, keyed (smaller id, larger id). */
  readonly topic = new PairTable();
  /** Per word: how many co-occurrences it takes part in (filled on load or while counting). */
  topicMargin: number[] = [];
  topicTotal = 0;

  idOf(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.ids.set(word, id);
      this.words.push(word);
      this.unigram.push(0);
    }
    return id;
  }

  /** Id of a known word, or -1. */
  find(word: string): number {
    return this.ids.get(word) ?? -1;
  }

  count(id: number): number {
    return id < 0 ? 0 : this.unigram[id];
  }

  pairCount(left: number, right: number): number {
    if (left < 0 || right < 0) return 0;
    return this.pairs.get(left, right);
  }

  /** True when maxPairCount gives real bounds (the pair table made them after enough lookups). */
  pairBoundsReady(): boolean {
    return this.pairs.hasBounds();
  }

  /** An upper bound of pairCount(left, right), read without the pair table (see PairTable). */
  maxPairCount(left: number, right: number): number {
    if (left < 0 || right < 0) return 0;
    return this.pairs.maxCount(left, right);
  }

  /** Adds one token sequence (a sentence, without boundary markers) `weight` times. */
  addSequence(tokens: readonly string[], weight = 1, bounded = true): void {
    const seq = bounded ? [SENTENCE_START, ...tokens, SENTENCE_END] : tokens;
    let prev = -1;
    for (const tok of seq) {
      const id = this.idOf(tok);
      this.unigram[id] += weight;
      this.total += weight;
      if (prev >= 0) this.pairs.add(prev, id, weight);
      prev = id;
    }
  }

  topicCount(a: number, b: number): number {
    if (a < 0 || b < 0) return 0;
    return a < b ? this.topic.get(a, b) : this.topic.get(b, a);
  }

  addTopicPair(a: number, b: number, weight: number): void {
    if (a === b) return;
    if (a < b) this.topic.add(a, b, weight);
    else this.topic.add(b, a, weight);
    this.addMargin(a, weight);
    this.addMargin(b, weight);
    this.topicTotal += weight;
  }

  private addMargin(id: number, weight: number): void {
    while (this.topicMargin.length <= id) this.topicMargin.push(0);
    this.topicMargin[id] += weight;
  }

  /** Adds the co-occurrences of a sentence's content words (ids in sentence order). */
  addTopicWords(ids: readonly number[], weight = 1): void {
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j <= i + TOPIC_WINDOW && j < ids.length; j++)
        this.addTopicPair(ids[i], ids[j], weight);
    }
  }

  /** Adds running text: split into sentences, tokenized like documents. Returns the word count. */
  addText(text: string, weight = 1): number {
    let words = 0;
    for (const para of splitParagraphs(text)) {
      for (const sent of splitSentences(text, para)) {
        const toks = tokenize(text, sent.start, sent.end);
        words += toks.reduce((n, t) => n + (t.kind === 'punct' ? 0 : 1), 0);
        const names = toks.map((t, i) => isName(t.text, t.kind, i));
        this.addSequence(
          toks.map((t, i) => lmToken(t.norm, t.kind, names[i])),
          weight,
        );
        const content: number[] = [];
        toks.forEach((t, i) => {
          if (isTopicWord(t.norm, t.kind, names[i])) content.push(this.idOf(t.norm));
        });
        this.addTopicWords(content, weight);
      }
    }
    return words;
  }

  /** Serialises the counts, dropping word pairs (and co-occurrences) seen fewer than `minPairCount`
   *  (`minTopicCount`) times. */
  serialize(minPairCount: number, minTopicCount = Math.max(2, minPairCount)): Buffer {
    const lines: string[] = [];
    for (let id = 0; id < this.words.length; id++) lines.push(`u\t${this.words[id]}\t${this.unigram[id]}`);
    for (const [left, right, n] of this.pairs.entries()) {
      if (n >= minPairCount) lines.push(`b\t${left}\t${right}\t${n}`);
    }
    for (const [a, b, n] of this.topic.entries()) {
      if (n >= minTopicCount) lines.push(`c\t${a}\t${b}\t${n}`);
    }
    return gzipSync(Buffer.from(lines.join('\n'), 'utf8'), { level: 9 });
  }

  /** Reads what `serialize` wrote. Parses the bytes directly (no per-line strings or arrays):
   *  the shipped file has 1.7 M lines and loading it is most of an analysis's start-up time. */
  static deserialize(gz: Buffer): NgramCounts {
    const model = new NgramCounts();
    const buf = gunzipSync(gz);
    const n = buf.length;
    // Size the pair tables once instead of growing them line by line.
    let pairLines = 0;
    let topicLines = 0;
    for (let at = 0; at < n;) {
      if (buf[at] === B) pairLines++;
      else if (buf[at] === C) topicLines++;
      const nl = buf.indexOf(NEWLINE, at);
      at = nl === -1 ? n : nl + 1;
    }
    model.pairs.reserve(pairLines);
    model.topic.reserve(topicLines);
    const fields = [0, 0, 0];
    for (let at = 0; at < n;) {
      let end = buf.indexOf(NEWLINE, at);
      if (end === -1) end = n;
      const kind = buf[at];
      if (at + 1 < end && buf[at + 1] === TAB) {
        if (kind === U) {
          const tab = buf.indexOf(TAB, at + 2);
          if (tab !== -1 && tab < end) {
            const id = model.idOf(buf.toString('utf8', at + 2, tab));
            const next = buf.indexOf(TAB, tab + 1);
            const count = numberAt(buf, tab + 1, next !== -1 && next < end ? next : end);
            model.unigram[id] = count;
            model.total += count;
          }
        } else if ((kind === B || kind === C) && readFields(buf, at + 2, end, fields) >= 3) {
          if (kind === B) model.pairs.add(fields[0], fields[1], fields[2]);
          else model.addTopicPair(fields[0], fields[1], fields[2]);
        }
      }
      at = end + 1;
    }
    return model;
  }
}

const TAB = 9;
const NEWLINE = 10;
const U = 'u'.charCodeAt(0);
const B = 'b'.charCodeAt(0);
const C = 'c'.charCodeAt(0);

/** The number written in bytes [start, end): plain digits directly, anything else via Number. */
function numberAt(buf: Buffer, start: number, end: number): number {
  let v = 0;
  for (let i = start; i < end; i++) {
    const d = buf[i] - 48;
    if (d < 0 || d > 9) return Number(buf.toString('latin1', start, end));
    v = v * 10 + d;
  }
  return v;
}

/** Parses tab-separated numbers in bytes [start, end) into `out`; returns how many there were. */
function readFields(buf: Buffer, start: number, end: number, out: number[]): number {
  let k = 0;
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i === end || buf[i] === TAB) {
      if (k < out.length) out[k] = numberAt(buf, from, i);
      k++;
      from = i + 1;
    }
  }
  return k;
}

export interface SpinModel {
  counts: NgramCounts;
  meta: ModelMeta;
  /** Directory it was loaded from (null when built in memory). */
  dir: string | null;
  /** Substitutions learned from traced spun copies (src/spin/learned.ts); empty when shipped. */
  substitutions: SubstitutionTable;
}

export function saveModel(model: SpinModel, outDir: string, minPairCount: number): void {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, MODEL_FILE), model.counts.serialize(minPairCount));
  writeFileSync(join(outDir, META_FILE), `${JSON.stringify(model.meta, null, 2)}\n`);
  if (model.substitutions.size) saveSubstitutions(model.substitutions, outDir);
}

export function modelExists(dir: string): boolean {
  return existsSync(join(dir, MODEL_FILE));
}

/** Loads a model directory written by `saveModel` / `buildSpinModel`. */
export function loadSpinModel(dir: string = SHIPPED_MODEL_DIR): SpinModel {
  const counts = NgramCounts.deserialize(readFileSync(join(dir, MODEL_FILE)));
  const metaPath = join(dir, META_FILE);
  const meta: ModelMeta = existsSync(metaPath)
    ? (JSON.parse(readFileSync(metaPath, 'utf8')) as ModelMeta)
    : { sources: ['unknown'], articles: 0, words: 0, built: '' };
  return { counts, meta, dir, substitutions: loadSubstitutions(dir) };
}

/** Words of news articles a model's counts hold beyond the shipped ones (0 for the shipped model). */
export function newsWordsOf(model: SpinModel): number {
  if (model.meta.base === 'wordnet') return 0;
  if (model.dir !== null && resolve(model.dir) === resolve(SHIPPED_MODEL_DIR)) return 0;
  return model.meta.words;
}

let active: SpinModel | null = null;

/** The model analyses use: the one set with `setSpinModel`, else the shipped one. */
export function activeSpinModel(): SpinModel {
  active ??= loadSpinModel(SHIPPED_MODEL_DIR);
  return active;
}

/** Makes analyses use this model (e.g. one a user built from their stored articles). */
export function setSpinModel(model: SpinModel): void {
  active = model;
}
