// Names given to "he" and "she" when nothing nearer takes them up: the latest capitalised pair
// of words before the pronoun is often a bill, a port or a firm, not a person (every text here
// is invented). Each test fails on the extractor as it was before its fix, unless it says it
// guards.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, byCue } from './helpers.js';

test('"She" is the minister named in apposition, not the bill named later in the sentence', () => {
  const text =
    'The head of the harbours board, Ilsa Varnow, spent the weekend touring ports hit by the ' +
    'Netting Bill. She told a radio programme the rules were overdue.';
  assert.equal(byCue(analyze(text), 'told').speaker_name, 'Ilsa Varnow');
});

test('"he" after an unnamed source is no one, not the landing place named last', () => {
  const text =
    'A shipping source said freight rates had doubled since March. Boats will load grain between ' +
    'Corran Quay and Lusk Point from next week, he said.';
  const st = analyze(text);
  assert.equal(st.length, 2);
  assert.equal(st[1].speaker?.text, 'he');
  assert.equal(st[1].speaker_name, null);
});

test('"His amendment" is the representative\'s, not the party description after his name', () => {
  const text =
    'The panel rejected a plan offered by Rep. Walter Ondrick, a Nevada Republican, to cap the ' +
    'fees. His amendment called for a vote next year.';
  assert.equal(byCue(analyze(text), 'called for').speaker_name, 'Walter Ondrick’s amendment');
});

test('guard: a person whose given name is unknown stays "he" when the surname is named alone', () => {
  const text =
    'Fans booed Oszkar Veltheim after the defeat at Brannock Park on Saturday. Veltheim left the ' +
    'ground early. At first he said nothing.';
  assert.equal(byCue(analyze(text), 'said').speaker_name, 'Oszkar Veltheim');
});
