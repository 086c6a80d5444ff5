import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addresseeOf } from '../../src/attribution/addressee.js';
import { extractStatements } from '../../src/attribution/index.js';
import { docOf } from './helpers.js';

/** The listener of the statement whose cue holds `cue`, as text (null when none). */
function listenerOf(text: string, cue: string): string | null {
  const doc = docOf(text);
  const st = extractStatements(doc).find((s) => s.cue.text.includes(cue));
  assert.ok(st, `a statement with cue "${cue}" in: ${text}`);
  const span = addresseeOf(doc, st);
  if (span) assert.equal(doc.text.slice(span.start, span.end), span.text, 'offsets match the text');
  return span?.text ?? null;
}

test('a tell verb takes its listener: told reporters, warned Moscow, informed the committee', () => {
  assert.equal(
    listenerOf('Pentagon spokesman John Kirby told reporters at a briefing that Moscow had a plan.', 'told'),
    'reporters',
  );
  assert.equal(listenerOf('NATO warned Moscow that any attack would be costly.', 'warned'), 'Moscow');
  assert.equal(listenerOf('“We are ready,” Stoltenberg told reporters.', 'told'), 'reporters');
  assert.equal(
    listenerOf('The minister informed the committee that the budget was final.', 'informed'),
    'the committee',
  );
  assert.equal(
    listenerOf('Putin told French President Emmanuel Macron that talks must go on.', 'told'),
    'French President Emmanuel Macron',
  );
});

test('a listener after "to" or a setting: said to reporters, an interview with CNN, a letter to Congress', () => {
  assert.equal(listenerOf('Erdogan said in an interview with CNN that Turkey would help.', 'said'), 'CNN');
  assert.equal(
    listenerOf('In a letter to Congress, the president said the troops would stay.', 'said'),
    'Congress',
  );
  assert.equal(listenerOf('The general said to lawmakers that the war was not over.', 'said'), 'lawmakers');
});

test('no listener is named: none is made up', () => {
  assert.equal(listenerOf('The Kremlin said that the claims were absurd.', 'said'), null);
  assert.equal(listenerOf('NATO warned that the build-up was continuing.', 'warned'), null);
  assert.equal(listenerOf('The ministry repeatedly warned of shortages, officials said.', 'said'), null);
});

test('a participle after a named listener is not part of it', () => {
  assert.equal(
    listenerOf(
      'Marsh, in an interview with the Daily Courier published on Monday, said she would stay.',
      'said',
    ),
    'the Daily Courier',
  );
});

test('every extracted statement carries its addressee (null when none)', () => {
  const text =
    '“We are ready,” Stoltenberg told reporters. The Kremlin said the claims were absurd. Erdogan said in an interview with CNN that Turkey would help.';
  const statements = extractStatements(docOf(text));
  assert.deepEqual(
    statements.map((s) => [s.cue.text, s.addressee?.text ?? null]),
    [
      ['told', 'reporters'],
      ['said', null],
      ['said', 'CNN'],
    ],
  );
});
