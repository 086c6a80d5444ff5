// Contents found elsewhere than the cue's own words say (every text here is invented): the
// circumstance of a saying taken for what was said, after a quotation that closes with a question
// or exclamation mark (tail-adjuncts.ts), and a phrase on the saying in commas right after the cue
// (leading-asides.ts). Each test fails on the extractor as it was before its fix, unless its
// comment says it guards a fix's reach.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from './helpers.js';

const contentOf = (text: string, cue: string) =>
  analyze(text).find((s) => s.cue.text.startsWith(cue))?.content.text;

test('"“…?” Lena Marsh said of the bakery in May, when …": the quotation before is the content, not the topic phrase', () => {
  const text =
    'The offer was turned down. “Who would sell it now?” Lena Marsh said of the bakery in May, when its owners refused a bid.';
  assert.equal(contentOf(text, 'said'), '“Who would sell it now?”');
});

test('"“…!” Lena Marsh said as she left the stage": the clause of time after the cue is no content', () => {
  const text = 'The hall was full. “We will win this time!” Lena Marsh said as she left the stage.';
  assert.equal(contentOf(text, 'said'), '“We will win this time!”');
});

test('"“…?” Tomas Reyl said to a crowd of some 600": the audience after the cue is no content', () => {
  const text = 'The rally ran late. “Why should we wait any longer?” Tomas Reyl said to a crowd of some 600.';
  assert.equal(contentOf(text, 'said'), '“Why should we wait any longer?”');
});

test('"“…?” Tomas Reyl said the plan would fail": a clause of its own after the cue stays the content (guards the reach)', () => {
  const text = 'The rally ran late. “Why now?” Tomas Reyl said the plan would fail.';
  assert.equal(contentOf(text, 'said'), 'the plan would fail');
});

test('"Dana Orr understood, for the first time, the logic of the guild": the phrase on the saying in commas is no content', () => {
  assert.equal(
    contentOf('Dana Orr understood, for the first time, the logic of the old guild.', 'understood'),
    'the logic of the old guild',
  );
});

test('"He wondered, as I do, why …": a comparison on the saying in commas is no content', () => {
  assert.equal(
    contentOf('Pell Varga wondered, as I do, why the mayor had said so little about the levy.', 'wondered'),
    'why the mayor had said so little about the levy',
  );
});

test('"The Ledger reported on Monday, based on the latest count, if …": two phrases on the saying before the content', () => {
  const text =
    'The Tolbury Ledger reported on Monday, based on the latest count, if Holm wins the state the race will go to a second ballot.';
  assert.equal(contentOf(text, 'reported'), 'if Holm wins the state the race will go to a second ballot');
});

test('"imagined a year ago, as she toured the towns, that …": a time and a clause on the saying, then the content', () => {
  const text =
    'It is doubtful Ada Holm imagined a year ago, as she toured the towns, that the race would be so close.';
  assert.equal(contentOf(text, 'imagined'), 'that the race would be so close');
});
