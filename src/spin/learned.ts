// Substitutions learned from spun copies whose source the trace engine found: each aligned
// copy/source passage pair, diffed word by word, shows what the spinner wrote for what ("worth" for
// "price", "lengthy merchants" for "long traders"). These pairs become candidate originals that no
// general thesaurus offers, so the more spun copies a user traces, the better a lone article
// unspins. Only short, word-for-word substitutions count: rewrites and names are left out.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffSequences } from '../reuse/token-diff.js';
import { tokenize, type Token } from '../text/tokenize.js';
import type { Document } from '../text/document.js';

/** Longest substitution (in words, either side) learned. */
export const MAX_LEARNED_WORDS = 3;
/** Longest run of side-by-side one-word swaps split into single words. */
const MAX_SWAP_RUN = 6;
const FILE = 'substitutions.tsv';
/** A substitution must change at least one of these out of every two words of its passage
 *  pair, or the pair is a rewrite rather than a word-for-word spin and teaches nothing. */
const MIN_SHARED_SHARE = 0.5;

/** One spun passage and the source passage it renders. */
export interface PassagePair {
  copy: string;
  source: string;
}

/** Originals seen for one spun word or phrase, with how often. */
export type LearnedOriginals = Map<string, number>;

export class SubstitutionTable {
  /** Spun wording (lowercase, words joined by one space) → originals and counts. */
  readonly bySpun = new Map<string, LearnedOriginals>();
  /** First words of multiword spun keys, for phrase lookup. */
  readonly phraseStarts = new Set<string>();
  /** How often a learned spun word stood in a spun copy unchanged (kept from its source): "for"
   *  was written for "at" a few times but kept hundreds of times, "within" mostly stood for "in". */
  readonly kept = new Map<string, number>();

  add(spun: string, original: string, n = 1): void {
    let m = this.bySpun.get(spun);
    if (!m) this.bySpun.set(spun, (m = new Map()));
    m.set(original, (m.get(original) ?? 0) + n);
    if (spun.includes(' ')) this.phraseStarts.add(spun.slice(0, spun.indexOf(' ')));
  }

  originals(spun: string): LearnedOriginals | undefined {
    return this.bySpun.get(spun);
  }

  /** Share of the times this wording was seen in spun copies that it replaced `original`. */
  shareOf(spun: string, original: string): number {
    const m = this.bySpun.get(spun);
    const n = m?.get(original) ?? 0;
    if (!m || !n) return 0;
    let total = this.kept.get(spun) ?? 0;
    for (const k of m.values()) total += k;
    return n / total;
  }

  /** Share of the times this wording was seen in spun copies that it replaced anything. */
  spunShare(spun: string): number {
    const m = this.bySpun.get(spun);
    if (!m) return 0;
    let subs = 0;
    for (const k of m.values()) subs += k;
    return subs / (subs + (this.kept.get(spun) ?? 0));
  }

  addKept(word: string, n = 1): void {
    this.kept.set(word, (this.kept.get(word) ?? 0) + n);
  }

  /** Drops kept counts of words that were never substituted (they are only needed as denominators). */
  prune(): void {
    for (const w of this.kept.keys()) if (!this.bySpun.has(w)) this.kept.delete(w);
  }

  get size(): number {
    return this.bySpun.size;
  }

  /** Adds another table's counts (a user model keeps what earlier models learned). */
  merge(other: SubstitutionTable): void {
    for (const [spun, m] of other.bySpun) for (const [o, n] of m) this.add(spun, o, n);
    for (const [w, n] of other.kept) this.addKept(w, n);
  }

  serialize(): string {
    const lines: string[] = [];
    for (const [spun, m] of this.bySpun) for (const [o, n] of m) lines.push(`${spun}\t${o}\t${n}`);
    // An empty original: the times the wording was kept unchanged.
    for (const [w, n] of this.kept) lines.push(`${w}\t\t${n}`);
    return lines.sort().join('\n') + (lines.length ? '\n' : '');
  }

  static parse(text: string): SubstitutionTable {
    const t = new SubstitutionTable();
    for (const line of text.split('\n')) {
      const f = line.split('\t');
      const n = Number(f[2]);
      if (f.length !== 3 || !f[0] || !Number.isFinite(n) || n <= 0) continue;
      if (f[1]) t.add(f[0], f[1], n);
      else t.addKept(f[0], n);
    }
    return t;
  }
}

const isWord = (t: Token): boolean => t.kind === 'word';

