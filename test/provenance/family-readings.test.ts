import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDocument } from '../../src/text/document.js';
import { alignDocuments } from '../../src/reuse/align.js';
import { familySide, variantVotes } from '../../src/provenance/family-readings.js';
import { article, EDITED, ORIGINAL } from '../fixtures/articles.js';
import { traceAll } from './helpers.js';

// A machine translation round trip of the report: names transliterated otherwise, function words
// shifted, common words for rarer ones; the figures kept.
const ROUND_TRIP = `The municipal council of Northbridge voted this Tuesday for closing the bridge of Elm Street for repairs, after the engineers found cracks in two of the steel supports.

The mayor Elena Ortis said that the closure will last some 14 weeks and will cost to the city $2.3 million, most of which is covered by a grant of the state.

“We can not take risks with a bridge that carries 18,000 vehicles per day,” Ortis said to the journalists in the City Hall.

The engineers of the company Kastel and Burk inspected the bridge in March and informed that the corrosion had weakened the supports more quickly than expected.

The local shops on Elm Street warned that the detour is going to cut their business during the busy months of summer.

The council also approved a plan for running free buses between both banks of the river while the bridge is closed.

The works are going to begin on June 3, according to the department of transport of the city.`;

test('the family votes for the side whose names its members carry', () => {
  const original = buildDocument(article('original', ORIGINAL));
  const roundTrip = buildDocument(article('round-trip', ROUND_TRIP));
  const witnesses = [EDITED, ORIGINAL.split('\n\n').slice(0, 4).join('\n\n')].map((t, i) =>
    buildDocument(article(`w${i}`, t)),
  );
  const votes = variantVotes(roundTrip, original, alignDocuments(roundTrip, original), witnesses);
  assert.equal(votes.self, 0);
  assert.ok(votes.other >= 4, JSON.stringify(votes));
  assert.equal(familySide(votes), 'other');
  const reverse = variantVotes(original, roundTrip, alignDocuments(original, roundTrip), witnesses);
  assert.equal(familySide(reverse), 'self');
  // Without witnesses, or when they are split, the family does not decide.
  assert.equal(familySide(variantVotes(roundTrip, original, alignDocuments(roundTrip, original), [])), null);
  assert.equal(familySide({ self: 4, other: 2 }), null);
});

test('a report is not traced to a round trip of itself that its copies disagree with', async () => {
  // The round trip keeps an agency dateline that the stored report page lost: its text reads like
  // the source, its names do not.
  const lead = ORIGINAL.split('\n\n').slice(0, 4).join('\n\n');
  const { store, by } = await traceAll([
    article('round-trip', `NORTHBRIDGE (AP) — ${ROUND_TRIP}`),
    article('original', ORIGINAL),
    article('edited', EDITED),
    article('lead', `${lead}\n\nRead more on our website.`),
  ]);
  assert.equal(by('original').source, null);
  assert.equal(by('round-trip').source?.id, 'original');
  assert.equal(by('round-trip').direction?.terms.family, 1);
  await store.close();
});
