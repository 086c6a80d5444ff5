import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, byCue } from './helpers.js';

const cases: [string, string, string][] = [
  ['The ministry accused the rebels of shelling the town.', 'accused', 'accuse'],
  ['The company denied that it had hidden the losses.', 'denied', 'deny'],
  ['Health officials warned that the virus could spread quickly.', 'warned', 'warn'],
  ['The mayor offered to host the talks in the city hall.', 'offered', 'offer'],
  ['The union called for an immediate ceasefire in the region.', 'called', 'call'],
  ['The prime minister welcomed the decision by the court.', 'welcomed', 'welcome'],
  ['The minister acknowledged that mistakes had been made.', 'acknowledged', 'acknowledge'],
  ['The spokesman said the meeting would take place on Friday.', 'said', 'assert'],
];

for (const [text, cue, stance] of cases) {
  test(`stance of "${cue}" is ${stance}`, () => {
    assert.equal(byCue(analyze(text), cue).stance, stance);
  });
}

test('a neutral cue takes its stance from the content ("ready to" offers)', () => {
  const s = byCue(analyze('Erdogan said Ankara was “ready to host a summit” between the two sides.'), 'said');
  assert.equal(s.stance, 'offer');
});
