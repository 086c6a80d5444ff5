// Trains the cue tagger on the PolNeAR train split and writes data/attribution/cue-model.json.
// Usage: node --import tsx scripts/attribution/train-cues.ts [epochs]
import { writeFileSync } from 'node:fs';
import { CUE_MODEL_PATH } from '../../src/attribution/cues.js';
import { attributionView } from '../../src/attribution/resplit.js';
import { cueTrainingDoc, trainCueTagger } from './cue-training.js';
import { loadSplit, toDocument } from './polnear.js';

const epochs = Number(process.argv[2] ?? 6);
const train = loadSplit('train');
if (!train) process.exit(0);

const docs = train.map((a) => cueTrainingDoc(attributionView(toDocument(a)), a));
const model = trainCueTagger(docs, epochs, true);
writeFileSync(CUE_MODEL_PATH, JSON.stringify(model));
console.log(`wrote ${CUE_MODEL_PATH}: ${model.slots.length} feature slots`);
