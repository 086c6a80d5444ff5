// Speakers found wrong by reading invented news (the eighteenth session, third helper; every text
// here is invented): each test fails on the extractor as it was before its fix, unless its comment
// says it guards a fix's reach.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from './helpers.js';

const speakers = (text: string) => analyze(text).map((s) => [s.speaker?.text ?? null, s.speaker_name]);

test('three or more speakers listed with commas speak together, the first of them too', () => {
  assert.deepEqual(speakers('Farmers, fishermen and boat builders said the new quota was unfair.'), [
    ['Farmers, fishermen and boat builders', 'Farmers, fishermen and boat builders'],
  ]);
  assert.deepEqual(
    speakers('Nearly 90 poets, potters and dancers have urged the council to keep the hall.')[0],
    ['Nearly 90 poets, potters and dancers', 'Nearly 90 poets, potters and dancers'],
  );
  assert.deepEqual(speakers('The harbour master, the coroner and the fire chief said the pier was unsafe.'), [
    [
      'The harbour master, the coroner and the fire chief',
      'The harbour master, the coroner and the fire chief',
    ],
  ]);
  // Names: the resolved name holds every one of them, the list after "said" too.
  assert.deepEqual(speakers('Orvell, Tamsin and Quaid said they would appeal.'), [
    ['Orvell, Tamsin and Quaid', 'Orvell, Tamsin and Quaid'],
  ]);
  assert.deepEqual(speakers('"We will appeal," said Orvell, Tamsin and Quaid.'), [
    ['Orvell, Tamsin and Quaid', 'Orvell, Tamsin and Quaid'],
  ]);
});

test("a fronted time or adverb before a list is no item of it, nor are an inverted speaker's offices (guards the list rule's reach)", () => {
  assert.equal(
    analyze('The following week, the coroner and the fire chief said the pier was unsafe.')[0]?.speaker?.text,
    'the coroner and the fire chief',
  );
  assert.equal(
    analyze('Meanwhile, farmers, fishermen and boat builders said the quota was unfair.')[0]?.speaker?.text,
    'farmers, fishermen and boat builders',
  );
  assert.equal(
    analyze('"We will appeal," said Orla Quaid, Chairman and Chief Executive.')[0]?.speaker?.text,
    'Orla Quaid',
  );
});

test('"earlier" between a speaker and a cue is no part of the speaker ("X had earlier offered")', () => {
  assert.deepEqual(
    speakers('Transport Secretary Ilse Marwick-Dunn had earlier offered to meet the drivers.'),
    [['Transport Secretary Ilse Marwick-Dunn', 'Ilse Marwick-Dunn']],
  );
  assert.equal(
    analyze('The ferry operator earlier promised a full refund.')[0]?.speaker?.text,
    'The ferry operator',
  );
});

test('a counted time before the cue ("two days earlier", "less than a week ago") is no part of the speaker', () => {
  assert.equal(
    analyze('The harbour board less than two weeks ago announced that it would sell the pier.')[0]?.speaker
      ?.text,
    'The harbour board',
  );
  assert.equal(
    analyze('A few days later, Tomas Reyn changed course again, telling reporters the levy would stay.')[0]
      ?.speaker?.text,
    'Tomas Reyn',
  );
});

test('"But" opening a sentence before a fronted phrase: a participle is still spoken by the subject after the phrase', () => {
  assert.equal(
    analyze('But on Friday, Tomas Reyn changed course again, telling reporters the levy would stay.')[0]
      ?.speaker?.text,
    'Tomas Reyn',
  );
});

test("a body's name after its lowercase noun keeps its small words and a title-like first word", () => {
  const names = (text: string) => analyze(text).map((s) => s.speaker_name);
  assert.deepEqual(names('Relief charity Nurses on Wheels said its vans had reached the valley.'), [
    'Nurses on Wheels',
  ]);
  assert.deepEqual(names('The campaign group Justice Forum welcomed the ruling.'), ['Justice Forum']);
  assert.deepEqual(names('Aid group Feed the Hills said the road was blocked.'), ['Feed the Hills']);
  // (Not a person after a body's noun.)
  assert.deepEqual(names('Party Chairman Ross Delane said the vote was fair.'), ['Ross Delane']);
});

test('"The rail watchdog, the Fair Fares Authority, said": the body named in commas after its description', () => {
  assert.deepEqual(
    analyze('The rail watchdog, the Fair Fares Authority, said fares had risen.').map((s) => s.speaker_name),
    ['Fair Fares Authority'],
  );
});

test('a name in commas after a preposition\'s object renames the object, not the speaker ("Police in the port town, Skellby")', () => {
  const names = (text: string) => analyze(text).map((s) => s.speaker_name);
  assert.deepEqual(names('Police in the port town, Skellby, denied holding the lorries.'), ['Police']);
  assert.deepEqual(
    names(
      'A spokesman for the radio network, Channel Orrin, said the show would return. "He is one of us," he said.',
    ),
    ['A spokesman for the radio network, Channel Orrin', 'A spokesman for the radio network, Channel Orrin'],
  );
  // (A person's name there is the speaker's: guards the rule's reach.)
  assert.deepEqual(names('A lawyer for the family, Sam Ledger, said they would sue.'), ['Sam Ledger']);
  assert.deepEqual(names('A spokeswoman for the carmaker, Tilda Marsh, said the recall was voluntary.'), [
    'Tilda Marsh',
  ]);
});

test('"The Journal of Letters reviewer Hal Penn was harsher, calling …": the participle is the reviewer\'s, "of" inside the publication\'s name', () => {
  const [s] = analyze('The Journal of Letters reviewer Hal Penn was harsher, calling the novel "thin."');
  assert.equal(s?.speaker?.text, 'The Journal of Letters reviewer Hal Penn');
  assert.equal(s?.speaker_name, 'Hal Penn');
});
