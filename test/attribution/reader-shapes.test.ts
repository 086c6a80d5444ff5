// Shapes found by reading invented news articles through `unspin analyze` (none quoted from a
// corpus): each test fails on the extractor as it was before its fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, byCue } from './helpers.js';

test('"X, which reported …" is named by the name before the comma (not a weekday)', () => {
  const st = analyze(
    'The accusations were first made by the newspaper Dagblad, which reported last week that the bidder had donated to the party.',
  );
  const s = byCue(st, 'reported last week');
  assert.equal(s.speaker?.text, 'which');
  assert.equal(s.speaker_name, 'Dagblad');
  const dated = analyze('The envoys meet on Tuesday, which will focus on trade, the ministry said.');
  for (const x of dated) assert.notEqual(x.speaker_name, 'Tuesday');
});

test('a description in commas before a name is that person’s role: "the president" is not the lawyer', () => {
  const st = analyze(
    'Rahal’s lawyer, Nadia Farouk, called the arrest politically motivated. The president said the subsidies had become unaffordable.',
  );
  assert.equal(byCue(st, 'said').speaker_name, 'The president');
});

test('an infinitive after a telling cue is its content, not a listener before a later clause', () => {
  const st = analyze(
    'The president promised to review the rise but warned that the subsidies were unaffordable.',
  );
  assert.equal(byCue(st, 'promised').content.text, 'to review the rise');
  assert.equal(byCue(st, 'warned').content.text, 'that the subsidies were unaffordable');
});

test('a capitalised name running into the cue stays the speaker’s ("The Cruise Lines Association called")', () => {
  const st = analyze(
    'The Cruise Lines Association called the decision reckless and said its members would sue.',
  );
  const called = byCue(st, 'called');
  assert.equal(called.speaker?.text, 'The Cruise Lines Association');
  assert.equal(byCue(st, 'said').speaker?.text, 'The Cruise Lines Association');
});

test('"C, X said on Thursday, though Y cautioned that …": the content is the clause before', () => {
  const st = analyze(
    'A new pill slowed memory loss by about a quarter, the company said on Thursday, though experts cautioned that the benefit was modest.',
  );
  assert.equal(byCue(st, 'said').content.text, 'A new pill slowed memory loss by about a quarter');
  assert.equal(byCue(st, 'cautioned').content.text, 'that the benefit was modest');
});

test('a denial commenting on the clause before ("a claim opposition groups reject") is a statement', () => {
  for (const [text, cue] of [
    ['The government blames the unrest on foreign agitators, a claim opposition groups reject.', 'reject'],
    [
      'The government blames the unrest on foreign agitators, a claim that opposition groups have rejected.',
      'have rejected',
    ],
  ]) {
    const s = byCue(analyze(text), cue);
    assert.equal(s.stance, 'deny');
    assert.equal(s.speaker?.text, 'opposition groups');
    assert.equal(s.content.text, 'the unrest on foreign agitators');
  }
});

test('a capitalised name ending on a title word ("Citizens for Harbour Justice") names itself', () => {
  const st = analyze(
    'Ana Ruiz spoke to the panel on Monday. Citizens for Harbour Justice says the rules should be tightened.',
  );
  assert.equal(byCue(st, 'says').speaker_name, 'Citizens for Harbour Justice');
});

test('a listener told to do something: the infinitive is content, prepositions stay in the listener', () => {
  assert.equal(
    byCue(analyze('Heatwave: officials urge residents to stay indoors'), 'urge').content.text,
    'residents to stay indoors',
  );
  const urged = byCue(
    analyze(
      'Health officials on Sunday urged residents of the southern region to stay indoors during the hottest hours, as temperatures were forecast to reach 44C.',
    ),
    'urged',
  );
  assert.ok(
    urged.content.text.startsWith('residents of the southern region to stay indoors'),
    urged.content.text,
  );
  assert.equal(
    byCue(analyze('She told members of the committee the plan was dead.'), 'told').content.text,
    'the plan was dead',
  );
});

