// Speakers found wrong on PolNeAR train, rebuilt on invented news (every text here is invented):
// each test fails on the extractor as it was before its fix, unless its comment says it guards a
// fix's reach.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, analyzeUnfiltered } from './helpers.js';

const speakerOf = (text: string, cue: string) => analyze(text).find((s) => s.cue.text === cue)?.speaker?.text;
// For a statement the retrained filter keeps or drops by a small margin: the rule's speaker.
const unfilteredSpeakerOf = (text: string, cue: string) =>
  analyzeUnfiltered(text).find((s) => s.cue.text === cue)?.speaker?.text;

test('"X pressured them to stop by | threatening": a "by" of means before a gerund cue leaves the clause\'s subject the speaker', () => {
  assert.equal(
    speakerOf(
      'As dockers in Dorrel marched for a pay rise, former Harbour Board chair Corin Vale tried to break the strike by threatening the port subsidy.',
      'threatening',
    ),
    'former Harbour Board chair Corin Vale',
  );
  assert.equal(
    speakerOf(
      "But the Ashby campaign risks misjudging the depth of Mr. Dorn's support by dismissing him as the latest fad of the season.",
      'dismissing',
    ),
    'the Ashby campaign',
  );
  assert.equal(
    speakerOf(
      'In the last forum, on Radio Tolbury, candidates were able to dodge hard questions by saying it was the host, not the candidate, who had erred.',
      'saying',
    ),
    'candidates',
  );
});

test('"It goes on | to fault": the subject of "go on" speaks', () => {
  assert.equal(
    speakerOf(
      "The filing blames the council for the flood. It goes on to specifically fault Mayor Ilse Varga's use of a private fund.",
      'to specifically fault',
    ),
    'It',
  );
});

test('"X drew a contrast", "The bombing sparked a debate", "X drew attention to": a verb of receiving that is itself the cue, or draws something of the subject\'s own, leaves the subject the speaker', () => {
  assert.equal(
    unfilteredSpeakerOf(
      'Minutes later, Ada Kirsch, whose support fell in the past week, drew a more measured contrast with the front-runner.',
      'drew',
    ),
    'Ada Kirsch',
  );
  assert.equal(
    unfilteredSpeakerOf(
      'The bombing sparked a bitter quarrel among ministers about border patrols.',
      'sparked',
    ),
    'The bombing',
  );
  assert.equal(
    unfilteredSpeakerOf('Brun drew attention to what she called a cover-up.', 'drew attention'),
    'Brun',
  );
});

test('"X was prompted to say", "X is facing doubts after | saying": the one moved to speak, or who spoke after, is the speaker', () => {
  assert.equal(
    speakerOf(
      'The hearing was so quiet that Mr. Ostrow was prompted to say, "Nobody has raised a voice all morning."',
      'was prompted to say',
    ),
    'Mr. Ostrow',
  );
  assert.equal(
    speakerOf(
      'Yet he is facing doubts after saying in a radio interview that he would stay neutral on the harbour vote.',
      'saying in a radio interview',
    ),
    'he',
  );
});

test('guard: "faced calls", "drew criticism from" still give the talk to others', () => {
  assert.equal(speakerOf('Mayor Tilde Okafor faced calls to resign after the audit.', 'calls'), undefined);
  assert.equal(
    speakerOf(
      'The Brennmoor plan has drawn harsh criticism from fellow council members.',
      'has drawn harsh criticism',
    ),
    'fellow council members',
  );
});

test('"…, keen to", "…, determined to": an adjective of resolve after the clause\'s comma is its subject\'s, as a participle would be', () => {
  assert.equal(
    speakerOf(
      'While her party feeds on anger at the port deal, she has chosen softer words at rallies than her rival, keen to widen its appeal in the suburbs.',
      'keen',
    ),
    'she',
  );
  assert.equal(
    speakerOf(
      'He said a loss in either town would end her run. The Varga team spent more than 2 million crowns on the two towns, determined to settle the contest early.',
      'determined',
    ),
    'The Varga team',
  );
});

test('"…, but councillors, concerned about …", "Some shareholders, worried that …": the noun phrase right before the adjective is its subject', () => {
  assert.equal(
    speakerOf(
      "Mr. Osk has attacked the mayor more sharply than anyone, but councillors, concerned about the party's slide among farmers, have held back.",
      'concerned about',
    ),
    'councillors',
  );
  assert.equal(
    speakerOf(
      'Some shareholders, worried that the merger would drain cash, are pressing the brewer for a buyback.',
      'worried',
    ),
    'Some shareholders',
  );
});
