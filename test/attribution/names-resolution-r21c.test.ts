// Names given to descriptions of a company and to "it": the body that spoke of itself as "it"
// ("Quenby Bancorp said it …"), and a description with words before its noun ("the garden
// supplies company", "the Norwegian firm") read as "the company" is (every text here is
// invented). Each test fails on the extractor as it was before its fix, unless it says it guards.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from './helpers.js';

test('"The company" and the "It" after it are the firm that spoke of itself as "it"', () => {
  const text =
    'Quenby Bancorp said it will set aside 12 mln dlrs for farm loans that may go unpaid. ' +
    'It said the harvest should help its borrowers. The company said the step was a cautious one. ' +
    'It said a further step could follow.';
  const names = analyze(text).map((s) => s.speaker_name);
  assert.deepEqual(names, ['Quenby Bancorp', 'Quenby Bancorp', 'Quenby Bancorp', 'Quenby Bancorp']);
});

test('"the garden supplies company" is the firm named before, as "the company" would be', () => {
  const text =
    'Tolbrook Seeds Corp said it will open two depots in the north next spring. ' +
    'Each depot will hold about 5,000 tonnes of seed, the garden supplies company said.';
  const st = analyze(text);
  assert.equal(st[st.length - 1].speaker?.text, 'the garden supplies company');
  assert.equal(st[st.length - 1].speaker_name, 'Tolbrook Seeds Corp');
});

test('"The Norwegian firm": an adjective before the noun still names the firm that spoke', () => {
  const text =
    'Orsana Telecom said it would sell its cable unit for 90 mln dlrs. ' +
    'The Norwegian firm said the sale would close in June.';
  const st = analyze(text);
  assert.equal(st[1].speaker_name, 'Orsana Telecom');
});

test('guard: "The union" after a firm that spoke as "it" is not the firm', () => {
  const text =
    'Fenwick Motors said it would cut 300 jobs at its plant in Dunmore. The union said the cuts were a betrayal.';
  const st = analyze(text);
  assert.notEqual(st[1].speaker_name, 'Fenwick Motors');
});

test('guard: a person who said "it was …" is no company', () => {
  const text =
    'Ridley Farms reported a fall in sales. Dana Whitlow said it was a hard year for growers. ' +
    'The company said prices would recover.';
  const st = analyze(text);
  assert.notEqual(st[st.length - 1].speaker_name, 'Dana Whitlow');
});
