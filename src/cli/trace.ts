// `unspin trace INPUT... [--db DB] [--json] [--format html]`: stores the inputs, then reports for
// each its source among everything stored, the kind of copy, its story and what it changed.
import { ingestArticles } from '../reuse/ingest.js';
import { traceKeys } from '../provenance/run.js';
import { openStore } from '../store/open.js';
import { traceJson, type LoneSpin, type TraceJson } from '../report/trace-json.js';
import { buildDocument } from '../text/document.js';
import { analyzeSpin, loadSpinModel, setSpinModel } from '../spin/index.js';
import { chooseSpinModel } from './model.js';
import { colorsFor, renderTrace } from '../report/terminal.js';
import { renderHtmlReport } from '../report/html.js';
import type { Store, StoredArticle, TraceRecord } from '../store/store.js';
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
  /** Skip reading source-less articles for spin on their own (faster on large backlogs). */
  spinVerdict?: boolean;
}

/** Spun phrases shown with a lone article's verdict. */
const LONE_SPIN_EXAMPLES = 3;

/** Reads a source-less article for spin on its own. */
export type LoneSpinReader = (article: StoredArticle) => LoneSpin | null;

/**
 * A reader of lone articles' spin with the model `analyze` would use for store `db` (chosen and
 * loaded on first use: a trace whose articles all have sources never loads it). A failing
 * analysis is reported on stderr and gives null.
 */
export function loneSpinReader(db: string | undefined, io: Io): LoneSpinReader {
  let ready = false;
  return (article) => {
    try {
      if (!ready) {
        const modelDir = chooseSpinModel(undefined, db);
        if (modelDir) setSpinModel(loadSpinModel(modelDir));
        ready = true;
      }
      const { spin, verdict } = analyzeSpin(buildDocument(article));
      const examples: LoneSpin['examples'] = [];
      const seen = new Set<string>();
      for (const f of spin) {
        const key = f.text.toLowerCase();
        if (seen.has(key) || examples.length >= LONE_SPIN_EXAMPLES) continue;
        seen.add(key);
        examples.push({ text: f.text, suggestion: f.suggestion });
      }
      return { ...verdict, examples };
    } catch (e) {
      io.stderr.write(`${article.id}: spin analysis failed: ${(e as Error).message}\n`);
      return null;
    }
  };
}

/** Traces already-read articles in an open store and returns their reports in input order. */
export async function traceInto(
  store: Store,
  articles: Parameters<typeof ingestArticles>[1],
  io: Io,
  readSpin: LoneSpinReader | null,
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
    readSpin,
  );
}

/** Reports for already-traced keys, in the given order; source-less articles are read for spin
 *  on their own by `readSpin` (unless null). */
async function reportsFor(
  store: Store,
  keys: number[],
  records: Map<number, TraceRecord>,
  readSpin: LoneSpinReader | null,
): Promise<TraceJson[]> {
  const out: TraceJson[] = [];
  for (const key of keys) {
    const article = (await store.getArticleByKey(key))!;
    const rec = records.get(key)!;
    const lone = !rec.source && readSpin ? readSpin(article) : null;
    out.push(traceJson(article, rec, await store.storyOf(key), lone ? { loneSpin: lone } : {}));
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
  readSpin: LoneSpinReader | null,
  emit: (reports: TraceJson[]) => Promise<void>,
): Promise<number> {
  const keys = await store.untracedKeys();
  const bar = progressBar(io, 'trace');
  for (let i = 0; i < keys.length; i += STORED_SLICE) {
    const slice = keys.slice(i, i + STORED_SLICE);
    const records = await traceKeys(store, slice, (done) => bar.update(i + done, keys.length));
    await emit(await reportsFor(store, slice, records, readSpin));
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
  const readSpin = opts.spinVerdict === false ? null : loneSpinReader(opts.db, io);
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
      const n = await traceStored(store, io, readSpin, emit);
      io.stderr.write(
        n ? `traced ${n} stored article${n === 1 ? '' : 's'}\n` : 'every stored article is traced already\n',
      );
    } else await emit(await traceInto(store, articles, io, readSpin));
    return EXIT_OK;
  } finally {
    await store.close();
  }
}
