import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractStatements, type Statement } from '../../src/attribution/index.js';
import { buildDocument } from '../../src/text/document.js';

const analyze = (text: string): Statement[] =>
  extractStatements(buildDocument({ id: 't', text, date: null, title: null, url: null, outlet: null }));

test('a quotation followed by "X said" is a direct statement by X', () => {
  const text = '“We will not back down,” Mayor Jane Smith said on Monday.';
  const [s] = analyze(text);
  assert.ok(s, 'one statement');
  assert.equal(s.speaker?.text, 'Mayor Jane Smith');
  assert.equal(s.cue.text, 'said');
  assert.equal(s.content.text, '“We will not back down,”');
  assert.equal(s.type, 'direct');
  for (const span of [s.speaker!, s.cue, s.content]) assert.equal(text.slice(span.start, span.end), span.text);
});

test('"X said that ..." is indirect, content after the cue', () => {
  const text = 'Police Chief Tom Brown said that the suspect had fled the city before dawn.';
  const [s] = analyze(text);
  assert.equal(s.speaker?.text, 'Police Chief Tom Brown');
  assert.equal(s.content.text, 'that the suspect had fled the city before dawn');
  assert.equal(s.type, 'indirect');
});
