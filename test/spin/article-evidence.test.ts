import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDocument } from '../../src/text/document.js';
import { SpunArticleEvidence } from '../../src/spin/article-evidence.js';
import { DEFAULT_DETECT_OPTIONS } from '../../src/spin/options.js';
import { createSpinAnalyzer, loadSpinModel } from '../../src/spin/index.js';
import { SubstitutionTable } from '../../src/spin/learned.js';
import type { LatticeNode } from '../../src/spin/lattice.js';
import { seededRandom, spinArticle } from '../../scripts/spin/spinner.js';
import { latticeNode } from './lattice-node.js';

const docOf = (text: string) =>
  buildDocument({ id: 't', text, date: null, title: null, url: null, outlet: null });

const node = (start: number, end: number, inner: number, suggestion: string | null): LatticeNode =>
  latticeNode(start, inner, suggestion, { end, leftScore: -2, rightScore: -2 });

test('article evidence: a position counts once, when a one-word replacement beats the written word by the threshold', () => {
  const options = { ...DEFAULT_DETECT_OPTIONS, spunGainThreshold: 4, spunRateLow: 10, spunRateHigh: 20 };
  const evidence = new SpunArticleEvidence(options);
  const changeCost = 9;
  // Written pairs -3 and -3; a replacement's pairs -2 and -2: it gains 2 nats there, plus its inner
  // score given the change cost back.
  const written = node(5, 6, 0, null);
  evidence.observe([written, node(5, 6, -9 + 1.5, 'a')], 5, changeCost, -3, -3); // gains 3.5: no
  evidence.observe([written, node(5, 6, -9 + 2.5, 'b'), node(5, 6, -9 + 3, 'c')], 5, changeCost, -3, -3);
  evidence.observe([written, node(5, 7, -9 + 9, 'a phrase')], 5, changeCost, -3, -3); // not one word
  const words = (n: number) => docOf(Array.from({ length: n }, () => 'word').join(' ') + '.');
  const weightOf = (n: number): number => {
    evidence.count(words(n));
    return evidence.weight();
  };
  // One position in 50 words (+ 50 of prior length): 10 per 1,000, the bottom of the scale.
  assert.equal(weightOf(50), 0);
  assert.equal(evidence.full(), false);
  assert.equal(weightOf(17).toFixed(2), '0.49'); // 1,000 / 67 = 14.9
  evidence.observe([written, node(5, 6, -9 + 5, 'd')], 5, changeCost, -3, -3);
  assert.equal(weightOf(50), 1); // 2 in 100: 20 per 1,000
  assert.equal(evidence.full(), true);
  assert.ok(Math.abs(weightOf(100) - 1 / 3) < 1e-9); // 2 in 150: 13.3 per 1,000
  evidence.reset();
  assert.equal(weightOf(10), 0);
  // A garbled figure adds garbledFigureRate (here 5) per 1,000 words to the rate.
  const garbled = new SpunArticleEvidence({ ...options, garbledFigureRate: 5 });
  garbled.observe([written, node(5, 6, -9 + 5, 'd')], 5, changeCost, -3, -3);
  garbled.count(words(50), 0);
  assert.equal(garbled.weight(), 0); // 10 per 1,000
  garbled.count(words(50), 1);
  assert.equal(garbled.weight(), 0.5); // 15
  garbled.count(words(50), 2);
  assert.equal(garbled.full(), true); // 20
});

// Plain prose written for this test (no corpus text).
const CLEAN = [
  'The city council voted on Tuesday to raise the budget for public schools by four percent next year.',
  'The mayor said the money would pay for more teachers, new books and repairs to old buildings.',
  'Several members of the council asked how the city would pay for the plan without raising taxes.',
  'Officials said the state had promised to cover part of the cost, and that the rest would come from savings.',
  'Parents who spoke at the meeting welcomed the vote but said the schools needed more help than that.',
  'A final vote on the full budget is expected later this month, after a second public hearing.',
  'The council also approved a plan to repair roads in the north of the city before the winter.',
  'Work on the first roads is due to start next week and should be finished by the end of October.',
].join(' ');

