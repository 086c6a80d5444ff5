// The bench's analyzer section: how many MB of article text per second one core runs through
// buildDocument + each analyzer (spin, attribution statements).
//
// Two passes per analyzer, both timed in wall-clock and in CPU time of the process (CPU is what
// "per core" means; wall-clock also counts the waits of a busy machine), and the analyzer's own
// CPU time apart from buildDocument's:
// - first: 400 corpus articles right after 5 warm-up articles (which load the models). It
//   includes V8 compiling the analyzer's code (its optimising compiler runs on another thread,
//   whose CPU time counts; in a full bench run the trace section has already run the extractor
//   on the traced articles) and filling the per-word memos;
// - next: 400 other articles through the compiled code, new text for the memos;
// - long: 2,000 more new articles after those: the speed of a long run (`unspin analyze` or
//   `trace` over thousands of articles), once compilation and the per-word memos have settled.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../src/model.js';
import { buildDocument, type Document } from '../src/text/document.js';
import type { CorpusArticle } from '../scripts/trace-eval/corpus.js';
import { Rng } from '../scripts/lib/rng.js';
import { toArticle } from '../scripts/trace-eval/synthetic.js';

type Analyzer = (doc: Document) => unknown;

export interface PassResult {
  articles: number;
  /** Wall-clock. */
  mbPerSecond: number;
  msPerArticle: number;
  /** CPU time of the process (all threads). */
  cpuMbPerSecond: number;
  /** CPU time of the process while the analyzer ran (buildDocument left out). */
  analyzerCpuMbPerSecond?: number;
}

/** The first pass's figures at the top level (as before the second pass was added), the second under `next`. */
export type AnalyzerResult = (PassResult & { next?: PassResult; long?: PassResult }) | { unavailable: string };

export interface AnalyzeResults {
  corpusBytes: number;
  buildDocument: PassResult;
  [analyzer: string]: AnalyzerResult | number;
}

async function loadAnalyzer(repo: string, path: string, name: string): Promise<Analyzer | string> {
  if (!existsSync(join(repo, path))) return 'not present';
  try {
    const mod = (await import(join(repo, path.replace(/\.ts$/, '.js')).replace(/\\/g, '/'))) as Record<
      string,
      unknown
    >;
    const f = mod[name];
    return typeof f === 'function' ? (f as Analyzer) : `${name} not exported`;
  } catch (e) {
    return `failed to load: ${(e as Error).message.split('\n')[0]}`;
  }
}

/**
 * Runs buildDocument, then `analyze` on its Document, over the articles (until the time budget is
 * spent), in wall-clock and CPU time; the analyzer's own CPU time is measured apart.
 */
function time(arts: Article[], analyze: Analyzer | null, budgetMs = 60_000): PassResult {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  let analyzerMicros = 0;
  let b = 0;
  let n = 0;
  for (const a of arts) {
    const doc = buildDocument(a);
    if (analyze) {
      const before = process.cpuUsage();
      analyze(doc);
      const used = process.cpuUsage(before);
      analyzerMicros += used.user + used.system;
    }
    b += Buffer.byteLength(a.text);
    n++;
    if (performance.now() - t0 > budgetMs) break;
  }
  const s = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const result: PassResult = {
    articles: n,
    mbPerSecond: b / 1e6 / s,
    msPerArticle: (1000 * s) / n,
    cpuMbPerSecond: b / (cpu.user + cpu.system),
  };
  if (analyze) result.analyzerCpuMbPerSecond = b / analyzerMicros;
  return result;
}

export async function benchAnalyze(repo: string, corpus: CorpusArticle[]): Promise<AnalyzeResults> {
  const first = new Rng(5).sample(corpus, 400);
  const taken = new Set(first.map((a) => a.id));
  const arts = first.map(toArticle);
  const next = new Rng(6)
    .sample(corpus, 1200)
    .filter((a) => !taken.has(a.id))
    .slice(0, 400)
    .map(toArticle);
  const seen = new Set([...taken, ...next.map((a) => a.id)]);
  const long = new Rng(7)
    .sample(corpus, 4000)
    .filter((a) => !seen.has(a.id))
    .slice(0, 2000)
    .map(toArticle);
  const bytes = arts.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  for (const a of arts.slice(0, 20)) buildDocument(a); // warm-up
  const results: AnalyzeResults = {
    corpusBytes: bytes,
    buildDocument: time(arts, null),
  };
  const candidates: [string, string, string][] = [
    ['analyzeSpin', 'src/spin/index.ts', 'analyzeSpin'],
    ['extractStatements', 'src/attribution/index.ts', 'extractStatements'],
  ];
  for (const [label, path, name] of candidates) {
    const f = await loadAnalyzer(repo, path, name);
    if (typeof f === 'string') {
      results[label] = { unavailable: f };
      continue;
    }
    try {
      for (const a of arts.slice(0, 5)) f(buildDocument(a)); // warm-up: model loading
      const pass = time(arts, f, 45_000);
      results[label] = { ...pass, next: time(next, f, 45_000), long: time(long, f, 60_000) };
    } catch (e) {
      results[label] = { unavailable: `threw: ${(e as Error).message.split('\n')[0]}` };
    }
  }
  return results;
}

/** The section's lines of the printed table. */
export function analyzerLines(analyze: AnalyzeResults | { skipped: boolean }): string[] {
  const f = (x: number, d: number) => (Number.isFinite(x) ? x.toFixed(d) : '-');
  const pass = (p: PassResult) =>
    `${f(p.mbPerSecond, 3)} MB/s (CPU ${f(p.cpuMbPerSecond, 3)}` +
    `${p.analyzerCpuMbPerSecond ? `; analyzer alone ${f(p.analyzerCpuMbPerSecond, 3)}` : ''}), ` +
    `${f(p.msPerArticle, 2)} ms/article over ${p.articles} articles`;
  const lines = [
    'analyzers (single thread, MB of article text per second per core; wall-clock, then CPU time):',
  ];
  for (const [k, v] of Object.entries(analyze)) {
    if (typeof v !== 'object' || v === null) continue;
    if ('unavailable' in v) {
      lines.push(`  ${k.padEnd(18)} unavailable (${v.unavailable})`);
      continue;
    }
    const r = v as PassResult & { next?: PassResult; long?: PassResult };
    lines.push(`  ${k.padEnd(18)} ${r.next ? 'first ' : ''}${pass(r)}`);
    if (r.next) lines.push(`  ${''.padEnd(18)} next  ${pass(r.next)}`);
    if (r.long) lines.push(`  ${''.padEnd(18)} long  ${pass(r.long)}`);
  }
  if ('buildDocument' in analyze)
    lines.push(
      '  (analyzer rows include buildDocument, the baseline, except "analyzer alone"; "first": 400 articles',
      '   right after loading the models, while V8 compiles the code; "next": 400 other articles through',
      '   the compiled code; "long": 2,000 more new articles, as in a long run)',
    );
  return lines;
}
