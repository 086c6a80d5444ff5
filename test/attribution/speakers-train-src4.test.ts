// A cue opening with adverbs ("patiently explaining", "once argued", "fiercely resisted by"): the
// speaker rules read the cue's verb past them, as they do when no adverb stands before it (every
// text here is invented). Each test fails on the extractor as it was before cue-adverbs.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeUnfiltered } from './helpers.js';

const speakerOf = (text: string, cue: string) => {
  const s = analyzeUnfiltered(text).find((x) => x.cue.text === cue);
  return s ? [s.speaker?.text ?? null, s.speaker_name] : undefined;
};

test('"X took every question, patiently explaining …": the clause\'s subject speaks a participle after adverbs', () => {
  assert.deepEqual(
    speakerOf(
      'The coach of the Rivertown Owls took every question, patiently explaining that the stadium lease had expired.',
      'patiently explaining',
    ),
    ['The coach of the Rivertown Owls', 'The coach of the Rivertown Owls'],
  );
  // After an opening phrase that is no subject.
  assert.deepEqual(
    speakerOf(
      'Despite the rain, Mina Corr kept the rally going, loudly telling the crowd that the vote was rigged.',
      'loudly telling',
    ),
    ['Mina Corr', 'Mina Corr'],
  );
});

test('"she left after publicly accusing …", "Before briefly praising …, X": the participle\'s clause subject', () => {
  assert.equal(
    speakerOf(
      'She left the board in 2019 after publicly accusing the treasurer of fraud.',
      'publicly accusing',
    )?.[0],
    'She',
  );
  assert.deepEqual(
    speakerOf(
      'Before briefly praising the firefighters, Governor Tal Ruso thanked the volunteers.',
      'briefly praising',
    ),
    ['Governor Tal Ruso', 'Tal Ruso'],
  );
});

test('"crews that once argued …", "a village that has rejected …": the relative "that" is the subject', () => {
  assert.deepEqual(
    speakerOf(
      'The minister toured ports with trawler crews that once argued the quotas were too low.',
      'once argued',
    ),
    ['that', 'trawler crews'],
  );
  assert.deepEqual(
    speakerOf('The council visited a village that has rejected the pipeline plan twice.', 'has rejected'),
    ['that', 'a village'],
  );
});

test('"The levy, fiercely resisted by the league, …": the agent of a participle after adverbs', () => {
  assert.deepEqual(
    speakerOf(
      'The levy, fiercely resisted by the Grain Growers League, was dropped in May.',
      'fiercely resisted',
    ),
    ['the Grain Growers League', 'Grain Growers League'],
  );
});
