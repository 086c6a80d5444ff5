// Reporting clauses around quotations and sources: agentful passives, relative clauses,
// names after a sentence-opening quotation, descriptions as inverted sources, quotations that run
// on across sentences, coordinated statements, and plural nouns that are subjects, not cues.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractStatementsWith } from '../../src/attribution/index.js';
import { analyze, byCue, docOf } from './helpers.js';

test('an agentful passive: the agent speaks about the subject', () => {
  const s = byCue(analyze('Her remarks were echoed by a number of housing experts.'), 'echoed');
  assert.equal(s.speaker?.text, 'a number of housing experts');
  assert.equal(s.content.text, 'Her remarks');
});

test('"To which she said, “...”" reports the quotation, not the words before "which"', () => {
  const s = byCue(analyze('To which the mayor said, “We will rebuild the bridge.”'), 'said');
  assert.equal(s.content.text, '“We will rebuild the bridge.”');
});

test('a name with long appositives after a sentence-opening quotation speaks it', () => {
  const s = byCue(
    analyze(
      '“We will win this case,” Jane Doe, a lawyer for the city, one of the plaintiffs, said at a news conference.',
    ),
    'said',
  );
  assert.equal(s.speaker_name, 'Jane Doe');
  assert.equal(s.content.text, '“We will win this case,”');
});

test('a description or a plural after the cue is an inverted source', () => {
  const s = byCue(analyze('The budget plan is dead for this year, said several lawmakers.'), 'said');
  assert.equal(s.speaker?.text, 'several lawmakers');
  assert.equal(s.content.text, 'The budget plan is dead for this year');
});

test('a quotation opened inside the content runs on to its closing mark', () => {
  const s = byCue(
    analyze(
      'She added that the city was “ready to rebuild. We will not wait for anyone.” The crowd cheered.',
    ),
    'added',
  );
  assert.match(s.content.text, /We will not wait for anyone\.”$/);
});

test('"X said A and warned B": the second statement is not part of the first', () => {
  const statements = analyze('The minister said the talks had failed and warned rivals against new attacks.');
  const said = byCue(statements, 'said');
  assert.doesNotMatch(said.content.text, /warned/);
  assert.match(byCue(statements, 'warned').content.text, /rivals/);
});

test('a plural noun before the verb is a subject, not a cue: "the intelligence claims come as ..."', () => {
  const statements = analyze('The new intelligence claims come as the talks resume in Geneva.');
  assert.ok(!statements.some((s) => s.cue.text.startsWith('claims')));
});

test('a participle opening the sentence is spoken by the subject of the main clause', () => {
  const s = byCue(
    analyze('Citing the new figures, Governor Jane Doe said the budget was balanced.'),
    'Citing',
  );
  assert.equal(s.speaker_name, 'Jane Doe');
});

test('a coordinated cue with no earlier statement in the sentence is spoken by its subject', () => {
  const s = byCue(
    analyze('Jane Fields later posted a photograph of her arm and said she had been pulled backward.'),
    'said',
  );
  assert.equal(s.speaker?.text, 'Jane Fields');
});

test('a sure cue keeps its fronted content whole against an unsure cue inside it', () => {
  // "was shelved" is a cue candidate only through the tagger's generous margin; it must not cut
  // what the people told Reuters down to "The plan" (checked before the statement filter).
  const st = extractStatementsWith(
    docOf('The plan was shelved, people familiar with the matter told Reuters.'),
    {
      filter: null,
    },
  );
  assert.equal(byCue(st, 'told').content.text, 'The plan was shelved');
});

test('"X was quoted by Y as saying C": X said C, Y only reported it', () => {
  const st = analyze(
    'Halvorsen’s chief executive, Jonas Moe, was cited by the Northfield Courier as saying the firm had followed every rule.',
  );
  assert.equal(st.length, 1);
  assert.equal(st[0].speaker_name, 'Jonas Moe');
  assert.equal(st[0].content.text, 'the firm had followed every rule');
  const quoted = analyze('The minister was quoted by a news agency as saying the talks would resume.');
  assert.equal(quoted.length, 1);
  assert.equal(quoted[0].speaker?.text, 'The minister');
  assert.equal(quoted[0].content.text, 'the talks would resume');
});

test('a listener before a clause opened by a subject pronoun is not part of the content', () => {
  assert.equal(
    byCue(analyze('Nurses told the Courier they lacked protective equipment.'), 'told').content.text,
    'they lacked protective equipment',
  );
  // "as she emerged" is an adjunct, not what was said.
  const adjunct = analyze('“We will win,” Ortiz told reporters as she left the meeting.');
  assert.notEqual(byCue(adjunct, 'told').content.text, 'she left the meeting');
});

test('a next paragraph opened with another kind of quotation mark is not the speaker going on', () => {
  const st = analyze(
    '“Here he is,” she said. “He is here.”\n\n"The crowd cheered as the senator walked onto the stage.',
  );
  assert.equal(byCue(st, 'said').content.fragments?.length ?? 1, 2);
  assert.doesNotMatch(byCue(st, 'said').content.text, /crowd/);
  const same = analyze('“Here he is,” she said.\n\n“He is here at last.”');
  assert.match(byCue(same, 'said').content.text, /at last/);
});

