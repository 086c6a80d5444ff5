// How the content-end model is trained: shared by train-end.ts (the shipped model) and
// cross-validate.ts. Each gold content that follows its cue gives, for every token after its first
// one, a decision: the content continues (C) or stops before this token (S, the first token after
// the content). Scripts only; no corpus text ships.
import { END_FEATURES, END_LABELS, endAllowed, endFeatures, lastCut } from '../../src/attribution/bounds.js';
import { endContext } from '../../src/attribution/end-context.js';
import { tokenHashes } from '../../src/attribution/features.js';
import { PerceptronTrainer, type PerceptronModel } from '../../src/attribution/perceptron.js';
import type { Document } from '../../src/text/document.js';
import { tokenRange, type GoldArticle } from './polnear.js';

export interface EndExample {
  doc: Document;
  h: ReturnType<typeof tokenHashes>;
  cue: [number, number];
  start: number;
  end: number;
}

/** The gold contents that follow their cue in one document (its attribution view). */
export function endExamples(doc: Document, gold: GoldArticle): EndExample[] {
  const h = tokenHashes(doc);
  const out: EndExample[] = [];
  for (const g of gold.attributions) {
    if (!g.cue) continue;
    const cue = tokenRange(
      doc,
      g.cue.fragments?.length ? g.cue.fragments[g.cue.fragments.length - 1] : g.cue,
    );
    const pieces = g.content.fragments?.length ? g.content.fragments : [g.content];
    const piece = pieces.find((p) => cue && p.start >= doc.tokens[cue[1] - 1].end);
    const range = piece && tokenRange(doc, piece);
    if (!cue || !range) continue;
    out.push({ doc, h, cue, start: range[0], end: range[1] });
  }
  return out;
}

const FINAL = new Set(['.', '!', '?']);

/** An averaged perceptron over every decision of the examples, `epochs` shuffled passes. */
export function trainEndModel(examples: EndExample[], epochs: number, log = false): PerceptronModel {
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
    if (log)
      console.log(`epoch ${e + 1}: decision error rate ${(errors / total).toFixed(4)} (${total} decisions)`);
  }
  return trainer.averaged(0.02);
}

/**
 * A model for globalEnd (bounds.ts): for each gold content, the choice among every place it may
 * stop before (and running on to the sentence end) is made with the current weights, and when it
 * is wrong the weights move toward the gold choice's features and away from the chosen one's
 * (structured perceptron; only the tokens between the two choices differ).
 */
export function trainGlobalEndModel(examples: EndExample[], epochs: number, log = false): PerceptronModel {
  const trainer = new PerceptronTrainer(END_LABELS, 18);
  const scores = new Float64Array(END_LABELS.length);
  let seed = 11;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const buffers: Uint32Array[] = [];
  for (let e = 0; e < epochs; e++) {
    let errors = 0;
    const order = examples.map((_, i) => i).sort(() => rand() - 0.5);
    for (const k of order) {
      const { doc, h, cue, start, end } = examples[k];
      const ctx = endContext(doc, h, cue[0], cue[1], start);
      const last = lastCut(doc, ctx, ctx.hi);
      // Places and their features; the choice "no cut" is `last`.
      const places: number[] = [];
      const counts: number[] = [];
      let carried = 0;
      let guess = last;
      let bestScore = -Infinity;
      for (let i = start + 1; i < last; i++) {
        if (!endAllowed(doc, i)) continue;
        if (buffers.length <= places.length) buffers.push(new Uint32Array(END_FEATURES));
        const features = buffers[places.length];
        const count = endFeatures(doc, h, i, ctx, features);
        places.push(i);
        counts.push(count);
        trainer.scoreInto(features, count, scores);
        if (carried + scores[1] > bestScore) {
          bestScore = carried + scores[1];
          guess = i;
        }
        carried += scores[0];
      }
      if (carried >= bestScore) guess = last;
      const gold = end < last && places.includes(end) ? end : last;
      trainer.tick();
      if (guess === gold) continue;
      errors++;
      // Φ(c) = Σ_{places p < c} C(p) + S(c): add Φ(gold), subtract Φ(guess).
      for (let x = 0; x < places.length; x++) {
        const p = places[x];
        const f = buffers[x];
        if (p < gold) trainer.nudge(f, counts[x], 0, 1);
        if (p === gold) trainer.nudge(f, counts[x], 1, 1);
        if (p < guess) trainer.nudge(f, counts[x], 0, -1);
        if (p === guess) trainer.nudge(f, counts[x], 1, -1);
      }
    }
    if (log)
      console.log(
        `epoch ${e + 1}: wrong ends ${(errors / examples.length).toFixed(4)} (${examples.length} contents)`,
      );
  }
  return trainer.averaged(0.02);
}
