// Training of the cue tagger (averaged perceptron over tokens, B/I/O), shared by the scripts
// that write the shipped cue model and the statement filter.
import { cueFeatures, MAX_FEATURES, tokenHashes, type TokenHashes } from '../../src/attribution/features.js';
import { CUE_LABELS, sentenceHasQuote } from '../../src/attribution/cues.js';
import { PerceptronTrainer, type PerceptronModel } from '../../src/attribution/perceptron.js';
import type { Document } from '../../src/text/document.js';
import { goldCueLabels, type GoldArticle } from './polnear.js';

export interface CueTrainingDoc {
  doc: Document;
  h: TokenHashes;
  labels: number[];
}

export function cueTrainingDoc(doc: Document, gold: GoldArticle): CueTrainingDoc {
  return { doc, h: tokenHashes(doc), labels: goldCueLabels(doc, gold) };
}

/** Trains on `docs` for `epochs` passes (documents shuffled with the given seed). */
export function trainCueTagger(
  docs: CueTrainingDoc[],
  epochs: number,
  log = false,
  shuffleSeed = SHIPPED_CUE_SEED,
): PerceptronModel {
  const trainer = new PerceptronTrainer(CUE_LABELS, 20);
  const features = new Uint32Array(MAX_FEATURES);
  let seed = shuffleSeed;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let e = 0; e < epochs; e++) {
    let errors = 0;
    let total = 0;
    const order = docs.map((_, i) => i).sort(() => rand() - 0.5);
    for (const di of order) {
      const { doc, h, labels } = docs[di];
      for (const s of doc.sentences) {
        const quoted = sentenceHasQuote(doc, s.tokenStart, s.tokenEnd);
        let prev = 0;
        for (let i = s.tokenStart; i < s.tokenEnd; i++) {
          const count = cueFeatures(doc, h, i, s.tokenStart, s.tokenEnd, prev, quoted, features);
          const guess = trainer.learn(features, count, labels[i]);
          if (guess !== labels[i]) errors++;
          total++;
          prev = labels[i];
        }
      }
    }
    if (log) console.log(`epoch ${e + 1}: token error rate ${(errors / total).toFixed(4)}`);
  }
  return trainer.averaged(0.02);
}

/**
 * The mean of models over the same labels and feature table. A perceptron's score is linear in
 * its weights, so the mean weights score every token exactly as the mean of the models' scores
 * would: an ensemble that costs nothing more at run time. Weights are rounded to 1/1000 as
 * `averaged` rounds them, and slots whose weights are all at most `minAbs` are dropped.
 */
export function averageModels(models: PerceptronModel[], minAbs: number): PerceptronModel {
  if (models.length === 1) return models[0];
  const n = models[0].labels.length;
  const sums = new Map<number, Float64Array>();
  for (const m of models) {
    m.slots.forEach((slot, k) => {
      let row = sums.get(slot);
      if (!row) sums.set(slot, (row = new Float64Array(n)));
      for (let j = 0; j < n; j++) row[j] += m.weights[k][j];
    });
  }
  const slots: number[] = [];
  const weights: number[][] = [];
  for (const slot of [...sums.keys()].sort((a, b) => a - b)) {
    const row = [...sums.get(slot)!].map((w) => Math.round((w / models.length) * 1000) / 1000);
    if (row.some((w) => Math.abs(w) > minAbs)) {
      slots.push(slot);
      weights.push(row);
    }
  }
  return { labels: models[0].labels, bits: models[0].bits, slots, weights };
}

/** Shuffle seed of the shipped cue tagger (and of the fold taggers of train-filter.ts). */
export const SHIPPED_CUE_SEED = 7;

/**
 * The mean of taggers trained on the same documents in different orders: an averaged
 * perceptron depends on the order it sees its examples in, and the mean of several is steadier
 * (tried in 4-fold cross-validation and not shipped: see docs/attribution.md). One seed gives
 * that tagger itself.
 */
export function trainCueEnsemble(
  docs: CueTrainingDoc[],
  epochs: number,
  seeds: readonly number[],
  log = false,
): PerceptronModel {
  return averageModels(
    seeds.map((seed) => trainCueTagger(docs, epochs, log, seed)),
    0.02,
  );
}
