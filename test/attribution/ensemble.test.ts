// The mean of perceptrons (scripts/attribution/cue-training.ts: averageModels) scores as the mean
// of their scores, up to the rounding of weights to 1/1000: an ensemble of taggers costs nothing
// more at run time.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { averageModels } from '../../scripts/attribution/cue-training.js';
import { loadModel, PerceptronTrainer, predictLabel } from '../../src/attribution/perceptron.js';

/** A small perceptron trained on random 3-label examples in an order given by `seed`. */
function trained(seed: number) {
  const trainer = new PerceptronTrainer(['a', 'b', 'c'], 10);
  let state = seed;
  const rand = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const features = new Uint32Array(4);
  for (let k = 0; k < 3000; k++) {
    for (let j = 0; j < 4; j++) features[j] = Math.floor(rand() * 300);
    trainer.learn(features, 4, features[0] % 3);
  }
  return trainer.averaged(0);
}

test('the mean model scores as the mean of the models', () => {
  const models = [trained(1), trained(2), trained(3)];
  const mean = loadModel(averageModels(models, 0));
  const loaded = models.map(loadModel);
  const scores = new Float64Array(3);
  const features = new Uint32Array([5, 77, 130, 299]);
  const expected = [0, 0, 0];
  for (const m of loaded) {
    predictLabel(m, features, 4, scores);
    for (let k = 0; k < 3; k++) expected[k] += scores[k] / loaded.length;
  }
  predictLabel(mean, features, 4, scores);
  for (let k = 0; k < 3; k++) assert.ok(Math.abs(scores[k] - expected[k]) < 0.01, `label ${k}`);
});

test('the mean of one model is that model', () => {
  const model = trained(4);
  assert.equal(averageModels([model], 0.02), model);
});
