// Speakers and cues found wrong by reading more invented news articles through `unspin analyze`
// (none quoted from a corpus): each test fails on the extractor as it was before its fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, byCue } from './helpers.js';

test('a noun after a possessive before an irregular verb of saying is the speaker’s ("His club said")', () => {
  const st = analyze('Reid was banned for six matches. His club said it would appeal.');
  const s = byCue(st, 'said');
  assert.equal(s.speaker?.text, 'His club');
  assert.equal(s.content.text, 'it would appeal');
});

test('a headline’s passive of praise, blame or a request names no speaker ("Singer praised for")', () => {
  for (const [headline, cue, stance] of [
    ['Singer praised for charity work', 'praised', 'welcome'],
    ['Minister slammed over remarks on nurses', 'slammed', 'accuse'],
    ['Residents urged to stay indoors as storm nears', 'urged', 'call'],
  ] as const) {
    const s = byCue(analyze(`${headline}\n\nThe story went on.`), cue);
    assert.equal(s.speaker, null, headline);
    assert.equal(s.stance, stance, headline);
    assert.ok(s.content.text.startsWith(headline.split(' ')[0]), headline);
  }
});

test('a headline’s passive of a deed is no statement ("Striker banned for six matches")', () => {
  const st = analyze('Striker banned for six matches\n\nHis club said on Tuesday it would appeal.');
  assert.deepEqual(
    st.map((s) => s.cue.text),
    ['said'],
  );
});