/** A word a substitution may contain: lowercase letters (names and figures are not spin). */
function plainWord(t: Token): boolean {
  return /^[a-z][a-z'-]*$/.test(t.text) || /^[A-Z][a-z'-]*$/.test(t.text);
}

/**
 * The word substitutions of one spun passage against its source: replaced runs of 1 to
 * MAX_LEARNED_WORDS words on both sides, made of plain words (no names inside a sentence, no
 * figures), in passages where most words are kept.
 */
export function substitutionsOf(pair: PassagePair): {
  substitutions: Array<{ spun: string; original: string }>;
  kept: string[];
} {
  const none = { substitutions: [], kept: [] };
  const a = tokenize(pair.copy).filter(isWord);
  const b = tokenize(pair.source).filter(isWord);
  if (!a.length || !b.length) return none;
  const diff = diffSequences(
    a.map((t) => t.norm),
    b.map((t) => t.norm),
  );
  if (diff.matched < MIN_SHARED_SHARE * Math.max(a.length, b.length)) return none;
  const out: Array<{ spun: string; original: string }> = [];
  const changed = new Uint8Array(a.length);
  // A capitalised word inside a sentence is a name: "Related Press" is a name change, not spin.
  const nameLike = (toks: Token[], at: number): boolean =>
    toks.some((t, i) => /^[A-Z]/.test(t.text) && at + i > 0);
  const learnRun = (a0: number, a1: number, b0: number, b1: number): void => {
    const spunToks = a.slice(a0, a1);
    const origToks = b.slice(b0, b1);
    if (!spunToks.every(plainWord) || !origToks.every(plainWord)) return;
    if (nameLike(spunToks, a0) || nameLike(origToks, b0)) return;
    out.push({
      spun: spunToks.map((t) => t.norm).join(' '),
      original: origToks.map((t) => t.norm).join(' '),
    });
  };
  for (const g of diff.gaps) {
    changed.fill(1, g.a0, g.a1);
    const na = g.a1 - g.a0;
    const nb = g.b1 - g.b0;
    if (na < 1 || nb < 1) continue;
    // Runs of equal length are word-for-word swaps side by side ("present navy gear modified" for
    // "show military equipment altered"): each word is learned on its own.
    if (na === nb && na > 1 && na <= MAX_SWAP_RUN) {
      for (let k = 0; k < na; k++) learnRun(g.a0 + k, g.a0 + k + 1, g.b0 + k, g.b0 + k + 1);
    } else if (na <= MAX_LEARNED_WORDS && nb <= MAX_LEARNED_WORDS) learnRun(g.a0, g.a1, g.b0, g.b1);
  }
  const kept = a.filter((_, i) => !changed[i]).map((t) => t.norm);
  return { substitutions: out, kept };
}

/** Learns a table from spun passages and their sources. */
export function learnSubstitutions(pairs: Iterable<PassagePair>): SubstitutionTable {
  const t = new SubstitutionTable();
  for (const p of pairs) {
    const { substitutions, kept } = substitutionsOf(p);
    for (const s of substitutions) t.add(s.spun, s.original);
    for (const w of kept) t.addKept(w);
  }
  t.prune();
  return t;
}

export function saveSubstitutions(table: SubstitutionTable, dir: string): void {
  writeFileSync(join(dir, FILE), table.serialize());
}

/** The table saved in a model directory, or an empty one. */
export function loadSubstitutions(dir: string): SubstitutionTable {
  const path = join(dir, FILE);
  return existsSync(path) ? SubstitutionTable.parse(readFileSync(path, 'utf8')) : new SubstitutionTable();
}

/** Mean learned spin share of an article's words below which learned substitutions get no bonus,
 *  and above which they get all of it. On clean news the mean stays under 0.06 (99th percentile);
 *  real spun copies score 0.10-0.18 (measured with leave-one-page-out tables, npm run eval:spin). */
const CLEAN_DENSITY = 0.05;
const SPUN_DENSITY = 0.1;

/**
 * How spun an article looks to the learned substitutions: the mean, over its words, of the share of
 * times each word stood for another in the traced spun copies, scaled to 0 (clean) .. 1 (spun).
 * A word like "through" is sometimes a spinner's, mostly not; a page full of such words is spun.
 */
export function spunDensityWeight(learned: SubstitutionTable, doc: Document): number {
  let words = 0;
  let share = 0;
  for (const t of doc.tokens) {
    if (t.kind !== 'word') continue;
    words++;
    share += learned.spunShare(t.norm);
  }
  const density = words ? share / words : 0;
  return Math.max(0, Math.min(1, (density - CLEAN_DENSITY) / (SPUN_DENSITY - CLEAN_DENSITY)));
}
