import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeLm, encodeLm, parseArpa } from '../../src/spin/lm-format.js';
import { NewsLm, NO_WORD, shippedNewsLm } from '../../src/spin/news-lm.js';
import { SentenceLm } from '../../src/spin/lm-context.js';
import type { CandidateIds } from '../../src/spin/candidate-lists.js';

const ARPA = fileURLToPath(new URL('./fixtures/tiny.arpa', import.meta.url));

async function tinyLm(): Promise<NewsLm> {
  const tables = await parseArpa(readFileSync(ARPA, 'utf8').split('\n'));
  return new NewsLm(decodeLm(encodeLm(tables)));
}

const candidate = (text: string, first: number): CandidateIds =>
  ({ text, lemma: text, first, last: first, words: 1, inner: 0, cost: 0, lmIds: null }) as CandidateIds;

test('speed: word ids by map agree with the sorted word list', async () => {
  const lm = await tinyLm();
  lm.t.words.forEach((w, id) => assert.equal(lm.find(w), id));
  assert.equal(lm.find('nonsense'), NO_WORD);
  const shipped = shippedNewsLm();
  if (shipped) {
    for (const id of [0, 1, 1000, 36000, shipped.size - 1])
      assert.equal(shipped.find(shipped.t.words[id]), id);
    assert.equal(shipped.find('zzzznotaword'), NO_WORD);
  }
});

test('speed: candidate LM ids kept by counts id are those of the text', async () => {
  const lm = await tinyLm();
  const sentence = new SentenceLm(lm);
  const told = sentence.candidateIds(candidate('told', 7));
  assert.deepEqual([...told], [lm.find('told')]);
  // Another candidate object for the same counts word shares them; other words get their own.
  assert.equal(sentence.candidateIds(candidate('told', 7)), told);
  assert.deepEqual([...sentence.candidateIds(candidate('said', 8))], [lm.find('said')]);
  assert.deepEqual([...sentence.candidateIds(candidate('briefed', 9))], [NO_WORD]);
  // Without a counts id (-1) nothing is shared; a hyphen splits words.
  assert.deepEqual([...sentence.candidateIds(candidate('said', -1))], [lm.find('said')]);
  assert.deepEqual(
    [...sentence.candidateIds(candidate('told-said', 10))],
    [lm.find('told'), lm.find('said')],
  );
});
