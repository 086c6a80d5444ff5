import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDocument } from '../../src/text/document.js';
import { NgramCounts } from '../../src/spin/model.js';
import { learnSubstitutions, substitutionsOf, SubstitutionTable } from '../../src/spin/learned.js';
import { createSpinAnalyzer } from '../../src/spin/index.js';

const doc = (text: string) =>
  buildDocument({ id: 't', text, date: null, title: null, url: null, outlet: null });

test('word-for-word substitutions are read off a spun passage and its source', () => {
  const { substitutions, kept } = substitutionsOf({
    copy: 'Kirby informed reporters on the Pentagon that lengthy merchants sold.',
    source: 'Kirby told reporters at the Pentagon that long traders sold.',
  });
  assert.deepEqual(substitutions, [
    { spun: 'informed', original: 'told' },
    { spun: 'on', original: 'at' },
    // Side-by-side swaps are learned word by word.
    { spun: 'lengthy', original: 'long' },
    { spun: 'merchants', original: 'traders' },
  ]);
  assert.ok(kept.includes('reporters') && !kept.includes('informed'));
});

test('names, figures and rewrites teach nothing', () => {
  const names = substitutionsOf({
    copy: 'Spokesman Juan Kirby said 8,5000 troops were ready.',
    source: 'Spokesman John Kirby said 8,500 troops were ready.',
  });
  assert.deepEqual(names.substitutions, []);
  const rewrite = substitutionsOf({
    copy: 'Officials in Kyiv dismissed the report as baseless on Friday.',
    source: 'The claims were rejected by Ukraine, which called them false.',
  });
  assert.deepEqual(rewrite.substitutions, []);
});

test('the table keeps how often a word was a substitution and how often it was kept', () => {
  const t = learnSubstitutions([
    { copy: 'They met within the hall for talks.', source: 'They met in the hall for talks.' },
    { copy: 'Prices rose within the week for traders.', source: 'Prices rose in the week for traders.' },
    { copy: 'They waited for the vote for hours.', source: 'They waited at the vote for hours.' },
  ]);
  assert.equal(t.shareOf('within', 'in'), 1);
  // "for" stood for "at" once and was kept three times.
  assert.equal(t.shareOf('for', 'at'), 1 / 4);
  const round = SubstitutionTable.parse(t.serialize());
  assert.equal(round.shareOf('for', 'at'), 1 / 4);
  assert.equal(round.size, t.size);
});

const FIXTURE = [
  'Traders sold in the morning and bought in the evening.',
  'Long traders said the price fell in the week.',
  'The price rose in the afternoon as traders bought.',
  'Short traders and long traders met in the city.',
].join('\n\n');

function modelWith(substitutions: SubstitutionTable) {
  const counts = new NgramCounts();
  for (let i = 0; i < 20; i++) counts.addText(FIXTURE);
  return { counts, meta: { sources: ['test'], articles: 1, words: 0, built: '' }, dir: null, substitutions };
}

test('learned substitutions restore a spun-looking article and stay quiet on a clean one', () => {
  const learned = learnSubstitutions([
    { copy: 'Lengthy merchants offered within the morning.', source: 'Long traders sold in the morning.' },
    { copy: 'The worth rose within the week.', source: 'The price rose in the week.' },
    { copy: 'Merchants purchased within the night.', source: 'Traders bought in the evening.' },
  ]);
  const analyze = createSpinAnalyzer(modelWith(learned), { minConfidence: 0.6 });
  const spun = 'Lengthy merchants said the worth fell within the week.';
  const found = analyze(doc(spun)).spin.map((f) => `${f.text}→${f.suggestion}`);
  assert.ok(found.includes('worth→price'), JSON.stringify(found));
  assert.ok(found.includes('within→in'), JSON.stringify(found));
  // The same words in a page that otherwise reads as written news: no learned bonus, no finding.
  const clean =
    'Long traders said the price fell in the week. The price rose in the afternoon as traders bought. Short traders and long traders met in the city within the hour.';
  assert.deepEqual(analyze(doc(clean)).spin, []);
});
