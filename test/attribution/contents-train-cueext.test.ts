// Contents that missed because the cue's reach around them was read wrong (invented texts): each
// test fails on the extractor as it was before its fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from './helpers.js';

const contentOf = (text: string, cue: string) => {
  const s = analyze(text).find((x) => x.cue.text === cue);
  if (!s) return undefined;
  return s.content.fragments?.length ? s.content.fragments.map((f) => f.text).join(' | ') : s.content.text;
};

test('"In a speech last April, he said:" closing its paragraph: the content is the paragraph after, not the opening phrase', () => {
  const text =
    'The governor of Tarrow had few kind words for the canal plan. In a speech last April, he said:\n\n' +
    'Make no mistake – the canal plan is a disaster for the valley, and it must be stopped.';
  assert.equal(
    contentOf(text, 'said:'),
    'Make no mistake – the canal plan is a disaster for the valley, and it must be stopped.',
  );
  const caption =
    'In the caption under the photo, Mira Colt wrote:\n\nI think this picture says it all, as the valley is flooded again.';
  assert.match(contentOf(caption, 'wrote:') ?? '', /^I think this picture/);
});

test('"reported that night the bridge …": "that night" is the report\'s time, not the content\'s start', () => {
  const text = 'Loomis Radio reported that night the bridge over the Venn had been closed for repairs.';
  assert.equal(contentOf(text, 'reported'), 'the bridge over the Venn had been closed for repairs');
});
