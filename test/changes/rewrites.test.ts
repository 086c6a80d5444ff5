// Changes inside rewritten sentences: clauses, scope, qualifiers, credits, figures given anywhere,
// quotations that span paragraphs, and the republisher's own voice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kinds, report, story } from './helpers.js';

test('meaning_changed: a clause rewritten with other content in a kept sentence', () => {
  const ch = report(
    story(
      'Hundreds of mourners gathered on Monday in the hillside village to pay their final respects to the boy after a rescue effort that transfixed the country and many abroad.',
    ),
    story(
      'Hundreds of mourners gathered on Monday in the hillside village to pay their final respects to the boy after a rescue effort that sparked an outpouring of support everywhere.',
    ),
  );
  const c = ch.find((x) => x.kind === 'meaning_changed');
  assert.ok(c, JSON.stringify(ch));
  assert.match(c.copy!.text, /outpouring/);
  assert.match(c.source!.text, /transfixed/);
});

test('a clause reworded with synonyms is not a change of meaning', () => {
  const ch = report(
    story('The minister said the large new bridge would open to heavy traffic in early spring.'),
    story('The minister said the big new bridge would open to heavy traffic in early spring.'),
  );
  assert.ok(!kinds(ch).includes('meaning_changed'), JSON.stringify(ch));
});

test('meaning_changed: a time qualifier dropped ("previously oldest" becomes "oldest")', () => {
  const ch = report(
    story('The previously oldest dated painting was found by the same team on the island last year.'),
    story('The oldest dated painting was found by the same team on the island last year.'),
  );
  const c = ch.find((x) => x.kind === 'meaning_changed');
  assert.ok(c, JSON.stringify(ch));
  assert.equal(c.source!.text, 'previously');
});

test('a qualifier said in other words is kept ("previous", "before")', () => {
  const ch = report(
    story('The previously oldest dated painting was found by the same team on the island last year.'),
    story('The previous oldest dated painting was found by the same team on the island last year.'),
  );
  assert.ok(!kinds(ch).includes('meaning_changed'), JSON.stringify(ch));
});

test('meaning_changed: the geographic scope of a claim narrowed to a place', () => {
  const ch = report(
    story('The find gives the oldest trace of farming of the region, the authors wrote.'),
    story('The find gives the oldest trace of farming in Norland, the authors wrote.'),
  );
  const c = ch.find((x) => x.kind === 'meaning_changed');
  assert.ok(c, JSON.stringify(ch));
  assert.match(c.copy!.text, /Norland/);
});

test('meaning_changed: "the leader of" becomes "a leader of"', () => {
  const ch = report(
    story('The leader of the militant group blew himself up as special forces raided his hideout.'),
    story('A leader of the militant group blew himself up as special forces raided his hideout.'),
  );
  assert.ok(kinds(ch).includes('meaning_changed'), JSON.stringify(ch));
});

test('meaning_changed: a loaded label added ("self-styled" becomes "so-called")', () => {
  const ch = report(
    story('Members of the self-styled Fair Fares Union have also blocked several bus depots.'),
    story('Members of the so-called Fair Fares Union have also blocked several bus depots.'),
  );
  const c = ch.find((x) => x.kind === 'meaning_changed');
  assert.ok(c, JSON.stringify(ch));
  assert.equal(c.copy!.text, 'so-called');
});

test('attribution_dropped: the outlet after a kept cue made vague', () => {
  const ch = report(
    story('Co-author Paul Vidal told Agence France-Presse that the mural was found in a remote cave.'),
    story('Co-author Paul Vidal told the media that the mural was found in a remote cave.'),
  );
  const c = ch.find((x) => x.kind === 'attribution_dropped');
  assert.ok(c, JSON.stringify(ch));
  assert.match(c.copy!.text, /media/);
  assert.match(c.source!.text, /Agence/);
});

test('attribution_dropped: the credit clause cut from a reworded sentence', () => {
  const ch = report(
    story(
      'Co-author Nora Vance of Eastport University told reporters the fossil was found on the island of Korva in 2016 by doctoral student Ivan Petrov.',
    ),
    story('Doctoral student Ivan Petrov made the discovery in a cave on the island of Korva in 2016.'),
  );
  assert.ok(kinds(ch).includes('attribution_dropped'), JSON.stringify(ch));
});

