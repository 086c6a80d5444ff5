import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEFAULT_DETECT_OPTIONS,
  NEWS_COUNTS_OPTIONS,
  NEWS_WORDS_FULL,
  defaultOptionsFor,
} from '../../src/spin/options.js';
import { NgramCounts, SHIPPED_MODEL_DIR, newsWordsOf, type SpinModel } from '../../src/spin/model.js';
import { SubstitutionTable } from '../../src/spin/learned.js';

test('default options move from the news-LM profile to the news-counts profile with the news in the counts', () => {
  assert.equal(defaultOptionsFor(0), DEFAULT_DETECT_OPTIONS);
  assert.ok(DEFAULT_DETECT_OPTIONS.lmWeight > 0);
  const full = defaultOptionsFor(2 * NEWS_WORDS_FULL);
  for (const [key, value] of Object.entries(NEWS_COUNTS_OPTIONS))
    assert.equal(full[key as keyof typeof NEWS_COUNTS_OPTIONS], value, key);
  const half = defaultOptionsFor(NEWS_WORDS_FULL / 2);
  assert.equal(half.changeCost, (DEFAULT_DETECT_OPTIONS.changeCost + NEWS_COUNTS_OPTIONS.changeCost) / 2);
  assert.equal(half.minConfidence, DEFAULT_DETECT_OPTIONS.minConfidence);
});

test('news words of a model: none for the shipped model, the added articles for a store model', () => {
  const model = (dir: string | null, words: number, base?: 'shipped' | 'wordnet'): SpinModel => ({
    counts: new NgramCounts(),
    meta: { sources: [], articles: 1, words, built: '', base },
    dir,
    substitutions: new SubstitutionTable(),
  });
  assert.equal(newsWordsOf(model(SHIPPED_MODEL_DIR, 2_300_000)), 0);
  assert.equal(newsWordsOf(model(null, 2_300_000, 'wordnet')), 0);
  assert.equal(newsWordsOf(model(null, 5_500_000, 'shipped')), 5_500_000);
  assert.equal(newsWordsOf(model('/some/store/model', 40_000)), 40_000); // written before `base`
});
