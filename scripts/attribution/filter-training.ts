// What the statement filter learns from, and how it is trained: shared by train-filter.ts (the
// shipped filter) and cross-validate.ts. Scripts only; no corpus text ships.
import { tokenHashes } from '../../src/attribution/features.js';
import { FILTER_FEATURES, FILTER_LABELS, frameFeatures } from '../../src/attribution/filter.js';
import { finalContents } from '../../src/attribution/final-content.js';
import { candidateFrames, isJudged } from '../../src/attribution/index.js';
import type { EndSettings } from '../../src/attribution/settle.js';
import type { LoadedModel, PerceptronModel } from '../../src/attribution/perceptron.js';
import { loadModel, PerceptronTrainer, predictLabel } from '../../src/attribution/perceptron.js';
import type { Frame } from '../../src/attribution/spans.js';
import type { Document } from '../../src/text/document.js';
import { tokenRange, type GoldArticle } from './polnear.js';
import { averageModels } from './cue-training.js';
import { DENSE_FEATURES, denseFeatures } from '../../src/attribution/filter-dense.js';
import type { BoostedTrees } from '../../src/learn/boosted-trees.js';
import { trainBoostedTrees } from '../lib/boosted-training.js';

/**
 * One candidate statement: its filter features, whether it is real, and its fold; its dense
 * features (filter-dense.ts, the margin left 0) and whether the filter judges it at all (see
 * isJudged: the others are kept whatever it says).
 */
export interface FilterExample {
  features: Uint32Array;
  label: number;
  fold: number;
  dense: Float64Array;
  judged: boolean;
}

/** Token ranges of each gold cue and the set of tokens of its content. */
export function goldCuesAndContents(doc: Document, gold: GoldArticle) {
  return gold.attributions.flatMap((g) => {
    const cue = g.cue && tokenRange(doc, g.cue);
    if (!cue) return [];
    const content = new Set<number>();
    for (const piece of g.content.fragments?.length ? g.content.fragments : [g.content]) {
      const range = tokenRange(doc, piece);
      if (range) for (let i = range[0]; i < range[1]; i++) content.add(i);
    }
    return [{ cue, content }];
  });
}

/**
 * A candidate is real when its cue overlaps a gold cue whose content shares a token with the
 * candidate's content: a right cue built with a content that is elsewhere makes a false statement
 * (and misses the true one) as surely as a wrong cue does. (Cue overlap alone, as before, keeps
 * more of those: 4-fold cross-validation on train, docs/attribution.md.)
 */
export function isRealCandidate(f: Frame, golds: ReturnType<typeof goldCuesAndContents>): boolean {
  return golds.some(
    (g) =>
      f.cue.first < g.cue[1] &&
      f.cue.last > g.cue[0] &&
      f.content.some(([s, e]) => {
        for (let i = s; i < e; i++) if (g.content.has(i)) return true;
        return false;
      }),
  );
}

/**
 * The candidates a cue tagger builds on one document, labelled real or not (on their raw content,
 * as the filter sees it first). `end` settles them into the contents they would finally have,
 * which the filter sees too: it must be an end model that has not seen the document.
 */
export function filterExamples(
  doc: Document,
  gold: GoldArticle,
  cueModel: LoadedModel,
  fold: number,
  end: EndSettings,
): FilterExample[] {
  const golds = goldCuesAndContents(doc, gold);
  const h = tokenHashes(doc);
  const frames = candidateFrames(doc, h, cueModel);
  const finals = finalContents(doc, h, frames, end);
  return frames.map((f, k) => {
    const features = new Uint32Array(FILTER_FEATURES);
    const n = frameFeatures(doc, h, f, features, frames, finals[k]);
    const dense = new Float64Array(DENSE_FEATURES.length);
    denseFeatures(doc, f, frames, finals[k], 0, dense);
    return {
      features: features.subarray(0, n),
      label: isRealCandidate(f, golds) ? 1 : 0,
      fold,
      dense,
      judged: isJudged(doc, f),
    };
  });
}

/** An averaged perceptron over the examples, `epochs` passes in a fixed shuffled order. */
/**
 * Filters trained on the same examples in differently shuffled orders, their averaged weights
 * averaged again: one linear model, as fast to apply as one, with less of the noise a single
 * shuffle brings (4-fold cross-validation at −8: 1 filter 0.6927 / 0.6341 content / full, 3:
 * 0.6943 / 0.6353, 5: 0.6947 / 0.6364, 10: 0.6938 / 0.6357; docs/attribution.md).
 */
export const FILTER_BAGS = 5;

/**
 * Passes over the examples per filter: averaged over five shuffles, fewer passes overfit less
 * (4-fold cross-validation at −8, content / full: 2 passes 0.6959 / 0.6371, 3 0.6959 / 0.6368,
 * 4 0.6956 / 0.6368, 6 0.6947 / 0.6364, 10 0.6928 / 0.6346; a single filter was flat from 3 to
 * 10). The middle of the plateau ships.
 */
export const FILTER_EPOCHS = 3;

export function trainFilter(items: FilterExample[], epochs: number, bags = FILTER_BAGS): PerceptronModel {
  if (bags <= 1) return trainFilterOnce(items, epochs, 13, 0.01);
  const models: PerceptronModel[] = [];
  for (let b = 0; b < bags; b++) models.push(trainFilterOnce(items, epochs, 13 + 7919 * b, 0));
  return averageModels(models, 0.01);
}

function trainFilterOnce(
  items: FilterExample[],
  epochs: number,
  start: number,
  minAbs: number,
): PerceptronModel {
  const trainer = new PerceptronTrainer(FILTER_LABELS, 18);
  let seed = start;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let e = 0; e < epochs; e++) {
    const order = items.map((_, i) => i).sort(() => rand() - 0.5);
    for (const k of order) trainer.learn(items[k].features, items[k].features.length, items[k].label);
  }
  return trainer.averaged(minAbs);
}

/** The perceptron's margin for an example. */
function marginOf(model: LoadedModel, x: FilterExample, scores: Float64Array): number {
  predictLabel(model, x.features, x.features.length, scores);
  return scores[1] - scores[0];
}

/**
 * The filter in two stages: the perceptron over all examples, and boosted trees over the dense
 * features of the judged ones whose first number is the perceptron's margin. The trees must learn
 * from margins like those of unseen text, so each fold's margins come from a perceptron trained on
 * the other folds of `items` (as the candidates come from taggers that had not seen their fold).
 */
export function trainTwoStageFilter(
  items: FilterExample[],
  epochs: number,
): { perceptron: PerceptronModel; boosted: BoostedTrees } {
  const folds = [...new Set(items.map((x) => x.fold))].sort((a, b) => a - b);
  const scores = new Float64Array(2);
  const rows: Float64Array[] = [];
  const labels: number[] = [];
  for (const fold of folds) {
    const inner = loadModel(
      trainFilter(
        items.filter((x) => x.fold !== fold),
        epochs,
      ),
    );
    for (const x of items) {
      if (x.fold !== fold || !x.judged) continue;
      const row = Float64Array.from(x.dense);
      row[0] = marginOf(inner, x, scores);
      rows.push(row);
      labels.push(x.label);
    }
  }
  return { perceptron: trainFilter(items, epochs), boosted: trainBoostedTrees(rows, labels) };
}
