// Trains the content-end model on the PolNeAR train split and writes data/attribution/end-model.json.
// Each gold content that follows its cue gives, for every token after its first one, a decision:
// the content continues (C) or stops before this token (S, the first token after the content).
// Usage: node --import tsx scripts/attribution/train-end.ts [epochs=5]
import { writeFileSync } from 'node:fs';
import {
  END_FEATURES,
  END_LABELS,
  END_MODEL_PATH,
  endAllowed,
  endContext,
  endFeatures,
} from '../../src/attribution/bounds.js';
import { tokenHashes } from '../../src/attribution/features.js';
import { PerceptronTrainer } from '../../src/attribution/perceptron.js';
import { attributionView } from '../../src/attribution/resplit.js';
import type { Document } from '../../src/text/document.js';
import { loadSplit, tokenRange, toDocument } from './polnear.js';

const epochs = Number(process.argv[2] ?? 5);
const train = loadSplit('train');
if (!train) process.exit(0);

interface Example {
  doc: Document;
  h: ReturnType<typeof tokenHashes>;
  cue: [number, number];
  start: number;
  end: number;
}
const FINAL = new Set(['.', '!', '?']);
const examples: Example[] = [];
for (const a of train) {
  const doc = attributionView(toDocument(a));
  const h = tokenHashes(doc);
  for (const g of a.attributions) {
    if (!g.cue) continue;
    const cue = tokenRange(
      doc,
      g.cue.fragments?.length ? g.cue.fragments[g.cue.fragments.length - 1] : g.cue,
    );
    const pieces = g.content.fragments?.length ? g.content.fragments : [g.content];
    const piece = pieces.find((p) => cue && p.start >= doc.tokens[cue[1] - 1].end);
    const range = piece && tokenRange(doc, piece);
    if (!cue || !range) continue;
    examples.push({ doc, h, cue, start: range[0], end: range[1] });
  }
}
console.log(`${examples.length} contents after their cue`);

const trainer = new PerceptronTrainer(END_LABELS, 18);
const features = new Uint32Array(END_FEATURES);
let seed = 11;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
for (let e = 0; e < epochs; e++) {
  let errors = 0;
  let total = 0;
  const order = examples.map((_, i) => i).sort(() => rand() - 0.5);
  for (const k of order) {
    const { doc, h, cue, start, end } = examples[k];
    const ctx = endContext(doc, h, cue[0], cue[1], start);
    let last = ctx.hi;
    while (last > start && FINAL.has(doc.tokens[last - 1].text)) last--;
    for (let i = start + 1; i <= Math.min(end, last - 1); i++) {
      if (!endAllowed(doc, i)) continue;
      const gold = i === end ? 1 : 0;
      const count = endFeatures(doc, h, i, ctx, features);
      if (trainer.learn(features, count, gold) !== gold) errors++;
      total++;
    }
  }
  console.log(`epoch ${e + 1}: decision error rate ${(errors / total).toFixed(4)} (${total} decisions)`);
}
const model = trainer.averaged(0.02);
writeFileSync(END_MODEL_PATH, JSON.stringify(model));
console.log(`wrote ${END_MODEL_PATH}: ${model.slots.length} feature slots`);
