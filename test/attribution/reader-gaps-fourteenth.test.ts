// Speakers, cues and stances found wrong by reading invented news (the fourteenth session's
// round; every text here is invented): each test fails on the extractor as it was before its fix,
// unless its comment says it guards a fix's reach.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from './helpers.js';

test('"said in a statement released by his lawyers": the lawyers only passed the words on', () => {
  const quoted = analyze(
    '"I never touched the money," the actor said in a statement released by his lawyers.',
  );
  assert.equal(quoted.length, 1);
  assert.equal(quoted[0].speaker?.text, 'the actor');
  assert.equal(quoted[0].content.text, '"I never touched the money,"');
  const reported = analyze('The singer said in a statement issued by her agent that she would appeal.');
  assert.equal(reported.length, 1);
  assert.equal(reported[0].speaker?.text, 'The singer');
  assert.equal(reported[0].content.text, 'that she would appeal');
});

test('two bare plurals joined at the start of a sentence speak together', () => {
  for (const [text, speaker] of [
    ['Parents and teachers criticised the closure of the library.', 'Parents and teachers'],
    ['Police and prosecutors said the driver had fled.', 'Police and prosecutors'],
    ['Librarians and free-speech campaigners condemned the ban.', 'Librarians and free-speech campaigners'],
  ]) {
    assert.equal(analyze(text)[0].speaker?.text, speaker, text);
  }
  // Guards the reach: a clause before "and" is no part of the speaker.
  assert.equal(analyze('Prices rose and traders said the rally would fade.')[0].speaker?.text, 'traders');
  // (A text that opens on "And" has no word before it.)
  assert.equal(analyze('And teachers said the plan was unfair.')[0].speaker?.text, 'teachers');
});

test('"Cllr" is a title, left out of the speaker\'s name', () => {
  const statements = analyze(
    'Cllr Maria Valdane said the scheme was rushed. She added that residents were angry.',
  );
  assert.equal(statements[0].speaker_name, 'Maria Valdane');
  assert.equal(statements[1].speaker_name, 'Maria Valdane');
});

test('stances: turning down a call, declining an interview, offering a view', () => {
  assert.equal(analyze('The ministry rejected calls for a public inquiry.')[0].stance, 'assert');
  for (const text of [
    'The head teacher declined to be interviewed.',
    'Brandvik declined an interview request.',
  ])
    assert.equal(analyze(text)[0].stance, 'decline', text);
  for (const text of [
    'His co-star, Ilse Marrow, offered a different view.',
    'The economist offered a more cautious assessment.',
  ])
    assert.equal(analyze(text)[0].stance, 'assert', text);
  // Guards the reach: an offer of something is still an offer.
  assert.equal(analyze('The council offered to pay for the repairs.')[0].stance, 'offer');
});

test('a speaker keeps a plural possessive and "close to" its object', () => {
  const passive = analyze("The ruling was welcomed by the players' union.");
  assert.equal(passive[0].speaker?.text, "the players' union");
  const close = analyze('The pair will skip the ceremony, according to people close to them.');
  assert.equal(close[0].speaker?.text, 'people close to them');
});

test("the narrator's words before a noun cue are no speaker", () => {
  // "There are | fears that …": no one is named.
  const fears = analyze('There are fears that the storm will close the port for a week.');
  const fear = fears.find((s) => s.cue.text.includes('fears'));
  assert.ok(fear, 'the fears are a statement');
  assert.equal(fear.speaker, null);
  // A speaker span does not end on a preposition: "… was met with | chants".
  for (const s of analyze('The minister was met with chants of "resign" outside the hall.'))
    assert.ok(!s.speaker || !/\b(?:with|of|by)$/.test(s.speaker.text), s.speaker?.text);
});
