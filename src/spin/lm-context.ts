// The news language model's view of one sentence (src/spin/news-lm.ts): the sentence's words as
// model ids without punctuation (the model was trained on text without it), and how much more
// (or less) likely the model finds the words around a span when a candidate original stands in
// it instead of the written words: log P(candidate and the two words after it | two words
// before) minus the same for the written words.
import type { DocToken } from '../text/document.js';
import type { CandidateIds } from './candidate-lists.js';
import { NO_WORD, search, type NewsLm } from './news-lm.js';

/** log P taken for a written word the model lacks: about its rarest words (log10 -7). */
const UNKNOWN_WRITTEN_LOG_P = -16;

/** Words after a span whose probabilities change with it (a trigram model: two). */
const AFTER = 2;

/** Written spans up to this many tokens have their log P cached per sentence. */
const MAX_CACHED_SPAN = 4;

/** Nats by which a US spelling must be commoner than the written one to stand for it. */
const US_SPELLING_MARGIN = 1;

/** US spellings a British one may have ("organised" → "organized", "colour" → "color"). */
function usSpellings(w: string): string[] {
  const out: string[] = [];
  const swap = (re: RegExp, to: string): void => {
    if (re.test(w)) out.push(w.replace(re, to));
  };
  swap(/is(e|es|ed|ing|ation|ations|er|ers)$/, 'iz$1');
  swap(/ys(e|es|ed|ing)$/, 'yz$1');
  swap(/our(s|ed|ing|ite|ites|able|er|ers|ful)?$/, 'or$1');
  swap(/tre(s)?$/, 'ter$1');
  swap(/([aeiou])ll(ed|ing|er|ers)$/, '$1l$2');
  swap(/([^l])lful$/, '$1llful');
  swap(/il(s|ment)?$/, 'ill$1');
  swap(/ence$/, 'ense');
  swap(/ogue(s)?$/, 'og$1');
  return out;
}

export class SentenceLm {
  /** The sentence as model ids: <s>, its word and number tokens (numbers: NO_WORD), </s>. */
  private seq = new Int32Array(256);
  private seqLength = 0;
  /** Position in `seq` of token from + k (punctuation: that of the next word). */
  private pos = new Int32Array(256);
  private from = 0;
  /** Scratch sequence for a candidate in place. */
  private scratch = new Int32Array(16);
  /** log P of the written word at token from + k and of the AFTER words after it (NaN: not yet). */
  private writtenScore = new Float64Array(256);
  /** Per token position k, for one-word candidates (see deltaOfWord; NaN: not yet): the
   *  bigram index of the two words before, and log P(word after next | word after). */
  private historyBigram = new Int32Array(256);
  /** log P of written spans of 1 to MAX_CACHED_SPAN tokens by (position, length) (NaN: not yet). */
  private writtenSpans = new Float64Array(256 * MAX_CACHED_SPAN);
  private afterNext = new Float64Array(256);
  /** The last one-word `seen` check: position, word, and its bigrams with the words before and
   *  after (-1: none). Reset with each sentence. */
  private seenK = -1;
  private seenW = -1;
  private seenLeft = -1;
  private seenRight = -1;

  /** candidateIds of one-word candidates by their id in the counts (null: not yet). */
  private readonly idsOfCountId: Array<Int32Array | null> = [];

  constructor(readonly lm: NewsLm) {}

  /** The model id of a written word; a British spelling the (US English) model lacks or finds
   *  much rarer takes its US spelling's id ("organised", "skilful", "centre"): not a sign of spin. */
  wordId(norm: string): number {
    const id = this.lm.find(norm);
    let best = id;
    for (const variant of usSpellings(norm)) {
      const v = this.lm.find(variant);
      if (v >= 0 && (best < 0 || this.lm.unigram(v) > this.lm.unigram(best) + US_SPELLING_MARGIN)) best = v;
    }
    return best;
  }

