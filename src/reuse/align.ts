// Sentence and passage alignment of a copy (a) with a candidate source (b).
// Similarity is a weighted Dice over content units (lemmas in synonym classes, numbers), so
// spun, edited and translated sentences still pair up; 1:2 and 2:1 splits/merges are found.
import type { AlignedPassage } from '../model.js';
import type { Document } from '../text/document.js';
import { sentenceUnits, type Unit } from './features.js';

export interface SentencePair {
  /** Copy sentences [a0, a1) and source sentences [b0, b1). */
  a0: number;
  a1: number;
  b0: number;
  b1: number;
  sim: number;
}

export interface Alignment {
  pairs: SentencePair[];
  passages: AlignedPassage[];
  /** Share of the copy's content weight inside aligned sentences. */
  coverageCopy: number;
  /** Share of the source's content weight inside aligned sentences. */
  coverageSource: number;
  /** Same, counting only words outside quotation marks (shared quotes alone do not make a copy). */
  unquotedCoverageCopy: number;
  /**
   * The copy's own wording kept: of its content words that are neither names nor figures and stand
   * outside quotation marks, the share found in the source sentences aligned with them. Independent
   * reports of one event share names, figures and quotes, and say the same facts in other words.
   */
  wordingKept: number;
  /**
   * Unaligned content weight between aligned sentences that follow each other on the other side too
   * (see innerGap), copy side and source side, as shares of each side's weight.
   */
  innerGapCopy: number;
  innerGapSource: number;
  meanSim: number;
}

type Bag = Map<string, number>;

interface SentenceBag {
  bag: Bag;
  weight: number;
  /** Names and numbers of the sentence. */
  strong: Set<string>;
}

function bagOf(units: Unit[]): SentenceBag {
  const bag: Bag = new Map();
  const strong = new Set<string>();
  let weight = 0;
  for (const u of units) {
    bag.set(u.key, (bag.get(u.key) ?? 0) + u.weight);
    weight += u.weight;
    if (u.weight > 1) strong.add(u.key);
  }
  return { bag, weight, strong };
}

/**
 * Template reports (the same formula with other names and figures, as in market reports) share
 * their wording but none of their names and numbers: such sentence pairs count for less when
 * each sentence has at least two names or figures.
 */
export const NO_SHARED_NAMES = 0.6;
function namesAgree(x: SentenceBag, y: SentenceBag): boolean {
  // One name or figure each may simply be the change a copy made ("Juan Kirby", "8,5000").
  if (x.strong.size < 2 || y.strong.size < 2) return true;
  for (const k of x.strong) if (y.strong.has(k)) return true;
  return false;
}

function overlap(x: Bag, y: Bag): number {
  let s = 0;
  const [small, big] = x.size <= y.size ? [x, y] : [y, x];
  for (const [k, w] of small) {
    const v = big.get(k);
    if (v !== undefined) s += Math.min(w, v);
  }
  return s;
}

function merge(x: Bag, y: Bag): Bag {
  const out = new Map(x);
  for (const [k, w] of y) out.set(k, (out.get(k) ?? 0) + w);
  return out;
}

/**
 * Minimum similarity for a pair on its own, and when a neighbouring pair supports it. SUPPORTED is
 * the lowest similarity at which any pair is accepted: the unit screen (units.ts) relies on it.
 */
const STRONG = 0.5;
export const SUPPORTED = 0.3;
/** Sentences with less content than this need the strong threshold plus support. */
const MIN_WEIGHT = 3;

const bagsMemo = new WeakMap<Document, SentenceBag[]>();
function bagsOf(doc: Document): SentenceBag[] {
  let bags = bagsMemo.get(doc);
  if (!bags) bagsMemo.set(doc, (bags = sentenceUnits(doc).map(bagOf)));
  return bags;
}

/**
 * How many source sentences one copy sentence is compared with at most. Only an article whose
 * sentences share their words with hundreds of others (a listing page, a table read as text, or
 * hostile input repeating one sentence) reaches it; comparing every pair there made alignment
 * quadratic (minutes for two such pages of 1 MB).
 */
export const MAX_CANDIDATE_SENTENCES = 400;

