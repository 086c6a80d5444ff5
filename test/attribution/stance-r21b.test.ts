// Uses of a cue word that carry no stance: "granted" a thing (not a point), a cue word that
// modifies the noun after it ("the proposed offering"), and "back" as a particle ("bought back").
// Read without the statement filter: the rule under test sets the stance, whatever is kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeUnfiltered, byCue } from './helpers.js';

function stanceAt(text: string, cue: string): string {
  return byCue(
    analyzeUnfiltered(text).flatMap((s) => [s, ...s.nested]),
    cue,
  ).stance;
}

test('"granted" a thing (a licence, an order, an option) acknowledges nothing; "granted that" does', () => {
  for (const [text, cue] of [
    ['The appeals judge granted Ardale an order that barred the bank from selling the mill.', 'granted'],
    ['It granted 30 of the managers a bonus of twice their yearly pay if they are dismissed.', 'granted'],
    ['The Vell board has also granted Ormond an option to buy 5,000 of its shares.', 'granted'],
  ])
    assert.notEqual(stanceAt(text, cue), 'acknowledge', text);
  assert.equal(
    stanceAt('Rowan Tiverell granted that the scheme had run far over budget.', 'granted'),
    'acknowledge',
  );
});

test('a cue word before its noun ("the proposed offering") offers nothing', () => {
  for (const [text, cue] of [
    [
      "Brokers cited the firm's proposed offering of two million shares, which would pay down its loans.",
      'proposed',
    ],
    ['The following proposed share sales were filed with the exchange on Friday.', 'proposed'],
  ])
    assert.notEqual(stanceAt(text, cue), 'offer', text);
  // The verb still offers.
  assert.equal(
    stanceAt('The Tarn Co-operative proposed changes to the harbour plan on Monday.', 'proposed'),
    'offer',
  );
});

test('"back" after another verb ("bought back") is a particle, no welcome; "backed the plan" welcomes', () => {
  assert.notEqual(
    stanceAt(
      'The Tarn Co-operative also bought back about 9,000 shares under a plan approved in May.',
      'bought back',
    ),
    'welcome',
  );
  assert.equal(
    stanceAt('The Tarn Co-operative backed the harbour plan and said it would fund a study.', 'backed'),
    'welcome',
  );
});
