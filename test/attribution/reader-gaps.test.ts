// Speakers, cues and contents found wrong by reading invented news articles (the eighth session's
// round, and gaps left by the rounds before; none quoted from a corpus): each test fails on the
// extractor as it was before its fix, but "blaming one another accuses", which guards the blame
// rule's reach.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, byCue } from './helpers.js';

test('a street whose last word may be a surname is no person ("lives on Pine Hollow Lane")', () => {
  const st = analyze(
    'Gerald Tamsin lives on Pine Hollow Lane. The 71-year-old said it was scary. He said he would leave.',
  );
  assert.deepEqual(
    st.map((s) => s.speaker_name),
    ['Gerald Tamsin', 'Gerald Tamsin'],
  );
  // "Lane" stays a surname.
  assert.equal(
    byCue(analyze('The film starred Ida Lane. Lane said he loved it.'), 'said').speaker_name,
    'Ida Lane',
  );
});

test('a fact-check’s labels are no speakers ("Verdict: False.", "Claim: …")', () => {
  assert.deepEqual(analyze('Verdict: False. The council is not banning barbecues.'), []);
  assert.deepEqual(
    analyze('Claim: The council will fine anyone who lights a barbecue in a garden this summer.'),
    [],
  );
  // A label asking a question is an interviewer's.
  assert.ok(analyze('Courier: Will there be another strike? We hope not.').length > 0);
});

test('a relative clause closed by a comma before the verb of saying is no part of the cue', () => {
  const s = byCue(analyze('The post, which appeared on Facebook, says: “Barbecues will be fined.”'), 'says:');
  assert.equal(s.speaker?.text, 'The post');
  assert.equal(s.content.text, '“Barbecues will be fined.”');
  // A participle after the comma is still its own cue, spoken by the subject.
  const p = byCue(
    analyze('Hillary Clinton chimed in on Twitter, saying the video should be released.'),
    'chimed in on Twitter, saying',
  );
  assert.equal(p.speaker_name, 'Hillary Clinton');
});

test('a participle after a clause whose subject is "those at" a firm is theirs, named in full', () => {
  const s = byCue(
    analyze(
      'Analysts were split. Those at Fenmore Capital were more sceptical, warning that regulators could object.',
    ),
    'warning',
  );
  assert.equal(s.speaker?.text, 'Those at Fenmore Capital');
  assert.equal(s.speaker_name, 'Those at Fenmore Capital');
  assert.equal(s.stance, 'warn');
  const a = byCue(
    analyze('Analysts at Fenmore Capital were more sceptical, warning that regulators could object.'),
    'warning',
  );
  assert.equal(a.speaker?.text, 'Analysts at Fenmore Capital');
});

test('"was asked whether …": the question is the content, not the one asked', () => {
  for (const [text, content] of [
    ['The minister was asked whether she would resign.', 'whether she would resign'],
    ['He was asked what happened to the money.', 'what happened to the money'],
    ['She was asked if she had been treated unfairly.', 'if she had been treated unfairly'],
  ]) {
    const s = byCue(analyze(text), 'was asked');
    assert.equal(s.content.text, content, text);
    assert.equal(s.speaker, null, text);
    assert.equal(s.stance, 'ask', text);
  }
});

test('a cue does not take a gerund after a verb of saying and its preposition, nor end on an adjunct’s preposition', () => {
  const w = byCue(
    analyze("The pilots' union warned against blaming the crew before all the facts were known."),
    'warned against',
  );
  assert.equal(w.content.text, 'blaming the crew before all the facts were known');
  assert.equal(w.stance, 'warn');
  // One act of saying: the gerund stays in the cue.
  assert.ok(
    analyze('The mayor stopped short of calling the fire arson.').every(
      (s) => s.cue.text !== 'stopped short of',
    ),
  );
  const s = analyze('"It was fine," Lee said at a meeting in the town hall.');
  assert.equal(s[0].cue.text, 'said at a meeting');
});

test('"…, said her lawyer, Anna Berg." is named by the name in apposition', () => {
  assert.equal(
    analyze('Jane Doe won. "We are pleased," said her lawyer, Anna Berg.')[0].speaker_name,
    'Anna Berg',
  );
  assert.equal(analyze('"We are pleased," said his spokesman, Tom Hale.')[0].speaker_name, 'Tom Hale');
  // Not a clause after the comma.
  assert.equal(
    analyze('Jane Doe won. Her lawyer said, Frankly, it was expected.')[0].speaker_name,
    'Jane Doe’s lawyer',
  );
});

test('a lowercase title, a name and a relative clause before the cue are the speaker', () => {
  const [s] = analyze(
    'But councillor Beatrice Novak, who represents the ward, said the tower would be too tall.',
  );
  assert.equal(s.speaker?.text, 'councillor Beatrice Novak');
  assert.equal(s.speaker_name, 'Beatrice Novak');
});

