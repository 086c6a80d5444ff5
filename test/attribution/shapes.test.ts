// Reporting-clause shapes: passives without an agent, appositives after a sentence-initial
// name, relative pronouns as sources, pull-quote lines; and the WordNet sense classes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isReportingClass, senseClass } from '../../src/attribution/senses.js';
import { analyze, byCue } from './helpers.js';

test('sense classes: verbs of saying and thinking are reporting classes, others are not', () => {
  for (const lemma of ['argue', 'insist', 'estimate', 'predict', 'believe', 'expect'])
    assert.ok(isReportingClass(senseClass(lemma)), lemma);
  for (const lemma of ['table', 'run', 'swim']) assert.ok(!isReportingClass(senseClass(lemma)), lemma);
  assert.equal(senseClass('qwertyuiop'), 0);
  assert.equal(senseClass('“'), 0);
});

test('a passive cue without a "by" agent has no source', () => {
  const s = byCue(
    analyze('The developer was accused of defrauding investors from at least 74 countries.'),
    'accused',
  );
  assert.equal(s.speaker, null);
  assert.match(s.content.text, /defrauding investors/);
});

test('a passive cue with a "by" agent keeps the agent as source', () => {
  const s = byCue(analyze('The senator was accused by her rivals of lying about the budget.'), 'accused');
  assert.match(s.speaker?.text ?? '', /^her rivals/);
});

test('a name and its appositive opening the sentence speak; what follows the cue is content', () => {
  const s = byCue(
    analyze(
      'But Lena Marsh, senior fellow for housing at the Center for Urban Policy, said tenants still want rent limits.',
    ),
    'said',
  );
  assert.equal(s.speaker?.text, 'Lena Marsh');
  assert.equal(s.content.text, 'tenants still want rent limits');
});

test('a clause after a comma is not an appositive: the inverted order still holds', () => {
  const s = byCue(
    analyze(
      'The offer did not sit well with the unions, and the talks went downhill from there, said one union official.',
    ),
    'said',
  );
  assert.equal(s.speaker?.text, 'one union official');
});

test('"which" right before the cue is the source', () => {
  const s = byCue(
    analyze(
      'The figures come from the Tax Policy Center, which estimated that the plan would cost $2 trillion.',
    ),
    'estimated',
  );
  assert.equal(s.speaker?.text, 'which');
  assert.equal(s.content.text, 'that the plan would cost $2 trillion');
});

test('pull-quote lines: each line is its own statement, names may end with a full stop', () => {
  const text = [
    'Readers told us what they thought.',
    '',
    '”He represents our greatest shame.” ― Sonya Herridge',
    '“I am so ashamed. How did we get this low?”\u00a0― Jacklyn A. Ashley\u00a0',
    '“He must stop portraying us as criminals.”― Carla Sanchez.',
  ].join('\n');
  const quotes = analyze(text).filter((s) => s.cue.text === '―');
  assert.deepEqual(
    quotes.map((s) => [s.speaker?.text, s.content.text]),
    [
      ['Sonya Herridge', '”He represents our greatest shame.”'],
      ['Jacklyn A. Ashley', '“I am so ashamed. How did we get this low?”'],
      ['Carla Sanchez', '“He must stop portraying us as criminals.”'],
    ],
  );
});

