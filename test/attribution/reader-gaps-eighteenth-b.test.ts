// Statements found wrong or missing by reading invented news (the eighteenth session, helper b;
// every text here is invented): each test fails on the extractor as it was before its fix, unless
// its comment says it guards a fix's reach.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, analyzeUnfiltered } from './helpers.js';

const lines = (text: string) =>
  analyze(text).map((s) => [s.speaker?.text ?? null, s.cue.text, s.content.text, s.stance]);

test('"Inspectors at the water board believe …": a bare verb agrees with the plural head before its prepositional phrase', () => {
  assert.deepEqual(lines('Inspectors at the regional water board believe the leaks will be fixed by June.'), [
    ['Inspectors at the regional water board', 'believe', 'the leaks will be fixed by June', 'believe'],
  ]);
  // (A bare plural opens the believed clause as well as a determiner does. The statement filter,
  // retrained with each round, keeps or drops this one by a small margin: read without it.)
  assert.deepEqual(
    analyzeUnfiltered('Officials at the schools department believe standards will slip.').map((s) => [
      s.speaker?.text ?? null,
      s.cue.text,
      s.content.text,
      s.stance,
    ]),
    [['Officials at the schools department', 'believe', 'standards will slip', 'believe']],
  );
  assert.deepEqual(lines('Wardens at the parks department expect visitors to return.'), [
    ['Wardens at the parks department', 'expect', 'visitors to return', 'believe'],
  ]);
});

test('"… [expect numbers] to rise": the plural object of a bare verb before an infinitive is the content\'s', () => {
  assert.deepEqual(lines('Officials at the parks department expect numbers to rise.'), [
    ['Officials at the parks department', 'expect', 'numbers to rise', 'believe'],
  ]);
});

test('"The note also says …", "The notes also say …": an adverb between a noun subject and its verb of saying leaves the noun out of the cue', () => {
  assert.deepEqual(lines('The note also says the library will shut on Mondays.'), [
    ['The note', 'also says', 'the library will shut on Mondays', 'assert'],
  ]);
  assert.deepEqual(lines('Her note also argues the depot should close.'), [
    ['Her note', 'also argues', 'the depot should close', 'assert'],
  ]);
  assert.deepEqual(lines('The notes also say the ferry will stop running in May.'), [
    ['The notes', 'also say', 'the ferry will stop running in May', 'assert'],
  ]);
});

test('"went on to become", "rose to fame on": what someone did next or how they became known is no saying', () => {
  assert.deepEqual(lines('Tomas Brell went on to become the first head teacher at the academy.'), []);
  assert.deepEqual(
    lines('Ilse Varga, who rose to prominence on the panel show "Quick Wits", said she would retire.').map(
      (l) => l.slice(0, 2),
    ),
    [['Ilse Varga', 'said']],
  );
  // (Going on to say something is still a saying.)
  assert.deepEqual(
    lines('Tomas Brell went on to say the academy had saved the village.').map((l) => l.slice(0, 3)),
    [['Tomas Brell', 'went on to say', 'the academy had saved the village']],
  );
});

test('"Ilse Varga, who rose to prominence on “Quick Wits”, posted …": a quoted title closes the subject\'s relative clause, so the subject is no content of an inverted saying', () => {
  // (PolNeAR marks postings as statements: the posting is Ilse Varga's.)
  assert.deepEqual(
    lines(
      'Ilse Varga, who rose to prominence on the panel show "Quick Wits", posted a photograph of her dog.',
    ).map((l) => l.slice(0, 2)),
    [['Ilse Varga', 'posted']],
  );
});

test('"The ambassador, Ilona Vesk, was summoned on Thursday after …": being summoned with no call to do anything is no saying', () => {
  assert.deepEqual(
    lines(
      'The ambassador, Ilona Vesk, was summoned on Thursday after she described the closure as "inhuman".',
    ).map((l) => l.slice(0, 2)),
    [['she', 'described']],
  );
});
