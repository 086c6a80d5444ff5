// Names given to a description of a person related to a body or person by a preposition
// ("analyst with Pellmore Securities", "budget adviser to Governor Lutz Farrow"): the person
// described, not the name after the preposition (every text here is invented). Each test fails
// on the extractor as it was before its fix, unless it says it guards.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, analyzeUnfiltered, byCue } from './helpers.js';

test('"Dorian Vasko, analyst with Pellmore Securities said": Vasko speaks, and "he" after him', () => {
  const text =
    'Grain trader Ansel Brook said stocks in the northern silos were running low. ' +
    '"Prices should hold through the winter," Dorian Vasko, analyst with Pellmore Securities said. ' +
    '"Nobody on the desk expects a cut before spring," he said.';
  const st = analyze(text);
  assert.equal(st[1].speaker_name, 'Dorian Vasko');
  assert.equal(st[2].speaker_name, 'Dorian Vasko');
});

test('a person set off by dashes before "then budget adviser to Governor Lutz Farrow" speaks, not the governor', () => {
  const text =
    'The levy on ferry tickets was scrapped in March. "The plan hands a gift to every speculator in ' +
    'the port," Irma Kessel - then budget adviser to Governor Lutz Farrow - told a radio station.';
  assert.equal(byCue(analyzeUnfiltered(text), 'told').speaker_name, 'Irma Kessel');
});

test('"the engineer with the Torvale Rail Union" is the engineer introduced before, not the union', () => {
  const text =
    'An engineer with the Torvale Rail Union said the stoppage would go ahead on Monday. ' +
    'Drivers voted by a wide margin to reject the offer. "We will not back down over the rota," ' +
    'the engineer with the Torvale Rail Union told reporters.';
  const told = byCue(analyzeUnfiltered(text), 'told');
  assert.equal(told.speaker_name, 'An engineer with the Torvale Rail Union');
});

test('guard: "a spokeswoman for Halden Mills" still speaks for the firm as before', () => {
  const text =
    'Halden Mills will close its weaving plant in Sorby next year, a spokeswoman for Halden Mills said.';
  const before = analyze(text)[0].speaker_name;
  assert.ok(before === 'a spokeswoman for Halden Mills' || before === 'Halden Mills');
});

test('guard: "director of communications Ana Ruiz" is Ana Ruiz, a title before her name', () => {
  const text =
    'Felka Group will open two stores in Varno this year, director of communications Ana Ruiz told reporters.';
  assert.equal(byCue(analyzeUnfiltered(text), 'told').speaker_name, 'Ana Ruiz');
});

test('a person named between the content and "aide to Senator Rhea Vale said" is the speaker', () => {
  const text =
    'The committee may well keep the grazing fee where it stands, but something must be done for ' +
    'hill farmers, Tess Amory, aide to Senator Rhea Vale said.';
  assert.equal(byCue(analyzeUnfiltered(text), 'said').speaker_name, 'Tess Amory');
});
