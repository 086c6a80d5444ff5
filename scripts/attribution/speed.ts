// Times statement extraction alone on the news-corpus articles that `npm run bench` uses (400
// drawn with the bench's seed), in CPU time of this process: the models are loaded and 5 articles
// extracted first (as the bench warms up), then each pass extracts every article once from
// Documents built beforehand. The first pass is what the bench sees; later passes show the
// speed once the code is compiled and the per-word memos are full. The first extraction of all,
// which loads the models and tables, is timed on its own (what a single `unspin analyze` adds).
//   node --import tsx scripts/attribution/speed.ts [passes=3]
// Needs ../shared/data (skips with a message when absent).
import { resolve } from 'node:path';
import { extractStatements } from '../../src/attribution/index.js';
import { buildDocument } from '../../src/text/document.js';
import { Rng } from '../lib/rng.js';
import { hasCorpus, loadCorpus } from '../trace-eval/corpus.js';
import { REPO_ROOT } from './polnear.js';

const DATA = resolve(REPO_ROOT, '../shared/data');
if (!hasCorpus(DATA)) {
  console.log('attribution speed skipped: ../shared/data/news-corpus is absent.');
  process.exit(0);
}
const passes = Number(process.argv[2] ?? 3);
const articles = new Rng(5).sample(loadCorpus(DATA), 400);
const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
const documentOf = (a: { id: string; text: string }) =>
  buildDocument({ id: a.id, text: a.text, date: null, title: null, url: null, outlet: null });
const firstDoc = documentOf(articles[0]);
const loading = process.cpuUsage();
extractStatements(firstDoc);
const loaded = process.cpuUsage(loading);
for (const a of articles.slice(1, 5)) extractStatements(documentOf(a));
const figures: string[] = [];
for (let p = 0; p < passes; p++) {
  const docs = articles.map(documentOf);
  const before = process.cpuUsage();
  for (const doc of docs) extractStatements(doc);
  const used = process.cpuUsage(before);
  figures.push((bytes / 1e6 / ((used.user + used.system) / 1e6)).toFixed(2));
}
console.log(
  `extractStatements on ${articles.length} news-corpus articles (${(bytes / 1e6).toFixed(2)} MB), ` +
    `MB per CPU-second by pass: ${figures.join(', ')}; first extraction with loading: ` +
    `${((loaded.user + loaded.system) / 1000).toFixed(0)} ms`,
);
