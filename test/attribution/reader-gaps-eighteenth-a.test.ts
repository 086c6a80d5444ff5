// Statements read wrong in invented arts, conflict and transport news (the eighteenth session,
// helper a; every text here is invented): each test fails on the extractor as it was before its
// fix, unless its comment says it guards a fix's reach.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from './helpers.js';

const lines = (text: string) =>
  analyze(text).map(
    (s) => `${s.stance}/${s.type} ${s.speaker?.text ?? '-'} <${s.cue.text}> ${s.content.text}`,
  );

test('"advised" a listener to do something: a call of its own, also after a said-clause', () => {
  assert.deepEqual(lines('The carrier advised passengers to travel only if essential.'), [
    'call/indirect The carrier <advised> passengers to travel only if essential',
  ]);
  assert.deepEqual(lines('The ferry operator advised passengers to stay indoors.'), [
    'call/indirect The ferry operator <advised> passengers to stay indoors',
  ]);
  assert.deepEqual(
    lines(
      'Harlen Trams said only 15 percent of services were running, and advised passengers to travel only if essential.',
    ),
    [
      'assert/indirect Harlen Trams <said> only 15 percent of services were running',
      'call/indirect Harlen Trams <advised> passengers to travel only if essential',
    ],
  );
  assert.deepEqual(
    lines('Veldmoor Water said supplies were low and advised residents to boil their tap water.'),
    [
      'assert/indirect Veldmoor Water <said> supplies were low',
      'call/indirect Veldmoor Water <advised> residents to boil their tap water',
    ],
  );
});

test('a noun or a gerund of a verb of telling is no directive cue (guards the reach)', () => {
  assert.deepEqual(
    analyze('The pledges add up to more than $3 million, the auditor said.').map((s) => s.cue.text),
    ['said'],
  );
});

test('a quoted title of a work is no quotation: no statement from "titled"/"called", and the type stays indirect', () => {
  assert.deepEqual(lines('The sculpture, titled "Northern Lantern", stands in the foyer.'), []);
  assert.deepEqual(lines('Her second novel, called "River of Glass", sold well.'), []);
  assert.deepEqual(lines('A new play titled "Copper Hill" opens next week.'), []);
  assert.deepEqual(
    lines('He will next appear in "Silent Quay", which opens in June, the studio confirmed.'),
    ['assert/indirect the studio <confirmed> He will next appear in "Silent Quay", which opens in June'],
  );
  // Nor does the title name anyone "his" could be.
  const [s] = analyze(
    'A new play titled "Copper Hill" opens.\n\nThe drummer cancelled his "Lowland" tour, his manager said.',
  );
  assert.equal(s.type, 'indirect');
  assert.equal(s.speaker_name, 'his manager');
});

test('quotations that are no titles keep their type (guards the reach)', () => {
  for (const [text, type] of [
    // What people are called, the calling's own words.
    ['Critics dubbed "Project Thaw" a failure.', 'mixed'],
    // A chant: its last word is lowercase.
    ['Fans chanted "We want them out" outside, the steward said.', 'mixed'],
    ['The veteran has been called the "Lion of Brackenford" by fans.', 'mixed'],
  ]) {
    const [s] = analyze(text);
    assert.ok(s, text);
    assert.equal(s.type, type, text);
  }
});

const stances = (text: string) => analyze(text).map((s) => `${s.stance}/${s.type}`);

test('a quoted "ready to" of others is read as the same words unquoted: no offer', () => {
  assert.deepEqual(stances('The minister said the navy was "ready to strike" if the blockade held.'), [
    'assert/mixed',
  ]);
  // The speaker's own readiness still offers (guards the reach).
  assert.deepEqual(stances('"We are ready to help," the mayor said.'), ['offer/direct']);
});

test('calling something a falsehood denies it, quoted or not, whatever its adjectives', () => {
  assert.deepEqual(stances('Mirela Caso called that "an outrageous lie".'), ['deny/mixed']);
  assert.deepEqual(stances('Mirela Caso called the dossier "drivel".'), ['deny/mixed']);
  // Not when the falsehood is negated, nor a praise (guards the reach).
  assert.deepEqual(stances('Mirela Caso called the dossier "not a lie but a mistake".'), ['assert/mixed']);
  assert.deepEqual(stances('Mirela Caso called the dossier "a serious piece of work".'), ['assert/mixed']);
});

test('"had no plans to comment" declines; other plans denied keep their stance (guards the reach)', () => {
  assert.deepEqual(stances('Her publisher said she had no plans to make any further comment.'), [
    'decline/indirect',
  ]);
  assert.deepEqual(stances('The club said it had no plans to comment on the transfer.'), [
    'decline/indirect',
  ]);
  assert.deepEqual(stances('The board said there were no plans to discuss the merger.'), ['deny/indirect']);
});

test('"dismissing online rumours as “…”": the bare object and its class are the content, so the statement is mixed', () => {
  assert.deepEqual(lines('The agent spoke briefly, dismissing online gossip as "cruel and false."'), [
    'deny/mixed The agent <dismissing> online gossip as "cruel and false."',
  ]);
});
