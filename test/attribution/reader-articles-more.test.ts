// More speakers, cues, contents and stances found wrong by reading invented news articles (the
// seventh session's round; none quoted from a corpus): each test fails on the extractor as it was
// before its fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, analyzeUnfiltered, byCue } from './helpers.js';

test('a bare verb of saying between its subject and a clause is a cue ("Analysts … estimate the painting could")', () => {
  const s = byCue(
    analyze('Analysts at Harwell Securities estimate the painting could sell for $4 million.'),
    'estimate',
  );
  // (Named with their firm since the eleventh session: "Analysts at Harwell Securities".)
  assert.equal(s.speaker_name, 'Analysts at Harwell Securities');
  assert.equal(s.content.text, 'the painting could sell for $4 million');
  // Not as a noun: after a preposition, or after another verb of the sentence.
  for (const [text, noun] of [
    ['The plan needs the help of states that may not want to pay.', 'states'],
    ['The mayor is citing a Harwell Times report that the plant will close.', 'report'],
  ])
    assert.ok(!analyze(text).some((x) => x.cue.text === noun), text);
});

test('"Neither Lopez nor her deputy would say when …" is said by both', () => {
  for (const text of [
    'Neither Lopez nor her deputy would say when the talks would resume.',
    'Neither Lopez nor Vance would say whether the plant will close.',
  ]) {
    const [s] = analyze(text);
    assert.ok(s, text);
    assert.equal(s.speaker?.text, text.split(' would')[0], text);
    assert.equal(s.speaker_name, text.split(' would')[0], text);
    assert.ok(s.content.text.startsWith('wh'), text);
  }
});

test('a quotation standing alone after a person’s gesture is theirs ("He laughed. “Ask me in August.”")', () => {
  const st = analyze('Marco Rossi met reporters on Friday. He laughed. “Ask me in August.”');
  const s = byCue(st, 'laughed');
  assert.equal(s.speaker_name, 'Marco Rossi');
  assert.equal(s.content.text, '“Ask me in August.”');
  assert.equal(s.type, 'direct');
  const next = byCue(analyze('Mara Quinn shrugged.\n\n“We’ll see what the board says.”'), 'shrugged');
  assert.equal(next.speaker?.text, 'Mara Quinn');
  // Not after a sentence whose subject is no person, nor when the quotation has a cue of its own.
  assert.deepEqual(analyze('Prices fell. “It is a disaster.”'), []);
  assert.deepEqual(
    analyze('Prices fell. “It is a disaster,” one trader said.').map((x) => x.cue.text),
    ['said'],
  );
});

test('"called" with its object and a quotation is a saying; after a noun it names ("a town called “Hope”")', () => {
  const st = analyze(
    'The chamber said it was pleased, while its counterpart called the summit “a turning point”.',
  );
  const s = byCue(st, 'called');
  assert.equal(s.speaker?.text, 'its counterpart');
  assert.equal(s.content.text, 'the summit “a turning point”');
  for (const text of [
    'He lives in a town called “Hope”.',
    'The merger will create a new company called Harbour Holdings.',
  ])
    assert.ok(!analyze(text).some((x) => x.cue.text === 'called'), text);
  // "what one analyst called": the analyst's words.
  const [named] = analyze('Shares rose on what one analyst called “a clear signal” of recovery.').filter(
    (x) => x.cue.text === 'called',
  );
  assert.equal(named?.speaker?.text, 'one analyst');
});

test('"It" takes up a body named like a person ("Harbour Watch said …. It urged …"), not a person', () => {
  const body = analyze('Harbour Watch said the port was unsafe. It urged the council to act.');
  assert.equal(byCue(body, 'urged').speaker_name, 'Harbour Watch');
  const retailer = analyze('Online retailer Kartly said its sales rose. It blamed the weather.');
  assert.equal(byCue(retailer, 'blamed').speaker_name, 'Kartly');
  // A first name ("Paul", which one of the name lists gives a woman) makes a person.
  const person = analyze('Paul Tennant said the port was unsafe. It was a warning, it said.');
  assert.equal(person.find((x) => x.speaker?.text === 'it')?.speaker_name, null);
});

