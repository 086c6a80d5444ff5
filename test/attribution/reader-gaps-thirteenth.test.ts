// Contents found wrong on PolNeAR dev and by reading invented news (the thirteenth session's
// round; every text here is invented): each test fails on the extractor as it was before its fix,
// unless its comment says it guards a fix's reach.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, byCue } from './helpers.js';

test('a clause setting the scene of a quoted reply is no part of the reply', () => {
  for (const [text, cue, content] of [
    [
      'When asked about the budget, the minister replied, "We will find the money."',
      'replied',
      '"We will find the money."',
    ],
    [
      'Asked if she thought the price was fair, Okafor said, "It was a bargain."',
      'said',
      '"It was a bargain."',
    ],
  ]) {
    const s = byCue(analyze(text), cue);
    assert.equal(s.content.text, content, text);
    assert.equal(s.content.fragments, undefined, text);
  }
  // Guards the reach: a resumed quotation after an unquoted clause keeps both pieces.
  const kept = byCue(analyze('The plan is dead, the senator said, "and nobody will revive it."'), 'said');
  assert.deepEqual(
    kept.content.fragments?.map((f) => f.text),
    ['The plan is dead', '"and nobody will revive it."'],
  );
});

test('"…, and when pressed on X, she replied, “…”" parts the two statements', () => {
  const statements = analyze(
    'Dana Reyes said the bridge would reopen in May, and when pressed on the cost, the deputy mayor replied, "Nobody knows yet."',
  );
  assert.equal(byCue(statements, 'said').content.text, 'the bridge would reopen in May');
  assert.equal(byCue(statements, 'said').speaker?.text, 'Dana Reyes');
  assert.equal(byCue(statements, 'replied').content.text, '"Nobody knows yet."');
  const pressed = statements.find((s) => s.cue.text.startsWith('pressed'));
  if (pressed) assert.equal(pressed.speaker, null, 'whoever pressed her is not named');
});
