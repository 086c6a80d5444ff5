// Prepares N news-corpus articles (Document, fingerprint, units, hash) and nothing else: the work
// ingest hands to its workers. Run it under `valgrind --tool=callgrind` to count instructions,
// which repeat to within a fraction of a percent whatever else the machine is doing:
//   valgrind --tool=callgrind --callgrind-out-file=/dev/null node --import tsx bench/prepare-only.ts 600
// and subtract the same run with N = 0 (start-up and loading).
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareArticle } from '../src/reuse/prepare.js';
import { hasCorpus, loadCorpus } from '../scripts/trace-eval/corpus.js';
import { toArticle } from '../scripts/trace-eval/synthetic.js';

const data = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  process.env.UNSPIN_DATA ?? '../shared/data',
);
const n = Number(process.argv[2] ?? '600');
if (!hasCorpus(data)) {
  console.log(`prepare-only: news corpus not found at ${data}; skipping.`);
} else {
  const articles = loadCorpus(data).slice(0, n).map(toArticle);
  const t0 = performance.now();
  for (const a of articles) prepareArticle(a);
  console.log(`${articles.length} articles prepared in ${(performance.now() - t0).toFixed(0)} ms`);
}
