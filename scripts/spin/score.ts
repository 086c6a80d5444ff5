// Scoring spin findings against known changes, and finding the changed words between a real spun
// sentence and its original (word-level longest common subsequence).
import { readFileSync } from 'node:fs';
import type { SpinFinding } from '../../src/spin/index.js';

export interface GoldChange {
  start: number;
  end: number;
  original: string;
}

export interface Tally {
  findings: number;
  correctFindings: number;
  changes: number;
  foundChanges: number;
  restoredChanges: number;
  /** Changed words: in a run of changed words as long as the original words it replaced, each
   *  word that differs from its original; in any other run, each of its written words. */
  changedWords: number;
  /** Changed words put back exactly: word by word in a run as long as its original ("worth motion"
   *  for price action, "worth" → price restores one of two words), else only with the whole run. */
  restoredWords: number;
  words: number;
}

export function emptyTally(): Tally {
  return {
    findings: 0,
    correctFindings: 0,
    changes: 0,
    foundChanges: 0,
    restoredChanges: 0,
    changedWords: 0,
    restoredWords: 0,
    words: 0,
  };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

function same(a: string, b: string): boolean {
  const norm = (s: string): string =>
    s
      .toLowerCase()
      .replace(/[’‘]/g, "'")
      .replace(/[\s-]+/g, ' ')
      .trim();
  return norm(a) === norm(b);
}

/** Adds the score of `findings` (restricted to `within` spans when given) against `gold`. */
export function tallyFindings(
  tally: Tally,
  text: string,
  findings: SpinFinding[],
  gold: GoldChange[],
  within?: Array<{ start: number; end: number }>,
): void {
  const scored = within
    ? findings.filter((f) => within.some((w) => f.start >= w.start && f.end <= w.end))
    : findings;
  tally.findings += scored.length;
  tally.correctFindings += scored.filter((f) => gold.some((g) => overlaps(f, g))).length;
  tally.changes += gold.length;
  for (const g of gold) {
    const hits = scored.filter((f) => overlaps(f, g)).sort((a, b) => a.start - b.start);
    if (hits.length) tally.foundChanges++;
    // Restored exactly: the findings covering the change, put back, give the original words
    // ("noticed an increase" found as "noticed" → "observed" and "increase" → "rise").
    const whole = hits.length > 0 && hits[0].start === g.start && hits[hits.length - 1].end === g.end;
    const restored = whole ? putBack(text, g, hits) : null;
    const exact = restored !== null && same(restored, g.original);
    if (exact) tally.restoredChanges++;
    tallyWords(tally, text, g, hits, exact);
  }
}

/** The text of change g with the findings inside it put back, or null when two overlap. */
function putBack(text: string, g: GoldChange, hits: SpinFinding[]): string | null {
  let restored = '';
  let at = g.start;
  for (const h of hits) {
    if (h.start < at) return null;
    restored += text.slice(at, h.start) + h.suggestion;
    at = h.end;
  }
  return restored + text.slice(at, g.end);
}

/** Adds change g's changed and restored words (see Tally.changedWords). */
function tallyWords(tally: Tally, text: string, g: GoldChange, hits: SpinFinding[], exact: boolean): void {
  const written = words(text.slice(g.start, g.end)).map((w) => w.norm);
  const original = words(g.original).map((w) => w.norm);
  if (written.length !== original.length) {
    tally.changedWords += written.length;
    if (exact) tally.restoredWords += written.length;
    return;
  }
  const inside = hits.filter((h) => h.start >= g.start && h.end <= g.end);
  const restored = putBack(text, g, inside);
  const back = restored === null ? written : words(restored).map((w) => w.norm);
  for (let k = 0; k < written.length; k++) {
    if (written[k] === original[k]) continue;
    tally.changedWords++;
    if (back.length === written.length && back[k] === original[k]) tally.restoredWords++;
  }
}

export function ratio(a: number, b: number): string {
  return b ? (a / b).toFixed(3) : 'n/a';
}

export function summary(t: Tally): string {
  return [
    `precision ${ratio(t.correctFindings, t.findings)} (${t.correctFindings}/${t.findings})`,
    `recall ${ratio(t.foundChanges, t.changes)} (${t.foundChanges}/${t.changes})`,
    `restored exactly ${ratio(t.restoredChanges, t.changes)} (${t.restoredChanges}/${t.changes})`,
    `changed words restored exactly ${ratio(t.restoredWords, t.changedWords)} (${t.restoredWords}/${t.changedWords})`,
  ].join(', ');
}

interface WordPos {
  start: number;
  end: number;
  norm: string;
}

function words(text: string): WordPos[] {
  return [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.,%$-]*[\p{L}\p{N}%]|[\p{L}\p{N}]/gu)].map((m) => ({
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
    norm: m[0].toLowerCase().replace(/’/g, "'"),
  }));
}

/**
 * The changed word runs of `spun` against `original` (offsets into `spun`), each with the original
 * words it replaced. Insertions with no spun words are skipped.
 */
export function diffWords(spun: string, original: string): GoldChange[] {
  const a = words(spun);
  const b = words(original);
  const dp: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      dp[i][j] = a[i].norm === b[j].norm ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
    }
  }
  const out: GoldChange[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i].norm === b[j].norm) {
      i++;
      j++;
      continue;
    }
    const i0 = i;
    const j0 = j;
    while ((i < a.length || j < b.length) && !(i < a.length && j < b.length && a[i].norm === b[j].norm)) {
      if (j >= b.length || (i < a.length && dp[i + 1][j] >= dp[i][j + 1])) i++;
      else j++;
    }
    if (i > i0) {
      out.push({
        start: a[i0].start,
        end: a[i - 1].end,
        original: j > j0 ? original.slice(b[j0].start, b[j - 1].end) : '',
      });
    }
  }
  return out;
}

/** A real spun article: the spun text and its word-for-word sentence pairs with the source. */
export interface RealSpun {
  id: string;
  spun: string;
  aligned: Array<{ spun: string; original: string }>;
}

/** The real spun articles of `../shared/data/real-spun/dev.jsonl` (path given by the caller). */
export function readRealSpun(path: string): RealSpun[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as RealSpun);
}

/**
 * Gold changes of a real spun article: the word differences inside its aligned sentence pairs, and
 * the stretches of the spun text those pairs cover (findings elsewhere are not scored).
 */
export function realGold(row: RealSpun): {
  gold: GoldChange[];
  within: Array<{ start: number; end: number }>;
} {
  const within: Array<{ start: number; end: number }> = [];
  const gold: GoldChange[] = [];
  for (const pair of row.aligned) {
    const at = row.spun.indexOf(pair.spun);
    if (at === -1) continue;
    within.push({ start: at, end: at + pair.spun.length });
    for (const g of diffWords(pair.spun, pair.original))
      gold.push({ ...g, start: g.start + at, end: g.end + at });
  }
  return { gold, within };
}
