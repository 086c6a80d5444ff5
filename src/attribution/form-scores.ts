// Per word form score caches: most features of a token are one word form's own (its word, lemma,
// suffix, sense class, cluster) seen from a fixed place (the token scored, or a neighbour), so the
// model's weights for them are summed once per form and place and then reused for every token.
// Sums are integers (perceptron.ts), so they are exact whatever the grouping.
import type { DocToken, Document } from '../text/document.js';
import type { TokenHashes } from './features.js';
import { addRowSums, type LoadedModel } from './perceptron.js';

/** Writes the features of token j's form seen from place `place`; returns how many. */
export type FormFeatures = (h: TokenHashes, j: number, place: number, out: Uint32Array) => number;
/** Writes the features standing for a place outside the sentence (place 0: features of every token). */
export type EdgeFeatures = (place: number, out: Uint32Array) => number;

const SCRATCH = new Uint32Array(64);

export class FormScores {
  readonly n: number;
  /** Per form: `places` groups of one integer sum per label. */
  private sums = new Int32Array(0);
  private known = new Uint8Array(0);
  /** Sums for each place outside the sentence; group 0 holds the features every token has. */
  readonly edges: Int32Array;

  constructor(
    private readonly model: LoadedModel,
    readonly places: number,
    private readonly formFeatures: FormFeatures,
    edgeFeatures: EdgeFeatures,
  ) {
    this.n = model.labels.length;
    this.edges = new Int32Array(places * this.n);
    for (let place = 0; place < places; place++)
      addRowSums(model, SCRATCH, edgeFeatures(place, SCRATCH), this.edges, place * this.n);
  }

  /** The per-form sums; offsetOf may replace the array, so read it after the offsets. */
  table(): Int32Array {
    return this.sums;
  }

  /**
   * Where the sums of token j's form start in table() (its group for place 0; place p is p × n
   * further on), or -1 when its form is not memoised (the caller then scores from all features).
   */
  offsetOf(h: TokenHashes, j: number): number {
    const form = h.form[j];
    if (form < 0) return -1;
    const group = this.places * this.n;
    if (form >= this.known.length) this.grow(form + 1);
    const at = form * group;
    if (this.known[form] === 0) {
      this.known[form] = 1;
      for (let place = 0; place < this.places; place++)
        addRowSums(
          this.model,
          SCRATCH,
          this.formFeatures(h, j, place, SCRATCH),
          this.sums,
          at + place * this.n,
        );
    }
    return at;
  }

  private grow(forms: number): void {
    let size = Math.max(4096, this.known.length);
    while (size < forms) size *= 2;
    const known = new Uint8Array(size);
    known.set(this.known);
    const sums = new Int32Array(size * this.places * this.n);
    sums.set(this.sums);
    this.known = known;
    this.sums = sums;
  }
}

/** One cache per model and feature set, made on first use. */
export function formScoresFor(
  caches: WeakMap<LoadedModel, FormScores>,
  model: LoadedModel,
  places: number,
  formFeatures: FormFeatures,
  edgeFeatures: EdgeFeatures,
): FormScores {
  let cache = caches.get(model);
  if (!cache) {
    cache = new FormScores(model, places, formFeatures, edgeFeatures);
    caches.set(model, cache);
  }
  return cache;
}

/**
 * A few bits per memoised word form (what rules may make of it), computed once from one of its
 * tokens. `compute` must read only what the form fixes, the same for all its tokens (a word's kind,
 * norm and lemma, a punctuation mark's text): not a token's capitals, quotation or neighbours.
 */
export class FormBits {
  /** The bits of each form plus one; 0 while not computed. */
  private known = new Uint16Array(4096);

  constructor(private readonly compute: (t: DocToken) => number) {}

  of(doc: Document, h: TokenHashes, j: number): number {
    const form = h.form[j];
    if (form < 0) return this.compute(doc.tokens[j]);
    const bits = form < this.known.length ? this.known[form] : 0;
    return bits !== 0 ? bits - 1 : this.first(doc.tokens[j], form);
  }

  /** Computes and keeps the bits of a form met for the first time. */
  private first(t: DocToken, form: number): number {
    if (form >= this.known.length) {
      let size = this.known.length;
      while (size <= form) size *= 2;
      const known = new Uint16Array(size);
      known.set(this.known);
      this.known = known;
    }
    const bits = this.compute(t);
    this.known[form] = bits + 1;
    return bits;
  }
}
