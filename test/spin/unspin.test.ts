import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDocument } from '../../src/text/document.js';
import { NgramCounts, type SpinModel } from '../../src/spin/model.js';
import { SubstitutionTable } from '../../src/spin/learned.js';
import { buildSpinModel, createSpinAnalyzer, loadSpinModel, restoreText } from '../../src/spin/index.js';

const doc = (text: string) =>
  buildDocument({ id: 't', text, date: null, title: null, url: null, outlet: null });

// A tiny reference text written for these tests: the model learns that people "said" things and
// that a "peace process" is what talks are about.
const FIXTURE = [
  'The minister said that the talks would continue.',
  'Officials said that the peace process was on track.',
  'The mayor said that the budget was balanced.',
  'She said that the peace process needed time.',
  'He said that the plan would work.',
  'The envoy said that the talks had stalled.',
  'Rain fell across the north on Monday.',
  'Shares in the bank rose in early trading.',
  'A new bridge opened to traffic last week.',
  'Farmers expect a good harvest this year.',
  'The museum will reopen after repairs.',
  'Two teams meet in the final on Sunday.',
].join('\n\n');

function tinyModel(): SpinModel {
  const counts = new NgramCounts();
  for (let i = 0; i < 20; i++) counts.addText(FIXTURE);
  return {
    counts,
    meta: { sources: ['test fixture'], articles: 1, words: 0, built: '' },
    dir: null,
    substitutions: new SubstitutionTable(),
  };
}

test('a thesaurus swap is found and the original restored', () => {
  // A low change cost: the tiny model holds far less evidence than a real one.
  const analyze = createSpinAnalyzer(tinyModel(), { changeCost: 1, minConfidence: 0.5 });
  const text = 'The governor stated that the talks would continue.';
  const d = doc(text);
  const { spin } = analyze(d);
  const stated = spin.find((f) => f.text === 'stated');
  assert.ok(stated, `expected a finding on "stated", got ${JSON.stringify(spin)}`);
  assert.equal(stated.suggestion, 'said');
  assert.equal(text.slice(stated.start, stated.end), 'stated');
  assert.ok(stated.confidence > 0 && stated.confidence <= 1);
  assert.equal(restoreText(d, spin), 'The governor said that the talks would continue.');
});

test('a sentence already written the usual way yields no finding', () => {
  const analyze = createSpinAnalyzer(tinyModel(), { changeCost: 1, minConfidence: 0.5 });
  assert.deepEqual(analyze(doc('The minister said that the peace process was on track.')).spin, []);
});

test('restoreText keeps text outside findings and keeps capitals', () => {
  const text = 'Stated plainly, it works.';
  const d = doc(text);
  const restored = restoreText(d, [
    { text: 'Stated', start: 0, end: 6, suggestion: 'Said', confidence: 0.9 },
  ]);
  assert.equal(restored, 'Said plainly, it works.');
});

test('buildSpinModel writes a model that loadSpinModel reads back', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'spin-model-'));
  try {
    const result = await buildSpinModel([FIXTURE, FIXTURE], dir);
    assert.equal(result.articles, 2);
    assert.ok(result.words > 50);
    const model = loadSpinModel(dir);
    const c = model.counts;
    assert.ok(c.pairCount(c.find('peace'), c.find('process')) >= 4);
    assert.ok(model.meta.sources.some((s) => s.includes('WordNet')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