test('a possessive before a noun cue is its speaker ("its earlier assurance that …")', () => {
  const st = analyze(
    'Online retailer Kartly said on Monday that data had been exposed. The firm dropped its earlier assurance that no customer information had been taken.',
  );
  const s = byCue(st, 'earlier assurance');
  assert.equal(s.speaker?.text, 'its');
  assert.equal(s.content.text, 'that no customer information had been taken');
});

test('a title before a name is no cue ("Harlow Town coach Ben Ashdown resigned")', () => {
  const st = analyze(
    'Harlow Town coach Ben Ashdown resigned on Sunday. Ashdown said the players gave everything.',
  );
  assert.deepEqual(
    st.map((s) => s.cue.text),
    ['said'],
  );
});

test('"A poll published this week suggested": the cue is the verb, the speaker named "A poll"', () => {
  for (const text of [
    'A poll published this week suggested most parents supported the teachers.',
    'A poll published on Monday suggested most parents supported the teachers.',
  ]) {
    const s = byCue(analyze(text), 'suggested');
    assert.equal(s.speaker_name, 'A poll');
    assert.equal(s.content.text, 'most parents supported the teachers');
  }
});

test('a plural possessive inside an organisation’s name stays in it ("The National Teachers’ Union")', () => {
  const s = byCue(analyze('The National Teachers’ Union said the offer was an insult.'), 'said');
  assert.equal(s.speaker_name, 'National Teachers’ Union');
});

test('"cautioned, however, that …": the discourse adverb is no part of the content', () => {
  const s = byCue(analyze('Ito cautioned, however, that comets were hard to predict.'), 'cautioned');
  assert.equal(s.content.text, 'that comets were hard to predict');
});

test('", while another party called it …" ends the content: the contrast is another statement', () => {
  const s = byCue(
    analyze(
      'The chamber said it was pleased, while its Vellish counterpart called the summit "a turning point".',
    ),
    'said',
  );
  assert.equal(s.content.text, 'it was pleased');
  // A contrast without a verb of saying stays in the content.
  const kept = byCue(
    analyze('The poll said Ruiz would win the city, while Lind would win the suburbs.'),
    'said',
  );
  assert.equal(kept.content.text, 'Ruiz would win the city, while Lind would win the suburbs');
});

test('"Senator accused of misusing funds": a bare charge names no accuser; the charged is content', () => {
  const s = byCue(analyze('Senator accused of misusing campaign funds'), 'accused of');
  assert.equal(s.speaker, null);
  assert.equal(s.stance, 'accuse');
  assert.deepEqual(
    s.content.fragments?.map((f) => f.text),
    ['Senator', 'misusing campaign funds'],
  );
  // An active charge keeps its accuser.
  assert.equal(
    byCue(analyze('Russia accused Ukraine of shelling the town.'), 'accused').speaker?.text,
    'Russia',
  );
});

test('"told" after the content is no instruction: "X expects Y to fall, Lund told analysts" asserts', () => {
  const s = byCue(
    analyze('The company expects volumes to fall in 2025, chief executive Johan Lund told analysts.'),
    'told',
  );
  assert.equal(s.stance, 'assert');
});

test('an appositive name after a lowercase role is the speaker’s ("Her opponent, businessman Grant Foley,")', () => {
  const st = analyze(
    'Ruth Alder denied it. Her opponent, businessman Grant Foley, said he had nothing to do with it.',
  );
  const s = byCue(st, 'said');
  assert.equal(s.speaker?.text, 'Her opponent, businessman Grant Foley');
  assert.equal(s.speaker_name, 'Grant Foley');
});

test('a headline’s description is named by the person the lead gives that title ("Minister rejects …")', () => {
  const st = analyze(
    'Minister rejects claims ferry contract was rigged\n\nTransport Minister Clara Vos on Tuesday rejected accusations that the contract had been rigged.',
  );
  assert.equal(byCue(st, 'rejects').speaker_name, 'Clara Vos');
});

