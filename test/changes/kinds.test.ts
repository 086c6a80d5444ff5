import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kinds, report, story } from './helpers.js';

test('an unchanged copy reports nothing', () => {
  const s = story('Pentagon spokesman John Kirby said 8,500 troops were on alert.');
  assert.deepEqual(report(s, s), []);
});

test('name_changed: a letter dropped from a surname, located on both sides', () => {
  const ch = report(
    story('Turkish President Recep Tayyip Erdogan offered to host talks between the two leaders.'),
    story('Turkish President Recep Tayyip Erdan offered to host talks between the two leaders.'),
  );
  const c = ch.find((x) => x.kind === 'name_changed');
  assert.ok(c, JSON.stringify(ch));
  assert.match(c.copy!.text, /Erdan/);
  assert.match(c.source!.text, /Erdogan/);
});

test('name_changed: a first name swapped', () => {
  const ch = report(
    story('Pentagon spokesman John Kirby told reporters the troops were ready to deploy.'),
    story('Pentagon spokesman Juan Kirby told reporters the troops were ready to deploy.'),
  );
  assert.ok(kinds(ch).includes('name_changed'), JSON.stringify(ch));
});

test('number_changed: a malformed figure', () => {
  const ch = report(
    story('The Pentagon put 8,500 troops on heightened alert for a possible deployment.'),
    story('The Pentagon put 8,5000 troops on heightened alert for a possible deployment.'),
  );
  const c = ch.find((x) => x.kind === 'number_changed');
  assert.ok(c, JSON.stringify(ch));
  assert.match(c.copy!.text, /8,5000/);
});

test('hedge_dropped: "it says" removed turns a claim into a fact', () => {
  const ch = report(
    story('Britain has divulged intelligence findings that it says show a plot to install a puppet leader.'),
    story('Britain has divulged intelligence findings that show a plot to install a puppet leader.'),
  );
  assert.deepEqual(kinds(ch), ['hedge_dropped']);
});

test('hedge_dropped: "could" hardened to "would"', () => {
  const ch = report(
    story('Officials warned that the new tariffs could raise food prices across the region next year.'),
    story('Officials warned that the new tariffs would raise food prices across the region next year.'),
  );
  assert.ok(kinds(ch).includes('hedge_dropped'), JSON.stringify(ch));
});

test('negation_flipped: a verb negated', () => {
  const ch = report(
    story('The central bank has raised interest rates for the third time this year to curb inflation.'),
    story('The central bank has not raised interest rates for the third time this year to curb inflation.'),
  );
  const c = ch.find((x) => x.kind === 'negation_flipped');
  assert.ok(c, JSON.stringify(ch));
  assert.equal(c.copy!.text, 'not');
});

test('attribution_dropped: the speaker is replaced by someone else', () => {
  const ch = report(
    story('"We are ready to mediate between the two sides," Erdogan said after meeting the delegation.'),
    story('"We are ready to mediate between the two sides," Zelenskyy said after meeting the delegation.'),
  );
  assert.ok(kinds(ch).includes('attribution_dropped'), JSON.stringify(ch));
});

test('attribution_dropped: a reported claim stated as fact', () => {
  const ch = report(
    story('Prime Minister Lena Ortiz says she has declared a state of emergency to end the strike.'),
    story('Prime Minister Lena Ortiz has declared a state of emergency to end the strike.'),
  );
  assert.ok(kinds(ch).includes('attribution_dropped'), JSON.stringify(ch));
});

test('quote_altered: a word inside the quotation differs', () => {
  const ch = report(
    story('"Instead of fueling the fire, we should all work to calm the situation," the president said.'),
    story(
      '"Instead of fueling the fireplace, we should all work to calm the situation," the president said.',
    ),
  );
  const c = ch.find((x) => x.kind === 'quote_altered');
  assert.ok(c, JSON.stringify(ch));
  assert.match(c.copy!.text, /fireplace/);
});

test('spun_phrase: a synonym swap outside quotations', () => {
  const ch = report(
    story('Rescuers climbed the hilly, unpaved road to reach the village before nightfall.'),
    story('Rescuers climbed the mountainous, unpaved road to reach the village before nightfall.'),
  );
  assert.deepEqual(kinds(ch), ['spun_phrase']);
});

test('meaning_changed: a word replaced by an unrelated one', () => {
  const ch = report(
    story('There were so many visitors that they could not all get into the small museum.'),
    story('There were so many gifts that they could not all get into the small museum.'),
  );
  assert.ok(kinds(ch).includes('meaning_changed'), JSON.stringify(ch));
});

