// Measures that might tell a heavy rewrite of a source from an independent report of the same event,
// for every pair of pages of one real story cluster: labelled copy/source pairs (GOLD), pairs with an
// independent report (indep: the negatives, which share quotes and facts) and pairs of two originals.
// Printed per pair, sorted by label:
//   align     sentence alignment each way (relation.ts reads it): pairs, copy coverage, unquoted
//             coverage, mean similarity, pairs in source order (longest increasing run of source sentences)
//   lcs       content units kept in the same order: longest common subsequence / the shorter text
//   nameLcs   the same over names and figures only
//   local     local phrasing kept: unit pairs within 3 units of each other in a sentence, outside
//             quotes, found in both texts / those of the text with fewer
//   rare      shared non-name content units outside quotes, weighted by idf over 3,000 corpus
//             articles, / the smaller text's total (and the shared mass)
//   names     the same over names and figures
//   linked    what linkEvidence decides today
// Usage: node --import tsx scripts/trace-eval/pair-measures.ts
import { buildDocument, type Document } from '../../src/text/document.js';
import { sentenceUnits } from '../../src/reuse/features.js';
import { alignDocuments, type Alignment } from '../../src/reuse/align.js';
import { linkEvidence } from '../../src/provenance/relation.js';
import { loadClusters, type ClusterArticle } from './clusters.js';
import { hasCorpus, loadCorpus } from './corpus.js';

const DATA = process.env.UNSPIN_DATA ?? '../shared/data';
const pages = loadClusters(DATA);
const docs = new Map<string, Document>(pages.map((p) => [p.article.id, buildDocument(p.article)]));

const documentFrequency = new Map<string, number>();
const corpus = hasCorpus(DATA) ? loadCorpus(DATA).slice(0, 3000) : [];
for (const c of corpus) {
  const d = buildDocument({ id: c.id, text: c.text, date: null, title: null, url: null, outlet: null });
  for (const k of new Set(
    sentenceUnits(d)
      .flat()
      .map((u) => u.key),
  ))
    documentFrequency.set(k, (documentFrequency.get(k) ?? 0) + 1);
}
const idf = (k: string) => Math.log((corpus.length + 1) / ((documentFrequency.get(k) ?? 0) + 1));

const f = (x: number) => x.toFixed(2);

function inOrder(al: Alignment): number {
  const tails: number[] = [];
  for (const p of al.pairs) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid] < p.b0) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = p.b0;
  }
  return tails.length;
}

function describe(al: Alignment): string {
  return `n=${al.pairs.length} cov=${f(al.coverageCopy)} unq=${f(al.unquotedCoverageCopy)} sim=${f(al.meanSim)} ordered=${inOrder(al)}`;
}

function unitSequence(d: Document, namesOnly = false): string[] {
  return sentenceUnits(d)
    .flat()
    .filter((u) => !namesOnly || u.weight > 1)
    .map((u) => u.key);
}

function lcsLength(x: string[], y: string[]): number {
  let prev = new Array<number>(y.length + 1).fill(0);
  for (let i = 1; i <= x.length; i++) {
    const cur = new Array<number>(y.length + 1).fill(0);
    for (let j = 1; j <= y.length; j++)
      cur[j] = x[i - 1] === y[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    prev = cur;
  }
  return prev[y.length];
}

function localPairs(d: Document): Set<string> {
  const out = new Set<string>();
  for (const sentence of sentenceUnits(d)) {
    const units = sentence.filter((u) => !d.tokens[u.token].quoted);
    for (let i = 0; i < units.length; i++)
      for (let j = i + 1; j < Math.min(units.length, i + 4); j++) out.add(`${units[i].key} ${units[j].key}`);
  }
  return out;
}

function unquotedUnits(d: Document, names: boolean): Set<string> {
  const out = new Set<string>();
  for (const u of sentenceUnits(d).flat())
    if (u.weight > 1 === names && !d.tokens[u.token].quoted) out.add(u.key);
  return out;
}

function weightedOverlap(x: Set<string>, y: Set<string>): { share: number; mass: number } {
  let shared = 0;
  let totalX = 0;
  let totalY = 0;
  for (const k of x) {
    totalX += idf(k);
    if (y.has(k)) shared += idf(k);
  }
  for (const k of y) totalY += idf(k);
  return { share: shared / (Math.min(totalX, totalY) || 1), mass: shared };
}

function labelOf(a: ClusterArticle, b: ClusterArticle): string | null {
  if (a.sourceId === b.article.id || b.sourceId === a.article.id) return 'GOLD';
  if (a.role === 'independent' || b.role === 'independent') return 'indep';
  if (a.role === 'original' && b.role === 'original') return 'orig-orig';
  return null;
}

const rows: string[] = [];
for (const a of pages)
  for (const b of pages) {
    if (a.cluster !== b.cluster || a.article.id >= b.article.id) continue;
    const label = labelOf(a, b);
    if (!label) continue;
    const da = docs.get(a.article.id)!;
    const db = docs.get(b.article.id)!;
    const forward = alignDocuments(da, db);
    const backward = alignDocuments(db, da);
    const linked = forward.pairs.length > 0 && linkEvidence(da, db, forward) !== null;
    const sa = unitSequence(da);
    const sb = unitSequence(db);
    const lcs = lcsLength(sa, sb) / (Math.min(sa.length, sb.length) || 1);
    const na = unitSequence(da, true);
    const nb = unitSequence(db, true);
    const nameLcs = lcsLength(na, nb) / (Math.min(na.length, nb.length) || 1);
    const la = localPairs(da);
    const lb = localPairs(db);
    let sharedLocal = 0;
    for (const g of la) if (lb.has(g)) sharedLocal++;
    const local = sharedLocal / (Math.min(la.size, lb.size) || 1);
    const rare = weightedOverlap(unquotedUnits(da, false), unquotedUnits(db, false));
    const names = weightedOverlap(unquotedUnits(da, true), unquotedUnits(db, true));
    rows.push(
      `${label.padEnd(9)} ${a.article.id}(${a.role[0]}) ${b.article.id}(${b.role[0]}) linked=${linked ? 1 : 0} ` +
        `lcs=${f(lcs)} nameLcs=${f(nameLcs)} local=${f(local)} rare=${f(rare.share)}/${rare.mass.toFixed(0)} names=${f(names.share)} | ` +
        `${describe(forward)} | ${describe(backward)}`,
    );
  }
console.log(rows.sort().join('\n'));
