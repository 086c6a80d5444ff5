// 4-fold cross-validation of the whole extractor on the PolNeAR train split, the measure by which
// changes are chosen (docs/attribution.md). The train articles are cut into 4 folds (article i in
// fold i mod 4); for each fold a cue tagger, a statement filter and a content-end model are
// trained on the other three (the filter on the candidates of taggers that had not seen their
// own fold, settled by end models that had not seen it either, as train-filter.ts does), the
// extractor is run on the fold and its predictions are scored by the corpus scorer. Prints each fold and the means of content overlap, full
// attribution and source overlap F1. About 2 minutes on one core (cue taggers 4 x 15 s).
// Usage: node --import tsx scripts/attribution/cross-validate.ts [--thresholds -0.6,-0.4,-0.2]
//   (the log-odds of the filter's boosted trees, which take its last decision; default -0.4)
//   [--perceptron-only]  (the filter's perceptron alone, as before 2026-11-27; thresholds are
//                         then its margins, default -8)
//   [--cache DIR]  (keeps the fold taggers there; delete it when the tagger's features change)
//   [--keep DIR]  (writes each fold's gold and predictions there, for error analysis)
//   [--end-decoding first|global] [--end-margin N] [--end-epochs N]  (the content-end model)
// Needs ../shared/data and ../shared/tools (skips with a message when absent).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { extractStatementsWith, type Statement } from '../../src/attribution/index.js';
import { loadModel, type PerceptronModel } from '../../src/attribution/perceptron.js';
import { attributionView } from '../../src/attribution/resplit.js';
import { END_MARGIN, type EndDecoding } from '../../src/attribution/settle.js';
import { isPronoun } from '../../src/attribution/pronoun-words.js';
import { cueTrainingDoc, trainCueTagger } from './cue-training.js';
import { endExamples, trainEndModel, trainGlobalEndModel } from './end-training.js';
import {
  FILTER_EPOCHS,
  filterExamples,
  trainFilter,
  trainTwoStageFilter,
  type FilterExample,
} from './filter-training.js';
import type { FilterModel } from '../../src/attribution/filter.js';
import { loadSplit, REPO_ROOT, toDocument } from './polnear.js';

const FOLDS = 4;
const option = (name: string) =>
  process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined;
// The shipped filter's two stages by default, the thresholds being the boosted trees' log-odds;
// with --perceptron-only, the perceptron alone and its margin.
const boosted = !process.argv.includes('--perceptron-only');
const thresholds = (option('--thresholds') ?? (boosted ? '-0.4' : '-8')).split(',').map(Number);
const cache = option('--cache');
const keep = option('--keep');
const endDecoding: EndDecoding = option('--end-decoding') === 'global' ? 'global' : 'first';
const endMargin = option('--end-margin') === undefined ? undefined : Number(option('--end-margin'));
const endEpochs = Number(option('--end-epochs') ?? 5);
const scorer = resolve(REPO_ROOT, '../shared/tools/score_attribution.py');
const train = loadSplit('train');
if (!train) process.exit(0);
if (!existsSync(scorer)) {
  console.log('skipped: scorer not found at ../shared/tools/score_attribution.py');
  process.exit(0);
}
if (cache) mkdirSync(cache, { recursive: true });

const docs = train.map((a, i) => ({ a, doc: attributionView(toDocument(a)), fold: i % FOLDS }));

