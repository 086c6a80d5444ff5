import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildDocument } from '../../src/text/document.js';
import { decodeLm, encodeLm, parseArpa } from '../../src/spin/lm-format.js';
import { NewsLm, NO_WORD, shippedNewsLm } from '../../src/spin/news-lm.js';
import { SentenceLm } from '../../src/spin/lm-context.js';
import type { CandidateIds } from '../../src/spin/candidate-lists.js';

const ARPA = fileURLToPath(new URL('./fixtures/tiny.arpa', import.meta.url));

async function tinyLm(): Promise<NewsLm> {
  const tables = await parseArpa(readFileSync(ARPA, 'utf8').split('\n'));
  return new NewsLm(decodeLm(encodeLm(tables)));
}

const candidate = (text: string): CandidateIds =>
  ({ text, lemma: text, first: -1, last: -1, words: 1, inner: 0, cost: 0, lmIds: null }) as CandidateIds;

/** Checks deltaBound >= delta for every candidate at every word position of `text`; returns how
 *  many bounds were finite. */
function checkBounds(lm: NewsLm, text: string, candidates: readonly string[]): number {
  const doc = buildDocument({ id: 't', text, date: null, title: null, url: null, outlet: null });
  const sentence = new SentenceLm(lm);
  const ids = Int32Array.from(doc.tokens, (t) => (t.kind === 'word' ? sentence.wordId(t.norm) : NO_WORD));
  let finite = 0;
  for (const s of doc.sentences) {
    sentence.reset(doc.tokens, ids, s.tokenStart, s.tokenEnd);
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if (doc.tokens[i].kind !== 'word') continue;
      for (const text of candidates) {
        const c = candidate(text);
        const bound = sentence.deltaBound(c, i);
        const delta = sentence.delta(c, i, 1);
        if (Number.isNaN(delta)) {
          assert.equal(bound, Infinity, `${text} at ${i}: no delta, so no bound`);
          continue;
        }
        assert.ok(delta <= bound, `${text} at ${i}: delta ${delta} above its bound ${bound}`);
        if (bound !== Infinity) finite++;
      }
    }
  }
  return finite;
}

test('speed: the LM term bound is never below the term (small model, every word)', async () => {
  const lm = await tinyLm();
  const words = lm.t.words.filter((w) => !w.startsWith('<'));
  const finite = checkBounds(
    lm,
    'Kirby informed reporters at the Pentagon. Kirby told reporters yesterday, and said at the Pentagon.',
    [...words, 'briefed'],
  );
  assert.ok(finite > 100, `finite bounds: ${finite}`);
});

test('speed: the LM term bound is never below the term (shipped model)', (t) => {
  const lm = shippedNewsLm();
  if (!lm) return t.skip('no shipped news LM');
  const text =
    'The navy gear was shown at the parade on Monday, officials informed reporters. ' +
    'Safety ensures of the peace course of were discussed by the secretary of state, who stated ' +
    'that the talks would continue. Prices rose 3.9% in the third quarter as demand for ' +
    'military equipment grew.';
  const candidates = [
    'military',
    'equipment',
    'security',
    'guarantees',
    'process',
    'told',
    'said',
    'recent',
    'also',
    'value',
    'part',
    'low',
    'chairman',
    'secretary',
    'the',
    'of',
    'validity',
    'xyzzy',
  ];
  const finite = checkBounds(lm, text, candidates);
  assert.ok(finite > 500, `finite bounds: ${finite}`);
});

test('speed: word ids by map agree with the sorted word list', async () => {
  const lm = await tinyLm();
  const words = lm.t.words;
  words.forEach((w, id) => assert.equal(lm.find(w), id));
  assert.equal(lm.find('nonsense'), NO_WORD);
  const shipped = shippedNewsLm();
  if (shipped) {
    for (const id of [0, 1, 1000, 36000, shipped.size - 1])
      assert.equal(shipped.find(shipped.t.words[id]), id);
    assert.equal(shipped.find('zzzznotaword'), NO_WORD);
  }
});