test('criticism a subject draws from others is theirs, about the subject or what follows them', () => {
  const drew = byCue(analyze('The plan drew criticism from farmers.'), 'criticism');
  assert.equal(drew.speaker?.text, 'farmers');
  assert.equal(drew.content.text, 'The plan');
  assert.equal(drew.stance, 'accuse');
  const drawn = analyze('The plan has drawn sharp criticism from farmers’ groups.')[0];
  assert.equal(drawn?.speaker?.text, 'farmers’ groups');
  assert.equal(drawn?.content.text, 'The plan');
  const forCuts = byCue(analyze('The council drew criticism from farmers for the cuts.'), 'criticism');
  assert.equal(forCuts.speaker?.text, 'farmers');
  assert.equal(forCuts.content.text, 'the cuts');
  const after = byCue(
    analyze('The host faced criticism from viewers and rival reporters after he asked about her trip.'),
    'criticism',
  );
  assert.equal(after.speaker?.text, 'viewers and rival reporters');
  const calls = byCue(analyze('The mayor faces calls from residents to resign.'), 'calls');
  assert.equal(calls.speaker?.text, 'residents');
  assert.equal(calls.content.text, 'to resign');
  assert.equal(calls.stance, 'call');
});

test('bodies keep their whole names ("Office for National Statistics", "Police in Leeds", "the Board")', () => {
  const name = (text: string, cue = 'said') => byCue(analyze(text), cue).speaker_name;
  assert.equal(
    name('The Office for National Statistics said prices rose.'),
    'Office for National Statistics',
  );
  assert.equal(name('Police in Leeds said a man was arrested.'), 'Police');
  assert.equal(name('The foreign ministry in Velmar said the envoy had left.'), 'The foreign ministry');
  assert.equal(
    name('The ruling angered the Federation of Small Traders, which said firms were struggling.'),
    'Federation of Small Traders',
  );
  assert.equal(
    name('The Westbury Water Board cut prices. The Board said demand was weak.'),
    'Westbury Water Board',
  );
});

test('"he" and "she" take up the right person: a "-woman" is no "he", a subject with no speaker of its own is', () => {
  const st = analyze(
    'Tom Okafor said he won. A spokeswoman said the count was fair. He promised to freeze fares.',
  );
  assert.equal(byCue(st, 'promised').speaker_name, 'Tom Okafor');
  const desc = analyze('Tom Okafor said he won. The spokeswoman said the count was fair.');
  assert.equal(desc[1].speaker_name, 'The spokeswoman');
  const expected = analyze(
    'Luis Barra said the club was happy. Mateo Ferreira is expected to sign. He said he dreamed of England.',
  );
  assert.equal(expected[expected.length - 1].speaker_name, 'Mateo Ferreira');
  const surname = analyze(
    'The move of Mateo Ferreira collapsed. Luis Barra said the club was happy. Ferreira posted on Thursday. He wrote that he dreamed of England.',
  );
  assert.equal(byCue(surname, 'wrote').speaker_name, 'Mateo Ferreira');
});

test('"C, police said, adding that D" gives two statements, C said and D added', () => {
  for (const text of [
    'Two men were arrested, police said, adding that a third was being sought.',
    'Services were restored, the bank said, and added that a third was being sought.',
  ]) {
    const st = analyze(text);
    assert.equal(byCue(st, 'said').content.text, text.split(',')[0], text);
    const second = st.find((s) => s.cue.text !== 'said');
    assert.equal(second?.content.text, 'that a third was being sought', text);
    assert.equal(second?.speaker?.text, byCue(st, 'said').speaker?.text, text);
  }
});

test('a verb of motion is no cue ("Sterling rose slightly against the dollar"); "hoped" is a belief', () => {
  assert.deepEqual(analyze('Sterling rose slightly against the dollar.'), []);
  assert.equal(
    byCue(analyze('He stopped short of calling the deal a failure.'), 'stopped short of calling').speaker
      ?.text,
    'He',
  );
  const hoped = analyze('Mr. Clarke hoped electric utilities would count his credits.')[0];
  assert.equal(hoped?.cue.text, 'hoped');
  assert.equal(hoped?.stance, 'believe');
});

test('a participle after a noun phrase a preposition governs is a passive ("after a buyback plan announced yesterday")', () => {
  const [bare] = analyze('Shares rallied after a share buyback program announced yesterday.');
  assert.equal(bare?.speaker, null);
  assert.equal(bare?.content.text, 'a share buyback program');
  // (Without the statement filter, whose margin on this invented sentence is small.)
  const [agent] = analyzeUnfiltered('Shares rallied after a buyback plan announced on Monday by the board.');
  assert.equal(agent?.speaker?.text, 'the board');
  assert.equal(agent?.content.text, 'a buyback plan');
  // A clause: the company announced something.
  const [clause] = analyze('Shares fell after the company announced job cuts.');
  assert.equal(clause?.speaker?.text, 'the company');
});

