// Speaker spans found wrong on PolNeAR train, each fixed by a general rule (every text here is
// invented): each test fails on the extractor as it was before its fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from './helpers.js';

const speakerOf = (text: string, cue: string) =>
  analyze(text).find((s) => s.cue.text.includes(cue))?.speaker?.text ?? null;

test('"Ultimately, Mr. Varn ignored the advice and refused …": an opening adverb is no speaker of the second predicate', () => {
  assert.equal(
    speakerOf(
      'The ministry sent a letter. Ultimately, Mr. Varn ignored the advice and refused to sign the pact.',
      'refused',
    ),
    'Mr. Varn',
  );
  assert.equal(
    speakerOf(
      'Publicly, the mayor quarrels with the council and dismisses the usual approaches of his predecessors.',
      'dismisses',
    ),
    'the mayor',
  );
  assert.equal(
    speakerOf(
      'Essentially, the auditors went through the ledgers and found that a payment was missing.',
      'found',
    ),
    'the auditors',
  );
});

test('"Earlier this week, senior members of the board wrote …, urging": a lowercase subject after an opening phrase', () => {
  assert.equal(
    speakerOf(
      'Earlier this week, senior members of the board also wrote to Kade, urging the office to review the rules.',
      'urging',
    ),
    'senior members',
  );
});

test('"Mara Vinn, a builder, descended a staircase … to declare": an infinitive of purpose is its clause subject\'s', () => {
  assert.equal(
    speakerOf(
      'Mara Vinn, a wealthy builder, descended a staircase at Vinn Tower in Calder to declare her candidacy.',
      'to declare',
    ),
    'Mara Vinn',
  );
  assert.equal(
    speakerOf('Dr. Bram Tolle used much of his speech to call for new taxes on land.', 'to call'),
    'Dr. Bram Tolle',
  );
  assert.equal(
    speakerOf('Ben Ortega stood at a Lind rally on Monday to say he was backing her.', 'to say'),
    'Ben Ortega',
  );
});

test('"Earlier this month, both chambers of the assembly, citing …": a quantified lowercase subject, not the time before it', () => {
  assert.equal(
    speakerOf(
      'Earlier this month, both chambers of the assembly, citing low morale, passed bills dropping the plans.',
      'citing',
    ),
    'both chambers',
  );
});
