// The model files are read without JSON.parse's arrays (model-file.ts); the loaded models must be
// those loadModel makes from JSON.parse's result, and any other layout must still load.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { CUE_MODEL_PATH } from '../../src/attribution/cues.js';
import { END_MODEL_PATH } from '../../src/attribution/bounds.js';
import { FILTER_MODEL_PATH } from '../../src/attribution/filter.js';
import { parseModelFile } from '../../src/attribution/model-file.js';
import { loadModel, loadModelFrom, type PerceptronModel } from '../../src/attribution/perceptron.js';

test('shipped model files load as from JSON.parse', () => {
  for (const path of [CUE_MODEL_PATH, END_MODEL_PATH, FILTER_MODEL_PATH]) {
    const text = readFileSync(path, 'utf8');
    const json = JSON.parse(text) as PerceptronModel & Record<string, unknown>;
    const { model, fields } = parseModelFile(text);
    // The fast route was taken (a typed array, not JSON.parse's list).
    assert.ok(model.slots instanceof Float64Array, path);
    assert.deepEqual([...model.slots], json.slots);
    assert.deepEqual([...model.weights], json.weights.flat());
    assert.deepEqual(loadModelFrom(model), loadModel(json));
    assert.equal(fields.threshold, json.threshold);
  }
});

test('weights with more decimals, exponents or odd rows fall back to JSON.parse', () => {
  const cases = [
    '{"labels":["a","b"],"bits":4,"slots":[1,3],"weights":[[0.5,-2],[1.25,0.001]],"threshold":-3}',
    '{"labels":["a","b"],"bits":4,"slots":[1,3],"weights":[[0.12345,-2],[1e-7,7]]}',
    '{"labels":["a","b"],"bits":4,"slots":[3,1,3],"weights":[[1,2],[3,4],[5,6]]}',
    '{"labels":["a","b"],"bits":4,"slots":[-1,3],"weights":[[1,2],[3,4]]}',
    '{"labels":["a","b"],"bits":4,"slots":[],"weights":[]}',
  ];
  for (const text of cases) {
    const json = JSON.parse(text) as PerceptronModel & Record<string, unknown>;
    const { model, fields } = parseModelFile(text);
    assert.deepEqual([...model.weights], json.weights.flat(), text);
    assert.deepEqual(loadModelFrom(model), loadModel(json), text);
    assert.equal(fields.threshold, json.threshold);
  }
});
