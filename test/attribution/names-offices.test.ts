// Names given to descriptions and pronouns: an office with "shadow", "deputy" or "vice" before it
// is another office (every text here is invented). Each test fails on the extractor as it was
// before its fix, unless it says it guards.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, byCue } from './helpers.js';

test('"the chancellor" is not the shadow chancellor named since', () => {
  const text =
    'Chancellor Mara Quist opened the debate in Lowrie on Monday. She said the cuts proposed by shadow ' +
    'chancellor Oskar Lind would close every clinic in the county. Closing her speech, the chancellor ' +
    'pledged to keep the budget balanced for five more years.';
  assert.equal(byCue(analyze(text), 'pledged').speaker_name, 'Mara Quist');
});

test('"the mayor" is not the deputy mayor named since', () => {
  const text =
    'Mayor Ilse Brandt met the unions on Friday. Deputy Mayor Pavel Ros walked out early. ' +
    'The mayor said the talks would resume next week.';
  assert.equal(byCue(analyze(text), 'said').speaker_name, 'Ilse Brandt');
});

test('guard: "Harbour FM DJ Tom Reese said": the DJ is a title, and "He added" is Tom Reese', () => {
  const text =
    'The band won the award at the Kelby festival. Harbour FM DJ Tom Reese said: "Nobody played ' +
    'louder all summer." He added: "They earned every vote."';
  const st = analyze(text);
  assert.equal(byCue(st, 'said').speaker_name, 'Tom Reese');
  assert.equal(byCue(st, 'added').speaker_name, 'Tom Reese');
});
