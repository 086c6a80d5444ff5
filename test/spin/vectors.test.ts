import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeEmbeddings, encodeEmbeddings } from '../../src/lexicon/embeddings.js';
import { NgramCounts, loadSpinModel } from '../../src/spin/model.js';
import { ModelVectors } from '../../src/spin/vectors.js';
import { rareWordsScale } from '../../src/spin/vectors.js';
import { mobyOriginals, parseMobyRows, setMobyRows } from '../../src/spin/moby.js';
import { formatRows, reverseMoby } from '../../scripts/spin/build-moby-pairs.js';
import { CandidateLists } from '../../src/spin/candidate-lists.js';
import { AssociationScorer } from '../../src/spin/scoring.js';
import { DEFAULT_DETECT_OPTIONS } from '../../src/spin/options.js';
import { SubstitutionTable } from '../../src/spin/learned.js';
import { createSpinAnalyzer } from '../../src/spin/index.js';
import { buildDocument } from '../../src/text/document.js';

/** Four words in two dimensions: military and navy close, said and stated close. */
function tinyVectors() {
  const words = ['said', 'military', 'stated', 'navy'];
  const v = new Int8Array([100, 0, 0, 100, 90, 20, 10, 95]);
  return decodeEmbeddings(encodeEmbeddings(words, 2, v));
}

test('model vectors: similarity, news rank and context fit through model ids', () => {
  const counts = new NgramCounts();
  counts.addSequence(['navy', 'stated', 'troops', 'military', 'said']);
  const vectors = new ModelVectors(counts, tinyVectors());
  const id = (w: string) => counts.find(w);
  assert.ok(vectors.similarity(id('navy'), id('military')) > 0.99);
  assert.ok(vectors.similarity(id('navy'), id('said')) < 0.2);
  assert.ok(Number.isNaN(vectors.similarity(id('troops'), id('said')))); // no vector for troops
  assert.equal(vectors.rank(id('said')), 0);
  assert.equal(vectors.rank(id('navy')), 3);
  assert.equal(vectors.setContext([id('military'), id('troops')]), 1);
  assert.ok(vectors.contextFit(id('navy')) > vectors.contextFit(id('stated')));
  assert.equal(vectors.setContext([id('troops')]), 0);
  assert.ok(Number.isNaN(vectors.contextFit(id('navy'))));
});

test('Moby rows are reversed, kept only for close vectors and read back closest first', () => {
  // Needs the shipped vectors: military/navy and equipment/gear are close, man/gear is not.
  const rows = reverseMoby('military,navy,army,aggressive\nequipment,gear,kit\nman,gear,guy\nA b,c\n');
  const gear = rows.get('gear')!.map(([w]) => w);
  assert.ok(gear.includes('equipment'));
  assert.ok(!gear.includes('man'));
  assert.deepEqual(
    rows.get('navy')!.map(([w]) => w),
    ['military'],
  );
  setMobyRows(parseMobyRows(formatRows(rows)));
  try {
    const navy = mobyOriginals('navy');
    assert.equal(navy[0].word, 'military');
    assert.ok(navy[0].similarity > 0.5);
    assert.deepEqual(mobyOriginals('zzzz'), []);
  } finally {
    setMobyRows(null);
  }
});

test('Moby originals join the candidates in the written form, costed by vector distance', () => {
  const model = loadSpinModel();
  const options = { ...DEFAULT_DETECT_OPTIONS, mobyCandidates: 4, similarityWeight: 2, minSimilarity: 0.2 };
  const scorer = new AssociationScorer(model.counts, options.smoothing);
  setMobyRows(parseMobyRows('navy\tmilitary:69|fleet:74\nensure\tguarantee:79\n'));
  try {
    // Tiny vectors: guarantee and ensures have none, so their similarity is unknown and kept.
    const vectors = new ModelVectors(model.counts, tinyVectors());
    const lists = new CandidateLists(model.counts, scorer, options, new SubstitutionTable(), vectors);
    const navy = lists.build('navy', 'navy');
    assert.ok(navy.some((c) => c.text === 'military'));
    const ensures = lists.build('ensures', 'ensure');
    assert.ok(ensures.some((c) => c.text === 'guarantees'));
    // Without Moby rows or vectors, the list is WordNet's alone.
    const plain = new CandidateLists(model.counts, scorer, DEFAULT_DETECT_OPTIONS, new SubstitutionTable());
    assert.ok(!plain.build('navy', 'navy').some((c) => c.text === 'military'));
  } finally {
    setMobyRows(null);
  }
});

test('news vectors let the detector restore rare words that sit badly in their sentence', () => {
  const model = loadSpinModel();
  const doc = (text: string) =>
    buildDocument({ id: 'v', text, date: null, title: null, url: null, outlet: null });
  const sentences: Array<[string, string, string]> = [
    [
      'Eurozone interest rates are at 2%, but comments from senior functionaries have recently focused on the threat of inflation.',
      'functionaries',
      'officials',
    ],
    [
      'The finance minister has urged councils to limit increases but they have warned that they will struggle to wield services unless funding is increased.',
      'wield',
      'maintain',
    ],
  ];
  // The vector profile (the default before the news language model) and the operating point
  // before it, counts only (without the article-level bonus, as NEWS_COUNTS_OPTIONS), which finds
  // neither.
  const withVectors = createSpinAnalyzer(model, {
    changeCost: 8,
    channelWeight: 0.5,
    contextWeight: 14,
    rankWeight: 0.6,
    lmWeight: 0,
  });
  const countsOnly = createSpinAnalyzer(model, {
    changeCost: 5,
    channelWeight: 0.5,
    frequencyWeight: 0.8,
    contextWeight: 0,
    rankWeight: 0,
    lmWeight: 0,
    spunArticleBonus: 0,
  });
  for (const [text, written, original] of sentences) {
    const found = withVectors(doc(text)).spin;
    assert.deepEqual(
      found.map((f) => [f.text, f.suggestion]),
      [[written, original]],
    );
    assert.deepEqual(countsOnly(doc(text)).spin, []);
  }
  // Clean prose stays quiet.
  assert.deepEqual(
    withVectors(doc('The bank raised interest rates to curb inflation, officials said.')).spin,
    [],
  );
});

test('the rare-words bonus scales with how rare in news an article’s words are', () => {
  assert.equal(rareWordsScale(7.25), 0); // median clean news
  assert.equal(rareWordsScale(7.75), 0.5);
  assert.equal(rareWordsScale(8.1), 1); // real spun copies: 7.8-8.2
  const model = loadSpinModel();
  const common =
    'The government said on Monday that the economy grew faster than expected this year. '.repeat(4);
  const doc = (text: string) =>
    buildDocument({ id: 'r', text, date: null, title: null, url: null, outlet: null });
  // Common words: no bonus, so the same findings with and without it.
  assert.deepEqual(
    createSpinAnalyzer(model, { rareWordsBonus: 10 })(doc(common)).spin,
    createSpinAnalyzer(model)(doc(common)).spin,
  );
});