test('speaker names: "Families of the victims" whole, "a statement read outside the High Court" no court', () => {
  assert.equal(
    analyze('Families of the victims accused the airline of hiding information.')[0].speaker_name,
    'Families of the victims',
  );
  assert.equal(
    analyze('The paper will pay damages, according to a statement read outside the High Court.')[0]
      .speaker_name,
    'a statement',
  );
  // A place after "in" still names the people's group.
  assert.equal(
    analyze('Political sources in Bonn said the plan was dead.')[0].speaker_name,
    'Political sources',
  );
});

test('"It" opening a sentence takes up the body the sentence before opens with', () => {
  const [s] = analyze('The union has lodged an objection. It says the council failed to consult residents.');
  assert.equal(s.speaker_name, 'The union');
  // Not a person, nor a thing.
  assert.equal(
    analyze('The minister has lodged an objection. It says the council failed.')[0].speaker_name,
    null,
  );
  assert.equal(analyze('The storm has caused damage. It says nothing.')[0]?.speaker_name ?? null, null);
});

test('a statement a comment calls a charge accuses, and keeps its closing quotation mark', () => {
  const st = analyze(
    'Senator Gregor Haas called the budget "a luxury the country cannot afford", a charge the agency rejects.',
  );
  const called = byCue(st, 'called');
  assert.equal(called.speaker_name, 'Gregor Haas');
  assert.equal(called.stance, 'accuse');
  assert.equal(called.content.text, 'the budget "a luxury the country cannot afford"');
  assert.equal(byCue(st, 'rejects').content.text, called.content.text);
  const said = byCue(
    analyze('Lee said the budget was "a luxury the country cannot afford", a charge the agency rejects.'),
    'said',
  );
  assert.ok(said.content.text.endsWith('afford"'));
  assert.equal(
    byCue(
      analyze('The trust claims the council failed to consult residents, an allegation the council denies.'),
      'claims',
    ).stance,
    'accuse',
  );
  // A claim is no charge.
  assert.equal(
    byCue(
      analyze('The trust said the council failed to consult residents, a claim the council denies.'),
      'said',
    ).stance,
    'assert',
  );
});

test('blame denied or left open accuses no one; a recommendation calls', () => {
  assert.equal(analyze('The company said it was not to blame.')[0].stance, 'deny');
  assert.equal(analyze('Nobody is to blame, the mayor said.')[0].stance, 'assert');
  assert.equal(
    analyze('Marr stressed that the investigation had not yet reached conclusions on who was to blame.')[0]
      .stance,
    'assert',
  );
  assert.equal(analyze('The minister said the union was to blame.')[0].stance, 'accuse');
  assert.equal(analyze('The committee recommended that the minister resign.')[0].stance, 'call');
});

test('a headline’s noun of a person is the lead’s person so titled or saying the same, else stays a description', () => {
  const names = (text: string) => analyze(text).map((s) => s.speaker_name);
  // Not the first person the lead names: here the accused.
  assert.deepEqual(names('Watchdog accuses bank of hiding losses\n\nCastellan denied wrongdoing.'), [
    'Watchdog',
    'Castellan',
  ]);
  assert.equal(
    names('Minister praises teachers\n\nBrigid Hollander said the union was pleased.')[0],
    'Minister',
  );
  assert.equal(
    names('Minister praises teachers\n\nEducation Minister Ana Ruiz praised teachers on Monday.')[0],
    'Ana Ruiz',
  );
  // A headline's bare object is no part of the cue.
  assert.equal(analyze('Watchdog accuses bank of hiding losses')[0].cue.text, 'accuses');
});

test('"the company", "the regulator", "the statement" take up the body named as a speaker just before', () => {
  // The last statement with the cue.
  const name = (text: string, cue: string) =>
    analyze(text)
      .filter((s) => s.cue.text === cue)
      .pop()?.speaker_name;
  assert.equal(
    name('Quillon denied wrongdoing. In a statement, the company said the data had been anonymised.', 'said'),
    'Quillon',
  );
  assert.equal(
    name(
      'The regulator Ofergen said it would raise the cap. The typical household will pay more, the regulator said.',
      'said',
    ),
    'Ofergen',
  );
  const st = analyze(
    'In a statement, the Vantria education ministry said the offer was fair. "We remain ready to talk," the statement said.',
  );
  assert.equal(st[1].speaker_name, st[0].speaker_name);
  // Not a person, nor one of two bodies.
  assert.equal(
    name('Bob White, head of the union, said pay was low. The union added that it would strike.', 'added'),
    'The union',
  );
  assert.equal(
    name(
      'Quillon denied wrongdoing. Ofergen said it would appeal. The company said the data had been anonymised.',
      'said',
    ),
    'The company',
  );
});

