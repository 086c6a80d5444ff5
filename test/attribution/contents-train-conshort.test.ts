// Contents cut too short by the learned end model (every text here is invented): a reported clause
// stopped between its subject and its verb at an aside, a title's abbreviation parted from the
// name after it, a content ending at the colon that opens a quotation. Each test fails on the
// extractor as it was before its fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, byCue, docOf } from './helpers.js';
import { cutAfterAbbreviation } from '../../src/attribution/abbreviation-cuts.js';

const contentOf = (text: string, cue: string) => byCue(analyze(text), cue).content.text;

test('"questioned whether the new timetable, which …, would give …": the clause runs on past the relative clause to its verb', () => {
  assert.equal(
    contentOf(
      'Several teachers questioned whether the new timetable, which the board approved in May after a long debate, would give pupils enough rest.',
      'questioned',
    ),
    'whether the new timetable, which the board approved in May after a long debate, would give pupils enough rest',
  );
});

test('"asked whether Dana Ferro, a former judge …, could lead …": an appositive between the subject and its verb', () => {
  assert.equal(
    contentOf(
      'Critics asked whether Dana Ferro, a former judge with ties to the mining firm, could lead the inquiry fairly.',
      'asked',
    ),
    'whether Dana Ferro, a former judge with ties to the mining firm, could lead the inquiry fairly',
  );
});

test('"described how Oskar Lunde, as a young captain, steered …": a "how" clause runs on to its verb', () => {
  assert.equal(
    contentOf(
      'Ferry staff have described how Oskar Lunde, as a young captain, steered the boat through the storm.',
      'described',
    ),
    'how Oskar Lunde, as a young captain, steered the boat through the storm',
  );
});

test('"estimates that the workers -- those earning … -- would lose …": an aside in dashes, cut at either dash', () => {
  assert.equal(
    contentOf(
      'The union estimates that the lowest-paid workers in the valley -- those earning under 900 crowns a week at the mills -- would lose most from the change.',
      'estimates',
    ),
    'that the lowest-paid workers in the valley -- those earning under 900 crowns a week at the mills -- would lose most from the change',
  );
  assert.equal(
    contentOf(
      'The union estimates that the lowest-paid workers -- those earning under 900 crowns a week -- would lose most from the change.',
      'estimates',
    ),
    'that the lowest-paid workers -- those earning under 900 crowns a week -- would lose most from the change',
  );
});

test('"noted that only Sen. | Mara Quist voted …": no content ends between a title\'s abbreviation and the name', () => {
  const doc = docOf(
    'The clerk noted that only Sen. Mara Quist voted against the bill. Voting ended at Sen. Quist.',
  );
  const at = (word: string, from = 0) => doc.tokens.findIndex((t, i) => i >= from && t.text === word);
  const mara = at('Mara');
  assert.equal(cutAfterAbbreviation(doc, at('that'), mara, at('bill')), true);
  // Not before the name itself, nor at a sentence's end.
  assert.equal(cutAfterAbbreviation(doc, at('that'), mara + 1, at('bill')), false);
  const last = doc.tokens.length - 1;
  assert.equal(cutAfterAbbreviation(doc, at('Voting'), last, last + 1), false);
});

test('"said that given the choice: ¶ "There is only one …"": a content ending at a colon runs on through the quotation it opens', () => {
  const text =
    'Farmer Bren Okoro, 70, said that given the choice on both sides:\n\n' +
    '"There is only one: Halvard. He pays his own way and owes nobody a thing."\n\nHis neighbour disagreed.';
  assert.equal(
    contentOf(text, 'said'),
    'that given the choice on both sides:\n\n"There is only one: Halvard. He pays his own way and owes nobody a thing."',
  );
});
