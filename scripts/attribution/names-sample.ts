// Draws statements whose speaker is a pronoun or a description ("he", "the minister") from a
// sample of news-corpus articles, with the resolved name (`speaker_name`) and the text before the
// cue, for reading by hand whether the name is the right person or body (PolNeAR's scorer reads
// spans only, so resolution is not scored):
//   node --import tsx scripts/attribution/names-sample.ts [STATEMENTS=40] [SEED=3]
// Needs ../shared/data (skips with a message when absent).
import { resolve } from 'node:path';
import { extractStatements } from '../../src/attribution/index.js';
import { isPronoun } from '../../src/attribution/pronoun-words.js';
import { buildDocument } from '../../src/text/document.js';
import { Rng } from '../lib/rng.js';
import { hasCorpus, loadCorpus } from '../trace-eval/corpus.js';
import { REPO_ROOT } from './polnear.js';

const DATA = resolve(REPO_ROOT, '../shared/data');
/** How much text before the cue is printed for the reader. */
const CONTEXT = 700;

function main(): void {
  if (!hasCorpus(DATA)) {
    console.log('names-sample: skipped, the news corpus is not in ../shared/data');
    return;
  }
  const wanted = Number(process.argv[2] ?? 40);
  const rng = new Rng(Number(process.argv[3] ?? 3));
  const corpus = loadCorpus(DATA);
  let shown = 0;
  let pronouns = 0;
  let descriptions = 0;
  for (const a of rng.sample(corpus, corpus.length)) {
    if (shown >= wanted) break;
    const doc = buildDocument({ id: a.id, text: a.text, date: null, title: null, url: null, outlet: null });
    // One statement per article, so that a few long articles do not fill the sample.
    const picked = extractStatements(doc).filter((s) => {
      const span = s.speaker?.text;
      if (!span) return false;
      return isPronoun(span) || /^(the|this|that) [a-z]/.test(span);
    });
    if (picked.length === 0) continue;
    const s = rng.pick(picked);
    if (isPronoun(s.speaker!.text)) pronouns++;
    else descriptions++;
    shown++;
    const before = a.text.slice(Math.max(0, s.cue.start - CONTEXT), s.cue.end).replace(/\s+/g, ' ');
    console.log(
      `#${shown} ${a.id}\n  span "${s.speaker!.text}" -> name "${s.speaker_name ?? '-'}" <${s.cue.text}>\n  …${before}\n`,
    );
  }
  console.log(`${shown} statements (${pronouns} pronouns, ${descriptions} descriptions)`);
}

main();
