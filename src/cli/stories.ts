// `unspin stories [--db DB] [--json] [--claims]`: stories with first publisher, copies by kind,
// timeline; with --claims, who alleges what against whom and the denials.
import { openStore } from '../store/open.js';
import { storyView } from '../report/story-view.js';
import { colorsFor, renderClaims, renderStory } from '../report/terminal.js';
import { EXIT_OK, type Io } from './common.js';

export async function storiesCommand(
  opts: { db?: string; json?: boolean; claims?: boolean },
  io: Io,
): Promise<number> {
  const store = await openStore(opts.db);
  try {
    const c = colorsFor(io.stdout as NodeJS.WriteStream);
    const stories = await store.listStories();
    const parts: string[] = [];
    // Claims need the statement extractor: loaded only when asked for.
    const claimsOf = opts.claims ? (await import('../attribution/story-claims.js')).storyClaims : null;
    for (const rec of stories) {
      const view = await storyView(store, rec);
      const claims = claimsOf ? await claimsOf(store, rec) : undefined;
      if (opts.json) io.stdout.write(`${JSON.stringify(claims ? { ...view, claims } : view)}\n`);
      else parts.push(renderStory(view, c) + (claims ? `\n${renderClaims(claims, c)}` : ''));
    }
    if (!opts.json) io.stdout.write(parts.length ? parts.join('\n\n') + '\n' : 'no stories stored yet\n');
    // Stories are made by tracing; articles only ingested are in none yet.
    const untraced = (await store.untracedKeys()).length;
    if (untraced > 0)
      io.stderr.write(
        `${untraced} stored article${untraced === 1 ? ' is' : 's are'} not traced yet, so in no story: ` +
          '`unspin trace --stored` traces them\n',
      );
    return EXIT_OK;
  } finally {
    await store.close();
  }
}
