// Relative pronouns as sources, as PolNeAR marks them (every text here is invented): the source
// span is the relative "that"/"who"/"which" itself, its antecedent the resolved speaker name.
// Each test fails on the extractor as it was before its fix, unless its comment says it guards a
// fix's reach.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, byCue } from './helpers.js';

const sourceOf = (text: string, cue: string) => {
  const s = byCue(analyze(text), cue);
  return { span: s.speaker?.text ?? null, name: s.speaker_name };
};

test('"an ad that accused …": the subject "that" is the source, the noun phrase before it its name', () => {
  assert.deepEqual(
    sourceOf(
      'The Harbor Alliance paid for an ad that accused Mayor Dana Pell of lying about the budget.',
      'accused',
    ),
    { span: 'that', name: 'an ad' },
  );
  assert.deepEqual(
    sourceOf('The council received a letter that said the bridge would close in May.', 'said'),
    {
      span: 'that',
      name: 'a letter',
    },
  );
});

test('"protest groups that oppose …": a plural\'s bare verb after "that"', () => {
  assert.deepEqual(
    sourceOf('Farmers joined protest groups that oppose the new dam on the Varn river.', 'oppose'),
    {
      span: 'that',
      name: 'protest groups',
    },
  );
});

test('"That suggests …": a demonstrative subject opening the sentence', () => {
  assert.equal(sourceOf('That suggests the tram will not open before next winter.', 'suggests').span, 'That');
});

test('a complement\'s "that" stays no source (guards the reach of the "that" rule)', () => {
  assert.equal(sourceOf('Officials said that claims of fraud were false.', 'said').span, 'Officials');
  assert.equal(
    sourceOf('The mayor argued that rivals had lied about the budget.', 'argued').span,
    'The mayor',
  );
});