test('an article that reads as spun is read again with a lower change cost; plain prose is not', () => {
  const model = loadSpinModel();
  const without = createSpinAnalyzer(model, { spunArticleBonus: 0 });
  const withBonus = createSpinAnalyzer(model, { spunArticleBonus: 4, spunMobyCandidates: 4 });
  const clean = docOf(CLEAN);
  assert.deepEqual(withBonus(clean).spin, without(clean).spin);
  const spun = spinArticle(CLEAN, seededRandom(7), 0.35);
  assert.notEqual(spun.text, CLEAN);
  const spunDoc = docOf(spun.text);
  // Read as spun: the lowered change cost lets more replacements through.
  const loose = createSpinAnalyzer(model, { spunArticleBonus: 4, spunRateLow: 0, spunRateHigh: 1e-9 });
  assert.ok(loose(spunDoc).spin.length > without(spunDoc).spin.length);
  for (const f of loose(spunDoc).spin) assert.equal(spun.text.slice(f.start, f.end), f.text);
});

test('a garbled figure is evidence of spin: the article is read again, as when it reads spun', () => {
  const model = loadSpinModel();
  // A spun text with a garbled figure, on a scale no count of positions reaches alone.
  const spun = spinArticle(`${CLEAN} Another 4,2000 people signed a petition.`, seededRandom(7), 0.35);
  const doc = docOf(spun.text);
  const scale = { spunRateLow: 500, spunRateHigh: 501, spunFindingsLow: 0 };
  const garbled = createSpinAnalyzer(model, { ...scale, garbledFigureRate: 1000 });
  const notGarbled = createSpinAnalyzer(model, { ...scale, garbledFigureRate: 0 });
  const always = createSpinAnalyzer(model, { spunRateLow: -2, spunRateHigh: -1 });
  assert.deepEqual(notGarbled(doc).spin, createSpinAnalyzer(model, { spunArticleBonus: 0 })(doc).spin);
  assert.deepEqual(garbled(doc).spin, always(doc).spin);
  assert.ok(garbled(doc).spin.length > notGarbled(doc).spin.length);
});

test("the first reading's findings are evidence too: three distinct spun wordings or more", () => {
  const model = loadSpinModel();
  const doc = docOf(spinArticle(CLEAN, seededRandom(7), 0.35).text);
  // Positions alone never make it read as spun on this scale; its findings do.
  const positionsOnly = { spunRateLow: 500, spunRateHigh: 501, garbledFigureRate: 0 };
  const once = createSpinAnalyzer(model, { spunArticleBonus: 0 })(doc).spin;
  assert.ok(new Set(once.map((f) => f.text.toLowerCase())).size >= 3, JSON.stringify(once));
  const byFindings = createSpinAnalyzer(model, {
    ...positionsOnly,
    spunFindingsLow: 1e-6,
    spunFindingsHigh: 2e-6,
  });
  const always = createSpinAnalyzer(model, { spunRateLow: -2, spunRateHigh: -1 });
  assert.deepEqual(byFindings(doc).spin, always(doc).spin);
  assert.ok(byFindings(doc).spin.length > once.length);
  const off = createSpinAnalyzer(model, { ...positionsOnly, spunFindingsLow: 0 });
  assert.deepEqual(off(doc).spin, once);
  // Clean prose finds too little in its first reading to be read again.
  const clean = docOf(CLEAN);
  assert.deepEqual(byFindings(clean).spin, createSpinAnalyzer(model, { spunArticleBonus: 0 })(clean).spin);
});

