// Content boundaries found wrong by reading invented news (the eighteenth session, helper d; every
// text here is invented): each test fails on the extractor as it was before its fix, unless its
// comment says it guards a fix's reach.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, analyzeUnfiltered, byCue } from './helpers.js';

const lines = (text: string) => analyze(text).map((s) => `${s.cue.text} | ${s.content.text}`);

test('the narrator\'s verdict on a figure (", a figure disputed by …", ", an estimate that could not be verified") is no content', () => {
  assert.deepEqual(
    lines('The rebel council said 25 guards were captured, a figure disputed by the garrison.'),
    // (The verdict is a statement of its own: the garrison disputes the figure; see eighteenth-e.)
    ['said | 25 guards were captured', 'disputed | a figure'],
  );
  assert.deepEqual(
    lines('The port authority said 80 boats had sunk, an estimate that could not be independently verified.'),
    ['said | 80 boats had sunk'],
  );
});

test('a contrast clause with another party\'s estimate (", while X puts the figure at …") ends the content', () => {
  assert.deepEqual(
    lines(
      'The Vardel health office says 140 people have died, while the rebels put the toll at more than 300.',
    ),
    // (The estimate is a statement of its own: the rebels' figure; see eighteenth-e.)
    ['says | 140 people have died', 'put | the toll at more than 300'],
  );
});

test('"Nils Ostrand, who says he was held for a week, wept as …": the relative clause reports, not the main predicate', () => {
  assert.deepEqual(
    lines(
      'Two former guards attended. One of them, Nils Ostrand, who says he was held for a week, wept as the verdict was read.',
    ),
    ['says | he was held for a week'],
  );
  // (A relative clause on an object, whose content is a list of verbs, keeps the list.)
  assert.deepEqual(lines('Reporters met Nils Ostrand, who says he was beaten, starved and robbed.'), [
    'says | he was beaten, starved and robbed',
  ]);
});

test('"said she sympathised with the teachers but worried about pupils": a feeling with a prepositional object continues the reported clause', () => {
  assert.deepEqual(
    lines('Ada Brill said she sympathised with the teachers but worried about pupils sitting exams.'),
    ['said | she sympathised with the teachers but worried about pupils sitting exams'],
  );
  // (Guards its reach: after a content that is no clause, the feeling is the speaker's own.)
  assert.equal(
    lines('Ada Brill praised the porters but feared for the patients.')[0],
    'praised | the porters',
  );
});

test('"expect the toll, now 88, to climb": an aside between the object and its infinitive keeps the infinitive in the content', () => {
  assert.deepEqual(
    lines('Rescuers expect the number of missing, now 88, to climb as divers reach the wreck.'),
    ['expect | the number of missing, now 88, to climb as divers reach the wreck'],
  );
  assert.deepEqual(lines('Economists expect the Tarn reserve bank, which meets on Friday, to cut rates.'), [
    'expect | the Tarn reserve bank, which meets on Friday, to cut rates',
  ]);
});

test('a reporting clause in commas right after a subordinating word: the content is the subordinate clause, not the sentence', () => {
  const s = byCue(
    analyzeUnfiltered(
      'Brenna Kolt trained as a pilot in 1964, at a time when, she later recalled, "the instructors would not shake our hands."',
    ),
    'recalled',
  );
  assert.ok(s);
  assert.equal(s.content.text, 'when, she later recalled, "the instructors would not shake our hands."');
  assert.deepEqual(
    s.content.fragments?.map((f) => f.text),
    ['when', '"the instructors would not shake our hands."'],
  );
  assert.deepEqual(lines('The harbour was dredged in 1988, where, he said, "nobody fished any more."'), [
    'said | where, he said, "nobody fished any more."',
  ]);
});

test('"argued in a column for the Lowfield Courier that …": the publication is no content', () => {
  const [s] = analyze(
    'Critic Tamsin Oake argued in a column for the Lowfield Courier that the gallery had bowed to donors.',
  );
  assert.ok(s);
  assert.equal(s.content.text, 'that the gallery had bowed to donors');
  // (Guards its reach: after a verb that is no saying, "for" opens what the noun asks for.)
  const [plea] = analyze('Mayor Ines Dorr made a plea for the council to settle the strike.');
  assert.ok(plea);
  assert.match(plea.content.text, /^the council to settle/);
});

test('"weighed in, urging fans to stop …": the cue is the participle, its object opens the content', () => {
  const said = analyze('The coach, Marit Solberg, weighed in, urging fans to stop "inventing stories."');
  const urging = said.find((s) => s.cue.text === 'urging');
  assert.ok(urging, said.map((s) => s.cue.text).join(', '));
  assert.equal(urging.content.text, 'fans to stop "inventing stories."');
  assert.equal(urging.speaker_name, 'Marit Solberg');
});

test('a long "added that A and promised to B": the promise is a statement of its own', () => {
  assert.deepEqual(
    lines(
      'Rosa Quill added that all refunds would be paid for the cancelled shows and promised to announce new dates "once the doctors say I am well."',
    ),
    [
      'added | that all refunds would be paid for the cancelled shows',
      'promised | to announce new dates "once the doctors say I am well."',
    ],
  );
  // (Guards its reach: a verb of the speaker's own before "and said" leaves the cue whole.)
  assert.equal(
    analyze('Mayor Ida Lorn smiled and said the bridge would reopen.')[0]?.speaker_name,
    'Ida Lorn',
  );
});

test('"urged the board to drop the plan before it began in March": the time clause is part of what was urged', () => {
  assert.deepEqual(lines('Ivo Brannagh urged the board to drop the levy before it began in March.'), [
    'urged | the board to drop the levy before it began in March',
  ]);
});
