// Tries detector option sets on the development slice of the news corpus (never the held-out
// articles) and on the real spun development set, loading the model once.
// Usage: node --import tsx scripts/spin/tune.ts [--articles N] [--model DIR] '{"changeCost":3.5}' ...
import { join } from 'node:path';
import { buildDocument, type Document } from '../../src/text/document.js';
import { createSpinAnalyzer, loadSpinModel, type DetectOptions } from '../../src/spin/index.js';
import { isDevSlice, readNewsCorpus, SHARED_DATA } from './corpus.js';
import { seededRandom, spinArticle } from './spinner.js';
import { emptyTally, readRealSpun, realGold, summary, tallyFindings, type GoldChange } from './score.js';

const argv = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = argv.indexOf(`--${name}`);
  return i === -1 ? undefined : argv[i + 1];
};
const docOf = (text: string): Document =>
  buildDocument({ id: 'tune', text, date: null, title: null, url: null, outlet: null });

const limit = Number(flag('articles') ?? 40);
const model = loadSpinModel(flag('model'));
const clean = readNewsCorpus()
  .filter((_, i) => isDevSlice(i))
  .slice(0, limit)
  .map((a) => a.text);
const random = seededRandom(4);
const spun = clean.map((t) => spinArticle(t, random));
const spunDocs = spun.map((s) => docOf(s.text));
const cleanDocs = clean.map(docOf);
const cleanWords = clean.reduce((n, t) => n + t.split(/\s+/).filter(Boolean).length, 0);
const real = readRealSpun(join(SHARED_DATA, 'real-spun', 'dev.jsonl'));
const realDocs = real.map((r) => docOf(r.spun));

const sets = argv.filter((a, i) => a.startsWith('{') && !['--articles', '--model'].includes(argv[i - 1]));
for (const json of sets.length ? sets : ['{}']) {
  const analyze = createSpinAnalyzer(model, JSON.parse(json) as Partial<DetectOptions>);
  const synth = emptyTally();
  spun.forEach((s, k) => {
    const gold: GoldChange[] = s.changes.map((c) => ({ start: c.start, end: c.end, original: c.original }));
    tallyFindings(synth, s.text, analyze(spunDocs[k]).spin, gold);
  });
  const falseFindings = cleanDocs.reduce((n, d) => n + analyze(d).spin.length, 0);
  const realTally = emptyTally();
  real.forEach((row, k) => {
    const { gold, within } = realGold(row);
    tallyFindings(realTally, row.spun, analyze(realDocs[k]).spin, gold, within);
  });
  console.log(json);
  console.log(`  synthetic: ${summary(synth)}`);
  console.log(
    `  clean: ${((falseFindings / cleanWords) * 1000).toFixed(2)} / 1,000 words (${falseFindings})`,
  );
  console.log(`  real: ${summary(realTally)}`);
}