test('"its"/"it" take up the body the sentence before opens with, "she" after an opening adjunct the one it names', () => {
  const st = analyze(
    'The Norvalian army said Estranian troops had crossed the line. Estrany gave a very different account. Its defence ministry said one soldier died.',
  );
  assert.equal(st[1].speaker_name, 'Estrany’s defence ministry');
  const she = analyze(
    'Novelist Clara Deseine said she had learned a lot from Ines Carvalho-Brandt. Carvalho-Brandt was often reluctant to talk about her work. In a rare interview in 2011, she said she wrote to keep the dead company.',
  );
  assert.equal(she[1].speaker_name, 'Ines Carvalho-Brandt');
});

test('subjects kept out of the cue: "Her family asked … and said", "Opposition leaders accused", "One journalist asked"', () => {
  const st = analyze('Her family asked for privacy and said a funeral would take place next week.');
  assert.deepEqual(
    st.map((s) => s.speaker?.text),
    ['Her family', 'Her family'],
  );
  assert.equal(
    analyze('Opposition leaders accused the mayor of lying.')[0].speaker?.text,
    'Opposition leaders',
  );
  const q = analyze('One journalist asked whether the government would resign.')[0];
  assert.equal(q.speaker?.text, 'One journalist');
  assert.equal(q.content.text, 'whether the government would resign');
  // "fuel" before a noun is no verb of receiving: the mayor still speaks.
  assert.equal(
    byCue(analyze('The mayor praised the fuel tax and said traffic would improve.'), 'said').speaker?.text,
    'The mayor',
  );
});

test('labels, obituaries and live stamps: "LIVE:", "is survived by", "09:15 —" are no part of a statement', () => {
  assert.deepEqual(analyze('LIVE: Floods hit Brennholt\n\nThe river rose overnight.'), []);
  assert.deepEqual(analyze('She is survived by her husband, the painter Karel Brandt, and two sons.'), []);
  assert.equal(
    analyze('09:15 — The river has burst its banks, the emergency service said.')[0].content.text,
    'The river has burst its banks',
  );
});

test('comments after a quotation’s closing mark, ampersand names after "from", and the denier a description names', () => {
  const st = analyze('The ministry accused Norvalia of "a provocation," a charge Morrow denied.');
  assert.deepEqual(
    st.map((s) => [s.speaker?.text, s.stance]),
    [
      ['The ministry', 'accuse'],
      ['Morrow', 'deny'],
    ],
  );
  assert.equal(
    analyze('She died at home, according to a statement from Halder & Finch, which published her books.')[0]
      .speaker_name,
    'Halder & Finch',
  );
  assert.equal(
    byCue(analyze('The union accused the mayor of lying, which he denied.'), 'denied').speaker_name,
    'the mayor',
  );
});

test('a plural verb after "but" continues a singular speaker’s reported clause, not the speaker’s saying', () => {
  const [s, ...rest] = analyze('Okafor said parents backed the strike but were angry about the timing.');
  assert.equal(s.content.text, 'parents backed the strike but were angry about the timing');
  assert.deepEqual(rest, []);
  // A plural speaker's own second predicate stays a statement of its own.
  assert.equal(analyze('The unions said they backed the strike and were angry about the timing.').length, 2);
});

test('stances: a cause blamed accuses no one; a welcome reported under "said" welcomes', () => {
  const stance = (text: string) => analyze(text)[0].stance;
  assert.equal(stance('The regulator lifted the cap, blaming a sharp rise in wholesale prices.'), 'assert');
  assert.equal(stance('The airline blamed the delay on bad weather.'), 'assert');
  assert.equal(stance('The government blamed the rebels for the attack.'), 'accuse');
  assert.equal(stance('Officials blamed Russia.'), 'accuse');
  assert.equal(stance('The union said it welcomed the offer.'), 'welcome');
});

test('listeners: media told things, and no place after the listener', () => {
  const to = (text: string) => analyze(text)[0].addressee?.text ?? null;
  assert.equal(to('Villagers told local radio they had heard gunfire.'), 'local radio');
  assert.equal(to('The minister told state television that talks would resume.'), 'state television');
  assert.equal(
    to('"We are angry," Brigid Hollander told reporters outside the union headquarters.'),
    'reporters',
  );
});

test('blaming one another accuses', () => {
  assert.equal(
    analyze('The two sides blamed one another for the collapse of the talks.')[0].stance,
    'accuse',
  );
});

test('"told a different story" is no saying; a passive’s agent leaves its time out', () => {
  assert.deepEqual(analyze('Estate agents told a different story.'), []);
  const [s] = analyze(
    'Quillon was accused by a group of security researchers last year of sending contact lists to its servers.',
  );
  assert.equal(s.speaker?.text, 'a group of security researchers');
});

test('"the council" is no body whose own name says it is another kind, nor the speaker a comment answers', () => {
  const st = analyze(
    'The Tarrow Civic Trust claims the council failed to consult residents, an allegation the council denies.',
  );
  assert.equal(byCue(st, 'denies').speaker_name, 'the council');
  assert.equal(
    byCue(analyze('Velmora Corp said it would cut jobs. The company blamed weak demand.'), 'blamed')
      .speaker_name,
    'Velmora Corp',
  );
});
