// A sentence opened by "In" and a poll reports the poll's finding (poll-leads.ts): the cue is "In",
// the poll its source, the clause after the comma its content. Every text here is invented; each
// test fails on the extractor as it was before the rule, unless its comment says it guards the
// rule's reach.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from './helpers.js';

const pollLead = (text: string) => analyze(text).find((s) => s.cue.text === 'In');

test('"In a Harlow Gazette poll released Monday, C": the poll reports C', () => {
  const s = pollLead(
    'The levy vote is close. In a Harlow Gazette poll released Monday, 61 percent of voters backed the levy.',
  );
  assert.equal(s?.speaker?.text, 'a Harlow Gazette poll released Monday');
  assert.equal(s?.content.text, '61 percent of voters backed the levy');
});

test('"In the latest Tolbury Courier survey, C": a survey, and a short clause after it', () => {
  const s = pollLead(
    'Ms. Varn hopes to gain ground. In the latest Tolbury Courier survey, she trails Mr. Osk by nine points.',
  );
  assert.equal(s?.speaker?.text, 'the latest Tolbury Courier survey');
  assert.equal(s?.content.text, 'she trails Mr. Osk by nine points');
  assert.equal(
    pollLead('She must overtake two rivals. In the newest polls, she still cannot.')?.content.text,
    'she still cannot',
  );
});

test('"In the KTV poll, conducted in early March, C": the participle in commas is no content', () => {
  const s = pollLead(
    'Turnout rose. In the previous Brenton Ledger/KTV poll, conducted in early March, Rena Vask led Omar Tilde by 5 points.',
  );
  assert.equal(s?.speaker?.text, 'the previous Brenton Ledger/KTV poll');
  assert.equal(s?.content.text, 'Rena Vask led Omar Tilde by 5 points');
});

test('guards the reach: no poll lead where the poll is not what "In" opens, or nothing follows', () => {
  assert.equal(pollLead('In eight of ten towns where polls were held, turnout fell sharply.'), undefined);
  assert.equal(pollLead('In a memo sent as polls closed, the aide said the race was tied.'), undefined);
  assert.equal(pollLead('He leads by wide margins. In the polls, anyway.'), undefined);
  assert.equal(pollLead('In Brenton, voters backed the levy in a recent poll.'), undefined);
});

test('"Vask led Tilde by 5 points in a new Brenton Ledger/KTV poll.": a clause ended by a named poll is its finding', () => {
  const s = analyze(
    'Turnout was low. Ms. Vask led Mr. Tilde by 5 points in a new Brenton Ledger/KTV poll.',
  ).find((x) => x.cue.text === 'in');
  assert.equal(s?.speaker?.text, 'a new Brenton Ledger/KTV poll');
  assert.equal(s?.content.text, 'Ms. Vask led Mr. Tilde by 5 points');
  const t = analyze(
    'In March, Mr. Osk had 38 percent support in a Harlow Gazette poll released Monday.',
  ).find((x) => x.cue.text === 'in');
  assert.equal(t?.speaker?.text, 'a Harlow Gazette poll released Monday');
  assert.equal(t?.content.text, 'Mr. Osk had 38 percent support');
});

test('guards the reach: no poll tail after a verb of saying, an unnamed poll, or a poll the clause goes on past', () => {
  const said = analyze('Most voters said they backed the levy in a Harlow Gazette poll released Monday.');
  assert.deepEqual(
    said.map((s) => [s.cue.text, s.content.text]),
    [['said', 'they backed the levy in a Harlow Gazette poll released Monday']],
  );
  const cues = (text: string) => analyze(text).map((s) => s.cue.text);
  assert.ok(!cues('Turnout was low. Mr. Osk has slipped in the polls.').includes('in'));
  assert.ok(
    !cues('Turnout was low. Mr. Osk rose three points in the Gazette survey to 29 points.').includes('in'),
  );
  assert.ok(!cues('Turnout was low. In March, the voters of Tolbury head to the polls.').includes('In'));
});
