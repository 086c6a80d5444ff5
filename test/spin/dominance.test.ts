import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDocument } from '../../src/text/document.js';
import { loadSpinModel } from '../../src/spin/index.js';
import { SpinDetector } from '../../src/spin/detect.js';
import { DEFAULT_DETECT_OPTIONS, type DetectOptions } from '../../src/spin/options.js';
import { readNewsCorpus, sharedDataPresent } from '../../scripts/spin/corpus.js';
import { seededRandom, spinArticle } from '../../scripts/spin/spinner.js';

// Leaving out replacements that can be on no best path must not change a single finding.
test(
  'ruling out dominated replacements leaves the findings unchanged',
  { skip: !sharedDataPresent() },
  () => {
    const model = loadSpinModel();
    const random = seededRandom(11);
    const articles = readNewsCorpus()
      .filter((_, i) => i % 40 === 31)
      .slice(0, 100);
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
  },
);
