// Speakers read off a predicate standing after an aside (the twentieth session's train errors;
// every text here is invented): each test fails on the extractor as it was before its fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from './helpers.js';

const speakerOf = (text: string, cue: string) => analyze(text).find((s) => s.cue.text === cue)?.speaker?.text;

test('"X, the mayor who …, has drawn crowds describing …": the subject before the aside, not the predicate', () => {
  const text =
    'Mayor Ilka Brandvold, the Tolmere reformer who has led a long campaign against the harbour board, ' +
    'has attracted big crowds describing a port run by distant owners.';
  assert.match(speakerOf(text, 'describing') ?? '', /^Mayor Ilka Brandvold/);
});

test('"X, whose …, has made decrying …": a relative aside in commas before "has made"', () => {
  const text =
    'Oskar Veld, whose own boats are largely built abroad, has made decrying foreign yards central to his bid.';
  assert.match(speakerOf(text, 'decrying') ?? '', /^Oskar Veld/);
});

test('"X, who passed …, closed out the leg with only sparing mention of …": a past verb after the aside', () => {
  const text =
    'Renner, who passed the last days of his northern swing feuding with the governor, ' +
    'closed out the coastal leg with only sparing mention of his opponents.';
  assert.match(speakerOf(text, 'only sparing mention of') ?? speakerOf(text, 'mention') ?? '', /^Renner/);
});

test('"The judge -- who has been in a row with him -- said": a predicate inside the dashes is no speaker', () => {
  const text =
    'Judge Marta Quell regrets her remarks about the developer. ' +
    'The veteran judge -- who has traded barbs with the developer over recent days -- said she was sorry for her words.';
  assert.equal(speakerOf(text, 'said'), 'The veteran judge');
});

test('"X, the largest network, hit back by noting …": a past the same as its base after an aside is the verb, X the speaker', () => {
  const text =
    'Norvia TV, the largest cable network, hit back by noting that its evening soap drew more viewers.';
  const s = analyze(text).find((x) => x.cue.text === 'noting');
  assert.equal(s?.speaker?.text, 'Norvia TV');
});
