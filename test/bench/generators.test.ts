import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Rng } from '../../scripts/lib/rng.js';
import { GENERATORS, generate } from '../../scripts/trace-eval/transforms.js';
import { pairwiseF1, wordShingles, containment, jaccard } from '../../scripts/trace-eval/metrics.js';
import type { Thesaurus } from '../../scripts/trace-eval/wordnet.js';

// A tiny made-up article and thesaurus, so the test needs neither the corpus nor WordNet.
const TEXT = [
  'The city council approved a new budget on Monday after a long debate, the mayor said.',
  'The plan will increase spending on schools and roads by 4 percent next year.',
  '',
  'Critics said the budget relies on optimistic revenue forecasts. Supporters said the increase is modest.',
  '',
  'The council will vote again in March, officials said, and residents can comment online.',
].join('\n');

const TH: Thesaurus = {
  senses: (w) =>
    ({
      approve: [['sanction', 'o.k.']],
      budget: [['budgeting']],
      increase: [['addition', 'gain']],
      modest: [['small']],
      plan: [['program']],
    })[w] ?? [],
};

test('generators are deterministic for a seed and keep recognisable text', () => {
  for (const g of GENERATORS) {
    const a = generate(g, new Rng(5), TH, TEXT);
    const b = generate(g, new Rng(5), TH, TEXT);
    assert.equal(a, b, g);
    assert.ok(a.length > 40, g);
    assert.ok(/council/i.test(a), `${g} keeps content words`);
  }
});

test('verbatim copies contain the source word for word; spun copies change words', () => {
  const src = wordShingles(TEXT);
  assert.equal(containment(src, wordShingles(generate('verbatim', new Rng(1), TH, TEXT))), 1);
  const spun = generate('spun', new Rng(2), TH, TEXT);
  assert.notEqual(spun, TEXT);
  assert.ok(jaccard(src, wordShingles(spun)) < 1);
});

test('pairwise F1 of clusterings', () => {
  const gold = new Map([
    ['a', '1'],
    ['b', '1'],
    ['c', '2'],
    ['d', '2'],
  ]);
  assert.equal(pairwiseF1(gold, gold).f1, 1);
  const pred = new Map([
    ['a', 'x'],
    ['b', 'x'],
    ['c', 'x'],
    ['d', 'y'],
  ]);
  const r = pairwiseF1(pred, gold);
  assert.equal(r.p, 1 / 3);
  assert.equal(r.r, 1 / 2);
});
