// An open-addressing hash table from word-id pairs to counts, on one typed array: no per-entry
// objects, no boxed keys, so lookups stay fast and cheap for the garbage collector. Each slot keeps
// left, right and count side by side, so a lookup touches one cache line rather than three.
// Lefts are stored plus one, so that a fresh (zero-filled) array is all free slots.
// A bit set beside the table (one bit per pair hash, 8 bits per slot: a few MB where the table
// takes tens) answers most lookups of absent pairs without touching the table: a lookup of a
// pair never counted, most of a detector's lookups, then mostly stays in the processor's cache.
// It is made once the table has answered FILTER_AFTER lookups (a few articles: loading a model and
// analysing one article do not pay for it) and kept up to date after that.
const EMPTY = 0;
const WIDTH = 3;
const FILTER_BITS_PER_SLOT = 8;
const FILTER_AFTER = 100_000;
/** maxCount before the bounds are made: no bound (larger than any count). */
const NO_BOUND = 0xffffffff;

export class PairTable {
  /** [left + 1, right, count] per slot; EMPTY for a free slot. Counts are read as unsigned. */
  private slots: Int32Array;
  private mask: number;
  /** Bit `filterBit(left, right)` is set for every pair in the table (and for a few others);
   *  null until FILTER_AFTER lookups. */
  private filter: Int32Array | null = null;
  private filterMask = 0;
  private lookupsWithoutFilter = 0;
  /** Per left id the largest count of a pair it starts, per right id of a pair it ends; made on
   *  the first maxCount once the filter is made, kept up to date after that. */
  private maxAfter: Uint32Array | null = null;
  private maxBefore: Uint32Array | null = null;
  size = 0;

  constructor(capacity = 1 << 16) {
    let cap = 1 << 4;
    while (cap < capacity * 2) cap <<= 1;
    this.slots = new Int32Array(cap * WIDTH);
    this.mask = cap - 1;
  }

  /** The pair's bit in `filter`, from a hash independent of the slot's. */
  private filterBit(left: number, right: number): number {
    const h = Math.imul(left ^ Math.imul(right, 0x27d4eb2f), 0x165667b1);
    return (h ^ (h >>> 13)) & this.filterMask;
  }

  private markFilter(filter: Int32Array, left: number, right: number): void {
    const bit = this.filterBit(left, right);
    filter[bit >>> 5] |= 1 << (bit & 31);
  }

  private buildFilter(): void {
    const cap = this.mask + 1;
    const filter = new Int32Array((cap * FILTER_BITS_PER_SLOT) >>> 5);
    this.filterMask = cap * FILTER_BITS_PER_SLOT - 1;
    const slots = this.slots;
    for (let at = 0; at < slots.length; at += WIDTH)
      if (slots[at] !== EMPTY) this.markFilter(filter, slots[at] - 1, slots[at + 1]);
    this.filter = filter;
  }

  /** Index in `slots` of the pair's slot, or of the free slot where it would go. */
  private slot(left: number, right: number): number {
    let h = (Math.imul(left, 0x9e3779b1) ^ Math.imul(right + 0x7f4a7c15, 0x85ebca77)) >>> 0;
    h = (h ^ (h >>> 15)) & this.mask;
    const slots = this.slots;
    const key = left + 1;
    for (;;) {
      const at = h * WIDTH;
      const l = slots[at];
      if (l === EMPTY || (l === key && slots[at + 1] === right)) return at;
      h = (h + 1) & this.mask;
    }
  }

  get(left: number, right: number): number {
    const filter = this.filter;
    if (filter !== null) {
      const bit = this.filterBit(left, right);
      if ((filter[bit >>> 5] & (1 << (bit & 31))) === 0) return 0; // certainly absent
    } else if (++this.lookupsWithoutFilter > FILTER_AFTER) this.buildFilter();
    const at = this.slot(left, right);
    return this.slots[at] === EMPTY ? 0 : this.slots[at + 2] >>> 0;
  }

