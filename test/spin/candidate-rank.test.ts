import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSpinModel } from '../../src/spin/model.js';
import { CandidateLists } from '../../src/spin/candidate-lists.js';
import { CandidateRank } from '../../src/spin/candidate-rank.js';
import { AssociationScorer } from '../../src/spin/scoring.js';
import { DEFAULT_DETECT_OPTIONS, type DetectOptions } from '../../src/spin/options.js';
import { SubstitutionTable } from '../../src/spin/learned.js';

const model = loadSpinModel();
const scorer = new AssociationScorer(model.counts, DEFAULT_DETECT_OPTIONS.smoothing);
const listsWith = (options: Partial<DetectOptions>) =>
  new CandidateLists(
    model.counts,
    scorer,
    { ...DEFAULT_DETECT_OPTIONS, ...options },
    new SubstitutionTable(),
  );
const written: Array<[string, string]> = [
  ['stated', 'state'],
  ['charges', 'charge'],
  ['navy', 'navy'],
  ['gear', 'gear'],
  ['kept up', 'keep up'],
  ['authorized', 'authorize'],
];

test('by default candidates rank by their count in the model', () => {
  const rank = new CandidateRank(model.counts, DEFAULT_DETECT_OPTIONS);
  const id = model.counts.find('said');
  assert.equal(rank.key(id, 5), model.counts.count(id));
  assert.equal(rank.usesCost, false);
});

test('with a rank cost a cheap relation can rank above a more frequent word', () => {
  const rank = new CandidateRank(model.counts, { candidateRanking: 'counts', candidateRankCost: 1 });
  const common = model.counts.find('said');
  const rarer = model.counts.find('stated');
  assert.ok(rank.key(common, 0) > rank.key(rarer, 0));
  assert.ok(rank.key(rarer, 0) > rank.key(common, 20));
});

for (const options of [
  { candidateRankCost: 1 },
  { candidateRanking: 'news' as const },
  { candidateRanking: 'news' as const, candidateRankCost: 1 },
]) {
  test(`ranking ${JSON.stringify(options)} changes only which candidates are cut, equally from rows and strings`, () => {
    const all = (o: Partial<DetectOptions>, norm: string, lemma: string) =>
      listsWith({ ...o, maxCandidates: 10_000 })
        .build(norm, lemma)
        .map((c) => c.text)
        .sort();
    for (const [norm, lemma] of written) {
      assert.deepEqual(all(options, norm, lemma), all({}, norm, lemma), norm);
      const cut = listsWith({ ...options, maxCandidates: 4 });
      assert.deepEqual(
        cut.build(norm, lemma),
        listsWith({ ...options, maxCandidates: 4 }).buildFromStrings(norm, lemma),
        norm,
      );
    }
  });
}
