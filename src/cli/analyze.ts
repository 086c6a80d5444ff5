// `unspin analyze INPUT... [--json | --format text|json|html] [--restore] [--jobs N]`: each
// article on its own (no store): attributed statements, spun wording with suggested originals,
// and figures. Many articles are analysed on N threads (src/parallel/ordered-map.ts), reported in
// input order.
import { availableParallelism, freemem } from 'node:os';
import { loadSpinModel, setSpinModel } from '../spin/index.js';
import { orderedMap, siblingWorker } from '../parallel/ordered-map.js';
import { chooseSpinModel } from './model.js';
import { colorsFor, renderSpinVerdict, safe } from '../report/terminal.js';
import { contentText } from '../report/content-text.js';
import { analysisHtmlArticle, analysisHtmlHead } from '../report/analysis-html.js';
import { HTML_PAGE_TAIL } from '../report/html-page.js';
import { analyzeArticle } from './analyze-article.js';
import { EXIT_OK, EXIT_USAGE, inputArticles, UsageError, type Io } from './common.js';
import type { Article } from '../model.js';
import type { Statement } from '../attribution/index.js';

/** Inputs of fewer articles are analysed in the calling thread alone. A worker takes about two
 *  CPU-seconds to load its models, and each thread warms its own per-word memos (a long run
 *  analyses its second thousand articles about twice as fast as its first): on two cores, two
 *  threads paid from about 2,000 news articles on (docs/bench.md). */
export const ANALYZE_POOL_MIN = 2000;
const CHUNK = 20;

/** Threads by default: one per core, but at most 8, and no more than free memory holds at about
 *  400 MB a thread (each thread loads its own models: the spin and news language models and the
 *  attribution models, a few hundred MB resident). */
export function defaultJobs(cores = availableParallelism(), free = freemem()): number {
  return Math.max(1, Math.min(cores, 8, Math.floor(free / 400e6)));
}

/** The --jobs value: threads in all, at least 1 (default: defaultJobs()). */
export function parseJobs(value: string | undefined): number {
  if (value === undefined) return defaultJobs();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`--jobs must be a whole number of at least 1: ${value}`);
  return n;
}

export async function analyzeCommand(
  inputs: string[],
  opts: {
    json?: boolean;
    format?: string;
    restore?: boolean;
    model?: string;
    jobs?: string;
    /** ANALYZE_POOL_MIN unless given (tests). */
    poolMin?: number;
  },
  io: Io,
): Promise<number> {
  const threads = parseJobs(opts.jobs);
  const format = opts.json ? 'json' : (opts.format ?? 'text');
  if (!['text', 'json', 'html'].includes(format))
    throw new UsageError(`unknown --format ${format} (text, json, html)`);
  const modelDir = chooseSpinModel(opts.model);
  if (modelDir) setSpinModel(loadSpinModel(modelDir));
  // The input is read as it is analysed (memory stays bounded however long it is), but its first
  // ANALYZE_POOL_MIN articles are read ahead, to know whether worker threads will pay.
  const poolMin = opts.poolMin ?? ANALYZE_POOL_MIN;
  const reading = inputArticles(inputs, io);
  const head: Article[] = [];
  let ended = false;
  while (head.length < poolMin) {
    const next = await reading.next();
    if (next.done) {
      ended = true;
      break;
    }
    head.push(next.value);
  }
  if (head.length === 0) {
    io.stderr.write('no valid input\n');
    return EXIT_USAGE;
  }
  async function* articles(): AsyncGenerator<Article> {
    yield* head;
    if (!ended) yield* reading;
  }
  const c = colorsFor(io.stdout as NodeJS.WriteStream);
  const restore = opts.restore ?? false;
  // A large input starts its workers at once: they load their models while this thread works.
  const pooled = !ended;
  const analysed = orderedMap(
    articles(),
    (a) => analyzeArticle(a, restore),
    siblingWorker(import.meta.url, 'analyze-worker'),
    { threads: pooled ? threads : 1, threshold: 0, chunk: CHUNK, workerData: { modelDir, restore } },
  );
  let htmlStarted = false;
  for await (const [article, result] of analysed) {
    if ('failed' in result) {
      io.stderr.write(`${safe(article.id)}: analysis failed: ${safe(result.failed)}\n`);
      continue;
    }
    if ('restored' in result) {
      io.stdout.write(`${result.restored}\n`);
      continue;
    }
    const { statements, spin, figures, spin_verdict } = result;
    if (format === 'html') {
      if (!htmlStarted) io.stdout.write(analysisHtmlHead());
      htmlStarted = true;
      io.stdout.write(analysisHtmlArticle(article, result));
      continue;
    }
    if (format === 'json') {
      io.stdout.write(
        `${JSON.stringify({ id: article.id, date: article.date, title: article.title, statements, spin, figures, spin_verdict })}\n`,
      );
      continue;
    }
    const lines = [`${c.bold(safe(article.id))}  ${c.dim(article.date ?? 'undated')}`];
    lines.push(`  statements (${statements.length}):`);
    const line = (s: Statement, indent: string) => {
      const who = s.speaker_name ?? s.speaker?.text ?? 'unattributed';
      // "told reporters" when the listener follows the cue, else "said (to CNN)".
      const to = !s.addressee
        ? ''
        : s.addressee.start - s.cue.end <= 1
          ? ` ${safe(s.addressee.text)}`
          : ` (to ${safe(s.addressee.text)})`;
      lines.push(
        `${indent}${c.cyan(safe(who))} ${c.dim(`[${s.stance}, ${s.type}]`)} ${safe(s.cue?.text ?? '')}${to}: ${clip(contentText(s.content))}`,
      );
    };
    for (const s of statements) {
      line(s, '    ');
      // Statements reported within this one's content, under it.
      for (const n of s.nested) line(n, '      ↳ ');
    }
    lines.push(`  spun wording (${spin.length}): ${renderSpinVerdict(spin_verdict, c)}`);
    for (const f of spin)
      lines.push(
        `    ${c.magenta(`“${safe(f.text)}”`)} → “${safe(f.suggestion)}”  ${c.dim(f.confidence.toFixed(2))}`,
      );
    const bad = figures.filter((f) => f.malformed);
    if (bad.length) lines.push(`  malformed figures: ${bad.map((f) => c.red(safe(f.text))).join(', ')}`);
    io.stdout.write(lines.join('\n') + '\n\n');
  }
  if (htmlStarted) io.stdout.write(HTML_PAGE_TAIL);
  return EXIT_OK;
}

function clip(s: string, n = 100): string {
  const one = safe(s).replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}
