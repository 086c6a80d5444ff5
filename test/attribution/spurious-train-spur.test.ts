// Statements that are no attribution, found among the extractor's unmatched statements on PolNeAR
// train (every text here is invented): a tabloid's shout or a credit line before a colon, and a
// cue word that heads a set compound noun ("talk shows", "initial public offering"). Each test
// fails on the extractor as it was before its fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from './helpers.js';

const cues = (text: string) => analyze(text).map((s) => s.cue.text);
const speakers = (text: string) => analyze(text).map((s) => s.speaker?.text ?? null);

test('"BOOM: …", "Bombshell: …": a headline\'s shout before a colon is no speaker', () => {
  for (const shout of ['BOOM', 'Bombshell', 'LOOK']) {
    const text =
      `${shout}: Mayor Ilse Varn Just Left Her Rivals Speechless.\n\n` +
      'Mayor Ilse Varn of Darrowby opened the new bridge on Tuesday in front of a large crowd.';
    assert.ok(!speakers(text).includes(shout), `${shout}: ${speakers(text).join(', ')}`);
  }
});

test('"BYLINE: …", "Contributing: …": a credit line names the writer, who says nothing there', () => {
  const text =
    'BYLINE: Tomas Reel.\n\nThe council of Darrowby voted on Monday to close the old library in March.\n\n' +
    '"It is a sad day," said Edda Lind, a librarian.\n\nContributing: Mara Quill.';
  const found = speakers(text);
  assert.ok(!found.includes('BYLINE') && !found.includes('Contributing'), found.join(', '));
  assert.ok(found.includes('Edda Lind'));
});

test('"took to the talk shows", "the morning shows": a broadcast, not a verb of showing', () => {
  assert.ok(
    !cues(
      'Senator Halvard Brisk, who took to the talk shows all week for his tax plan, lost the vote.',
    ).includes('shows'),
  );
  assert.ok(
    !cues('On the cable and morning shows, about one in four of the guests were economists.').includes(
      'shows',
    ),
  );
});

test('"its initial public offering": a sale of shares, no offer made to anyone', () => {
  const text =
    'Shares of Pellow Systems have lost half their value since its initial public offering in 2014, ' +
    'and the firm has struggled to grow since then.';
  assert.ok(!cues(text).includes('offering'), cues(text).join(', '));
});

test('"Ostmark: Lena Hart, Omar Teller, …": a roll of names after a colon says nothing', () => {
  const text =
    'The panel of local officials was polled again this week. Its members are listed by region below.\n\n' +
    'Westfold: Rhea Dunn, Jon St. Ives, Omar Teller, Ines Barro. Ostmark: Lena Hart, Edda Lind, Halvard Brisk, Mara Quill.';
  const found = speakers(text);
  assert.ok(!found.includes('Westfold') && !found.includes('Ostmark'), found.join(', '));
});
