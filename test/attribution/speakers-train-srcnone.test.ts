// Participles after a main clause that opens on an adverb or a time with no comma ("Then she …,
// pledging", "And even X tried …, noting", "On Tuesday she …, seeking"): the clause's subject
// speaks, as PolNeAR marks them; before, the sentence's subject was not found and the statement
// had no speaker. Every text here is invented; each test fails on the extractor before the fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, byCue } from './helpers.js';

const speakerOf = (text: string, cue: string) => {
  const s = byCue(analyze(text), cue);
  return [s.speaker?.text ?? null, s.speaker_name];
};

test('"Then she broke with custom, pledging …": a sequence adverb with no comma opens the clause', () => {
  const text =
    'Nadia Orlov spoke on the last night of the congress in Velmar. ' +
    'Then she broke with custom, pledging that her brother would double support for nurses.';
  assert.deepEqual(speakerOf(text, 'pledging'), ['she', 'Nadia Orlov']);
});

test('"And then Kerr went on the attack, saying …", "Then he turned to Hale, calling …"', () => {
  const text =
    'Councillor Bram Kerr opened with a joke about the weather. ' +
    'And then Kerr went on the attack, saying, "Is the mayor ever going to admit it?"';
  assert.deepEqual(speakerOf(text, 'saying'), ['Kerr', 'Bram Kerr']);
  const second =
    'Senator Ilya Brant took the stage late in the evening. ' +
    'Then he turned to Hale, calling him "a coward" and accusing him of hiding the audit.';
  assert.deepEqual(speakerOf(second, 'calling'), ['he', 'Ilya Brant']);
});

test('"And even Mayor Holt tried …, noting …": a focus word before the subject is no part of it', () => {
  const text =
    'And even Mayor Tessa Holt tried to shield the two clerks, noting that she would stay quiet too.';
  assert.deepEqual(speakerOf(text, 'noting'), ['Mayor Tessa Holt', 'Tessa Holt']);
});

test('"On Tuesday she renewed her attack …, seeking …", "By Sunday afternoon she had …, citing …": a day with no comma', () => {
  const text =
    'Governor Lena Marsh attacked the port plan last week. ' +
    'On Tuesday she renewed her attack on the harbour deal, seeking to prove the plan was rushed.';
  assert.deepEqual(speakerOf(text, 'seeking'), ['she', 'Lena Marsh']);
  const second =
    'Governor Lena Marsh had planned a rally with the mayor in Orvik. ' +
    'By Sunday afternoon she had canceled the rally, citing the storm.';
  assert.deepEqual(speakerOf(second, 'citing'), ['she', 'Lena Marsh']);
});
