// The news LM's verdicts on one-word candidates, kept per token for the whole document: an article
// that reads as spun is read a second time (article-evidence.ts), with the same sentences and,
// for most words, the same candidates, whose LM look-ups (two bigrams, three trigrams each) need
// not be made again. Only the candidate's word id and token are the key: the sentence's words
// around it are the same in both readings, so the values are the same.

/** Marks a token without entries. */
const NONE = -1;

export class TokenLmMemo {
  /** Per token of the document: its first entry (NONE: none yet) and how many it has. */
  private first = new Int32Array(0);
  private count = new Int32Array(0);
  /** Entries: candidate word id, whether the LM holds a bigram of it with a written neighbour,
   *  and its delta (SentenceLm.delta) once computed. */
  private ids = new Int32Array(1024);
  private seenFlags = new Uint8Array(1024);
  private deltas = new Float64Array(1024);
  private hasDelta = new Uint8Array(1024);
  private length = 0;

  /** Starts a document of `tokens` tokens (entries of the one before are dropped). */
  reset(tokens: number): void {
    if (this.first.length < tokens) {
      this.first = new Int32Array(2 * tokens);
      this.count = new Int32Array(2 * tokens);
    }
    this.first.fill(NONE, 0, tokens);
    this.length = 0;
  }

  /** The entry of word id `id` at token i, or -1. */
  find(i: number, id: number): number {
    if (i >= this.first.length) return -1;
    const from = this.first[i];
    if (from === NONE) return -1;
    const to = from + this.count[i];
    for (let e = from; e < to; e++) if (this.ids[e] === id) return e;
    return -1;
  }

  /** Adds an entry for word id `id` at token i; -1 when not kept (a token's entries are kept
   *  together, so only while its entries are the last ones added). */
  add(i: number, id: number, seen: boolean): number {
    if (i >= this.first.length) return -1;
    if (this.first[i] === NONE) {
      this.first[i] = this.length;
      this.count[i] = 0;
    } else if (this.first[i] + this.count[i] !== this.length) return -1;
    if (this.length === this.ids.length) this.grow();
    const e = this.length++;
    this.ids[e] = id;
    this.seenFlags[e] = seen ? 1 : 0;
    this.hasDelta[e] = 0;
    this.count[i]++;
    return e;
  }

  seen(e: number): boolean {
    return this.seenFlags[e] === 1;
  }

  /** The entry's delta, NaN when not yet computed. */
  delta(e: number): number {
    return this.hasDelta[e] ? this.deltas[e] : NaN;
  }

  setDelta(e: number, delta: number): void {
    this.deltas[e] = delta;
    this.hasDelta[e] = 1;
  }

  private grow(): void {
    const n = 2 * this.ids.length;
    const ids = new Int32Array(n);
    ids.set(this.ids);
    this.ids = ids;
    const seenFlags = new Uint8Array(n);
    seenFlags.set(this.seenFlags);
    this.seenFlags = seenFlags;
    const deltas = new Float64Array(n);
    deltas.set(this.deltas);
    this.deltas = deltas;
    const hasDelta = new Uint8Array(n);
    hasDelta.set(this.hasDelta);
    this.hasDelta = hasDelta;
  }
}
