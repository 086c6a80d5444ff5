// `unspin demo [--serve]`: traces the bundled example story (data/demo/) on the embedded store.
import { fileURLToPath } from 'node:url';
import { openStore, defaultDbPath } from '../store/open.js';
import { storyView } from '../report/story-view.js';
import { colorsFor, renderStory, renderTrace } from '../report/terminal.js';
import { collectArticles, EXIT_FAILURE, EXIT_OK, type Io } from './common.js';
import { loneSpinReader, traceInto } from './trace.js';

export const DEMO_DIR = fileURLToPath(new URL('../../data/demo/', import.meta.url));

export async function demoCommand(
  opts: { serve?: boolean; port?: string; json?: boolean; db?: string },
  io: Io,
): Promise<number> {
  const { articles } = await collectArticles([DEMO_DIR], io);
  // Files are named relative to the demo folder, not by where the package is installed.
  for (const a of articles) if (a.id.startsWith(DEMO_DIR)) a.id = `demo/${a.id.slice(DEMO_DIR.length)}`;
  if (articles.length === 0) {
    io.stderr.write(`demo data missing in ${DEMO_DIR}\n`);
    return EXIT_FAILURE;
  }
  const db = opts.db ?? defaultDbPath();
  const store = await openStore(db);
  const c = colorsFor(io.stdout as NodeJS.WriteStream);
  try {
    const reports = await traceInto(store, articles, io, loneSpinReader(db, io));
    if (opts.json) {
      for (const r of reports) io.stdout.write(`${JSON.stringify(r)}\n`);
    } else {
      io.stdout.write(
        `${c.bold('unspin demo')}: ${articles.length} articles, most of them copies of one news story, traced on ${db}\n\n`,
      );
      io.stdout.write(reports.map((r) => renderTrace(r, c)).join('\n\n') + '\n\n');
      const storyIds = new Set(reports.map((r) => r.story).filter((s): s is string => s !== null));
      for (const rec of await store.listStories()) {
        if (storyIds.has(rec.id)) io.stdout.write(renderStory(await storyView(store, rec), c) + '\n\n');
      }
      io.stdout.write(
        c.dim(
          'Explore further: unspin stories, unspin trace FILE, unspin analyze FILE, unspin demo --serve\n',
        ),
      );
    }
  } finally {
    await store.close();
  }
  if (opts.serve) {
    const { serveCommand } = await import('./serve.js');
    return serveCommand({ db, port: opts.port }, io);
  }
  return EXIT_OK;
}
