// Statements read wrong in invented arts, conflict and transport news (the eighteenth session,
// helper a; every text here is invented): each test fails on the extractor as it was before its
// fix, unless its comment says it guards a fix's reach.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from './helpers.js';

const lines = (text: string) =>
  analyze(text).map(
    (s) => `${s.stance}/${s.type} ${s.speaker?.text ?? '-'} <${s.cue.text}> ${s.content.text}`,
  );

test('"advised" a listener to do something: a call of its own, also after a said-clause', () => {
  assert.deepEqual(lines('The carrier advised passengers to travel only if essential.'), [
    'call/indirect The carrier <advised> passengers to travel only if essential',
  ]);
  assert.deepEqual(lines('The ferry operator advised passengers to stay indoors.'), [
    'call/indirect The ferry operator <advised> passengers to stay indoors',
  ]);
  assert.deepEqual(
    lines(
      'Harlen Trams said only 15 percent of services were running, and advised passengers to travel only if essential.',
    ),
    [
      'assert/indirect Harlen Trams <said> only 15 percent of services were running',
      'call/indirect Harlen Trams <advised> passengers to travel only if essential',
    ],
  );
  assert.deepEqual(
    lines('Veldmoor Water said supplies were low and advised residents to boil their tap water.'),
    [
      'assert/indirect Veldmoor Water <said> supplies were low',
      'call/indirect Veldmoor Water <advised> residents to boil their tap water',
    ],
  );
});

test('a noun or a gerund of a verb of telling is no directive cue (guards the reach)', () => {
  assert.deepEqual(
    analyze('Those promises add up to more than $3 million, the auditor said.').map((s) => s.cue.text),
    ['said'],
  );
});
