// Contents that ran on past what was reported (found on PolNeAR train; every text here is
// invented): each test fails on the extractor as it was before its fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from './helpers.js';

const contentOf = (text: string, cue: string) => analyze(text).find((s) => s.cue.text === cue)?.content;

test('"“A,” she said, adding, “B.”": the quotation after the participle is its own statement, not the second half of the first', () => {
  const text =
    '"The ferry will run again by June," Mayor Olla Brink said, adding, "We have found the money for the new engines."';
  const content = contentOf(text, 'said');
  assert.equal(content?.text, '"The ferry will run again by June,"');
  assert.equal(content?.fragments, undefined);
});

test('"The mood had turned: “…,” she said": a quotation the narrator introduces after a colon is the whole content', () => {
  const text =
    'The mood among the dock workers in Carrow had turned by noon: "We are done waiting for the board," said Olek Varn, a union steward.';
  assert.equal(contentOf(text, 'said')?.text, '"We are done waiting for the board,"');
});

test('"… members (“…,” a nurse wrote)": a quotation opening a parenthesis is the whole content', () => {
  const text =
    'The pay deal drew anger from nurses at the Tolbeck clinic ("We were promised more than this," nurse Mira Sollen wrote).';
  assert.equal(contentOf(text, 'wrote')?.text, '"We were promised more than this,"');
});
