// Sources of noun cues (every text here is invented): a noun's sayers are the ones its own phrase
// names ("claims by X", "criticism from X"); the words before it that only open its phrase
// ("These | calls for", "The new | allegations") or are a clause of the narrator's ("to raise |
// concerns about") name no one. Each test fails on the extractor as it was before the fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, byCue } from './helpers.js';

const speakerOf = (text: string, cue: string) => byCue(analyze(text), cue).speaker?.text ?? null;

test('"claims by X that …": the "by" phrase is the source, and the content opens at its "that"', () => {
  const text =
    'The vote went ahead amid claims by independent auditors that the budget for the bridge had been padded.';
  const s = byCue(analyze(text), 'claims');
  assert.equal(s.speaker?.text, 'independent auditors');
  assert.equal(s.content.text, 'that the budget for the bridge had been padded');
});

test('"will face criticism from X about …": the "from" phrase is the source, not the subject', () => {
  const text =
    'Both candidates will face stepped-up criticism from Councillor Ivo Rask about the cost of the new library.';
  assert.equal(speakerOf(text, 'criticism'), 'Councillor Ivo Rask');
});

test('"These calls for …": a determiner of the noun cue is no speaker', () => {
  const text =
    'Several mayors want more police officers on the streets of Dorrin. These calls for more officers have come as crime fell.';
  assert.equal(speakerOf(text, 'calls for'), null);
});

test('"The new allegations of …": an article and an adjective of the noun cue are no speaker', () => {
  const text =
    'The new allegations of fraud against the Varnel family are not the only trouble the firm faces.';
  assert.equal(speakerOf(text, 'allegations of'), null);
});

test('"took to the streets … to raise concerns about": a clause ending on the verb of a noun cue is no speaker', () => {
  const text =
    'Hundreds of volunteers took to the streets of Tessby on Sunday to raise concerns about the closure of the clinic.';
  assert.equal(speakerOf(text, 'concerns about'), null);
});
