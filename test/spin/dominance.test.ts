import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { buildDocument } from '../../src/text/document.js';
import { loadSpinModel } from '../../src/spin/index.js';
import { SpinDetector } from '../../src/spin/detect.js';
import { DEFAULT_DETECT_OPTIONS, type DetectOptions } from '../../src/spin/options.js';
import { readNewsCorpus, sharedDataPresent } from '../../scripts/spin/corpus.js';
import { seededRandom, spinArticle } from '../../scripts/spin/spinner.js';

// The bundled demo story (written for the project) always; 100 news-corpus articles beside it
// when the development data is there.
function testArticles(): { id: string; text: string }[] {
  const demo = readFileSync(new URL('../../data/demo/story.jsonl', import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { id: string; text: string });
  if (!sharedDataPresent()) return demo;
  const corpus = readNewsCorpus()
    .filter((_, i) => i % 40 === 31)
    .slice(0, 100);
  return [...demo, ...corpus];
}

// Leaving out replacements that can be on no best path must not change a single finding.
test('ruling out dominated replacements leaves the findings unchanged', () => {
  const model = loadSpinModel();
  const random = seededRandom(11);
  const articles = testArticles();
  const docs = articles.map((a, n) =>
    buildDocument({
      id: a.id,
      text: n % 2 ? a.text : spinArticle(a.text, random).text,
      date: null,
      title: null,
      url: null,
      outlet: null,
    }),
  );
  // The pair table makes its bounds after its first 100,000 lookups, and nothing can be ruled
  // out before: fresh detectors (no per-word memos) read the texts until it has them.
  for (let round = 0; round < 50 && !model.counts.pairBoundsReady(); round++) {
    const warm = new SpinDetector(model.counts, DEFAULT_DETECT_OPTIONS, model.substitutions);
    for (const doc of docs) warm.detect(doc);
  }
  assert.ok(model.counts.pairBoundsReady(), 'the pair table has its bounds');
  const loose: DetectOptions = { ...DEFAULT_DETECT_OPTIONS, changeCost: 3, minConfidence: 0.6 };
  for (const options of [DEFAULT_DETECT_OPTIONS, loose]) {
    const fast = new SpinDetector(model.counts, options, model.substitutions);
    const full = new SpinDetector(model.counts, options, model.substitutions);
    full.ruleOutDominated = false;
    let findings = 0;
    for (const [n, doc] of docs.entries()) {
      const expected = full.detect(doc);
      assert.deepEqual(fast.detect(doc), expected, articles[n].id);
      findings += expected.length;
    }
    assert.ok(findings > 0);
    assert.ok(fast.ruledOut > 0, 'the check ruled nothing out');
  }
});
