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

test('the attribution view cuts a sentence longer than any news sentence into pieces of at most 300 tokens', async () => {
  const { attributionView, MAX_SENTENCE_TOKENS } = await import('../../src/attribution/resplit.js');
  const { buildDocument } = await import('../../src/text/document.js');
  const text =
    'The group named ' + Array.from({ length: 600 }, (_, i) => `Omar${i} Said`).join(' ') + ' as leaders.';
  const view = attributionView(
    buildDocument({ id: 'x', text, date: null, title: null, url: null, outlet: null }),
  );
  assert.ok(view.sentences.length > 1);
  for (const s of view.sentences) assert.ok(s.tokenEnd - s.tokenStart <= MAX_SENTENCE_TOKENS);
  // Every token still belongs to exactly one sentence, in order.
  for (let i = 1; i < view.sentences.length; i++)
    assert.equal(view.sentences[i].tokenStart, view.sentences[i - 1].tokenEnd);
});
