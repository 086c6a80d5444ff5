// Trains the content-end model on the PolNeAR train split and writes data/attribution/end-model.json
// (see end-training.ts for the decisions it learns from).
// Usage: node --import tsx scripts/attribution/train-end.ts [epochs=5]
import { writeFileSync } from 'node:fs';
import { END_MODEL_PATH } from '../../src/attribution/bounds.js';
import { attributionView } from '../../src/attribution/resplit.js';
import { endExamples, trainEndModel } from './end-training.js';
import { loadSplit, toDocument } from './polnear.js';

const epochs = Number(process.argv[2] ?? 5);
const train = loadSplit('train');
if (!train) process.exit(0);

const examples = train.flatMap((a) => endExamples(attributionView(toDocument(a)), a));
console.log(`${examples.length} contents after their cue`);
const model = trainEndModel(examples, epochs, true);
writeFileSync(END_MODEL_PATH, JSON.stringify(model));
console.log(`wrote ${END_MODEL_PATH}: ${model.slots.length} feature slots`);
