// The bench's `unspin analyze` section: wall-clock throughput of the built command over a JSON
// Lines file of corpus articles, on one thread (`--jobs 1`, the baseline) and on one thread per
// core (the default), in the same run; the two outputs must be byte-identical.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CorpusArticle } from '../scripts/trace-eval/corpus.js';
import { Rng } from '../scripts/lib/rng.js';

export interface CommandPass {
  jobs: number;
  seconds: number;
  mbPerSecond: number;
}

export type AnalyzeCommandResult =
  { articles: number; bytes: number; passes: CommandPass[]; identical: boolean } | { unavailable: string };

function runAnalyze(repo: string, input: string, output: string, jobs: number): number {
  const t0 = performance.now();
  const run = spawnSync(
    process.execPath,
    [join(repo, 'bin/unspin.js'), 'analyze', input, '--json', '--jobs', String(jobs)],
    { encoding: 'buffer', maxBuffer: 1 << 30 },
  );
  const seconds = (performance.now() - t0) / 1000;
  if (run.status !== 0) throw new Error(`analyze --jobs ${jobs} exited ${run.status}: ${run.stderr}`);
  writeFileSync(output, run.stdout);
  return seconds;
}

/** `articles` corpus articles through the command: enough for the worker threads to start (past
 *  ANALYZE_POOL_THRESHOLD) and to pay for their start-up. */
export function benchAnalyzeCommand(
  repo: string,
  corpus: CorpusArticle[],
  articles = 4000,
): AnalyzeCommandResult {
  const dir = mkdtempSync(join(tmpdir(), 'unspin-bench-analyze-'));
  try {
    const sample = new Rng(7).sample(corpus, articles);
    const input = join(dir, 'articles.jsonl');
    writeFileSync(input, sample.map((a) => JSON.stringify({ id: a.id, text: a.text })).join('\n') + '\n');
    const bytes = sample.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
    const all = availableParallelism();
    const passes: CommandPass[] = [];
    const outputs: string[] = [];
    for (const jobs of all > 1 ? [1, all] : [1]) {
      const output = join(dir, `out-${jobs}.jsonl`);
      const seconds = runAnalyze(repo, input, output, jobs);
      passes.push({ jobs, seconds, mbPerSecond: bytes / 1e6 / seconds });
      outputs.push(output);
    }
    const identical = outputs.every((o) => readFileSync(o).equals(readFileSync(outputs[0])));
    return { articles: sample.length, bytes, passes, identical };
  } catch (e) {
    return { unavailable: (e as Error).message.split('\n')[0] };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The section's lines of the printed table. */
export function analyzeCommandLines(r: AnalyzeCommandResult): string[] {
  if ('unavailable' in r) return [`unspin analyze (built command): unavailable (${r.unavailable})`];
  const base = r.passes[0];
  const lines = [
    `unspin analyze (built command, --json, ${r.articles} corpus articles, ${(r.bytes / 1e6).toFixed(2)} MB, wall-clock incl. start-up):`,
  ];
  for (const p of r.passes)
    lines.push(
      `  --jobs ${String(p.jobs).padEnd(3)} ${p.mbPerSecond.toFixed(3)} MB/s, ${p.seconds.toFixed(1)} s` +
        (p === base ? ' (baseline)' : `, ${(p.mbPerSecond / base.mbPerSecond).toFixed(2)} × the baseline`),
    );
  lines.push(`  outputs ${r.identical ? 'byte-identical' : 'DIFFER'} across --jobs`);
  return lines;
}