test('"announced warning strikes": the "-ing" modifier of the object is no part of the cue', () => {
  const s = byCue(analyze('The union announced warning strikes at airports next week.'), 'announced');
  assert.equal(s.content.text, 'warning strikes at airports next week');
  // A progressive form keeps its verb: "is telling reporters that …".
  assert.equal(
    byCue(analyze('The senator is telling reporters that the bill will pass.'), 'is telling').content.text,
    'that the bill will pass',
  );
});

test('a dateline ("DAYTON, Ohio —", "LISBON, March 3 (Wire) -") is no speaker and no content', () => {
  const st = analyze(
    'DAYTON, Ohio — Republican nominee Walt Harmon on Monday renewed his attacks on trade deals, telling a crowd that they had gutted towns like this one.',
  );
  assert.equal(byCue(st, 'telling').speaker_name, 'Walt Harmon');
  const wire = analyze('EASTPORT - More than 300 shops will close this year, a traders’ group said.');
  assert.equal(byCue(wire, 'said').content.text, 'More than 300 shops will close this year');
});

test('", and a spokesman, Eric Dunn, noted": the appositive after the conjunction is the speaker', () => {
  const st = analyze(
    'Her campaign dismissed the speech as "the same empty promises," and a spokesman, Eric Dunn, noted that the companies had made products overseas.',
  );
  assert.equal(byCue(st, 'noted').speaker?.text, 'a spokesman, Eric Dunn');
  assert.equal(byCue(st, 'dismissed').content.text, 'the speech as "the same empty promises,"');
});

test('"who requested to not be named" (a split infinitive, as spun copies write it) is no statement', () => {
  const st = analyze(
    'A Vellish official, who requested to not be named, stated the issue would be "parked" until next year.',
  );
  assert.deepEqual(
    st.map((s) => s.cue.text),
    ['stated'],
  );
});

test('a subject with a relative "that" ("Civil rights groups that brought the suit hailed …") speaks whole', () => {
  const s = byCue(analyze('Civil rights groups that brought the suit hailed the ruling.'), 'hailed');
  assert.equal(s.speaker?.text, 'Civil rights groups that brought the suit');
  assert.equal(s.speaker_name, 'Civil rights groups');
  // A complement's "that" has a subject after it: "claims that rivals hailed".
  assert.equal(
    byCue(analyze('The company claims that rivals hailed the ruling.'), 'claims').speaker?.text,
    'The company',
  );
});

test('"The plan, opposed by unions, was dropped": the agent without its "by" speaks', () => {
  const s = byCue(analyze('The plan, opposed by unions, was dropped.'), 'opposed');
  assert.equal(s.speaker?.text, 'unions');
  assert.equal(s.content.text, 'The plan');
});

test('"said the tunnel’s pumps, which X runs, had broken down": the content runs past the relative clause', () => {
  const s = byCue(
    analyze(
      'He said the tunnel’s pumps, which Holby is responsible for, had broken down, and that his town had cleared its drains.',
    ),
    'said',
  );
  assert.equal(
    s.content.text,
    'the tunnel’s pumps, which Holby is responsible for, had broken down, and that his town had cleared its drains',
  );
});

test('sports positions are titles ("Goalkeeper Tomasz Wrona" is named Tomasz Wrona)', () => {
  const s = byCue(analyze('Goalkeeper Tomasz Wrona said he would retire after 20 seasons.'), 'said');
  assert.equal(s.speaker_name, 'Tomasz Wrona');
});

test('"X has cancelled her tour, her management said, citing …": a clause is no appositive; "her" is X', () => {
  const st = analyze(
    'Pop singer Lia Marr has cancelled the rest of her European tour, her management said on Sunday, citing "severe exhaustion".',
  );
  const said = byCue(st, 'said');
  assert.equal(said.content.text, 'Pop singer Lia Marr has cancelled the rest of her European tour');
  assert.equal(said.speaker_name, 'Lia Marr’s management');
  assert.equal(byCue(st, 'citing').speaker?.text, 'her management');
});

test('a reflexive after a name is no part of it ("Marr herself wrote")', () => {
  const st = analyze('Lia Marr cancelled the tour. Marr herself wrote that she had pushed too hard.');
  assert.equal(byCue(st, 'wrote').speaker_name, 'Lia Marr');
});

