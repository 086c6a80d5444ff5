// `unspin stories [--db DB] [--json] [--claims]`: stories with first publisher, copies by kind,
// timeline; with --claims, who alleges what against whom and the denials.
import { openStore } from '../store/open.js';
import { isCopyType, storyMatches, storyView, type StoryCriteria } from '../report/story-view.js';
import { colorsFor, renderClaims, renderStory } from '../report/terminal.js';
import { EXIT_OK, UsageError, type Io } from './common.js';

export interface StoriesOptions {
  db?: string;
  json?: boolean;
  claims?: boolean;
  from?: string;
  to?: string;
  outlet?: string;
  kind?: string;
  limit?: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function criteriaOf(opts: StoriesOptions): { criteria: StoryCriteria; limit: number } {
  for (const [flag, v] of [
    ['--from', opts.from],
    ['--to', opts.to],
  ] as const)
    if (v !== undefined && !DAY.test(v)) throw new UsageError(`${flag} takes a day as YYYY-MM-DD`);
  if (opts.kind !== undefined && !isCopyType(opts.kind))
    throw new UsageError(
      `unknown --kind ${opts.kind} (original, verbatim, edited, spun, translated, paraphrased)`,
    );
  const limit = opts.limit === undefined ? Infinity : Number(opts.limit);
  if (!(Number.isInteger(limit) && limit > 0) && limit !== Infinity)
    throw new UsageError('--limit takes a whole number above 0');
  const kind = opts.kind !== undefined && isCopyType(opts.kind) ? opts.kind : undefined;
  return { criteria: { from: opts.from, to: opts.to, outlet: opts.outlet, kind }, limit };
}

export async function storiesCommand(opts: StoriesOptions, io: Io): Promise<number> {
  const { criteria, limit } = criteriaOf(opts);
  const store = await openStore(opts.db);
  try {
    const c = colorsFor(io.stdout as NodeJS.WriteStream);
    const stories = await store.listStories();
    const parts: string[] = [];
    // Claims need the statement extractor: loaded only when asked for.
    const claimsOf = opts.claims ? (await import('../attribution/story-claims.js')).storyClaims : null;
    let shown = 0;
    for (const rec of stories) {
      if (shown >= limit) break;
      const view = await storyView(store, rec);
      if (view.articles.length === 0 || !storyMatches(view, criteria)) continue;
      shown++;
      const claims = claimsOf ? await claimsOf(store, rec) : undefined;
      if (opts.json) io.stdout.write(`${JSON.stringify(claims ? { ...view, claims } : view)}\n`);
      else parts.push(renderStory(view, c) + (claims ? `\n${renderClaims(claims, c)}` : ''));
    }
    if (!opts.json)
      io.stdout.write(
        parts.length
          ? parts.join('\n\n') + '\n'
          : stories.length
            ? 'no story matches\n'
            : 'no stories stored yet\n',
      );
    // Stories are made by tracing; articles only ingested are in none yet.
    const untraced = await store.countUntraced();
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