test('a passive of saying names its agent as the speaker ("The decision was condemned by the union")', () => {
  for (const [text, cue, stance] of [
    ['The decision was criticised by the union.', 'was criticised', 'accuse'],
    ['The decision was welcomed by the union.', 'was welcomed', 'welcome'],
    ['The decision was condemned by the union.', 'was condemned', 'accuse'],
  ] as const) {
    const s = byCue(analyze(text), cue);
    assert.equal(s.speaker?.text, 'the union', text);
    assert.equal(s.content.text, 'The decision', text);
    assert.equal(s.stance, stance, text);
  }
  const charge = analyze('Mr Greer was accused by the chair of lying.')[0];
  assert.equal(charge?.speaker?.text, 'the chair');
  assert.deepEqual(
    charge?.content.fragments?.map((f) => f.text),
    ['Mr Greer', 'of lying'],
  );
  const named = analyze('The plan was criticised by the Federation of Small Traders.')[0];
  assert.equal(named?.speaker?.text, 'the Federation of Small Traders');
  assert.equal(named?.content.text, 'The plan');
  const shared = byCue(
    analyze('A furious Okoro kicked the ball away and was criticised by his coach.'),
    'was criticised',
  );
  assert.equal(shared.content.text, 'A furious Okoro');
});

test('a mistake is admitted by the one who made it, blamed on another, warned of ahead; "happy to" offers only as a wish', () => {
  const stance = (text: string) => analyze(text)[0]?.stance;
  assert.equal(stance('“We made a mistake,” she said.'), 'acknowledge');
  assert.equal(stance('Anna Berg said the government made a mistake.'), 'accuse');
  assert.equal(stance('“Cutting too early would be a mistake,” she said.'), 'warn');
  assert.equal(stance('Luis Barra told reporters that the club was happy to keep the player.'), 'assert');
  assert.equal(stance('“We would be happy to host the talks,” he said.'), 'offer');
});

test('"C, a study suggests" and a headline’s "…, says governor" are statements of the source named', () => {
  const study = analyze('Walking cuts the risk of dementia, a new study suggests.')[0];
  assert.equal(study?.speaker?.text, 'a new study');
  assert.equal(study?.content.text, 'Walking cuts the risk of dementia');
  assert.equal(study?.stance, 'assert');
  const bare = analyze('Daily walk linked to lower dementia risk, study suggests')[0];
  assert.equal(bare?.speaker?.text, 'study');
  const says = byCue(analyze('Rates will fall soon, says governor\n\nThe central bank held rates.'), 'says');
  assert.equal(says.speaker?.text, 'governor');
  assert.equal(says.content.text, 'Rates will fall soon');
});

test('a bare object after a verb of saying is its content ("his rival conceded defeat")', () => {
  const [rival] = analyze('Okafor won on Sunday after his rival conceded defeat.');
  assert.equal(rival?.cue.text, 'conceded');
  assert.equal(rival?.content.text, 'defeat');
  assert.equal(rival?.stance, 'acknowledge');
  const [alone] = analyze('Sandra Kowalczyk admitted defeat.');
  assert.equal(alone?.speaker?.text, 'Sandra Kowalczyk');
  assert.equal(alone?.content.text, 'defeat');
});

test('a comment’s pronoun is who the clause it answers is about ("…, a claim it has always rejected")', () => {
  const it = byCue(
    analyze('Ostrava was accused of funding rebels, a claim it has always rejected.'),
    'has always rejected',
  );
  assert.equal(it.speaker?.text, 'it');
  assert.equal(it.speaker_name, 'Ostrava');
  assert.equal(it.stance, 'deny');
  const she = byCue(analyze('Dana Ortiz was accused of lying, a claim she rejects.'), 'rejects');
  assert.equal(she.speaker_name, 'Dana Ortiz');
});

test('a name after "in" or "at" is a place or a body, not the owner of "his" ("won in Port Elster")', () => {
  const [s] = analyze('Daniel Okafor won in Port Elster on Sunday after his rival conceded defeat.');
  assert.equal(s?.speaker_name, 'Daniel Okafor’s rival');
});

test('hearsay with no one named is an allegation ("allegedly forged", "is alleged to have forged")', () => {
  for (const text of [
    'The defendant allegedly forged two signatures.',
    'The defendant is alleged to have forged two signatures.',
  ]) {
    const [s] = analyze(text);
    assert.equal(s?.speaker, null, text);
    assert.equal(s?.stance, 'accuse', text);
    assert.ok(s?.content.text.includes('forged two signatures'), text);
  }
});

test('letters after a name are no part of it ("Eleanor Voss KC" is the "Ms Voss" after)', () => {
  const st = analyze('Eleanor Voss KC said he lied. Ms Voss told the jury he was guilty.');
  assert.deepEqual(
    st.map((s) => s.speaker_name),
    ['Eleanor Voss', 'Eleanor Voss'],
  );
  assert.equal(analyze('Tom Lane MP said the plan was flawed.')[0]?.speaker_name, 'Tom Lane');
});

