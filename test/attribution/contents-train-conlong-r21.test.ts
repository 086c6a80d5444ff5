// Contents of noun and gerund cues that open their clause's subject (subject-cues.ts; found on
// PolNeAR train, every text here is invented): the clause's verb and what follows it are the
// narrator's. Each test fails on the extractor as it was before the fix, unless its name says it
// guards the fix's reach.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeUnfiltered } from './helpers.js';

const contentOf = (text: string, cue: string) =>
  analyzeUnfiltered(text).find((s) => s.cue.text === cue)?.content.text;

test('"Opposition to the toll road has split the farmers": the content ends before the clause\'s verb', () => {
  const text =
    'Opposition to the Kellan toll road has split the farmers of the Ober valley for most of the decade.';
  assert.equal(contentOf(text, 'Opposition to'), 'the Kellan toll road');
  const also = 'Support for the Brenn flood levy has also grown among shop owners since the spring.';
  assert.equal(contentOf(also, 'Support for'), 'the Brenn flood levy');
});

test('"The senator\'s sharp remarks about the board may have cost him": after a possessive and an adjective', () => {
  const text = "Senator Ugo Pell's sharp remarks about the harbour board may have cost him the port vote.";
  assert.equal(contentOf(text, 'remarks about'), 'the harbour board');
});

test('"The mayor\'s pledge to rebuild the pier was greeted with shrugs": a noun\'s infinitive ends before the verb', () => {
  const text =
    "Mayor Ilsa Drom's pledge to rebuild the old ferry pier was greeted with shrugs in the harbour bars.";
  assert.equal(contentOf(text, 'pledge'), 'to rebuild the old ferry pier');
});

test('"In coastal towns, voting for the levy will be a thankless choice": past an opening phrase, a gerund cue', () => {
  const text = 'In the coastal towns, voting for the Brenn flood levy will be a thankless choice all summer.';
  assert.equal(contentOf(text, 'voting for'), 'the Brenn flood levy');
});

test('guards the reach: a verb cue and its clause, a bare clause after a participle', () => {
  assert.equal(
    contentOf('Local growers say the Brenn flood levy will be a thankless burden.', 'say'),
    'the Brenn flood levy will be a thankless burden',
  );
  assert.equal(
    contentOf('Hoping the ferry pier would be rebuilt, Ms. Drom wrote to the council.', 'wrote'),
    'Hoping the ferry pier would be rebuilt',
  );
});
