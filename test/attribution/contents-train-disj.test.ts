// Cues whose subject is what is held or felt and whose object holds it (reversed-roles.ts; every
// text here is invented): each test fails on the extractor as it was before the fix, unless its
// comment says it guards the fix's reach.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, analyzeUnfiltered } from './helpers.js';
import type { Statement } from '../../src/attribution/index.js';

const find = (statements: Statement[], cue: string) => statements.find((s) => s.cue.text.startsWith(cue));

test('"X picked up the endorsement of Y": Y is the source and X the content', () => {
  const s = find(
    analyzeUnfiltered(
      'The race tightened on Friday. The Brennmoor senator picked up the endorsement of Gov. Ilsa Moravec. Polls open next week.',
    ),
    'the endorsement',
  );
  assert.equal(s?.speaker?.text, 'Gov. Ilsa Moravec');
  assert.equal(s?.content.text, 'The Brennmoor senator');
});

test('"X has the support of Y": the holders after "of" speak, the subject is the content', () => {
  const s = find(
    analyzeUnfiltered('Dorn has the support of retired teachers and nurses.'),
    'has the support',
  );
  assert.equal(s?.speaker?.text, 'retired teachers and nurses');
  assert.equal(s?.content.text, 'Dorn');
});

test('"X has exasperated Y": the one exasperated is the source, what exasperates the content', () => {
  const s = find(
    analyzeUnfiltered('Such talk from the council has exasperated harbour owners.'),
    'has exasperated',
  );
  assert.equal(s?.speaker?.text, 'harbour owners');
  assert.equal(s?.content.text, 'Such talk from the council');
});

test('"X resonated with Y": the listeners are the source', () => {
  const s = find(
    analyzeUnfiltered('Her slogan about cheaper bread resonated with older voters in the valley towns.'),
    'resonated with',
  );
  assert.equal(s?.speaker?.text, 'older voters');
  assert.equal(s?.content.text, 'Her slogan about cheaper bread');
});

test('guards the reach: "in support of", "have sought support from" and "was alarmed that" keep their subject as speaker', () => {
  const a = find(
    analyze('Dockworkers have rallied in support of the strike, their union said.'),
    'have rallied in support of',
  );
  if (a) assert.notEqual(a.content.text, 'Dockworkers');
  const b = find(
    analyzeUnfiltered('Both candidates have sought support from farm unions while courting city voters.'),
    'have sought support',
  );
  if (b) assert.notEqual(b.content.text, 'Both candidates');
  const c = find(analyzeUnfiltered('The mayor was alarmed that the bridge had closed.'), 'was alarmed');
  if (c) assert.equal(c.speaker?.text, 'The mayor');
});