test('name_changed: a surname transliterated after the same first name', () => {
  const ch = report(
    story('"The fish appears to be chasing two smaller fish," said co-author Hans Grimm.'),
    story('Co-author Hans Greem said: "The fish appears to be chasing two smaller fish."'),
  );
  const c = ch.find((x) => x.kind === 'name_changed');
  assert.ok(c, JSON.stringify(ch));
  assert.equal(c.copy!.text, 'Greem');
});

test('number_changed: a figure one digit off in a sentence reworded beyond pairing', () => {
  const src = story('Measuring 136cm by 54cm, the fossil shows dark bands of rock and a row of teeth.');
  const copy = story('According to the report, the fossil runs from 36 cm to 54 cm in all.');
  const c = report(src, copy).find((x) => x.kind === 'number_changed');
  assert.ok(c, JSON.stringify(report(src, copy)));
  assert.equal(c.copy!.text, '36 cm');
  assert.equal(c.source!.text, '136cm');
});

test('a different figure of another fact is not a changed number', () => {
  const src = story('Officials said 420 vessels were waiting at both ends of the waterway on Monday.');
  const copy = story('Officials said 40 trucks were seen leaving the port city before dawn.');
  assert.ok(!kinds(report(src, copy)).includes('number_changed'), JSON.stringify(report(src, copy)));
});

test('quote_altered: a quotation opened in the paragraph before still counts as one', () => {
  const src = story(
    '"I have lived here forty years and never saw so much water in the streets.\n\nThis town is the home of us all," one farmer said.',
  );
  const copy = story(
    '"I have lived here forty years and never saw so much water in the streets.\n\nThis town is our home," one farmer said.',
  );
  const c = report(src, copy).find((x) => x.kind === 'quote_altered');
  assert.ok(c, JSON.stringify(report(src, copy)));
  assert.match(c.copy!.text, /our/);
});

test("sentence_inserted: the republisher's own voice, even past the end of the source", () => {
  const src = story('The fossil was found by a doctoral student during a survey of the caves in 2016.');
  const copy = `${src} Watch the clip I filmed on the earlier dig here:`;
  const c = report(src, copy).find((x) => x.kind === 'sentence_inserted');
  assert.ok(c, JSON.stringify(report(src, copy)));
  assert.match(c.copy!.text, /clip I filmed/);
});

test('sentence_inserted: a question put to the reader', () => {
  const src = story('The ship was freed on Monday after nearly a week stuck across the canal.');
  const copy = src.replace(
    'Farmers in the valley',
    'Why should you care about the price of grain this winter? Farmers in the valley',
  );
  assert.ok(kinds(report(src, copy)).includes('sentence_inserted'), JSON.stringify(report(src, copy)));
});

test('a reworded sentence the aligner leaves unpaired is compared, not called inserted', () => {
  const src = story(
    'The fossil was found on the island of Korva in 2016 by doctoral student Ivan Petrov during a survey.',
  );
  const copy = story('Doctoral student Ivan Petrov found it on Korva island in 2016 while surveying caves.');
  assert.ok(!kinds(report(src, copy)).includes('sentence_inserted'), JSON.stringify(report(src, copy)));
});

test('a quotation credited to a speaker the source quotes is not an insertion', () => {
  const src = story(
    '"The animals that left it were fully grown," co-author Nora Vance told reporters on Wednesday.',
  );
  const copy = src.replace(
    'Farmers in the valley',
    '"They had all the teeth to eat anything they liked," added Vance in an interview. Farmers in the valley',
  );
  assert.ok(!kinds(report(src, copy)).includes('sentence_inserted'), JSON.stringify(report(src, copy)));
});

test('a quotation from someone the source never names is an insertion', () => {
  const src = story(
    '"The animals that left it were fully grown," co-author Nora Vance told reporters on Wednesday.',
  );
  const copy = src.replace(
    'Farmers in the valley',
    '"We will appeal against every one of these rulings in the courts," added Governor Smith in an interview. Farmers in the valley',
  );
  assert.ok(kinds(report(src, copy)).includes('sentence_inserted'), JSON.stringify(report(src, copy)));
});

test('hedge_dropped: "known" cut from a reworded sentence', () => {
  const ch = report(
    story("The region's largest known meteor crater, a basin of dark rock, has been mapped by geologists."),
    story('Geologists working in the desert have now mapped the largest meteor crater, of dark rock.'),
  );
  const c = ch.find((x) => x.kind === 'hedge_dropped');
  assert.ok(c, JSON.stringify(ch));
  assert.equal(c.source!.text, 'known');
});
