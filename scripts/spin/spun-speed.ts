// CPU time of spin analysis with and without the article-level bonus (spunArticleBonus: an
// article that reads as spun is read twice), on development articles as written and spun by the
// eval's spinner, in one process: one untimed pass of each, then rounds alternating the order,
// each with fresh analyzers (per-word caches empty).
//   node --import tsx scripts/spin/spun-speed.ts [--articles N] [--rounds N]
// Needs ../shared/data (skips with a message when absent).
import { buildDocument, type Document } from '../../src/text/document.js';
import { createSpinAnalyzer, loadSpinModel, type DetectOptions } from '../../src/spin/index.js';
import { isDevSlice, readNewsCorpus, sharedDataPresent } from './corpus.js';
import { seededRandom, spinArticle } from './spinner.js';

const flag = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
};

if (!sharedDataPresent()) {
  console.log('../shared/data is absent: spun-speed skipped');
  process.exit(0);
}
const docOf = (text: string): Document =>
  buildDocument({ id: 'speed', text, date: null, title: null, url: null, outlet: null });
const model = loadSpinModel();
const clean = readNewsCorpus()
  .filter((_, i) => isDevSlice(i))
  .slice(0, flag('articles', 200))
  .map((a) => a.text);
const random = seededRandom(4);
const sets = { clean, spun: clean.map((t) => spinArticle(t, random).text) };
const variants: Array<[string, Partial<DetectOptions>]> = [
  ['one reading', { spunArticleBonus: 0 }],
  ['default', {}],
];
for (const [name, texts] of Object.entries(sets)) {
  const docs = texts.map(docOf);
  const mb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;
  for (const [, options] of variants) {
    const analyze = createSpinAnalyzer(model, options);
    for (const d of docs) analyze(d);
  }
  for (let round = 0; round < flag('rounds', 3); round++) {
    const order = round % 2 ? [...variants].reverse() : variants;
    const rates: string[] = [];
    for (const [label, options] of order) {
      const analyze = createSpinAnalyzer(model, options);
      const before = process.cpuUsage();
      for (const d of docs) analyze(d);
      const used = process.cpuUsage(before);
      rates.push(`${label} ${(mb / ((used.user + used.system) / 1e6)).toFixed(3)}`);
    }
    console.log(`${name} (${mb.toFixed(2)} MB), MB per CPU-second: ${rates.join(', ')}`);
  }
}