  /** True once maxCount gives real bounds (before that it answers NO_BOUND). */
  hasBounds(): boolean {
    return this.filter !== null;
  }

  /** An upper bound of get(left, right) read without the table: the largest count of a pair
   *  starting with `left` or ending with `right`, whichever is smaller (NO_BOUND until the
   *  filter is made: a model loaded to analyse one article does not pay for the bounds). */
  maxCount(left: number, right: number): number {
    if (this.maxAfter === null) {
      if (this.filter === null) return NO_BOUND;
      this.buildMaxes();
    }
    const maxAfter = this.maxAfter!;
    const maxBefore = this.maxBefore!;
    const after = left < maxAfter.length ? maxAfter[left] : 0;
    const before = right < maxBefore.length ? maxBefore[right] : 0;
    return after < before ? after : before;
  }

  private buildMaxes(): void {
    const slots = this.slots;
    let ids = 0;
    for (let at = 0; at < slots.length; at += WIDTH)
      if (slots[at] !== EMPTY) ids = Math.max(ids, slots[at], slots[at + 1] + 1);
    const after = new Uint32Array(ids);
    const before = new Uint32Array(ids);
    for (let at = 0; at < slots.length; at += WIDTH) {
      if (slots[at] === EMPTY) continue;
      const left = slots[at] - 1;
      const right = slots[at + 1];
      const count = slots[at + 2] >>> 0;
      if (count > after[left]) after[left] = count;
      if (count > before[right]) before[right] = count;
    }
    this.maxAfter = after;
    this.maxBefore = before;
  }

  add(left: number, right: number, by: number): void {
    if ((this.size + 1) * 2 > this.mask + 1) this.grow();
    const at = this.slot(left, right);
    if (this.slots[at] === EMPTY) {
      this.slots[at] = left + 1;
      this.slots[at + 1] = right;
      if (this.filter) this.markFilter(this.filter, left, right);
      this.size++;
    }
    this.slots[at + 2] = ((this.slots[at + 2] >>> 0) + by) | 0;
    if (this.maxAfter !== null) this.raiseMaxes(left, right, this.slots[at + 2] >>> 0);
  }

  /** Keeps the bounds true after a count grew (drops them, to be made again, for an id they do
   *  not cover). */
  private raiseMaxes(left: number, right: number, count: number): void {
    const after = this.maxAfter!;
    const before = this.maxBefore!;
    if (left >= after.length || right >= before.length) {
      this.maxAfter = this.maxBefore = null;
      return;
    }
    if (count > after[left]) after[left] = count;
    if (count > before[right]) before[right] = count;
  }

  /** Makes room for `entries` entries in all, so that adding them never grows the table. */
  reserve(entries: number): void {
    let cap = this.mask + 1;
    while ((entries + 1) * 2 > cap) cap <<= 1;
    if (cap > this.mask + 1) this.resize(cap);
  }

  *entries(): Generator<[number, number, number]> {
    const slots = this.slots;
    for (let at = 0; at < slots.length; at += WIDTH) {
      if (slots[at] !== EMPTY) yield [slots[at] - 1, slots[at + 1], slots[at + 2] >>> 0];
    }
  }

  private grow(): void {
    this.resize((this.mask + 1) * 2);
  }

  private resize(cap: number): void {
    const old = this.slots;
    this.slots = new Int32Array(cap * WIDTH);
    this.mask = cap - 1;
    this.filter = null; // sized by the capacity: made again after more lookups
    this.maxAfter = this.maxBefore = null;
    this.lookupsWithoutFilter = 0;
    for (let at = 0; at < old.length; at += WIDTH) {
      if (old[at] === EMPTY) continue;
      const to = this.slot(old[at] - 1, old[at + 1]);
      this.slots[to] = old[at];
      this.slots[to + 1] = old[at + 1];
      this.slots[to + 2] = old[at + 2];
    }
  }
}
