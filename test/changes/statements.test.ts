// Credits and quotations read from the attribution statements of copy and source.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kinds, report, story } from './helpers.js';

const INTRO =
  'Turkish President Recep Tayyip Erdogan met Ukrainian President Volodymyr Zelenskyy in Lviv on Thursday.\n\n';
const CLAIM = 'said the two sides should return to talks in Istanbul as soon as possible.';
const SOURCE = INTRO + story(`Erdogan ${CLAIM}`);

test('attribution_dropped: the statement credited to another named speaker', () => {
  const copy = INTRO + story(`Zelenskyy ${CLAIM}`);
  const ch = report(SOURCE, copy);
  const c = ch.find((x) => x.kind === 'attribution_dropped');
  assert.ok(c, JSON.stringify(ch));
  const at = copy.lastIndexOf('Zelenskyy');
  assert.deepEqual(c.copy, { start: at, end: at + 'Zelenskyy'.length, text: 'Zelenskyy' });
  const from = SOURCE.lastIndexOf('Erdogan');
  assert.deepEqual(c.source, { start: from, end: from + 'Erdogan'.length, text: 'Erdogan' });
  // The swapped name is the credit change, not a second change of its own.
  assert.ok(
    !kinds(ch).includes('meaning_changed') && !kinds(ch).includes('name_changed'),
    JSON.stringify(ch),
  );
});

test('attribution_dropped: the speaker removed', () => {
  const ch = report(
    SOURCE,
    INTRO + story('The two sides should return to talks in Istanbul as soon as possible.'),
  );
  const c = ch.find((x) => x.kind === 'attribution_dropped');
  assert.ok(c, JSON.stringify(ch));
  assert.match(c.source!.text, /Erdogan said/);
});

test('attribution_dropped: the speaker cut while another statement of the sentence keeps its cue', () => {
  const ch = report(
    INTRO +
      story(
        'Erdogan said the two sides should return to talks in Istanbul as soon as possible, and Zelenskyy said he agreed.',
      ),
    INTRO +
      story(
        'Clearly the two sides should return to talks in Istanbul as soon as possible, and Zelenskyy said he agreed.',
      ),
  );
  const c = ch.find((x) => x.kind === 'attribution_dropped');
  assert.ok(c, JSON.stringify(ch));
  assert.equal(c.source!.text, 'Erdogan said');
  assert.match(c.copy!.text, /^two sides should return/);
  assert.ok(!kinds(ch).includes('meaning_changed'), JSON.stringify(ch));
});

test('attribution_dropped: the statement credited to unnamed sources or to no one', () => {
  for (const copy of [
    'The two sides should return to talks in Istanbul as soon as possible, sources said.',
    'It was said that the two sides should return to talks in Istanbul as soon as possible.',
  ]) {
    const ch = report(SOURCE, INTRO + story(copy));
    const c = ch.find((x) => x.kind === 'attribution_dropped');
    assert.ok(c, `${copy}: ${JSON.stringify(ch)}`);
    assert.equal(c.source!.text, 'Erdogan');
    assert.match(c.copy!.text, /sources|was said/);
  }
});

test('the same speaker through a pronoun or a title is no change', () => {
  for (const speaker of ['He', 'The Turkish president']) {
    const ch = report(SOURCE, INTRO + story(`${speaker} ${CLAIM}`));
    assert.ok(!kinds(ch).includes('attribution_dropped'), `${speaker}: ${JSON.stringify(ch)}`);
  }
});

test('a report about the speaker credited to an agency is not another speaker', () => {
  const ch = report(
    INTRO + story('Erdogan said on Friday that the talks would take place in Istanbul next month.'),
    INTRO + story('Erdogan on Friday said the talks would take place in Istanbul next month, AFP reported.'),
  );
  assert.ok(!kinds(ch).includes('attribution_dropped'), JSON.stringify(ch));
});

const OUTRO = '\n\nOfficials gave no date for new talks between the delegations.';

test('quote_altered: a word changed inside a quotation running across two paragraphs, located exactly', () => {
  const quote = (word: string) =>
    INTRO +
    `"We remain hopeful that the two sides can meet again in Istanbul very soon.\n\n"We will keep working for a ${word} peace between the two countries," Erdogan said.` +
    OUTRO;
  const source = quote('lasting');
  const copy = quote('durable');
  const ch = report(source, copy);
  const c = ch.find((x) => x.kind === 'quote_altered');
  assert.ok(c, JSON.stringify(ch));
  assert.deepEqual(c.copy, {
    start: copy.indexOf('durable'),
    end: copy.indexOf('durable') + 7,
    text: 'durable',
  });
  assert.deepEqual(c.source, {
    start: source.indexOf('lasting'),
    end: source.indexOf('lasting') + 7,
    text: 'lasting',
  });
});

test("quote_altered: a quotation in doubled apostrophes (''...'') counts as one", () => {
  const quote = (word: string) =>
    INTRO +
    `''We will keep working for a ${word} peace between the two countries,'' Erdogan said after the talks.` +
    OUTRO;
  const ch = report(quote('lasting'), quote('durable'));
  const c = ch.find((x) => x.kind === 'quote_altered');
  assert.ok(c, JSON.stringify(ch));
  assert.equal(c.copy!.text, 'durable');
  assert.ok(!kinds(ch).includes('spun_phrase'), JSON.stringify(ch));
});