/**
 * The source sentences that share a unit with a copy sentence, in the order the units and their
 * postings give them. Past MAX_CANDIDATE_SENTENCES, those sharing its rarest units are taken.
 */
function candidateSentences(bag: Bag, postings: Map<string, number[]>): Set<number> {
  const seen = new Set<number>();
  let total = 0;
  for (const k of bag.keys()) total += postings.get(k)?.length ?? 0;
  if (total <= MAX_CANDIDATE_SENTENCES) {
    for (const k of bag.keys()) for (const j of postings.get(k) ?? []) seen.add(j);
    return seen;
  }
  const rarestFirst = [...bag.keys()].sort(
    (x, y) => (postings.get(x)?.length ?? 0) - (postings.get(y)?.length ?? 0),
  );
  for (const k of rarestFirst) {
    for (const j of postings.get(k) ?? []) {
      if (seen.size >= MAX_CANDIDATE_SENTENCES) return seen;
      seen.add(j);
    }
  }
  // Fewer sentences than the cap after all: in the usual order, so that ties break as usual.
  seen.clear();
  for (const k of bag.keys()) for (const j of postings.get(k) ?? []) seen.add(j);
  return seen;
}

export function alignDocuments(a: Document, b: Document): Alignment {
  const ua = sentenceUnits(a);
  const ub = sentenceUnits(b);
  const ba = bagsOf(a);
  const bb = bagsOf(b);
  // Inverted index of the source: unit → sentences holding it.
  const postings = new Map<string, number[]>();
  bb.forEach(({ bag }, j) => {
    for (const k of bag.keys()) {
      let p = postings.get(k);
      if (!p) postings.set(k, (p = []));
      p.push(j);
    }
  });
  const dice = (i: number, j: number) => {
    const d = ba[i].weight + bb[j].weight;
    if (d === 0) return 0;
    const sim = (2 * overlap(ba[i].bag, bb[j].bag)) / d;
    return namesAgree(ba[i], bb[j]) ? sim : sim * NO_SHARED_NAMES;
  };
  // Best source sentence for each copy sentence.
  const best: { j: number; sim: number }[] = ba.map(({ bag }, i) => {
    const seen = candidateSentences(bag, postings);
    let bj = -1;
    let bs = 0;
    for (const j of seen) {
      const s = dice(i, j);
      if (s > bs) [bj, bs] = [j, s];
    }
    return { j: bj, sim: bs };
  });
  const accepted = best.map((x, i) => {
    if (x.j < 0) return false;
    const light = ba[i].weight < MIN_WEIGHT || bb[x.j].weight < MIN_WEIGHT;
    const prev = i > 0 && best[i - 1].j >= 0 && Math.abs(best[i - 1].j - x.j) <= 1;
    const next = i + 1 < best.length && best[i + 1].j >= 0 && Math.abs(best[i + 1].j - x.j) <= 1;
    if (light) return x.sim >= 0.8 && (prev || next || ba[i].weight >= 2);
    return x.sim >= STRONG || (x.sim >= SUPPORTED && (prev || next));
  });
  const pairs: SentencePair[] = [];
  for (let i = 0; i < ba.length; i++) {
    if (!accepted[i]) continue;
    const j = best[i].j;
    let pair: SentencePair = { a0: i, a1: i + 1, b0: j, b1: j + 1, sim: best[i].sim };
    // A copy sentence that merges two source sentences (1:2).
    for (const j2 of [j - 1, j + 1]) {
      if (j2 < 0 || j2 >= bb.length) continue;
      const m = merge(bb[j].bag, bb[j2].bag);
      const s = (2 * overlap(ba[i].bag, m)) / (ba[i].weight + bb[j].weight + bb[j2].weight);
      if (s > pair.sim + 0.1)
        pair = { a0: i, a1: i + 1, b0: Math.min(j, j2), b1: Math.max(j, j2) + 1, sim: s };
    }
    // Two copy sentences that split one source sentence (2:1): fold into the previous pair.
    const last = pairs[pairs.length - 1];
    if (last && last.a1 === i && last.b0 === pair.b0 && last.b1 === pair.b1) {
      const m = merge(ba[i - 1].bag, ba[i].bag);
      const s = (2 * overlap(m, bb[j].bag)) / (ba[i - 1].weight + ba[i].weight + bb[j].weight);
      last.a1 = i + 1;
      last.sim = Math.max(s, (last.sim + pair.sim) / 2);
      continue;
    }
    pairs.push(pair);
  }
  return summarise(a, b, ua, ub, withoutDominated(pairs));
}

