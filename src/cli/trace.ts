// `unspin trace INPUT... [--db DB] [--json] [--format html]`: stores the inputs, then reports for
// each its source among everything stored, the kind of copy, its story and what it changed.
import { ingestArticles } from '../reuse/ingest.js';
import { traceKeys } from '../provenance/run.js';
import { openStore } from '../store/open.js';
import { traceJson, type TraceJson } from '../report/trace-json.js';
import { colorsFor, renderTrace } from '../report/terminal.js';
import { renderHtmlReport } from '../report/html.js';
import type { Store, TraceRecord } from '../store/store.js';
import {
  collectArticles,
  EXIT_FAILURE,
  EXIT_OK,
  EXIT_USAGE,
  progressBar,
  UsageError,
  warnIfIndexStale,
  type Io,
} from './common.js';

export interface TraceOptions {
  db?: string;
  json?: boolean;
  format?: string;
  /** Trace the stored articles that have no trace yet instead of inputs. */
  stored?: boolean;
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
  return reportsFor(
    store,
    put.map((p) => p.key),
    records,
  );
}

/** Reports for already-traced keys, in the given order. */
async function reportsFor(
  store: Store,
  keys: number[],
  records: Map<number, TraceRecord>,
): Promise<TraceJson[]> {
  const out: TraceJson[] = [];
  for (const key of keys) {
    const article = (await store.getArticleByKey(key))!;
    out.push(traceJson(article, records.get(key)!, await store.storyOf(key)));
  }
  return out;
}

// Stored articles are traced and reported in slices, so a large backlog streams out instead of
// being held in memory.
const STORED_SLICE = 500;

/** Traces every stored article that has no trace yet (say after a bulk `ingest`), oldest first. */
async function traceStored(
  store: Store,
  io: Io,
  emit: (reports: TraceJson[]) => Promise<void>,
): Promise<number> {
  const keys = await store.untracedKeys();
  const bar = progressBar(io, 'trace');
  for (let i = 0; i < keys.length; i += STORED_SLICE) {
    const slice = keys.slice(i, i + STORED_SLICE);
    const records = await traceKeys(store, slice, (done) => bar.update(i + done, keys.length));
    await emit(await reportsFor(store, slice, records));
  }
  bar.stop();
  return keys.length;
}

export async function traceCommand(inputs: string[], opts: TraceOptions, io: Io): Promise<number> {
  const format = opts.json ? 'json' : (opts.format ?? 'text');
  if (!['json', 'text', 'html'].includes(format))
    throw new UsageError(`unknown --format ${format} (text, json, html)`);
  if (opts.stored && inputs.length > 0)
    throw new UsageError('--stored traces what is already stored: give it no inputs');
  if (!opts.stored && inputs.length === 0)
    throw new UsageError('nothing to trace: give files, directories or -, or --stored');
  if (opts.stored && format === 'html')
    throw new UsageError('--stored reports as text or JSON Lines (--format html takes inputs)');
  const articles = opts.stored ? [] : (await collectArticles(inputs, io)).articles;
  if (!opts.stored && articles.length === 0) {
    io.stderr.write('no valid input\n');
    return EXIT_USAGE;
  }
  const store = await openStore(opts.db);
  try {
    // Traces are stored: none is made against an index that holds only part of the store.
    if ((await warnIfIndexStale(store, io)).version === 0) return EXIT_FAILURE;
    const c = colorsFor(io.stdout as NodeJS.WriteStream);
    let emitted = 0;
    const emit = async (reports: TraceJson[]): Promise<void> => {
      if (reports.length === 0) return;
      if (format === 'json') io.stdout.write(reports.map((r) => `${JSON.stringify(r)}\n`).join(''));
      else if (format === 'html') io.stdout.write(await renderHtmlReport(store, reports));
      // Text reports are separated by a blank line, also from one slice to the next.
      else io.stdout.write((emitted ? '\n' : '') + reports.map((r) => renderTrace(r, c)).join('\n\n') + '\n');
      emitted += reports.length;
    };
    if (opts.stored) {
      const n = await traceStored(store, io, emit);
      io.stderr.write(
        n ? `traced ${n} stored article${n === 1 ? '' : 's'}\n` : 'every stored article is traced already\n',
      );
    } else await emit(await traceInto(store, articles, io));
    return EXIT_OK;
  } finally {
    await store.close();
  }
}
