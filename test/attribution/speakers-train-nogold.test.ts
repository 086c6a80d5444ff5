// Statements whose text names no one who says them (an agentless passive, a noun cue after a
// clause of the narrator's, an impersonal "it"), found where the extractor gave a speaker anyway
// (every text here is invented): each test fails on the extractor as it was before its fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeUnfiltered as analyze, byCue } from './helpers.js';

const speakerOf = (text: string, cue: string) => byCue(analyze(text), cue).speaker?.text ?? null;

test('"She is best known for …", "he is better known as …": a passive with a degree adverb has no speaker', () => {
  const text =
    'The singer Pella Vorn will headline the festival. She is best known for a string of ballads about sailors, ' +
    'and she has sold out arenas on three continents.';
  assert.equal(speakerOf(text, 'known for'), null);
});

test('"X was written off as …": a passive with a particle before its preposition has no speaker', () => {
  const text =
    'Critics had written off the Tarsa Party for years. Its leader, Amel Drost, was written off as a long shot ' +
    'when she launched her bid last spring against a popular governor.';
  assert.equal(speakerOf(text, 'was written off'), null);
});

test('"a city once known for its mills": a participle that is no past tense, after a noun, has no speaker', () => {
  const text = 'Fenwick is a city once known for its mills, and its council has courted tech firms.';
  assert.equal(speakerOf(text, 'known for'), null);
});

test('"Mayor X faced questions about …", "has endured questions about …", "stoked speculation that …": a noun cue after a verb that suffers or stirs talk is said by others', () => {
  assert.equal(
    speakerOf(
      'Rather than talk about the bridge, Mayor Ilka Sorn faced questions about the hole in the budget. She left early.',
      'questions about',
    ),
    null,
  );
  assert.equal(
    speakerOf(
      'Governor Tavi Renk has endured relentless questions about whether he will step aside before the vote in Orlo.',
      'questions about',
    ),
    null,
  );
  assert.equal(
    speakerOf(
      'The return of Basil Moor as a party elder stoked speculation that he might stand for the leadership. His allies denied it.',
      'speculation',
    ),
    null,
  );
});

test('"Among many references to …", "Instead, the fear for …": a preposition or an adverb alone before a noun cue names no one', () => {
  assert.equal(
    speakerOf(
      "The meeting in Varn ran late. Among many references to the mayor's lost ledger was a note from a clerk named Pim Ostra.",
      'references to',
    ),
    null,
  );
  assert.equal(
    speakerOf(
      'The county is so safe that its race is settled. Instead, the fear for Mayor Dita Lorne is that her voters stay home.',
      'the fear for',
    ),
    null,
  );
});
