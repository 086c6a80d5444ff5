// A trade is no offer ("will offer 3.5 million units", "offered to buy the stake", "a shelf
// offering of notes"), and a cause blamed accuses no one even when an adjective or a
// figure opens it ("blamed a 9 pct jump in ferry fares", "blamed a poor showing by its bond funds").
// Read without the statement filter: the rule under test sets the stance, whatever is kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeUnfiltered, byCue } from './helpers.js';

function stanceAt(text: string, cue: string): string {
  return byCue(
    analyzeUnfiltered(text).flatMap((s) => [s, ...s.nested]),
    cue,
  ).stance;
}

test('an offer of money, shares or property is a trade, not an offer; an offer to act still offers', () => {
  for (const [text, cue] of [
    ['Marrowby Industries offered to buy the remaining stake in Tessan Ltd for 12 dlrs a share.', 'offered'],
    ['Dunmorrow Mining had earlier offered Tessan 40 million dollars for its share of the mine.', 'offered'],
    ['Corvain Holdings said it will offer 3.5 million new units of its stock to investors.', 'said'],
    ['Ferrin Bank offered Tessan a stake in the venture, a filing showed.', 'offered'],
    ['The Pellasco board offered the shares at 310 pence each on Tuesday.', 'offered'],
  ])
    assert.equal(stanceAt(text, cue), 'assert', text);
  // An offer to act, of talks, of a compromise or of troops still offers.
  for (const [text, cue] of [
    ['The Parvenne government offered to mediate between the two towns.', 'offered'],
    ['Kestrin offered a compromise under which both sides would withdraw.', 'offered'],
    ['The Osmarin delegation offered talks on the border dispute.', 'offered'],
    ['Kestrin offered a truce to the rebels on Sunday.', 'offered'],
    ['Kestrin offered 3,000 troops to the mission.', 'offered'],
    ['Ms Varvella said she was ready to offer a pledge that no new taxes would come.', 'said'],
  ])
    assert.equal(stanceAt(text, cue), 'offer', text);
});

test('a cause blamed accuses no one, whatever word opens it; a party blamed is accused', () => {
  for (const [text, cue] of [
    ['Orlanne blamed a 9 pct jump in ferry fares for the drop in visitors.', 'blamed'],
    ['Tessaline Insurance blamed a poor showing by its bond funds for the smaller dividend.', 'blamed'],
  ])
    assert.equal(stanceAt(text, cue), 'assert', text);
  for (const [text, cue] of [
    ['Orlanne blamed the rebels for the attack.', 'blamed'],
    ['Orlanne blamed the poor for their own troubles.', 'blamed'],
    ['Ostrevo residents keep blaming him for rising rents.', 'blaming'],
    ['Kettlor Foods blamed its rivals for the price war.', 'blamed'],
  ])
    assert.equal(stanceAt(text, cue), 'accuse', text);
});