test('"asked to" and "pressed for" call, "pressed her on" asks, "questioned the design" challenges', () => {
  const stance = (text: string) => analyze(text)[0]?.stance;
  assert.equal(stance('Anyone with information is asked to call 101.'), 'call');
  assert.equal(stance('Tom Whitby pressed her on dividends.'), 'ask');
  assert.equal(stance('He pressed for a vote.'), 'call');
  assert.equal(stance('Some scientists questioned the study’s design.'), 'accuse');
  assert.equal(stance('She questioned whether the figures were right.'), 'ask');
  assert.equal(stance('“I have made mistakes,” she said.'), 'acknowledge');
});

test('an ampersand or a capitalised word of the name stays in it ("Marks & Spencer", "AT&T", "Memory First")', () => {
  const name = (text: string) => analyze(text)[0]?.speaker_name;
  assert.equal(name('Marks & Spencer said sales rose.'), 'Marks & Spencer');
  assert.equal(name('AT&T said the outage was over.'), 'AT&T');
  assert.equal(name('The charity Memory First said it was pleased.'), 'Memory First');
  assert.equal(analyze('He first said the plan was fine.')[0]?.cue.text, 'first said');
});

test('a passive’s agent after its complement speaks ("accused of hacking by Vantria"); an infinitive’s "by" is not one', () => {
  const [late] = analyze('Oskar was accused of hacking by Vantria.');
  assert.equal(late?.speaker?.text, 'Vantria');
  assert.deepEqual(
    late?.content.fragments?.map((f) => f.text),
    ['Oskar', 'hacking'],
  );
  const [expected] = analyze('The bridge is expected to be reopened by March.');
  assert.equal(expected?.speaker, null);
  assert.ok(expected?.content.text.startsWith('The bridge'));
});

test('a bare plural claim noun opens a comment ("…, charges it has always denied")', () => {
  const st = analyze('Vantria accused Oskar of hacking, charges it has always denied.');
  assert.deepEqual(
    st.map((s) => [s.cue.text, s.stance, s.speaker_name]),
    [
      ['accused', 'accuse', 'Vantria'],
      ['has always denied', 'deny', 'Oskar'],
    ],
  );
});

test('"The court heard that …" is evidence by no one named', () => {
  for (const text of [
    'The court heard that Pettigrew was watching a video.',
    'The jury heard how the money was never repaid.',
  ]) {
    const [s] = analyze(text);
    assert.equal(s?.cue.text, 'heard', text);
    assert.equal(s?.speaker, null, text);
  }
  assert.deepEqual(analyze('Fans heard the band play.'), []);
});

test('a court report’s name, age and address: the name speaks ("Liam Pettigrew, 29, of Hadley Road, Ashford, admitted")', () => {
  const [s] = analyze('Liam Pettigrew, 29, of Hadley Road, Ashford, admitted theft.');
  assert.equal(s?.speaker?.text, 'Liam Pettigrew');
  assert.equal(s?.content.text, 'theft');
});

test('roles and owners around names resolve descriptions and pronouns ("the chief executive", "Labour’s Tom Whitby")', () => {
  const ceo = analyze(
    'Helen Marchetti is the chief executive of Harbour Water. Tom Whitby, a Labour MP, said shareholders got rich. The chief executive said the payments were needed.',
  );
  assert.equal(byCue(ceo, 'said').speaker_name, 'Tom Whitby');
  assert.equal(ceo[ceo.length - 1].speaker_name, 'Helen Marchetti');
  const owned = analyze(
    'Helen Marchetti said bills were fair. Labour’s Tom Whitby said shareholders got rich. She said she would not resign.',
  );
  assert.deepEqual(
    owned.map((s) => s.speaker_name),
    ['Helen Marchetti', 'Tom Whitby', 'Helen Marchetti'],
  );
  const husband = analyze(
    'Kevin Lau said his client was sorry. Mrs Whitfield’s husband said he was lost. He said she never arrived.',
  );
  assert.equal(husband[2].speaker_name, 'Mrs Whitfield’s husband');
  const actor = analyze('The actor Tom Hale said it hurt. The actor said he was fine.');
  assert.equal(actor[1].speaker_name, 'Tom Hale');
  const singer = analyze('Singer Kira Lowell said it was over. The singer said she would tour again.');
  assert.deepEqual(
    singer.map((s) => s.speaker_name),
    ['Kira Lowell', 'Kira Lowell'],
  );
});

test('a gerund after an admission or a denial is what was admitted ("admitted causing death by dangerous driving")', () => {
  const [s] = analyze('Liam Pettigrew admitted causing death by dangerous driving.');
  assert.equal(s?.cue.text, 'admitted');
  assert.equal(s?.content.text, 'causing death by dangerous driving');
});