/** The cue tagger trained without fold `fold` (shipped settings), read from the cache when there. */
function foldTagger(fold: number): PerceptronModel {
  const file = cache ? join(cache, `cue-fold${fold + 1}.json`) : null;
  if (file && existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as PerceptronModel;
  const rest = docs.filter((d) => d.fold !== fold).map((d) => cueTrainingDoc(d.doc, d.a));
  const model = trainCueTagger(rest, 6);
  if (file) writeFileSync(file, JSON.stringify(model));
  return model;
}

function toPrediction(s: Statement) {
  const source = s.speaker
    ? { ...s.speaker, ...(s.speaker_name && isPronoun(s.speaker.text) ? { resolved: s.speaker_name } : {}) }
    : null;
  return { source, cue: s.cue, content: s.content, type: s.type, stance: s.stance };
}

const taggers = Array.from({ length: FOLDS }, (_, fold) => loadModel(foldTagger(fold)));
// The content-end model of each fold, trained on the other three: it settles the fold's
// candidates for the filter's examples, and the fold's contents when it is held out.
const trainEnd = endDecoding === 'global' ? trainGlobalEndModel : trainEndModel;
const endModels = Array.from({ length: FOLDS }, (_, fold) =>
  loadModel(
    trainEnd(
      docs.filter((d) => d.fold !== fold).flatMap((d) => endExamples(d.doc, d.a)),
      endEpochs,
    ),
  ),
);
const examples: FilterExample[] = [];
// Fold by fold, as train-filter.ts gathers them (the order decides the training shuffle).
for (let fold = 0; fold < FOLDS; fold++) {
  const end = { model: endModels[fold], margin: endMargin ?? END_MARGIN, decoding: endDecoding };
  for (const d of docs)
    if (d.fold === fold) examples.push(...filterExamples(d.doc, d.a, taggers[fold], fold, end));
}

type PRF = { precision: number; recall: number; f1: number };
type Scores = Record<string, PRF>;
const results = new Map<number, Scores[]>();
const dir = mkdtempSync(join(tmpdir(), 'unspin-attribution-cv-'));
try {
  for (let held = 0; held < FOLDS; held++) {
    const training = examples.filter((x) => x.fold !== held);
    const stages = boosted ? trainTwoStageFilter(training, FILTER_EPOCHS) : null;
    const filterModel = loadModel(stages ? stages.perceptron : trainFilter(training, FILTER_EPOCHS));
    const endModel = endModels[held];
    const gold = docs.filter((d) => d.fold === held).map((d) => d.a);
    const goldPath = join(dir, `gold${held + 1}.jsonl`);
    writeFileSync(goldPath, gold.map((a) => JSON.stringify(a)).join('\n') + '\n');
    for (const threshold of thresholds) {
      const lines = gold.map((a) => {
        const statements = extractStatementsWith(toDocument(a), {
          cueModel: taggers[held],
          endModel,
          endDecoding,
          endMargin,
          filter: (stages
            ? {
                model: filterModel,
                threshold: -Infinity,
                boosted: stages.boosted,
                boostedThreshold: threshold,
              }
            : { model: filterModel, threshold }) satisfies FilterModel,
        });
        return JSON.stringify({ id: a.id, attributions: statements.map(toPrediction) });
      });
      const predPath = join(dir, `pred${held + 1}.jsonl`);
      writeFileSync(predPath, lines.join('\n') + '\n');
      if (keep) {
        mkdirSync(keep, { recursive: true });
        writeFileSync(join(keep, `pred${held + 1}_${threshold}.jsonl`), lines.join('\n') + '\n');
        writeFileSync(join(keep, `gold${held + 1}.jsonl`), readFileSync(goldPath));
      }
      const r = JSON.parse(
        execFileSync('python3', [scorer, goldPath, predPath, '--json'], { encoding: 'utf8' }),
      ) as Scores;
      results.set(threshold, [...(results.get(threshold) ?? []), r]);
      const c = r.content_overlap;
      console.log(
        `fold ${held + 1} threshold ${threshold}: content overlap ${c.f1.toFixed(4)} (P ${c.precision.toFixed(3)} R ${c.recall.toFixed(3)}), full attribution ${r.full_attribution.f1.toFixed(4)}`,
      );
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
for (const [threshold, rs] of results) {
  const mean = (key: string, field: keyof PRF = 'f1') =>
    (rs.reduce((n, r) => n + r[key][field], 0) / rs.length).toFixed(4);
  console.log(
    `mean of ${rs.length} folds, threshold ${threshold}: content overlap ${mean('content_overlap')} (P ${mean('content_overlap', 'precision')} R ${mean('content_overlap', 'recall')}), full attribution ${mean('full_attribution')}, source overlap ${mean('source_overlap')}`,
  );
}
