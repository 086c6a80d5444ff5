import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildDocument } from '../../src/text/document.js';
import { decodeLm, encodeLm, parseArpa } from '../../src/spin/lm-format.js';
import { NewsLm, NO_WORD, setNewsLm } from '../../src/spin/news-lm.js';
import { SentenceLm } from '../../src/spin/lm-context.js';
import { createSpinAnalyzer, loadSpinModel, restoreText } from '../../src/spin/index.js';
import type { CandidateIds } from '../../src/spin/candidate-lists.js';

const ARPA = fileURLToPath(new URL('./fixtures/tiny.arpa', import.meta.url));
const LN10 = Math.log(10);

async function tinyLm(): Promise<NewsLm> {
  const tables = await parseArpa(readFileSync(ARPA, 'utf8').split('\n'));
  return new NewsLm(decodeLm(encodeLm(tables)));
}

const close = (actual: number, log10: number): void =>
  assert.ok(Math.abs(actual - log10 * LN10) < 1e-5, `${actual} vs ${log10 * LN10}`);

test('news LM: the file format keeps every n-gram and value of a small ARPA model', async () => {
  const lm = await tinyLm();
  assert.equal(lm.size, 11);
  const id = (w: string): number => lm.find(w);
  assert.equal(id('nonsense'), NO_WORD);
  close(lm.unigram(id('told')), -2.6);
  close(lm.logP2(id('told'), id('reporters')), -0.6); // a bigram
  close(lm.logP3(id('kirby'), id('told'), id('reporters')), -0.3); // a trigram
  // Backed off: P(reporters | informed) = bo(informed) + P(reporters).
  close(lm.logP2(id('informed'), id('reporters')), -0.2 - 2.8);
  // No trigram (told reporters yesterday): bo(told reporters) + P(yesterday | reporters), itself
  // backed off to bo(reporters) + P(yesterday).
  close(lm.logP3(id('told'), id('reporters'), id('yesterday')), -0.2 + (-0.25 - 4.0));
  // The history's bigram is missing: straight to the bigram estimate.
  close(lm.logP3(id('informed'), id('reporters'), id('at')), -0.8);
  assert.ok(lm.hasBigram(id('said'), id('yesterday')));
  assert.ok(!lm.hasBigram(id('yesterday'), id('said')));
});

test('news LM: a candidate scores better than the spun word it replaces in its window', async () => {
  const lm = await tinyLm();
  const doc = buildDocument({
    id: 't',
    text: 'Kirby informed reporters at the Pentagon.',
    date: null,
    title: null,
    url: null,
    outlet: null,
  });
  const sentence = new SentenceLm(lm);
  const ids = Int32Array.from(doc.tokens, (t) => (t.kind === 'word' ? sentence.wordId(t.norm) : NO_WORD));
  sentence.reset(doc.tokens, ids, 0, doc.tokens.length);
  const candidate = (text: string): CandidateIds =>
    ({ text, lemma: text, first: -1, last: -1, words: 1, inner: 0, cost: 0 }) as CandidateIds;
  const told = sentence.delta(candidate('told'), 1, 1);
  const said = sentence.delta(candidate('said'), 1, 1);
  assert.ok(told > 3, `told: ${told}`);
  assert.ok(told > said, `told ${told}, said ${said}`);
  assert.ok(Number.isNaN(sentence.delta(candidate('briefed'), 1, 1))); // unknown to the model
  assert.ok(sentence.seen(candidate('told'), 1, 1));
  assert.ok(!sentence.seen(candidate('yesterday'), 1, 1));
});

test('news LM: a spun sentence is restored with the model read by the detector', async () => {
  setNewsLm(await tinyLm());
  const text = 'Kirby informed reporters at the Pentagon.';
  const doc = buildDocument({ id: 't', text, date: null, title: null, url: null, outlet: null });
  const analyze = createSpinAnalyzer(loadSpinModel(), { lmWeight: 1, changeCost: 4 });
  const { spin } = analyze(doc);
  assert.deepEqual(
    spin.map((f) => [f.text, f.suggestion]),
    [['informed', 'told']],
  );
  assert.equal(restoreText(doc, spin), 'Kirby told reporters at the Pentagon.');
  // Without the model's terms, nothing is found in this sentence.
  assert.equal(createSpinAnalyzer(loadSpinModel(), { lmWeight: 0, changeCost: 4 })(doc).spin.length, 0);
  setNewsLm(null);
});