/** A pair spans one source sentence, or two where a copy sentence merges them (1:2). */
const MAX_PAIR_SPAN = 2;

/** How much better another pair must match the same source sentences for a pair to be dropped. */
export const DOMINATED_MARGIN = 0.25;

/**
 * Each copy sentence picks its best source sentence on its own, so a page's headline, deck or
 * photo caption restating the lead pairs loosely with a source sentence that the copied lead
 * itself matches closely. Such a pair, whose source sentences another pair covers at a clearly
 * higher similarity, says nothing about how the text was copied: it is dropped. Text a copy
 * repeats word for word keeps both pairs.
 */
function withoutDominated(pairs: SentencePair[]): SentencePair[] {
  if (pairs.length < 2) return pairs;
  // A pair covering p's source sentences starts at p's first one or before it; pairs span one or
  // two source sentences, so only those starting there or one before are compared.
  const byStart = new Map<number, SentencePair[]>();
  for (const q of pairs) {
    const list = byStart.get(q.b0);
    if (list) list.push(q);
    else byStart.set(q.b0, [q]);
  }
  const dominates = (q: SentencePair, p: SentencePair) =>
    q !== p && q.b0 <= p.b0 && q.b1 >= p.b1 && q.sim >= p.sim + DOMINATED_MARGIN;
  return pairs.filter((p) => {
    for (let start = p.b0; start >= p.b0 - MAX_PAIR_SPAN + 1; start--)
      for (const q of byStart.get(start) ?? []) if (dominates(q, p)) return false;
    return true;
  });
}

/** Per sentence, its plain units (neither names nor figures), and those outside quotation marks. */
interface PlainBags {
  all: Bag[];
  unquoted: Bag[];
  unquotedTotal: number;
}

const plainMemo = new WeakMap<Document, PlainBags>();
function plainBagsOf(doc: Document, units: Unit[][]): PlainBags {
  let bags = plainMemo.get(doc);
  if (bags) return bags;
  bags = { all: [], unquoted: [], unquotedTotal: 0 };
  for (const sentence of units) {
    const all: Bag = new Map();
    const unquoted: Bag = new Map();
    for (const u of sentence) {
      if (u.weight !== 1) continue;
      all.set(u.key, (all.get(u.key) ?? 0) + 1);
      if (doc.tokens[u.token].quoted) continue;
      unquoted.set(u.key, (unquoted.get(u.key) ?? 0) + 1);
      bags.unquotedTotal++;
    }
    bags.all.push(all);
    bags.unquoted.push(unquoted);
  }
  plainMemo.set(doc, bags);
  return bags;
}

/**
 * See Alignment.wordingKept. The source's words count whether quoted or not: a copy that turns a
 * quotation into reported speech keeps its wording.
 */
function wordingKept(a: Document, b: Document, ua: Unit[][], ub: Unit[][], pairs: SentencePair[]): number {
  const pa = plainBagsOf(a, ua);
  if (pa.unquotedTotal === 0) return 0;
  const pb = plainBagsOf(b, ub);
  let kept = 0;
  for (const p of pairs) {
    let copy = pa.unquoted[p.a0];
    for (let i = p.a0 + 1; i < p.a1; i++) copy = merge(copy, pa.unquoted[i]);
    let source = pb.all[p.b0];
    for (let j = p.b0 + 1; j < p.b1; j++) source = merge(source, pb.all[j]);
    kept += overlap(copy, source);
  }
  return kept / pa.unquotedTotal;
}

