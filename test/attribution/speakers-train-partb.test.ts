// Participle speakers found wrong on PolNeAR train (every text here is invented): each test fails
// on the extractor as it was before its fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from './helpers.js';

const speakerOf = (text: string, cue: string) => analyze(text).find((s) => s.cue.text === cue)?.speaker?.text;

test('"Inside the hall, Kline dismissed …, arguing": a place phrase opening the sentence is no speaker', () => {
  const text =
    'Inside the old town hall, Kline on Tuesday dismissed Mayor Bo Rend as weak, arguing that he had failed the city.';
  assert.equal(speakerOf(text, 'arguing'), 'Kline');
});

test('"Sunday, on KXL’s “Morning Desk,” while commenting on …, Governor X said": the title’s comma inside its quotation marks closes the phrase', () => {
  const text =
    'Mayor Sees Hope. Sunday, on KXL’s “State of the City,” while commenting on the deep rift in the town laid ' +
    'bare by the recent floods in Brill and Tolm and a storm tearing and flattening nine old river bridges, ' +
    'Governor Ada Kline (D-XX) said the state “will rebuild every bridge.” Partial transcript follows.';
  assert.match(speakerOf(text, 'commenting on') ?? '', /Ada Kline/);
});

test('"X took …, was cool … and distinguished herself by saying": a predicate is no speaker, its subject is', () => {
  const text =
    'Before the floods, Vell took a softer line on the dam, suggesting the city sell it, was cool about new taxes ' +
    'and distinguished herself in the council by saying she would cut rates.';
  assert.equal(speakerOf(text, 'saying'), 'Vell');
  assert.equal(
    speakerOf(
      'Vell, by contrast, had no qualms about breaking with her future boss in endorsing Rand.',
      'endorsing',
    ),
    'Vell',
  );
});

test('"More recently, X has shifted …, offering": a degree word and its adverb open the sentence, no speaker', () => {
  const text =
    'More recently, Orrin Vell has shifted somewhat to match the mood, offering dire warnings about the budget.';
  assert.equal(speakerOf(text, 'offering dire warnings about'), 'Orrin Vell');
});