test('sentence_inserted: a claim with no counterpart between kept sentences', () => {
  const src = story('The review found that spending on roads had fallen by a third since the last election.');
  const copy = src.replace(
    'Farmers in the valley',
    'Opposition leaders accused the governor of hiding a secret fund for his relatives abroad. Farmers in the valley',
  );
  const ch = report(src, copy);
  const c = ch.find((x) => x.kind === 'sentence_inserted');
  assert.ok(c, JSON.stringify(ch));
  assert.match(c.copy!.text, /secret fund/);
  assert.equal(c.source, null);
});

test('sentence_inserted: a new claim that reuses words of the sentence before it', () => {
  const src = story(
    'According to officials, the plan involved a propaganda video of a staged attack on the border.',
  );
  const copy = src.replace(
    'Farmers in the valley',
    'Officials added that the video had already been filmed at a studio outside the capital. Farmers in the valley',
  );
  const ch = report(src, copy);
  const c = ch.find((x) => x.kind === 'sentence_inserted');
  assert.ok(c, JSON.stringify(ch));
  assert.match(c.copy!.text, /filmed at a studio/);
});

test('a photo caption a copy adds is not an inserted sentence', () => {
  const src = story('The review found that spending on roads had fallen by a third since the last election.');
  const copy = src.replace(
    'Farmers in the valley',
    'Opposition leaders toured the damaged bridges near the border last week. Picture: Getty\n\nFarmers in the valley',
  );
  assert.ok(!kinds(report(src, copy)).includes('sentence_inserted'), JSON.stringify(report(src, copy)));
});

test('sentence_dropped: a sentence cut between two kept neighbours', () => {
  const src = story(
    'The review found that spending on roads had fallen by a third since the last election in the region.',
  );
  const copy = src.replace(
    'The review found that spending on roads had fallen by a third since the last election in the region. ',
    '',
  );
  const ch = report(src, copy);
  const c = ch.find((x) => x.kind === 'sentence_dropped');
  assert.ok(c, JSON.stringify(ch));
  assert.equal(c.copy, null);
  assert.match(c.source!.text, /spending on roads/);
});

test('ranking: the most serious change comes first and every confidence is in 0..1', () => {
  const ch = report(
    story('Officials said the mountainous road could reopen on Friday after the snow is cleared.'),
    story('Officials said the hilly road will not reopen on Friday after the snow is cleared.'),
  );
  assert.ok(ch.length >= 2, JSON.stringify(ch));
  assert.notEqual(ch[0].kind, 'spun_phrase');
  for (const c of ch) assert.ok(c.confidence >= 0 && c.confidence <= 1);
});

test('meaning_changed: a word swapped for its opposite is no synonym swap ("supported" for "opposed")', () => {
  for (const [source, copy, put] of [
    [
      'The council opposed the plan to close the ferry.',
      'The council supported the plan to close the ferry.',
      'supported',
    ],
    ['Inspectors said the claim was false.', 'Inspectors said the claim was true.', 'true'],
  ]) {
    const ch = report(story(source), story(copy));
    const c = ch.find((x) => x.kind === 'meaning_changed');
    assert.ok(c, JSON.stringify(ch));
    assert.match(c.note, /opposite/);
    assert.equal(c.copy!.text.includes(put), true);
    assert.ok(!kinds(ch).includes('spun_phrase'), JSON.stringify(ch));
  }
});

test('negation_flipped: a negated clause rewritten without its negation; "unverified" for "not verified" is none', () => {
  const flipped = report(
    story('Analysts in the capital said the claim of a staged attack could not be independently verified.'),
    story('Analysts in the capital said the claim of a staged attack was credible and well documented.'),
  );
  assert.ok(kinds(flipped).includes('negation_flipped'), JSON.stringify(flipped));
  const same = report(
    story('Analysts in the capital said the claim of a staged attack was not verified.'),
    story('Analysts in the capital said the claim of a staged attack was unverified.'),
  );
  assert.deepEqual(kinds(same), []);
});

test('an edit at the end of the last sentence of both texts is read when the texts end a sentence there', () => {
  const source =
    'The ministry published its annual budget review on Tuesday. Farmers in the valley have long complained about the canals. Officials said the new pumps were reliable.';
  const copy =
    'The ministry published its annual budget review on Tuesday. Farmers in the valley have long complained about the canals. Officials said the new pumps were unreliable.';
  assert.ok(kinds(report(source, copy)).includes('meaning_changed'), JSON.stringify(report(source, copy)));
  // A copy cut off mid-sentence ends an excerpt, not an edit.
  const cut = copy.replace(' were unreliable.', ' were');
  assert.deepEqual(kinds(report(source, cut)), []);
});
