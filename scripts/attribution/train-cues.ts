// Trains the cue tagger on the PolNeAR train split and writes data/attribution/cue-model.json.
// Usage: node --import tsx scripts/attribution/train-cues.ts [epochs]
import { writeFileSync } from 'node:fs';
import { cueFeatures, MAX_FEATURES, tokenHashes } from '../../src/attribution/features.js';
import { CUE_LABELS, CUE_MODEL_PATH, sentenceHasQuote } from '../../src/attribution/cues.js';
import { PerceptronTrainer } from '../../src/attribution/perceptron.js';
import { goldCueLabels, loadSplit, toDocument } from './polnear.js';

const epochs = Number(process.argv[2] ?? 6);
const train = loadSplit('train');
if (!train) process.exit(0);

const docs = train.map((a) => {
  const doc = toDocument(a);
  return { doc, h: tokenHashes(doc), labels: goldCueLabels(doc, a) };
});
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
  console.log(`epoch ${e + 1}: token error rate ${(errors / total).toFixed(4)}`);
}
const model = trainer.averaged(0.02);
writeFileSync(CUE_MODEL_PATH, JSON.stringify(model));
console.log(`wrote ${CUE_MODEL_PATH}: ${model.slots.length} feature slots`);
