// Speakers, cues and stances found wrong by reading invented news (the fifteenth session's
// round; every text here is invented): each test fails on the extractor as it was before its fix,
// unless its comment says it guards a fix's reach.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from './helpers.js';

test('a woman named in apposition to a description is still no "he" by her surname', () => {
  const statements = analyze(
    'His sister, Petra Lindqvist, read a statement. Lindqvist said the family wanted answers.\n\n' +
      'Detectives said a 50-year-old man had been questioned. He has denied wrongdoing.',
  );
  const denial = statements.find((s) => s.cue.text === 'has denied');
  assert.ok(denial);
  assert.notEqual(denial.speaker_name, 'Petra Lindqvist');
});

test('"the union" after a company that spoke is not the company', () => {
  const statements = analyze(
    'Brackwell Plastics said it would close its plant in March.\n\nThe union said the decision was a betrayal.',
  );
  assert.equal(statements[1].speaker?.text, 'The union');
  assert.equal(statements[1].speaker_name, 'The union');
  // Guards the reach: a union whose name says it is one is still taken up.
  const union = analyze(
    'The Guild of Harbour Pilots said the pay offer was an insult.\n\nThe union said it would ballot members.',
  );
  assert.equal(union[1].speaker_name, 'Guild of Harbour Pilots');
});