  /** Starts sentence [from, to); `tokenLmIds[i]` is token i's model id. */
  reset(toks: readonly DocToken[], tokenLmIds: Int32Array, from: number, to: number): void {
    const n = to - from;
    if (this.seq.length < n + 2) {
      this.seq = new Int32Array(2 * (n + 2));
      this.pos = new Int32Array(2 * (n + 2));
      this.writtenScore = new Float64Array(2 * (n + 2));
      this.historyBigram = new Int32Array(2 * (n + 2));
      this.afterNext = new Float64Array(2 * (n + 2));
      this.writtenSpans = new Float64Array(2 * (n + 2) * MAX_CACHED_SPAN);
    }
    this.writtenSpans.fill(NaN, 0, (n + 1) * MAX_CACHED_SPAN);
    this.from = from;
    this.seenK = -1;
    let m = 0;
    this.seq[m++] = this.lm.start;
    for (let i = from; i < to; i++) {
      this.pos[i - from] = m;
      this.writtenScore[i - from] = NaN;
      this.afterNext[i - from] = NaN;
      if (toks[i].kind === 'punct') continue;
      this.seq[m++] = tokenLmIds[i];
    }
    this.pos[n] = m;
    this.seq[m++] = this.lm.end;
    this.seqLength = m;
  }

  /** Model ids of a candidate's words ("in vogue": two; hyphens split words). */
  candidateIds(c: CandidateIds): Int32Array {
    let ids = c.lmIds;
    if (!ids) {
      // A one-word candidate's text is the counts' word c.first: its ids are kept by that id, as
      // the same originals recur in the lists of many written words.
      const byFirst = c.words === 1 && c.first >= 0 ? this.idsOfCountId : null;
      if (byFirst && c.first < byFirst.length) ids = byFirst[c.first];
      if (!ids) {
        ids = this.lmIdsOf(c.text);
        if (byFirst) {
          while (byFirst.length <= c.first) byFirst.push(null);
          byFirst[c.first] = ids;
        }
      }
      c.lmIds = ids;
    }
    return ids;
  }

