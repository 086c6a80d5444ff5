// Statements read wrong in invented news (the eighteenth session, helper g; every text here is
// invented): each test fails on the extractor as it was before its fix, unless its comment says it
// guards a fix's reach.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from './helpers.js';

const contents = (text: string) => analyze(text).map((s) => s.content.text);

test('a trailing counted time after a comma (", hours after …", ", a day after …") dates the saying, not what was said', () => {
  assert.deepEqual(
    contents('Rangers in Dellow said three poachers had been caught, hours after the fence was cut.'),
    ['three poachers had been caught'],
  );
  assert.deepEqual(
    contents(
      'The ferry operator said the crossing would resume on Monday, a day after divers checked the hull.',
    ),
    ['the crossing would resume on Monday'],
  );
  assert.deepEqual(
    contents('The guild called the walkout off, its chairwoman said, just days after talks resumed.'),
    ['The guild called the walkout off'],
  );
});

test('a counted time that opens a clause going on, or stands inside a quotation, stays (guards the reach of the trailing-time rule)', () => {
  assert.deepEqual(contents('The warden said hours after the fence was cut, three poachers were caught.'), [
    'hours after the fence was cut, three poachers were caught',
  ]);
  assert.deepEqual(contents('"We were caught out, hours after the warning," the warden said.'), [
    '"We were caught out, hours after the warning,"',
  ]);
});

test('"said in a research note that …": the medium\'s noun is no second cue, and one statement comes out', () => {
  const out = analyze(
    'Strategists at Pellam Securities said in a research note that copper prices would slide.',
  );
  assert.deepEqual(
    out.map((s) => [s.speaker?.text, s.cue.text, s.content.text]),
    [['Strategists at Pellam Securities', 'said', 'that copper prices would slide']],
  );
});

test('"wrote in a note to clients that …": whom the medium was for is no part of the content', () => {
  const [s] = analyze(
    'Ines Varga, an economist at Holt Bank, wrote in a note to clients that the rate cut would wait.',
  );
  assert.ok(s);
  assert.equal(s.speaker_name, 'Ines Varga');
  assert.equal(s.content.text, 'that the rate cut would wait');
});

test('"Despite warnings from irrigators that …": who is named after "from" or "by" speaks, and the content opens at "that"', () => {
  const out = analyze(
    'Despite warnings from orchardists that the frost would ruin the harvest, the board said it would press ahead.',
  );
  assert.deepEqual(
    out.map((s) => [s.speaker?.text ?? null, s.cue.text, s.content.text]),
    [
      ['orchardists', 'warnings', 'that the frost would ruin the harvest'],
      ['the board', 'said', 'it would press ahead'],
    ],
  );
  const [claim] = analyze(
    'Amid claims by rival hauliers that the contract was rigged, the port delayed the award.',
  );
  assert.ok(claim);
  assert.equal(claim.speaker?.text, 'rival hauliers');
  assert.equal(claim.content.text, 'that the contract was rigged');
});

test('a time after "from" names no one (guards the reach of the lead-agent rule)', () => {
  const [s] = analyze('Despite claims from last spring that the dam was sound, engineers closed it.');
  assert.ok(s);
  assert.equal(s.speaker, null);
});

test('"“…,” a ranger who gave her name only as Ilse said. “…”": the speaker keeps her relative clause, and both quotations are hers', () => {
  // (PolNeAR marks a saying inside a speaker's relative clause too: "who gave her name" may stay.)
  const out = analyze(
    '“The fire is under control,” a ranger who gave her name only as Ilse said by radio. “The road stays shut.”',
  ).filter((s) => s.cue.text === 'said');
  assert.equal(out.length, 1);
  const [s] = out;
  assert.equal(s.speaker?.text, 'a ranger who gave her name only as Ilse');
  assert.equal(s.type, 'direct');
  assert.ok(s.content.text.startsWith('“The fire is under control,”'));
  assert.ok(s.content.text.endsWith('“The road stays shut.”'));
});
