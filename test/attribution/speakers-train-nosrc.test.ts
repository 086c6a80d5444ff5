// Subjects set apart from their cue by asides (commas, dashes, brackets), which the extractor
// left without a speaker (every text here is invented): each test fails on the extractor as it
// was before aside-subjects.ts, unless its comment says it guards the rule's reach.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from './helpers.js';

const first = (text: string, cue: string) => analyze(text).find((s) => s.cue.text.startsWith(cue));

test('"Sen. Ada Holm (D-Ore.), said": a party and state in brackets, then a comma', () => {
  const s = first(
    'The bill stalled on Monday. Sen. Ada Holm (D-Ore.), said after a lunch that she had not read it.',
    'said',
  );
  assert.equal(s?.speaker?.text, 'Sen. Ada Holm (D-Ore.)');
  assert.equal(s?.speaker_name, 'Ada Holm');
});

test('"Ken Rusk — a teacher from Elm Park — says": a subject and its aside in dashes', () => {
  const s = first(
    'The vote is near. Ken Rusk — a teacher from Elm Park — says he chose the mayor at the last minute.',
    'says',
  );
  assert.equal(s?.speaker_name, 'Ken Rusk');
  assert.ok(s?.speaker?.text.startsWith('Ken Rusk'));
});

test('"Many mourners at the service — including farmers, nurses — said": a quantified group before a dash aside', () => {
  const s = first(
    'The mayor was buried on Sunday. Many mourners at the service — including farmers, nurses, clerks — said his loss was hard to bear.',
    'said',
  );
  assert.equal(s?.speaker_name, 'Many mourners at the service');
});

test('"Or, as Ida Lunn, a former minister of transport, put it:": the subject after "as" and before its appositive', () => {
  const s = first(
    'The vote is near. Or, as Ida Lunn, a former minister of transport, put it: "The wolves are inside."',
    'put it',
  );
  assert.equal(s?.speaker_name, 'Ida Lunn');
});

test('"Last week, Ed Pole, editor of The Ledger, an old paper, wrote": a time phrase, then two appositives', () => {
  const s = first(
    'Last week, Ed Pole, editor at large of The Ledger, an old weekly paper, wrote, "We should think of the river."',
    'wrote',
  );
  assert.equal(s?.speaker_name, 'Ed Pole');
});

test('"It was no accident — Ben Osk, a spokesman for the mayor, told": a subject after a dash that ends a clause', () => {
  const s = first(
    'It was no accident — Ben Osk, a spokesman for the mayor, told the Gazette that the council had been warned.',
    'told',
  );
  assert.equal(s?.speaker_name, 'Ben Osk');
});

// (Guards the rule's reach: passes before it too.)
test('"Acts of courage, the mayor said, are …, as the boy, running for the bus, said": no subject across a clause in commas', () => {
  const text =
    'Acts of courage, the mayor said, are acts of love, as the boy, running for the bus in the rain, said before he left.';
  const s = analyze(text).find((x) => x.cue.text === 'said' && x.cue.start > 40);
  assert.notEqual(s?.speaker?.text.startsWith('Acts'), true);
});