  /** Model ids of a text's words (hyphens split words). */
  private lmIdsOf(text: string): Int32Array {
    if (/^[a-z']+$/.test(text)) return Int32Array.of(this.lm.find(text));
    const words = text
      .toLowerCase()
      .split(/[\s-]+/)
      .filter(Boolean);
    const ids = new Int32Array(words.length);
    for (let j = 0; j < words.length; j++) ids[j] = this.lm.find(words[j]);
    return ids;
  }

  /** log P of the written word at token i and of the AFTER words after it (cached). */
  writtenScoreAt(i: number): number {
    const k = i - this.from;
    let written = this.writtenScore[k];
    if (Number.isNaN(written)) {
      const a = this.pos[k];
      const b = this.pos[k + 1];
      const w = this.seq[a];
      written = this.writtenScore[k] =
        b === a + 1 && w >= 0 ? this.deltaOfWord(k, a, w) : this.writtenSpan(a, b);
    }
    return written;
  }

  /** log P of seq[a, b) and the AFTER words after it, an unknown written word at its floor. */
  private writtenSpan(a: number, b: number): number {
    let s = 0;
    for (let p = a; p < b; p++) if (this.seq[p] < 0) s += UNKNOWN_WRITTEN_LOG_P;
    return s + this.lm.span(this.seq, this.seqLength, a, b, AFTER);
  }

  /**
   * log P of the sentence with candidate c in place of tokens [i, i + len) minus log P as written
   * (only the terms that differ: the span and the AFTER words after it). NaN when c holds a word
   * the model lacks.
   */
  delta(c: CandidateIds, i: number, len: number): number {
    const k = i - this.from;
    const a = this.pos[k];
    const b = this.pos[k + len];
    const ids = this.candidateIds(c);
    for (let j = 0; j < ids.length; j++) if (ids[j] < 0) return NaN;
    let written: number;
    if (len === 1) {
      written = this.writtenScoreAt(i);
      if (ids.length === 1 && b === a + 1) return this.deltaOfWord(k, a, ids[0]) - written;
    } else written = this.writtenSpanAt(k, len);
    // The candidate in place: two words before, its words, the AFTER words after.
    const m = ids.length;
    const s = this.scratchFor(m);
    s[0] = a >= 2 ? this.seq[a - 2] : NO_WORD;
    s[1] = a >= 1 ? this.seq[a - 1] : NO_WORD;
    s.set(ids, 2);
    let end = 2 + m;
    for (let p = b; p < b + AFTER && p < this.seqLength; p++) s[end++] = this.seq[p];
    return this.lm.span(s, end, 2, 2 + m, AFTER) - written;
  }

  /**
   * `delta` for two candidates in a row: the model ids `first` in place of tokens [i, i + len1)
   * and `second` in place of the `len2` tokens after them, against the written words (the same
   * terms: from the first span to AFTER words past the second). Its difference from the two
   * single deltas is what the pair earns together ("military equipment" for "navy gear"); the
   * detector reads that difference from the junction's terms alone (`pairTerms` and the terms
   * below), tests check them against this. NaN when either holds a word the model lacks.
   */
  jointDelta(first: Int32Array, i: number, len1: number, second: Int32Array, len2: number): number {
    const k = i - this.from;
    const a = this.pos[k];
    const c = this.pos[k + len1 + len2];
    for (let j = 0; j < first.length; j++) if (first[j] < 0) return NaN;
    for (let j = 0; j < second.length; j++) if (second[j] < 0) return NaN;
    const written = this.writtenSpanAt(k, len1 + len2);
    const m = first.length + second.length;
    const s = this.scratchFor(m);
    s[0] = a >= 2 ? this.seq[a - 2] : NO_WORD;
    s[1] = a >= 1 ? this.seq[a - 1] : NO_WORD;
    s.set(first, 2);
    s.set(second, 2 + first.length);
    let end = 2 + m;
    for (let p = c; p < c + AFTER && p < this.seqLength; p++) s[end++] = this.seq[p];
    return this.lm.span(s, end, 2, 2 + m, AFTER) - written;
  }

  // Two one-word replacements A, B in a row for written words S, T at seq positions a, a + 1
  // (v before, x after): their joint verdict less their single ones (each read next to the
  // other's written word) holds only the terms of the junction, B's and x's:
  //   P(B | v A) + P(x | A B) - rightTerms(A) - leftTerms(B) + writtenPairTerms,
  // where rightTerms(A) = P(T | v A) + P(x | A T), leftTerms(B) = P(B | v S) + P(x | S B),
  // writtenPairTerms = P(T | v S) + P(x | S T) (x's terms only when x is a word the model has),
  // all as lm.span reads them: a written word the model lacks shortens the history after it, and
  // when T is one, the single verdict of A stops before it (rightTerms and writtenPairTerms 0).

  /** The model id of a one-word candidate, or NO_WORD (several words, or unknown). */
  oneWordId(c: CandidateIds): number {
    const ids = this.candidateIds(c);
    return ids.length === 1 ? ids[0] : NO_WORD;
  }

  /** The word after token i + 1 (x above) when the model has it, else NO_WORD. */
  private junctionAfter(a: number): number {
    return a + 2 < this.seqLength ? this.seq[a + 2] : NO_WORD;
  }

  /** rightTerms of word w in place of token i (which a written word follows). */
  rightTerms(w: number, i: number): number {
    const a = this.pos[i - this.from];
    const t = this.seq[a + 1];
    if (t < 0) return 0;
    const x = this.junctionAfter(a);
    const lm = this.lm;
    return lm.logP3(this.seq[a - 1], w, t) + (x >= 0 ? lm.logP3(w, t, x) : 0);
  }

  /** leftTerms of word w in place of token i + 1 (the junction's right side, after token i). */
  leftTerms(w: number, i: number): number {
    const a = this.pos[i - this.from];
    const s = this.seq[a];
    const x = this.junctionAfter(a);
    const lm = this.lm;
    return lm.logP3(this.seq[a - 1], s, w) + (x >= 0 ? lm.logP3(s, w, x) : 0);
  }

  /** writtenPairTerms of the junction between tokens i and i + 1. */
  writtenPairTerms(i: number): number {
    const a = this.pos[i - this.from];
    const s = this.seq[a];
    const t = this.seq[a + 1];
    if (t < 0) return 0;
    const x = this.junctionAfter(a);
    const lm = this.lm;
    return lm.logP3(this.seq[a - 1], s, t) + (x >= 0 ? lm.logP3(s, t, x) : 0);
  }

  /** P(B | v A) + P(x | A B) for words A, B in place of tokens i and i + 1. */
  pairTerms(wa: number, wb: number, i: number): number {
    const a = this.pos[i - this.from];
    const x = this.junctionAfter(a);
    const lm = this.lm;
    return lm.logP3(this.seq[a - 1], wa, wb) + (x >= 0 ? lm.logP3(wa, wb, x) : 0);
  }

  /** An upper bound of pairTerms at the junction after token i, for any two words. */
  maxPairTerms(i: number): number {
    return this.junctionAfter(this.pos[i - this.from]) >= 0 ? 2 * this.lm.maxLogP3 : this.lm.maxLogP3;
  }

  /** log P of the written tokens [from + k, from + k + len) and the AFTER words after them,
   *  cached by (position, length) for spans up to MAX_CACHED_SPAN tokens (candidates share them). */
  private writtenSpanAt(k: number, len: number): number {
    const a = this.pos[k];
    const b = this.pos[k + len];
    if (len > MAX_CACHED_SPAN) return this.writtenSpan(a, b);
    const at = k * MAX_CACHED_SPAN + len - 1;
    let written = this.writtenSpans[at];
    if (Number.isNaN(written)) written = this.writtenSpans[at] = this.writtenSpan(a, b);
    return written;
  }

  /** The scratch sequence, long enough for m candidate words with their context. */
  private scratchFor(m: number): Int32Array {
    if (this.scratch.length < m + 2 + AFTER) this.scratch = new Int32Array(2 * (m + 2 + AFTER));
    return this.scratch;
  }

  /**
   * log P of word w at seq position a (token position k) and of the two words after it, as
   * lm.span computes it (the same sums in the same order), with the searches that do not depend
   * on w done once per position: the history's bigram, and P(word after next | word after) for
   * the back-off of the last trigram.
   */
  private deltaOfWord(k: number, a: number, w: number): number {
    const lm = this.lm;
    const t = lm.t;
    const seq = this.seq;
    const v = seq[a - 1];
    const x1 = seq[a + 1]; // a word's position is before </s>, so a + 1 is inside seq
    if (Number.isNaN(this.afterNext[k])) {
      const u = a >= 2 ? seq[a - 2] : NO_WORD;
      const x2 = a + 2 < this.seqLength ? seq[a + 2] : NO_WORD;
      this.historyBigram[k] = u >= 0 && v >= 0 ? lm.bigram(u, v) : -1;
      this.afterNext[k] = x1 >= 0 && x2 >= 0 ? lm.logP2(x1, x2) : 0;
    }
    // P(w | u v), backing off to P(w | v), or to P(w) after an unknown word. The bigrams of w
    // with its neighbours may have been looked up by `seen` just before.
    const known = this.seenK === k && this.seenW === w;
    const vw = known ? this.seenLeft : v >= 0 ? lm.bigram(v, w) : -1;
    const pw = v < 0 ? t.uniProb[w] : vw >= 0 ? t.biProbLevels[t.biProb[vw]] : t.uniBackoff[v] + t.uniProb[w];
    const uv = this.historyBigram[k];
    let s = pw;
    if (uv >= 0) {
      const k3 = search(t.triRight, t.triStart[uv], t.triStart[uv + 1], w);
      s = k3 >= 0 ? t.triProbLevels[t.triProb[k3]] : t.biBackoffLevels[t.biBackoff[uv]] + pw;
    }
    if (x1 < 0) return s; // the history is cut there: the words beyond do not depend on w
    // P(x1 | v w)
    const wx1 = known ? this.seenRight : lm.bigram(w, x1);
    const px1 = wx1 >= 0 ? t.biProbLevels[t.biProb[wx1]] : t.uniBackoff[w] + t.uniProb[x1];
    if (vw >= 0) {
      const k3 = search(t.triRight, t.triStart[vw], t.triStart[vw + 1], x1);
      s += k3 >= 0 ? t.triProbLevels[t.triProb[k3]] : t.biBackoffLevels[t.biBackoff[vw]] + px1;
    } else s += px1;
    // P(x2 | w x1); afterNext is 0 when there is no x2 (or it is unknown: span stops there).
    const x2 = a + 2 < this.seqLength ? seq[a + 2] : NO_WORD;
    if (x2 >= 0) {
      if (wx1 >= 0) {
        const k3 = search(t.triRight, t.triStart[wx1], t.triStart[wx1 + 1], x2);
        s +=
          k3 >= 0 ? t.triProbLevels[t.triProb[k3]] : t.biBackoffLevels[t.biBackoff[wx1]] + this.afterNext[k];
      } else s += this.afterNext[k];
    }
    return s;
  }

  /** True when the model holds a bigram of c with the word before or after tokens [i, i + len). */
  seen(c: CandidateIds, i: number, len: number): boolean {
    const k = i - this.from;
    const a = this.pos[k];
    const b = this.pos[k + len];
    const ids = this.candidateIds(c);
    if (ids[0] < 0 || ids[ids.length - 1] < 0) return false;
    const left = this.lm.bigram(this.seq[a - 1], ids[0]);
    const right = this.lm.bigram(ids[ids.length - 1], this.seq[b]);
    if (ids.length === 1 && b === a + 1) {
      // Kept for deltaOfWord, which needs the same two bigrams.
      this.seenK = k;
      this.seenW = ids[0];
      this.seenLeft = left;
      this.seenRight = right;
    }
    return left >= 0 || right >= 0;
  }
}
