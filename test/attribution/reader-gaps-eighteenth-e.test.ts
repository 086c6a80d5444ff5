// Statements read wrong in invented news (the eighteenth session, part e; every text here is
// invented): each test fails on the extractor as it was before its fix, unless its comment says it
// guards a fix's reach.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from './helpers.js';

const shown = (text: string) =>
  analyze(text).map(
    (s) => `${s.stance}/${s.type} ${s.speaker?.text ?? '-'} <${s.cue.text}> ${s.content.text}`,
  );

test('an agentless passive of telling with "to" and a verb is a call, its cue opening at the auxiliary', () => {
  assert.deepEqual(shown('Ferry travellers were advised to check the timetable before setting out.'), [
    'call/indirect - <were advised> Ferry travellers were advised to check the timetable before setting out',
  ]);
  // (The agentful and the active forms read as before.)
  assert.deepEqual(shown('The harbour master advised travellers to check the timetable.'), [
    'call/indirect The harbour master <advised> travellers to check the timetable',
  ]);
});

test('"…, a claim rejected by AGENT": the agent rejects the claim noun phrase, and the clause before keeps its own statement', () => {
  assert.deepEqual(
    shown('The Orlan Guard said it had retaken the ford, a claim rejected by border militia leaders.'),
    [
      'assert/indirect The Orlan Guard <said> it had retaken the ford',
      'deny/indirect border militia leaders <rejected> a claim',
    ],
  );
  // (A participle the tagger leaves untagged is a cue too, after a dash as after a comma.)
  assert.deepEqual(
    shown('The Orlan Guard said 40 of its soldiers had died - an estimate disputed by the Kessel garrison.'),
    [
      'assert/indirect The Orlan Guard <said> 40 of its soldiers had died',
      'deny/indirect the Kessel garrison <disputed> an estimate',
    ],
  );
});

test('an agentless charge in the present ("is charged with") is a statement like the past one, its cue opening at the auxiliaries', () => {
  assert.deepEqual(shown('The former harbour commissioner is charged with taking bribes.'), [
    'accuse/indirect - <is charged with> The former harbour commissioner is charged with taking bribes',
  ]);
  assert.deepEqual(shown('Border wardens have sometimes been accused of harming the herders they guard.'), [
    'accuse/indirect - <have sometimes been accused of> Border wardens have sometimes been accused of harming the herders they guard',
  ]);
  // (A charge left with its preposition ends a relative clause, and says nothing of its own.)
  assert.equal(
    shown('After years of the thefts the commissioner is charged with, the inquiry has finally begun.').some(
      (l) => l.includes('charged with'),
    ),
    false,
  );
});

test('"…, while the militia puts the number at more than 500": the other party\'s figure is a statement of its own', () => {
  assert.deepEqual(
    shown(
      'The Dorvan health office says 212 people have died, while the hill militia puts the number at more than 400.',
    ),
    [
      'assert/indirect The Dorvan health office <says> 212 people have died',
      'assert/indirect the hill militia <puts> the number at more than 400',
    ],
  );
  // (Keeping a rate at a figure sets it; it claims nothing.)
  assert.deepEqual(shown('The Dorvan central bank kept the rate at 5 percent.'), []);
});