test('in an article that reads spun, a capitalised word pays spunCapitalCost: spinners swap parts of names', () => {
  const model = loadSpinModel();
  const always = { spunRateLow: -2, spunRateHigh: -1 };
  const doc = docOf('Shares fell on the New York Stock Interchange on Monday, traders said.');
  const names = createSpinAnalyzer(model, { ...always, capitalCost: 5, spunCapitalCost: 0 })(doc).spin;
  assert.deepEqual(
    names.map((f) => [f.text, f.suggestion]),
    [['Interchange', 'Exchange']],
  );
  assert.deepEqual(
    createSpinAnalyzer(model, { ...always, capitalCost: 5, spunCapitalCost: 5 })(doc).spin,
    [],
  );
});

test('in an article that reads spun, findings need spunMinConfidence: the same path, more of it reported', () => {
  const model = loadSpinModel();
  const always = { spunRateLow: -2, spunRateHigh: -1 };
  const doc = docOf(spinArticle(CLEAN, seededRandom(7), 0.35).text);
  const strict = createSpinAnalyzer(model, { ...always, spunMinConfidence: 0.85 })(doc).spin;
  const loose = createSpinAnalyzer(model, { ...always, spunMinConfidence: 0.5 })(doc).spin;
  assert.ok(loose.length > strict.length);
  for (const f of strict) assert.ok(loose.some((g) => g.start === f.start && g.suggestion === f.suggestion));
  for (const f of loose) assert.ok(f.confidence >= 0.5);
  // Clean prose read once keeps minConfidence.
  const clean = docOf(CLEAN);
  assert.deepEqual(
    createSpinAnalyzer(model, { spunMinConfidence: 0.5 })(clean).spin,
    createSpinAnalyzer(model, { spunMinConfidence: 0.85 })(clean).spin,
  );
});

test('in an article that reads clearly spun, words keep spunMaxCandidates candidates, never fewer than maxCandidates', () => {
  const model = loadSpinModel();
  const always = { spunRateLow: -2, spunRateHigh: -1 };
  const doc = docOf(spinArticle(CLEAN, seededRandom(7), 0.35).text);
  const spinOf = (o: object) => createSpinAnalyzer(model, { ...always, ...o })(doc).spin;
  assert.deepEqual(
    spinOf({ maxCandidates: 8, spunMaxCandidates: 2 }),
    spinOf({ maxCandidates: 8, spunMaxCandidates: 8 }),
  );
  assert.notDeepEqual(
    spinOf({ maxCandidates: 1, spunMaxCandidates: 1 }),
    spinOf({ maxCandidates: 1, spunMaxCandidates: 12 }),
  );
});

test('no second reading with learned substitutions: they have their own article-level weight', () => {
  const model = loadSpinModel();
  const substitutions = new SubstitutionTable();
  substitutions.add('gargantuan', 'big', 3);
  const learnedModel = { ...model, substitutions };
  const spunDoc = docOf(spinArticle(CLEAN, seededRandom(7), 0.35).text);
  const always = { spunArticleBonus: 4, spunRateLow: 0, spunRateHigh: 1e-9 };
  assert.deepEqual(
    createSpinAnalyzer(learnedModel, always)(spunDoc).spin,
    createSpinAnalyzer(learnedModel, { spunArticleBonus: 0 })(spunDoc).spin,
  );
  assert.notDeepEqual(
    createSpinAnalyzer(model, always)(spunDoc).spin,
    createSpinAnalyzer(model, { spunArticleBonus: 0 })(spunDoc).spin,
  );
});

test('no Moby original for a word WordNet has no candidate for ("amid" is not spun "with")', () => {
  const always = createSpinAnalyzer(loadSpinModel(), { spunRateLow: -2, spunRateHigh: -1 });
  const text =
    'Harbour spokesman Tom Reiss stated Eastport has credible reports about a serious fuel leak, amid heightened fears.';
  const found = always(docOf(text)).spin.map((f) => `${f.text} -> ${f.suggestion}`);
  assert.ok(found.includes('stated -> said'), found.join('; '));
  assert.ok(!found.some((f) => f.startsWith('amid')), found.join('; '));
});