test('an adjunct between the cue and "that" is skipped, hyphenated words and "without" included', () => {
  assert.equal(
    byCue(
      analyze('Judge Ellen Marsh wrote in a 42-page opinion that the state had failed to show any evidence.'),
      'wrote',
    ).content.text,
    'that the state had failed to show any evidence',
  );
  assert.equal(
    byCue(
      analyze('Hart claimed, without providing evidence, that ballots had been cast illegally.'),
      'claimed',
    ).content.text,
    'that ballots had been cast illegally',
  );
});

test('"Asked whether ..., he replied" reports the question with no asker; the answer is his', () => {
  const st = analyze('Asked whether the coach should go, he replied: “That is for the owners to decide.”');
  assert.equal(byCue(st, 'Asked').content.text, 'whether the coach should go');
  assert.equal(byCue(st, 'Asked').speaker, null);
  assert.match(byCue(st, 'replied').content.text, /owners to decide/);
});

test('a plural possessive stays in the speaker', () => {
  const st = analyze('Supporters’ group chairman Dave Kerr said fans had lost patience.');
  assert.equal(byCue(st, 'said').speaker?.text, 'Supporters’ group chairman Dave Kerr');
});

test('a quotation ending the clause after a listener does not start the content', () => {
  const st = analyze('Moe told reporters the firm was “looking at every option.”');
  assert.equal(byCue(st, 'told').content.text, 'the firm was “looking at every option.”');
  assert.equal(byCue(st, 'told').type, 'mixed');
  const quoted = analyze('Moe told reporters: “We are looking at every option.”');
  assert.equal(byCue(quoted, 'told').content.text, '“We are looking at every option.”');
});

test('an object pronoun after the cue is no inverted speaker ("The mayor, Dana Lopez, opposed it")', () => {
  const st = analyze('The mayor, Dana Lopez, opposed it.');
  if (st.length > 0) {
    assert.equal(st[0].speaker_name, 'Dana Lopez');
    assert.equal(st[0].content.text, 'it');
  }
});

test('an auxiliary opens a reporting verb of the lexicon ("The United States has accused")', () => {
  const st = analyze('The United States has accused Russia of staging a border incident.');
  assert.equal(byCue(st, 'accused').cue.text, 'has accused');
  assert.equal(byCue(st, 'accused').speaker_name, 'United States');
  assert.equal(byCue(st, 'accused').stance, 'accuse');
});

test('a "that"-clause keeps the cues inside it: the outer speaker reports them', () => {
  const st = analyze(
    'The Kremlin stated on Friday that the most recent deployments confirmed that NATO was elevating tensions.',
  );
  assert.equal(st.length, 1);
  assert.equal(st[0].speaker_name, 'Kremlin');
  assert.match(st[0].content.text, /^that the most recent deployments confirmed/);
});

test('a spun verb of saying with its speaker ends the content before it ("…, as Western officers stated …")', () => {
  const st = analyze(
    'NATO allies agreed on Friday to ship extra fighter jets to the eastern facet, as Western officers stated Russia was persevering to construct up its forces.',
  );
  assert.equal(byCue(st, 'stated').speaker?.text, 'Western officers');
  assert.doesNotMatch(byCue(st, 'agreed').content.text, /officers/);
});

test('a participle with its agent in the subject is no statement ("Experts cited by the newspaper said")', () => {
  const st = analyze('Experts cited by the newspaper said the cuts could save up to 2 billion euros.');
  assert.equal(st.length, 1);
  assert.equal(st[0].cue.text, 'said');
  assert.equal(st[0].speaker_name, 'Experts');
});

test('"C, people familiar with the matter told Reuters." is kept whatever the filter says', () => {
  const st = analyze('The plan was shelved, people familiar with the matter told Reuters.');
  assert.equal(byCue(st, 'told').speaker?.text, 'people familiar with the matter');
  assert.equal(byCue(st, 'told').content.text, 'The plan was shelved');
});

test('a second predicate of the speaker’s after a noun-phrase content is no part of it', () => {
  const st = analyze(
    'Voters viewed the reform as a tax grab and punished the party. The council promised a new bridge and attempted to win over the residents. He said the firm paid the fine and will appeal.',
  );
  assert.equal(byCue(st, 'viewed').content.text, 'the reform as a tax grab');
  assert.equal(byCue(st, 'promised').content.text, 'a new bridge');
  // A clause content keeps its own coordinated verbs.
  assert.equal(byCue(st, 'said').content.text, 'the firm paid the fine and will appeal');
});

test('the medium of the saying after a noun-phrase content or a listener is the speaker’s ("in a statement on Friday")', () => {
  const st = analyze(
    'The union condemned the closure in a statement on Friday. The minister praised the deal in early-morning tweets. The governor told the Courier in an interview the economy was slowing.',
  );
  assert.equal(byCue(st, 'condemned').content.text, 'the closure');
  assert.equal(byCue(st, 'praised').content.text, 'the deal');
  assert.equal(byCue(st, 'told').content.text, 'the economy was slowing');
});
