// Trains the statement filter and writes data/attribution/filter-model.json.
// The filter must learn from the candidates the extractor really produces on unseen text, so
// the PolNeAR train split is cut into 4 folds; for each fold a cue tagger is trained on the
// other three and the fold's candidate statements are extracted with it. A candidate is a real
// statement when its content overlaps a gold content (token Jaccard >= 0.5, as the scorer).
// The threshold is chosen on fold 4 with a filter trained on folds 1-3; the shipped filter is
// then trained on all folds.
// Usage: node --import tsx scripts/attribution/train-filter.ts [epochs=6]
import { writeFileSync } from 'node:fs';
import { tokenHashes } from '../../src/attribution/features.js';
import {
  FILTER_FEATURES,
  FILTER_LABELS,
  FILTER_MODEL_PATH,
  frameFeatures,
} from '../../src/attribution/filter.js';
import { candidateFrames } from '../../src/attribution/index.js';
import { loadModel, PerceptronTrainer } from '../../src/attribution/perceptron.js';
import { attributionView } from '../../src/attribution/resplit.js';
import { cueTrainingDoc, trainCueTagger } from './cue-training.js';
import { jaccard, loadSplit, scorerTokens, scorerTokenSet, toDocument } from './polnear.js';

const epochs = Number(process.argv[2] ?? 6);
const FOLDS = 4;
const train = loadSplit('train');
if (!train) process.exit(0);

interface Example {
  features: Uint32Array;
  label: number;
  fold: number;
}
const docs = train.map((a, i) => ({ a, doc: attributionView(toDocument(a)), fold: i % FOLDS }));
const goldPerFold = new Array<number>(FOLDS).fill(0);
for (const d of docs) goldPerFold[d.fold] += d.a.attributions.length;
const examples: Example[] = [];
for (let fold = 0; fold < FOLDS; fold++) {
  const rest = docs.filter((d) => d.fold !== fold).map((d) => cueTrainingDoc(d.doc, d.a));
  const cueModel = loadModel(trainCueTagger(rest, 6));
  let positives = 0;
  let count = 0;
  for (const d of docs.filter((x) => x.fold === fold)) {
    const tokens = scorerTokens(d.a.text);
    const gold = d.a.attributions.map((g) =>
      scorerTokenSet(tokens, g.content.fragments?.length ? g.content.fragments : [g.content]),
    );
    const h = tokenHashes(d.doc);
    for (const f of candidateFrames(d.doc, h, cueModel)) {
      const pieces = f.content.map(([s, e]) => ({
        start: d.doc.tokens[s].start,
        end: d.doc.tokens[e - 1].end,
      }));
      const mine = scorerTokenSet(tokens, pieces);
      const label = gold.some((g) => jaccard(g, mine) >= 0.5) ? 1 : 0;
      const features = new Uint32Array(FILTER_FEATURES);
      const n = frameFeatures(d.doc, h, f, features);
      examples.push({ features: features.subarray(0, n), label, fold });
      positives += label;
      count++;
    }
  }
  console.log(`fold ${fold + 1}: ${count} candidates, ${positives} real, ${goldPerFold[fold]} gold`);
}

function trainFilter(items: Example[]) {
  const trainer = new PerceptronTrainer(FILTER_LABELS, 18);
  let seed = 13;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let e = 0; e < epochs; e++) {
    const order = items.map((_, i) => i).sort(() => rand() - 0.5);
    for (const k of order) trainer.learn(items[k].features, items[k].features.length, items[k].label);
  }
  return trainer.averaged(0.01);
}

// Threshold: trained on folds 1-3, the F1 of content matches on fold 4 at each threshold.
const held = FOLDS - 1;
const probe = loadModel(trainFilter(examples.filter((x) => x.fold !== held)));
const scores = new Float64Array(2);
const margins = examples
  .filter((x) => x.fold === held)
  .map((x) => {
    scores.fill(0);
    for (const f of x.features) {
      const base = (f & probe.mask) * 2;
      scores[0] += probe.table[base];
      scores[1] += probe.table[base + 1];
    }
    return { m: (scores[1] - scores[0]) / probe.scale, label: x.label };
  });
let best = { t: -Infinity, f1: 0 };
for (const t of [-Infinity, -24, -20, -16, -12, -10, -8, -6, -4, -2, 0, 2, 4]) {
  const kept = margins.filter((x) => x.m > t);
  const tp = kept.filter((x) => x.label).length;
  const p = tp / kept.length;
  const r = tp / goldPerFold[held];
  const f1 = (2 * p * r) / (p + r);
  console.log(`threshold ${t}: kept ${kept.length}, P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f1.toFixed(3)}`);
  if (f1 > best.f1) best = { t, f1 };
}
console.log(`best threshold on fold ${held + 1}: ${best.t}`);
const model = trainFilter(examples);
writeFileSync(
  FILTER_MODEL_PATH,
  JSON.stringify({ ...model, threshold: best.t === -Infinity ? -1e9 : best.t }),
);
console.log(`wrote ${FILTER_MODEL_PATH}: ${model.slots.length} feature slots`);
