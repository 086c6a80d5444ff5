#!/usr/bin/env node
// Entry point: runs the compiled CLI (built by `npm run build`, which `npm ci` runs via `prepare`).
import { main } from '../dist/cli/main.js';

// Output piped into a reader that stops early (`unspin analyze big.jsonl | head`) closes the
// pipe: that is the reader's choice, not a failure, so stop quietly, as other command-line tools do.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`unspin: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