function summarise(a: Document, b: Document, ua: Unit[][], ub: Unit[][], pairs: SentencePair[]): Alignment {
  const weightOf = (units: Unit[][], from: number, to: number, doc?: Document) => {
    let w = 0;
    for (let s = from; s < to; s++)
      for (const u of units[s]) if (!doc || !doc.tokens[u.token].quoted) w += u.weight;
    return w;
  };
  const totalA = weightOf(ua, 0, ua.length) || 1;
  const totalB = weightOf(ub, 0, ub.length) || 1;
  const totalAUnquoted = weightOf(ua, 0, ua.length, a) || 1;
  let covA = 0;
  let covAUnq = 0;
  let simSum = 0;
  const coveredB = new Set<number>();
  for (const p of pairs) {
    const w = weightOf(ua, p.a0, p.a1);
    covA += w;
    covAUnq += weightOf(ua, p.a0, p.a1, a);
    simSum += p.sim * w;
    for (let j = p.b0; j < p.b1; j++) coveredB.add(j);
  }
  let covB = 0;
  for (const j of coveredB) covB += weightOf(ub, j, j + 1);
  // Inside the aligned stretch, what one side has and the other lacks (truncation does not count).
  const innerGapCopy =
    innerGap(
      pairs.map((p) => ({ from: p.a0, to: p.a1, otherFrom: p.b0, otherTo: p.b1 })),
      (i) => weightOf(ua, i, i + 1),
    ) / totalA;
  const innerGapSource =
    innerGap(
      pairs.map((p) => ({ from: p.b0, to: p.b1, otherFrom: p.a0, otherTo: p.a1 })),
      (j) => weightOf(ub, j, j + 1),
    ) / totalB;
  // Passages: runs of pairs that continue each other on both sides.
  const passages: AlignedPassage[] = [];
  let run: { a0: number; a1: number; b0: number; b1: number; simW: number; w: number } | null = null;
  const flush = () => {
    if (!run) return;
    passages.push({
      copy: { start: a.sentences[run.a0].start, end: a.sentences[run.a1 - 1].end },
      source: { start: b.sentences[run.b0].start, end: b.sentences[run.b1 - 1].end },
      similarity: round(run.w ? run.simW / run.w : 0),
    });
    run = null;
  };
  for (const p of pairs) {
    const w = weightOf(ua, p.a0, p.a1) || 1;
    if (run && p.a0 === run.a1 && p.b0 >= run.b1 && p.b0 <= run.b1 + 0) {
      run.a1 = p.a1;
      run.b1 = p.b1;
      run.simW += p.sim * w;
      run.w += w;
    } else {
      flush();
      run = { a0: p.a0, a1: p.a1, b0: p.b0, b1: p.b1, simW: p.sim * w, w };
    }
  }
  flush();
  return {
    pairs,
    passages,
    coverageCopy: round(covA / totalA),
    coverageSource: round(covB / totalB),
    unquotedCoverageCopy: round(covAUnq / totalAUnquoted),
    wordingKept: round(wordingKept(a, b, ua, ub, pairs)),
    innerGapCopy: round(innerGapCopy),
    innerGapSource: round(innerGapSource),
    meanSim: round(covA ? simSum / covA : 0),
  };
}

/**
 * The weight of one side's unaligned sentences lying between two aligned sentences that follow
 * each other on the other side too: text one side inserted into, or cut from, a stretch both
 * carry. Sentences between two aligned sentences that the other side has in another order lie
 * in no shared stretch (a page that moves sentences around and mixes in another report's, where
 * the sentence between is that report's): they are no trimming or padding of it. With the
 * sentences in the same order on both sides, this is all unaligned text between the first and
 * last aligned sentence.
 */
function innerGap(
  spans: { from: number; to: number; otherFrom: number; otherTo: number }[],
  weight: (sentence: number) => number,
): number {
  const sorted = [...spans].sort((x, y) => x.from - y.from || x.to - y.to);
  const covered = new Set<number>();
  for (const s of sorted) for (let i = s.from; i < s.to; i++) covered.add(i);
  const counted = new Set<number>();
  for (let k = 1; k < sorted.length; k++) {
    const p = sorted[k - 1];
    const q = sorted[k];
    if (q.otherFrom < p.otherTo) continue;
    for (let i = p.to; i < q.from; i++) if (!covered.has(i)) counted.add(i);
  }
  let w = 0;
  for (const i of counted) w += weight(i);
  return w;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
