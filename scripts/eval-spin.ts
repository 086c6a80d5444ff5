// Evaluates lone-article unspinning (npm run eval:spin). Needs ../shared/data (research-only data,
// never shipped); skips with a message when it is absent.
//   1. synthetic: held-out news-corpus articles spun by scripts/spin/spinner.ts (about 20% of
//      content words): detection precision/recall and share of changed words restored exactly;
//   2. clean: false findings per 1,000 words on the same articles unspun;
//   3. real: the real spun articles of real-spun/dev.jsonl (unspin sees only the spun text),
//      scored inside the aligned sentence pairs against the original wording;
//   4. the seed article's findings; 5. speed; and, over sets 1-4, how many articles the
//      article-level verdict (src/spin/verdict.ts) reads as spun.
// Each is run with the shipped model (WordNet text only) and with a research model built in
// memory from the news corpus minus the held-out articles (`--no-corpus-model` skips it).
//   6. learned from a store: the real spun articles again, each unspun by a model built (as
//      `unspin model` does) from a store of the other source pages and their traced spun copies
//      (scripts/spin/learned-eval.ts; `--no-learned` skips it).
// Usage: npm run eval:spin [-- --articles N] [-- --model DIR] [-- --dev] [-- --no-corpus-model]
//        [-- --no-speed] [-- --no-learned] [-- --options '{"changeCost":3.5}'] (detector options, for tuning)
import { seedArticlePath } from './lib/seed-article.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDocument, type Document } from '../src/text/document.js';
import {
  buildModelInMemory,
  createSpinAnalyzer,
  loadSpinModel,
  type SpinFinding,
  type SpinModel,
  type DetectOptions,
  type Figure,
  type SpinVerdict,
} from '../src/spin/index.js';
import { measureSpinSpeed } from '../src/spin/bench.js';
import { evalLearned, printLearned } from './spin/learned-eval.js';
import { isDevSlice, isHeldOut, readNewsCorpus, SHARED_DATA, sharedDataPresent } from './spin/corpus.js';
import { seededRandom, spinArticle } from './spin/spinner.js';
import {
  emptyTally,
  ratio,
  readRealSpun,
  realGold,
  summary,
  tallyFindings,
  type GoldChange,
} from './spin/score.js';

type Analyzer = (doc: Document) => { spin: SpinFinding[]; figures: Figure[]; verdict: SpinVerdict };

/** Articles the article-level verdict (src/spin/verdict.ts) reads as spun, per set. */
type Verdicts = Record<string, { spun: number; of: number }>;
function countVerdict(verdicts: Verdicts, set: string, verdict: SpinVerdict): void {
  const v = (verdicts[set] ??= { spun: 0, of: 0 });
  v.of++;
  if (verdict.reads_spun) v.spun++;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? undefined : process.argv[i + 1];
}

