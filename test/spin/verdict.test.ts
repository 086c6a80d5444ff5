// The article-level verdict: enough distinct spun wordings at a high enough rate, and no more.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDocument } from '../../src/text/document.js';
import { spinVerdict, VERDICT_LENGTH_PRIOR, VERDICT_MIN_RATE } from '../../src/spin/verdict.js';
import type { SpinFinding } from '../../src/spin/index.js';

/** An article of `n` words (the same filler word, so only the count matters). */
function article(n: number) {
  const text = Array.from({ length: n }, (_, i) => (i % 12 === 11 ? 'harbour.' : 'harbour')).join(' ');
  return buildDocument({ id: 't', text, date: null, title: null, url: null, outlet: null });
}

function findings(...words: string[]): SpinFinding[] {
  return words.map((text, i) => ({ text, start: i, end: i + 1, suggestion: 'x', confidence: 0.9 }));
}

test('an article with several distinct spun wordings at a high rate reads as spun', () => {
  const v = spinVerdict(article(300), findings('stated', 'informed', 'additionally', 'stated'));
  assert.equal(v.reads_spun, true);
  assert.equal(v.findings, 4);
  assert.equal(v.distinct, 3);
  assert.equal(v.words, 300);
  assert.equal(v.per_1000_words, 13.3);
});

test('one wording repeated, or too few for the length, does not', () => {
  assert.equal(spinVerdict(article(300), findings('stated', 'Stated', 'stated', 'stated')).reads_spun, false);
  assert.equal(spinVerdict(article(300), findings('stated', 'informed')).reads_spun, false);
  // Three findings need (words + prior) × rate / 1,000 ≤ 3 words of length.
  const most = Math.floor((3 * 1000) / VERDICT_MIN_RATE) - VERDICT_LENGTH_PRIOR;
  assert.equal(spinVerdict(article(most), findings('a', 'b', 'c')).reads_spun, true);
  assert.equal(spinVerdict(article(most + 12), findings('a', 'b', 'c')).reads_spun, false);
});

test('an empty article has no rate', () => {
  const v = spinVerdict(article(0), []);
  assert.deepEqual(v, { reads_spun: false, findings: 0, distinct: 0, words: 0, per_1000_words: 0 });
});
