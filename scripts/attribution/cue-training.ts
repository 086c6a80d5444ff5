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

/** Trains on `docs` for `epochs` passes (documents shuffled with a fixed seed). */
export function trainCueTagger(docs: CueTrainingDoc[], epochs: number, log = false): PerceptronModel {
  const trainer = new PerceptronTrainer(CUE_LABELS, 20);
  const features = new Uint32Array(MAX_FEATURES);
  let seed = 7;
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
