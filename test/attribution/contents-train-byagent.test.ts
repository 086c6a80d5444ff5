// A noun phrase, a participle of the cue and "by" with its agent ("a practice criticized by two
// unions"): the agent speaks and the noun phrase is the content (verdict-agents.ts). Every text
// here is invented; each test fails on the extractor as it was before the fix, unless its comment
// says it guards the fix's reach.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from './helpers.js';

const statementOf = (text: string, cue: string) => analyze(text).find((s) => s.cue.text === cue);

test('"…, a practice criticized by X": the noun phrase is the content, the agent the source', () => {
  const s = statementOf(
    'The council let some towns merge their budgets when reporting figures, a practice criticized by ' +
      'Halvorsen and several rural advocates. The new rule would end it.',
    'criticized',
  );
  assert.equal(s?.content.text, 'a practice');
  assert.equal(s?.speaker?.text, 'Halvorsen and several rural advocates');
});

test('"— a fact first reported by X": an adverb in the cue, the noun phrase before it as content', () => {
  const s = statementOf(
    'Ms. Orrin trained as a nurse but has not worked in a hospital for years — a fact first reported by ' +
      'Tobias Wren, a radio host in Carrow.',
    'first reported',
  );
  assert.equal(s?.content.text, 'a fact');
  assert.equal(s?.speaker?.text, 'Tobias Wren');
});

test('"…, a sentiment endorsed by the crowd": not the words after the agent', () => {
  const s = statementOf(
    'He brushed aside party labels entirely, a sentiment endorsed by the 4,000 people in the hall, who ' +
      'cheered him on.',
    'endorsed',
  );
  assert.equal(s?.content.text, 'a sentiment');
});

// Guards the reach: fails with the new frame unless its agent is left out of clipOverlaps' cuts.
test('"a levy … proposed by the executive, diplomats said": the agent inside a noun phrase cuts no content', () => {
  const text =
    'A majority of member states in the union oppose outright or have deep doubts about a ' +
    'levy on imported oils and fats proposed by the Brussels executive, senior diplomats said. They said ' +
    'a panel of farm experts had voiced strong objections.';
  const said = analyze(text).filter((s) => s.cue.text === 'said');
  assert.equal(said.length, 2);
  assert.ok(said[0].content.text.startsWith('A majority of member states'));
  assert.equal(said[1].speaker_name, 'senior diplomats');
});

test('"The governor added:" closing its paragraph announces the next one, though no quotation mark opens it', () => {
  const text =
    'The senator spoke in Tolbury on Monday. The governor added:\n\n' +
    'It is typical of the mayor. She knows nothing, but she never stops talking.\n\nThe crowd cheered.';
  const statements = analyze(text);
  assert.equal(statements.length, 1);
  assert.equal(statements[0].speaker?.text, 'The governor');
  assert.equal(
    statements[0].content.text,
    'It is typical of the mayor. She knows nothing, but she never stops talking.',
  );
});

test('"Radio Kestrel reports:" then a block with a cue of its own inside: the block stays whole', () => {
  const text =
    'A new poll came out on Monday. Radio Kestrel reports:\n\n' +
    'Out of a supposed favourite, Mayor Ilse Varga, this reeks of the worst panic that I have ever seen.' +
    '\n\nThe crowd cheered.';
  const s = analyze(text).find((x) => x.cue.text === 'reports:');
  assert.equal(
    s?.content.text,
    'Out of a supposed favourite, Mayor Ilse Varga, this reeks of the worst panic that I have ever seen.',
  );
});
