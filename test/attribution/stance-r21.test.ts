// Verbs of saying that also name what a thing does ("the lease calls for", "supplies pressed the
// price down", "heavy losses threatened"): no call, offer or warning when the subject cannot speak.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractStatements, type Statement } from '../../src/attribution/index.js';
import { buildDocument } from '../../src/text/document.js';

function statements(text: string): Statement[] {
  return extractStatements(
    buildDocument({ id: 't', text, date: null, title: null, url: null, outlet: null }),
  );
}

function stanceOfCue(text: string, cue: string): string | null {
  const s = statements(text).find((x) => x.cue.text.includes(cue));
  return s ? s.stance : null;
}

test('a document of terms that "calls for" something makes no call', () => {
  for (const text of [
    'The lease agreement calls for the tenant to repaint the hall every spring.',
    'The average forecast called for a modest rise in wheat output.',
    'The Halden treaty calls for both sides to withdraw their boats from the bay.',
    'The settlement with the Brisk family called for his post to continue until May.',
  ])
    assert.notEqual(stanceOfCue(text, 'call'), 'call', text);
  // A body or a voiced document still calls.
  assert.equal(
    stanceOfCue('The harbour union calls for a fresh vote on the ferry timetable.', 'calls for'),
    'call',
  );
  assert.equal(
    stanceOfCue("The watchdog's report calls for an inquiry into the ferry company.", 'calls for'),
    'call',
  );
});

test('a thing that presses or threatens makes no call and no warning', () => {
  assert.notEqual(
    stanceOfCue('Rising grain supplies have pressed the price down since March.', 'pressed'),
    'call',
  );
  assert.notEqual(
    stanceOfCue(
      'Heavy losses at the bakery threatened the future of the Pellworth cooperative last year.',
      'threat',
    ),
    'warn',
  );
  // People, bodies and names still offer and threaten.
  assert.equal(stanceOfCue('Ministers in Korvia have offered to host the talks.', 'offered'), 'offer');
  assert.equal(stanceOfCue('The group offered to pay for repairs.', 'offered'), 'offer');
  assert.equal(stanceOfCue('Analysts threatened to downgrade the bank.', 'threatened'), 'warn');
  assert.equal(
    stanceOfCue('Highvale had also threatened Dornick with a lawsuit over the bid.', 'threatened'),
    'warn',
  );
});
