// Trains the cue tagger on the PolNeAR train split and writes data/attribution/cue-model.json.
// With several shuffle seeds (comma-separated), it writes the mean of taggers trained in those
// orders (cue-training.ts: trainCueEnsemble); the shipped model is the single seed 7.
// Usage: node --import tsx scripts/attribution/train-cues.ts [epochs=6] [seeds=7]
import { writeFileSync } from 'node:fs';
import { CUE_MODEL_PATH } from '../../src/attribution/cues.js';
import { attributionView } from '../../src/attribution/resplit.js';
import { cueTrainingDoc, SHIPPED_CUE_SEED, trainCueEnsemble } from './cue-training.js';
import { loadSplit, toDocument } from './polnear.js';

const epochs = Number(process.argv[2] ?? 6);
const seeds = (process.argv[3] ?? String(SHIPPED_CUE_SEED)).split(',').map(Number);
const train = loadSplit('train');
if (!train) process.exit(0);

const docs = train.map((a) => cueTrainingDoc(attributionView(toDocument(a)), a));
const model = trainCueEnsemble(docs, epochs, seeds, true);
writeFileSync(CUE_MODEL_PATH, JSON.stringify(model));
console.log(`wrote ${CUE_MODEL_PATH}: ${model.slots.length} feature slots`);
