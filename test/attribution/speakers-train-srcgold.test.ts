// A linking verb of appearance ("looks", "sounded", "seems like", "seemingly") says how its subject
// strikes the writer; the subject says nothing (looks-so.ts). Every text here is invented; each
// test fails on the extractor as it was before the fix, unless its comment says it guards its reach.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from './helpers.js';

const byCue = (text: string, cue: string) => analyze(text).find((s) => s.cue.text === cue);

test('"Right now, Dunmore looks dead on arrival": the subject of "looks" + an adjective is no speaker, but content', () => {
  for (const [text, subject] of [
    ['The council vote is due in March. Right now, Edgar Dunmore looks dead on arrival.', 'Edgar Dunmore'],
    [
      'Critics of the ferry plan are many. Standing alone, Governor Lise Oberg looks much weaker than her rivals.',
      'Governor Lise Oberg',
    ],
  ]) {
    const s = analyze(text).find((x) => /looks/.test(x.cue.text));
    assert.ok(s, 'a statement on "looks"');
    assert.equal(s.speaker, null);
    assert.ok(s.content.text.startsWith(`${subject} looks`), s.content.text);
  }
});

test('"This seems like a fair way …": "seem" with "like" is read as "seem" is, with no speaker', () => {
  const text =
    'The mayor of Pellworth wants to split the ferry fees between the two islands. This seems like a fair way to settle the quarrel.';
  const s = byCue(text, 'seems like');
  assert.ok(s, 'a statement on "seems like"');
  assert.equal(s.speaker, null);
});

test('"the grey heap looked like a bear": the head noun the cue took goes back to the subject, and the cue is the verb', () => {
  const text =
    'Nobody had moved the spoil from the old quarry at Ketterby for decades. From the road, the grey heap looked like a sleeping bear about to wake.';
  const s = analyze(text).find((x) => /looked like/.test(x.cue.text));
  assert.ok(s, 'a statement on "looked like"');
  assert.equal(s.cue.text, 'looked like');
  assert.equal(s.speaker, null);
});

test('guards the reach: "looks to build", "sounded a warning" are acts of the subject, who stays the speaker', () => {
  const a = analyze(
    'After the vote in Harnby, Mayor Ada Korr looks to build on her win among the dock workers.',
  );
  assert.ok(a.some((s) => /looks/.test(s.cue.text) && s.speaker?.text === 'Mayor Ada Korr'));
  const b = analyze('Senator Pia Lund sounded a warning about the budget of the Orvale rail line.');
  assert.ok(b.some((s) => /sounded/.test(s.cue.text) && s.speaker?.text === 'Senator Pia Lund'));
});

test('"It is wrong to blame …", "But it\'s not clear …", "It is worth pointing out …": an expletive and a judgement name no one', () => {
  for (const text of [
    'The flood damaged three bridges in Varnholm. It is wrong to blame the river authority for the collapse.',
    'The Orlen Group bid for the ferry line. But it’s not clear the firm can run boats in winter.',
    'The show drew 20 million viewers in Dorne. It is worth pointing out that the previous record was set in 1998.',
  ]) {
    const st = analyze(text);
    assert.equal(st.length, 1, text);
    assert.equal(st[0].speaker, null, `${text} → ${st[0].speaker?.text} [${st[0].cue.text}]`);
  }
});

test('guards the reach: "It is doubtful Oberg | imagined": the one after the judgement still speaks', () => {
  const text =
    'The race in Tarrow was close. It is doubtful Oberg imagined that the count would take a week.';
  assert.ok(analyze(text).some((s) => s.speaker?.text.endsWith('Oberg')));
});
