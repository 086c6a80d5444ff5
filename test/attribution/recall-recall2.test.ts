// A title opening with a speaker's name and a colon that the cue tagger missed (every text here is
// invented): each test fails on the extractor as it was before the fix, unless its comment says it
// guards the fix's reach.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from './helpers.js';

const colon = (text: string) => analyze(text).find((s) => s.cue.text === ':');

test('"Thatch: I support a second bridge.": a title\'s name that the article gives in full speaks the rest of the title', () => {
  const text =
    'Thatch: I support a second bridge.\n\n' +
    'Council member Edna Thatch wants to see a second bridge built.\n\n' +
    'The Lenbridge member wrote for a local paper that "the east side is often forgotten."';
  const s = colon(text);
  assert.ok(s, 'a statement on the colon');
  assert.equal(s.speaker?.text, 'Thatch');
  assert.equal(s.content.text.replace(/\.$/, ''), 'I support a second bridge');
});

test('"Heron: Bridge Toll Story Has Moved.": a title in title case', () => {
  const text =
    'Heron: Bridge Toll Story Has Moved.\n\n' +
    'Council member Edna Heron (L-Lenbridge) stated that the story on the toll had moved on.';
  const s = colon(text);
  assert.ok(s, 'a statement on the colon');
  assert.equal(s.speaker?.text, 'Heron');
});

test('"Poll: 4 harbour seats are close": a poll names itself as the source of a title', () => {
  const text =
    'Poll: 4 harbour seats are close; \nCandidates level in Orrin, Deale, Maske.\n\n' +
    'Harbour seats in Orrin, Deale and Maske are close, a survey found.';
  const s = colon(text);
  assert.ok(s, 'a statement on the colon');
  assert.equal(s.speaker?.text, 'Poll');
});

test("guards the reach: a title's word the article gives only after a preposition, or a label opening with an article, is no speaker", () => {
  // Guards: "Furrow" is a place here, named again only after "in".
  assert.equal(
    colon('Furrow: I support a second bridge.\n\nResidents in Furrow want to see a second bridge built.'),
    undefined,
  );
  // Guards: "The Latest" opens with an article.
  assert.equal(
    colon(
      'The Latest: Larch backs a second bridge.\n\nCouncil member Edna Larch wants to see a second bridge built.',
    ),
    undefined,
  );
});
