import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from './helpers.js';

const odd = [
  '',
  ':',
  '“',
  '” said',
  'said',
  'According to',
  '"',
  "''Nothing here,'' said",
  'He said: “',
  '“Unclosed quotation, he said.\n\n“And another',
  'NAME:',
  'A: B',
  '— said Smith —',
  'They said that.',
  'x '.repeat(2000) + 'said Smith.',
];

test('odd or truncated inputs never throw and keep offsets exact', () => {
  for (const text of odd) {
    const statements = analyze(text);
    for (const s of statements) {
      for (const span of [s.speaker, s.cue, s.content, ...(s.content.fragments ?? [])]) {
        if (!span) continue;
        assert.ok(
          span.start >= 0 && span.end <= text.length && span.start < span.end,
          `span in range for ${JSON.stringify(text.slice(0, 30))}`,
        );
        assert.equal(text.slice(span.start, span.end), span.text);
      }
    }
  }
});
