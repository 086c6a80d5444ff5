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

test('"Brandt, who has in the past described …": "who" across an adjunct, the clause ending at its comma', () => {
  const s = byCue(
    analyze('Councillor Tomas Brandt, who has in the past described the mayor as reckless, spoke on Monday.'),
    'described',
  );
  assert.equal(s.speaker?.text, 'who');
  assert.equal(s.speaker_name, 'Tomas Brandt');
  assert.equal(s.content.text, 'the mayor as reckless');
  assert.equal(
    sourceOf(
      'Councillor Tomas Brandt, who has both endorsed the mayor and criticized her budget, spoke on Monday.',
      'endorsed',
    ).span,
    'who',
  );
});

test('"…, who, on a call Friday, criticized …": "who" before an aside in commas', () => {
  assert.equal(
    sourceOf(
      "Marsh's campaign staff, who, on a call Friday, criticized the mayor for waste, declined to comment.",
      'criticized',
    ).span,
    'who',
  );
});

test('"Tarn, a reporter who saw the crash and described it": the relative pronoun both verbs share', () => {
  assert.deepEqual(
    sourceOf(
      'Gil Tarn, a reporter for the Brisk Courier who saw the crash and described it in print, was not hurt.',
      'described',
    ),
    { span: 'who', name: 'Gil Tarn' },
  );
  assert.equal(
    sourceOf('Rey Olsen, who came out and endorsed Marsh on Tuesday, is a farmer.', 'endorsed').span,
    'who',
  );
});

test('"which critics said …", "He thanked those who quit but said …": no shared or object relative (guards the reach)', () => {
  assert.notEqual(
    sourceOf('The council passed a levy, which critics said was unfair to farmers.', 'said').span,
    'which',
  );
  assert.notEqual(
    sourceOf('The coach praised the players who left but said the squad would be stronger.', 'said').span,
    'who',
  );
});