test('"X seemed Y": no source, and the subject is part of the content', () => {
  const s = byCue(analyze("Trump's supporters seemed equally unperturbed by the news."), 'seemed');
  assert.equal(s.speaker, null);
  assert.match(s.content.text, /^Trump's supporters/);
  assert.match(s.content.text, /unperturbed/);
});

test('words with an auxiliary after the cue are content, and the name before the comma speaks', () => {
  const s = byCue(
    analyze("One of the authors of that study, Nora Vance, said Ortiz's election will test their findings."),
    'said',
  );
  assert.equal(s.speaker?.text, 'Nora Vance');
  assert.equal(s.content.text, "Ortiz's election will test their findings");
});

test('a transcript line is its own statement even inside a quotation left open across paragraphs', () => {
  const text = [
    'Partial transcript as follows:',
    '',
    '"WALLACE: Let us start with the news about the debate. Why would he do that?',
    '',
    '"PENCE: Well, look, the campaign is focused on the issues that matter.',
  ].join('\n');
  const labels = analyze(text).filter((s) => s.cue.text === ':' && s.speaker?.text !== 'Partial transcript');
  assert.deepEqual(
    labels.map((s) => s.speaker?.text),
    ['WALLACE', 'PENCE'],
  );
});

test('listeners without "that": the clause after the listener is the content', () => {
  const s = byCue(analyze('The governor told reporters the plan was dead.'), 'told');
  assert.equal(s.content.text, 'the plan was dead');
});

test('a listener followed only by an adjunct: the content came before the cue', () => {
  const s = byCue(
    analyze(
      'Trump could embrace a clean energy policy, Sen. Lindsey Graham told The Huffington Post on Thursday.',
    ),
    'told',
  );
  assert.equal(s.content.text, 'Trump could embrace a clean energy policy');
  assert.match(s.speaker?.text ?? '', /Lindsey Graham/);
});

test('a cue does not swallow the end of its subject', () => {
  const s = byCue(analyze('Zero Hedge asked whether the polls were rigged.'), 'asked');
  assert.equal(s.cue.text, 'asked');
  assert.equal(s.speaker?.text, 'Zero Hedge');
});

test('"According to X ..., C": the source runs to the comma opening the content', () => {
  const s = byCue(
    analyze(
      'According to a new poll from Northfield State University broadcast on Channel 9, the governor leads the race by 12 points.',
    ),
    'According to',
  );
  assert.equal(s.speaker?.text, 'a new poll from Northfield State University broadcast on Channel 9');
  assert.equal(s.content.text, 'the governor leads the race by 12 points');
});

test('a time right after the cue belongs to the saying, not to the content ("said Monday they …")', () => {
  const st = analyze(
    'Councillors said Monday they did not support the plan. The mayor said on Friday the plan was dead. He said today was a good day. The minister said last year’s figures were wrong.',
  );
  assert.deepEqual(
    st.map((s) => s.content.text),
    [
      'they did not support the plan',
      'the plan was dead',
      'today was a good day',
      'last year’s figures were wrong',
    ],
  );
});

test('a passive agent ends at an infinitive or "as"; a web address is one word of a source', () => {
  const st = analyze(
    'The valley was long thought by many geologists to be the bed of an old lake. The driver was named by the police as Omar Hassan. Tracking data published by BoatFinder.net showed that the ferry had left port.',
  );
  assert.equal(byCue(st, 'was long thought').speaker?.text, 'many geologists');
  assert.equal(byCue(st, 'was named').speaker?.text, 'the police');
  assert.equal(byCue(st, 'showed').speaker?.text, 'Tracking data published by BoatFinder.net');
});

test('"As reported by X, C": the agent speaks and the clause after the comma is what was said', () => {
  const st = analyze(
    'As noted by a researcher in a blog post, the glacier may be shrinking faster. As reported by the Courier, the port will close. As expected, the bank held rates. This trend therefore suggests that buyers are back.',
  );
  assert.equal(byCue(st, 'noted').speaker?.text, 'a researcher in a blog post');
  assert.equal(byCue(st, 'noted').content.text, 'the glacier may be shrinking faster');
  assert.equal(byCue(st, 'reported').speaker?.text, 'the Courier');
  assert.equal(byCue(st, 'suggests').speaker?.text, 'This trend');
});

test('a colon ending a paragraph introduces the quotation paragraph after it; quotations go on in paragraphs of their own', () => {
  const st = analyze(
    'The governor spoke often. In a 1963 speech, he declared:\n\n“It is very appropriate that from this city we sound the drum for freedom.”\n\nWhen he died, the president released the following statement:\n\n“Our thoughts are with the governor’s family tonight.”\n\n“We will not rest until the port is open,” Lopez said.\n\n“Nobody should doubt that,” she added.\n\n“We will rebuild every house on the coast.”',
  );
  assert.match(byCue(st, 'declared:').content.text, /^“It is very appropriate/);
  assert.match(byCue(st, 'released the following statement:').content.text, /^“Our thoughts are with/);
  assert.match(byCue(st, 'added').content.text, /We will rebuild every house on the coast/);
});

test('an irregular past ends the subject a coordinated cue takes; a cleft’s “that” is no part of the cue', () => {
  const st = analyze(
    'The governor met privately with party leaders and planned to announce a decision on Monday. It was the club that announced her retirement on Friday.',
  );
  assert.equal(byCue(st, 'planned').speaker?.text, 'The governor');
  assert.equal(byCue(st, 'announced').speaker?.text, 'the club');
});

test('a participle after a preposition ("by telling", "for acknowledging") is spoken by its clause’s subject', () => {
  const st = analyze(
    'He courted students last month by telling them that rents would fall. Mrs. Ruiz had been attacked in farm towns for acknowledging that subsidies would end.',
  );
  assert.equal(byCue(st, 'telling').speaker?.text, 'He');
  assert.equal(byCue(st, 'acknowledging').speaker?.text, 'Mrs. Ruiz');
});

test('a cue ending on a preposition after its own noun phrase leaves the adjunct out of the content', () => {
  const st = analyze(
    'The ministry said in a statement on its website that it would cooperate. Schiff called on the administration to act.',
  );
  assert.equal(byCue(st, 'said in a statement on').content.text, 'that it would cooperate');
  assert.equal(byCue(st, 'called on').content.text, 'the administration to act');
});

test('a one-word label before a short line is no speaker ("Supply: ChartView"); a role before a long line is', () => {
  const st = analyze(
    'The coin fell 4% on Monday.\n\nSupply: ChartView, COIN/USD\n\nModerator: Thank you all for joining us tonight, and let us begin with the first question about jobs.',
  );
  assert.deepEqual(
    st.map((s) => s.speaker?.text),
    ['Moderator'],
  );
});

test('a relative clause after an inverted speaker’s phrase ends the speaker ("said the company in a statement that cited …")', () => {
  const st = analyze(
    'Sales rose 5%, said the company in a statement that cited strong demand. Prices fell, said a trader in Hong Kong.',
  );
  assert.equal(byCue(st, 'said').speaker?.text, 'the company');
  assert.equal(byCue(st, 'said').content.text, 'Sales rose 5%');
});

test('an inverted "said" without its comma still has the name after it for its speaker', () => {
  const st = analyze(
    'The ferry resumed service at dawn said Capt. Lina Moro, head of the harbour office. Two officials said Lina Moro, the harbour chief, would resign.',
  );
  const inverted = st.find((s) => s.cue.start < 40);
  assert.equal(inverted?.speaker?.text, 'Capt. Lina Moro');
  assert.equal(inverted?.content.text, 'The ferry resumed service at dawn');
  // A clause after the name: an ordinary "X said C".
  const plain = st.find((s) => s.speaker?.text === 'Two officials');
  assert.equal(plain?.content.text, 'Lina Moro, the harbour chief, would resign');
});

test('a participle before a noun ("the largest known crater") is no cue', () => {
  const st = analyze('Students visited the largest known meteor crater on the island.');
  assert.deepEqual(
    st.map((s) => s.cue.text),
    [],
  );
});

test('an object with its own author after the cue is content, not cue ("welcomed an offer by …")', () => {
  const st = analyze('The mayor welcomed an offer by the regional council to pay for the repairs.');
  const s = byCue(st, 'welcomed');
  assert.equal(s.cue.text, 'welcomed');
  assert.equal(s.content.text, 'an offer by the regional council to pay for the repairs');
});

test('a noun ending the subject before an inflected verb of saying is the speaker’s, not the cue’s', () => {
  const st = analyze(
    'The union accused the navy of seizing its boats, a charge Eastport’s coast guard flatly rejected.',
  );
  const s = byCue(st, 'rejected');
  assert.equal(s.cue.text, 'flatly rejected');
  assert.equal(s.speaker?.text, 'Eastport’s coast guard');
});

test('an adjunct of place after the cue ("said outside the court that …") is no part of the content', () => {
  const st = analyze('The defendant said outside the court that he would appeal.');
  assert.equal(byCue(st, 'said').content.text, 'that he would appeal');
});

test('a recall of counted goods is no remembering ("recalls 12,000 heaters")', () => {
  const st = analyze(
    'The maker recalled about 12,000 heaters last week. She recalled the night the river rose.',
  );
  assert.deepEqual(
    st.map((s) => s.content.text),
    ['the night the river rose'],
  );
});

test('a source’s terms of anonymity after "X said," are not the content resuming', () => {
  const st = analyze(
    'The plant could close by June, one of the managers said, asking not to be identified because the plans are not public.',
  );
  assert.deepEqual(
    st.map((s) => s.content.text),
    ['The plant could close by June'],
  );
});

test('a transcript line runs to its paragraph’s end, and a one-word label that asks a question speaks', () => {
  const st = analyze(
    'Courier: Will there be another strike?\n\nBerg: I hope not. But that is a question for the union.',
  );
  assert.deepEqual(
    st.map((s) => [s.speaker?.text, s.content.text]),
    [
      ['Courier', 'Will there be another strike?'],
      ['Berg', 'I hope not. But that is a question for the union.'],
    ],
  );
});

test('a parenthetical "according to X" is no appositive: the clause before it stays in its content', () => {
  const st = analyze('Two members wanted a cut, according to the minutes, citing weak sales.');
  const s = byCue(st, 'according to');
  assert.equal(s.speaker?.text, 'the minutes');
  assert.deepEqual(
    s.content.fragments?.map((f) => f.text),
    ['Two members wanted a cut', 'citing weak sales'],
  );
});
