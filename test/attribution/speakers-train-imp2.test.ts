// Speakers of participles after "by", "while", "after" with no comma before them, and of an
// expletive "it" before an adjective (every text here is invented): each test fails on the
// extractor as it was before its fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, analyzeUnfiltered, byCue } from './helpers.js';

const speakerOf = (text: string, cue: string) => byCue(analyze(text), cue).speaker?.text ?? null;

test('"Her rival, Tomas Brek, has climbed in the surveys by saying …": the subject before its appositive speaks', () => {
  const text =
    'Mayor Ada Quist spoke on Monday. Her main rival, Tomas Brek, has climbed in the surveys by saying ' +
    'that the budget is rigged in favour of landlords.';
  const s = byCue(analyze(text), 'saying');
  assert.equal(s.speaker?.text, 'Her main rival, Tomas Brek');
  assert.equal(s.speaker_name, 'Tomas Brek');
});

test('"…, who last week stunned the council by questioning …": the relative pronoun, not the time', () => {
  const text =
    "Voters backed Tomas Brek, who last week stunned the council by questioning the mayor's residency.";
  assert.equal(speakerOf(text, 'questioning'), 'who');
});

test('"Brek could fight the fine, perhaps by arguing …": the clause before the comma speaks', () => {
  const text = 'Tomas Brek could fight the fine, perhaps by arguing that he saw the dog as a threat.';
  assert.equal(speakerOf(text, 'arguing'), 'Tomas Brek');
});

test('"Quist, who has often stumbled while talking about …": "while" leaves the relative pronoun to speak', () => {
  const text =
    'The budget row went on. Ada Quist, who has often stumbled while talking about the levy, made no comment on Monday.';
  assert.equal(speakerOf(text, 'talking about'), 'who');
});

test('"It is unclear whether …": an expletive "it" before an adjective names no one', () => {
  const text =
    'The mayor of Dunmore spoke for an hour on Monday. It is unclear whether that means she would ' +
    'approve of widening the harbour road.';
  // The statement filter, retrained with each round, keeps or drops this one by a small margin:
  // the rule is about its speaker, so the candidates are read without the filter.
  assert.equal(byCue(analyzeUnfiltered(text), 'is unclear').speaker?.text ?? null, null);
});
