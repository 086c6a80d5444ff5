// `unspin trace INPUT... [--db DB] [--json] [--format html]`: stores the inputs, then reports for
// each its source among everything stored, the kind of copy, its story and what it changed.
import { ingestArticles } from '../reuse/ingest.js';
import { traceKeys } from '../provenance/run.js';
import { openStore } from '../store/open.js';
import { traceJson, type TraceJson } from '../report/trace-json.js';
import { colorsFor, renderTrace } from '../report/terminal.js';
import { renderHtmlReport } from '../report/html.js';
import type { Store } from '../store/store.js';
import { collectArticles, EXIT_OK, EXIT_USAGE, progressBar, UsageError, type Io } from './common.js';

export interface TraceOptions {
  db?: string;
  json?: boolean;
  format?: string;
}

/** Traces already-read articles in an open store and returns their reports in input order. */
export async function traceInto(
  store: Store,
  articles: Parameters<typeof ingestArticles>[1],
  io: Io,
): Promise<TraceJson[]> {
  const bar = progressBar(io, 'trace');
  const put = await ingestArticles(store, articles);
  const records = await traceKeys(
    store,
    put.map((p) => p.key),
    (done, total) => bar.update(done, total),
  );
  bar.stop();
  const out: TraceJson[] = [];
  for (const p of put) {
    const article = (await store.getArticleByKey(p.key))!;
    out.push(traceJson(article, records.get(p.key)!, await store.storyOf(p.key)));
  }
  return out;
}

export async function traceCommand(inputs: string[], opts: TraceOptions, io: Io): Promise<number> {
  const format = opts.json ? 'json' : (opts.format ?? 'text');
  if (!['json', 'text', 'html'].includes(format))
    throw new UsageError(`unknown --format ${format} (text, json, html)`);
  const { articles } = await collectArticles(inputs, io);
  if (articles.length === 0) {
    io.stderr.write('no valid input\n');
    return EXIT_USAGE;
  }
  const store = await openStore(opts.db);
  try {
    const reports = await traceInto(store, articles, io);
    if (format === 'json') for (const r of reports) io.stdout.write(`${JSON.stringify(r)}\n`);
    else if (format === 'html') io.stdout.write(await renderHtmlReport(store, reports));
    else {
      const c = colorsFor(io.stdout as NodeJS.WriteStream);
      io.stdout.write(reports.map((r) => renderTrace(r, c)).join('\n\n') + '\n');
    }
    return EXIT_OK;
  } finally {
    await store.close();
  }
}
