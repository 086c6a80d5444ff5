// The news language model's view of one sentence (src/spin/news-lm.ts): the sentence's words as
// model ids without punctuation (the model was trained on text without it), and how much more
// (or less) likely the model finds the words around a span when a candidate original stands in
// it instead of the written words: log P(candidate and the two words after it | two words
// before) minus the same for the written words.
import type { DocToken } from '../text/document.js';
import type { CandidateIds } from './candidate-lists.js';
import { NO_WORD, type NewsLm } from './news-lm.js';

/** log P taken for a written word the model lacks: about its rarest words (log10 -7). */
const UNKNOWN_WRITTEN_LOG_P = -16;

/** Words after a span whose probabilities change with it (a trigram model: two). */
const AFTER = 2;

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
  /** Candidate texts as model ids (cached by the candidate object). */
  private readonly idsOfCandidate = new WeakMap<CandidateIds, Int32Array>();

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
    }
    this.from = from;
    let m = 0;
    this.seq[m++] = this.lm.start;
    for (let i = from; i < to; i++) {
      this.pos[i - from] = m;
      this.writtenScore[i - from] = NaN;
      if (toks[i].kind === 'punct') continue;
      this.seq[m++] = tokenLmIds[i];
    }
    this.pos[n] = m;
    this.seq[m++] = this.lm.end;
    this.seqLength = m;
  }

  /** Model ids of a candidate's words ("in vogue": two; hyphens split words). */
  private candidateIds(c: CandidateIds): Int32Array {
    let ids = this.idsOfCandidate.get(c);
    if (!ids) {
      const words = c.text.split(/[\s-]+/).filter(Boolean);
      ids = Int32Array.from(words, (w) => this.lm.find(w.toLowerCase()));
      this.idsOfCandidate.set(c, ids);
    }
    return ids;
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
      written = this.writtenScore[k];
      if (Number.isNaN(written)) written = this.writtenScore[k] = this.writtenSpan(a, b);
    } else written = this.writtenSpan(a, b);
    // The candidate in place: two words before, its words, the AFTER words after.
    const m = ids.length;
    if (this.scratch.length < m + 2 + AFTER) this.scratch = new Int32Array(2 * (m + 2 + AFTER));
    const s = this.scratch;
    s[0] = a >= 2 ? this.seq[a - 2] : NO_WORD;
    s[1] = a >= 1 ? this.seq[a - 1] : NO_WORD;
    s.set(ids, 2);
    let end = 2 + m;
    for (let p = b; p < b + AFTER && p < this.seqLength; p++) s[end++] = this.seq[p];
    return this.lm.span(s, end, 2, 2 + m, AFTER) - written;
  }

  /** True when the model holds a bigram of c with the word before or after tokens [i, i + len). */
  seen(c: CandidateIds, i: number, len: number): boolean {
    const k = i - this.from;
    const a = this.pos[k];
    const b = this.pos[k + len];
    const ids = this.candidateIds(c);
    if (ids[0] < 0 || ids[ids.length - 1] < 0) return false;
    return this.lm.hasBigram(this.seq[a - 1], ids[0]) || this.lm.hasBigram(ids[ids.length - 1], this.seq[b]);
  }

  /** log P of a candidate's (first) word minus the written token's, both unigrams; NaN when
   *  either is unknown. */
  unigramRatio(c: CandidateIds, i: number): number {
    const w = this.seq[this.pos[i - this.from]];
    const ids = this.candidateIds(c);
    if (w < 0 || ids[0] < 0) return NaN;
    return this.lm.unigram(ids[0]) - this.lm.unigram(w);
  }
}