test('two noun phrases joined at the sentence start speak together ("The nurses’ union and the doctors’ association said")', () => {
  const joined = byCue(
    analyze("The nurses' union and the doctors' association said that wards were understaffed."),
    'said',
  );
  assert.equal(joined.speaker?.text, "The nurses' union and the doctors' association");
  const neither = byCue(analyze('Neither he nor the unions would say when talks might resume.'), 'would say');
  assert.equal(neither.speaker?.text, 'Neither he nor the unions');
  // A clause before "and" is no part of the speaker.
  assert.equal(
    byCue(analyze('Prices rose and the analysts said the market was hot.'), 'said').speaker?.text,
    'the analysts',
  );
});

test('"ruled out on Friday any early end": the cue ends before the time and the object’s determiner', () => {
  const s = byCue(
    analyze('The head of the central bank, Olga Penn, ruled out on Friday any early end to the programme.'),
    'ruled out',
  );
  assert.equal(s.content.text, 'any early end to the programme');
  assert.equal(s.stance, 'deny');
});

test('"expressed concern about" warns', () => {
  const s = byCue(
    analyze('The envoy expressed concern about the rising violence.'),
    'expressed concern about',
  );
  assert.equal(s.stance, 'warn');
});

test('a headline glued to its subtitle leaves the headline out of the speaker', () => {
  const st = analyze(
    'Minister quits over expenses row Opposition says government has lost control\n\nThe transport minister resigned on Monday.',
  );
  assert.equal(byCue(st, 'says').speaker?.text, 'Opposition');
});

test('"criticism from unions, who argue …": "who" takes up the bare plural before it', () => {
  const st = analyze(
    'Labour Minister Sara Holm said the changes were necessary. The plan drew criticism from unions, who argue that it will hurt manual workers.',
  );
  assert.equal(byCue(st, 'argue').speaker_name, 'unions');
});

test('"Fishermen in the port of Lindholm" are the fishermen; "Marine biologist Anna Lund of the University of Kastrup" is Anna Lund', () => {
  const st = analyze(
    'Fishermen in the port of Lindholm say catches have collapsed. Marine biologist Anna Lund of the University of Kastrup said both explanations were plausible.',
  );
  assert.equal(byCue(st, 'say').speaker_name, 'Fishermen');
  const they = analyze(
    'Fishermen in the port of Lindholm say catches have collapsed since an offshore wind farm began operating last year, and they want the government to pay compensation.',
  );
  assert.equal(byCue(they, 'want').speaker_name, 'Fishermen');
  assert.equal(byCue(st, 'said').speaker_name, 'Anna Lund');
});

test('speakers from a town-hall report: a clause is cut from the subject, an adjunct after the speaker, "its" is the thing the sentence opens with', () => {
  const st = analyze(
    'Hundreds of residents packed a town hall meeting in Brennmoor on Wednesday to oppose plans for an incinerator.\n\n"Nobody wants to breathe this stuff," shouted one man to loud applause. Councillor Judith Marsh said no decision would be taken before June.\n\nA petition against the plant has gathered more than 6,000 signatures, according to its organisers.',
  );
  assert.equal(byCue(st, 'to oppose').speaker?.text, 'Hundreds of residents');
  assert.equal(byCue(st, 'shouted').speaker?.text, 'one man');
  assert.equal(byCue(st, 'said').speaker_name, 'Judith Marsh');
  assert.equal(byCue(st, 'according to').speaker_name, 'A petition’s organisers');
});

test('"she" takes up an indefinite description of a person ("One patient, who did not want to be named")', () => {
  const st = analyze(
    '"People trust hospitals with their most private information," said Ravi Mehta of the charity Patients First.\n\nOne patient, who did not want to be named, told the Chronicle she had received a letter about a stranger\'s treatment. "I felt sick reading it," she said.',
  );
  assert.equal(byCue(st, 'said').speaker?.text, 'Ravi Mehta of the charity Patients First');
  const she = st.filter((s) => s.speaker?.text === 'she');
  assert.equal(she.length, 1);
  assert.equal(she[0].speaker_name, 'One patient');
});
