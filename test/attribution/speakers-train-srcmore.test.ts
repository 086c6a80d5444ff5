// Speakers found wrong on PolNeAR train, rebuilt on invented news (every text here is invented):
// each test fails on the extractor as it was before its fix, unless its comment says it guards a
// fix's reach.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from './helpers.js';

const speakerOf = (text: string, cue: string) => analyze(text).find((s) => s.cue.text === cue)?.speaker?.text;

test('"X pressured them to stop by | threatening": a "by" of means before a gerund cue leaves the clause\'s subject the speaker', () => {
  assert.equal(
    speakerOf(
      'While unions in Dorrel lobbied for a wage floor, former Harbour Board chair Corin Vale pressured them to stop by threatening their grants.',
      'threatening',
    ),
    'former Harbour Board chair Corin Vale',
  );
  assert.equal(
    speakerOf(
      "But the Ashby campaign risks misjudging the depth of Mr. Dorn's support by dismissing him as the latest fad of the season.",
      'dismissing',
    ),
    'the Ashby campaign',
  );
  assert.equal(
    speakerOf(
      'In the last forum, on Radio Tolbury, candidates were able to dodge hard questions by saying it was the host, not the candidate, who had erred.',
      'saying',
    ),
    'candidates',
  );
});

test('"It goes on | to fault": the subject of "go on" speaks', () => {
  assert.equal(
    speakerOf(
      "The filing blames the council for the flood. It goes on to specifically fault Mayor Ilse Varga's use of a private fund.",
      'to specifically fault',
    ),
    'It',
  );
});
