import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, byCue, docOf } from './helpers.js';
import { makeFrame } from '../../src/attribution/frame.js';
import { cueStance } from '../../src/attribution/stance.js';

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

test('the verb opening a cue gives its stance before a noun after it ("admitted the charges of")', () => {
  const doc = docOf('The forward admitted the charges of misconduct. The union threatened to offer a deal.');
  const cueOver = (words: string): ReturnType<typeof makeFrame> => {
    const start = doc.text.indexOf(words);
    const first = doc.tokens.findIndex((t) => t.start === start);
    const last = doc.tokens.findIndex((t) => t.end === start + words.length) + 1;
    return makeFrame({ first, last, sentence: doc.tokens[first].sentence, score: 10 }, null, []);
  };
  assert.equal(cueStance(doc, cueOver('admitted the charges of')), 'acknowledge');
  assert.equal(cueStance(doc, cueOver('threatened to offer')), 'warn');
});

test('"insisted" asserts; "insisted on" demands', () => {
  assert.equal(analyze('The minister insisted the plan would go ahead.')[0]?.stance, 'assert');
  assert.equal(analyze('The union insisted on a pay rise before talks resume.')[0]?.stance, 'call');
});

test('paying is no warning; paying a price is', () => {
  assert.equal(analyze('The company said it would pay a special dividend in May.')[0]?.stance, 'assert');
  assert.equal(analyze('The minister said the rebels would pay a price for the attack.')[0]?.stance, 'warn');
});

test('telling or asking someone to do something is a call; telling or asking what is not', () => {
  const stance = (text: string) => analyze(text)[0]?.stance;
  assert.equal(stance('The mayor told residents to stay indoors.'), 'call');
  assert.equal(stance('The minister asked him to resign.'), 'call');
  assert.equal(stance('He told the story to friends.'), 'assert');
  assert.equal(stance('She told reporters the talks would resume.'), 'assert');
  assert.equal(stance('The reporter asked whether the talks would resume.'), 'ask');
});

test('a lower risk is no warning; a risk is', () => {
  const st = analyze(
    'A study found that people who walked had a lower risk of heart disease. Officials said there was a risk of flooding.',
  );
  assert.equal(byCue(st, 'found').stance, 'assert');
  assert.equal(byCue(st, 'said').stance, 'warn');
});

test('attacking the net in a match report is play, not an accusation', () => {
  const st = analyze(
    'Eastport attacks the net in the second half. The opposition attacked the government over the budget.',
  );
  assert.equal(st.find((s) => s.content.text.includes('net'))?.stance ?? null, null);
  assert.equal(byCue(st, 'attacked').stance, 'accuse');
});

test('a plea of not guilty is a denial, of guilty an acknowledgement', () => {
  const st = analyze(
    'Ortiz has pleaded not guilty and has repeatedly denied wrongdoing. Her aide pleaded guilty last week. He pleaded innocent to all charges.',
  );
  assert.deepEqual(
    st.map((s) => s.stance),
    ['deny', 'deny', 'acknowledge', 'deny'],
  );
  assert.equal(st[0].content.text, 'not guilty');
});

test('"provided to host" offers; providing a thing or evidence is no offer', () => {
  const st = analyze(
    'The bones are 3,000 years old, providing evidence of early farming. Norway provided to host a meeting of the two leaders.',
  );
  assert.equal(st.find((s) => s.cue.text.startsWith('providing'))?.stance ?? 'assert', 'assert');
  assert.equal(byCue(st, 'provided').stance, 'offer');
});

test('a negated telling cue names an act that did not happen; a negated belief is still a belief', () => {
  const st = analyze(
    'The company did not welcome the ruling. He never admitted that the plan failed. The mayor later apologised for the delays. She vowed not to raise taxes. Analysts do not expect a recovery this year.',
  );
  assert.equal(byCue(st, 'did not welcome').stance, 'assert');
  assert.equal(byCue(st, 'never admitted').stance, 'assert');
  assert.equal(byCue(st, 'apologised').stance, 'acknowledge');
  assert.equal(byCue(st, 'vowed').stance, 'intend'); // (a vow declares an intention; the negation is its own)
  assert.equal(byCue(st, 'expect').stance, 'believe');
});

test('a one-sentence quotation or transcript line ending in a question asks', () => {
  const st = analyze(
    '“Will the ferry run on Sunday?” the mayor said.\n\n“We asked for an audit. What are they afraid of?” she added.\n\nCourier: Why did the talks fail?',
  );
  assert.equal(byCue(st, 'said').stance, 'ask');
  assert.equal(byCue(st, 'added').stance, 'assert');
  assert.equal(byCue(st, ':').stance, 'ask');
});
