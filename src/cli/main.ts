// The `unspin` command line: one file per command; this file only wires them up.
import { Command, CommanderError } from 'commander';
import { EXIT_FAILURE, EXIT_USAGE, processIo, UsageError, type Io } from './common.js';
import { ingestCommand } from './ingest.js';
import { traceCommand } from './trace.js';
import { storiesCommand } from './stories.js';
import { demoCommand } from './demo.js';

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  let code = 0;
  const program = new Command()
    .name('unspin')
    .description('Calls out fabricated and distorted news: sources, copies, spin and who said what.')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    });
  const dbOpt = ['--db <db>', 'store: SQLite file (default $UNSPIN_DB or ./unspin.db)'] as const;

  program
    .command('analyze')
    .description('each article on its own: who said what, spun wording with likely originals, figures')
    .argument('<inputs...>', 'files, directories, or - for standard input')
    .option('--json', 'JSON Lines, one object per input article')
    .option('--format <format>', 'text, json or html (a self-contained page)', 'text')
    .option('--restore', 'print the text with the likely original wording put back')
    .option(
      '--model <dir>',
      'spin model built by `unspin model` (default: the store’s, else the shipped one)',
    )
    .option('--jobs <n>', 'threads to analyse many articles on (default: one per core, at most 8)')
    .action(async (inputs: string[], o) => {
      // Loaded on demand: the lexicons and models behind analysis are not needed by other commands.
      const { analyzeCommand } = await import('./analyze.js');
      code = await analyzeCommand(inputs, o, io);
    });
  program
    .command('ingest')
    .description('add articles to the store')
    .argument('<inputs...>', 'files, directories, or - for standard input')
    .option(...dbOpt)
    .action(async (inputs: string[], o) => {
      code = await ingestCommand(inputs, o, io);
    });
  program
    .command('trace')
    .description('store the inputs, then report each one’s source, kind of copy, story and changes')
    .argument('[inputs...]', 'files, directories, or - for standard input')
    .option(...dbOpt)
    .option('--json', 'JSON Lines, one object per input article')
    .option('--format <format>', 'text, json or html', 'text')
    .option('--stored', 'trace every stored article not traced yet (after a bulk ingest), oldest first')
    .option('--no-spin-verdict', 'do not read articles with no stored source for spin on their own')
    .action(async (inputs: string[], o) => {
      code = await traceCommand(inputs, o, io);
    });
  program
    .command('stories')
    .description('list stories: articles, first publisher, copies by kind, timeline')
    .option(...dbOpt)
    .option('--json', 'JSON Lines, one object per story')
    .option('--claims', 'who alleges what against whom, and the denials')
    .option('--from <day>', 'only stories with an article published on or after this day (YYYY-MM-DD)')
    .option('--to <day>', 'only stories with an article published on or before this day (YYYY-MM-DD)')
    .option('--outlet <name>', 'only stories with an article from an outlet whose name contains this')
    .option('--kind <kind>', 'only stories with a copy of this kind (verbatim, edited, spun, ...)')
    .option('--limit <n>', 'at most this many stories')
    .action(async (o) => {
      code = await storiesCommand(o, io);
    });
  program
    .command('reindex')
    .description('rebuild the retrieval index with this version’s fingerprints (after an upgrade)')
    .option(...dbOpt)
    .option('--force', 'rebuild even when the index is current')
    .action(async (o) => {
      const { reindexCommand } = await import('./reindex.js');
      code = await reindexCommand(o, io);
    });
  program
    .command('model')
    .description(
      'build or refresh the spin model from the store: its articles and what traced spun copies substituted',
    )
    .option(...dbOpt)
    .option('--out <dir>', 'where to write it (default: beside the store, NAME.spin-model)')
    .action(async (o) => {
      const { modelCommand } = await import('./model.js');
      code = await modelCommand(o, io);
    });
  program
    .command('serve')
    .description('HTTP API and web UI over the store')
    .option(...dbOpt)
    .option('--port <n>', 'port', '8080')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--queue <redis-url>', 'put ingest jobs in this Redis queue for `unspin worker` processes')
    .action(async (o) => {
      const { serveCommand } = await import('./serve.js');
      code = await serveCommand(o, io);
    });
  program
    .command('worker')
    .description('take ingest jobs from a Redis queue (unspin serve --queue) and store and trace them')
    .option(...dbOpt)
    .requiredOption('--queue <redis-url>', 'the Redis queue, e.g. redis://127.0.0.1:6379')
    .option('--concurrency <n>', 'jobs run at once in this process', '1')
    .action(async (o) => {
      const { workerCommand } = await import('./worker.js');
      code = await workerCommand(o, io);
    });
  program
    .command('demo')
    .description('run the main job on the bundled example story')
    .option('--serve', 'then open it in the web UI')
    .option('--port <n>', 'port for --serve', '8080')
    .option('--json', 'JSON Lines instead of the terminal report')
    .action(async (o) => {
      code = await demoCommand(o, io);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.exitCode === 0)
        return 0;
      return EXIT_USAGE;
    }
    if (e instanceof UsageError) {
      io.stderr.write(`unspin: ${e.message}\n`);
      return EXIT_USAGE;
    }
    io.stderr.write(`unspin: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT_FAILURE;
  }
}