function docOf(text: string, id = 'eval'): Document {
  return buildDocument({ id, text, date: null, title: null, url: null, outlet: null });
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function evalSynthetic(analyze: Analyzer, clean: string[], verdicts: Verdicts): void {
  const random = seededRandom(4);
  const tally = emptyTally();
  for (const text of clean) {
    const spun = spinArticle(text, random);
    const gold: GoldChange[] = spun.changes.map((c) => ({
      start: c.start,
      end: c.end,
      original: c.original,
    }));
    const { spin, verdict } = analyze(docOf(spun.text));
    tallyFindings(tally, spun.text, spin, gold);
    countVerdict(verdicts, 'synthetic spun', verdict);
  }
  console.log(`  synthetic spin (${clean.length} articles): ${summary(tally)}`);
}

function evalClean(analyze: Analyzer, clean: string[], verdicts: Verdicts): void {
  let words = 0;
  let findings = 0;
  const examples: string[] = [];
  for (const text of clean) {
    words += wordCount(text);
    const { spin, verdict } = analyze(docOf(text));
    findings += spin.length;
    countVerdict(verdicts, 'clean', verdict);
    for (const f of spin.slice(0, 1)) if (examples.length < 8) examples.push(`${f.text} → ${f.suggestion}`);
  }
  console.log(
    `  clean news: ${((findings / words) * 1000).toFixed(2)} false findings / 1,000 words (${findings} in ${words} words)`,
  );
  if (examples.length) console.log(`    e.g. ${examples.join('; ')}`);
}

function evalReal(analyze: Analyzer, verdicts: Verdicts): void {
  const rows = readRealSpun(join(SHARED_DATA, 'real-spun', 'dev.jsonl'));
  const tally = emptyTally();
  for (const row of rows) {
    const { spin, verdict } = analyze(docOf(row.spun, row.id));
    const { gold, within } = realGold(row);
    tallyFindings(tally, row.spun, spin, gold, within);
    countVerdict(verdicts, 'real spun', verdict);
  }
  console.log(`  real spun (${rows.length} articles, aligned sentences): ${summary(tally)}`);
}

function evalSeed(analyze: Analyzer, verdicts: Verdicts): void {
  const path = seedArticlePath(SHARED_DATA);
  if (!path) {
    console.log('  seed article: absent');
    return;
  }
  const text = readFileSync(path, 'utf8').replace(/^\s*date:?\s+\d{4}-\d{2}-\d{2}\s*/, '');
  const { spin, figures, verdict } = analyze(docOf(text, 'seed'));
  countVerdict(verdicts, 'seed', verdict);
  console.log(`  seed article: ${spin.length} findings`);
  for (const f of spin) console.log(`    "${f.text}" → "${f.suggestion}" (${f.confidence})`);
  for (const f of figures.filter((x) => x.malformed))
    console.log(`    malformed figure "${f.text}" at ${f.start}`);
}

async function main(): Promise<void> {
  if (!sharedDataPresent()) {
    console.log('eval:spin skipped: ../shared/data (research-only evaluation data) is absent.');
    return;
  }
  const limit = Number(arg('articles') ?? 200);
  const corpus = readNewsCorpus();
  // --dev: tune on a development slice (never the held-out articles the figures are quoted on).
  const pick = process.argv.includes('--dev') ? isDevSlice : isHeldOut;
  const heldOut = corpus.filter((_, i) => pick(i)).map((a) => a.text);
  const clean = heldOut.slice(0, limit);
  const speedTexts = heldOut.slice(limit);
  const models: Array<{ name: string; model: SpinModel }> = [];
  const modelDir = arg('model');
  models.push({
    name: modelDir
      ? `model in ${modelDir}`
      : 'shipped model (open text: WordNet, State of the Union, World Factbook)',
    model: loadSpinModel(modelDir),
  });
  if (!process.argv.includes('--no-corpus-model')) {
    const t0 = Date.now();
    const train = corpus.filter((_, i) => !isHeldOut(i)).map((a) => a.text);
    const model = await buildModelInMemory(train, 'news corpus (research only)');
    console.log(
      `research model: ${train.length} articles, built in ${((Date.now() - t0) / 1000).toFixed(0)}s`,
    );
    models.push({
      name: 'research model (shipped counts + news corpus minus held-out articles; never shipped)',
      model,
    });
  }
  for (const { name, model } of models) {
    console.log(`\n== ${name}`);
    const options = arg('options');
    const analyze = createSpinAnalyzer(model, options ? (JSON.parse(options) as Partial<DetectOptions>) : {});
    const verdicts: Verdicts = {};
    evalSynthetic(analyze, clean, verdicts);
    evalClean(analyze, clean, verdicts);
    evalReal(analyze, verdicts);
    evalSeed(analyze, verdicts);
    console.log(
      `  article verdict, read as spun: ${Object.entries(verdicts)
        .map(([set, v]) => `${set} ${v.spun}/${v.of}`)
        .join(', ')}`,
    );
    if (process.argv.includes('--no-speed')) continue;
    // Cold: text the analyzer has not seen (per-word caches empty); warm: the same text again.
    const cold = measureSpinSpeed(speedTexts, analyze);
    const warm = measureSpinSpeed(speedTexts, analyze);
    for (const [label, speed] of [
      ['cold', cold],
      ['warm', warm],
    ] as const) {
      console.log(
        `  speed (${label}, ${(speed.bytes / 1e6).toFixed(2)} MB): ${speed.mbPerCpuSecond.toFixed(2)} MB per CPU-second with tokenizing; wall clock ${speed.mbPerSecond.toFixed(2)} MB/s, spin analysis alone ${speed.analysisMbPerSecond.toFixed(2)} MB/s`,
      );
    }
  }
  if (!process.argv.includes('--no-learned')) {
    const options = arg('options');
    printLearned(
      await evalLearned(SHARED_DATA, clean, options ? (JSON.parse(options) as Partial<DetectOptions>) : {}),
    );
  }
  console.log(`\nprecision = findings overlapping a changed span / findings; recall = changed spans found;`);
  console.log(
    `restored exactly = changed spans whose finding has the same span and the original words (${ratio(1, 1)} is perfect).`,
  );
}

await main();
