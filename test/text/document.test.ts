import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDocument } from '../../src/text/document.js';

const art = (text: string) => ({ id: 't', text, date: null, title: null, url: null, outlet: null });

test('offsets never drift: every token, sentence and paragraph slices back to its text', () => {
  const text =
    'Pentagon spokesman John Kirby said on Thursday.  The U.S. has “credible” intelligence.\n\nIt’s 8,500 troops, Mr. Smith said.';
  const doc = buildDocument(art(text));
  for (const t of doc.tokens) assert.equal(text.slice(t.start, t.end), t.text);
  assert.equal(doc.paragraphs.length, 2);
  assert.deepEqual(
    doc.sentences.map((s) => text.slice(s.start, s.end)),
    [
      'Pentagon spokesman John Kirby said on Thursday.',
      'The U.S. has “credible” intelligence.',
      'It’s 8,500 troops, Mr. Smith said.',
    ],
  );
  assert.ok(doc.tokens.some((t) => t.text === '8,500' && t.kind === 'number'));
  assert.ok(doc.tokens.some((t) => t.text === 'U.S.'));
});

test('lemmas and quote state', () => {
  const doc = buildDocument(art('Kirby told reporters that “troops were deployed” there.'));
  const by = (w: string) => doc.tokens.find((t) => t.text === w)!;
  assert.equal(by('told').lemma, 'tell');
  assert.equal(by('troops').lemma, 'troop');
  assert.equal(by('troops').quoted, true);
  assert.equal(by('there').quoted, false);
  assert.equal(by('Kirby').cap, true);
  assert.equal(by('that').stop, true);
});

test('hard-wrapped text is joined into one paragraph', () => {
  const line = 'word '.repeat(14).trim();
  const text = Array.from({ length: 6 }, () => line).join('\n');
  assert.equal(buildDocument(art(text)).paragraphs.length, 1);
});
