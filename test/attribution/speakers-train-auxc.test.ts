// Sources of cues opening on an auxiliary or a form of "be" (every text here is invented): each
// test fails on the extractor as it was before its fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, byCue } from './helpers.js';

const speakerOf = (text: string, cue: string) => byCue(analyze(text), cue).speaker?.text ?? null;

test('"The growers are worried about …": a participle of feeling after "be" is the subject\'s own view, no agentless passive', () => {
  const text = 'The orchard growers of Tallow County are worried about the new levy on cider.';
  const s = byCue(analyze(text), 'worried');
  assert.equal(s.speaker?.text, 'The orchard growers of Tallow County');
  assert.equal(s.content.text, 'the new levy on cider');
  assert.equal(
    speakerOf(
      'Dr. Ines Marrow said the trial went well. She is convinced that the drug will pass its review.',
      'convinced',
    ),
    'She',
  );
  // (A passive of an act done to the subject keeps no source.)
  assert.equal(speakerOf('The envoy was accused of leaking the memo.', 'accused'), null);
});

test('"He’s far less sure that …": the pronoun of a contraction opening the cue is the speaker, whatever follows it', () => {
  const text =
    'Mayor Tovin Rask said the bridge would open in May. He’s far less sure that the tunnel will be ready.';
  const s = byCue(analyze(text), 'sure');
  assert.equal(s.speaker?.text, 'He’s');
  assert.equal(s.speaker_name, 'Tovin Rask');
  assert.equal(
    speakerOf(
      'Senator Bela Korm said the budget was too big. He’s not saying what else he would cut.',
      'saying',
    ),
    'He’s',
  );
  // (Not before "been": "He’s been praised for" may be an agentless passive.)
  assert.equal(
    speakerOf(
      'Senator Bela Korm said the budget was too big. He’s been praised for years for his thrift.',
      'praised',
    ),
    null,
  );
});

test('"Now Pell, who …, has agreed to …": an opening "now" leaves the name before the relative clause the subject', () => {
  assert.equal(
    speakerOf(
      'Now Pell, who led the fund drive for the mayor, has agreed to serve as its treasurer.',
      'agreed',
    ),
    'Pell',
  );
});
