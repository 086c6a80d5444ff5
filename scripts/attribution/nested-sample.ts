// Lists the statements reported within others (`nested`) in a sample of news-corpus articles, with
// the statement that reports each, for reading them by hand (docs/attribution-history.md, "Statements
// reported within others"):
//   node --import tsx scripts/attribution/nested-sample.ts [ARTICLES=700] [SEED=11]
// Needs ../shared/data (skips with a message when absent).
import { resolve } from 'node:path';
import { extractStatements } from '../../src/attribution/index.js';
import { buildDocument } from '../../src/text/document.js';
import { Rng } from '../lib/rng.js';
import { hasCorpus, loadCorpus } from '../trace-eval/corpus.js';
import { REPO_ROOT } from './polnear.js';

const DATA = resolve(REPO_ROOT, '../shared/data');

function main(): void {
  if (!hasCorpus(DATA)) {
    console.log('nested-sample: skipped, the news corpus is not in ../shared/data');
    return;
  }
  const n = Number(process.argv[2] ?? 700);
  const seed = Number(process.argv[3] ?? 11);
  let outer = 0;
  let inner = 0;
  for (const a of new Rng(seed).sample(loadCorpus(DATA), n)) {
    const doc = buildDocument({ id: a.id, text: a.text, date: null, title: null, url: null, outlet: null });
    for (const s of extractStatements(doc)) {
      outer++;
      for (const t of s.nested) {
        inner++;
        console.log(
          `${a.id}\n  outer  ${s.speaker_name ?? s.speaker?.text ?? '-'} <${s.cue.text}> ${s.content.text.slice(0, 160)}\n` +
            `  nested [${t.stance}] ${t.speaker?.text ?? '-'} (${t.speaker_name ?? '-'}) <${t.cue.text}> ${t.content.text.slice(0, 140)}`,
        );
      }
    }
  }
  console.log(`${n} articles: ${inner} nested statements among ${outer}`);
}

main();
