// An open-addressing hash table from word-id pairs to counts, on typed arrays: no per-entry
// objects, no boxed keys, so lookups stay fast and cheap for the garbage collector.
const EMPTY = -1;

export class PairTable {
  private lefts: Int32Array;
  private rights: Int32Array;
  private values: Uint32Array;
  private mask: number;
  size = 0;

  constructor(capacity = 1 << 16) {
    let cap = 1 << 4;
    while (cap < capacity * 2) cap <<= 1;
    this.lefts = new Int32Array(cap).fill(EMPTY);
    this.rights = new Int32Array(cap);
    this.values = new Uint32Array(cap);
    this.mask = cap - 1;
  }

  private slot(left: number, right: number): number {
    let h = (Math.imul(left, 0x9e3779b1) ^ Math.imul(right + 0x7f4a7c15, 0x85ebca77)) >>> 0;
    h = (h ^ (h >>> 15)) & this.mask;
    for (;;) {
      const l = this.lefts[h];
      if (l === EMPTY || (l === left && this.rights[h] === right)) return h;
      h = (h + 1) & this.mask;
    }
  }

  get(left: number, right: number): number {
    const s = this.slot(left, right);
    return this.lefts[s] === EMPTY ? 0 : this.values[s];
  }

  add(left: number, right: number, by: number): void {
    if ((this.size + 1) * 2 > this.mask + 1) this.grow();
    const s = this.slot(left, right);
    if (this.lefts[s] === EMPTY) {
      this.lefts[s] = left;
      this.rights[s] = right;
      this.size++;
    }
    this.values[s] += by;
  }

  *entries(): Generator<[number, number, number]> {
    for (let s = 0; s <= this.mask; s++) {
      if (this.lefts[s] !== EMPTY) yield [this.lefts[s], this.rights[s], this.values[s]];
    }
  }

  private grow(): void {
    const { lefts, rights, values } = this;
    const cap = (this.mask + 1) * 2;
    this.lefts = new Int32Array(cap).fill(EMPTY);
    this.rights = new Int32Array(cap);
    this.values = new Uint32Array(cap);
    this.mask = cap - 1;
    for (let s = 0; s < lefts.length; s++) {
      if (lefts[s] === EMPTY) continue;
      const t = this.slot(lefts[s], rights[s]);
      this.lefts[t] = lefts[s];
      this.rights[t] = rights[s];
      this.values[t] = values[s];
    }
  }
}
