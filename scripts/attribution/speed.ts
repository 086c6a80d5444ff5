// Times statement extraction alone on the news-corpus articles that `npm run bench` uses, in CPU
// time of this process, as the bench's analyzer section does: the models are loaded and 5 articles
// extracted first (as the bench warms up), then each pass extracts the bench's 400 articles once,
// building each Document right before its extraction (outside the timed part, so that Documents do
// not pile up in memory). The first pass is what the bench reports as "first"; later passes show
// the speed once the code is compiled and the per-word memos are full. Then the bench's "next"
// 400 articles (new text through compiled code) are timed once. The first extraction of all, which
// loads the models and tables, is timed on its own (what a single `unspin analyze` adds).
// Each figure is followed by the same text's MB per wall-clock second of the extraction calls: the
// CPU time counts V8's optimising compiler, which runs on other threads while this one extracts,
// so the gap between the two is the compiler's share. `--long N` then extracts N more new
// articles in slices of 800 and prints both figures per slice (how a long ingest settles).
//   node --import tsx scripts/attribution/speed.ts [passes=3] [--long N]
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
const args = process.argv.slice(2);
const longAt = args.indexOf('--long');
const longCount = longAt >= 0 ? Number(args[longAt + 1]) : 0;
if (longAt >= 0) args.splice(longAt, 2);
const passes = Number(args[0] ?? 3);
const corpus = loadCorpus(DATA);
// The bench's two samples (bench/analyzers.ts): its first 400 articles and 400 other ones.
const articles = new Rng(5).sample(corpus, 400);
const taken = new Set(articles.map((a) => a.id));
const others = new Rng(6)
  .sample(corpus, 1200)
  .filter((a) => !taken.has(a.id))
  .slice(0, 400);
const documentOf = (a: { id: string; text: string }) =>
  buildDocument({ id: a.id, text: a.text, date: null, title: null, url: null, outlet: null });

/** MB of text per CPU-second of extraction over the articles (Documents built untimed), and in
 *  brackets per wall-clock second of the same calls. */
function pass(list: { id: string; text: string }[]): string {
  let bytes = 0;
  let micros = 0;
  let wallMs = 0;
  for (const a of list) {
    const doc = documentOf(a);
    const before = process.cpuUsage();
    const started = performance.now();
    extractStatements(doc);
    wallMs += performance.now() - started;
    const used = process.cpuUsage(before);
    micros += used.user + used.system;
    bytes += Buffer.byteLength(a.text);
  }
  return `${(bytes / micros).toFixed(2)} (${(bytes / wallMs / 1000).toFixed(2)} wall)`;
}

const firstDoc = documentOf(articles[0]);
const loading = process.cpuUsage();
extractStatements(firstDoc);
const loaded = process.cpuUsage(loading);
for (const a of articles.slice(1, 5)) extractStatements(documentOf(a));
const figures: string[] = [];
for (let p = 0; p < passes; p++) figures.push(pass(articles));
const next = pass(others);
const mb = (list: { text: string }[]) => list.reduce((n, a) => n + Buffer.byteLength(a.text), 0) / 1e6;
console.log(
  `extractStatements on ${articles.length} news-corpus articles (${mb(articles).toFixed(2)} MB), ` +
    `MB per CPU-second by pass: ${figures.join(', ')}; then ${others.length} other articles ` +
    `(${mb(others).toFixed(2)} MB, new text): ${next}; first extraction with loading: ` +
    `${((loaded.user + loaded.system) / 1000).toFixed(0)} ms`,
);

if (longCount > 0) {
  const seen = new Set([...taken, ...others.map((a) => a.id)]);
  const more = new Rng(11)
    .sample(corpus, longCount + 1600)
    .filter((a) => !seen.has(a.id))
    .slice(0, longCount);
  const slices: string[] = [];
  for (let from = 0; from < more.length; from += 800) slices.push(pass(more.slice(from, from + 800)));
  console.log(`then ${more.length} more new articles in slices of 800: ${slices.join(', ')}`);
}
